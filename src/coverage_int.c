/*-------------------------------------------------------------------------
 *
 * coverage_int.c
 *	  Integer entry points for the per-row coverage functions, and the
 *	  planner support function that routes calls on integer columns to
 *	  them.
 *
 * coverage_ratio, coverage_pct and coverage_shortfall are declared with
 * numeric count arguments only, so that any mix of smallint, integer,
 * bigint, numeric, NULL and untyped literals resolves without ambiguity.
 * The price would be a cast to numeric of every integer argument, on every
 * row.  Instead, their support function looks at each call when the query
 * is planned: when both counts are integer values cast to numeric, it
 * replaces the call with one of the *_int functions below on the integers
 * themselves (widened to bigint, a by-value cast).  Results, NULLs and
 * errors are exactly those of the numeric functions.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"
#include "compat.h"

#include "catalog/pg_type_d.h"
#include "fmgr.h"
#include "nodes/makefuncs.h"
#include "nodes/nodeFuncs.h"
#include "nodes/supportnodes.h"
#include "parser/parse_func.h"
#include "utils/fmgroids.h"
#include "utils/lsyscache.h"

#include "args.h"
#include "decimal.h"
#include "jamsostek.h"
#include "numutil.h"

/* ---- integer entry points ---- */

PG_FUNCTION_INFO_V1(jamsostek_coverage_ratio_int);
Datum
jamsostek_coverage_ratio_int(PG_FUNCTION_ARGS)
{
	JamDec		c = {PG_GETARG_INT64(0), 0};
	JamDec		p = {PG_GETARG_INT64(1), 0};
	JamDec		q;
	Numeric		result;

	jam_check_count_int64((int64) c.coef, "covered");
	jam_check_count_int64((int64) p.coef, "population");
	if (p.coef == 0)
		PG_RETURN_NULL();
	result = jam_udiv64_to_numeric((uint64) c.coef, (uint64) p.coef,
								   jam_div_scale_u64((uint64) c.coef,
													 (uint64) p.coef));
	if (result != NULL)
		PG_RETURN_NUMERIC(result);
	/* a bigint times 10^20 always fits in 128 bits, but be sure */
	if (!jam_dec_div(&c, &p, &q))
		PG_RETURN_NUMERIC(jam_coverage_ratio(jam_num_from_int64(PG_GETARG_INT64(0)),
											 jam_num_from_int64(PG_GETARG_INT64(1))));
	PG_RETURN_NUMERIC(jam_dec_to_numeric(&q));
}

PG_FUNCTION_INFO_V1(jamsostek_coverage_pct_int);
Datum
jamsostek_coverage_pct_int(PG_FUNCTION_ARGS)
{
	JamDec		c = {PG_GETARG_INT64(0), 0};
	JamDec		p = {PG_GETARG_INT64(1), 0};
	int32		digits = PG_GETARG_INT32(2);
	JamDec		q;

	jam_check_count_int64((int64) c.coef, "covered");
	jam_check_count_int64((int64) p.coef, "population");
	jam_check_digits(digits);
	if (p.coef == 0)
		PG_RETURN_NULL();
	if (digits >= 0 && c.coef <= (int128) (PG_UINT64_MAX / 100))
	{
		Numeric		result = jam_udiv64_to_numeric((uint64) c.coef * 100,
												   (uint64) p.coef, digits);

		if (result != NULL)
			PG_RETURN_NUMERIC(result);
	}
	if (!jam_dec_div_round(&c, 2, &p, digits, &q))
		PG_RETURN_NUMERIC(jam_coverage_pct(jam_num_from_int64(PG_GETARG_INT64(0)),
										   jam_num_from_int64(PG_GETARG_INT64(1)),
										   digits));
	PG_RETURN_NUMERIC(jam_dec_to_numeric(&q));
}

