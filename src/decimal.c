/*-------------------------------------------------------------------------
 *
 * decimal.c
 *	  Exact decimals in 128 bits, read from and written to numeric's
 *	  stored form, and the few operations our hot paths need.
 *
 * numeric.c keeps its layout private, but the layout is PostgreSQL's
 * on-disk format, fixed since 9.1 (short header) and 14 (infinities):
 * pg_upgrade carries numeric columns over byte for byte, so it cannot
 * change under us.  A varlena header, then either
 *	short:	uint16 header: 10ss sssd dddd dwww www  (sign, dscale, weight)
 *	long:	uint16 sign | dscale; int16 weight
 *	special: 0xC000 NaN, 0xD000 +Infinity, 0xF000 -Infinity
 * and base-10000 digits (int16), most significant first, with no leading
 * or trailing zero digits; zero has no digits and weight 0.  We write
 * exactly what make_result() writes, so our numerics compare, hash and
 * print like PostgreSQL's own, byte for byte.
 *
 * Results follow numeric.c's rules to the digit: division picks its scale
 * the way select_div_scale() does and rounds half away from zero, as
 * div_var() does on its exact quotient.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"
#include "compat.h"

#include "decimal.h"

#define DEC_NBASE			10000
#define DEC_DIGITS			4
#define DEC_MIN_SIG_DIGITS	16		/* NUMERIC_MIN_SIG_DIGITS */

#define NUM_SIGN_MASK		0xC000
#define NUM_NEG				0x4000
#define NUM_SHORT			0x8000
#define NUM_SPECIAL			0xC000
#define NUM_DSCALE_MASK		0x3FFF
#define NUM_SHORT_SIGN		0x2000
#define NUM_SHORT_DSCALE_MASK	0x1F80
#define NUM_SHORT_DSCALE_SHIFT	7
#define NUM_SHORT_DSCALE_MAX	(NUM_SHORT_DSCALE_MASK >> NUM_SHORT_DSCALE_SHIFT)
#define NUM_SHORT_WEIGHT_SIGN	0x0040
#define NUM_SHORT_WEIGHT_MASK	0x003F
#define NUM_SHORT_WEIGHT_MAX	NUM_SHORT_WEIGHT_MASK
#define NUM_SHORT_WEIGHT_MIN	(-(NUM_SHORT_WEIGHT_MASK + 1))

/* 10^0 .. 10^38: every power of ten below 2^128 */
#define P19 ((uint128) UINT64CONST(10000000000000000000))
#define P16 ((uint128) UINT64CONST(10000000000000000))
const uint128 jam_pow10_table[39] = {
	1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000,
	1000000000, UINT64CONST(10000000000), UINT64CONST(100000000000),
	UINT64CONST(1000000000000), UINT64CONST(10000000000000),
	UINT64CONST(100000000000000), UINT64CONST(1000000000000000),
	UINT64CONST(10000000000000000), UINT64CONST(100000000000000000),
	UINT64CONST(1000000000000000000), P19,
	P19 * 10, P19 * 100, P19 * 1000, P19 * 10000, P19 * 100000,
	P19 * 1000000, P19 * 10000000, P19 * 100000000, P19 * 1000000000,
	P19 * UINT64CONST(10000000000), P19 * UINT64CONST(100000000000),
	P19 * UINT64CONST(1000000000000), P19 * UINT64CONST(10000000000000),
	P19 * UINT64CONST(100000000000000), P19 * UINT64CONST(1000000000000000),
	P19 * UINT64CONST(10000000000000000), P19 * UINT64CONST(100000000000000000),
	P19 * UINT64CONST(1000000000000000000), P19 * P19
};

/* u * 10^e, false if it does not fit in 128 bits */
static bool
mul_pow10(uint128 u, int e, uint128 *result)
{
	if (u == 0 && e >= 0)
	{
		*result = 0;
		return true;
	}
	if (e < 0 || e > 38)
		return false;
	return !__builtin_mul_overflow(u, JAM_POW10(e), result);
}

static inline uint128
abs_u128(int128 v)
{
	return v < 0 ? -(uint128) v : (uint128) v;
}

