/*-------------------------------------------------------------------------
 *
 * coverage_agg.c
 *	  The coverage_summary type and the coverage aggregates:
 *	  coverage_agg, coverage_summary, rollup(coverage_summary),
 *	  coverage_mean_agg and shortfall_agg.
 *
 * A coverage_summary keeps the parts of a pooled ratio, Σ covered and
 * Σ population over the rows where both are present, and the number of
 * those rows.  Sums of sums are sums, so summaries roll up exactly (a
 * district x month materialized view rolls up to province x year), where a
 * mean of ratios would not.  The summary is the state of coverage_agg too:
 * a real type rather than 'internal', so it needs no serialize/deserialize
 * pair and distributed planners (Citus) can ship partial states.
 *
 * Stored form (a varlena, 48 bytes for integer inputs):
 *	int32 vl_len_; uint8 version; uint8 flags; uint16 unused; int64 rows;
 *	then the two sums, covered and population, as int128 or, with
 *	CS_NUMERIC set, as numerics (see summary.h).
 *
 * Transition functions update the state in place when called as an
 * aggregate (the state then lives in the aggregate's memory context and is
 * ours to change), so memory does not grow with the number of rows.  A
 * state that must change size (the first fractional input) is rebuilt in
 * the per-call context and returned; the executor copies it into the
 * aggregate context and frees the old one.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"
#include "compat.h"

#include "fmgr.h"
#include "libpq/pqformat.h"
#include "nodes/execnodes.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/numeric.h"

#include "args.h"
#include "jamsostek.h"
#include "numutil.h"
#include "summary.h"

#define CS_NUMERIC	0x01		/* sums are numerics */
#define CS_FLAGS	CS_NUMERIC	/* every flag this version knows */

typedef struct CoverageSummary
{
	int32		vl_len_;
	uint8		version;
	uint8		flags;
	uint16		unused;
	int64		rows;
	char		sums[FLEXIBLE_ARRAY_MEMBER];
} CoverageSummary;

#define CS_HDRSZ	offsetof(CoverageSummary, sums)
#define CS_FIXEDSZ	(CS_HDRSZ + 2 * sizeof(int128))

#define PG_GETARG_CS(n)		((CoverageSummary *) PG_DETOAST_DATUM(PG_GETARG_DATUM(n)))
#define PG_RETURN_CS(x)		PG_RETURN_POINTER(x)

static const char *cs_typname = "coverage_summary";

/* Unpacked form, for everything but the in-place fast paths. */
typedef struct CovParts
{
	int64		rows;
	JamSum		covered;
	JamSum		population;
} CovParts;

static void
cs_unpack(const CoverageSummary *s, CovParts *parts)
{
	JamSum		sums[2];

	if (s->version != JAM_SUMMARY_VERSION || (s->flags & ~CS_FLAGS) != 0)
		elog(ERROR, "corrupt coverage_summary: version %d, flags %d",
			 s->version, s->flags);
	jam_sums_read(s->sums, sums, 2, (s->flags & CS_NUMERIC) != 0);
	parts->rows = s->rows;
	parts->covered = sums[0];
	parts->population = sums[1];
}

static CoverageSummary *
cs_pack(const CovParts *parts)
{
	JamSum		sums[2];
	bool		as_num;
	Size		size;
	CoverageSummary *s;

	sums[0] = parts->covered;
	sums[1] = parts->population;
	as_num = jam_sums_need_numeric(sums, 2);
	size = CS_HDRSZ + jam_sums_size(sums, 2, as_num);
	s = (CoverageSummary *) palloc0(size);
	SET_VARSIZE(s, size);
	s->version = JAM_SUMMARY_VERSION;
	s->flags = as_num ? CS_NUMERIC : 0;
	s->rows = parts->rows;
	jam_sums_write(s->sums, sums, 2, as_num);
	return s;
}

/*
 * The summary's invariants (sumcheck.c), raised with 'sqlerrcode': every
 * path that makes a summary from outside data or takes rows away ends
 * here.  'what' is the input text (22P02) or what was done (22023).
 */
