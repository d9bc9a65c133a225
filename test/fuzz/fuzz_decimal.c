/*
 * fuzz_decimal.c: libFuzzer harness for src/decimal.c, the 128-bit
 * decimal cores behind coverage_ratio, coverage_pct, growth_rate,
 * growth_pct, coverage_shortfall and the summary accessors.
 *
 * Every result is checked against bignum.h's reference arithmetic, not
 * just run: numeric bytes against a string-built reference encoder, each
 * quotient against the rounding rule, each shortfall against its ceiling.
 * Any disagreement aborts, which libFuzzer reports as a crash.
 */
#include "postgres.h"
#include "compat.h"

#include "decimal.h"
#include "bignum.h"

#include <stdio.h>

/* postgres.h maps these to libpgport's, which a harness does not link */
#undef fprintf
#undef snprintf

typedef struct Input
{
	const uint8_t *p;
	size_t		left;
} Input;

static uint8_t
take_byte(Input *in)
{
	if (in->left == 0)
		return 0;
	in->left--;
	return *in->p++;
}

static uint64_t
take_u64(Input *in, int nbytes)
{
	uint64_t	v = 0;

	for (int i = 0; i < nbytes; i++)
		v = (v << 8) | take_byte(in);
	return v;
}

/* A JamDec: a length byte picks how many magnitude bytes follow. */
static JamDec
take_dec(Input *in, bool allow_negative)
{
	uint8_t		ctl = take_byte(in);
	int			nbytes = ctl % 17;
	unsigned __int128 mag = 0;
	JamDec		d;

	for (int i = 0; i < nbytes; i++)
		mag = (mag << 8) | take_byte(in);
	mag &= ~((unsigned __int128) 1 << 127);		/* int128's magnitude */
	d.coef = (int128) mag;
	if (allow_negative && (ctl & 0x80))
		d.coef = -d.coef;
	/* mostly small scales, where the fast paths live; sometimes huge */
	d.scale = take_byte(in);
	if (d.scale >= 200)
		d.scale = ((d.scale - 200) * 18 + take_byte(in) % 18) % (JAM_DEC_MAX_SCALE + 1);
	else
		d.scale %= 45;
	return d;
}

static unsigned __int128
mag_of(int128 v)
{
	return v < 0 ? -(unsigned __int128) v : (unsigned __int128) v;
}

static void
fail(const char *what, const JamDec *a)
{
	char		buf[64];
	unsigned __int128 u = mag_of(a->coef);
	int			n = 0;

	do
	{
		buf[n++] = '0' + (int) (u % 10);
		u /= 10;
	} while (u && n < 60);
	fprintf(stderr, "fuzz_decimal: %s (coef %s", what, a->coef < 0 ? "-" : "");
	while (n > 0)
		fputc(buf[--n], stderr);
	fprintf(stderr, ", scale %d)\n", a->scale);
	abort();
}

/*
 * make_result()'s bytes for coef / 10^scale, built from the decimal
 * string: the reference the encoders must match byte for byte.
 */
