--
-- implied: implied_population, implied_covered and implied_previous, the
-- whole numbers a rounded percentage allows; by hand, on the seed articles,
-- and against brute-force enumeration with coverage_pct / growth_pct.
--
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS jamsostek;

-- Lampung, Dec 2023 (seeds/002): 731.991 participants, "26,79 persen".
-- 26.79 at 2 digits is every exact 100 c / N in [26.785, 26.795):
--   N > 73199100 / 26.795 = 2731819.369..  -> N >= 2731820
--   N <= 73199100 / 26.785 = 2732839.275.. -> N <= 2732839
-- 26.790 is read at 3 digits, [26.7895, 26.7905):
--   N > 73199100 / 26.7905 = 2732278.232.. and N <= 73199100 / 26.7895
--   = 2732380.223..  -> [2732279, 2732380]
-- The article's "2,7 juta" as exactly 2700000: 26.79 % of it is
--   c in [26.785 * 27000, 26.795 * 27000) = [723195, 723465) (both ends
--   whole: 723195 gives exactly 26.785, which rounds up to 26.79, 723465
--   exactly 26.795, which rounds to 26.80), so 731991 is not in it; every N
--   of the first range is "2,7 juta" when rounded to a tenth of a million.
SELECT implied_population(731991, 26.79) AS lampung_workers,
       implied_population(731991, 26.790) AS at_3_digits,
       implied_covered(2700000, 26.79) AS covered_if_exactly_2_7_juta,
       731991::bigint <@ implied_covered(2700000, 26.79) AS consistent_with_2_7_juta;
-- The edges: N = 2731820 and 2732839 give 26.79, their neighbours do not.
SELECT n, coverage_pct(731991, n) FROM unnest(ARRAY[2731819, 2731820, 2732839, 2732840]) n;