static void
cs_check_parts(const CovParts *parts, int sqlerrcode, const char *what)
{
	JamSummaryFacts f;

	memset(&f, 0, sizeof(f));
	f.growth = false;
	f.rows = parts->rows;
	jam_sum_facts(&parts->covered, &f.sign[0], &f.finite[0]);
	jam_sum_facts(&parts->population, &f.sign[1], &f.finite[1]);
	jam_summary_check(&f, sqlerrcode, cs_typname, what);
}

/* a += sign * b, sums and rows; removing checks the result is possible */
static void
cs_parts_apply(CovParts *a, const JamSum *covered, const JamSum *population,
			   int64 rows, int sign)
{
	if (sign > 0)
	{
		a->rows = jam_rows_add(a->rows, rows, cs_typname);
		jam_sum_add(&a->covered, covered);
		jam_sum_add(&a->population, population);
	}
	else
	{
		jam_sum_sub(&a->covered, covered);
		jam_sum_sub(&a->population, population);
		a->rows -= rows;
		cs_check_parts(a, ERRCODE_INVALID_PARAMETER_VALUE, "removing rows");
	}
}

/* ---- I/O ---- */

static const char *const cs_field_names[] = {"covered", "population", "rows"};
static const JamLayout cs_layout = {cs_field_names, 3, 0};

/* The scanned fields' values; false (and the culprit in sc) if one is bad. */
static bool
cs_parts_in(JamScan *sc, const JamSpan *v, CovParts *parts)
{
	int128		rows;

	if (!jam_sum_in(v[0].start, v[0].len, &parts->covered))
		return jam_sum_in_fail(sc, &v[0], "covered");
	if (!jam_sum_in(v[1].start, v[1].len, &parts->population))
		return jam_sum_in_fail(sc, &v[1], "population");
	if (!jam_text_to_int128(v[2].start, v[2].len, &rows) ||
		rows < 0 || rows > PG_INT64_MAX)
		return jam_scan_fail(sc, v[2].start, "Invalid row count");
	parts->rows = (int64) rows;
	return true;
}

PG_FUNCTION_INFO_V1(coverage_summary_in);
Datum
coverage_summary_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	JamScan		sc;
	JamSpan		v[3];
	CovParts	parts;

	jam_scan_init(&sc, str);
	if (!jam_scan_layout(&sc, &cs_layout, v) || !cs_parts_in(&sc, v, &parts))
		jam_scan_error(&sc, "coverage_summary");

	cs_check_parts(&parts, ERRCODE_INVALID_TEXT_REPRESENTATION, str);
	PG_RETURN_CS(cs_pack(&parts));
}

PG_FUNCTION_INFO_V1(coverage_summary_out);
Datum
coverage_summary_out(PG_FUNCTION_ARGS)
{
	CoverageSummary *s = PG_GETARG_CS(0);
	CovParts	parts;
	StringInfoData buf;

	cs_unpack(s, &parts);
	initStringInfo(&buf);
	appendStringInfoString(&buf, "(v1,covered:");
	jam_sum_out(&buf, &parts.covered);
	appendStringInfoString(&buf, ",population:");
	jam_sum_out(&buf, &parts.population);
	appendStringInfo(&buf, ",rows:" INT64_FORMAT ")", parts.rows);
	PG_RETURN_CSTRING(buf.data);
}

PG_FUNCTION_INFO_V1(coverage_summary_send);
Datum
coverage_summary_send(PG_FUNCTION_ARGS)
{
	CoverageSummary *s = PG_GETARG_CS(0);
	CovParts	parts;
	StringInfoData buf;

	cs_unpack(s, &parts);
	pq_begintypsend(&buf);
	pq_sendbyte(&buf, JAM_SUMMARY_VERSION);
	pq_sendint64(&buf, parts.rows);
	jam_sum_send(&buf, &parts.covered);
	jam_sum_send(&buf, &parts.population);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(coverage_summary_recv);
Datum
coverage_summary_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	JamWireSummary w;
	CovParts	parts;

	jam_wire_recv(buf, false, &w, cs_typname);
	parts.rows = w.rows;
	jam_sum_from_wire(&w.sums[0], &parts.covered);
	jam_sum_from_wire(&w.sums[1], &parts.population);
	cs_check_parts(&parts, ERRCODE_INVALID_BINARY_REPRESENTATION, NULL);
	PG_RETURN_CS(cs_pack(&parts));
}