/* Build a JamDec of the given sign from a magnitude; false if too big. */
static bool
set_dec(JamDec *d, bool neg, uint128 mag, int scale)
{
	if (mag > (uint128) JAM_INT128_MAX)
		return false;
	d->coef = neg ? -(int128) mag : (int128) mag;
	d->scale = scale;
	return true;
}

/*
 * Read a numeric's stored form: 'p' points just past its varlena header
 * (of either length), 'len' bytes.  False for NaN and the infinities, and
 * for values whose coefficient at their display scale does not fit in 128
 * bits.
 */
bool
jam_dec_decode_raw(const char *p, Size len, JamDec *out)
{
	uint16		header;
	const char *digits;
	int			ndigits,
				weight,
				dscale,
				exp;
	bool		neg;
	uint128		mag = 0;

	if (len < sizeof(uint16))
		return false;
	memcpy(&header, p, sizeof(uint16));
	if ((header & NUM_SIGN_MASK) == NUM_SPECIAL)
		return false;
	if (header & NUM_SHORT)
	{
		neg = (header & NUM_SHORT_SIGN) != 0;
		dscale = (header & NUM_SHORT_DSCALE_MASK) >> NUM_SHORT_DSCALE_SHIFT;
		weight = (header & NUM_SHORT_WEIGHT_SIGN ? ~NUM_SHORT_WEIGHT_MASK : 0) |
			(header & NUM_SHORT_WEIGHT_MASK);
		digits = p + sizeof(uint16);
	}
	else
	{
		int16		w;

		if (len < 2 * sizeof(uint16))
			return false;
		neg = (header & NUM_SIGN_MASK) == NUM_NEG;
		dscale = header & NUM_DSCALE_MASK;
		memcpy(&w, p + sizeof(uint16), sizeof(int16));
		weight = w;
		digits = p + 2 * sizeof(uint16);
	}
	if (dscale > JAM_DEC_MAX_SCALE)
		return false;
	ndigits = (int) ((len - (digits - p)) / sizeof(int16));
	if (ndigits == 0)
		return set_dec(out, false, 0, dscale);
	if (ndigits > 11)			/* over 39 digits and their padding */
		return false;

	/* the last digit stands for 10^(4 * (weight - ndigits + 1)) */
	exp = DEC_DIGITS * (weight - ndigits + 1) + dscale;
	if (exp < -(DEC_DIGITS - 1))
		return false;

	for (int i = 0; i < ndigits; i++)
	{
		int16		d;
		uint128		unit = DEC_NBASE;

		memcpy(&d, digits + i * sizeof(int16), sizeof(int16));
		if (d < 0 || d >= DEC_NBASE)
			return false;		/* not a numeric we know how to read */

		/*
		 * The last group's digits below the display scale are zeros that
		 * make_result kept: drop them before they cost the high digits of
		 * a 39-digit coefficient their room.
		 */
		if (i == ndigits - 1 && exp < 0)
		{
			int			drop = (int) JAM_POW10(-exp);

			if (d % drop != 0)
				return false;
			d /= drop;
			unit = JAM_POW10(DEC_DIGITS + exp);
		}
		if (__builtin_mul_overflow(mag, unit, &mag) ||
			__builtin_add_overflow(mag, (uint128) d, &mag))
			return false;
	}
	if (exp > 0 && !mul_pow10(mag, exp, &mag))
		return false;
	return set_dec(out, neg, mag, dscale);
}

/* A detoasted numeric (4-byte header, as PG_GETARG_NUMERIC gives it). */
bool
jam_dec_decode(const void *numeric, JamDec *out)
{
	return jam_dec_decode_raw(VARDATA(numeric), VARSIZE(numeric) - VARHDRSZ, out);
}

/*
 * A numeric Datum as it comes from a tuple: a plain in-line value, with a
 * 4-byte or a short (1-byte) header, is read where it lies, saving the
 * copy that detoasting makes of every numeric column value.  Anything else
 * returns false and the caller detoasts it and takes the numeric path: a
 * compressed value, and a TOAST pointer (on disk, indirect or expanded).
 * A pointer's header is a 1-byte header too (VARATT_IS_SHORT is true for
 * it), so it must be ruled out by name: its 16 bytes would otherwise be
 * read as the digits of some unrelated number.
 */
