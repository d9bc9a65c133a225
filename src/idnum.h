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

/* Digits the integer part of a parsed value may have. */
#define JAM_ID_MAX_DIGITS 1000

/* Room the canonical text needs for an input of len bytes. */
#define JAM_ID_OUTSZ(len) (2 * (len) + 32)

/*
 * Parse s[0..len).  On success write the value as canonical decimal text
 * ("-2700000", "0.2679") into out (JAM_ID_OUTSZ(len) bytes) and return
 * true.  On failure return false with *errpos the offset of the offending
 * part and *errmsg a description.
 */
extern bool jam_parse_id(const char *s, size_t len, JamIdMode mode,
						 char *out, size_t *errpos, const char **errmsg);

/*
 * Rewrite canonical decimal text ("-1234567.89") the Indonesian way
 * ("-1.234.567,89") into out (strlen(canon) * 2 + 2 bytes is enough).
 */
extern void jam_format_id(const char *canon, char *out);

#endif							/* JAM_IDNUM_H */