/* ---- transition ---- */

/*
 * The state to update: in place when we are an aggregate (the executor
 * gave us a state in its own context), a copy otherwise, so that a direct
 * call never changes its argument.
 */
static inline CoverageSummary *
cs_state(FunctionCallInfo fcinfo)
{
	struct varlena *v = (struct varlena *) PG_GETARG_POINTER(0);

	/* AggCheckCallContext's test, inline: this runs for every row */
	if (fcinfo->context != NULL &&
		(IsA(fcinfo->context, AggState) || IsA(fcinfo->context, WindowAggState)))
		return VARATT_IS_EXTENDED(v) ? PG_GETARG_CS(0) : (CoverageSummary *) v;
	return (CoverageSummary *) PG_DETOAST_DATUM_COPY(PG_GETARG_DATUM(0));
}

/*
 * Add (sign = 1) or remove (sign = -1, the moving-aggregate inverse) one
 * row of whole numbers.  The fixed form changes in place; overflow (only
 * possible after ~2^64 rows) falls back to the numeric form.
 */
static CoverageSummary *
cs_step_int(CoverageSummary *s, int64 covered, int64 population, int sign)
{
	CovParts	parts;
	JamSum		c,
				p;

	if (!(s->flags & CS_NUMERIC))
	{
		int128		ci = jam_load_int128(s->sums);
		int128		pi = jam_load_int128(s->sums + sizeof(int128));

		/*
		 * Removing must leave a summary that could exist: a window never
		 * removes what it did not add, but the inverse is also callable by
		 * hand, and the slow path below reports the impossible result.
		 */
		if (!__builtin_add_overflow(ci, (int128) sign * covered, &ci) &&
			!__builtin_add_overflow(pi, (int128) sign * population, &pi) &&
			(sign > 0 ||
			 (ci >= 0 && pi >= 0 && s->rows > 0 &&
			  (s->rows > 1 || (ci == 0 && pi == 0)))))
		{
			s->rows = jam_rows_add(s->rows, sign, cs_typname);
			jam_store_int128(s->sums, ci);
			jam_store_int128(s->sums + sizeof(int128), pi);
			return s;
		}
	}
	cs_unpack(s, &parts);
	jam_sum_zero(&c);
	jam_sum_zero(&p);
	jam_sum_add_int64(&c, covered);
	jam_sum_add_int64(&p, population);
	cs_parts_apply(&parts, &c, &p, 1, sign);
	return cs_pack(&parts);
}

static CoverageSummary *
cs_step_numeric(CoverageSummary *s, Numeric covered, Numeric population,
				int sign)
{
	CovParts	parts;
	JamSum		c,
				p;

	jam_sum_zero(&c);
	jam_sum_zero(&p);
	jam_sum_add_numeric(&c, covered);
	jam_sum_add_numeric(&p, population);
	/* whole numbers in range take the in-place integer path */
	if (!c.is_num && !p.is_num &&
		c.i >= PG_INT64_MIN && c.i <= PG_INT64_MAX &&
		p.i >= PG_INT64_MIN && p.i <= PG_INT64_MAX)
		return cs_step_int(s, (int64) c.i, (int64) p.i, sign);

	cs_unpack(s, &parts);
	cs_parts_apply(&parts, &c, &p, 1, sign);
	return cs_pack(&parts);
}

/*
 * One entry point per argument type.  The SQL functions are STRICT, so the
 * executor skips rows where covered or population is NULL: exactly the
 * pooled ratio's "rows where both are present".
 */
#define CS_TRANS_INT(fname, getter, sign) \
PG_FUNCTION_INFO_V1(fname); \
Datum \
fname(PG_FUNCTION_ARGS) \
{ \
	int64		covered = getter(1); \
	int64		population = getter(2); \
 \
	jam_check_count_int64(covered, "covered"); \
	jam_check_count_int64(population, "population"); \
	PG_RETURN_CS(cs_step_int(cs_state(fcinfo), covered, population, sign)); \
}

