/*-------------------------------------------------------------------------
 *
 * numutil.c
 *	  Exact-arithmetic helpers over PostgreSQL's numeric type.
 *
 * Thin typed wrappers over numeric.c's fmgr entry points, plus the two
 * operations our functions are built on:
 *
 *	jam_num_div_round	num / den rounded half away from zero to a scale,
 *						exactly.  numeric_div itself rounds at its own
 *						display scale, and rounding that result again can
 *						round twice (26.7849999...97 -> 26.785 -> 26.79);
 *						truncating to scale + 1 digits and then rounding is
 *						exact instead (see the proof in the function).
 *	jam_num_div_scaled	num / den truncated to a (large) working scale, the
 *						start of every logarithm-based computation.
 *
 * The conversions between numeric and the 128-bit forms live here too
 * (decimal.c reads and writes the stored bytes; these build on it):
 * jam_dec_to_numeric, jam_int128_to_numeric and jam_numeric_whole.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"
#include "compat.h"

#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/memutils.h"
#include "utils/numeric.h"

#include "decimal.h"
#include "numutil.h"

Numeric
jam_num_from_int64(int64 v)
{
	return int64_to_numeric(v);
}

/*
 * 10^e as a numeric.  For e < 0 the result carries display scale -e (so
 * multiplying an integer by it yields exactly that many decimals).
 */
Numeric
jam_num_pow10(int e)
{
	static const int64 small[] = {
		1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000,
		1000000000, INT64CONST(10000000000), INT64CONST(100000000000),
		INT64CONST(1000000000000), INT64CONST(10000000000000),
		INT64CONST(100000000000000), INT64CONST(1000000000000000),
		INT64CONST(10000000000000000), INT64CONST(100000000000000000),
		INT64CONST(1000000000000000000)
	};
	char		buf[32];

	if (e >= 0 && e <= 18)
		return int64_to_numeric(small[e]);
	if (e < 0 && e >= -18)
		return int64_div_fast_to_numeric(1, -e);

	snprintf(buf, sizeof(buf), "1e%d", e);
	return DatumGetNumeric(DirectFunctionCall3(numeric_in,
											   CStringGetDatum(buf),
											   ObjectIdGetDatum(InvalidOid),
											   Int32GetDatum(-1)));
}

Numeric
jam_num_add(Numeric a, Numeric b)
{
	return DatumGetNumeric(DirectFunctionCall2(numeric_add,
											   NumericGetDatum(a),
											   NumericGetDatum(b)));
}

Numeric
jam_num_sub(Numeric a, Numeric b)
{
	return DatumGetNumeric(DirectFunctionCall2(numeric_sub,
											   NumericGetDatum(a),
											   NumericGetDatum(b)));
}

Numeric
jam_num_mul(Numeric a, Numeric b)
{
	return DatumGetNumeric(DirectFunctionCall2(numeric_mul,
											   NumericGetDatum(a),
											   NumericGetDatum(b)));
}

/* PostgreSQL's own division: at least 16 significant digits, rounded. */
Numeric
jam_num_div(Numeric a, Numeric b)
{
	return DatumGetNumeric(DirectFunctionCall2(numeric_div,
											   NumericGetDatum(a),
											   NumericGetDatum(b)));
}

/* Integer quotient, truncated toward zero. */
Numeric
jam_num_div_trunc(Numeric a, Numeric b)
{
	return DatumGetNumeric(DirectFunctionCall2(numeric_div_trunc,
											   NumericGetDatum(a),
											   NumericGetDatum(b)));
}

/* Round half away from zero to 'scale' decimals (numeric_round's rule). */
Numeric
jam_num_round(Numeric a, int scale)
{
	return DatumGetNumeric(DirectFunctionCall2(numeric_round,
											   NumericGetDatum(a),
											   Int32GetDatum(scale)));
}

Numeric
jam_num_ceil(Numeric a)
{
	return DatumGetNumeric(DirectFunctionCall1(numeric_ceil,
											   NumericGetDatum(a)));
}

/* Natural logarithm; numeric_ln works to at least the argument's scale. */
Numeric
jam_num_ln(Numeric a)
{
	return DatumGetNumeric(DirectFunctionCall1(numeric_ln,
											   NumericGetDatum(a)));
}

/* e^a; numeric_exp works to at least the argument's scale. */
Numeric
jam_num_exp(Numeric a)
{
	return DatumGetNumeric(DirectFunctionCall1(numeric_exp,
											   NumericGetDatum(a)));
}

/*
 * Give 'a' a display scale of at least 'scale' without changing its value.
 * numeric_ln, numeric_exp and numeric_div choose their precision from their
 * arguments' scales, so this is how we ask them for more digits.
 */
Numeric
jam_num_widen(Numeric a, int scale)
{
	return jam_num_add(a, jam_num_round(jam_num_from_int64(0), scale));
}

int
jam_num_cmp(Numeric a, Numeric b)
{
	return DatumGetInt32(DirectFunctionCall2(numeric_cmp,
											 NumericGetDatum(a),
											 NumericGetDatum(b)));
}

