/*-------------------------------------------------------------------------
 *
 * ratio_aggs.c
 *	  coverage_mean_agg and shortfall_agg: aggregates of a per-row figure.
 *
 * Both sum a value computed from each row: the row's coverage ratio (for
 * the plain mean of ratios) or the row's coverage_shortfall (so regions
 * above target do not offset regions below it).  Summing numerics exactly,
 * in parallel and as a moving aggregate is what PostgreSQL's own
 * avg(numeric) and sum(numeric) already do well, so after computing the
 * row's figure we hand it to their transition functions (numeric_avg_accum,
 * numeric_accum_inv) and declare the aggregates with their combine,
 * serialize, deserialize and final functions.  The inverse subtracts exactly
 * the figure that was added, so moving windows stay exact.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/fmgrprotos.h"
#include "utils/numeric.h"

#include "args.h"
#include "jamsostek.h"

/*
 * Call one of numeric.c's aggregate transition functions with our fcinfo's
 * aggregate context, so that it finds (and keeps) its state where the
 * executor expects it.  value == NULL means "no value for this row": the
 * state is created if need be but nothing is counted.
 */
static Datum
forward_accum(FunctionCallInfo fcinfo, PGFunction accum, Numeric value)
{
	LOCAL_FCINFO(inner, 2);
	Datum		result;

	InitFunctionCallInfoData(*inner, fcinfo->flinfo, 2,
							 fcinfo->fncollation, fcinfo->context, NULL);
	inner->args[0].value = PG_GETARG_DATUM(0);
	inner->args[0].isnull = PG_ARGISNULL(0);
	inner->args[1].value = NumericGetDatum(value);
	inner->args[1].isnull = (value == NULL);
	result = accum(inner);
	fcinfo->isnull = inner->isnull;
	return result;
}

/* The row's coverage ratio, or NULL when the row has none. */
static Numeric
row_ratio(FunctionCallInfo fcinfo)
{
	Numeric		covered,
				population;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		return NULL;
	covered = PG_GETARG_NUMERIC(1);
	population = PG_GETARG_NUMERIC(2);
	jam_check_count(covered, "covered");
	jam_check_count(population, "population");
	return jam_coverage_ratio(covered, population);
}

/* The row's coverage_shortfall, or NULL when the row has none. */
static Numeric
row_shortfall(FunctionCallInfo fcinfo)
{
	Numeric		covered,
				population,
				target_ratio;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2) || PG_ARGISNULL(3))
		return NULL;
	covered = PG_GETARG_NUMERIC(1);
	population = PG_GETARG_NUMERIC(2);
	target_ratio = PG_GETARG_NUMERIC(3);
	jam_check_count(covered, "covered");
	jam_check_count(population, "population");
	jam_check_target_ratio(target_ratio, "target_ratio");
	return jam_coverage_shortfall(covered, population, target_ratio);
}

PG_FUNCTION_INFO_V1(coverage_mean_trans);
Datum
coverage_mean_trans(PG_FUNCTION_ARGS)
{
	return forward_accum(fcinfo, numeric_avg_accum, row_ratio(fcinfo));
}

PG_FUNCTION_INFO_V1(coverage_mean_inv);
Datum
coverage_mean_inv(PG_FUNCTION_ARGS)
{
	return forward_accum(fcinfo, numeric_accum_inv, row_ratio(fcinfo));
}

PG_FUNCTION_INFO_V1(shortfall_trans);
Datum
shortfall_trans(PG_FUNCTION_ARGS)
{
	return forward_accum(fcinfo, numeric_avg_accum, row_shortfall(fcinfo));
}

PG_FUNCTION_INFO_V1(shortfall_inv);
Datum
shortfall_inv(PG_FUNCTION_ARGS)
{
	return forward_accum(fcinfo, numeric_accum_inv, row_shortfall(fcinfo));
}