bool
jam_dec_decode_datum(Datum value, JamDec *out)
{
	struct varlena *v = (struct varlena *) DatumGetPointer(value);

	if (VARATT_IS_EXTERNAL(v) || VARATT_IS_COMPRESSED(v))
		return false;
	return jam_dec_decode_raw(VARDATA_ANY(v), VARSIZE_ANY_EXHDR(v), out);
}

/*
 * Write a numeric into p exactly as make_result() does.  groups are n
 * base-10000 digits, most significant first, the first standing for
 * 10000^weight; zero groups at either end are dropped here (leading ones
 * move the weight).  Returns the size written.
 */
static Size
put_numeric(char *p, bool neg, int scale, int weight, const int16 *groups, int n)
{
	int			lo = 0,
				ndigits;
	char	   *digits;
	Size		size;

	while (lo < n && groups[lo] == 0)
		lo++, weight--;
	while (n > lo && groups[n - 1] == 0)
		n--;
	ndigits = n - lo;
	if (ndigits == 0)
	{
		neg = false;
		weight = 0;
	}

	if (scale <= NUM_SHORT_DSCALE_MAX &&
		weight >= NUM_SHORT_WEIGHT_MIN && weight <= NUM_SHORT_WEIGHT_MAX)
	{
		uint16		header = NUM_SHORT |
			(neg ? NUM_SHORT_SIGN : 0) |
			(scale << NUM_SHORT_DSCALE_SHIFT) |
			(weight < 0 ? NUM_SHORT_WEIGHT_SIGN : 0) |
			(weight & NUM_SHORT_WEIGHT_MASK);

		memcpy(p + VARHDRSZ, &header, sizeof(uint16));
		digits = p + VARHDRSZ + sizeof(uint16);
	}
	else
	{
		uint16		sign_dscale = (neg ? NUM_NEG : 0) | (scale & NUM_DSCALE_MASK);
		int16		w = (int16) weight;

		memcpy(p + VARHDRSZ, &sign_dscale, sizeof(uint16));
		memcpy(p + VARHDRSZ + sizeof(uint16), &w, sizeof(int16));
		digits = p + VARHDRSZ + 2 * sizeof(uint16);
	}
	memcpy(digits, groups + lo, ndigits * sizeof(int16));
	size = (digits - p) + ndigits * sizeof(int16);
	SET_VARSIZE(p, size);
	return size;
}

/*
 * Write d as a numeric into buf (at least JAM_DEC_MAXSZ bytes, int16
 * aligned), exactly as make_result() would; returns its size.
 */
Size
jam_dec_encode(const JamDec *d, void *buf)
{
	char	   *p = (char *) buf;
	uint128		u = abs_u128(d->coef);
	bool		neg = d->coef < 0;
	int			scale = d->scale;
	int			pad = (DEC_DIGITS - scale % DEC_DIGITS) % DEC_DIGITS;
	int			frac_groups = (scale + pad) / DEC_DIGITS;
	int16		groups[12];		/* base-10000 digits, least significant first */
	int16		msf[12];
	int			n = 0;

	Assert(scale >= 0 && scale <= JAM_DEC_MAX_SCALE);

	/*
	 * Base-10000 digits group the decimal digits in fours from the decimal
	 * point, so with a scale that is not a multiple of four the lowest
	 * group holds the last 4 - pad digits followed by 'pad' zeros.  Then
	 * split off 16 decimal digits at a time, so that all but the split is
	 * 64-bit arithmetic.
	 */
	if (pad != 0)
	{
		uint64		unit = (uint64) JAM_POW10(DEC_DIGITS - pad);

		groups[n++] = (int16) ((uint64) (u % unit) * (uint64) JAM_POW10(pad));
		u /= unit;
	}
	while (u > PG_UINT64_MAX)
	{
		uint64		chunk = (uint64) (u % P16);

		u /= P16;
		for (int i = 0; i < 4; i++)
		{
			groups[n++] = (int16) (chunk % DEC_NBASE);
			chunk /= DEC_NBASE;
		}
	}
	for (uint64 v = (uint64) u; v != 0; v /= DEC_NBASE)
		groups[n++] = (int16) (v % DEC_NBASE);

	/* most significant first, as numeric stores them */
	for (int i = 0; i < n; i++)
		msf[i] = groups[n - 1 - i];
	return put_numeric(p, neg, scale, n - 1 - frac_groups, msf, n);
}