-- Bali (the issue's example; no seed article has it): 935.079 of 1.873.899
-- workers published as 50,88 %.  100 * 935079 / 1873899 = 49.900.. -> 49.90.
--   N in (93507900 / 50.885, 93507900 / 50.875] = (1837631.915.., 1837993.120..]
--   c in [50.875 * 18738.99, 50.885 * 18738.99) = [953346.116.., 953533.506..)
-- Neither stated count lies in the range the other implies.
SELECT coverage_pct(935079, 1873899) AS recomputed,
       implied_population(935079, 50.88) AS workers_for_50_88,
       implied_covered(1873899, 50.88) AS covered_for_50_88,
       1873899::bigint <@ implied_population(935079, 50.88) AS population_consistent,
       935079::bigint <@ implied_covered(1873899, 50.88) AS covered_consistent;

-- Bengkulu (seeds/001): 212.266 -> 261.814 "meningkat sebesar 23%".
-- 23 at 0 digits: growth in [22.5, 23.5), so 100 * 261814 / P in
-- [122.5, 123.5): P in (26181400 / 123.5, 26181400 / 122.5]
-- = (211995.141.., 213725.714..] -> [211996, 213725]; 212266 is in it
-- (growth_pct(261814, 212266) = 23.342.. -> 23.34, or 23 at 0 digits).
-- UCJ "41.84 %" of 261.814: N in (26181400 / 41.845, 26181400 / 41.835]
-- = (625675.707.., 625825.265..] -> [625676, 625825].
SELECT implied_previous(261814, 23) AS bengkulu_2023,
       212266::bigint <@ implied_previous(261814, 23) AS consistent,
       growth_pct(261814, 212266, 0) AS growth_0_digits,
       implied_population(261814, 41.84) AS bengkulu_workers;

-- Jambi (seeds/004): "1,3 juta lebih" workers, "44 persen atau sekitar 580
-- ribu", target "55 persen ... 782 ribu".
--   implied_covered(1300000, 44): [43.5 * 13000, 44.5 * 13000) = [565500, 578500)
--   implied_population(580000, 44): (58000000 / 44.5, 58000000 / 43.5]
--     = (1303370.786.., 1333333.333..] -> [1303371, 1333333]: "1,3 juta lebih"
--   implied_population(782000, 55): (78200000 / 55.5, 78200000 / 54.5]
--     = (1409009.009.., 1434862.385..] -> [1409010, 1434862]
-- The two percentages imply populations that do not overlap.
SELECT implied_covered(1300000, 44) AS covered_of_1_3_juta,
       implied_population(580000, 44) AS workers_now,
       implied_population(782000, 55) AS workers_in_target,
       implied_population(580000, 44) && implied_population(782000, 55) AS same_population_possible;

-- Situbondo (seeds/003): 20.797, "turun sekitar 2.840": 23637 before.
-- growth_pct(20797, 23637) = 100 * -2840 / 23637 = -12.015.. -> -12.02.
-- -12.02 is x in (-12.025, -12.015], so 100 * 20797 / P in (87.975, 87.985]:
--   P >= 2079700 / 87.985 = 23636.983.. -> 23637; P < 2079700 / 87.975
--   = 23639.670.. -> P <= 23639.
SELECT growth_pct(20797, 23637) AS growth, implied_previous(20797, -12.02) AS previous;

-- digits NULL means the decimals the reported value is written with:
-- 26.79 -> 2, 26.790 -> 3, 44 -> 0; an explicit digits wins.
SELECT implied_population(731991, 26.79) = implied_population(731991, 26.79, 2) AS two,
       implied_population(731991, 26.790) = implied_population(731991, 26.790, 3) AS three,
       implied_population(580000, 44) = implied_population(580000, 44, 0) AS zero,
       implied_population(731991, 26.790, 2) = implied_population(731991, 26.79) AS explicit;

-- Edge cases.
-- covered 0: coverage_pct(0, N) = 0 for every N >= 1, so reported 0 allows
-- every N and anything else none.  reported 0 with covered 5 at 0 digits:
-- 500 / N < 0.5 -> N > 1000, unbounded above; at 2 digits (0.00): 500 / N
-- < 0.005 -> N > 100000.
SELECT implied_population(0, 0) AS zero_zero, implied_population(0, 5) AS zero_five,
       implied_population(5, 0) AS five_zero, implied_population(5, 0.00) AS five_zero_2dp;
-- reported 100 at 0 digits: [99.5, 100.5): N in (73199100 / 100.5,
-- 73199100 / 99.5] = (728349.253.., 735669.346..] -> [728350, 735669].
-- Above 100 is allowed (coverage_pct allows covered above population):
-- 150 of N at 150 %: 15000 / N in [149.5, 150.5) -> N in (99.66.., 100.33..]
-- -> 100 only.  Negative: no N.
SELECT implied_population(731991, 100) AS at_100, implied_population(150, 150) AS at_150,
       implied_population(731991, -5) AS negative;
-- More decimals than digits: 26.795 is never a value of coverage_pct(.., 2);
-- at its own 3 digits it is: [26.7945, 26.7955) -> N in
-- (73199100 / 26.7955, 73199100 / 26.7945].
SELECT implied_population(731991, 26.795, 2) AS more_decimals,
       isempty(implied_population(731991, 26.795)) AS at_3_digits_empty;
-- Negative digits round to tens: 30 is [25, 35) -> N in (73199100 / 35,
-- 73199100 / 25] = (2091402.857.., 2927964]; 2927964 gives exactly 25.000,
-- which rounds up to 30, so it is in.  25 is no multiple of ten: empty.
SELECT implied_population(731991, 30, -1) AS tens, coverage_pct(731991, 2927964, -1) AS at_edge,
       implied_population(731991, 25, -1) AS not_a_multiple;
-- implied_covered: population 0 has no percentage (coverage_pct is NULL):
-- empty.  0 % of 100 at 0 digits: c < 0.5 -> {0}.  50.5 % of 200 at 1
-- digit: c in [50.45 * 2, 50.55 * 2) = [100.9, 101.1) -> {101}.
SELECT implied_covered(0, 5) AS of_nobody, implied_covered(100, 0) AS zero_pct,
       implied_covered(200, 50.5) AS one_digit;
-- implied_previous: current 0 is growth -100 % from every P >= 1; from
-- 1 to P, -100 at 0 digits is x in (-100.5, -99.5], 100 / P <= 0.5 ->
-- P >= 200, unbounded.  0 % growth of 100: x in (-0.5, 0.5), 10000 / P in
-- (99.5, 100.5) -> P in (99.50.., 100.50..) -> {100}.
SELECT implied_previous(0, -100) AS from_nothing, implied_previous(0, 0) AS zero_growth_of_0,
       implied_previous(1, -100, 0) AS fall_to_1, implied_previous(100, 0) AS flat;
-- Large counts, exact: 4e16 covered at 1 %: N in (4e18 / 1.5, 4e18 / 0.5]
-- = (2666666666666666666.66.., 8000000000000000000].
SELECT implied_population(40000000000000000, 1) AS large;
-- Fractional counts are allowed, as in coverage_pct: 2.5 of N at 50 %:
-- 250 / N in [49.5, 50.5) -> N in (4.95.., 5.05..] -> {5}.
SELECT implied_population(2.5, 50) AS fractional;

-- Argument types: smallint, integer, bigint and numeric counts, untyped
-- literals and NULLs, and untyped prepared-statement parameters.
-- 100 of N at 50 %: 10000 / N in [49.5, 50.5) -> N in (198.01.., 202.02..]
-- -> [199, 202].  (To test a count against the range, write it as a
-- bigint: 731991::bigint <@ r; an integer literal has no <@ with int8range.)
SELECT implied_population(731991::int, 26.79) AS int4, implied_population(731991::bigint, 26.79) AS int8,
       implied_population(100::smallint, 50) AS int2, implied_covered('1300000', '44') AS untyped,
       implied_previous(261814, 23::int) AS int_pct, implied_population(NULL, 26.79) AS null_count,
       implied_covered(100, NULL) AS null_pct, implied_population(731991, 26.79, NULL) AS null_digits;
PREPARE p AS SELECT implied_population($1, $2);
EXECUTE p(731991, '26.79');
PREPARE p2 AS SELECT implied_population($1, $2), implied_covered($1, $2, $3), implied_previous($1, $2);
-- 731991 and 26.79 in every role:
--   covered of 731991 workers: [26.785 * 7319.91, 26.795 * 7319.91)
--     = [196063.79.., 196136.99..) -> [196064, 196136]
--   previous: 73199100 / P in [126.785, 126.795) -> P in
--     (577302.73.., 577348.26..] -> [577303, 577348]
EXECUTE p2(731991, '26.79', 2);
-- digits NULL: '44' is read as written, 0 decimals.
--   population of 1300000 covered: (130000000 / 44.5, 130000000 / 43.5]
--     = (2921348.31.., 2988505.74..] -> [2921349, 2988505]
--   previous: 130000000 / P in [143.5, 144.5) -> P in
--     (899653.97.., 905923.34..] -> [899654, 905923]
EXECUTE p2('1300000', '44', NULL);
DEALLOCATE p;
DEALLOCATE p2;

-- Labels: IMMUTABLE, PARALLEL SAFE, not STRICT (a NULL digits means
-- "as written").
SELECT proname, provolatile, proisstrict, proparallel, prorettype::regtype
FROM pg_proc WHERE proname LIKE 'implied\_%' ORDER BY 1;

-- ---------------------------------------------------------------------------
-- Brute force.  For each count and digits, every N in 1..3000 with its
-- coverage_pct (growth_pct); grouped by the percentage, the N that give it
-- must be exactly the range the function returns: the same lowest N, the
-- same highest (or, where the highest is the window's edge, a range that
-- reaches past it), and no gap.
-- ---------------------------------------------------------------------------
CREATE TEMP TABLE counts(v numeric);
INSERT INTO counts VALUES (0), (1), (2), (3), (5), (7), (10), (33), (99), (100), (101),
    (250), (731), (1001), (2999), (2.5), (731.991);
CREATE TEMP TABLE digit_values(d int);
INSERT INTO digit_values VALUES (-2), (-1), (0), (1), (2), (3);

-- implied_population: covered c, population N.
CREATE TEMP TABLE pop_groups AS
SELECT c.v AS c, d.d, r, count(*) AS n, min(n) AS lo, max(n) AS hi
FROM counts c, digit_values d, generate_series(1, 3000) n,
     LATERAL (SELECT coverage_pct(c.v, n, d.d) AS r) x
GROUP BY 1, 2, 3;
SELECT count(*) AS groups,
       count(*) FILTER (WHERE hi < 3000) AS ranges_inside_window,
       count(*) FILTER (WHERE lower(ip) = lo AND n = hi - lo + 1
                          AND CASE WHEN hi < 3000 THEN upper(ip) = hi + 1
                                   ELSE upper_inf(ip) OR upper(ip) > 3000 END) AS agree
FROM pop_groups, LATERAL (SELECT implied_population(c, r, d) AS ip) x;

-- implied_covered: population P, covered c in 0..3000 (up to 1000 % of 3).
CREATE TEMP TABLE cov_groups AS
SELECT p.v AS p, d.d, r, count(*) AS n, min(c) AS lo, max(c) AS hi
FROM counts p, digit_values d, generate_series(0, 3000) c,
     LATERAL (SELECT coverage_pct(c, p.v, d.d) AS r) x
WHERE p.v > 0
GROUP BY 1, 2, 3;
SELECT count(*) AS groups,
       count(*) FILTER (WHERE hi < 3000) AS ranges_inside_window,
       count(*) FILTER (WHERE lower(ic) = lo AND n = hi - lo + 1
                          AND CASE WHEN hi < 3000 THEN upper(ic) = hi + 1
                                   ELSE upper(ic) > 3000 END) AS agree
FROM cov_groups, LATERAL (SELECT implied_covered(p, r, d) AS ic) x;

-- implied_previous: current c, previous P; negative growth included.
CREATE TEMP TABLE prev_groups AS
SELECT c.v AS c, d.d, r, count(*) AS n, min(p) AS lo, max(p) AS hi
FROM counts c, digit_values d, generate_series(1, 3000) p,
     LATERAL (SELECT growth_pct(c.v, p, d.d) AS r) x
GROUP BY 1, 2, 3;
SELECT count(*) AS groups,
       count(*) FILTER (WHERE hi < 3000) AS ranges_inside_window,
       count(*) FILTER (WHERE r < 0) AS negative_growth,
       count(*) FILTER (WHERE lower(ip) = lo AND n = hi - lo + 1
                          AND CASE WHEN hi < 3000 THEN upper(ip) = hi + 1
                                   ELSE upper_inf(ip) OR upper(ip) > 3000 END) AS agree
FROM prev_groups, LATERAL (SELECT implied_previous(c, r, d) AS ip) x;

-- Values the window shows no N for, between two that it shows (the
-- percentage is monotone in N, so no N outside the window gives them
-- either): one step above the lower and one below the higher, all empty.
-- And values with more decimals than digits: empty for all three.
SELECT count(*) AS gaps,
       count(*) FILTER (WHERE isempty(implied_population(c, r + step, d))
                          AND isempty(implied_population(c, next_r - step, d))) AS both_empty
FROM (SELECT c, d, r, lead(r) OVER (PARTITION BY c, d ORDER BY r) AS next_r,
             10::numeric ^ (-d) AS step
      FROM pop_groups) g
WHERE next_r - r > step;
SELECT count(*) AS half_steps,
       count(*) FILTER (WHERE isempty(implied_population(c, r + 5 * 10::numeric ^ (-d - 1), d))
                          AND isempty(implied_covered(1000, r + 5 * 10::numeric ^ (-d - 1), d))
                          AND isempty(implied_previous(c, r - 5 * 10::numeric ^ (-d - 1), d))) AS all_empty
FROM pop_groups;

-- Large values, any digits: around N0 = a pseudo-random population up to
-- 5 * 10^13 and c up to 10^13, the range's first and last members give the
-- reported value and their outer neighbours do not (or the range starts at
-- 1); with monotonicity that pins the range exactly.  2000 cases a function.
CREATE TEMP TABLE big AS
SELECT i, (i * 7919 % 1000 + 1) * 10::numeric ^ (i % 11) AS c,
       (i * 104729 % 4999 + 1) * 10::numeric ^ (i % 11) + i % 7 AS n0,
       (i % 9) - 3 AS d
FROM generate_series(1, 2000) i;
SELECT count(*) AS cases,
       count(*) FILTER (WHERE n0::bigint <@ ip
                          AND coverage_pct(c, lower(ip), d) = r
                          AND (lower(ip) = 1 OR coverage_pct(c, lower(ip) - 1, d) <> r)
                          AND (upper_inf(ip) OR (coverage_pct(c, upper(ip) - 1, d) = r
                                                 AND coverage_pct(c, upper(ip), d) <> r))) AS population_exact,
       count(*) FILTER (WHERE upper_inf(ip)) AS unbounded
FROM big, LATERAL (SELECT coverage_pct(c, n0, d) AS r) x,
     LATERAL (SELECT implied_population(c, r, d) AS ip) y;
SELECT count(*) AS cases,
       count(*) FILTER (WHERE c::bigint <@ ic
                          AND coverage_pct(lower(ic), n0, d) = r
                          AND (lower(ic) = 0 OR coverage_pct(lower(ic) - 1, n0, d) <> r)
                          AND coverage_pct(upper(ic) - 1, n0, d) = r
                          AND coverage_pct(upper(ic), n0, d) <> r) AS covered_exact
FROM big, LATERAL (SELECT coverage_pct(c, n0, d) AS r) x,
     LATERAL (SELECT implied_covered(n0, r, d) AS ic) y;
-- growth: current c from previous n0 and from previous c * 3 (falls)
SELECT count(*) AS cases,
       count(*) FILTER (WHERE p::bigint <@ ip
                          AND growth_pct(c, lower(ip), d) = r
                          AND (lower(ip) = 1 OR growth_pct(c, lower(ip) - 1, d) <> r)
                          AND (upper_inf(ip) OR (growth_pct(c, upper(ip) - 1, d) = r
                                                 AND growth_pct(c, upper(ip), d) <> r))) AS previous_exact,
       count(*) FILTER (WHERE r < 0) AS falls
FROM big, LATERAL (VALUES (n0), (c * 3 + i)) v(p),
     LATERAL (SELECT growth_pct(c, p, d) AS r) x,
     LATERAL (SELECT implied_previous(c, r, d) AS ip) y;

-- Errors.
\set VERBOSITY default
\set SHOW_CONTEXT never
SELECT implied_population(-1, 26.79);
SELECT implied_covered(100, 'NaN');
SELECT implied_previous('Infinity', 5);
SELECT implied_population(731991, 26.79, 101);
SELECT implied_population(731991, 26.79, -21);
-- digits taken from a reported value written with 101 decimals
SELECT implied_population(1, ('0.' || repeat('0', 100) || '1')::numeric);
-- a range beyond int8range: 10^20 covered at 1 % is N up to 2 * 10^22
SELECT implied_population(100000000000000000000, 1);
-- floats are not counts, as for coverage_pct
SELECT implied_population(731991::float8, 26.79);
