/*-------------------------------------------------------------------------
 *
 * growth_agg.c
 *	  The growth_summary type and the growth aggregates: growth_agg,
 *	  cagr_agg, growth_summary and rollup(growth_summary).
 *
 * Growth of a group is the growth of its total from its earliest to its
 * latest period, with rows sharing a period summed.  Hand-written SQL needs
 * per-period totals and then a window or DISTINCT ON to find the first and
 * last of them; a growth_summary finds both in one pass: it keeps the
 * earliest period and its running total, and the latest and its total.
 * Two summaries combine exactly and in any order (the earlier first period
 * wins, equal ones add), so the aggregates run in parallel and summaries
 * roll up.  There is no inverse: dropping a row can uncover an earlier
 * period the summary no longer knows.
 *
 * Stored form: int32 vl_len_; uint8 version, flags (GS_NUMERIC), kind (the
 * period type), unused; int64 rows, first, last (a year, a date's day
 * number or a timestamp's microseconds); then first_total and last_total
 * as int128 or numerics (see summary.h).
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"
#include "compat.h"

#include "datatype/timestamp.h"
#include "fmgr.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/fmgrprotos.h"
#include "utils/numeric.h"
#include "utils/timestamp.h"

#include "args.h"
#include "jamsostek.h"
#include "numutil.h"
#include "summary.h"

#define GS_NUMERIC	0x01
#define GS_FLAGS	GS_NUMERIC

/* What the periods are; a summary of no rows has none yet. */
typedef enum PeriodKind
{
	PK_NONE = 0,
	PK_YEAR,
	PK_DATE,
	PK_TIMESTAMP,
	PK_TIMESTAMPTZ
} PeriodKind;

static const char *const pk_names[] = {"none", "year", "date", "timestamp", "timestamptz"};

typedef struct GrowthSummary
{
	int32		vl_len_;
	uint8		version;
	uint8		flags;
	uint8		kind;
	uint8		unused;
	int64		rows;
	int64		first;
	int64		last;
	char		sums[FLEXIBLE_ARRAY_MEMBER];
} GrowthSummary;

#define GS_HDRSZ	offsetof(GrowthSummary, sums)
#define GS_FIRST(s)	((s)->sums)
#define GS_LAST(s)	((s)->sums + sizeof(int128))

#define PG_GETARG_GS(n)		((GrowthSummary *) PG_DETOAST_DATUM(PG_GETARG_DATUM(n)))

static const char *gs_typname = "growth_summary";

typedef struct GrowthParts
{
	int			kind;
	int64		rows;
	int64		first;
	int64		last;
	JamSum		first_total;
	JamSum		last_total;
} GrowthParts;

static void
gs_unpack(const GrowthSummary *s, GrowthParts *g)
{
	JamSum		sums[2];

	if (s->version != JAM_SUMMARY_VERSION || (s->flags & ~GS_FLAGS) != 0 ||
		s->kind > PK_TIMESTAMPTZ)
		elog(ERROR, "corrupt growth_summary: version %d, flags %d, kind %d",
			 s->version, s->flags, s->kind);
	jam_sums_read(s->sums, sums, 2, (s->flags & GS_NUMERIC) != 0);
	g->kind = s->kind;
	g->rows = s->rows;
	g->first = s->first;
	g->last = s->last;
	g->first_total = sums[0];
	g->last_total = sums[1];
}

static GrowthSummary *
gs_pack(const GrowthParts *g)
{
	JamSum		sums[2];
	bool		as_num;
	Size		size;
	GrowthSummary *s;

	sums[0] = g->first_total;
	sums[1] = g->last_total;
	as_num = jam_sums_need_numeric(sums, 2);
	size = GS_HDRSZ + jam_sums_size(sums, 2, as_num);
	s = (GrowthSummary *) palloc0(size);
	SET_VARSIZE(s, size);
	s->version = JAM_SUMMARY_VERSION;
	s->flags = as_num ? GS_NUMERIC : 0;
	s->kind = (uint8) g->kind;
	s->rows = g->rows;
	s->first = g->first;
	s->last = g->last;
	jam_sums_write(s->sums, sums, 2, as_num);
	return s;
}

static GrowthSummary *
gs_state(FunctionCallInfo fcinfo)
{
	if (AggCheckCallContext(fcinfo, NULL))
		return PG_GETARG_GS(0);
	return (GrowthSummary *) PG_DETOAST_DATUM_COPY(PG_GETARG_DATUM(0));
}