static size_t
reference_encode(const JamDec *d, uint8_t *out)
{
	char		digs[1100];
	char		all[2200];
	unsigned __int128 u = mag_of(d->coef);
	int			nd = 0,
				intlen,
				lead,
				total,
				ngroups,
				weight,
				lo,
				hi;
	int16_t		groups[600];
	bool		neg = d->coef < 0;
	size_t		size;

	do
	{
		digs[nd++] = '0' + (int) (u % 10);
		u /= 10;
	} while (u);
	/* all = integer digits, then scale fraction digits, most significant first */
	intlen = nd > d->scale ? nd - d->scale : 0;
	total = 0;
	for (int i = 0; i < d->scale + intlen; i++)
	{
		int			pos = d->scale + intlen - 1 - i;	/* power of ten of this digit + scale */

		all[total++] = pos < nd ? digs[pos] : '0';
	}
	/* pad the integer part on the left, the fraction on the right, to fours */
	lead = (4 - intlen % 4) % 4;
	ngroups = 0;
	{
		char		padded[2400];
		int			np = 0;

		for (int i = 0; i < lead; i++)
			padded[np++] = '0';
		memcpy(padded + np, all, total);
		np += total;
		while ((np - lead - intlen) % 4 != 0)
			padded[np++] = '0';
		for (int i = 0; i < np; i += 4)
			groups[ngroups++] = (int16_t) ((padded[i] - '0') * 1000 + (padded[i + 1] - '0') * 100 +
										   (padded[i + 2] - '0') * 10 + (padded[i + 3] - '0'));
		weight = (lead + intlen) / 4 - 1;
	}
	lo = 0;
	hi = ngroups;
	while (lo < hi && groups[lo] == 0)
		lo++, weight--;
	while (hi > lo && groups[hi - 1] == 0)
		hi--;
	if (hi == lo)
	{
		neg = false;
		weight = 0;
	}
	if (d->scale <= 63 && weight >= -64 && weight <= 63)
	{
		uint16_t	h = 0x8000 | (neg ? 0x2000 : 0) | (d->scale << 7) |
			(weight < 0 ? 0x40 : 0) | (weight & 0x3F);

		memcpy(out + 4, &h, 2);
		size = 6;
	}
	else
	{
		uint16_t	h = (neg ? 0x4000 : 0) | d->scale;
		int16_t		w = (int16_t) weight;

		memcpy(out + 4, &h, 2);
		memcpy(out + 6, &w, 2);
		size = 8;
	}
	memcpy(out + size, groups + lo, (hi - lo) * 2);
	size += (hi - lo) * 2;
	SET_VARSIZE(out, size);
	return size;
}

static void
check_encode(const JamDec *d)
{
	int16_t		buf[JAM_DEC_MAXSZ / 2 + 2];
	uint8_t		ref[1400];
	Size		n = jam_dec_encode(d, buf);
	size_t		rn = reference_encode(d, ref);
	JamDec		back;

	if (n > JAM_DEC_MAXSZ || n != rn || memcmp(buf, ref, n) != 0)
		fail("jam_dec_encode differs from make_result's bytes", d);
	if (!jam_dec_decode_raw((char *) buf + VARHDRSZ, n - VARHDRSZ, &back) ||
		back.coef != d->coef || back.scale != d->scale)
		fail("decode(encode(x)) != x", d);
}

/* |Q| / 10^qs against round(|A| / 10^sa / (|B| / 10^sb)) at scale qs */
static void
check_quotient_bn(const Bn *qmag, bool qneg, int qscale, const JamDec *a,
				  const JamDec *b, int extra_pow10, const char *what)
{
	/* |A| * 10^(sb + qs + extra - sa) / |B| */
	int			e = b->scale + qscale + extra_pow10 - a->scale;
	Bn			num,
				den,
				zero;

	bn_scaled(&num, mag_of(a->coef), e > 0 ? e : 0);
	bn_scaled(&den, mag_of(b->coef), e < 0 ? -e : 0);
	if (!bn_is_rounded_quotient(qmag, &num, &den))
		fail(what, a);
	bn_from_u128(&zero, 0);
	if (bn_cmp(qmag, &zero) != 0 && qneg != ((a->coef < 0) != (b->coef < 0)))
		fail(what, a);
}

static void
check_quotient(const JamDec *q, const JamDec *a, const JamDec *b,
			   int extra_pow10, const char *what)
{
	Bn			qb;

	bn_from_u128(&qb, mag_of(q->coef));
	check_quotient_bn(&qb, q->coef < 0, q->scale, a, b, extra_pow10, what);
}

/*
 * A stored numeric (after its 4-byte header) read into a big integer:
 * value * 10^dscale.  Reference decoder for results wider than JamDec.
 */