PG_FUNCTION_INFO_V1(jamsostek_coverage_shortfall_int);
Datum
jamsostek_coverage_shortfall_int(PG_FUNCTION_ARGS)
{
	JamDec		c = {PG_GETARG_INT64(0), 0};
	JamDec		p = {PG_GETARG_INT64(1), 0};
	Numeric		target_ratio = PG_GETARG_NUMERIC(2);
	JamDec		t,
				need;

	jam_check_count_int64((int64) c.coef, "covered");
	jam_check_count_int64((int64) p.coef, "population");
	jam_check_target_ratio(target_ratio, "target_ratio");
	if (p.coef == 0)
		PG_RETURN_NULL();
	if (jam_dec_decode(target_ratio, &t) && jam_dec_shortfall(&c, &p, &t, &need))
		PG_RETURN_NUMERIC(jam_dec_to_numeric(&need));
	PG_RETURN_NUMERIC(jam_coverage_shortfall(jam_num_from_int64(PG_GETARG_INT64(0)),
											 jam_num_from_int64(PG_GETARG_INT64(1)),
											 target_ratio));
}

/* ---- planner support ---- */

/*
 * If 'arg' is an integer expression cast to numeric, return that
 * expression as a bigint one; otherwise NULL.
 */
static Node *
integer_source(Node *arg)
{
	FuncExpr   *cast;
	Node	   *inner;

	if (!IsA(arg, FuncExpr))
		return NULL;
	cast = (FuncExpr *) arg;
	if (list_length(cast->args) != 1)
		return NULL;
	inner = linitial(cast->args);
	switch (cast->funcid)
	{
		case F_NUMERIC_INT8:
			return inner;
		case F_NUMERIC_INT4:
			return (Node *) makeFuncExpr(F_INT8_INT4, INT8OID, list_make1(inner),
										 InvalidOid, InvalidOid,
										 COERCE_IMPLICIT_CAST);
		case F_NUMERIC_INT2:
			return (Node *) makeFuncExpr(F_INT8_INT2, INT8OID, list_make1(inner),
										 InvalidOid, InvalidOid,
										 COERCE_IMPLICIT_CAST);
		default:
			return NULL;
	}
}

/*
 * SupportRequestSimplify for coverage_ratio(numeric, numeric),
 * coverage_pct(numeric, numeric, integer) and
 * coverage_shortfall(numeric, numeric, numeric): the first two arguments
 * are the counts.  The integer function is found by name in the schema of
 * the function being simplified, so it is always the extension's own.
 */
PG_FUNCTION_INFO_V1(jamsostek_count_support);
Datum
jamsostek_count_support(PG_FUNCTION_ARGS)
{
	Node	   *rawreq = (Node *) PG_GETARG_POINTER(0);
	SupportRequestSimplify *req;
	FuncExpr   *fexpr;
	Node	   *covered,
			   *population;
	char	   *fname;
	char	   *schema;
	Oid			argtypes[3];
	List	   *args;
	Oid			target;
	FuncExpr   *newexpr;

	if (!IsA(rawreq, SupportRequestSimplify))
		PG_RETURN_POINTER(NULL);
	req = (SupportRequestSimplify *) rawreq;
	fexpr = req->fcall;
	if (list_length(fexpr->args) < 2)
		PG_RETURN_POINTER(NULL);
	covered = integer_source(linitial(fexpr->args));
	population = integer_source(lsecond(fexpr->args));
	if (covered == NULL || population == NULL)
		PG_RETURN_POINTER(NULL);

	fname = get_func_name(fexpr->funcid);
	schema = get_namespace_name(get_func_namespace(fexpr->funcid));
	if (fname == NULL || schema == NULL)
		PG_RETURN_POINTER(NULL);

	argtypes[0] = INT8OID;
	argtypes[1] = INT8OID;
	args = list_make2(covered, population);
	if (list_length(fexpr->args) == 3)
	{
		Node	   *third = lthird(fexpr->args);

		argtypes[2] = exprType(third);
		args = lappend(args, third);
	}
	target = LookupFuncName(list_make2(makeString(schema),
									   makeString(psprintf("%s_int", fname))),
							list_length(args), argtypes, true);
	if (!OidIsValid(target))
		PG_RETURN_POINTER(NULL);

	newexpr = makeFuncExpr(target, fexpr->funcresulttype, args,
						   fexpr->funccollid, fexpr->inputcollid,
						   COERCE_EXPLICIT_CALL);
	newexpr->location = fexpr->location;
	PG_RETURN_POINTER(newexpr);
}
