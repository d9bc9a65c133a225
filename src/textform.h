/*-------------------------------------------------------------------------
 *
 * textform.h
 *	  Scanning the summary types' text form, "(v1,name:value,...)".
 *
 * Plain C over a NUL-terminated string, with no server calls, so that a
 * fuzzer can drive exactly the code coverage_summary_in and
 * growth_summary_in run.  Failures are returned, not raised: the SQL side
 * (summary.c) turns them into 22P02 errors.
 *
 *-------------------------------------------------------------------------
 */
#ifndef JAM_TEXTFORM_H
#define JAM_TEXTFORM_H

#include <stdbool.h>
#include <stddef.h>

typedef struct JamScan
{
	const char *input;			/* whole input, for messages */
	const char *p;				/* current position; on failure, the culprit */
	char		msg[96];		/* on failure: what was wrong there */
} JamScan;

/* A field's value: input[start..start+len), start NULL when absent. */
typedef struct JamSpan
{
	const char *start;
	size_t		len;
} JamSpan;

/*
 * The fields of one summary type, in order.  The first 'optional' names
 * form a group that is either all there or all missing, and is there when
 * the text after "(v1," starts with the first name (growth_summary's
 * period fields, absent from a summary of no rows).
 */
typedef struct JamLayout
{
	const char *const *names;
	int			n;
	int			optional;
} JamLayout;

/* Most fields of any layout. */
#define JAM_SCAN_MAX_FIELDS 8

extern void jam_scan_init(JamScan *sc, const char *input);
extern bool jam_scan_expect(JamScan *sc, const char *lit);
extern bool jam_scan_field(JamScan *sc, const char *name, JamSpan *val);
extern bool jam_scan_layout(JamScan *sc, const JamLayout *layout, JamSpan *vals);
extern bool jam_scan_fail(JamScan *sc, const char *at, const char *msg);

extern bool jam_numeric_syntax(const char *s, size_t len);
extern bool jam_numeric_in_range(const char *s, size_t len);

#endif							/* JAM_TEXTFORM_H */