static void
bn_from_numeric(const char *p, size_t len, Bn *mag, bool *neg, int *dscale)
{
	uint16_t	h;
	int			weight,
				ndig,
				exp;
	const char *dig;

	memcpy(&h, p, 2);
	if (h & 0x8000)
	{
		*neg = (h & 0x2000) != 0;
		*dscale = (h & 0x1F80) >> 7;
		weight = (h & 0x40) ? (int) (h & 0x3F) - 64 : (int) (h & 0x3F);
		dig = p + 2;
	}
	else
	{
		int16_t		w;

		*neg = (h & 0xC000) == 0x4000;
		*dscale = h & 0x3FFF;
		memcpy(&w, p + 2, 2);
		weight = w;
		dig = p + 4;
	}
	ndig = (int) ((len - (dig - p)) / 2);
	bn_from_u128(mag, 0);
	for (int i = 0; i < ndig; i++)
	{
		int16_t		g;
		Bn			gb;

		memcpy(&g, dig + 2 * i, 2);
		if (g < 0 || g >= 10000)
			abort();
		bn_mul_small(mag, 10000);
		bn_from_u128(&gb, (unsigned __int128) g);
		bn_add(mag, &gb);
	}
	exp = 4 * (weight - ndig + 1) + *dscale;
	if (ndig > 0 && exp >= 0)
		bn_mul_pow10(mag, exp);
	else if (ndig > 0)
		for (; exp < 0; exp++)
			if (bn_div_small(mag, 10) != 0)
				abort();		/* digits below the display scale */
}

static void
check_div(const JamDec *a, const JamDec *b)
{
	JamDec		q;

	if (b->coef == 0 || !jam_dec_div(a, b, &q))
		return;
	if (q.scale < a->scale || q.scale < b->scale || q.scale > JAM_DEC_MAX_SCALE)
		fail("jam_dec_div: result scale out of bounds", &q);
	check_quotient(&q, a, b, 0, "jam_dec_div: wrong rounding");
	check_encode(&q);
}

static void
check_div_round(const JamDec *a, const JamDec *b, int k, int digits)
{
	JamDec		q,
				r;

	if (b->coef == 0 || !jam_dec_div_round(a, k, b, digits, &q))
		return;
	if (q.scale != (digits > 0 ? digits : 0))
		fail("jam_dec_div_round: wrong scale", &q);
	r = q;
	if (digits < 0)
	{
		/* a whole multiple of 10^-digits: divide it back out */
		unsigned __int128 unit = 1;

		for (int i = 0; i < -digits; i++)
			unit *= 10;
		if (mag_of(q.coef) % unit != 0)
			fail("jam_dec_div_round: not rounded to tens", &q);
		r.coef = q.coef / (int128) unit;
	}
	r.scale = digits;			/* may be negative: the reference allows it */
	check_quotient(&r, a, b, k, "jam_dec_div_round: wrong rounding");
	check_encode(&q);
}

static void
check_udiv64(uint64_t n, uint64_t d, int scale, bool neg)
{
	int16_t		buf[JAM_DEC_MAXSZ / 2 + 2];
	Size		len = jam_dec_udiv64_encode(n, d, scale, neg, buf);
	JamDec		q,
				a = {(int128) n, 0},
				b = {(int128) d, 0};

	if (d == 0 || d > UINT64_MAX / 10000 || scale > 40)
	{
		if (len != 0)
			fail("jam_dec_udiv64_encode accepted what it must refuse", &a);
		return;
	}
	if (len == 0 || len > JAM_DEC_MAXSZ)
		fail("jam_dec_udiv64_encode: bad size", &a);
	if (neg)
		a.coef = -a.coef;
	{
		Bn			qmag;
		bool		qneg;
		int			qscale;

		bn_from_numeric((char *) buf + VARHDRSZ, len - VARHDRSZ, &qmag, &qneg, &qscale);
		if (qscale != scale)
			fail("jam_dec_udiv64_encode: wrong display scale", &a);
		check_quotient_bn(&qmag, qneg, qscale, &a, &b, 0,
						  "jam_dec_udiv64_encode: wrong rounding");
	}
	/* where the value fits a JamDec, both encoders must write the same bytes */
	if (jam_dec_decode_raw((char *) buf + VARHDRSZ, len - VARHDRSZ, &q))
	{
		int16_t		ref[JAM_DEC_MAXSZ / 2 + 2];
		Size		rlen = jam_dec_encode(&q, ref);

		if (q.scale != scale || rlen != len || memcmp(ref, buf, len) != 0)
			fail("jam_dec_udiv64_encode and jam_dec_encode disagree", &q);
	}
}

