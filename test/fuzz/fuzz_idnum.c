/*
 * fuzz_idnum.c: libFuzzer harness for the Indonesian number and percent
 * parsers (src/idnum.c, jam_parse_id), and the formatter on whatever they
 * accept.
 *
 * The input is parsed as a number and as a percentage into buffers of
 * exactly the documented size (so AddressSanitizer sees any overrun).  On
 * success the canonical text must be plain decimal, and formatting it the
 * Indonesian way and parsing that back must give the same text; on failure
 * the error position must lie inside the input.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "idnum.h"

/* -?digits(.digits)?, no leading zeros but a lone 0 */
static bool
is_canonical(const char *s)
{
	const char *p = s;

	if (*p == '-')
		p++;
	if (!(*p >= '0' && *p <= '9'))
		return false;
	if (*p == '0' && p[1] >= '0' && p[1] <= '9')
		return false;
	while (*p >= '0' && *p <= '9')
		p++;
	if (*p == '.')
	{
		p++;
		if (!(*p >= '0' && *p <= '9'))
			return false;
		while (*p >= '0' && *p <= '9')
			p++;
	}
	return *p == '\0';
}

static void
fail(const char *what, const char *a, const char *b)
{
	fprintf(stderr, "fuzz_idnum: %s: \"%s\" / \"%s\"\n", what, a, b ? b : "");
	abort();
}

/* format canon, parse it back as a number: the same canonical text */
static void
round_trip(const char *canon)
{
	size_t		clen = strlen(canon);
	char	   *formatted = malloc(clen * 2 + 2);
	size_t		flen;
	char	   *back;
	size_t		errpos;
	const char *errmsg;

	jam_format_id(canon, formatted);
	flen = strlen(formatted);
	if (flen + 1 > clen * 2 + 2)
		fail("formatter overran its buffer", canon, formatted);
	back = malloc(JAM_ID_OUTSZ(flen));
	if (!jam_parse_id(formatted, flen, JAM_ID_NUMBER, back, &errpos, &errmsg))
		fail("formatted text does not parse back", canon, formatted);
	if (strcmp(back, canon) != 0)
		fail("formatted text parses back to another value", canon, back);
	free(back);
	free(formatted);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	for (int mode = JAM_ID_NUMBER; mode <= JAM_ID_PERCENT; mode++)
	{
		char	   *out = malloc(JAM_ID_OUTSZ(size));
		size_t		errpos = (size_t) -1;
		const char *errmsg = NULL;

		if (jam_parse_id((const char *) data, size, (JamIdMode) mode, out,
						 &errpos, &errmsg))
		{
			if (strlen(out) >= JAM_ID_OUTSZ(size) || !is_canonical(out))
				fail("parser wrote non-canonical text", out, NULL);
			round_trip(out);
		}
		else if (errmsg == NULL || errpos > size)
			fail("parser failed without a message or inside the input", errmsg ? errmsg : "", NULL);
		free(out);
	}
	return 0;
}
