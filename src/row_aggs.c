/*-------------------------------------------------------------------------
 *
 * row_aggs.c
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
#include "compat.h"

#include "fmgr.h"
#include "libpq/pqformat.h"
#include "utils/fmgrprotos.h"
#include "utils/numeric.h"

#include "args.h"
#include "jamsostek.h"
#include "numutil.h"
#include "summary.h"

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

/*
 * shortfall_agg on integer counts.  Each row's shortfall is a whole
 * number, and for integer counts and a target of up to ~19 decimals it is
 * computed in 128 bits (decimal.c) and summed in 128 bits: no numeric per
 * row.  A row that does not fit takes the numeric path, and the sum turns
 * numeric (a JamSum) if it ever must.  The state is ours, so it comes
 * with its own combine, serialize and deserialize functions.
 */
typedef struct ShortfallState
{
	int64		rows;			/* rows with a shortfall (population > 0) */
	JamSum		sum;			/* a numeric sum lives in the aggregate context */
} ShortfallState;

static ShortfallState *
sf_state(FunctionCallInfo fcinfo, MemoryContext *aggctx)
{
	ShortfallState *st;

	if (!AggCheckCallContext(fcinfo, aggctx))
		elog(ERROR, "shortfall_agg state function called in non-aggregate context");
	if (!PG_ARGISNULL(0))
		return (ShortfallState *) PG_GETARG_POINTER(0);
	st = (ShortfallState *) MemoryContextAlloc(*aggctx, sizeof(ShortfallState));
	st->rows = 0;
	jam_sum_zero(&st->sum);
	return st;
}

/*
 * st->sum += sign * add.  The 128-bit case changes the state in place;
 * otherwise the arithmetic runs in the per-row context and only its
 * result is copied into the aggregate context (the old one is freed), so
 * memory stays flat however many rows take the numeric path.
 */
static void
sf_apply(ShortfallState *st, MemoryContext aggctx, const JamSum *add, int sign)
{
	JamSum		tmp = st->sum;

	if (sign > 0)
		jam_sum_add(&tmp, add);
	else
		jam_sum_sub(&tmp, add);
	if (tmp.is_num && tmp.n != st->sum.n)
	{
		Numeric		copy = (Numeric) MemoryContextAlloc(aggctx, VARSIZE(tmp.n));

		memcpy(copy, tmp.n, VARSIZE(tmp.n));
		if (st->sum.is_num)
			pfree(st->sum.n);
		tmp.n = copy;
	}
	st->sum = tmp;
}

static void
sf_step_int(FunctionCallInfo fcinfo, ShortfallState *st, MemoryContext aggctx,
			int64 covered, int64 population, int sign)
{
	Numeric		target_ratio = PG_GETARG_NUMERIC(3);
	JamDec		c = {covered, 0};
	JamDec		p = {population, 0};
	JamDec		t,
				need;
	JamSum		add;

	jam_check_count_int64(covered, "covered");
	jam_check_count_int64(population, "population");
	jam_check_target_ratio(target_ratio, "target_ratio");
	if (population == 0)
		return;					/* no ratio, so no shortfall: not counted */

	jam_sum_zero(&add);
	if (jam_dec_decode(target_ratio, &t) && jam_dec_shortfall(&c, &p, &t, &need))
		add.i = need.coef;
	else
		jam_sum_add_numeric(&add,
							jam_coverage_shortfall(jam_num_from_int64(covered),
												   jam_num_from_int64(population),
												   target_ratio));
	sf_apply(st, aggctx, &add, sign);
	st->rows = jam_rows_add(st->rows, sign, "shortfall_agg");
}

/* Not STRICT (the state starts NULL): rows with a NULL argument are skipped. */
#define SF_TRANS_INT(fname, getter, sign) \
PG_FUNCTION_INFO_V1(fname); \
Datum \
fname(PG_FUNCTION_ARGS) \
{ \
	MemoryContext aggctx; \
	ShortfallState *st = sf_state(fcinfo, &aggctx); \
 \
	if (!PG_ARGISNULL(1) && !PG_ARGISNULL(2) && !PG_ARGISNULL(3)) \
		sf_step_int(fcinfo, st, aggctx, getter(1), getter(2), sign); \
	PG_RETURN_POINTER(st); \
}

SF_TRANS_INT(shortfall_trans_int2, PG_GETARG_INT16, 1)
SF_TRANS_INT(shortfall_trans_int4, PG_GETARG_INT32, 1)
SF_TRANS_INT(shortfall_trans_int8, PG_GETARG_INT64, 1)
SF_TRANS_INT(shortfall_inv_int2, PG_GETARG_INT16, -1)
SF_TRANS_INT(shortfall_inv_int4, PG_GETARG_INT32, -1)
SF_TRANS_INT(shortfall_inv_int8, PG_GETARG_INT64, -1)

PG_FUNCTION_INFO_V1(shortfall_int_combine);
Datum
shortfall_int_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggctx;
	ShortfallState *st;
	ShortfallState *other;

	if (!AggCheckCallContext(fcinfo, &aggctx))
		elog(ERROR, "shortfall_agg combine function called in non-aggregate context");
	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_POINTER(PG_GETARG_POINTER(0));
	}
	other = (ShortfallState *) PG_GETARG_POINTER(1);
	st = sf_state(fcinfo, &aggctx);
	sf_apply(st, aggctx, &other->sum, 1);
	st->rows = jam_rows_add(st->rows, other->rows, "shortfall_agg");
	PG_RETURN_POINTER(st);
}

PG_FUNCTION_INFO_V1(shortfall_int_serialize);
Datum
shortfall_int_serialize(PG_FUNCTION_ARGS)
{
	ShortfallState *st = (ShortfallState *) PG_GETARG_POINTER(0);
	StringInfoData buf;

	if (!AggCheckCallContext(fcinfo, NULL))
		elog(ERROR, "shortfall_agg serialize function called in non-aggregate context");
	pq_begintypsend(&buf);
	pq_sendint64(&buf, st->rows);
	jam_sum_send(&buf, &st->sum);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(shortfall_int_deserialize);
Datum
shortfall_int_deserialize(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;
	ShortfallState *st;

	if (!AggCheckCallContext(fcinfo, NULL))
		elog(ERROR, "shortfall_agg deserialize function called in non-aggregate context");
	/* a read-only view of the bytes; the combine function copies what it keeps */
	buf.data = VARDATA_ANY(b);
	buf.len = VARSIZE_ANY_EXHDR(b);
	buf.maxlen = buf.len;
	buf.cursor = 0;
	st = (ShortfallState *) palloc(sizeof(ShortfallState));
	st->rows = pq_getmsgint64(&buf);
	jam_sum_recv(&buf, &st->sum, "shortfall_agg state");
	pq_getmsgend(&buf);
	PG_RETURN_POINTER(st);
}

PG_FUNCTION_INFO_V1(shortfall_int_final);
Datum
shortfall_int_final(PG_FUNCTION_ARGS)
{
	ShortfallState *st;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = (ShortfallState *) PG_GETARG_POINTER(0);
	if (st->rows == 0)
		PG_RETURN_NULL();
	PG_RETURN_NUMERIC(jam_sum_numeric(&st->sum));
}