/* Number of decimal digits of u > 0. */
static inline int
dec_digits(uint128 u)
{
	uint64		hi = (uint64) (u >> 64);
	int			bits = hi ? 128 - __builtin_clzll(hi) : 64 - __builtin_clzll((uint64) u);

	/* bits * log10(2) is the digit count or one less; 1233/4096 ~ log10(2) */
	int			guess = (bits * 1233) >> 12;

	return guess + (guess <= 38 && u >= JAM_POW10(guess));
}

/*
 * numeric's weight (in base-10000 digits) and first digit of |d|, as
 * select_div_scale() sees them; zero has weight 0 and first digit 0.
 */
static void
weight_and_first(const JamDec *d, int *weight, int *first)
{
	uint128		u = abs_u128(d->coef);
	int			ndig = 0,
				lead,
				shift;

	if (u == 0)
	{
		*weight = 0;
		*first = 0;
		return;
	}
	ndig = dec_digits(u);
	/* decimal exponent of the leading digit, and its base-10000 group */
	lead = ndig - 1 - d->scale;
	*weight = lead >= 0 ? lead / DEC_DIGITS : -((-lead + DEC_DIGITS - 1) / DEC_DIGITS);
	/* first digit = floor(|d| / 10000^weight) = u / 10^(scale + 4 weight) */
	shift = d->scale + DEC_DIGITS * *weight;
	if (shift >= 0)
		*first = (int) (u / JAM_POW10(shift));
	else
		*first = (int) (u * JAM_POW10(-shift));
}

/*
 * round_half_away(n / m) for magnitudes; m > 0.
 */
static inline uint128
div_round(uint128 n, uint128 m)
{
	uint128		q = n / m;
	uint128		r = n - q * m;

	if (r >= m - r)
		q++;
	return q;
}

/*
 * a - b exactly, at the larger of the two scales (numeric_sub's display
 * scale).  False when the result does not fit in 128 bits.
 */
bool
jam_dec_sub(const JamDec *a, const JamDec *b, JamDec *r)
{
	int			s = Max(a->scale, b->scale);
	uint128		ma,
				mb;
	int128		x,
				y;

	if (!mul_pow10(abs_u128(a->coef), s - a->scale, &ma) ||
		!mul_pow10(abs_u128(b->coef), s - b->scale, &mb) ||
		ma > (uint128) JAM_INT128_MAX || mb > (uint128) JAM_INT128_MAX)
		return false;
	x = a->coef < 0 ? -(int128) ma : (int128) ma;
	y = b->coef < 0 ? -(int128) mb : (int128) mb;
	if (__builtin_sub_overflow(x, y, &r->coef))
		return false;
	r->scale = s;
	return true;
}

/*
 * numeric.c's select_div_scale(), from what it looks at: each operand's
 * weight, first base-10000 digit and display scale.  The one copy of that
 * rule here: jam_dec_div and jam_div_scale_u64 both use it.
 */
static inline int
div_scale(int w1, int f1, int dscale1, int w2, int f2, int dscale2)
{
	int			qweight = w1 - w2;
	int			rscale;

	if (f1 <= f2)
		qweight--;
	rscale = DEC_MIN_SIG_DIGITS - qweight * DEC_DIGITS;
	rscale = Max(rscale, dscale1);
	rscale = Max(rscale, dscale2);
	rscale = Max(rscale, 0);	/* NUMERIC_MIN_DISPLAY_SCALE */
	return Min(rscale, 1000);	/* NUMERIC_MAX_DISPLAY_SCALE */
}

/*
 * a / b exactly as numeric_div computes it: the result scale from
 * select_div_scale(), the quotient rounded half away from zero at it.
 * b must not be zero.  False when the work does not fit in 128 bits.
 */
