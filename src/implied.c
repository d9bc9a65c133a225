/*-------------------------------------------------------------------------
 *
 * implied.c
 *	  What a rounded percentage allows: implied_population, implied_covered
 *	  and implied_previous.
 *
 * An article gives a count and a percentage rounded to some decimals
 * ("731.991 peserta, 26,79 persen") but not the denominator.  Rounding half
 * away from zero maps a whole interval of exact percentages onto the
 * reported one, so the whole numbers consistent with the figure form an
 * interval too, returned as an int8range:
 *
 *	implied_population(c, r, d)	every whole N >= 1 with coverage_pct(c, N, d) = r
 *	implied_covered(P, r, d)	every whole c >= 0 with coverage_pct(c, P, d) = r
 *	implied_previous(c, g, d)	every whole P >= 1 with growth_pct(c, P, d) = g
 *
 * coverage_pct and growth_pct round the exact quotient (coverage.c,
 * growth.c), so the preimage of r is exactly an interval with endpoints
 * r - h and r + h, h = 5 * 10^-(d+1), closed on the side nearer zero.  Each
 * bound of the answer is then a floor or a ceiling of an exact quotient,
 * computed with numeric's exact integer division: a handful of numeric
 * operations per call, no search, no float.  sql/implied.sql checks every
 * function against brute-force enumeration with coverage_pct and
 * growth_pct themselves.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"
#include "compat.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "utils/fmgrprotos.h"
#include "utils/numeric.h"
#include "utils/rangetypes.h"
#include "utils/typcache.h"

#include "args.h"
#include "jamsostek.h"
#include "numutil.h"

/*
 * The exact values x that round, half away from zero at 'digits' decimals,
 * to the reported value: lo < x < hi, each end closed where the flag says.
 */
typedef struct RoundPreimage
{
	Numeric		lo;
	Numeric		hi;
	bool		lo_closed;
	bool		hi_closed;
} RoundPreimage;

/* A set of whole numbers [lo, hi), hi NULL when unbounded above. */
typedef struct WholeRange
{
	bool		empty;
	Numeric		lo;
	Numeric		hi;
} WholeRange;

static Numeric
num_floor(Numeric a)
{
	return DatumGetNumeric(DirectFunctionCall1(numeric_floor,
											   NumericGetDatum(a)));
}

static Numeric
num_max(Numeric a, Numeric b)
{
	return jam_num_cmp(a, b) >= 0 ? a : b;
}

/*
 * floor(n / d) and ceil(n / d) for n >= 0, d > 0: numeric_div_trunc is
 * exact (long division to the units digit), and the remainder tells
 * whether the quotient was whole.
 */
static Numeric
floor_div(Numeric n, Numeric d)
{
	return jam_num_div_trunc(n, d);
}

static Numeric
ceil_div(Numeric n, Numeric d)
{
	Numeric		q = jam_num_div_trunc(n, d);

	if (jam_num_cmp(jam_num_mul(q, d), n) != 0)
		q = jam_num_add(q, jam_num_from_int64(1));
	return q;
}

/*
 * The preimage of 'reported' under rounding to 'digits' decimals.  False
 * when no value rounds to it: 'reported' has more decimals than 'digits'
 * keeps (26.795 at 2 digits), or is not a multiple of 10^-digits for
 * negative digits (25 rounded to tens).
 *
 * Half away from zero: for r > 0, [r - h, r + h); for r < 0,
 * (r - h, r + h]; for r = 0, (-h, h).
 */
static bool
round_preimage(Numeric reported, int digits, RoundPreimage *pre)
{
	Numeric		scaled = jam_num_mul(reported, jam_num_pow10(digits));
	Numeric		h;
	int			sign;

	if (jam_num_cmp(num_floor(scaled), scaled) != 0)
		return false;

	h = jam_num_mul(jam_num_from_int64(5), jam_num_pow10(-digits - 1));
	sign = jam_num_sign(reported);
	pre->lo = jam_num_sub(reported, h);
	pre->hi = jam_num_add(reported, h);
	pre->lo_closed = sign > 0;
	pre->hi_closed = sign < 0;
	return true;
}

/* Does the preimage contain v? */
static bool
preimage_contains(const RoundPreimage *pre, Numeric v)
{
	int			lo = jam_num_cmp(v, pre->lo);
	int			hi = jam_num_cmp(v, pre->hi);

	return (lo > 0 || (lo == 0 && pre->lo_closed)) &&
		(hi < 0 || (hi == 0 && pre->hi_closed));
}