/* r = a - b exactly at the larger scale: r + b' == a' with both sides positive */
static void
check_sub(const JamDec *a, const JamDec *b)
{
	JamDec		r;
	int			s;
	Bn			lhs,
				rhs,
				t;

	if (!jam_dec_sub(a, b, &r))
		return;
	s = a->scale > b->scale ? a->scale : b->scale;
	if (r.scale != s)
		fail("jam_dec_sub: wrong scale", &r);
	/* r + b - a = 0: put each term on the side where it is positive */
	bn_from_u128(&lhs, 0);
	bn_from_u128(&rhs, 0);
	bn_from_u128(&t, mag_of(r.coef));
	bn_add(r.coef >= 0 ? &lhs : &rhs, &t);
	bn_scaled(&t, mag_of(b->coef), s - b->scale);
	bn_add(b->coef >= 0 ? &lhs : &rhs, &t);
	bn_scaled(&t, mag_of(a->coef), s - a->scale);
	bn_add(a->coef >= 0 ? &rhs : &lhs, &t);
	if (bn_cmp(&lhs, &rhs) != 0)
		fail("jam_dec_sub: wrong difference", &r);
	check_encode(&r);
}

static void
check_shortfall(JamDec c, JamDec p, JamDec t)
{
	JamDec		need;
	Bn			lhs,
				rhs,
				cterm,
				tp,
				pb;

	if (!jam_dec_shortfall(&c, &p, &t, &need))
		return;
	if (need.scale != 0 || need.coef < 0)
		fail("jam_dec_shortfall: not a whole count", &need);

	/*
	 * X = t p - c = (T P 10^sc - C 10^(st+sp)) / 10^(st+sp+sc).  need is
	 * 0 when X <= 0, else the least n with n 10^(st+sp+sc) >= T P 10^sc - C 10^(st+sp).
	 */
	bn_from_u128(&tp, mag_of(t.coef));
	bn_from_u128(&pb, mag_of(p.coef));
	bn_mul(&tp, &tp, &pb);
	bn_mul_pow10(&tp, c.scale);
	bn_scaled(&cterm, mag_of(c.coef), t.scale + p.scale);
	/* rhs = need * D + C 10^(st+sp) must be >= T P 10^sc */
	bn_scaled(&rhs, mag_of(need.coef), t.scale + p.scale + c.scale);
	bn_add(&rhs, &cterm);
	if (bn_cmp(&rhs, &tp) < 0)
		fail("jam_dec_shortfall: too small", &need);
	if (need.coef > 0)
	{
		/* and (need - 1) * D + C 10^(st+sp) < T P 10^sc */
		bn_scaled(&lhs, mag_of(need.coef - 1), t.scale + p.scale + c.scale);
		bn_add(&lhs, &cterm);
		if (bn_cmp(&lhs, &tp) >= 0)
			fail("jam_dec_shortfall: too large", &need);
	}
}

/*
 * A numeric Datum as a tuple can hand it over: plain with either header,
 * or a TOAST pointer or compressed value, whose bytes are not digits.
 * jam_dec_decode_datum must read the plain ones exactly as the raw bytes
 * and refuse the others (issue #14: a pointer's 1-byte header made it look
 * like a short numeric, and its 16 bytes were read as a number).
 */