static void
gs_check_kind(int have, int add)
{
	if (have != PK_NONE && add != PK_NONE && have != add)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot combine growth summaries over %s and %s periods",
						pk_names[have], pk_names[add]),
				 errhint("Summarise every group over the same period type.")));
}

/*
 * The summary's invariants (sumcheck.c), raised with 'sqlerrcode': the
 * one check behind text input, binary input and every result.  'what' is
 * the input text (22P02) or what was done (22023).
 */
static void
gs_check_parts(const GrowthParts *g, int sqlerrcode, const char *what)
{
	JamSummaryFacts f;

	memset(&f, 0, sizeof(f));
	f.growth = true;
	f.rows = g->rows;
	jam_sum_facts(&g->first_total, &f.sign[0], &f.finite[0]);
	jam_sum_facts(&g->last_total, &f.sign[1], &f.finite[1]);
	f.kind = g->kind;
	f.first = g->first;
	f.last = g->last;
	f.totals_equal = f.finite[0] && f.finite[1] &&
		jam_sum_equal(&g->first_total, &g->last_total);
	jam_summary_check(&f, sqlerrcode, gs_typname, what);
}

/* ---- periods as text ---- */

static void
period_out(StringInfo buf, int kind, int64 v)
{
	struct pg_tm tm;
	fsec_t		fsec;
	char		tmp[MAXDATELEN + 1];

	switch (kind)
	{
		case PK_YEAR:
			appendStringInfo(buf, INT64_FORMAT, v);
			return;
		case PK_DATE:
			j2date((int) v + POSTGRES_EPOCH_JDATE, &tm.tm_year, &tm.tm_mon, &tm.tm_mday);
			EncodeDateOnly(&tm, USE_ISO_DATES, tmp);
			break;
		case PK_TIMESTAMP:
		case PK_TIMESTAMPTZ:
			/* always UTC and ISO, so the text form does not depend on settings */
			if (timestamp2tm((Timestamp) v, NULL, &tm, &fsec, NULL, NULL) != 0)
				elog(ERROR, "timestamp out of range in growth_summary");
			tm.tm_isdst = 0;	/* UTC: have EncodeDateTime print the +00 */
			EncodeDateTime(&tm, fsec, kind == PK_TIMESTAMPTZ, 0, NULL,
						   USE_ISO_DATES, tmp);
			break;
		default:
			elog(ERROR, "unexpected period kind %d", kind);
	}
	appendStringInfoString(buf, tmp);
}

/* A period's text as the period type 'kind'; false if it is not one. */
static bool
period_in(JamScan *sc, int kind, const JamSpan *v, int64 *result)
{
	char	   *txt = pnstrdup(v->start, v->len);
	int128		year;

	switch (kind)
	{
		case PK_YEAR:
			if (!jam_text_to_int128(v->start, v->len, &year) ||
				year < PG_INT32_MIN || year > PG_INT32_MAX)
				return jam_scan_fail(sc, v->start, "Invalid year");
			*result = (int64) year;
			break;
		case PK_DATE:
			{
				DateADT		d = DatumGetDateADT(DirectFunctionCall1(date_in, CStringGetDatum(txt)));

				if (DATE_NOT_FINITE(d))
					return jam_scan_fail(sc, v->start, "Periods must be finite");
				*result = d;
				break;
			}
		case PK_TIMESTAMP:
		case PK_TIMESTAMPTZ:
			{
				Timestamp	t = DatumGetTimestamp(DirectFunctionCall3(kind == PK_TIMESTAMP ? timestamp_in : timestamptz_in,
																	  CStringGetDatum(txt),
																	  ObjectIdGetDatum(InvalidOid),
																	  Int32GetDatum(-1)));

				if (TIMESTAMP_NOT_FINITE(t))
					return jam_scan_fail(sc, v->start, "Periods must be finite");
				*result = t;
				break;
			}
		default:
			elog(ERROR, "unexpected period kind %d", kind);
	}
	pfree(txt);
	return true;
}

/* ---- I/O ---- */

/* The period fields are there only in a summary of rows. */
static const char *const gs_field_names[] =
{"period", "first", "first_total", "last", "last_total", "rows"};
static const JamLayout gs_layout = {gs_field_names, 6, 5};

