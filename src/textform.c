/*-------------------------------------------------------------------------
 *
 * textform.c
 *	  Scanning the summary types' text form, "(v1,name:value,...)".
 *
 * White space is allowed around every token; a value runs to the next ','
 * or ')' and is trimmed.  What a value means (an int128, a numeric, a
 * date) is the caller's business; this file only finds the values and
 * says where the text went wrong, and checks numeric syntax, so that every
 * server version accepts the same text (numeric_in grew hex and '_' in
 * 16; our own output never has them).
 *
 *-------------------------------------------------------------------------
 */
#include <stdio.h>
#include <string.h>

#include "textform.h"

static bool
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static void
skip_space(JamScan *sc)
{
	while (is_space(*sc->p))
		sc->p++;
}

void
jam_scan_init(JamScan *sc, const char *input)
{
	sc->input = input;
	sc->p = input;
	sc->msg[0] = '\0';
}

/* Record a failure at 'at' (NULL: where the cursor is); returns false. */
bool
jam_scan_fail(JamScan *sc, const char *at, const char *msg)
{
	if (at != NULL)
		sc->p = at;
	snprintf(sc->msg, sizeof(sc->msg), "%s", msg);
	return false;
}

/* The literal text 'lit', after optional white space. */
bool
jam_scan_expect(JamScan *sc, const char *lit)
{
	size_t		len = strlen(lit);

	skip_space(sc);
	if (strncmp(sc->p, lit, len) != 0)
	{
		snprintf(sc->msg, sizeof(sc->msg), "Expected \"%s\"", lit);
		return false;
	}
	sc->p += len;
	return true;
}

/* "name:" and the value after it, up to the next ',' or ')', trimmed. */
bool
jam_scan_field(JamScan *sc, const char *name, JamSpan *val)
{
	const char *end;

	if (!jam_scan_expect(sc, name) || !jam_scan_expect(sc, ":"))
		return false;
	skip_space(sc);
	val->start = sc->p;
	end = sc->p;
	while (*end != '\0' && *end != ',' && *end != ')')
		end++;
	sc->p = end;
	while (end > val->start && is_space(end[-1]))
		end--;
	val->len = end - val->start;
	if (val->len == 0)
	{
		snprintf(sc->msg, sizeof(sc->msg), "Missing value of \"%.40s\"", name);
		return false;
	}
	return true;
}

/*
 * The whole text: "(", "v1", ",", the layout's fields separated by ",",
 * ")" and nothing but white space after it.
 */
bool
jam_scan_layout(JamScan *sc, const JamLayout *layout, JamSpan *vals)
{
	int			first = 0;

	if (!jam_scan_expect(sc, "(") || !jam_scan_expect(sc, "v1") ||
		!jam_scan_expect(sc, ","))
		return false;
	skip_space(sc);
	if (layout->optional > 0 &&
		strncmp(sc->p, layout->names[0], strlen(layout->names[0])) != 0)
	{
		for (; first < layout->optional; first++)
		{
			vals[first].start = NULL;
			vals[first].len = 0;
		}
	}
	for (int k = first; k < layout->n; k++)
	{
		if (k > first && !jam_scan_expect(sc, ","))
			return false;
		if (!jam_scan_field(sc, layout->names[k], &vals[k]))
			return false;
	}
	if (!jam_scan_expect(sc, ")"))
		return false;
	skip_space(sc);
	if (*sc->p != '\0')
		return jam_scan_fail(sc, NULL, "Unexpected text after \")\"");
	return true;
}

/*
 * Is s[0..len) a plain decimal: optional sign, digits with an optional
 * point (at least one digit), optional exponent?  What numeric_out writes,
 * and what people type.
 */
bool
jam_numeric_syntax(const char *s, size_t len)
{
	size_t		i = 0;
	bool		digit = false;

	if (i < len && (s[i] == '+' || s[i] == '-'))
		i++;
	for (; i < len && is_digit(s[i]); i++)
		digit = true;
	if (i < len && s[i] == '.')
		for (i++; i < len && is_digit(s[i]); i++)
			digit = true;
	if (!digit)
		return false;
	if (i < len && (s[i] == 'e' || s[i] == 'E'))
	{
		i++;
		if (i < len && (s[i] == '+' || s[i] == '-'))
			i++;
		if (i == len || !is_digit(s[i]))
			return false;
		while (i < len && is_digit(s[i]))
			i++;
	}
	return i == len;
}

/*
 * Can numeric hold s[0..len), which jam_numeric_syntax accepted?  What
 * numeric_in would refuse with "value overflows numeric format": more
 * than 16383 decimals (NUMERIC_DSCALE_MAX), a first non-zero digit past
 * 10^131071 (base-10000 weight NUMERIC_WEIGHT_MAX), an exponent whose
 * size numeric_in refuses outright.  Checking first lets the text form
 * report the field and its position (22P02) instead of a bare 22003.
 */
bool
jam_numeric_in_range(const char *s, size_t len)
{
	size_t		i = 0;
	long		intdigits = 0,	/* digits before the point */
				frac = 0,		/* digits after it */
				first = -1,		/* 1-based index of the first non-zero digit */
				exp = 0,
				lead;
	bool		point = false;

	if (i < len && (s[i] == '+' || s[i] == '-'))
		i++;
	for (; i < len && (is_digit(s[i]) || s[i] == '.'); i++)
	{
		if (s[i] == '.')
		{
			point = true;
			continue;
		}
		if (point)
			frac++;
		else
			intdigits++;
		if (first == -1 && s[i] != '0')
			first = intdigits + frac;
	}
	if (i < len && (s[i] == 'e' || s[i] == 'E'))
	{
		bool		neg = false;

		i++;
		if (i < len && (s[i] == '+' || s[i] == '-'))
			neg = (s[i++] == '-');
		for (; i < len && is_digit(s[i]); i++)
		{
			exp = exp * 10 + (s[i] - '0');
			if (exp >= 1000000000L)
				return false;	/* numeric_in: beyond INT_MAX / 2 */
		}
		if (neg)
			exp = -exp;
	}
	if (frac - exp > 16383)
		return false;
	if (first == -1)
		return true;			/* zero */
	/* the decimal exponent of the first non-zero digit */
	lead = intdigits - first + exp;
	return lead <= 131071;
}
