/*-------------------------------------------------------------------------
 *
 * idnum_sql.c
 *	  SQL functions over idnum.c: parse_id_number, parse_id_percent, their
 *	  try_ forms, format_id_number and format_rupiah.
 *
 * Parsing produces canonical decimal text, written into a numeric directly
 * when it is short (decimal.c) and by PostgreSQL's own numeric_in otherwise; formatting rounds with numeric_round and rewrites
 * numeric_out's text.  No arithmetic of our own touches the digits.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"
#include "compat.h"

#include "fmgr.h"
#include "lib/stringinfo.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/numeric.h"

#include "args.h"
#include "idnum.h"
#include "numutil.h"

/*
 * Canonical text ([-]digits[.digits]) to numeric.  Up to 38 digits it is
 * written straight into numeric's stored form (decimal.c), the same value
 * and display scale numeric_in gives; longer text goes through numeric_in.
 */
static Numeric
canon_to_numeric(const char *canon)
{
	const char *p = canon;
	bool		neg = false;
	bool		frac = false;
	int			ndig = 0;
	int			scale = 0;
	int128		v = 0;

	if (*p == '-')
	{
		neg = true;
		p++;
	}
	for (; *p != '\0' && ndig < 38; p++)
	{
		if (*p == '.' && !frac)
			frac = true;
		else if (*p >= '0' && *p <= '9')
		{
			v = v * 10 + (*p - '0');
			ndig++;
			scale += frac;
		}
		else
			break;
	}
	if (*p == '\0' && ndig > 0)
	{
		JamDec		d = {neg ? -v : v, scale};

		return jam_dec_to_numeric(&d);
	}
	return DatumGetNumeric(DirectFunctionCall3(numeric_in,
											   CStringGetDatum(canon),
											   ObjectIdGetDatum(InvalidOid),
											   Int32GetDatum(-1)));
}


/*
 * Parse the text argument; NULL (C) on failure when soft, else an error
 * quoting the input and pointing at the offending part.  The soft path
 * cannot raise: the plain-C core refuses, as a parse failure, any value
 * numeric_in would refuse, and its work space does not grow with the
 * input.
 */
static Numeric
parse_text(text *t, JamIdMode mode, bool soft)
{
	const char *s = VARDATA_ANY(t);
	size_t		len = VARSIZE_ANY_EXHDR(t);
	char	   *out = palloc(JAM_ID_OUTSZ);
	JamIdError	err;

	if (jam_parse_id(s, len, mode, out, &err))
		return canon_to_numeric(out);
	if (soft)
		return NULL;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid Indonesian %s: \"%s\"",
					mode == JAM_ID_PERCENT ? "percentage" : "number",
					jam_clip_text(s, len, JAM_QUOTE_LIMIT)),
			 errdetail("At character %d (\"%s\"): %s.",
					   pg_mbstrlen_with_len(s, (int) err.pos) + 1,
					   jam_clip_text(s + err.pos, len - err.pos, 12),
					   err.msg),
			 err.hint ? errhint("%s", err.hint) :
			 errhint(mode == JAM_ID_PERCENT ?
					 "Examples: '26,79 persen', '41.84 %%', '23%%'." :
					 "Examples: '731.991', '2,7 juta', 'Rp 541,5 miliar', '1,3 juta lebih'.")));
	return NULL;				/* keep the compiler quiet */
}

PG_FUNCTION_INFO_V1(jamsostek_parse_id_number);
Datum
jamsostek_parse_id_number(PG_FUNCTION_ARGS)
{
	PG_RETURN_NUMERIC(parse_text(PG_GETARG_TEXT_PP(0), JAM_ID_NUMBER, false));
}

PG_FUNCTION_INFO_V1(jamsostek_parse_id_percent);
Datum
jamsostek_parse_id_percent(PG_FUNCTION_ARGS)
{
	PG_RETURN_NUMERIC(parse_text(PG_GETARG_TEXT_PP(0), JAM_ID_PERCENT, false));
}

PG_FUNCTION_INFO_V1(jamsostek_try_parse_id_number);
Datum
jamsostek_try_parse_id_number(PG_FUNCTION_ARGS)
{
	Numeric		n = parse_text(PG_GETARG_TEXT_PP(0), JAM_ID_NUMBER, true);

	if (n == NULL)
		PG_RETURN_NULL();
	PG_RETURN_NUMERIC(n);
}

PG_FUNCTION_INFO_V1(jamsostek_try_parse_id_percent);
Datum
jamsostek_try_parse_id_percent(PG_FUNCTION_ARGS)
{
	Numeric		n = parse_text(PG_GETARG_TEXT_PP(0), JAM_ID_PERCENT, true);

	if (n == NULL)
		PG_RETURN_NULL();
	PG_RETURN_NUMERIC(n);
}

