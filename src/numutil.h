/*-------------------------------------------------------------------------
 *
 * numutil.h
 *	  Small exact-arithmetic helpers over PostgreSQL's numeric type.
 *
 * Every figure jamsostek returns is a numeric computed by PostgreSQL's own
 * numeric code, so results are exact decimals (26.79, never 26.789999).
 * These helpers only give the fmgr entry points short, typed names and add
 * the few operations numeric.c does not export directly: exact division
 * rounded half away from zero, and division carried to a chosen scale.
 *
 *-------------------------------------------------------------------------
 */
#ifndef JAM_NUMUTIL_H
#define JAM_NUMUTIL_H

#include "postgres.h"
#include "compat.h"
#include "utils/numeric.h"

#include "decimal.h"

/*
 * Working scale for the functions that need logarithms (cagr,
 * required_growth, years_to_target), and the scale their results are
 * rounded to.  40 working decimals leave a wide margin over the 20 we
 * return; 20 decimals keep 12 significant digits for any rate of at least
 * 1e-8 in size.
 */
#define JAM_WORK_SCALE		40
#define JAM_RESULT_SCALE	20

/* The most decimals numeric_ln computes (NUMERIC_MAX_DISPLAY_SCALE). */
#define JAM_MAX_LN_SCALE	1000

extern Numeric jam_num_from_int64(int64 v);
extern Numeric jam_num_pow10(int e);
extern Numeric jam_num_add(Numeric a, Numeric b);
extern Numeric jam_num_sub(Numeric a, Numeric b);
extern Numeric jam_num_mul(Numeric a, Numeric b);
extern Numeric jam_num_div(Numeric a, Numeric b);
extern Numeric jam_num_div_trunc(Numeric a, Numeric b);
extern Numeric jam_num_round(Numeric a, int scale);
extern Numeric jam_num_ceil(Numeric a);
extern Numeric jam_num_ln(Numeric a);
extern Numeric jam_num_exp(Numeric a);
extern Numeric jam_num_widen(Numeric a, int scale);
extern int	jam_num_cmp(Numeric a, Numeric b);
extern int	jam_num_sign(Numeric a);
extern Numeric jam_num_div_round(Numeric num, Numeric den, int scale);
extern Numeric jam_num_div_scaled(Numeric num, Numeric den, int scale);
extern char *jam_num_text(Numeric a);
extern Numeric jam_dec_to_numeric(const JamDec *d);
extern Numeric jam_int128_to_numeric(int128 v);
extern bool jam_numeric_whole(Numeric v, int128 *result);
extern Numeric jam_udiv64_to_numeric(uint64 n, uint64 d, int scale);

#endif							/* JAM_NUMUTIL_H */