CS_TRANS_INT(coverage_summary_trans_int2, PG_GETARG_INT16, 1)
CS_TRANS_INT(coverage_summary_trans_int4, PG_GETARG_INT32, 1)
CS_TRANS_INT(coverage_summary_trans_int8, PG_GETARG_INT64, 1)
CS_TRANS_INT(coverage_summary_inv_int2, PG_GETARG_INT16, -1)
CS_TRANS_INT(coverage_summary_inv_int4, PG_GETARG_INT32, -1)
CS_TRANS_INT(coverage_summary_inv_int8, PG_GETARG_INT64, -1)

static Datum
cs_trans_numeric(FunctionCallInfo fcinfo, int sign)
{
	Numeric		covered;
	Numeric		population;
	JamDec		c,
				p;
	bool		fast;

	/* whole counts in a numeric column: read in place, add as integers */
	fast = jam_check_count_datum(PG_GETARG_DATUM(1), "covered", &c);
	fast = jam_check_count_datum(PG_GETARG_DATUM(2), "population", &p) && fast;
	if (fast && c.scale == 0 && p.scale == 0 &&
		c.coef <= PG_INT64_MAX && p.coef <= PG_INT64_MAX)
		PG_RETURN_CS(cs_step_int(cs_state(fcinfo), (int64) c.coef,
								 (int64) p.coef, sign));

	covered = PG_GETARG_NUMERIC(1);
	population = PG_GETARG_NUMERIC(2);
	jam_check_count(covered, "covered");
	jam_check_count(population, "population");
	PG_RETURN_CS(cs_step_numeric(cs_state(fcinfo), covered, population, sign));
}

PG_FUNCTION_INFO_V1(coverage_summary_trans_numeric);
Datum
coverage_summary_trans_numeric(PG_FUNCTION_ARGS)
{
	return cs_trans_numeric(fcinfo, 1);
}

PG_FUNCTION_INFO_V1(coverage_summary_inv_numeric);
Datum
coverage_summary_inv_numeric(PG_FUNCTION_ARGS)
{
	return cs_trans_numeric(fcinfo, -1);
}

/*
 * Combine two summaries (sign 1), or remove the second from the first
 * (sign -1, rollup's inverse).  Order-independent and exact: integer sums
 * add as integers, anything else as numerics.
 */
static Datum
cs_merge(FunctionCallInfo fcinfo, int sign)
{
	CoverageSummary *s = cs_state(fcinfo);
	CoverageSummary *t = PG_GETARG_CS(1);
	CovParts	a,
				b;

	if (!(s->flags & CS_NUMERIC) && !(t->flags & CS_NUMERIC))
	{
		int128		tc = jam_load_int128(t->sums);
		int128		tp = jam_load_int128(t->sums + sizeof(int128));
		int64		rows = sign > 0 ? jam_rows_add(s->rows, t->rows, cs_typname) :
			s->rows - t->rows;

		if (sign < 0)
		{
			tc = -tc;
			tp = -tp;
		}
		if (jam_add_int128_at(s->sums, tc))
		{
			if (jam_add_int128_at(s->sums + sizeof(int128), tp))
			{
				s->rows = rows;
				if (sign < 0)
				{
					cs_unpack(s, &a);
					cs_check_parts(&a, ERRCODE_INVALID_PARAMETER_VALUE,
								   "removing a coverage_summary");
				}
				PG_RETURN_CS(s);
			}
			/* undo the first half before taking the general path */
			jam_add_int128_at(s->sums, -tc);
		}
	}
	cs_unpack(s, &a);
	cs_unpack(t, &b);
	cs_parts_apply(&a, &b.covered, &b.population, b.rows, sign);
	PG_RETURN_CS(cs_pack(&a));
}

PG_FUNCTION_INFO_V1(coverage_summary_combine);
Datum
coverage_summary_combine(PG_FUNCTION_ARGS)
{
	return cs_merge(fcinfo, 1);
}

PG_FUNCTION_INFO_V1(coverage_summary_uncombine);
Datum
coverage_summary_uncombine(PG_FUNCTION_ARGS)
{
	return cs_merge(fcinfo, -1);
}

/* ---- results and accessors ---- */

static void
cs_totals(FunctionCallInfo fcinfo, CovParts *parts)
{
	cs_unpack(PG_GETARG_CS(0), parts);
}

/*
 * The pooled sums of the summary argument, as numerics; false when there
 * is no ratio (no rows, or zero population), which every ratio accessor
 * turns into NULL.
 */
