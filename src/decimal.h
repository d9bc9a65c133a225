/*-------------------------------------------------------------------------
 *
 * decimal.h
 *	  Exact decimals as a 128-bit coefficient and a scale, converted
 *	  directly to and from PostgreSQL's stored numeric form.
 *
 * The hot paths (coverage_ratio, coverage_pct, growth_rate, growth_pct,
 * shortfall_agg, the coverage_summary results) see counts: whole numbers far below 10^38.
 * For them, a division or a rounding done in 128-bit integers and written
 * straight into a numeric costs a fraction of numeric.c's general
 * arithmetic.  Every function here either gives exactly the numeric that
 * PostgreSQL's own operation would give (same value, same display scale,
 * same bytes) or returns false, and the caller takes the numeric path.
 *
 * Plain C over byte buffers: no palloc, no ereport, so a fuzzer can drive
 * it without a server.
 *
 *-------------------------------------------------------------------------
 */
#ifndef JAM_DECIMAL_H
#define JAM_DECIMAL_H

#include "postgres.h"
#include "compat.h"

#include "int128util.h"

/* value = coef / 10^scale, 0 <= scale <= JAM_DEC_MAX_SCALE */
typedef struct JamDec
{
	int128		coef;
	int			scale;
} JamDec;

/* numeric's own limits: display scales up to 1000, dscale field 14 bits */
#define JAM_DEC_MAX_SCALE	1000

/*
 * Largest numeric our encoders write: header (8 bytes) and at most 15
 * base-10000 digits (jam_dec_encode: 39 decimal digits, plus up to 3 of
 * alignment, in 11; jam_dec_udiv64_encode: 5 before the point and 10
 * after it).
 */
#define JAM_DEC_MAXSZ		(8 + 2 * 15)

/* 10^e for 0 <= e <= 38 */
extern PGDLLIMPORT const uint128 jam_pow10_table[39];
#define JAM_POW10(e)	(AssertMacro((e) >= 0 && (e) <= 38), jam_pow10_table[(e)])

extern bool jam_dec_decode_raw(const char *p, Size len, JamDec *out);
extern bool jam_dec_decode(const void *numeric, JamDec *out);
extern bool jam_dec_decode_datum(Datum value, JamDec *out);
extern Size jam_dec_encode(const JamDec *d, void *buf);

extern bool jam_dec_sub(const JamDec *a, const JamDec *b, JamDec *r);
extern bool jam_dec_div(const JamDec *a, const JamDec *b, JamDec *q);
extern bool jam_dec_div_round(const JamDec *num, int k,
							  const JamDec *den, int digits, JamDec *q);
extern int	jam_div_scale_u64(uint64 n, uint64 d);
extern Size jam_dec_udiv64_encode(uint64 n, uint64 d, int scale, bool neg,
								  void *buf);
extern bool jam_dec_shortfall(const JamDec *covered, const JamDec *population,
							  const JamDec *target, JamDec *need);

#endif							/* JAM_DECIMAL_H */
