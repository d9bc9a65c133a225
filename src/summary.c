/*-------------------------------------------------------------------------
 *
 * summary.c
 *	  Exact sums and text-form parsing shared by the summary types.
 *
 * A JamSum is a sum that stays a 128-bit integer for as long as every
 * input is a whole number in range, and becomes a numeric the first time
 * one is not (a fractional estimate, a sum beyond 1.7e38).  Integer inputs,
 * the common case, so never pay for numeric arithmetic per row, and nothing
 * ever overflows or loses a digit.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"
#include "compat.h"

#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"

#include "decimal.h"
#include "numutil.h"
#include "sumcheck.h"
#include "summary.h"

void
jam_sum_zero(JamSum *s)
{
	s->is_num = false;
	s->i = 0;
	s->n = NULL;
}

/* The sum as a numeric as it is kept (a new one for the integer form). */
static Numeric
sum_raw(const JamSum *s)
{
	return s->is_num ? s->n : jam_int128_to_numeric(s->i);
}

/*
 * The sum as a numeric, in its one form (see jam_sum_normalize): what every
 * result, the text form and the binary form are computed from.
 */
Numeric
jam_sum_numeric(const JamSum *s)
{
	if (!s->is_num)
		return jam_int128_to_numeric(s->i);
	if (numeric_is_nan(s->n) || numeric_is_inf(s->n))
		return s->n;
	return DatumGetNumeric(DirectFunctionCall1(numeric_trim_scale,
											   NumericGetDatum(s->n)));
}

static void
jam_sum_to_numeric(JamSum *s)
{
	if (!s->is_num)
	{
		s->n = jam_int128_to_numeric(s->i);
		s->is_num = true;
	}
}

/*
 * Every sum has one form, whatever the order of the rows that made it: a
 * numeric with no trailing zeros after its point, or the integer form
 * when that numeric is a whole number that fits.  numeric arithmetic
 * keeps the largest scale it has seen, so without this a summary of
 * (12.000, 0.5) would read 12.500 or 12.5 depending on which row came
 * first, and a moving window would keep the scale of rows that have left
 * its frame; the results computed from the sums (coverage_ratio picks its
 * scale from theirs) would differ in their digits the same way.
 *
 * Running sums are not normalized row by row (trimming costs more than
 * the addition): the value is what matters while adding, and every way a
 * sum leaves a summary (jam_sum_numeric, jam_sum_out, jam_sum_send) gives
 * the one form.  Values coming in (text, binary) are normalized here, so
 * that what is stored from them is canonical too.  NaN and the infinities
 * are left for jam_summary_invalid to reject.
 */
void
jam_sum_normalize(JamSum *s)
{
	int128		i;

	if (!s->is_num || numeric_is_nan(s->n) || numeric_is_inf(s->n))
		return;
	if (jam_numeric_whole(s->n, &i))
	{
		jam_sum_zero(s);
		s->i = i;
		return;
	}
	s->n = DatumGetNumeric(DirectFunctionCall1(numeric_trim_scale,
											   NumericGetDatum(s->n)));
}

void
jam_sum_add_int64(JamSum *s, int64 v)
{
	int128		r;

	/* the builtins store the wrapped result on overflow: keep it apart */
	if (!s->is_num && !__builtin_add_overflow(s->i, (int128) v, &r))
	{
		s->i = r;
		return;
	}
	jam_sum_to_numeric(s);
	s->n = jam_num_add(s->n, int64_to_numeric(v));
}

/*
 * Add a numeric: whole numbers in range stay on the integer path (a numeric
 * column of whole counts is the usual case), anything else turns the sum
 * into a numeric.
 */
void
jam_sum_add_numeric(JamSum *s, Numeric v)
{
	if (!s->is_num)
	{
		int128		iv;

		if (jam_numeric_whole(v, &iv) &&
			!__builtin_add_overflow(s->i, iv, &iv))
		{
			s->i = iv;
			return;
		}
		jam_sum_to_numeric(s);
	}
	s->n = jam_num_add(s->n, v);
}

void
jam_sum_add(JamSum *s, const JamSum *t)
{
	int128		r;

	if (!s->is_num && !t->is_num && !__builtin_add_overflow(s->i, t->i, &r))
	{
		s->i = r;
		return;
	}
	jam_sum_to_numeric(s);
	s->n = jam_num_add(s->n, sum_raw(t));
}

void
jam_sum_sub(JamSum *s, const JamSum *t)
{
	int128		r;

	if (!s->is_num && !t->is_num && !__builtin_sub_overflow(s->i, t->i, &r))
	{
		s->i = r;
		return;
	}
	jam_sum_to_numeric(s);
	s->n = jam_num_sub(s->n, sum_raw(t));
}

int
jam_sum_sign(const JamSum *s)
{
	if (s->is_num)
		return jam_num_sign(s->n);
	return (s->i > 0) - (s->i < 0);
}

bool
jam_sum_equal(const JamSum *a, const JamSum *b)
{
	if (!a->is_num && !b->is_num)
		return a->i == b->i;
	return jam_num_cmp(sum_raw(a), sum_raw(b)) == 0;
}

