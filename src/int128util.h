/*-------------------------------------------------------------------------
 *
 * int128util.h
 *	  Plain-C decimal text conversion for 128-bit integers.
 *
 * No server calls: these are used by the summary types' text I/O and can
 * be driven by a fuzzer on their own.
 *
 *-------------------------------------------------------------------------
 */
#ifndef JAM_INT128UTIL_H
#define JAM_INT128UTIL_H

#include "postgres.h"
#include "compat.h"

#ifndef HAVE_INT128
#error "jamsostek needs a compiler with 128-bit integers (gcc or clang on a 64-bit platform)"
#endif

#define JAM_INT128_MIN ((int128) (((uint128) 1) << 127))
#define JAM_INT128_MAX ((int128) ~(((uint128) 1) << 127))

/* Longest text of an int128: 39 digits, a sign and the terminator. */
#define JAM_INT128_BUFLEN 41

extern int	jam_int128_to_text(int128 v, char *buf);
extern bool jam_text_to_int128(const char *s, size_t len, int128 *result);

#endif							/* JAM_INT128UTIL_H */