bool
jam_dec_div(const JamDec *a, const JamDec *b, JamDec *q)
{
	int			w1,
				w2,
				f1,
				f2,
				rscale,
				e;
	uint128		num,
				den = abs_u128(b->coef);

	Assert(den != 0);
	weight_and_first(a, &w1, &f1);
	weight_and_first(b, &w2, &f2);
	rscale = div_scale(w1, f1, a->scale, w2, f2, b->scale);
	rscale = Min(rscale, JAM_DEC_MAX_SCALE);

	/* a/b * 10^rscale = A * 10^(b.scale - a.scale + rscale) / B, e >= 0 */
	e = b->scale - a->scale + rscale;
	if (!mul_pow10(abs_u128(a->coef), e, &num))
		return false;
	return set_dec(q, (a->coef < 0) != (b->coef < 0), div_round(num, den),
				   rscale);
}

/*
 * num * 10^k / den rounded half away from zero to 'digits'
 * decimals (negative: to tens, hundreds...), with display scale
 * max(digits, 0): what numeric_round(num * 10^k / den, digits) gives when
 * the quotient is exact.  den must not be zero.
 */
bool
jam_dec_div_round(const JamDec *num, int k, const JamDec *den,
				  int digits, JamDec *q)
{
	/* value * 10^digits = N * 10^(den.scale - num.scale + k + digits) / D */
	int			e = den->scale - num->scale + k + digits;
	uint128		n = abs_u128(num->coef);
	uint128		d = abs_u128(den->coef);
	uint128		r;
	bool		neg = (num->coef < 0) != (den->coef < 0);

	Assert(d != 0);
	if (e >= 0)
	{
		if (!mul_pow10(n, e, &n))
			return false;
	}
	else if (!mul_pow10(d, -e, &d))
		return false;
	r = div_round(n, d);
	if (r == 0)
		neg = false;
	if (digits >= 0)
		return set_dec(q, neg, r, digits);
	/* rounded to 10^-digits: back to a whole number */
	if (!mul_pow10(r, -digits, &r))
		return false;
	return set_dec(q, neg, r, 0);
}

/*
 * The whole-number case, which is nearly every row of a real table:
 * numerator and denominator below 2^64 with scale 0.  Long division in
 * 64-bit registers writes the base-10000 digits directly, instead of a
 * 128-bit division followed by a 128-bit split into digits; it needs
 * remainder * 10000 to fit in 64 bits, hence the bound on the divisor.
 */
#define UDIV64_MAX_DIVISOR	(PG_UINT64_MAX / DEC_NBASE)
#define UDIV64_MAX_DIVISOR8	(PG_UINT64_MAX / (DEC_NBASE * DEC_NBASE))
#define UDIV64_MAX_SCALE	40

/* numeric's weight and first base-10000 digit of a whole number */
static inline void
u64_weight_first(uint64 u, int *weight, int *first)
{
	/* constant divisors: the compiler multiplies instead of dividing */
	if (u < UINT64CONST(10000))
		*weight = 0, *first = (int) u;
	else if (u < UINT64CONST(100000000))
		*weight = 1, *first = (int) (u / UINT64CONST(10000));
	else if (u < UINT64CONST(1000000000000))
		*weight = 2, *first = (int) (u / UINT64CONST(100000000));
	else if (u < UINT64CONST(10000000000000000))
		*weight = 3, *first = (int) (u / UINT64CONST(1000000000000));
	else
		*weight = 4, *first = (int) (u / UINT64CONST(10000000000000000));
}

/*
 * The result scale numeric_div picks for whole numbers n / d (d > 0):
 * select_div_scale() on operands of display scale 0.
 */
int
jam_div_scale_u64(uint64 n, uint64 d)
{
	int			w1,
				w2,
				f1,
				f2;

	u64_weight_first(n, &w1, &f1);
	u64_weight_first(d, &w2, &f2);
	return div_scale(w1, f1, 0, w2, f2, 0);
}

/*
 * n / d, rounded half away from zero to 'scale' decimals, negated if
 * 'neg', written into buf (JAM_DEC_MAXSZ bytes or more, int16 aligned) as
 * make_result() would write it; returns its size, or 0 when d is 0 or too
 * large or scale too large for this path.
 */
