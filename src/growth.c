/*-------------------------------------------------------------------------
 *
 * growth.c
 *	  Growth between periods: relative growth, percentage points, CAGR,
 *	  the growth a target needs and the years it takes.
 *
 * Growth of counts and amounts is relative (212.266 -> 261.814 is
 * +23,34%); change in a coverage ratio is told in percentage points
 * (30% -> 33% is +3 pp).  The two are separate functions so that nobody
 * has to remember which one a query computed.
 *
 * The annualised functions need a logarithm.  They work at JAM_WORK_SCALE
 * decimals and round to JAM_RESULT_SCALE: subtracting 1 from a root close
 * to 1 cancels leading digits, and the extra working digits are what keeps
 * 12 significant digits of the small rate that remains.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"
#include "compat.h"

#include "fmgr.h"
#include "utils/numeric.h"

#include "args.h"
#include "decimal.h"
#include "jamsostek.h"
#include "numutil.h"

/*
 * current - previous and previous as 128-bit decimals, when both fit and
 * previous is not zero: the fast path of growth_rate and growth_pct, whose
 * results then come from the same decimal cores as coverage_ratio's.
 */
static bool
growth_dec(Numeric current, Numeric previous, JamDec *diff, JamDec *prev)
{
	JamDec		cur;

	return jam_dec_decode(current, &cur) && jam_dec_decode(previous, prev) &&
		prev->coef != 0 && jam_dec_sub(&cur, prev, diff);
}

/* current / previous - 1, computed as (current - previous) / previous. */
Numeric
jam_growth_rate(Numeric current, Numeric previous)
{
	JamDec		d,
				p,
				q;

	/*
	 * Dividing the difference keeps full precision for small changes, where
	 * current / previous - 1 would cancel the leading digits of the quotient.
	 */
	if (growth_dec(current, previous, &d, &p) && jam_dec_div(&d, &p, &q))
		return jam_dec_to_numeric(&q);

	if (jam_num_sign(previous) == 0)
		return NULL;
	return jam_num_div(jam_num_sub(current, previous), previous);
}

/* 100 * (current - previous) / previous, rounded half away from zero. */
Numeric
jam_growth_pct(Numeric current, Numeric previous, int digits)
{
	JamDec		d,
				p,
				q;

	if (growth_dec(current, previous, &d, &p) &&
		jam_dec_div_round(&d, 2, &p, digits, &q))
		return jam_dec_to_numeric(&q);

	if (jam_num_sign(previous) == 0)
		return NULL;
	return jam_num_div_round(jam_num_mul(jam_num_sub(current, previous),
										 jam_num_from_int64(100)),
							 previous, digits);
}

Numeric
jam_pp_change(Numeric ratio_now, Numeric ratio_before)
{
	return jam_num_mul(jam_num_sub(ratio_now, ratio_before),
					   jam_num_from_int64(100));
}

/* ln(v) at the working scale; v > 0. */
static Numeric
ln_work(Numeric v)
{
	return jam_num_ln(jam_num_widen(v, JAM_WORK_SCALE));
}

/*
 * (last / first)^(1 / years) - 1, as exp((ln last - ln first) / years) - 1.
 * Taking the logarithms separately avoids a quotient so small that it
 * truncates to zero at the working scale.
 */
Numeric
jam_cagr(Numeric first, Numeric last, Numeric years)
{
	Numeric		lnratio;
	Numeric		root;

	if (jam_num_sign(first) == 0)
		return NULL;
	if (jam_num_sign(last) == 0)
		return jam_num_round(jam_num_from_int64(-1), JAM_RESULT_SCALE);

	lnratio = jam_num_sub(ln_work(last), ln_work(first));
	root = jam_num_exp(jam_num_div(lnratio,
								   jam_num_widen(years, JAM_WORK_SCALE)));
	return jam_num_round(jam_num_sub(root, jam_num_from_int64(1)),
						 JAM_RESULT_SCALE);
}

/*
 * How many zeros g > 0 has after the point before its first significant
 * digit (0 for g >= 0.1): its decimal exponent is -(that + 1).
 */
static int
leading_zero_decimals(Numeric g)
{
	const char *t = jam_num_text(g);
	const char *point = strchr(t, '.');
	int			k = 0;

	if (point == NULL || strncmp(t, "0.", 2) != 0)
		return 0;
	for (const char *c = point + 1; *c == '0'; c++)
		k++;
	return k;
}

/*
 * Years until current * (1 + g)^t reaches target:
 * t = (ln target - ln current) / ln(1 + g).  0 when already there; NULL when
 * it never will (nothing to grow from, or no growth).
 *
 * A small g is the hard case: ln(1 + g) is about g, and t about
 * ln(target / current) / g, so with g = 10^-k the result has about k
 * digits before its point and JAM_RESULT_SCALE after it, and both
 * logarithms need about 2k + 30 decimals for all of them to be right.
 * numeric_ln gives at most NUMERIC_MAX_DISPLAY_SCALE (1000) decimals, and
 * ln(1 + 1e-1001) is 0 at that scale, which 0.3 divided by (22012).  Where
 * the decimals needed pass that limit (g below about 1e-485) the answer
 * is 22003, not a rounded guess.
 */
