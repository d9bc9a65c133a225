/*-------------------------------------------------------------------------
 *
 * idnum.c
 *	  Reading and writing numbers the way Indonesian text prints them.
 *
 * The rules (README.md has examples of each):
 *	- ',' is a decimal comma; '.' followed by exactly three digits is a
 *	  thousands separator, otherwise a decimal point; when both appear, the
 *	  last one is the decimal mark and the other separates thousands; a
 *	  first group of 0 is never a thousands group ("0.123" is 0.123) and a
 *	  percentage's lone '.' + three digits is refused as ambiguous
 *	  (split_number has the whole rule);
 *	- scale words ribu/rb, juta/jt, miliar/milyar/M, triliun/trilyun/T in any
 *	  letter case, with or without a space before and a dot after (numbers
 *	  only: "M" is miliar in Indonesian, never million);
 *	- a Rp or IDR prefix, with or without a space; a minus sign before or
 *	  after it;
 *	- leading "sekitar", "kurang lebih" or "±" and trailing "lebih" and unit
 *	  words (pekerja, peserta, orang, klaim, kasus, tenaga kerja) are accepted
 *	  and ignored;
 *	- "persen" or "%" only in percent mode, where they are optional and the
 *	  value is divided by 100; "persen poin" (percentage points) is refused.
 * Anything else is an error that points at the offending part.
 *
 * The value is built as text by moving the decimal point, never through
 * floating point, so "2,7 juta" is exactly 2700000.  It has at most
 * JAM_ID_MAX_DIGITS integer digits and JAM_ID_MAX_SCALE decimals, so
 * numeric_in takes every text accepted here; the work space is fixed
 * (JAM_ID_OUTSZ), whatever the length of the input.
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "idnum.h"

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool
is_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static char
lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char) (c + 'a' - 'A') : c;
}

static size_t
skip_space(const char *s, size_t len, size_t i)
{
	while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
		i++;
	return i;
}

/*
 * Does the word w (lower case) stand at s[i], case-insensitively, and end
 * there (no letter follows)?  Returns its length, or 0.
 */
static size_t
word_at(const char *s, size_t len, size_t i, const char *w)
{
	size_t		n = strlen(w);

	if (i + n > len)
		return 0;
	for (size_t k = 0; k < n; k++)
		if (lower(s[i + k]) != w[k])
			return 0;
	if (i + n < len && is_letter(s[i + n]))
		return 0;
	return n;
}

#define FAIL_HINT(at_, msg_, hint_) \
	do { err->pos = (at_); err->msg = (msg_); err->hint = (hint_); return false; } while (0)
#define FAIL(at_, msg_) FAIL_HINT(at_, msg_, NULL)

/*
 * Scratch room for a token's significant integer digits and its fraction
 * digits.  A percentage moves the point two places left and triliun
 * twelve places right, so a token may hold that many more than the
 * result; the exact bounds are checked on the result.
 */
#define IP_MAX (JAM_ID_MAX_DIGITS + 2)
#define FP_MAX (JAM_ID_MAX_SCALE + 12)

static const char *const too_many_hint =
"At most 1000 digits before the decimal mark and 1000 after it.";

/*
 * Split the number token s[start..end) into integer and fraction digits,
 * applying the separator rules.  ip/fp receive the digits (no separators;
 * ip without leading zeros), at most IP_MAX and FP_MAX of them.
 *
 * The grouping rule (README "Indonesian figures", docs/parsing.md):
 *	- ',' alone is a decimal comma (at most one);
 *	- '.' and ',' together: the last is the decimal mark, the other
 *	  separates thousands;
 *	- '.' alone separates thousands when every '.' is followed by exactly
 *	  three digits, otherwise a single '.' is a decimal point;
 *	- a first group of 0 cannot be a thousands group, since no writer
 *	  means 123 by 0.123: "0.123" (one '.', first group exactly "0") is
 *	  the decimal 0.123, and any other thousands grouping whose first group
 *	  starts with 0 ("00.123", "01.234", "0.123.456", "0.123,5") is an
 *	  error;
 *	- in a percentage, a single '.' followed by exactly three digits
 *	  ("41.840 %") is an error: writers of percentages use '.' as a
 *	  decimal point as often as for thousands (the seed articles print
 *	  "41.84 %"), and either reading could be meant.
 */
