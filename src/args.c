/*-------------------------------------------------------------------------
 *
 * args.c
 *	  Argument checks shared by every jamsostek function.
 *
 * One place decides what counts as bad input and how it is reported, so
 * that every function says the same thing about the same mistake: the
 * argument's SQL name, the value given, SQLSTATE 22023
 * (invalid_parameter_value) and, where the usual mistake is known, a hint.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"
#include "compat.h"

#include "mb/pg_wchar.h"
#include "utils/numeric.h"

#include "args.h"
#include "decimal.h"
#include "numutil.h"

/* NaN and +/-Infinity are not figures anyone counted. */
void
jam_check_finite(Numeric v, const char *argname)
{
	if (numeric_is_nan(v) || numeric_is_inf(v))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be a finite number, not %s",
						argname, jam_num_text(v))));
}

/*
 * A count (participants, workers, claims, rupiah...) is finite and not
 * negative.  Fractions are allowed: estimates and averages have them.
 */
void
jam_check_count(Numeric v, const char *argname)
{
	jam_check_finite(v, argname);
	if (jam_num_sign(v) < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must not be negative: %s",
						argname, jam_num_text(v)),
				 errhint("Counts, amounts and ratios are never negative; check the sign of the source figure.")));
}

/* jam_check_count's error for integer arguments, with the same message. */
void
jam_negative_count_int64(int64 v, const char *argname)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s must not be negative: " INT64_FORMAT, argname, v),
			 errhint("Counts, amounts and ratios are never negative; check the sign of the source figure.")));
}

/*
 * jam_check_count, and the count read as a JamDec for the fast paths:
 * true with *d set, or false (the checks passed) when only a numeric can
 * hold the value.  Takes the argument's Datum before any detoasting, so that
 * an in-line count costs no copy.
 */
bool
jam_check_count_datum(Datum v, const char *argname, JamDec *d)
{
	if (jam_dec_decode_datum(v, d) && d->coef >= 0)
		return true;
	jam_check_count(DatumGetNumeric(v), argname);
	return false;
}

/* A target coverage ratio lies in [0, 1]; 55% is 0.55, not 55. */
void
jam_check_target_ratio(Numeric v, const char *argname)
{
	JamDec		d;

	/* the per-row case in shortfall_agg: 0 <= coef <= 10^scale */
	if (jam_dec_decode(v, &d) && d.coef >= 0 && d.scale <= 38 &&
		(uint128) d.coef <= JAM_POW10(d.scale))
		return;
	jam_check_finite(v, argname);
	if (jam_num_sign(v) < 0 || jam_num_cmp(v, jam_num_from_int64(1)) > 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be between 0 and 1: %s",
						argname, jam_num_text(v)),
				 errhint("A ratio is a fraction of one: a target of 55%% is written 0.55.")));
}

/* A span of years is finite and strictly positive. */
void
jam_check_years(Numeric v, const char *argname)
{
	jam_check_finite(v, argname);
	if (jam_num_sign(v) <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be greater than zero: %s",
						argname, jam_num_text(v)),
				 errhint("Give the number of years between the two figures, for example 1 for December 2023 to December 2024.")));
}

/*
 * A yearly growth rate is a fraction and greater than -1: a fall of 100%
 * or more leaves nothing to grow from.
 */
void
jam_check_growth_rate(Numeric v, const char *argname)
{
	jam_check_finite(v, argname);
	if (jam_num_cmp(v, jam_num_from_int64(-1)) <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be greater than -1: %s",
						argname, jam_num_text(v)),
				 errhint("A rate is a fraction: growth of 5%% a year is written 0.05, a fall of 5%% is -0.05.")));
}

void
jam_check_digits(int32 digits)
{
	if (digits < JAM_MIN_DIGITS || digits > JAM_MAX_DIGITS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("digits must be between %d and %d: %d",
						JAM_MIN_DIGITS, JAM_MAX_DIGITS, digits)));
}

/*
 * At most limit bytes of s[0..len), cut at a character boundary so that a
 * message converted to the client's encoding never holds half a character
 * (22021 instead of our error), with "..." when something was cut.
 */
char *
jam_clip_text(const char *s, size_t len, int limit)
{
	int			n = pg_mbcliplen(s, (int) Min(len, (size_t) limit + MAX_MULTIBYTE_CHAR_LEN),
								 limit);

	n = Min((size_t) n, len);
	if ((size_t) n < len)
		return psprintf("%s...", pnstrdup(s, n));
	return pnstrdup(s, n);
}