Size
jam_dec_udiv64_encode(uint64 n, uint64 d, int scale, bool neg, void *buf)
{
	int16		groups[6 + UDIV64_MAX_SCALE / DEC_DIGITS];	/* + a carry */
	int			nint = 0,
				nfrac = (scale + DEC_DIGITS - 1) / DEC_DIGITS,
				n_all;
	uint64		ip,
				r;

	if (d == 0 || d > UDIV64_MAX_DIVISOR || scale < 0 || scale > UDIV64_MAX_SCALE)
		return 0;
	ip = n / d;
	r = n % d;

	/* integer part, most significant group first; 2^64 has 5 groups */
	{
		int16		tmp[5];
		int			k = 0;

		for (uint64 v = ip; v != 0; v /= DEC_NBASE)
			tmp[k++] = (int16) (v % DEC_NBASE);
		while (k > 0)
			groups[nint++] = tmp[--k];
	}

	/*
	 * Fraction.  Each step multiplies the remainder (< d) by 10^k and
	 * divides by d; with d small enough, k = 8 halves the number of
	 * divisions, the slowest instruction here.  A step's digits are padded
	 * to whole groups: the last step's padding is the display scale's.
	 */
	{
		int			left = scale,
					step = d <= UDIV64_MAX_DIVISOR8 ? 8 : DEC_DIGITS,
					ng = nint;

		while (left > 0)
		{
			int			k = Min(left, step);
			uint64		g;

			r *= (uint64) JAM_POW10(k);
			g = r / d;
			r -= g * d;
			left -= k;
			if (k > DEC_DIGITS)
			{
				g *= (uint64) JAM_POW10(2 * DEC_DIGITS - k);
				groups[ng++] = (int16) (g / DEC_NBASE);
				groups[ng++] = (int16) (g % DEC_NBASE);
			}
			else
				groups[ng++] = (int16) (g * (uint64) JAM_POW10(DEC_DIGITS - k));
		}
		Assert(ng == nint + nfrac);
	}
	n_all = nint + nfrac;

	/* round half away from zero on the remainder: 2r >= d */
	if (r >= d - r)
	{
		int			i = n_all - 1;
		int			unit = (int) JAM_POW10((DEC_DIGITS - scale % DEC_DIGITS) % DEC_DIGITS);

		for (; i >= 0; i--)
		{
			int			v = groups[i] + unit;

			if (v < DEC_NBASE)
			{
				groups[i] = (int16) v;
				break;
			}
			groups[i] = (int16) (v - DEC_NBASE);
			unit = 1;
		}
		if (i < 0)
		{
			/* carried out of the top group: one more integer group */
			memmove(groups + 1, groups, n_all * sizeof(int16));
			groups[0] = 1;
			nint++;
			n_all++;
		}
	}

	return put_numeric((char *) buf, neg, scale, nint - 1, groups, n_all);
}

/*
 * greatest(ceil(target * population - covered), 0), for non-negative
 * arguments: what coverage_shortfall computes, as a whole number.
 */
bool
jam_dec_shortfall(const JamDec *covered, const JamDec *population,
				  const JamDec *target, JamDec *need)
{
	/* the product has scale st + sp; bring both terms to the larger scale */
	int			s = target->scale + population->scale;
	uint128		tp,
				c = (uint128) covered->coef,
				unit;

	Assert(covered->coef >= 0 && population->coef >= 0 && target->coef >= 0);
	if (__builtin_mul_overflow((uint128) target->coef,
							   (uint128) population->coef, &tp))
		return false;
	if (covered->scale <= s)
	{
		if (!mul_pow10(c, s - covered->scale, &c))
			return false;
	}
	else
	{
		if (!mul_pow10(tp, covered->scale - s, &tp))
			return false;
		s = covered->scale;
	}
	if (s > 38)
		return false;
	if (tp <= c)
		return set_dec(need, false, 0, 0);
	/* ceil((tp - c) / 10^s) */
	unit = JAM_POW10(s);
	return set_dec(need, false, (tp - c) / unit + ((tp - c) % unit != 0), 0);
}