/* numeric_out's text of v, Indonesian style, into a palloc'd string */
static char *
format_numeric(Numeric v)
{
	char	   *canon = jam_num_text(v);
	char	   *out = palloc(strlen(canon) * 2 + 2);

	jam_format_id(canon, out);
	return out;
}

PG_FUNCTION_INFO_V1(jamsostek_format_id_number);
Datum
jamsostek_format_id_number(PG_FUNCTION_ARGS)
{
	Numeric		v = PG_GETARG_NUMERIC(0);
	int32		digits = PG_GETARG_INT32(1);

	jam_check_finite(v, "value");
	jam_check_digits(digits);
	PG_RETURN_TEXT_P(cstring_to_text(format_numeric(jam_num_round(v, digits))));
}

/* Drop trailing fractional zeros (and a bare point) from canonical text. */
static void
trim_zeros(char *canon)
{
	char	   *end;

	if (strchr(canon, '.') == NULL)
		return;
	end = canon + strlen(canon) - 1;
	while (*end == '0')
		*end-- = '\0';
	if (*end == '.')
		*end = '\0';
}

/*
 * 'short' style: the value in the largest unit it reaches, with one
 * decimal, or more when one would stray more than 0,05% from the value.
 */
static char *
rupiah_short(Numeric a)
{
	static const struct
	{
		int			pow;
		const char *word;
	}			units[] = {{12, "triliun"}, {9, "miliar"}, {6, "juta"}, {3, "ribu"}};
	int			u;

	for (u = 0; u < 4; u++)
		if (jam_num_cmp(a, jam_num_pow10(units[u].pow)) >= 0)
			break;
	if (u == 4)
		return NULL;

	for (;;)
	{
		Numeric		v = jam_num_mul(a, jam_num_pow10(-units[u].pow));	/* exact */

		/*
		 * 0,05 % of v, exactly: v * 5 * 10^-4 has fewer integer digits
		 * than v, so it fits wherever v does (a division at a working
		 * scale would first scale v up, and overflow numeric for amounts
		 * 'full' prints).
		 */
		Numeric		tol = jam_num_mul(v, jam_num_mul(jam_num_from_int64(5),
													 jam_num_pow10(-4)));
		Numeric		r = NULL;
		char	   *canon;
		StringInfoData buf;

		for (int d = 1; d <= 40; d++)
		{
			Numeric		diff;

			r = jam_num_round(v, d);
			diff = jam_num_sub(r, v);
			if (jam_num_sign(diff) < 0)
				diff = jam_num_sub(v, r);
			if (jam_num_cmp(diff, tol) <= 0)
				break;
		}
		/* 999,96 juta rounds to 1000,0 juta: say 1 miliar instead */
		if (u > 0 && jam_num_cmp(r, jam_num_from_int64(1000)) >= 0)
		{
			u--;
			continue;
		}
		canon = jam_num_text(r);
		trim_zeros(canon);
		initStringInfo(&buf);
		{
			char	   *f = palloc(strlen(canon) * 2 + 2);

			jam_format_id(canon, f);
			appendStringInfo(&buf, "Rp%s %s", f, units[u].word);
		}
		return buf.data;
	}
}

PG_FUNCTION_INFO_V1(jamsostek_format_rupiah);
Datum
jamsostek_format_rupiah(PG_FUNCTION_ARGS)
{
	Numeric		v = PG_GETARG_NUMERIC(0);
	char	   *style = text_to_cstring(PG_GETARG_TEXT_PP(1));
	bool		neg;
	Numeric		a;
	char	   *body = NULL;

	jam_check_finite(v, "amount");
	if (strcmp(style, "full") != 0 && strcmp(style, "short") != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown rupiah style: \"%s\"", style),
				 errhint("Use 'full' (Rp541.500.000.000) or 'short' (Rp541,5 miliar).")));

	neg = jam_num_sign(v) < 0;
	a = neg ? jam_num_sub(jam_num_from_int64(0), v) : v;
	if (strcmp(style, "short") == 0)
		body = rupiah_short(a);
	if (body == NULL)
	{
		Numeric		r = jam_num_round(a, 0);

		/* -0,4 rounds to Rp0: an amount shown as zero carries no sign */
		if (jam_num_sign(r) == 0)
			neg = false;
		body = psprintf("Rp%s", format_numeric(r));
	}
	PG_RETURN_TEXT_P(cstring_to_text(neg ? psprintf("-%s", body) : body));
}