static void
check_datum(Input *in)
{
	uint8_t		kind = take_byte(in);
	union
	{
		int32		align;
		char		b[4 + 4096];
	}			buf;
	size_t		n = Min(in->left, (size_t) 4096);
	JamDec		d,
				r;
	bool		ok,
				raw_ok;

	memset(buf.b, 0, sizeof(buf.b));
	switch (kind % 4)
	{
		case 0:
			memcpy(buf.b + VARHDRSZ, in->p, n);
			SET_VARSIZE(buf.b, VARHDRSZ + n);
			break;
		case 1:
			n = Min(n, (size_t) (VARATT_SHORT_MAX - VARHDRSZ_SHORT));
			memcpy(buf.b + VARHDRSZ_SHORT, in->p, n);
			SET_VARSIZE_SHORT(buf.b, VARHDRSZ_SHORT + n);
			break;
		case 2:
			{
				static const uint8_t tags[] = {VARTAG_ONDISK, VARTAG_INDIRECT,
				VARTAG_EXPANDED_RO, VARTAG_EXPANDED_RW};

				SET_VARTAG_1B_E(buf.b, tags[(kind >> 2) % 4]);
				memcpy(buf.b + VARHDRSZ_EXTERNAL, in->p, Min(n, (size_t) 16));
				break;
			}
		case 3:
			memcpy(buf.b + VARHDRSZ, in->p, n);
			SET_VARSIZE_COMPRESSED(buf.b, VARHDRSZ + n);
			break;
	}
	ok = jam_dec_decode_datum(PointerGetDatum(buf.b), &d);
	if (kind % 4 >= 2)
	{
		if (ok)
			fail("jam_dec_decode_datum read a TOAST pointer or compressed value as digits", &d);
		return;
	}
	raw_ok = jam_dec_decode_raw(VARDATA_ANY(buf.b), VARSIZE_ANY_EXHDR(buf.b), &r);
	if (ok != raw_ok || (ok && (d.coef != r.coef || d.scale != r.scale)))
		fail("jam_dec_decode_datum differs from the raw bytes", &d);
	if (ok)
		check_encode(&d);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	Input		in = {data, size};
	uint8_t		op = take_byte(&in);

	switch (op % 8)
	{
		case 0:
			{
				JamDec		d = take_dec(&in, true);

				check_encode(&d);
				break;
			}
		case 1:
			{
				/* arbitrary bytes as a stored numeric */
				JamDec		d;

				if (jam_dec_decode_raw((const char *) in.p, in.left, &d))
					check_encode(&d);
				break;
			}
		case 2:
			{
				JamDec		a = take_dec(&in, true);
				JamDec		b = take_dec(&in, true);

				check_div(&a, &b);
				break;
			}
		case 3:
			{
				JamDec		a = take_dec(&in, true);
				JamDec		b = take_dec(&in, true);
				int			k = take_byte(&in) % 3;		/* ratio 0, percent 2 */
				int			digits = (int) (take_byte(&in) % 121) - 20;	/* -20..100 */

				check_div_round(&a, &b, k, digits);
				break;
			}
		case 4:
			{
				uint8_t		ctl = take_byte(&in);
				uint64_t	n = take_u64(&in, 1 + (ctl & 7));
				uint64_t	d = take_u64(&in, 1 + ((ctl >> 3) & 7));
				int			scale = take_byte(&in);

				/* the scale numeric_div would pick, or any up to past the limit */
				if (scale < 128 && d != 0)
					scale = jam_div_scale_u64(n, d);
				else
					scale %= 48;
				check_udiv64(n, d, scale, (ctl & 0x40) != 0);
				break;
			}
		case 5:
			{
				JamDec		c = take_dec(&in, false);
				JamDec		p = take_dec(&in, false);
				JamDec		t = take_dec(&in, false);

				check_shortfall(c, p, t);
				break;
			}
		case 6:
			{
				/* growth: (current - previous) / previous, and its percentage */
				JamDec		cur = take_dec(&in, false);
				JamDec		prev = take_dec(&in, false);
				JamDec		d;
				int			digits = (int) (take_byte(&in) % 121) - 20;

				check_sub(&cur, &prev);
				if (jam_dec_sub(&cur, &prev, &d))
				{
					check_div(&d, &prev);
					check_div_round(&d, &prev, 2, digits);
				}
				break;
			}
		case 7:
			check_datum(&in);
			break;
	}
	return 0;
}
