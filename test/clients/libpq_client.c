/*
 * libpq_client.c
 *	  jamsostek through libpq, as a C application or a driver built on it
 *	  meets it: PQexecParams with text and binary parameters, binary
 *	  results, and coverage_summary round-tripped through its binary
 *	  send/receive functions.
 *
 * Connects with the PG* environment (test/clients/run sets it).  Prints
 * one line per check and exits non-zero if any fails.
 */
#include <arpa/inet.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#define INT4OID		23
#define INT8OID		20
#define NUMERICOID	1700

static PGconn *conn;
static int	failures = 0;

static void
check(int ok, const char *what, const char *got, const char *want)
{
	printf("%s %s: got %s, want %s\n", ok ? "ok  " : "FAIL", what, got, want);
	if (!ok)
		failures++;
}

static void
check_str(const char *what, const char *got, const char *want)
{
	check(got != NULL && strcmp(got, want) == 0, what, got ? got : "(null)", want);
}

static PGresult *
run(const char *sql, int n, const Oid *types, const char *const *values,
	const int *lengths, const int *formats, int result_format)
{
	PGresult   *res = PQexecParams(conn, sql, n, types, values, lengths,
								   formats, result_format);

	if (PQresultStatus(res) != PGRES_TUPLES_OK && PQresultStatus(res) != PGRES_COMMAND_OK)
	{
		fprintf(stderr, "query failed: %s\n%s", sql, PQerrorMessage(conn));
		exit(2);
	}
	return res;
}

static uint16_t
get16(const unsigned char *p)
{
	return (uint16_t) ((p[0] << 8) | p[1]);
}

/*
 * numeric's binary form (numeric_send) as decimal text, the way
 * numeric_out writes it: int16 ndigits, weight, sign, dscale, then
 * base-10000 digits, most significant first.
 */
static char *
numeric_bin_to_text(const unsigned char *p, int len)
{
	int			ndigits,
				weight,
				sign,
				dscale;
	static char out[512];
	char	   *o = out;

	if (len < 8)
		return "(short)";
	ndigits = (int16_t) get16(p);
	weight = (int16_t) get16(p + 2);
	sign = get16(p + 4);
	dscale = get16(p + 6);
	if (len != 8 + 2 * ndigits)
		return "(bad length)";
	if (sign == 0xC000)
		return "NaN";
	if (sign == 0x4000)
		*o++ = '-';
	/* integer part: groups weight .. 0 */
	if (weight < 0)
		*o++ = '0';
	for (int g = 0; g <= weight; g++)
	{
		int			d = g < ndigits ? get16(p + 8 + 2 * g) : 0;

		o += sprintf(o, g == 0 ? "%d" : "%04d", d);
	}
	if (dscale > 0)
	{
		*o++ = '.';
		/* fraction: groups weight+1 .., dscale decimal digits */
		for (int i = 0; i < dscale; i++)
		{
			int			g = weight + 1 + i / 4;
			int			d = (g >= 0 && g < ndigits) ? get16(p + 8 + 2 * g) : 0;
			static const int pow10[] = {1000, 100, 10, 1};

			*o++ = (char) ('0' + (d / pow10[i % 4]) % 10);
		}
	}
	*o = '\0';
	return out;
}

static char *
binary_numeric(PGresult *res, int row, int col)
{
	if (PQgetisnull(res, row, col))
		return "NULL";
	if (PQftype(res, col) != NUMERICOID)
		return "(not numeric)";
	return numeric_bin_to_text((const unsigned char *) PQgetvalue(res, row, col),
							   PQgetlength(res, row, col));
}