/*
 * Every whole N >= 1 with k / N in the preimage, for k >= 0.  k / N falls
 * as N grows, so the lower end of the preimage bounds N from above and the
 * upper end bounds it from below:
 *	k / N >= lo  <=>  N <= k / lo		(lo > 0; no bound when lo <= 0)
 *	k / N <  hi  <=>  N >  k / hi		(hi > 0; nothing when hi <= 0)
 * and the same with the strictness swapped for the other kind of end.
 */
static WholeRange
whole_denominators(Numeric k, const RoundPreimage *pre)
{
	WholeRange	r;
	Numeric		one = jam_num_from_int64(1);

	r.empty = false;
	r.lo = one;
	r.hi = NULL;

	/* k = 0: the quotient is 0 for every N */
	if (jam_num_sign(k) == 0)
	{
		r.empty = !preimage_contains(pre, jam_num_from_int64(0));
		return r;
	}

	/* k > 0: the quotient is positive, never at or below a hi <= 0 */
	if (jam_num_sign(pre->hi) <= 0)
	{
		r.empty = true;
		return r;
	}
	if (pre->hi_closed)
		r.lo = ceil_div(k, pre->hi);	/* N >= k / hi */
	else
		r.lo = jam_num_add(floor_div(k, pre->hi), one);	/* N > k / hi */
	r.lo = num_max(r.lo, one);

	if (jam_num_sign(pre->lo) > 0)
	{
		if (pre->lo_closed)
			r.hi = jam_num_add(floor_div(k, pre->lo), one);	/* N <= k / lo */
		else
			r.hi = ceil_div(k, pre->lo);	/* N < k / lo */
		r.empty = jam_num_cmp(r.lo, r.hi) >= 0;
	}
	return r;
}

/*
 * Every whole c >= 0 with 100 c / population in the preimage, population
 * > 0: c between lo * population / 100 and hi * population / 100, both
 * exact (a product and a shift by two decimals).
 */
static WholeRange
whole_numerators(Numeric population, const RoundPreimage *pre)
{
	WholeRange	r;
	Numeric		one = jam_num_from_int64(1);
	Numeric		per100 = jam_num_pow10(-2);
	Numeric		lo = jam_num_mul(jam_num_mul(pre->lo, population), per100);
	Numeric		hi = jam_num_mul(jam_num_mul(pre->hi, population), per100);

	/* c >= lo, or c > lo */
	if (pre->lo_closed)
		r.lo = jam_num_ceil(lo);
	else
		r.lo = jam_num_add(num_floor(lo), one);
	r.lo = num_max(r.lo, jam_num_from_int64(0));

	/* c <= hi, or c < hi: the exclusive end */
	if (pre->hi_closed)
		r.hi = jam_num_add(num_floor(hi), one);
	else
		r.hi = jam_num_ceil(hi);

	r.empty = jam_num_cmp(r.lo, r.hi) >= 0;
	return r;
}

/*
 * A bound of the answer as an int8, or 22003 when an int8range cannot hold
 * it.  The message names the extreme member: the bound itself for the
 * (inclusive) lower end, one less for the exclusive upper end.
 */
static int64
bound_int64(Numeric v, bool exclusive, const char *what)
{
	Numeric		limit = jam_num_from_int64(PG_INT64_MAX);

	if (jam_num_cmp(v, limit) > 0)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s range does not fit in int8range: it reaches %s",
						what, jam_num_text(exclusive ?
										   jam_num_sub(v, jam_num_from_int64(1)) : v)),
				 errdetail("An int8range holds whole numbers up to " INT64_FORMAT ".",
						   PG_INT64_MAX - 1)));
	return DatumGetInt64(DirectFunctionCall1(numeric_int8, NumericGetDatum(v)));
}

static Datum
whole_range_datum(const WholeRange *r, const char *what)
{
	TypeCacheEntry *typcache = lookup_type_cache(INT8RANGEOID,
												 TYPECACHE_RANGE_INFO);
	RangeBound	lower;
	RangeBound	upper;

	lower.infinite = false;
	lower.inclusive = true;
	lower.lower = true;
	upper.infinite = r->hi == NULL;
	upper.inclusive = false;
	upper.lower = false;

	if (r->empty)
	{
		lower.val = upper.val = Int64GetDatum(0);
		upper.infinite = false;
		return RangeTypePGetDatum(jam_make_range(typcache, &lower, &upper, true));
	}
	/* check the upper end first: it is the larger one that may not fit */
	upper.val = r->hi ? Int64GetDatum(bound_int64(r->hi, true, what)) : Int64GetDatum(0);
	lower.val = Int64GetDatum(bound_int64(r->lo, false, what));
	return RangeTypePGetDatum(jam_make_range(typcache, &lower, &upper, false));
}

