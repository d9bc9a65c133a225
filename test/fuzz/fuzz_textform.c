/*
 * fuzz_textform.c: libFuzzer harness for the summary types' text input
 * (src/textform.c scanning, src/int128util.c numbers): the code
 * coverage_summary_in and growth_summary_in run before they hand a value to
 * numeric_in or date_in.
 *
 * Checks: spans and error positions stay inside the input; whatever
 * jam_text_to_int128 accepts is valid numeric syntax, in numeric's range
 * (jam_numeric_in_range, the summaries' own range check) and survives
 * jam_int128_to_text -> jam_text_to_int128 unchanged.
 */
#include "postgres.h"

#include "int128util.h"
#include "textform.h"

#include <stdio.h>

/* postgres.h maps these to libpgport's, which a harness does not link */
#undef fprintf
#undef snprintf

static const char *const cov_names[] = {"covered", "population", "rows"};
static const char *const gro_names[] =
{"period", "first", "first_total", "last", "last_total", "rows"};
static const JamLayout layouts[] = {
	{cov_names, 3, 0},
	{gro_names, 6, 5},
};

static void
fail(const char *what, const char *input)
{
	fprintf(stderr, "fuzz_textform: %s: \"%s\"\n", what, input);
	abort();
}

static void
check_value(const char *input, size_t inlen, const char *s, size_t len)
{
	int128		v,
				back;
	char		buf[JAM_INT128_BUFLEN];

	if (s < input || s + len > input + inlen)
		fail("value span outside the input", input);
	if (jam_text_to_int128(s, len, &v))
	{
		int			n = jam_int128_to_text(v, buf);

		if (!jam_numeric_syntax(s, len))
			fail("an int128 that is not numeric syntax", input);
		if (!jam_numeric_in_range(s, len))
			fail("an int128 that is out of numeric's range", input);
		if (n >= JAM_INT128_BUFLEN || !jam_text_to_int128(buf, n, &back) || back != v)
			fail("int128 text does not round-trip", input);
	}
	if (jam_numeric_syntax(s, len))
		(void) jam_numeric_in_range(s, len);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *input = malloc(size + 1);

	/* a cstring, as the type input function gets it: up to the first NUL */
	memcpy(input, data, size);
	input[size] = '\0';
	size = strlen(input);

	for (int l = 0; l < 2; l++)
	{
		JamScan		sc;
		JamSpan		v[JAM_SCAN_MAX_FIELDS];

		jam_scan_init(&sc, input);
		if (jam_scan_layout(&sc, &layouts[l], v))
		{
			for (int k = 0; k < layouts[l].n; k++)
				if (v[k].start != NULL)
					check_value(input, size, v[k].start, v[k].len);
				else if (k >= layouts[l].optional)
					fail("a required field missing", input);
		}
		else if (sc.p < input || sc.p > input + size || sc.msg[0] == '\0')
			fail("error outside the input or without a message", input);
	}
	/* the whole input as one number, as jam_sum_in sees a value */
	check_value(input, size, input, size);
	free(input);
	return 0;
}