int
jam_num_sign(Numeric a)
{
	static Numeric zero = NULL;
	JamDec		d;

	/* the stored form tells the sign of any finite value we can read */
	if (jam_dec_decode(a, &d))
		return (d.coef > 0) - (d.coef < 0);

	if (zero == NULL)
	{
		/* a long-lived constant: keep it out of per-row memory */
		MemoryContext old = MemoryContextSwitchTo(TopMemoryContext);

		zero = int64_to_numeric(0);
		MemoryContextSwitchTo(old);
	}
	return jam_num_cmp(a, zero);
}

/* A JamDec as a numeric, built directly in its stored form. */
Numeric
jam_dec_to_numeric(const JamDec *d)
{
	Numeric		result = (Numeric) palloc(JAM_DEC_MAXSZ);

	jam_dec_encode(d, result);
	return result;
}

/*
 * n / d rounded to 'scale' decimals as a numeric, by 64-bit long division;
 * NULL when that path does not apply (see jam_dec_udiv64_encode).
 */
Numeric
jam_udiv64_to_numeric(uint64 n, uint64 d, int scale)
{
	Numeric		result = (Numeric) palloc(JAM_DEC_MAXSZ);

	if (jam_dec_udiv64_encode(n, d, scale, false, result) == 0)
	{
		pfree(result);
		return NULL;
	}
	return result;
}

/*
 * trunc(num / den * 10^shift) / 10^shift for shift >= 0, exactly: num / den
 * truncated toward zero to 'shift' decimals, with display scale 'shift'.
 *
 * Scaling num by 10^shift first would be one division, but num * 10^shift
 * overflows numeric when num is near numeric's limit although the quotient
 * fits (coverage_pct(1e130990, 1, 100)).  So the whole part comes first,
 * then the remainder's decimals: ip = trunc(num / den) is no bigger than
 * the result, r = num - ip * den is smaller than den, and den * 10^-shift
 * only gains decimals.  ip * 10^shift is a whole number, and the fraction
 * trunc(r / den * 10^shift) has the sign of ip (or ip is 0), so the sum is
 * the truncation of the whole quotient.
 */
static Numeric
div_trunc_to(Numeric num, Numeric den, int shift)
{
	Numeric		unit = jam_num_pow10(-shift);
	Numeric		ip = jam_num_div_trunc(num, den);
	Numeric		r = jam_num_sub(num, jam_num_mul(ip, den));
	Numeric		fp = jam_num_div_trunc(r, jam_num_mul(den, unit));

	/* ip + fp * 10^-shift, with display scale shift (unit's) */
	return jam_num_add(jam_num_mul(ip, jam_num_round(jam_num_from_int64(1), shift)),
					   jam_num_mul(fp, unit));
}

/*
 * num / den rounded half away from zero to 'scale' decimals, exactly.
 *
 * Let t = |num / den| * 10^scale = n + f with n whole and 0 <= f < 1.
 * Rounding half up gives n + [f >= 1/2].  Truncating t to one more decimal
 * gives y = n + floor(10 f) / 10, and y rounded half up is
 * n + [floor(10 f) >= 5] = n + [f >= 1/2]: the same.  The truncated quotient
 * is an exact integer division, so no intermediate rounding happens at all.
 * numeric_div_trunc truncates toward zero and numeric_round rounds away from
 * zero, so negative quotients are handled symmetrically.
 *
 * den must not be zero; scale may be negative (round to tens, hundreds...).
 */
Numeric
jam_num_div_round(Numeric num, Numeric den, int scale)
{
	int			shift = scale + 1;
	Numeric		q;

	if (shift >= 0)
		q = div_trunc_to(num, den, shift);
	else
	{
		/* num * 10^shift only gains decimals: it cannot overflow */
		q = jam_num_div_trunc(jam_num_mul(num, jam_num_pow10(shift)), den);
		q = jam_num_mul(q, jam_num_pow10(-shift));
	}
	return jam_num_round(q, scale);
}

/*
 * num / den truncated toward zero to 'scale' decimals (scale >= 0), with
 * that display scale.  Exact up to the last kept digit.
 */
Numeric
jam_num_div_scaled(Numeric num, Numeric den, int scale)
{
	Assert(scale >= 0);
	return div_trunc_to(num, den, scale);
}

/* The value as PostgreSQL prints it, for error messages. */
char *
jam_num_text(Numeric a)
{
	return DatumGetCString(DirectFunctionCall1(numeric_out,
											   NumericGetDatum(a)));
}

/* v as a numeric of scale 0. */
Numeric
jam_int128_to_numeric(int128 v)
{
	JamDec		d = {v, 0};

	return jam_dec_to_numeric(&d);
}

/*
 * v as a whole number in 128 bits, if it is one ("12.000" is: a numeric
 * column of counts often carries a scale).
 */
bool
jam_numeric_whole(Numeric v, int128 *result)
{
	JamDec		d;
	uint128		unit;

	if (!jam_dec_decode(v, &d))
		return false;
	if (d.scale == 0 || d.coef == 0)
	{
		*result = d.coef;
		return true;
	}
	if (d.scale > 38)
		return false;
	unit = JAM_POW10(d.scale);
	if (d.coef % (int128) unit != 0)
		return false;
	*result = d.coef / (int128) unit;
	return true;
}