/*
 * 'digits', or when it is NULL the scale the reported value was written
 * with (26.79 -> 2, 26.790 -> 3, 44 -> 0).
 */
static int
reported_digits(FunctionCallInfo fcinfo, Numeric reported)
{
	int32		digits;

	if (!PG_ARGISNULL(2))
	{
		digits = PG_GETARG_INT32(2);
		jam_check_digits(digits);
		return digits;
	}

	digits = DatumGetInt32(DirectFunctionCall1(numeric_scale,
											   NumericGetDatum(reported)));
	if (digits > JAM_MAX_DIGITS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("digits must be between %d and %d: %d",
						JAM_MIN_DIGITS, JAM_MAX_DIGITS, digits),
				 errdetail("digits was NULL, so it is the number of decimals the reported value is written with."),
				 errhint("Pass digits, or write the reported value with at most %d decimals.",
						 JAM_MAX_DIGITS)));
	return digits;
}

Datum
jam_implied_population(Numeric covered, Numeric reported, int digits)
{
	RoundPreimage pre;
	WholeRange	r = {true, NULL, NULL};

	if (round_preimage(reported, digits, &pre))
		r = whole_denominators(jam_num_mul(covered, jam_num_from_int64(100)), &pre);
	return whole_range_datum(&r, "implied population");
}

Datum
jam_implied_covered(Numeric population, Numeric reported, int digits)
{
	RoundPreimage pre;
	WholeRange	r = {true, NULL, NULL};

	/* no count has a percentage of nobody: coverage_pct is NULL there */
	if (jam_num_sign(population) > 0 && round_preimage(reported, digits, &pre))
		r = whole_numerators(population, &pre);
	return whole_range_datum(&r, "implied covered");
}

/*
 * growth_pct(current, P) = 100 current / P - 100: the preimage moved up by
 * 100 is where 100 current / P must lie.
 */
Datum
jam_implied_previous(Numeric current, Numeric reported, int digits)
{
	RoundPreimage pre;
	WholeRange	r = {true, NULL, NULL};
	Numeric		hundred = jam_num_from_int64(100);

	if (round_preimage(reported, digits, &pre))
	{
		pre.lo = jam_num_add(pre.lo, hundred);
		pre.hi = jam_num_add(pre.hi, hundred);
		r = whole_denominators(jam_num_mul(current, hundred), &pre);
	}
	return whole_range_datum(&r, "implied previous");
}

/*
 * The arguments every wrapper takes: false when the count or the reported
 * value is NULL (the result is NULL); a NULL digits means "as written",
 * which is why the functions are not STRICT.
 */
static bool
implied_args(FunctionCallInfo fcinfo, const char *countname,
			 const char *reportedname, Numeric *count, Numeric *reported,
			 int *digits)
{
	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		return false;
	*count = PG_GETARG_NUMERIC(0);
	*reported = PG_GETARG_NUMERIC(1);
	jam_check_count(*count, countname);
	jam_check_finite(*reported, reportedname);
	*digits = reported_digits(fcinfo, *reported);
	return true;
}

PG_FUNCTION_INFO_V1(jamsostek_implied_population);
Datum
jamsostek_implied_population(PG_FUNCTION_ARGS)
{
	Numeric		covered;
	Numeric		reported;
	int			digits;

	if (!implied_args(fcinfo, "covered", "reported_pct",
					  &covered, &reported, &digits))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(jam_implied_population(covered, reported, digits));
}

PG_FUNCTION_INFO_V1(jamsostek_implied_covered);
Datum
jamsostek_implied_covered(PG_FUNCTION_ARGS)
{
	Numeric		population;
	Numeric		reported;
	int			digits;

	if (!implied_args(fcinfo, "population", "reported_pct",
					  &population, &reported, &digits))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(jam_implied_covered(population, reported, digits));
}

PG_FUNCTION_INFO_V1(jamsostek_implied_previous);
Datum
jamsostek_implied_previous(PG_FUNCTION_ARGS)
{
	Numeric		current;
	Numeric		reported;
	int			digits;

	if (!implied_args(fcinfo, "current", "reported_growth_pct",
					  &current, &reported, &digits))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(jam_implied_previous(current, reported, digits));
}
