/*-------------------------------------------------------------------------
 *
 * int128util.c
 *	  Plain-C decimal text conversion for 128-bit integers.
 *
 * The coverage and growth summaries keep integer sums in 128 bits, which
 * no bigint input can overflow (that would take 2^64 rows).  PostgreSQL
 * has no exported int128 <-> text conversion, so these two live here.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"
#include "compat.h"

#include "int128util.h"

/*
 * Write v in decimal into buf (at least JAM_INT128_BUFLEN bytes); returns
 * the length written, not counting the terminator.
 */
int
jam_int128_to_text(int128 v, char *buf)
{
	char		tmp[JAM_INT128_BUFLEN];
	int			n = 0;
	int			len = 0;
	bool		neg = v < 0;

	/* work on the negative side, which holds the minimum value too */
	if (!neg)
		v = -v;
	do
	{
		tmp[n++] = (char) ('0' - (int) (v % 10));
		v /= 10;
	} while (v != 0);

	if (neg)
		buf[len++] = '-';
	while (n > 0)
		buf[len++] = tmp[--n];
	buf[len] = '\0';
	return len;
}

/*
 * Parse an optional sign and decimal digits, the whole of s[0..len), into
 * *result.  A fraction of zeros ("12.000") is accepted as the integer;
 * anything else that is not a whole number in int128's range returns false
 * (the caller falls back to numeric).
 */
bool
jam_text_to_int128(const char *s, size_t len, int128 *result)
{
	size_t		i = 0;
	bool		neg = false;
	bool		digits = false;
	int128		v = 0;

	if (i < len && (s[i] == '+' || s[i] == '-'))
		neg = (s[i++] == '-');
	for (; i < len && s[i] >= '0' && s[i] <= '9'; i++)
	{
		int			d = s[i] - '0';

		/* accumulate negatively so that the minimum value parses too */
		if (__builtin_mul_overflow(v, 10, &v) ||
			__builtin_sub_overflow(v, d, &v))
			return false;
		digits = true;
	}
	if (i < len && s[i] == '.')
	{
		for (i++; i < len && s[i] == '0'; i++)
			;
	}
	if (!digits || i != len)
		return false;
	if (!neg)
	{
		if (v == JAM_INT128_MIN)
			return false;
		v = -v;
	}
	*result = v;
	return true;
}
