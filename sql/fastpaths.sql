--
-- fastpaths: the 128-bit fast paths (decimal.c) give exactly the numeric
-- that PostgreSQL's own arithmetic gives: the same value, the same display
-- scale and the same stored bytes, across magnitudes, scales and the
-- edges where the fast path must hand over to numeric.c.
--
-- Every reference below is computed with numeric operators only, in the
-- same query.  Each query counts mismatches, so the expected answer is 0;
-- "n" is the number of cases compared, fixed by the generators.
--
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS jamsostek;

-- 24 kinds of value: counts, bigint edges, fractions, many digits,
-- tiny values, zero, and values past 10^38 (numeric path).
CREATE TEMP TABLE v (k int, x numeric);
INSERT INTO v
SELECT k, CASE k
    WHEN 0 THEN 0
    WHEN 1 THEN 1
    WHEN 2 THEN 7
    WHEN 3 THEN 9999
    WHEN 4 THEN 10000
    WHEN 5 THEN 731991
    WHEN 6 THEN 1000000
    WHEN 7 THEN 2147483647
    WHEN 8 THEN 9223372036854775807
    WHEN 9 THEN 9223372036854775806
    WHEN 10 THEN 0.5
    WHEN 11 THEN 2.70
    WHEN 12 THEN 12.000
    WHEN 13 THEN 0.0001
    WHEN 14 THEN 0.00000000000000000001
    WHEN 15 THEN 123456789.123456789
    WHEN 16 THEN 99999999999999999999999999999999999999   -- 10^38 - 1
    WHEN 17 THEN 170141183460469231731687303715884105727  -- 2^127 - 1
    WHEN 18 THEN 1e40
    WHEN 19 THEN 3.14159265358979323846264338327950288419
    WHEN 20 THEN 1e-30
    WHEN 21 THEN 4294967296
    WHEN 22 THEN 100
    WHEN 23 THEN 33
    END
FROM generate_series(0, 23) AS k;

-- The same value in every stored form we read: as typed, with a longer
-- display scale (x + 0.000), and as produced by arithmetic (x * 1).
CREATE TEMP VIEW vals AS
SELECT k, x FROM v
UNION ALL SELECT k + 100, x + 0.000 FROM v
UNION ALL SELECT k + 200, x * 1 FROM v;

-- 72 x 72 = 5184 pairs.  coverage_ratio(c, p) is c / p exactly: numeric
-- division's own scale and rounding (numeric_send compares digits, weight,
-- sign and display scale; pg_column_size the header form).
SELECT count(*) AS n,
       count(*) FILTER (WHERE numeric_send(coverage_ratio(c.x, p.x)) IS DISTINCT FROM
                              numeric_send(c.x / nullif(p.x, 0))
                           OR pg_column_size(coverage_ratio(c.x, p.x)) IS DISTINCT FROM
                              pg_column_size(c.x / nullif(p.x, 0))) AS mismatches
FROM vals c, vals p;

-- target_attainment is the same division.
SELECT count(*) AS n,
       count(*) FILTER (WHERE numeric_send(target_attainment(c.x, p.x)) IS DISTINCT FROM
                              numeric_send(c.x / nullif(p.x, 0))) AS mismatches
FROM vals c, vals p;

-- coverage_pct(c, p, d), d from -3 to 24: 5184 pairs x 28 = 145152 cases.
-- Reference: truncate 100 c / p to d + 1 decimals with div() (exact
-- integer division), shift back by multiplying with 10^-(d+1) (exact),
-- then round(.., d) half away from zero.
SELECT count(*) AS n,
       count(*) FILTER (WHERE numeric_send(coverage_pct(c.x, p.x, d)) IS DISTINCT FROM
           numeric_send(round(div(100 * c.x * ('1e' || (d + 1))::numeric, nullif(p.x, 0))
                              * ('1e' || -(d + 1))::numeric, d))) AS mismatches
FROM vals c, vals p, generate_series(-3, 24) AS d;

-- coverage_shortfall(c, p, t) = greatest(ceil(t * p - c), 0) for the
-- targets 0, 0.55, 1, 0.333 and 0.12345678901234567890 (a long scale):
-- 5184 x 5 = 25920 cases.
SELECT count(*) AS n,
       count(*) FILTER (WHERE numeric_send(coverage_shortfall(c.x, p.x, t)) IS DISTINCT FROM
           numeric_send(CASE WHEN p.x <> 0 THEN greatest(ceil(t * p.x - c.x), 0) END)) AS mismatches
FROM vals c, vals p,
     unnest(ARRAY[0, 0.55, 1, 0.333, 0.12345678901234567890]::numeric[]) AS t;

-- Whole-valued numerics with a scale ("12.000") sum on the 128-bit path in
-- coverage_agg; fractions and values past 2^127 on the numeric path.  The
-- pooled ratio must equal sum / sum either way (per k mod 24: 24 groups).
SELECT count(*) AS n,
       count(*) FILTER (WHERE numeric_send(ours) IS DISTINCT FROM numeric_send(theirs)) AS mismatches