static bool
gs_parts_in(JamScan *sc, const JamSpan *v, GrowthParts *g)
{
	int128		rows;

	if (v[0].start != NULL)
	{
		for (g->kind = PK_YEAR; g->kind <= PK_TIMESTAMPTZ; g->kind++)
			if (strlen(pk_names[g->kind]) == v[0].len &&
				strncmp(v[0].start, pk_names[g->kind], v[0].len) == 0)
				break;
		if (g->kind > PK_TIMESTAMPTZ)
			return jam_scan_fail(sc, v[0].start,
								 "Unknown period type (year, date, timestamp or timestamptz)");
		if (!period_in(sc, g->kind, &v[1], &g->first))
			return false;
		if (!jam_sum_in(v[2].start, v[2].len, &g->first_total))
			return jam_sum_in_fail(sc, &v[2], "first_total");
		if (!period_in(sc, g->kind, &v[3], &g->last))
			return false;
		if (!jam_sum_in(v[4].start, v[4].len, &g->last_total))
			return jam_sum_in_fail(sc, &v[4], "last_total");
	}
	if (!jam_text_to_int128(v[5].start, v[5].len, &rows) ||
		rows < 0 || rows > PG_INT64_MAX)
		return jam_scan_fail(sc, v[5].start, "Invalid row count");
	g->rows = (int64) rows;
	return true;
}

PG_FUNCTION_INFO_V1(growth_summary_in);
Datum
growth_summary_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	JamScan		sc;
	JamSpan		v[6];
	GrowthParts g;

	memset(&g, 0, sizeof(g));
	jam_sum_zero(&g.first_total);
	jam_sum_zero(&g.last_total);
	jam_scan_init(&sc, str);
	if (!jam_scan_layout(&sc, &gs_layout, v) || !gs_parts_in(&sc, v, &g))
		jam_scan_error(&sc, "growth_summary");

	gs_check_parts(&g, ERRCODE_INVALID_TEXT_REPRESENTATION, str);
	PG_RETURN_POINTER(gs_pack(&g));
}

PG_FUNCTION_INFO_V1(growth_summary_out);
Datum
growth_summary_out(PG_FUNCTION_ARGS)
{
	GrowthParts g;
	StringInfoData buf;

	gs_unpack(PG_GETARG_GS(0), &g);
	initStringInfo(&buf);
	appendStringInfoString(&buf, "(v1,");
	if (g.kind != PK_NONE)
	{
		appendStringInfo(&buf, "period:%s,first:", pk_names[g.kind]);
		period_out(&buf, g.kind, g.first);
		appendStringInfoString(&buf, ",first_total:");
		jam_sum_out(&buf, &g.first_total);
		appendStringInfoString(&buf, ",last:");
		period_out(&buf, g.kind, g.last);
		appendStringInfoString(&buf, ",last_total:");
		jam_sum_out(&buf, &g.last_total);
		appendStringInfoChar(&buf, ',');
	}
	appendStringInfo(&buf, "rows:" INT64_FORMAT ")", g.rows);
	PG_RETURN_CSTRING(buf.data);
}

PG_FUNCTION_INFO_V1(growth_summary_send);
Datum
growth_summary_send(PG_FUNCTION_ARGS)
{
	GrowthParts g;
	StringInfoData buf;

	gs_unpack(PG_GETARG_GS(0), &g);
	pq_begintypsend(&buf);
	pq_sendbyte(&buf, JAM_SUMMARY_VERSION);
	pq_sendbyte(&buf, g.kind);
	pq_sendint64(&buf, g.rows);
	pq_sendint64(&buf, g.first);
	pq_sendint64(&buf, g.last);
	jam_sum_send(&buf, &g.first_total);
	jam_sum_send(&buf, &g.last_total);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(growth_summary_recv);
Datum
growth_summary_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	JamWireSummary w;
	GrowthParts g;

	jam_wire_recv(buf, true, &w, gs_typname);
	g.kind = w.kind;
	g.rows = w.rows;
	g.first = w.first;
	g.last = w.last;
	jam_sum_from_wire(&w.sums[0], &g.first_total);
	jam_sum_from_wire(&w.sums[1], &g.last_total);
	gs_check_parts(&g, ERRCODE_INVALID_BINARY_REPRESENTATION, NULL);
	PG_RETURN_POINTER(gs_pack(&g));
}

/* ---- transition ---- */