int
main(void)
{
	PGresult   *res;
	char		buf[64];

	conn = PQconnectdb("");
	if (PQstatus(conn) != CONNECTION_OK)
	{
		fprintf(stderr, "connection failed: %s", PQerrorMessage(conn));
		return 2;
	}
	PQclear(run("SET client_min_messages = warning", 0, NULL, NULL, NULL, NULL, 0));
	PQclear(run("CREATE EXTENSION IF NOT EXISTS jamsostek", 0, NULL, NULL, NULL, NULL, 0));

	/*
	 * Untyped text parameters (paramTypes NULL, as node-postgres and many
	 * thin drivers send them) resolve as numeric: Lampung 731.991 of
	 * 2,7 juta.  coverage_pct and growth_pct need one typed parameter:
	 * their summary forms (coverage_summary_pct(coverage_summary, digits)) also
	 * take two arguments, and PostgreSQL cannot choose between numeric and
	 * a summary for an unknown (README, "Using it from client libraries").
	 */
	{
		const char *v[2] = {"731991", "2700000"};

		res = run("SELECT coverage_ratio($1, $2), coverage_pct($1::numeric, $2)",
				  2, NULL, v, NULL, NULL, 0);
		/* 731991 / 2700000 = 0.2711077777..., 20 decimals */
		check_str("untyped params, coverage_ratio", PQgetvalue(res, 0, 0),
				  "0.27110777777777777778");
		/* 100 * 731991 / 2700000 = 27.1107... -> 27.11 */
		check_str("untyped params, coverage_pct", PQgetvalue(res, 0, 1), "27.11");
		PQclear(res);
	}
	{
		const char *v[2] = {"261814", "212266"};

		res = run("SELECT growth_pct($1::numeric, $2)", 2, NULL, v, NULL, NULL, 0);
		/* Bengkulu 212.266 -> 261.814: 100 * (261814 / 212266 - 1) = 23.342.. */
		check_str("untyped params, growth_pct", PQgetvalue(res, 0, 0), "23.34");
		PQclear(res);
	}

	/* Binary int4 parameters, binary numeric result. */
	{
		uint32_t	c = htonl(731991),
					p = htonl(2700000);
		const char *v[2] = {(const char *) &c, (const char *) &p};
		const Oid	t[2] = {INT4OID, INT4OID};
		const int	l[2] = {4, 4},
					f[2] = {1, 1};

		res = run("SELECT coverage_ratio($1, $2)", 2, t, v, l, f, 1);
		/* 731991 / 2700000 = 0.271107777..., numeric division: 20 decimals */
		check_str("binary int4 params, binary coverage_ratio",
				  binary_numeric(res, 0, 0), "0.27110777777777777778");
		PQclear(res);
	}

	/* Binary int8 parameters and an int4 digits argument. */
	{
		uint32_t	c_hi = 0,
					c_lo = htonl(731991),
					p_hi = 0,
					p_lo = htonl(2732330),
					d = htonl(4);
		char		c8[8],
					p8[8];
		const char *v[3] = {c8, p8, (const char *) &d};
		const Oid	t[3] = {INT8OID, INT8OID, INT4OID};
		const int	l[3] = {8, 8, 4},
					f[3] = {1, 1, 1};

		memcpy(c8, &c_hi, 4);
		memcpy(c8 + 4, &c_lo, 4);
		memcpy(p8, &p_hi, 4);
		memcpy(p8 + 4, &p_lo, 4);
		res = run("SELECT coverage_pct($1, $2, $3)", 3, t, v, l, f, 1);
		/* 100 * 731991 / 2732330 = 26.78999... -> 26.7900 */
		check_str("binary int8 params, coverage_pct digits 4",
				  binary_numeric(res, 0, 0), "26.7900");
		PQclear(res);
	}

	/* A NULL parameter gives NULL (STRICT). */
	{
		const char *v[2] = {NULL, "2700000"};

		res = run("SELECT coverage_ratio($1::integer, $2::integer)", 2, NULL, v, NULL, NULL, 1);
		check_str("NULL param", PQgetisnull(res, 0, 0) ? "NULL" : "not null", "NULL");
		PQclear(res);
	}

	/* Aggregates, binary results. */
	PQclear(run("CREATE TEMP TABLE figures (province text, covered integer, population integer)",
				0, NULL, NULL, NULL, NULL, 0));
	PQclear(run("INSERT INTO figures VALUES ('Lampung', 731991, 2700000), "
				"('Jambi', 580000, 1300000), ('unknown', NULL, 100)",
				0, NULL, NULL, NULL, NULL, 0));
	res = run("SELECT coverage_agg(covered, population), shortfall_agg(covered, population, 0.55) "
			  "FROM figures", 0, NULL, NULL, NULL, NULL, 1);
	/* (731991 + 580000) / (2700000 + 1300000) = 1311991 / 4000000 = 0.32799775 */
	check_str("binary coverage_agg", binary_numeric(res, 0, 0), "0.32799775000000000000");
	/* ceil(0.55 * 2700000 - 731991) + ceil(0.55 * 1300000 - 580000) = 753009 + 135000 */
	check_str("binary shortfall_agg", binary_numeric(res, 0, 1), "888009");
	PQclear(res);

	/* coverage_summary: binary out, binary back in, same value. */
	{
		PGresult   *sum;
		Oid			cs_oid;
		const char *v[1];
		int			l[1],
					f[1] = {1};
		Oid			t[1];

		res = run("SELECT 'coverage_summary'::regtype::oid", 0, NULL, NULL, NULL, NULL, 0);
		cs_oid = (Oid) strtoul(PQgetvalue(res, 0, 0), NULL, 10);
		PQclear(res);

		sum = run("SELECT coverage_summary(covered, population) FROM figures",
				  0, NULL, NULL, NULL, NULL, 1);
		check(PQftype(sum, 0) == cs_oid, "coverage_summary result type",
			  "its oid", "coverage_summary");
		v[0] = PQgetvalue(sum, 0, 0);
		l[0] = PQgetlength(sum, 0, 0);
		t[0] = cs_oid;
		res = run("SELECT $1::text, coverage_summary_ratio($1), coverage_summary_pct($1)", 1, t, v, l, f, 0);
		check_str("coverage_summary binary round trip", PQgetvalue(res, 0, 0),
				  "(v1,covered:1311991,population:4000000,rows:2)");
		check_str("coverage_summary_ratio of the received summary", PQgetvalue(res, 0, 1),
				  "0.32799775000000000000");
		/* 32.799775 -> 32.80 */
		check_str("coverage_summary_pct of the received summary", PQgetvalue(res, 0, 2), "32.80");
		PQclear(res);

		/* the same bytes, returned again in binary, are identical */
		res = run("SELECT $1::coverage_summary", 1, t, v, l, f, 1);
		check(PQgetlength(res, 0, 0) == l[0] &&
			  memcmp(PQgetvalue(res, 0, 0), v[0], l[0]) == 0,
			  "coverage_summary send(recv(x)) = x", "bytes", "the same bytes");
		PQclear(res);

		/* a damaged value is refused with invalid_binary_representation */
		{
			char		bad[64];

			memcpy(bad, v[0], l[0] < 64 ? l[0] : 64);
			bad[0] = 99;		/* version */
			v[0] = bad;
			res = PQexecParams(conn, "SELECT $1::coverage_summary", 1, t, v, l, f, 1);
			check_str("damaged binary coverage_summary",
					  PQresultErrorField(res, PG_DIAG_SQLSTATE), "22P03");
			PQclear(res);
		}
		PQclear(sum);
	}

	/* Errors carry their SQLSTATE to the client. */
	{
		const char *v[2] = {"731991", "-10"};

		res = PQexecParams(conn, "SELECT coverage_ratio($1, $2)", 2, NULL, v, NULL, NULL, 0);
		check_str("negative population SQLSTATE",
				  PQresultErrorField(res, PG_DIAG_SQLSTATE), "22023");
		check_str("negative population message",
				  PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY),
				  "population must not be negative: -10");
		PQclear(res);
	}

	/* Prepared statement, executed with binary int4 params many times. */
	{
		uint32_t	c,
					p = htonl(1000);
		const char *v[2] = {(const char *) &c, (const char *) &p};
		const Oid	t[2] = {INT4OID, INT4OID};
		const int	l[2] = {4, 4},
					f[2] = {1, 1};
		int			wrong = 0;

		PQclear(PQprepare(conn, "pct", "SELECT coverage_pct($1, $2, 1)", 2, t));
		for (int i = 0; i <= 1000; i++)
		{
			char		want[32];

			c = htonl((uint32_t) i);
			res = PQexecPrepared(conn, "pct", 2, v, l, f, 0);
			/* 100 * i / 1000 = i / 10, one decimal */
			snprintf(want, sizeof(want), "%d.%d", i / 10, i % 10);
			if (PQresultStatus(res) != PGRES_TUPLES_OK || strcmp(PQgetvalue(res, 0, 0), want) != 0)
				wrong++;
			PQclear(res);
		}
		snprintf(buf, sizeof(buf), "%d wrong", wrong);
		check(wrong == 0, "prepared coverage_pct, 1001 executions", buf, "0 wrong");
	}

	PQfinish(conn);
	printf("libpq: %s\n", failures ? "FAILED" : "all checks passed");
	return failures ? 1 : 0;
}
