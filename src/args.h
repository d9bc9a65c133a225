/*-------------------------------------------------------------------------
 *
 * args.h
 *	  Argument checks shared by every jamsostek function.
 *
 *-------------------------------------------------------------------------
 */
#ifndef JAM_ARGS_H
#define JAM_ARGS_H

#include "postgres.h"
#include "compat.h"
#include "utils/numeric.h"

#include "decimal.h"

/* Lowest and highest 'digits' accepted by the *_pct functions. */
#define JAM_MIN_DIGITS		(-20)
#define JAM_MAX_DIGITS		100

extern void jam_check_finite(Numeric v, const char *argname);
extern void jam_check_count(Numeric v, const char *argname);
pg_noreturn extern void jam_negative_count_int64(int64 v, const char *argname);
extern bool jam_check_count_datum(Datum v, const char *argname, JamDec *d);
extern void jam_check_target_ratio(Numeric v, const char *argname);
extern void jam_check_years(Numeric v, const char *argname);
extern void jam_check_growth_rate(Numeric v, const char *argname);
extern void jam_check_digits(int32 digits);

/* User text quoted in a message: at most limit bytes, whole characters. */
#define JAM_QUOTE_LIMIT 200
extern char *jam_clip_text(const char *s, size_t len, int limit);

/* Inline: it runs on every row of every integer column we read. */
static inline void
jam_check_count_int64(int64 v, const char *argname)
{
	if (unlikely(v < 0))
		jam_negative_count_int64(v, argname);
}

#endif							/* JAM_ARGS_H */