/*
 * Add one row.  Whole-number values on an integer-form state update it in
 * place; everything else goes through the unpacked form.
 */
static GrowthSummary *
gs_add_row(GrowthSummary *s, int kind, int64 period, JamSum *value)
{
	GrowthParts g;

	gs_check_kind(s->kind, kind);
	if (s->rows > 0 && !(s->flags & GS_NUMERIC) && !value->is_num)
	{
		int128		first = jam_load_int128(GS_FIRST(s));
		int128		last = jam_load_int128(GS_LAST(s));
		bool		ok = true;

		if (period < s->first)
			first = value->i;
		else if (period == s->first)
			ok = !__builtin_add_overflow(first, value->i, &first);
		if (period > s->last)
			last = value->i;
		else if (period == s->last)
			ok = ok && !__builtin_add_overflow(last, value->i, &last);
		if (ok)
		{
			s->rows = jam_rows_add(s->rows, 1, gs_typname);
			jam_store_int128(GS_FIRST(s), first);
			jam_store_int128(GS_LAST(s), last);
			s->first = Min(s->first, period);
			s->last = Max(s->last, period);
			return s;
		}
	}

	gs_unpack(s, &g);
	if (g.rows == 0)
	{
		g.kind = kind;
		g.first = g.last = period;
		g.first_total = *value;
		g.last_total = *value;
	}
	else
	{
		if (period < g.first)
		{
			g.first = period;
			g.first_total = *value;
		}
		else if (period == g.first)
			jam_sum_add(&g.first_total, value);
		if (period > g.last)
		{
			g.last = period;
			g.last_total = *value;
		}
		else if (period == g.last)
			jam_sum_add(&g.last_total, value);
	}
	g.rows = jam_rows_add(g.rows, 1, gs_typname);
	return gs_pack(&g);
}

static int64
get_period(FunctionCallInfo fcinfo, int kind)
{
	switch (kind)
	{
		case PK_YEAR:
			return PG_GETARG_INT32(2);
		case PK_DATE:
			{
				DateADT		d = PG_GETARG_DATEADT(2);

				if (DATE_NOT_FINITE(d))
					ereport(ERROR,
							(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
							 errmsg("period must be a finite date, not %s",
									DatumGetCString(DirectFunctionCall1(date_out, PG_GETARG_DATUM(2))))));
				return d;
			}
		default:
			{
				Timestamp	t = PG_GETARG_TIMESTAMP(2);

				if (TIMESTAMP_NOT_FINITE(t))
					ereport(ERROR,
							(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
							 errmsg("period must be a finite timestamp, not %s",
									TIMESTAMP_IS_NOBEGIN(t) ? "-infinity" : "infinity")));
				return t;
			}
	}
}

static Datum
gs_trans_int(FunctionCallInfo fcinfo, int64 value, int kind)
{
	JamSum		v;

	if (value < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("value must not be negative: " INT64_FORMAT, value),
				 errhint("Counts, amounts and ratios are never negative; check the sign of the source figure.")));
	jam_sum_zero(&v);
	v.i = value;
	PG_RETURN_POINTER(gs_add_row(gs_state(fcinfo), kind, get_period(fcinfo, kind), &v));
}

static Datum
gs_trans_numeric(FunctionCallInfo fcinfo, int kind)
{
	Numeric		value = PG_GETARG_NUMERIC(1);
	JamSum		v;

	jam_check_count(value, "value");
	jam_sum_zero(&v);
	jam_sum_add_numeric(&v, value);
	PG_RETURN_POINTER(gs_add_row(gs_state(fcinfo), kind, get_period(fcinfo, kind), &v));
}