/* The text of a sum, in its one form. */
void
jam_sum_out(StringInfo buf, const JamSum *s)
{
	JamSum		t = *s;
	char		tmp[JAM_INT128_BUFLEN];

	jam_sum_normalize(&t);
	if (t.is_num)
	{
		appendStringInfoString(buf, jam_num_text(t.n));
		return;
	}
	jam_int128_to_text(t.i, tmp);
	appendStringInfoString(buf, tmp);
}

/*
 * Parse s[0..len) as a sum: a whole number becomes the integer form,
 * a plain decimal (jam_numeric_syntax) in numeric's range the numeric
 * form.  False on bad syntax, NaN, infinity or a number numeric cannot
 * hold (jam_sum_in_fail tells which).
 */
bool
jam_sum_in(const char *s, size_t len, JamSum *result)
{
	char	   *txt;
	Datum		d;

	jam_sum_zero(result);
	if (jam_text_to_int128(s, len, &result->i))
		return true;

	/*
	 * Our own syntax and range checks, the same on every server version,
	 * leave numeric_in nothing to raise: its range error would carry no
	 * position.
	 */
	if (!jam_numeric_syntax(s, len) || !jam_numeric_in_range(s, len))
		return false;
	txt = pnstrdup(s, len);
	d = DirectFunctionCall3(numeric_in, CStringGetDatum(txt),
							ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
	pfree(txt);
	result->is_num = true;
	result->n = DatumGetNumeric(d);
	jam_sum_normalize(result);
	return true;
}

/* jam_sum_in failed on a field's value: say why, at its position. */
bool
jam_sum_in_fail(JamScan *sc, const JamSpan *v, const char *field)
{
	char		msg[64];

	if (jam_numeric_syntax(v->start, v->len) &&
		!jam_numeric_in_range(v->start, v->len))
		snprintf(msg, sizeof(msg), "Number out of range in \"%s\"", field);
	else
		snprintf(msg, sizeof(msg), "Invalid number in \"%s\"", field);
	return jam_scan_fail(sc, v->start, msg);
}

/* Binary form: a flag byte, then two int64 halves or a numeric's bytes. */
void
jam_sum_send(StringInfo buf, const JamSum *sum)
{
	JamSum		t = *sum;
	const JamSum *s = &t;

	/* in its one form, so that equal summaries send equal bytes */
	jam_sum_normalize(&t);
	if (s->is_num)
	{
		bytea	   *b = DatumGetByteaPP(DirectFunctionCall1(numeric_send,
															NumericGetDatum(s->n)));

		pq_sendbyte(buf, 1);
		pq_sendint32(buf, VARSIZE_ANY_EXHDR(b));
		pq_sendbytes(buf, VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b));
	}
	else
	{
		pq_sendbyte(buf, 0);
		pq_sendint64(buf, (int64) (s->i >> 64));
		pq_sendint64(buf, (int64) (uint64) s->i);
	}
}

static void wire_error(JamWireError err, int detail, const char *typname);

/*
 * One sum from buf, in the summaries' binary form (the shortfall_agg state
 * holds one): read by the same plain-C reader as a summary's sums, with the
 * same errors.
 */
void
jam_sum_recv(StringInfo buf, JamSum *s, const char *typname)
{
	JamWireSum	w;
	int			detail,
				used;
	JamWireError err;

	err = jam_wire_read_sum(buf->data + buf->cursor, buf->len - buf->cursor,
							&w, &detail, &used);
	if (err != JAM_WIRE_OK)
		wire_error(err, detail, typname);
	jam_sum_from_wire(&w, s);
	buf->cursor += used;
}

/*
 * A sum of a binary value (jam_wire_read), as a JamSum: numeric_recv makes
 * the numeric form, and checks what jam_wire_read did not.
 */
void
jam_sum_from_wire(const JamWireSum *w, JamSum *s)
{
	StringInfoData nbuf;

	jam_sum_zero(s);
	if (!w->is_num)
	{
		s->i = w->i;
		return;
	}
	/* a read-only view of the bytes, as numeric_recv wants a StringInfo */
	nbuf.data = (char *) w->num;
	nbuf.len = w->numlen;
	nbuf.maxlen = w->numlen;
	nbuf.cursor = 0;
	s->is_num = true;
	s->n = DatumGetNumeric(DirectFunctionCall3(numeric_recv,
											   PointerGetDatum(&nbuf),
											   ObjectIdGetDatum(InvalidOid),
											   Int32GetDatum(-1)));
	jam_sum_normalize(s);
}

