/*-------------------------------------------------------------------------
 *
 * coverage.c
 *	  Coverage ratio and coverage percentage.
 *
 * Coverage is active participants over a worker population.  Covered above
 * population is allowed: it happens in real data when the population
 * estimate lags enrolment, and hiding it would hide a data problem.
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
 * part / whole, with numeric division's own precision (at least 16
 * significant digits), so jam_ratio(a, b) = a::numeric / b exactly; NULL for
 * a zero whole.  Coverage (covered / population) and target attainment
 * (actual / target) are this one quotient.
 */
Numeric
jam_ratio(Numeric part, Numeric whole)
{
	JamDec		a,
				b,
				q;

	/* counts are whole numbers well inside 128 bits: divide those directly */
	if (jam_dec_decode(part, &a) && jam_dec_decode(whole, &b))
	{
		if (b.coef == 0)
			return NULL;
		if (jam_dec_div(&a, &b, &q))
			return jam_dec_to_numeric(&q);
	}

	if (jam_num_sign(whole) == 0)
		return NULL;
	return jam_num_div(part, whole);
}

/* covered / population: 731.991 of 2.700.000 is 0,2711... */
Numeric
jam_coverage_ratio(Numeric covered, Numeric population)
{
	return jam_ratio(covered, population);
}

/* 100 * covered / population, rounded half away from zero, exactly. */
Numeric
jam_coverage_pct(Numeric covered, Numeric population, int digits)
{
	JamDec		c,
				p,
				q;

	if (jam_dec_decode(covered, &c) && jam_dec_decode(population, &p))
	{
		if (p.coef == 0)
			return NULL;
		if (jam_dec_div_round(&c, 2, &p, digits, &q))
			return jam_dec_to_numeric(&q);
	}

	if (jam_num_sign(population) == 0)
		return NULL;
	return jam_num_div_round(jam_num_mul(covered, jam_num_from_int64(100)),
							 population, digits);
}

PG_FUNCTION_INFO_V1(jamsostek_coverage_ratio);
Datum
jamsostek_coverage_ratio(PG_FUNCTION_ARGS)
{
	Numeric		result;
	JamDec		c,
				p,
				q;
	bool		fast;

	/*
	 * One read of each argument, where it lies in the tuple, serves the
	 * checks and the fast path; only the numeric path needs them detoasted.
	 */
	fast = jam_check_count_datum(PG_GETARG_DATUM(0), "covered", &c);
	fast = jam_check_count_datum(PG_GETARG_DATUM(1), "population", &p) && fast;
	if (fast && p.coef == 0)
		PG_RETURN_NULL();
	if (fast && jam_dec_div(&c, &p, &q))
		PG_RETURN_NUMERIC(jam_dec_to_numeric(&q));

	result = jam_coverage_ratio(PG_GETARG_NUMERIC(0), PG_GETARG_NUMERIC(1));
	if (result == NULL)
		PG_RETURN_NULL();
	PG_RETURN_NUMERIC(result);
}

PG_FUNCTION_INFO_V1(jamsostek_coverage_pct);
Datum
jamsostek_coverage_pct(PG_FUNCTION_ARGS)
{
	int32		digits = PG_GETARG_INT32(2);
	Numeric		result;
	JamDec		c,
				p,
				q;
	bool		fast;

	fast = jam_check_count_datum(PG_GETARG_DATUM(0), "covered", &c);
	fast = jam_check_count_datum(PG_GETARG_DATUM(1), "population", &p) && fast;
	jam_check_digits(digits);
	if (fast && p.coef == 0)
		PG_RETURN_NULL();
	if (fast && jam_dec_div_round(&c, 2, &p, digits, &q))
		PG_RETURN_NUMERIC(jam_dec_to_numeric(&q));

	result = jam_coverage_pct(PG_GETARG_NUMERIC(0), PG_GETARG_NUMERIC(1), digits);
	if (result == NULL)
		PG_RETURN_NULL();
	PG_RETURN_NUMERIC(result);
}