Numeric
jam_years_to_target(Numeric current, Numeric target, Numeric annual_growth)
{
	Numeric		lnratio;
	Numeric		lngrowth;
	int			k,
				scale;

	if (jam_num_cmp(current, target) >= 0)
		return jam_num_round(jam_num_from_int64(0), JAM_RESULT_SCALE);
	if (jam_num_sign(current) == 0 || jam_num_sign(annual_growth) <= 0)
		return NULL;

	k = leading_zero_decimals(annual_growth);
	scale = Max(JAM_WORK_SCALE, 2 * k + 30);
	if (scale > JAM_MAX_LN_SCALE)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("years_to_target out of range for annual_growth %s",
						jam_num_text(annual_growth)),
				 errdetail("A growth rate below 10^-%d needs logarithms to more than %d decimals to count the years to %d decimals.",
						   k, JAM_MAX_LN_SCALE, JAM_RESULT_SCALE),
				 errhint("At such a rate the target is about ln(target / current) / annual_growth years away.")));

	lnratio = jam_num_sub(jam_num_ln(jam_num_widen(target, scale)),
						  jam_num_ln(jam_num_widen(current, scale)));
	lngrowth = jam_num_ln(jam_num_widen(jam_num_add(jam_num_from_int64(1),
													annual_growth), scale));
	if (jam_num_sign(lngrowth) == 0)	/* cannot happen below the limit */
		elog(ERROR, "years_to_target: ln(1 + %s) is zero at scale %d",
			 jam_num_text(annual_growth), scale);
	return jam_num_round(jam_num_div(lnratio, lngrowth), JAM_RESULT_SCALE);
}

PG_FUNCTION_INFO_V1(jamsostek_growth_rate);
Datum
jamsostek_growth_rate(PG_FUNCTION_ARGS)
{
	Numeric		current = PG_GETARG_NUMERIC(0);
	Numeric		previous = PG_GETARG_NUMERIC(1);
	Numeric		result;

	jam_check_count(current, "current");
	jam_check_count(previous, "previous");
	result = jam_growth_rate(current, previous);
	if (result == NULL)
		PG_RETURN_NULL();
	PG_RETURN_NUMERIC(result);
}

PG_FUNCTION_INFO_V1(jamsostek_growth_pct);
Datum
jamsostek_growth_pct(PG_FUNCTION_ARGS)
{
	Numeric		current = PG_GETARG_NUMERIC(0);
	Numeric		previous = PG_GETARG_NUMERIC(1);
	int32		digits = PG_GETARG_INT32(2);
	Numeric		result;

	jam_check_count(current, "current");
	jam_check_count(previous, "previous");
	jam_check_digits(digits);
	result = jam_growth_pct(current, previous, digits);
	if (result == NULL)
		PG_RETURN_NULL();
	PG_RETURN_NUMERIC(result);
}

PG_FUNCTION_INFO_V1(jamsostek_pp_change);
Datum
jamsostek_pp_change(PG_FUNCTION_ARGS)
{
	Numeric		ratio_now = PG_GETARG_NUMERIC(0);
	Numeric		ratio_before = PG_GETARG_NUMERIC(1);

	jam_check_count(ratio_now, "ratio_now");
	jam_check_count(ratio_before, "ratio_before");
	PG_RETURN_NUMERIC(jam_pp_change(ratio_now, ratio_before));
}

PG_FUNCTION_INFO_V1(jamsostek_cagr);
Datum
jamsostek_cagr(PG_FUNCTION_ARGS)
{
	Numeric		first = PG_GETARG_NUMERIC(0);
	Numeric		last = PG_GETARG_NUMERIC(1);
	Numeric		years = PG_GETARG_NUMERIC(2);
	Numeric		result;

	jam_check_count(first, "first");
	jam_check_count(last, "last");
	jam_check_years(years, "years");
	result = jam_cagr(first, last, years);
	if (result == NULL)
		PG_RETURN_NULL();
	PG_RETURN_NUMERIC(result);
}

/* The same computation as cagr, asked the other way round. */
PG_FUNCTION_INFO_V1(jamsostek_required_growth);
Datum
jamsostek_required_growth(PG_FUNCTION_ARGS)
{
	Numeric		current = PG_GETARG_NUMERIC(0);
	Numeric		target = PG_GETARG_NUMERIC(1);
	Numeric		years = PG_GETARG_NUMERIC(2);
	Numeric		result;

	jam_check_count(current, "current");
	jam_check_count(target, "target");
	jam_check_years(years, "years");
	result = jam_cagr(current, target, years);
	if (result == NULL)
		PG_RETURN_NULL();
	PG_RETURN_NUMERIC(result);
}

PG_FUNCTION_INFO_V1(jamsostek_years_to_target);
Datum
jamsostek_years_to_target(PG_FUNCTION_ARGS)
{
	Numeric		current = PG_GETARG_NUMERIC(0);
	Numeric		target = PG_GETARG_NUMERIC(1);
	Numeric		annual_growth = PG_GETARG_NUMERIC(2);
	Numeric		result;

	jam_check_count(current, "current");
	jam_check_count(target, "target");
	jam_check_growth_rate(annual_growth, "annual_growth");
	result = jam_years_to_target(current, target, annual_growth);
	if (result == NULL)
		PG_RETURN_NULL();
	PG_RETURN_NUMERIC(result);
}
