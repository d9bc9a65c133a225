/*
 * fuzz_recv.c: libFuzzer harness for the summary types' binary input
 * (src/sumcheck.c): jam_wire_read, the plain-C reader coverage_summary_recv
 * and growth_summary_recv run before numeric_recv sees a sum, and
 * jam_summary_invalid, the one check of a summary's invariants behind every
 * input path.
 *
 * Checks: whatever jam_wire_read accepts, written back in the send
 * functions' layout, gives the input's bytes exactly (nothing skipped,
 * nothing invented); numeric sums' signs and finiteness agree with their
 * bytes; a summary jam_summary_invalid passes satisfies every invariant,
 * each tested here again directly; no read outside the input (ASan).
 */
#include "postgres.h"
#include "compat.h"

#include "datatype/timestamp.h"
#include "sumcheck.h"

#include <stdio.h>
#include <stdlib.h>

/* postgres.h maps these to libpgport's, which a harness does not link */
#undef fprintf
#undef snprintf

static void
fail(const char *what)
{
	fprintf(stderr, "fuzz_recv: %s\n", what);
	abort();
}

static size_t
put(unsigned char *out, size_t at, uint64 v, int n)
{
	for (int k = n - 1; k >= 0; k--)
		out[at++] = (unsigned char) (v >> (8 * k));
	return at;
}

/* The send functions' layout of what jam_wire_read returned. */
static size_t
rewrite(const JamWireSummary *w, bool growth, unsigned char *out)
{
	size_t		at = 0;

	at = put(out, at, (uint64) w->version, 1);
	if (growth)
		at = put(out, at, (uint64) w->kind, 1);
	at = put(out, at, (uint64) w->rows, 8);
	if (growth)
	{
		at = put(out, at, (uint64) w->first, 8);
		at = put(out, at, (uint64) w->last, 8);
	}
	for (int k = 0; k < 2; k++)
	{
		const JamWireSum *s = &w->sums[k];

		if (!s->is_num)
		{
			at = put(out, at, 0, 1);
			at = put(out, at, (uint64) ((uint128) s->i >> 64), 8);
			at = put(out, at, (uint64) (uint128) s->i, 8);
		}
		else
		{
			at = put(out, at, 1, 1);
			at = put(out, at, (uint64) s->numlen, 4);
			memcpy(out + at, s->num, s->numlen);
			at += s->numlen;
		}
	}
	return at;
}

/* A numeric sum's sign and finiteness, from its bytes, the long way. */
static void
check_numeric(const JamWireSum *s)
{
	const unsigned char *p = (const unsigned char *) s->num;
	int			ndigits = (p[0] << 8) | p[1];
	int			sign = (p[4] << 8) | p[5];
	bool		nonzero = false;

	if (s->numlen != 8 + 2 * ndigits)
		fail("numeric sum length does not match its digit count");
	for (int k = 0; k < ndigits; k++)
	{
		int			d = (p[8 + 2 * k] << 8) | p[9 + 2 * k];

		if (d > 9999)
			fail("numeric sum digit above 9999 accepted");
		nonzero |= d != 0;
	}
	if (s->finite != (sign == 0 || sign == 0x4000))
		fail("numeric sum finiteness disagrees with its sign field");
	if (s->finite && s->sign != (nonzero ? (sign == 0x4000 ? -1 : 1) : 0))
		fail("numeric sum sign disagrees with its bytes");
}

static void
check_valid(const JamSummaryFacts *f)
{
	if (f->rows < 0 || !f->finite[0] || !f->finite[1] ||
		f->sign[0] < 0 || f->sign[1] < 0)
		fail("negative rows, a negative or special sum passed");
	if (!f->growth)
	{
		if (f->rows == 0 && (f->sign[0] | f->sign[1]) != 0)
			fail("coverage_summary of no rows with sums passed");
		return;
	}
	if (f->kind < JAM_PK_NONE || f->kind > JAM_PK_TIMESTAMPTZ)
		fail("unknown period type passed");
	if ((f->kind == JAM_PK_NONE) != (f->rows == 0))
		fail("period type and rows disagree");
	if (f->rows == 0)
	{
		if (f->first != 0 || f->last != 0 || (f->sign[0] | f->sign[1]) != 0)
			fail("growth_summary of no rows with periods or totals passed");
		return;
	}
	if (f->first > f->last)
		fail("first period after last passed");
	if (f->first == f->last ? !f->totals_equal : f->rows < 2)
		fail("one period with two totals, or one row with two periods, passed");
	if (f->kind == JAM_PK_YEAR && (f->first < PG_INT32_MIN || f->last > PG_INT32_MAX))
		fail("year out of range passed");
	if (f->kind == JAM_PK_DATE && (!IS_VALID_DATE(f->first) || !IS_VALID_DATE(f->last)))
		fail("date out of range passed");
	if (f->kind >= JAM_PK_TIMESTAMP &&
		(!IS_VALID_TIMESTAMP(f->first) || !IS_VALID_TIMESTAMP(f->last)))
		fail("timestamp out of range passed");
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > 1 << 16)
		return 0;
	for (int g = 0; g < 2; g++)
	{
		bool		growth = g == 1;
		JamWireSummary w;
		JamSummaryFacts f;
		int			detail;
		unsigned char *back;

		if (jam_wire_read((const char *) data, (int) size, growth, &w, &detail) != JAM_WIRE_OK)
			continue;
		back = malloc(size + 64);
		if (rewrite(&w, growth, back) != size || memcmp(back, data, size) != 0)
			fail("an accepted value does not write back to its own bytes");
		free(back);
		for (int k = 0; k < 2; k++)
			if (w.sums[k].is_num)
				check_numeric(&w.sums[k]);
		jam_wire_facts(&w, growth, &f);
		if (jam_summary_invalid(&f) == NULL)
			check_valid(&f);
	}
	return 0;
}
