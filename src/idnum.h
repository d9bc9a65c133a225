/*-------------------------------------------------------------------------
 *
 * idnum.h
 *	  Reading and writing numbers the way Indonesian text prints them.
 *
 * Plain C over a buffer and its length, with no server calls, so that a
 * fuzzer can drive these directly.  The SQL wrappers (idnum_sql.c) turn
 * the canonical decimal text they produce into numeric with PostgreSQL's
 * own numeric_in, and format numeric_out's text.
 *
 *-------------------------------------------------------------------------
 */
#ifndef JAM_IDNUM_H
#define JAM_IDNUM_H

#include <stdbool.h>
#include <stddef.h>

typedef enum JamIdMode
{
	JAM_ID_NUMBER,				/* counts and amounts: scale words allowed */
	JAM_ID_PERCENT				/* a percentage, returned as a ratio */
} JamIdMode;

/*
 * Digits the integer part and the fraction of a parsed value may have.
 * 1000 is numeric's largest display scale (NUMERIC_MAX_DISPLAY_SCALE):
 * anything longer is not a figure anyone wrote, and numeric_in would
 * raise 22003 for a fraction of more than 16383 digits.  Inside these
 * bounds every accepted text converts to numeric without an error, which
 * is what lets the try_ forms never raise.
 */
#define JAM_ID_MAX_DIGITS 1000
#define JAM_ID_MAX_SCALE 1000

/*
 * Room the canonical text (and the parser's scratch digits) needs,
 * whatever the length of the input: the parser gives up on a token
 * with more digits than the bounds above allow before it stores them.
 */
#define JAM_ID_OUTSZ (2 * (JAM_ID_MAX_DIGITS + JAM_ID_MAX_SCALE + 16) + 32)

/* Why a text is not a number, and where. */
typedef struct JamIdError
{
	size_t		pos;			/* byte offset of the offending part */
	const char *msg;			/* what is wrong there */
	const char *hint;			/* how to write it instead, or NULL */
} JamIdError;

/*
 * Parse s[0..len).  On success write the value as canonical decimal text
 * ("-2700000", "0.2679") into out (JAM_ID_OUTSZ bytes) and return true.
 * On failure return false and fill *err.  Never fails in any other way:
 * no allocation, any bytes, any length.
 */
extern bool jam_parse_id(const char *s, size_t len, JamIdMode mode,
						 char *out, JamIdError *err);

/*
 * Rewrite canonical decimal text ("-1234567.89") the Indonesian way
 * ("-1.234.567,89") into out (strlen(canon) * 2 + 2 bytes is enough).
 */
extern void jam_format_id(const char *canon, char *out);

#endif							/* JAM_IDNUM_H */