FROM (SELECT c.k % 24 AS g, coverage_agg(c.x, p.x) AS ours,
             sum(c.x) / nullif(sum(p.x), 0) AS theirs
      FROM vals c JOIN vals p ON p.k = (c.k + 5) % 300
      GROUP BY 1) s;

-- Integer columns: the planner routes coverage_ratio, coverage_pct and
-- coverage_shortfall to their *_int forms (no numeric casts per row);
-- numeric arguments keep the numeric function.
CREATE TEMP TABLE ints (s smallint, i integer, b bigint, n numeric);
EXPLAIN (VERBOSE, COSTS OFF)
SELECT coverage_ratio(i, b), coverage_pct(s, i), coverage_pct(b, b, 4),
       coverage_shortfall(i, i, 0.55), coverage_ratio(n, i), coverage_ratio(i::numeric, b)
FROM ints;

-- The same answers as numeric arithmetic, over bigint values from 0 to the
-- bigint maximum: 25 x 25 = 625 pairs, for the ratio, the percentage at
-- digits -3..24 (625 x 28 = 17500) and the shortfall at 0.55 and 1 (1250).
-- 184467440737 and 1844674407370955 are the largest divisors for which the
-- 64-bit long division takes 8 and 4 digits a step; one more takes the
-- next path.
INSERT INTO ints (b)
SELECT unnest(ARRAY[0, 1, 2, 3, 7, 99, 100, 9999, 10000, 731991, 2700000,
                    2147483647, 2147483648, 4294967296, 999999999999,
                    1000000000000000000, 4611686018427387904,
                    9223372036854775806, 9223372036854775807, 12345678901234567, 5,
                    184467440737, 184467440738, 1844674407370955, 1844674407370956]::bigint[]);
SELECT count(*) AS n,
       count(*) FILTER (WHERE numeric_send(coverage_ratio(c.b, p.b)) IS DISTINCT FROM
                              numeric_send(c.b::numeric / nullif(p.b, 0))) AS mismatches
FROM ints c, ints p;
SELECT count(*) AS n,
       count(*) FILTER (WHERE numeric_send(coverage_pct(c.b, p.b, d)) IS DISTINCT FROM
           numeric_send(round(div(100 * c.b::numeric * ('1e' || (d + 1))::numeric, nullif(p.b, 0))
                              * ('1e' || -(d + 1))::numeric, d))) AS mismatches
FROM ints c, ints p, generate_series(-3, 24) AS d;
SELECT count(*) AS n,
       count(*) FILTER (WHERE numeric_send(coverage_shortfall(c.b, p.b, t)) IS DISTINCT FROM
           numeric_send(CASE WHEN p.b <> 0 THEN greatest(ceil(t * p.b - c.b), 0) END)) AS mismatches
FROM ints c, ints p, unnest(ARRAY[0.55, 1]::numeric[]) AS t;

-- Integer calls report bad input exactly like numeric ones (columns, not
-- literals: a call on constants is folded before the planner reroutes it).
CREATE TEMP TABLE bad (minus3 int, minus8 bigint, three int, eight int, n3 numeric);
INSERT INTO bad VALUES (-3, -8, 3, 8, -3);
SELECT regress_err($$SELECT coverage_ratio(minus3, eight) FROM bad$$);
SELECT regress_err($$SELECT coverage_ratio(n3, eight) FROM bad$$);
SELECT regress_err($$SELECT coverage_pct(three, minus8, 2) FROM bad$$);
SELECT regress_err($$SELECT coverage_pct(three, eight, 101) FROM bad$$);
SELECT regress_err($$SELECT coverage_shortfall(three, eight, 1.5) FROM bad$$);
SELECT regress_err($$SELECT coverage_shortfall(minus3, eight, 0.5) FROM bad$$);
-- and NULLs stay NULLs (STRICT), a zero population gives NULL:
-- 3 of 8 = 0.375 = 37.50 %; shortfall ceil(0.55 * 8 - 3) = ceil(1.4) = 2.
SELECT coverage_ratio(NULL::int, eight), coverage_pct(three, 0), coverage_ratio(three, eight),
       coverage_pct(three::smallint, eight::smallint), coverage_shortfall(three, eight, 0.55)
FROM bad;

-- shortfall_agg on bigint counts: per-row shortfalls summed in 128 bits,
-- or through numeric where a row does not fit (a 23-decimal target times a
-- population near 2^63 is past 10^38).  Reference: the plain-SQL sum over
-- rows with a population, per target (3 groups of 25 x 25 = 625 rows).
SELECT t, count(*) AS rows,
       shortfall_agg(c.b, p.b, t) = sum(greatest(ceil(t * p.b - c.b), 0)) FILTER (WHERE p.b <> 0)
           AS same
FROM ints c, ints p,
     unnest(ARRAY[0.55, 1, 0.12345678901234567890123]::numeric[]) AS t
GROUP BY t ORDER BY t;
