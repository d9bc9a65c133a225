/*-------------------------------------------------------------------------
 *
 * sumcheck.c
 *	  The summary types' invariants, and their binary form's fields.
 *
 * A summary that breaks an invariant is not a smaller or larger summary,
 * it is a wrong one: a NaN sum turns every accessor into NaN and its text
 * cannot be read back (so a dump of the table cannot be restored), a row
 * count that wrapped makes the accessors return NULL.  The rules live here
 * once; summary.c, coverage_agg.c and growth_agg.c only gather the facts.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"
#include "compat.h"

#include "datatype/timestamp.h"

#include "sumcheck.h"

/*
 * Is v a period of this kind that the text form can write and read back?
 * The binary form carries raw integers; without this a received date of
 * 2^62 days would print as some other date.
 */
bool
jam_period_valid(int kind, int64 v)
{
	switch (kind)
	{
		case JAM_PK_NONE:
			return v == 0;
		case JAM_PK_YEAR:
			return v >= PG_INT32_MIN && v <= PG_INT32_MAX;
		case JAM_PK_DATE:
			return IS_VALID_DATE(v);
		case JAM_PK_TIMESTAMP:
		case JAM_PK_TIMESTAMPTZ:
			return IS_VALID_TIMESTAMP((Timestamp) v);
	}
	return false;
}

/*
 * NULL when the facts describe a summary that rows could produce, else
 * what is wrong, as a sentence for an error's detail.
 */
const char *
jam_summary_invalid(const JamSummaryFacts *f)
{
	if (f->rows < 0)
		return "The row count must not be negative.";
	if (!f->finite[0] || !f->finite[1])
		return "Sums must be finite numbers, not NaN or infinity.";
	if (f->sign[0] < 0 || f->sign[1] < 0)
		return "Sums must not be negative.";
	if (!f->growth)
	{
		if (f->rows == 0 && (f->sign[0] != 0 || f->sign[1] != 0))
			return "A summary of no rows has zero sums.";
		return NULL;
	}

	if (f->kind < JAM_PK_NONE || f->kind > JAM_PK_TIMESTAMPTZ)
		return "The period type must be year, date, timestamp or timestamptz.";
	if ((f->kind == JAM_PK_NONE) != (f->rows == 0))
		return "A summary of rows has a period type, and a summary of no rows has none.";
	if (f->rows == 0)
	{
		if (f->first != 0 || f->last != 0 || f->sign[0] != 0 || f->sign[1] != 0)
			return "A summary of no rows has neither periods nor totals.";
		return NULL;
	}
	if (!jam_period_valid(f->kind, f->first) || !jam_period_valid(f->kind, f->last))
		return "Periods must be in the range of their type.";
	if (f->first > f->last)
		return "The first period must not be after the last.";
	if (f->first == f->last && !f->totals_equal)
		return "With one period, first_total and last_total are the same total.";
	if (f->first != f->last && f->rows < 2)
		return "A summary of one row has one period: first = last.";
	return NULL;
}

/* ---- binary form ---- */

typedef struct WireIn
{
	const unsigned char *p;
	int			left;
} WireIn;

static bool
get_bytes(WireIn *in, int n, uint64 *v)
{
	if (n > in->left)
		return false;
	*v = 0;
	for (int k = 0; k < n; k++)
		*v = (*v << 8) | in->p[k];
	in->p += n;
	in->left -= n;
	return true;
}

/*
 * A numeric sum: numeric_send's bytes (int16 ndigits, int16 weight,
 * uint16 sign, int16 dscale, then the base-10000 digits, all big-endian),
 * checked the way numeric_recv checks them, so that the facts below are
 * true of what numeric_recv will make of them.
 */
static JamWireError
read_numeric(const unsigned char *p, int len, JamWireSum *s)
{
	int			ndigits,
				sign,
				dscale;

	if (len < 8)
		return JAM_WIRE_SHORT;
	ndigits = (int16) ((p[0] << 8) | p[1]);
	sign = (p[4] << 8) | p[5];
	dscale = (int16) ((p[6] << 8) | p[7]);
	if (ndigits < 0 || dscale < 0 || dscale > 0x3FFF)
		return JAM_WIRE_NUM_FORM;
	if (len < 8 + 2 * ndigits)
		return JAM_WIRE_SHORT;
	if (len > 8 + 2 * ndigits)
		return JAM_WIRE_NUM_TRAILING;
	s->sign = 0;
	for (int k = 0; k < ndigits; k++)
	{
		int			d = (p[8 + 2 * k] << 8) | p[9 + 2 * k];

		if (d >= 10000)
			return JAM_WIRE_NUM_FORM;
		if (d != 0)
			s->sign = 1;
	}
	switch (sign)
	{
		case 0x0000:			/* NUMERIC_POS */
			s->finite = true;
			break;
		case 0x4000:			/* NUMERIC_NEG */
			s->finite = true;
			s->sign = -s->sign;
			break;
		case 0xC000:			/* NaN */
		case 0xD000:			/* +Infinity */
		case 0xF000:			/* -Infinity */
			s->finite = false;
			s->sign = sign == 0xF000 ? -1 : sign == 0xD000;
			break;
		default:
			return JAM_WIRE_NUM_FORM;
	}
	return JAM_WIRE_OK;
}