static bool
split_number(const char *s, size_t start, size_t end, JamIdMode mode,
			 char *ip, size_t *iplen, char *fp, size_t *fplen,
			 JamIdError *err)
{
	size_t		ndots = 0,
				ncommas = 0,
				lastdot = 0,
				lastcomma = 0;
	char		dec = 0;		/* the decimal mark, if any */
	char		thou = 0;		/* the thousands separator, if any */
	size_t		i;
	size_t		group = 0;		/* digits in the current group */
	bool		seen_thou = false;
	bool		in_frac = false;
	bool		any_int = false;	/* an integer digit, even a zero */

	for (i = start; i < end; i++)
	{
		if (s[i] == '.')
			ndots++, lastdot = i;
		else if (s[i] == ',')
			ncommas++, lastcomma = i;
	}
	if (s[end - 1] == '.' || s[end - 1] == ',')
		FAIL(end - 1, "a number cannot end with a separator");

	if (ndots > 0 && ncommas > 0)
	{
		/* both: the last one is the decimal mark */
		dec = lastdot > lastcomma ? '.' : ',';
		thou = dec == '.' ? ',' : '.';
		if ((dec == '.' && ndots > 1) || (dec == ',' && ncommas > 1))
			FAIL(dec == '.' ? lastdot : lastcomma,
				 "more than one decimal mark");
	}
	else if (ncommas > 0)
	{
		if (ncommas > 1)
			FAIL(lastcomma, "more than one decimal comma");
		dec = ',';
	}
	else if (ndots > 0)
	{
		/* each '.' followed by exactly three digits separates thousands */
		bool		all_thousands = true;

		for (i = start; i < end; i++)
		{
			if (s[i] == '.')
			{
				size_t		k = i + 1;

				while (k < end && is_digit(s[k]))
					k++;
				if (k - (i + 1) != 3)
					all_thousands = false;
			}
		}
		if (!all_thousands)
		{
			if (ndots == 1)
				dec = '.';
			else
				FAIL(lastdot, "dots that are neither all thousands separators nor one decimal point");
		}
		else if (ndots == 1 && lastdot == start + 1 && s[start] == '0')
			dec = '.';			/* "0.123" is 0.123: see above */
		else if (ndots == 1 && mode == JAM_ID_PERCENT)
			FAIL_HINT(lastdot,
					  "a '.' followed by three digits in a percentage could be a decimal point or a thousands separator",
					  "Write a decimal percentage with a comma or without trailing zeros (41,840 % or 41.84 %), and 1000 % or more without a separator (1250 %).");
		else
			thou = '.';
	}

	*iplen = *fplen = 0;
	for (i = start; i < end; i++)
	{
		char		c = s[i];

		if (is_digit(c))
		{
			if (in_frac)
			{
				if (*fplen == FP_MAX)
					FAIL_HINT(start, "too many digits after the decimal mark",
							  too_many_hint);
				fp[(*fplen)++] = c;
			}
			else
			{
				any_int = true;
				group++;
				if (*iplen == 0 && c == '0')
					continue;	/* a leading zero */
				if (*iplen == IP_MAX)
					FAIL_HINT(start, "too many digits", too_many_hint);
				ip[(*iplen)++] = c;
			}
		}
		else if (c == thou)
		{
			if (in_frac)
				FAIL(i, "a thousands separator after the decimal mark");
			if (group == 0 || (seen_thou ? group != 3 : group > 3))
				FAIL(i, "a thousands separator out of place");
			if (!seen_thou && s[start] == '0')
				FAIL_HINT(start, "a thousands group cannot start with 0",
						  "A number grouped in thousands starts with a digit other than 0 (1.234.567); a fraction is written 0,123.");
			seen_thou = true;
			group = 0;
		}
		else if (c == dec)
		{
			if (seen_thou && group != 3)
				FAIL(i, "a thousands separator out of place");
			if (!any_int)
				FAIL(i, "a decimal mark with no digit before it");
			in_frac = true;
		}
		else
			FAIL(i, "an unexpected character in the number");
	}
	if (seen_thou && !in_frac && group != 3)
		FAIL(end - 1, "a thousands separator out of place");
	return true;
}