/* What jam_wire_read or jam_wire_read_sum found wrong, as an error. */
static void
wire_error(JamWireError err, int detail, const char *typname)
{
	switch (err)
	{
		case JAM_WIRE_OK:
			break;
		case JAM_WIRE_SHORT:
			/* what pq_getmsgint64 and numeric_recv say about it */
			ereport(ERROR,
					(errcode(ERRCODE_PROTOCOL_VIOLATION),
					 errmsg("insufficient data left in message")));
			break;
		case JAM_WIRE_VERSION:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("unsupported %s binary version %d", typname, detail),
					 errhint("This build of jamsostek reads version %d.",
							 JAM_SUMMARY_VERSION)));
			break;
		case JAM_WIRE_SUM_KIND:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid sum kind %d in external \"%s\" value",
							detail, typname)));
			break;
		case JAM_WIRE_NUM_LENGTH:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid length %d of a numeric sum in external \"%s\" value",
							detail, typname)));
			break;
		case JAM_WIRE_NUM_FORM:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid numeric sum in external \"%s\" value", typname),
					 errdetail("Its digit count, sign, scale or digits are not those of a numeric.")));
			break;
		case JAM_WIRE_NUM_TRAILING:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("trailing bytes after a numeric sum in external \"%s\" value",
							typname)));
			break;
		case JAM_WIRE_TRAILING:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("trailing bytes after external \"%s\" value", typname)));
			break;
	}
}

/* Read a summary's binary form from buf, raising what jam_wire_read found. */
void
jam_wire_recv(StringInfo buf, bool growth, JamWireSummary *w,
			  const char *typname)
{
	int			detail;
	JamWireError err;

	err = jam_wire_read(buf->data + buf->cursor, buf->len - buf->cursor,
						growth, w, &detail);
	if (err != JAM_WIRE_OK)
		wire_error(err, detail, typname);
	buf->cursor = buf->len;
}

/*
 * The one check of a summary's invariants (jam_summary_invalid), raised
 * the way the path that made the summary reports bad input: 22P02 with
 * the text for text input (input is the text), 22P03 for binary input,
 * 22023 for a function's result (input names what was done).
 */
void
jam_summary_check(const JamSummaryFacts *f, int sqlerrcode,
				  const char *typname, const char *input)
{
	const char *why = jam_summary_invalid(f);

	if (why == NULL)
		return;
	if (sqlerrcode == ERRCODE_INVALID_TEXT_REPRESENTATION)
		ereport(ERROR,
				(errcode(sqlerrcode),
				 errmsg("invalid input syntax for type %s: \"%s\"", typname, input),
				 errdetail_internal("%s", why)));
	else if (sqlerrcode == ERRCODE_INVALID_BINARY_REPRESENTATION)
		ereport(ERROR,
				(errcode(sqlerrcode),
				 errmsg("invalid external %s value", typname),
				 errdetail_internal("%s", why)));
	else
		ereport(ERROR,
				(errcode(sqlerrcode),
				 errmsg("%s gives an impossible %s", input, typname),
				 errdetail_internal("%s", why)));
}

/* The facts of a sum, for JamSummaryFacts. */
void
jam_sum_facts(const JamSum *s, int *sign, bool *finite)
{
	if (s->is_num && (numeric_is_nan(s->n) || numeric_is_inf(s->n)))
	{
		*finite = false;
		*sign = 0;
		return;
	}
	*finite = true;
	*sign = jam_sum_sign(s);
}

/* a + b rows, as a summary counts them; 22003 past int64. */
int64
jam_rows_add(int64 a, int64 b, const char *typname)
{
	int64		r;

	if (__builtin_add_overflow(a, b, &r))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s row count out of range: " INT64_FORMAT " + " INT64_FORMAT,
						typname, a, b),
				 errdetail("A summary counts at most " INT64_FORMAT " rows.",
						   PG_INT64_MAX)));
	return r;
}

bool
jam_sums_need_numeric(const JamSum *sums, int n)
{
	for (int k = 0; k < n; k++)
		if (sums[k].is_num)
			return true;
	return false;
}

Size
jam_sums_size(const JamSum *sums, int n, bool as_num)
{
	Size		size = 0;

	if (!as_num)
		return (Size) n * sizeof(int128);
	for (int k = 0; k < n; k++)
		size = INTALIGN(size) + VARSIZE(sum_raw(&sums[k]));
	return size;
}

void
jam_sums_write(char *dst, const JamSum *sums, int n, bool as_num)
{
	Size		off = 0;

	for (int k = 0; k < n; k++)
	{
		if (!as_num)
		{
			jam_store_int128(dst + off, sums[k].i);
			off += sizeof(int128);
		}
		else
		{
			Numeric		v = sum_raw(&sums[k]);

			off = INTALIGN(off);
			memcpy(dst + off, v, VARSIZE(v));
			off += VARSIZE(v);
		}
	}
}

/* Numeric sums read this way point into src: copy before changing them. */
void
jam_sums_read(const char *src, JamSum *sums, int n, bool as_num)
{
	Size		off = 0;

	for (int k = 0; k < n; k++)
	{
		jam_sum_zero(&sums[k]);
		if (!as_num)
		{
			sums[k].i = jam_load_int128(src + off);
			off += sizeof(int128);
		}
		else
		{
			off = INTALIGN(off);
			sums[k].is_num = true;
			sums[k].n = (Numeric) (src + off);
			off += VARSIZE(sums[k].n);
		}
	}
}

/* ---- text-form errors ---- */

void
jam_scan_error(const JamScan *sc, const char *typname)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type %s: \"%s\"",
					typname, sc->input),
			 errdetail("%s at character %d.", sc->msg,
					   (int) (sc->p - sc->input) + 1)));
}