/* A sum: a kind byte, then two int64 halves or a length and a numeric. */
static JamWireError
read_sum(WireIn *in, JamWireSum *s, int *detail)
{
	uint64		kind,
				hi,
				lo,
				len;
	JamWireError err;

	memset(s, 0, sizeof(*s));
	if (!get_bytes(in, 1, &kind))
		return JAM_WIRE_SHORT;
	if (kind == 0)
	{
		if (!get_bytes(in, 8, &hi) || !get_bytes(in, 8, &lo))
			return JAM_WIRE_SHORT;
		s->i = (int128) (((uint128) hi << 64) | lo);
		s->sign = (s->i > 0) - (s->i < 0);
		s->finite = true;
		return JAM_WIRE_OK;
	}
	if (kind != 1)
	{
		*detail = (int) kind;
		return JAM_WIRE_SUM_KIND;
	}
	if (!get_bytes(in, 4, &len))
		return JAM_WIRE_SHORT;
	if ((int32) len < 0 || (int32) len > in->left)
	{
		*detail = (int32) len;
		return JAM_WIRE_NUM_LENGTH;
	}
	s->is_num = true;
	s->num = (const char *) in->p;
	s->numlen = (int) len;
	err = read_numeric(in->p, (int) len, s);
	in->p += len;
	in->left -= len;
	return err;
}

/*
 * One sum's binary form at the start of data: JAM_WIRE_OK with *used set
 * to its size, or what is wrong.  The shortfall_agg state, whose sum has
 * the summaries' form, is read with it too.
 */
JamWireError
jam_wire_read_sum(const char *data, int len, JamWireSum *s, int *detail,
				  int *used)
{
	WireIn		in = {(const unsigned char *) data, len};
	JamWireError err;

	*detail = 0;
	err = read_sum(&in, s, detail);
	*used = len - in.left;
	return err;
}

/*
 * Split a summary's binary form into its fields; JAM_WIRE_OK or what is
 * wrong (*detail: the number to name in the error).  The invariants are
 * jam_summary_invalid's business, not this function's.
 */
JamWireError
jam_wire_read(const char *data, int len, bool growth, JamWireSummary *w,
			  int *detail)
{
	WireIn		in = {(const unsigned char *) data, len};
	uint64		v;
	JamWireError err;

	memset(w, 0, sizeof(*w));
	*detail = 0;
	if (!get_bytes(&in, 1, &v))
		return JAM_WIRE_SHORT;
	w->version = (int) v;
	if (w->version != 1)
	{
		*detail = w->version;
		return JAM_WIRE_VERSION;
	}
	if (growth)
	{
		if (!get_bytes(&in, 1, &v))
			return JAM_WIRE_SHORT;
		w->kind = (int) v;
	}
	if (!get_bytes(&in, 8, &v))
		return JAM_WIRE_SHORT;
	w->rows = (int64) v;
	if (growth)
	{
		if (!get_bytes(&in, 8, &v))
			return JAM_WIRE_SHORT;
		w->first = (int64) v;
		if (!get_bytes(&in, 8, &v))
			return JAM_WIRE_SHORT;
		w->last = (int64) v;
	}
	for (int k = 0; k < 2; k++)
		if ((err = read_sum(&in, &w->sums[k], detail)) != JAM_WIRE_OK)
			return err;
	if (in.left != 0)
		return JAM_WIRE_TRAILING;
	return JAM_WIRE_OK;
}

/*
 * The facts of a binary value, for jam_summary_invalid.  Equal totals are
 * told by their bytes, which is exact for the integer form; two numerics
 * of one value can differ in their bytes (a scale), so the server side
 * compares those as numbers instead.
 */
void
jam_wire_facts(const JamWireSummary *w, bool growth, JamSummaryFacts *f)
{
	const JamWireSum *a = &w->sums[0],
			   *b = &w->sums[1];

	memset(f, 0, sizeof(*f));
	f->growth = growth;
	f->rows = w->rows;
	for (int k = 0; k < 2; k++)
	{
		f->sign[k] = w->sums[k].sign;
		f->finite[k] = w->sums[k].finite;
	}
	f->kind = w->kind;
	f->first = w->first;
	f->last = w->last;
	if (!a->is_num && !b->is_num)
		f->totals_equal = a->i == b->i;
	else if (a->is_num && b->is_num)
		f->totals_equal = a->numlen == b->numlen &&
			memcmp(a->num, b->num, a->numlen) == 0;
	else
		f->totals_equal = false;
}