bool
jam_parse_id(const char *s, size_t len, JamIdMode mode,
			 char *out, JamIdError *err)
{
	size_t		i = 0;
	size_t		n;
	bool		neg = false;
	bool		more;
	size_t		start;
	char	   *ip,
			   *fp;
	size_t		iplen,
				fplen;
	int			shift = 0;
	size_t		o = 0;
	long		point;
	size_t		ndig;
	size_t		k;

	i = skip_space(s, len, i);
	if (i == len)
		FAIL(0, "no number");

	/* leading qualifiers, any number of them */
	do
	{
		more = false;
		if ((n = word_at(s, len, i, "sekitar")) > 0 ||
			(n = word_at(s, len, i, "kurang lebih")) > 0)
			more = true;
		else if (i + 2 <= len && (unsigned char) s[i] == 0xC2 &&
				 (unsigned char) s[i + 1] == 0xB1)
			n = 2, more = true;	/* "±" in UTF-8 */
		if (more)
			i = skip_space(s, len, i + n);
	} while (more);

	if (i < len && s[i] == '-')
		neg = true, i = skip_space(s, len, i + 1);
	/* "Rp541" counts as a word: only a letter would continue it */
	if ((n = word_at(s, len, i, "rp")) > 0 || (n = word_at(s, len, i, "idr")) > 0)
	{
		if (mode == JAM_ID_PERCENT)
			FAIL(i, "a currency in a percentage");
		i = skip_space(s, len, i + n);
		if (i < len && s[i] == '-' && !neg)
			neg = true, i = skip_space(s, len, i + 1);
	}

	if (i == len || !is_digit(s[i]))
		FAIL(i, "expected a digit");
	start = i;
	while (i < len && (is_digit(s[i]) || s[i] == '.' || s[i] == ','))
		i++;

	/*
	 * Integer and fraction digits go to the front of out, at most IP_MAX
	 * and FP_MAX of them; JAM_ID_OUTSZ leaves room for that and the
	 * result.
	 */
	ip = out;
	fp = out + IP_MAX + 1;
	if (!split_number(s, start, i, mode, ip, &iplen, fp, &fplen, err))
		return false;

	/* scale word or percent sign */
	i = skip_space(s, len, i);
	if (i < len && s[i] == '%')
	{
		if (mode != JAM_ID_PERCENT)
			FAIL(i, "a percentage: use parse_id_percent");
		shift = -2;
		i = skip_space(s, len, i + 1);
	}
	else if ((n = word_at(s, len, i, "persen")) > 0)
	{
		size_t		j = skip_space(s, len, i + n);

		if (mode != JAM_ID_PERCENT)
			FAIL(i, "a percentage: use parse_id_percent");
		if (word_at(s, len, j, "poin") > 0)
			FAIL(j, "percentage points, not a percentage");
		shift = -2;
		i = j;
	}
	else if (mode == JAM_ID_PERCENT)
		shift = -2;
	else
	{
		static const struct
		{
			const char *word;
			int			pow;
		}			scales[] = {
			{"ribu", 3}, {"rb", 3}, {"juta", 6}, {"jt", 6},
			{"miliar", 9}, {"milyar", 9}, {"m", 9},
			{"triliun", 12}, {"trilyun", 12}, {"t", 12}
		};

		for (k = 0; k < sizeof(scales) / sizeof(scales[0]); k++)
		{
			if ((n = word_at(s, len, i, scales[k].word)) > 0)
			{
				shift = scales[k].pow;
				i += n;
				if (i < len && s[i] == '.')
					i++;
				i = skip_space(s, len, i);
				break;
			}
		}
	}

	/* trailing "lebih" and unit words, any number of them */
	do
	{
		static const char *const tails[] = {
			"lebih", "pekerja", "peserta", "orang", "klaim", "kasus",
			"tenaga kerja"
		};

		more = false;
		for (k = 0; k < sizeof(tails) / sizeof(tails[0]); k++)
		{
			if (mode == JAM_ID_PERCENT && k > 0)
				break;
			if ((n = word_at(s, len, i, tails[k])) > 0)
			{
				i = skip_space(s, len, i + n);
				more = true;
				break;
			}
		}
	} while (more);

	if (i != len)
		FAIL(i, mode == JAM_ID_PERCENT ?
			 "unexpected text (a percentage is a number, then % or persen)" :
			 "unexpected text (allowed after a number: ribu, juta, miliar, triliun and their short forms, lebih, or a unit word such as pekerja)");

	/*
	 * Move the decimal point by 'shift' places over the digits ip ++ fp and
	 * write the canonical text.  The digits are moved to the end of the
	 * output buffer first so that the result can be written from the front.
	 */
	ndig = iplen + fplen;
	{
		char	   *dig = out + JAM_ID_OUTSZ - ndig - 1;

		memmove(dig + iplen, fp, fplen);
		memmove(dig, ip, iplen);
		point = (long) iplen + shift;

		/*
		 * Skip leading zeros of the integer part, including the zeros a
		 * scale word appends ("0 ribu" is 0, not 000).
		 */
		k = 0;
		while ((long) k < point && (k >= ndig || dig[k] == '0'))
			k++;
		if (point - (long) k > JAM_ID_MAX_DIGITS)
			FAIL_HINT(start, "too many digits", too_many_hint);
		if ((long) ndig - point > JAM_ID_MAX_SCALE)
			FAIL_HINT(start, "too many digits after the decimal mark",
					  too_many_hint);
		if (neg)
			out[o++] = '-';
		if ((long) k >= point)
			out[o++] = '0';
		for (; (long) k < point; k++)
			out[o++] = k < ndig ? dig[k] : '0';
		if ((long) ndig > point)
		{
			out[o++] = '.';
			for (long z = point; z < 0; z++)
				out[o++] = '0';
			for (; k < ndig; k++)
				out[o++] = dig[k];
		}
		out[o] = '\0';
	}
	return true;
}

void
jam_format_id(const char *canon, char *out)
{
	const char *p = canon;
	const char *dot;
	size_t		intlen;
	size_t		o = 0;

	if (*p == '-')
		out[o++] = *p++;
	dot = strchr(p, '.');
	intlen = dot ? (size_t) (dot - p) : strlen(p);
	for (size_t k = 0; k < intlen; k++)
	{
		if (k > 0 && (intlen - k) % 3 == 0)
			out[o++] = '.';
		out[o++] = p[k];
	}
	if (dot && dot[1] != '\0')
	{
		out[o++] = ',';
		for (const char *q = dot + 1; *q; q++)
			out[o++] = *q;
	}
	out[o] = '\0';
}
