/*
 * bignum.h: slow, obviously-correct unsigned big integers for the fuzz
 * harnesses' reference arithmetic (schoolbook, 32-bit limbs).  Big enough
 * for 10^1100 times a 128-bit number.
 */
#ifndef FUZZ_BIGNUM_H
#define FUZZ_BIGNUM_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define BN_LIMBS 130

typedef struct Bn
{
	uint32_t	l[BN_LIMBS];	/* least significant first */
} Bn;

static void
bn_from_u128(Bn *a, unsigned __int128 v)
{
	memset(a, 0, sizeof(*a));
	for (int i = 0; i < 4; i++, v >>= 32)
		a->l[i] = (uint32_t) v;
}

static void
bn_mul_small(Bn *a, uint32_t m)
{
	uint64_t	carry = 0;

	for (int i = 0; i < BN_LIMBS; i++)
	{
		uint64_t	t = (uint64_t) a->l[i] * m + carry;

		a->l[i] = (uint32_t) t;
		carry = t >> 32;
	}
	if (carry)
		abort();				/* the harness sized something wrong */
}

static void
bn_mul_pow10(Bn *a, int e)
{
	for (; e >= 9; e -= 9)
		bn_mul_small(a, 1000000000u);
	for (; e > 0; e--)
		bn_mul_small(a, 10);
}

static void
bn_mul(Bn *r, const Bn *a, const Bn *b)
{
	Bn			t;

	memset(&t, 0, sizeof(t));
	for (int i = 0; i < BN_LIMBS; i++)
	{
		uint64_t	carry = 0;

		if (a->l[i] == 0)
			continue;
		for (int j = 0; i + j < BN_LIMBS; j++)
		{
			uint64_t	s = (uint64_t) a->l[i] * b->l[j] + t.l[i + j] + carry;

			t.l[i + j] = (uint32_t) s;
			carry = s >> 32;
		}
		if (carry)
			abort();
	}
	*r = t;
}

static void
bn_add(Bn *a, const Bn *b)
{
	uint64_t	carry = 0;

	for (int i = 0; i < BN_LIMBS; i++)
	{
		uint64_t	s = (uint64_t) a->l[i] + b->l[i] + carry;

		a->l[i] = (uint32_t) s;
		carry = s >> 32;
	}
	if (carry)
		abort();
}

/* a -= b, requires a >= b */
static void
bn_sub(Bn *a, const Bn *b)
{
	int64_t		borrow = 0;

	for (int i = 0; i < BN_LIMBS; i++)
	{
		int64_t		s = (int64_t) a->l[i] - b->l[i] - borrow;

		borrow = s < 0;
		a->l[i] = (uint32_t) (s + (borrow << 32));
	}
	if (borrow)
		abort();
}

/* a /= m, returning the remainder */
static uint32_t
bn_div_small(Bn *a, uint32_t m)
{
	uint64_t	r = 0;

	for (int i = BN_LIMBS - 1; i >= 0; i--)
	{
		uint64_t	cur = (r << 32) | a->l[i];

		a->l[i] = (uint32_t) (cur / m);
		r = cur % m;
	}
	return (uint32_t) r;
}

static int
bn_cmp(const Bn *a, const Bn *b)
{
	for (int i = BN_LIMBS - 1; i >= 0; i--)
		if (a->l[i] != b->l[i])
			return a->l[i] < b->l[i] ? -1 : 1;
	return 0;
}

/* x * 10^e as a Bn */
static void
bn_scaled(Bn *r, unsigned __int128 x, int e)
{
	bn_from_u128(r, x);
	bn_mul_pow10(r, e);
}

/*
 * Is q = round_half_away(num / den)?  All magnitudes, den > 0:
 * |2 q den - 2 num| <= den, and on a tie q is the larger candidate.
 */
static int
bn_is_rounded_quotient(const Bn *q, const Bn *num, const Bn *den)
{
	Bn			qd,
				twice_num,
				lo,
				hi;

	bn_mul(&qd, q, den);
	bn_mul_small(&qd, 2);
	twice_num = *num;
	bn_mul_small(&twice_num, 2);
	/* accept 2 num - den < 2 q den <= 2 num + den, i.e. ties go up */
	lo = twice_num;
	hi = twice_num;
	bn_add(&hi, den);
	if (bn_cmp(&qd, &hi) > 0)
		return 0;
	/* lo = 2 num - den; compare qd > lo as qd + den > 2 num */
	lo = qd;
	bn_add(&lo, den);
	return bn_cmp(&lo, &twice_num) > 0;
}

#endif
