/*-------------------------------------------------------------------------
 *
 * targets.c
 *	  Distance to a target: attainment, shortfall in counts, and the
 *	  number of workers still to enrol to reach a coverage ratio.
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

/* actual / target: 20.797 of 23.000 is 0,9042... (coverage.c's quotient) */
Numeric
jam_target_attainment(Numeric actual, Numeric target)
{
	return jam_ratio(actual, target);
}

/* greatest(target - actual, 0): overshooting a target owes nothing. */
Numeric
jam_target_shortfall(Numeric actual, Numeric target)
{
	Numeric		diff = jam_num_sub(target, actual);

	if (jam_num_sign(diff) < 0)
		return jam_num_from_int64(0);
	return diff;
}

/*
 * The smallest whole n >= 0 with (covered + n) / population >= target_ratio,
 * that is greatest(ceil(target_ratio * population - covered), 0).  The
 * product is exact, so a target met to the last worker needs 0 more, not 1.
 */
Numeric
jam_coverage_shortfall(Numeric covered, Numeric population,
					   Numeric target_ratio)
{
	Numeric		need;
	JamDec		c,
				p,
				t,
				n;

	if (jam_dec_decode(covered, &c) && jam_dec_decode(population, &p) &&
		jam_dec_decode(target_ratio, &t))
	{
		if (p.coef == 0)
			return NULL;
		if (jam_dec_shortfall(&c, &p, &t, &n))
			return jam_dec_to_numeric(&n);
	}

	if (jam_num_sign(population) == 0)
		return NULL;
	need = jam_num_ceil(jam_num_sub(jam_num_mul(target_ratio, population),
									covered));
	if (jam_num_sign(need) < 0)
		return jam_num_from_int64(0);
	return need;
}

PG_FUNCTION_INFO_V1(jamsostek_target_attainment);
Datum
jamsostek_target_attainment(PG_FUNCTION_ARGS)
{
	Numeric		actual = PG_GETARG_NUMERIC(0);
	Numeric		target = PG_GETARG_NUMERIC(1);
	Numeric		result;

	jam_check_count(actual, "actual");
	jam_check_count(target, "target");
	result = jam_target_attainment(actual, target);
	if (result == NULL)
		PG_RETURN_NULL();
	PG_RETURN_NUMERIC(result);
}

PG_FUNCTION_INFO_V1(jamsostek_target_shortfall);
Datum
jamsostek_target_shortfall(PG_FUNCTION_ARGS)
{
	Numeric		actual = PG_GETARG_NUMERIC(0);
	Numeric		target = PG_GETARG_NUMERIC(1);

	jam_check_count(actual, "actual");
	jam_check_count(target, "target");
	PG_RETURN_NUMERIC(jam_target_shortfall(actual, target));
}

PG_FUNCTION_INFO_V1(jamsostek_coverage_shortfall);
Datum
jamsostek_coverage_shortfall(PG_FUNCTION_ARGS)
{
	Numeric		covered = PG_GETARG_NUMERIC(0);
	Numeric		population = PG_GETARG_NUMERIC(1);
	Numeric		target_ratio = PG_GETARG_NUMERIC(2);
	Numeric		result;

	jam_check_count(covered, "covered");
	jam_check_count(population, "population");
	jam_check_target_ratio(target_ratio, "target_ratio");
	result = jam_coverage_shortfall(covered, population, target_ratio);
	if (result == NULL)
		PG_RETURN_NULL();
	PG_RETURN_NUMERIC(result);
}
