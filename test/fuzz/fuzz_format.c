/*
 * fuzz_format.c: libFuzzer harness for the Indonesian formatter
 * (src/idnum.c, jam_format_id) on arbitrary values and digit counts.
 *
 * The bytes build a canonical decimal the way numeric_out writes a value
 * rounded to 'digits' decimals (any sign, up to 1000 integer digits, 0 to
 * 100 decimals; negative digit counts give trailing zeros).  The
 * formatted text must have '.' every three integer digits and ',' before
 * the decimals, fit the documented buffer, and parse back to the same
 * canonical text.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "idnum.h"

static void
fail(const char *what, const char *a, const char *b)
{
	fprintf(stderr, "fuzz_format: %s: \"%s\" / \"%s\"\n", what, a, b);
	abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t		i = 0;
	bool		neg;
	int			nint,
				nfrac;
	char	   *canon,
			   *out,
			   *back;
	size_t		o = 0,
				clen;
	JamIdError	err;

	if (size < 3)
		return 0;
	neg = data[i] & 1;
	nint = 1 + (((data[i] >> 1) | (data[i + 1] << 7)) % 1000);
	nfrac = data[i + 2] % 101;
	i += 3;

	canon = malloc(nint + nfrac + 3);
	if (neg)
		canon[o++] = '-';
	for (int k = 0; k < nint; k++)
	{
		int			d = i < size ? data[i++] % 10 : 0;

		if (k == 0 && nint > 1 && d == 0)
			d = 1;				/* numeric_out writes no leading zeros */
		canon[o++] = (char) ('0' + d);
	}
	if (nfrac > 0)
	{
		canon[o++] = '.';
		for (int k = 0; k < nfrac; k++)
			canon[o++] = (char) ('0' + (i < size ? data[i++] % 10 : 0));
	}
	canon[o] = '\0';
	clen = o;

	out = malloc(clen * 2 + 2);
	jam_format_id(canon, out);

	/* shape: [-]d{1,3}(.ddd)*(,d+)? */
	{
		const char *p = out;
		size_t		group = 0;
		bool		first = true;

		if (*p == '-')
			p++;
		for (; *p && *p != ','; p++)
		{
			if (*p == '.')
			{
				if ((first ? group < 1 || group > 3 : group != 3))
					fail("bad thousands grouping", canon, out);
				first = false;
				group = 0;
			}
			else if (*p >= '0' && *p <= '9')
				group++;
			else
				fail("unexpected character", canon, out);
		}
		if (first ? group < 1 || group > 3 : group != 3)
			fail("bad last group", canon, out);
		if ((*p == ',') != (nfrac > 0))
			fail("decimal comma wrong", canon, out);
	}

	back = malloc(JAM_ID_OUTSZ);
	if (!jam_parse_id(out, strlen(out), JAM_ID_NUMBER, back, &err))
		fail("does not parse back", canon, out);
	if (strcmp(back, canon) != 0)
		fail("parses back to another value", canon, back);
	free(back);
	free(out);
	free(canon);
	return 0;
}