/* One entry point per value type and period type; STRICT skips NULL rows. */
#define GS_TRANS(vt, getter, pk, pname) \
PG_FUNCTION_INFO_V1(growth_summary_trans_##vt##_##pname); \
Datum \
growth_summary_trans_##vt##_##pname(PG_FUNCTION_ARGS) \
{ \
	return gs_trans_int(fcinfo, getter(1), pk); \
}
#define GS_TRANS_ALL(vt, getter) \
	GS_TRANS(vt, getter, PK_YEAR, year) \
	GS_TRANS(vt, getter, PK_DATE, date) \
	GS_TRANS(vt, getter, PK_TIMESTAMP, ts) \
	GS_TRANS(vt, getter, PK_TIMESTAMPTZ, tstz)

GS_TRANS_ALL(int2, PG_GETARG_INT16)
GS_TRANS_ALL(int4, PG_GETARG_INT32)
GS_TRANS_ALL(int8, PG_GETARG_INT64)

#define GS_TRANS_NUM(pk, pname) \
PG_FUNCTION_INFO_V1(growth_summary_trans_numeric_##pname); \
Datum \
growth_summary_trans_numeric_##pname(PG_FUNCTION_ARGS) \
{ \
	return gs_trans_numeric(fcinfo, pk); \
}
GS_TRANS_NUM(PK_YEAR, year)
GS_TRANS_NUM(PK_DATE, date)
GS_TRANS_NUM(PK_TIMESTAMP, ts)
GS_TRANS_NUM(PK_TIMESTAMPTZ, tstz)

/* Merge two summaries: the earlier first period wins, equal periods add. */
PG_FUNCTION_INFO_V1(growth_summary_combine);
Datum
growth_summary_combine(PG_FUNCTION_ARGS)
{
	GrowthSummary *s = gs_state(fcinfo);
	GrowthSummary *t = PG_GETARG_GS(1);
	GrowthParts a,
				b;

	gs_check_kind(s->kind, t->kind);
	if (t->rows == 0)
		PG_RETURN_POINTER(s);
	gs_unpack(s, &a);
	gs_unpack(t, &b);
	if (a.rows == 0)
		a = b;
	else
	{
		if (b.first < a.first)
		{
			a.first = b.first;
			a.first_total = b.first_total;
		}
		else if (b.first == a.first)
			jam_sum_add(&a.first_total, &b.first_total);
		if (b.last > a.last)
		{
			a.last = b.last;
			a.last_total = b.last_total;
		}
		else if (b.last == a.last)
			jam_sum_add(&a.last_total, &b.last_total);
		a.rows = jam_rows_add(a.rows, b.rows, gs_typname);
	}
	PG_RETURN_POINTER(gs_pack(&a));
}

/* ---- results and accessors ---- */

/* Span from first to last period in years: days / 365.25 for dates. */
static Numeric
gs_years(const GrowthParts *g)
{
	Numeric		span = int64_to_numeric(g->last - g->first);

	switch (g->kind)
	{
		case PK_YEAR:
			return span;
		case PK_DATE:
			return jam_num_div_scaled(jam_num_mul(span, int64_to_numeric(100)),
									  int64_to_numeric(36525), JAM_WORK_SCALE);
		default:
			return jam_num_div_scaled(span,
									  int64_to_numeric(INT64CONST(31557600000000)),
									  JAM_WORK_SCALE);
	}
}

/* true when the summary has a growth: two periods and a first total > 0 */
static bool
gs_has_growth(const GrowthParts *g)
{
	return g->rows > 0 && g->first != g->last &&
		jam_sum_sign(&g->first_total) != 0;
}

PG_FUNCTION_INFO_V1(growth_summary_rate);
Datum
growth_summary_rate(PG_FUNCTION_ARGS)
{
	GrowthParts g;

	gs_unpack(PG_GETARG_GS(0), &g);
	if (!gs_has_growth(&g))
		PG_RETURN_NULL();
	PG_RETURN_NUMERIC(jam_growth_rate(jam_sum_numeric(&g.last_total),
									  jam_sum_numeric(&g.first_total)));
}

PG_FUNCTION_INFO_V1(growth_summary_pct);
Datum
growth_summary_pct(PG_FUNCTION_ARGS)
{
	GrowthParts g;
	int32		digits = PG_GETARG_INT32(1);

	jam_check_digits(digits);
	gs_unpack(PG_GETARG_GS(0), &g);
	if (!gs_has_growth(&g))
		PG_RETURN_NULL();
	PG_RETURN_NUMERIC(jam_growth_pct(jam_sum_numeric(&g.last_total),
									 jam_sum_numeric(&g.first_total), digits));
}

PG_FUNCTION_INFO_V1(growth_summary_cagr);
Datum
growth_summary_cagr(PG_FUNCTION_ARGS)
{
	GrowthParts g;

	gs_unpack(PG_GETARG_GS(0), &g);
	if (!gs_has_growth(&g))
		PG_RETURN_NULL();
	PG_RETURN_NUMERIC(jam_cagr(jam_sum_numeric(&g.first_total),
							   jam_sum_numeric(&g.last_total), gs_years(&g)));
}
