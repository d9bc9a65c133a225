/*
 * fuzz_idnum.c: libFuzzer harness for the Indonesian number and percent
 * parsers (src/idnum.c, jam_parse_id), and the formatter on whatever they
 * accept.
 *
 * Two checks on every input:
 *
 * 1. The raw bytes are parsed as a number and as a percentage into a
 *    buffer of exactly the documented size (so AddressSanitizer sees any
 *    overrun).  On success the canonical text must be plain decimal within
 *    numeric_in's reach (at most JAM_ID_MAX_DIGITS integer digits and
 *    JAM_ID_MAX_SCALE decimals: what lets try_parse_id_* never raise), and
 *    formatting it the Indonesian way and parsing that back must give the
 *    same text; on failure there must be a message and a position inside
 *    the input.
 *
 * 2. The same bytes also spell a number token ("0.123", "1.234,5",
 *    "00.123", ...) with a sign and a scale word or percent sign; the
 *    parser's answer (value, or refusal) must equal that of reference(),
 *    an independent reading of the grouping rule written group by group
 *    from its statement in docs/parsing.md.
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
	JamIdError	err;

	jam_format_id(canon, formatted);
	flen = strlen(formatted);
	if (flen + 1 > clen * 2 + 2)
		fail("formatter overran its buffer", canon, formatted);
	back = malloc(JAM_ID_OUTSZ);
	if (!jam_parse_id(formatted, flen, JAM_ID_NUMBER, back, &err))
		fail("formatted text does not parse back", canon, formatted);
	if (strcmp(back, canon) != 0)
		fail("formatted text parses back to another value", canon, back);
	free(back);
	free(formatted);
}

/* digits before and after the point of canonical text */
static void
count_digits(const char *canon, size_t *nint, size_t *nfrac)
{
	const char *p = canon + (*canon == '-');
	const char *dot = strchr(p, '.');

	*nint = dot ? (size_t) (dot - p) : strlen(p);
	*nfrac = dot ? strlen(dot + 1) : 0;
}

/*
 * The reference reading of a number token tok (digits, '.' and ','),
 * negated if neg, its decimal point moved 'shift' places right, in the
 * given mode.  Returns the canonical text (malloc'd) or NULL when the
 * rule refuses the token.  Written from the rule's statement, group by
 * group, sharing no code with src/idnum.c:
 *	- ',' alone is a decimal comma, at most one;
 *	- '.' and ',' both: the last separator is the decimal mark, and
 *	  appears once; the other separates thousands;
 *	- '.' alone: if every '.' is followed by exactly three digits, the
 *	  dots separate thousands, except that "0.ddd" (one dot, first group
 *	  exactly "0") is a decimal, and that in a percentage a single dot is
 *	  refused; otherwise a single '.' is a decimal point and more are
 *	  refused;
 *	- thousands groups: the first has 1 to 3 digits and does not start
 *	  with 0, the others exactly 3;
 *	- at most 1000 integer digits (leading zeros aside) and 1000 decimals
 *	  in the result.
 */
static char *
reference(const char *tok, size_t n, bool neg, int shift, bool percent)
{
	size_t		runs[4200];		/* digit-run lengths */
	char		seps[4200];		/* separator after each run, 0 for the last */
	size_t		nruns = 0,
				ndots = 0,
				ncommas = 0;
	size_t		i = 0;
	char		thou = 0,
				dec = 0;
	char	   *digits,
			   *res;
	size_t		nint = 0,
				ndig = 0,
				o = 0;
	long		point;

	/* runs of digits separated by single separators, none empty */
	for (;;)
	{
		size_t		k = i;

		while (k < n && tok[k] >= '0' && tok[k] <= '9')
			k++;
		if (k == i)
			return NULL;		/* empty run: leading, trailing or doubled separator */
		runs[nruns] = k - i;
		seps[nruns] = k < n ? tok[k] : 0;
		nruns++;
		if (k == n)
			break;
		if (tok[k] == '.')
			ndots++;
		else
			ncommas++;
		i = k + 1;
	}

	if (ndots > 0 && ncommas > 0)
	{
		dec = seps[nruns - 2];
		thou = dec == '.' ? ',' : '.';
		if ((dec == '.' ? ndots : ncommas) != 1)
			return NULL;
	}
	else if (ncommas > 0)
	{
		if (ncommas != 1)
			return NULL;
		dec = ',';
	}
	else if (ndots > 0)
	{
		bool		all3 = true;

		for (size_t r = 1; r < nruns; r++)
			if (runs[r] != 3)
				all3 = false;
		if (!all3)
		{
			if (ndots != 1)
				return NULL;
			dec = '.';
		}
		else if (ndots == 1 && runs[0] == 1 && tok[0] == '0')
			dec = '.';
		else if (ndots == 1 && percent)
			return NULL;
		else
			thou = '.';
	}

	/* groups before the decimal mark, when thousands are separated */
	if (thou)
	{
		size_t		nthou = nruns - (dec ? 1 : 0);

		if (runs[0] > 3 || tok[0] == '0')
			return NULL;
		for (size_t r = 1; r < nthou; r++)
			if (runs[r] != 3)
				return NULL;
	}

	/* the digits, and how many are before the mark */
	digits = malloc(n + 1);
	{
		size_t		r = 0;

		for (i = 0; i < n; i++)
		{
			if (tok[i] >= '0' && tok[i] <= '9')
			{
				digits[ndig++] = tok[i];
				if (dec == 0 || r < nruns - 1)
					nint++;
			}
			else
				r++;
		}
	}

	/* move the point, then write [-]int[.frac] with no leading zeros */
	point = (long) nint + shift;
	res = malloc(ndig + 2 * 20 + 8 + (size_t) (shift > 0 ? shift : 0));
	{
		long		k = 0;
		long		nd = (long) ndig;

		while (k < point && (k >= nd || digits[k] == '0'))
			k++;
		if (point - k > 1000 || nd - point > 1000)
		{
			free(digits);
			free(res);
			return NULL;
		}
		if (neg)
			res[o++] = '-';
		if (k >= point)
			res[o++] = '0';
		for (; k < point; k++)
			res[o++] = k < nd ? digits[k] : '0';
		if (nd > point)
		{
			res[o++] = '.';
			for (long z = point; z < 0; z++)
				res[o++] = '0';
			for (; k < nd; k++)
				res[o++] = digits[k];
		}
		res[o] = '\0';
	}
	free(digits);
	return res;
}