static bool
cs_pooled(FunctionCallInfo fcinfo, Numeric *covered, Numeric *population)
{
	CovParts	parts;

	cs_totals(fcinfo, &parts);
	if (parts.rows == 0 || jam_sum_sign(&parts.population) == 0)
		return false;
	*covered = jam_sum_numeric(&parts.covered);
	*population = jam_sum_numeric(&parts.population);
	return true;
}

/*
 * The sums as whole numbers below 2^64 with a positive population, which
 * is every real summary: then the ratio is one 64-bit long division
 * written straight into a numeric.  This is the final function of
 * coverage_agg, called for every row of a moving window.
 */
static bool
cs_sums_u64(FunctionCallInfo fcinfo, uint64 *covered, uint64 *population)
{
	const CoverageSummary *s = PG_GETARG_CS(0);
	int128		c,
				p;

	if (s->version != JAM_SUMMARY_VERSION || s->flags != 0 || s->rows <= 0)
		return false;
	c = jam_load_int128(s->sums);
	p = jam_load_int128(s->sums + sizeof(int128));
	if (c < 0 || c > (int128) PG_UINT64_MAX || p <= 0 || p > (int128) PG_UINT64_MAX)
		return false;
	*covered = (uint64) c;
	*population = (uint64) p;
	return true;
}

PG_FUNCTION_INFO_V1(coverage_summary_ratio);
Datum
coverage_summary_ratio(PG_FUNCTION_ARGS)
{
	Numeric		covered,
				population;
	uint64		c,
				p;

	if (cs_sums_u64(fcinfo, &c, &p))
	{
		Numeric		result = jam_udiv64_to_numeric(c, p, jam_div_scale_u64(c, p));

		if (result != NULL)
			PG_RETURN_NUMERIC(result);
	}
	if (!cs_pooled(fcinfo, &covered, &population))
		PG_RETURN_NULL();
	PG_RETURN_NUMERIC(jam_coverage_ratio(covered, population));
}

PG_FUNCTION_INFO_V1(coverage_summary_pct);
Datum
coverage_summary_pct(PG_FUNCTION_ARGS)
{
	int32		digits = PG_GETARG_INT32(1);
	Numeric		covered,
				population;

	uint64		c,
				p;

	jam_check_digits(digits);
	if (digits >= 0 && cs_sums_u64(fcinfo, &c, &p) && c <= PG_UINT64_MAX / 100)
	{
		Numeric		result = jam_udiv64_to_numeric(c * 100, p, digits);

		if (result != NULL)
			PG_RETURN_NUMERIC(result);
	}
	if (!cs_pooled(fcinfo, &covered, &population))
		PG_RETURN_NULL();
	PG_RETURN_NUMERIC(jam_coverage_pct(covered, population, digits));
}

PG_FUNCTION_INFO_V1(coverage_summary_shortfall);
Datum
coverage_summary_shortfall(PG_FUNCTION_ARGS)
{
	Numeric		target_ratio = PG_GETARG_NUMERIC(1);
	Numeric		covered,
				population;

	jam_check_target_ratio(target_ratio, "target_ratio");
	if (!cs_pooled(fcinfo, &covered, &population))
		PG_RETURN_NULL();
	PG_RETURN_NUMERIC(jam_coverage_shortfall(covered, population, target_ratio));
}

PG_FUNCTION_INFO_V1(coverage_summary_covered);
Datum
coverage_summary_covered(PG_FUNCTION_ARGS)
{
	CovParts	parts;

	cs_totals(fcinfo, &parts);
	PG_RETURN_NUMERIC(jam_sum_numeric(&parts.covered));
}

PG_FUNCTION_INFO_V1(coverage_summary_population);
Datum
coverage_summary_population(PG_FUNCTION_ARGS)
{
	CovParts	parts;

	cs_totals(fcinfo, &parts);
	PG_RETURN_NUMERIC(jam_sum_numeric(&parts.population));
}

PG_FUNCTION_INFO_V1(coverage_summary_rows);
Datum
coverage_summary_rows(PG_FUNCTION_ARGS)
{
	CovParts	parts;

	cs_totals(fcinfo, &parts);
	PG_RETURN_INT64(parts.rows);
}
