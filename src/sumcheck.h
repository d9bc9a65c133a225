/*-------------------------------------------------------------------------
 *
 * sumcheck.h
 *	  The invariants of the summary types, checked in one place, and their
 *	  binary form read without a server.
 *
 * Every way a summary comes into being (text input, binary input, a
 * transition, combine, rollup and the moving-window inverses) reduces it
 * to a JamSummaryFacts and asks jam_summary_invalid() whether it could
 * exist; each caller only chooses the SQLSTATE (22P02 for text, 22P03 for
 * binary, 22023 for a function's result).  jam_wire_read() splits a binary
 * value into its fields, checking lengths and the numeric sums' headers.
 *
 * Plain C over byte buffers: no palloc, no ereport, so that a fuzzer
 * (test/fuzz/fuzz_recv.c) can drive exactly what the recv functions run.
 *
 *-------------------------------------------------------------------------
 */
#ifndef JAM_SUMCHECK_H
#define JAM_SUMCHECK_H

#include "postgres.h"
#include "compat.h"

#include "int128util.h"

/* Period types of a growth_summary; a summary of no rows has none. */
#define JAM_PK_NONE			0
#define JAM_PK_YEAR			1
#define JAM_PK_DATE			2
#define JAM_PK_TIMESTAMP	3
#define JAM_PK_TIMESTAMPTZ	4

/* What the invariants are about: plain values, however they were read. */
typedef struct JamSummaryFacts
{
	bool		growth;			/* growth_summary, else coverage_summary */
	int64		rows;
	int			sign[2];		/* -1, 0 or 1: covered, population / first, last total */
	bool		finite[2];		/* not NaN or an infinity */
	/* growth_summary only */
	int			kind;
	int64		first;
	int64		last;
	bool		totals_equal;	/* first_total = last_total */
} JamSummaryFacts;

extern bool jam_period_valid(int kind, int64 v);
extern const char *jam_summary_invalid(const JamSummaryFacts *f);

/* One sum of the binary form. */
typedef struct JamWireSum
{
	bool		is_num;
	int128		i;				/* !is_num */
	const char *num;			/* is_num: numeric_send's bytes */
	int			numlen;
	int			sign;			/* -1, 0, 1 */
	bool		finite;
} JamWireSum;

typedef struct JamWireSummary
{
	int			version;
	int			kind;			/* growth_summary */
	int64		rows;
	int64		first;			/* growth_summary */
	int64		last;
	JamWireSum	sums[2];
} JamWireSummary;

/* What jam_wire_read found wrong; detail is the offending number. */
typedef enum JamWireError
{
	JAM_WIRE_OK = 0,
	JAM_WIRE_SHORT,				/* the value ends early */
	JAM_WIRE_VERSION,			/* detail: the version */
	JAM_WIRE_SUM_KIND,			/* detail: the kind byte */
	JAM_WIRE_NUM_LENGTH,		/* detail: the length */
	JAM_WIRE_NUM_FORM,			/* a numeric sum's own bytes are not one */
	JAM_WIRE_NUM_TRAILING,		/* bytes after a numeric sum's digits */
	JAM_WIRE_TRAILING			/* bytes after the last field */
} JamWireError;

extern JamWireError jam_wire_read(const char *data, int len, bool growth,
								  JamWireSummary *w, int *detail);
extern JamWireError jam_wire_read_sum(const char *data, int len, JamWireSum *s,
									  int *detail, int *used);
extern void jam_wire_facts(const JamWireSummary *w, bool growth,
						   JamSummaryFacts *f);

#endif							/* JAM_SUMCHECK_H */