/*
 * Part 2: the bytes spell a token and its surroundings.  data[0] picks
 * the mode, sign and suffix; each further byte is a digit, '.' or ','.
 */
static void
check_grouping(const uint8_t *data, size_t size)
{
	static const struct
	{
		const char *text;
		int			shift;
		bool		percent;
	}			suffixes[] = {
		{"", 0, false}, {" ribu", 3, false}, {" juta", 6, false}, {"T", 12, false},
		{"", -2, true}, {" %", -2, true}, {" persen", -2, true}, {"%", -2, true}
	};
	static const char alphabet[] = "0123456789001.,";
	char	   *tok,
			   *text,
			   *out,
			   *ref;
	size_t		n,
				tlen;
	int			sfx;
	bool		neg;
	bool		ok;
	JamIdError	err;

	if (size < 2 || size > 4097)
		return;					/* run with -max_len=4096 */
	sfx = data[0] % 8;
	neg = (data[0] >> 3) & 1;
	n = size - 1;
	tok = malloc(n);
	for (size_t i = 0; i < n; i++)
		tok[i] = alphabet[data[i + 1] % (sizeof(alphabet) - 1)];

	text = malloc(n + 16);
	tlen = 0;
	if (neg)
		text[tlen++] = '-';
	memcpy(text + tlen, tok, n);
	tlen += n;
	memcpy(text + tlen, suffixes[sfx].text, strlen(suffixes[sfx].text));
	tlen += strlen(suffixes[sfx].text);

	out = malloc(JAM_ID_OUTSZ);
	ok = jam_parse_id(text, tlen, suffixes[sfx].percent ? JAM_ID_PERCENT : JAM_ID_NUMBER,
					  out, &err);
	ref = reference(tok, n, neg, suffixes[sfx].shift, suffixes[sfx].percent);
	text[tlen] = '\0';
	if (ok && ref == NULL)
		fail("parser accepts what the rule refuses", text, out);
	if (!ok && ref != NULL)
		fail("parser refuses what the rule accepts", text, ref);
	if (ok && strcmp(out, ref) != 0)
		fail("parser and rule disagree", out, ref);
	free(ref);
	free(out);
	free(text);
	free(tok);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	for (int mode = JAM_ID_NUMBER; mode <= JAM_ID_PERCENT; mode++)
	{
		char	   *out = malloc(JAM_ID_OUTSZ);
		JamIdError	err = {(size_t) -1, NULL, NULL};

		if (jam_parse_id((const char *) data, size, (JamIdMode) mode, out, &err))
		{
			size_t		nint,
						nfrac;

			if (strlen(out) >= JAM_ID_OUTSZ || !is_canonical(out))
				fail("parser wrote non-canonical text", out, NULL);
			count_digits(out, &nint, &nfrac);
			if (nint > JAM_ID_MAX_DIGITS || nfrac > JAM_ID_MAX_SCALE)
				fail("parser accepted a value numeric_in refuses", out, NULL);
			round_trip(out);
		}
		else if (err.msg == NULL || err.pos > size)
			fail("parser failed without a message or inside the input", err.msg ? err.msg : "", NULL);
		free(out);
	}
	check_grouping(data, size);
	return 0;
}
