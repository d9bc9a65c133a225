/*-------------------------------------------------------------------------
 *
 * summary.h
 *	  What the coverage and growth summary types share: their version,
 *	  exact sums that stay 128-bit integers while they can and become
 *	  numeric when they must, and the text-form errors.
 *
 *-------------------------------------------------------------------------
 */
#ifndef JAM_SUMMARY_H
#define JAM_SUMMARY_H

#include "postgres.h"
#include "compat.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "utils/numeric.h"

#include "int128util.h"
#include "sumcheck.h"
#include "textform.h"

/* Version of the summary types' stored, text and binary forms. */
#define JAM_SUMMARY_VERSION 1

/*
 * An exact sum: a 128-bit integer while every input was a whole number
 * (the common case, and the fast one), otherwise a numeric.
 */
typedef struct JamSum
{
	bool		is_num;
	int128		i;
	Numeric		n;				/* valid when is_num */
} JamSum;

extern void jam_sum_zero(JamSum *s);
extern void jam_sum_normalize(JamSum *s);
extern void jam_sum_add_int64(JamSum *s, int64 v);
extern void jam_sum_add_numeric(JamSum *s, Numeric v);
extern void jam_sum_add(JamSum *s, const JamSum *t);
extern void jam_sum_sub(JamSum *s, const JamSum *t);
extern Numeric jam_sum_numeric(const JamSum *s);
extern int	jam_sum_sign(const JamSum *s);
extern bool jam_sum_equal(const JamSum *a, const JamSum *b);
extern void jam_sum_out(StringInfo buf, const JamSum *s);
extern bool jam_sum_in(const char *s, size_t len, JamSum *result);
extern void jam_sum_send(StringInfo buf, const JamSum *s);
extern void jam_sum_recv(StringInfo buf, JamSum *s, const char *typname);
extern bool jam_sum_in_fail(JamScan *sc, const JamSpan *v, const char *field);
extern void jam_sum_facts(const JamSum *s, int *sign, bool *finite);

/* Summaries' binary input, invariants and row counts (see sumcheck.h). */
extern void jam_sum_from_wire(const JamWireSum *w, JamSum *s);
extern void jam_wire_recv(StringInfo buf, bool growth, JamWireSummary *w,
						  const char *typname);
extern void jam_summary_check(const JamSummaryFacts *f, int sqlerrcode,
							  const char *typname, const char *input);
extern int64 jam_rows_add(int64 a, int64 b, const char *typname);


/* A text-form scan failure (textform.c) as a 22P02 error. */
pg_noreturn extern void jam_scan_error(const JamScan *sc, const char *typname);

/*
 * Stored form of a summary's sums: 'n' sums, all int128 (16 bytes each,
 * copied with memcpy since a tuple does not align them to 16) or, when any
 * of them needs it, all numeric (complete varlenas, each int-aligned).
 */
extern bool jam_sums_need_numeric(const JamSum *sums, int n);
extern Size jam_sums_size(const JamSum *sums, int n, bool as_num);
extern void jam_sums_write(char *dst, const JamSum *sums, int n, bool as_num);
extern void jam_sums_read(const char *src, JamSum *sums, int n, bool as_num);

static inline int128
jam_load_int128(const char *p)
{
	int128		v;

	memcpy(&v, p, sizeof(v));
	return v;
}

static inline void
jam_store_int128(char *p, int128 v)
{
	memcpy(p, &v, sizeof(v));
}

/* v += d for a stored int128; false (and v unchanged) on overflow */
static inline bool
jam_add_int128_at(char *p, int128 d)
{
	int128		v = jam_load_int128(p);

	if (__builtin_add_overflow(v, d, &v))
		return false;
	jam_store_int128(p, v);
	return true;
}
#endif							/* JAM_SUMMARY_H */
