--
-- hostile: issue #14, the adversarial pass.  One section per class of
-- defect; each query below gave a wrong answer or the wrong error on 0.3.
--
SET client_min_messages = warning;

-- ==== 1. Out-of-line and compressed numerics reach the fast paths ====
-- numeric's default storage is MAIN (compressed in line).  With EXTENDED,
-- a value the toaster compresses and still moves out of the row becomes a
-- TOAST pointer, whose 1-byte header passed 0.3's "short numeric" test: its
-- 16 bytes were read as digits.  Whether the bytes of a pointer decode as a
-- number depends on the compressed size (its low byte must be below 40),
-- on the value's OID and on the TOAST table's OID (low byte below 40 too):
-- the loop below makes the table until its TOAST table's OID fits, and the
-- values are 2032-digit numbers (1024 bytes: a pointer to a value of that
-- size reads as six base-10000 digits) with 880..919 random digits, compressing to about
-- 520 bytes.  On 0.3, 636 of 4000 rows gave coverage_ratio(a, 7) <> a / 7.
DO $$
DECLARE r oid;
BEGIN
  FOR i IN 1 .. 300 LOOP
    CREATE TABLE toasted (id int, a numeric, filler text);
    ALTER TABLE toasted ALTER filler SET STORAGE PLAIN, ALTER a SET STORAGE EXTENDED;
    SELECT reltoastrelid INTO r FROM pg_class WHERE relname = 'toasted';
    EXIT WHEN r::bigint % 256 < 40;
    DROP TABLE toasted;
  END LOOP;
END $$;
INSERT INTO toasted
SELECT g, ('1' || substr((SELECT string_agg(translate(md5(g || '/' || i), 'abcdef', '135792'), '')
                          FROM generate_series(1, 40) i), 1, 880 + g % 40)
           || repeat('0', 1150 - g % 40) || '1')::numeric,
       repeat('x', 1800)
FROM generate_series(1, 4000) g;
-- every value is out of line: one TOAST chunk each (about 520 bytes < 1996)
CREATE FUNCTION pg_temp.toast_chunks(t regclass) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE n bigint;
BEGIN
  EXECUTE format('SELECT count(*) FROM %s', (SELECT reltoastrelid::regclass FROM pg_class WHERE oid = t)) INTO n;
  RETURN n;
END $$;
SELECT pg_temp.toast_chunks('toasted') AS toast_chunks;
SELECT count(*) AS rows, min(length(a::text)) AS digits, max(length(a::text)) AS digits_max FROM toasted;
-- every entry point that reads a numeric's bytes, against plain numeric
-- arithmetic on the same values; each count is of mismatches.  The
-- percentages' reference truncates 100 a / 7 to one more decimal with div()
-- and rounds that (exact, see numutil.c); * 0.001 rather than / 1000, as
-- numeric division of a 2035-digit number keeps no decimals.
SELECT count(*) FILTER (WHERE coverage_ratio(a, 7)::text IS DISTINCT FROM (a / 7)::text) AS ratio_ext_num,
       count(*) FILTER (WHERE coverage_ratio(7, a)::text IS DISTINCT FROM (7 / a)::text) AS ratio_num_ext,
       count(*) FILTER (WHERE coverage_pct(a, 7, 2)::text IS DISTINCT FROM
                              round(div(a * 100 * 1000, 7) * 0.001, 2)::text) AS pct,
       count(*) FILTER (WHERE growth_rate(a, 5)::text IS DISTINCT FROM ((a - 5) / 5)::text) AS growth,
       count(*) FILTER (WHERE coverage_shortfall(7, a, 0.5)::text IS DISTINCT FROM ceil(0.5 * a - 7)::text) AS shortfall
FROM toasted;
-- the aggregates' transition functions: sums are exact, whole numbers
SELECT coverage_summary_covered(coverage_summary(a, 7)) = sum(a) AS summary_sum,
       coverage_agg(a, 7)::text = coverage_ratio(sum(a), 7 * count(*))::text AS agg,
       coverage_agg(7, a)::text = coverage_ratio(7 * count(*), sum(a))::text AS agg2,
       shortfall_agg(7, a, 0.5) = sum(ceil(0.5 * a - 7)) AS shortfall_agg
FROM toasted;
-- the same values stored EXTERNAL (out of line, not compressed) and MAIN
-- (compressed in line: 2500 sevens compress to a few dozen bytes)
CREATE TABLE stored (how text, a numeric, b numeric);
CREATE TABLE stored_ext (LIKE stored);
ALTER TABLE stored_ext ALTER a SET STORAGE EXTERNAL, ALTER b SET STORAGE EXTERNAL;
INSERT INTO stored_ext SELECT 'external', a, a + g FROM toasted t JOIN generate_series(1, 3) g ON true WHERE t.id <= 200;
INSERT INTO stored SELECT 'main', (repeat('7', 2400) || g)::numeric, (repeat('3', 2400) || g)::numeric
FROM generate_series(1, 200) g;
SELECT how, count(*) AS rows, max(pg_column_size(a)) < 100 AS compressed,
       count(*) FILTER (WHERE coverage_ratio(a, b)::text IS DISTINCT FROM (a / b)::text) AS ratio,
       count(*) FILTER (WHERE coverage_pct(a, b, 4)::text IS DISTINCT FROM round(div(a * 100 * 100000, b) * 0.00001, 4)::text) AS pct,
       count(*) FILTER (WHERE growth_pct(a, b, 1)::text IS DISTINCT FROM round(div((a - b) * 100 * 100, b) * 0.01, 1)::text) AS growth_pct,
       bool_and(coverage_summary_covered(s) = sa AND coverage_summary_population(s) = sb) AS summary
FROM (SELECT *, coverage_summary(a, b) OVER (PARTITION BY how) AS s,
             sum(a) OVER (PARTITION BY how) AS sa, sum(b) OVER (PARTITION BY how) AS sb
      FROM (SELECT * FROM stored UNION ALL SELECT * FROM stored_ext) u) x
GROUP BY how ORDER BY how;

-- ==== 2. Special values through binary input, and one check for all paths ====
-- (regress_copy_binary, from install.sql, sends a value through binary COPY.)
CREATE TABLE cs (s coverage_summary);
CREATE TABLE gs (g growth_summary);
-- coverage_summary: version 1, rows 1, covered = numeric (kind 1, 8 bytes:
-- ndigits 0, weight 0, sign, dscale 0), population = integer 2.
-- Signs C000 NaN, D000 +Infinity, F000 -Infinity.  0.3 stored all three.
SELECT regress_copy_binary('cs', ('\x01 0000000000000001 01 00000008 00000000' || sign || '0000'
                                  || ' 00 0000000000000000 0000000000000002')::bytea)
FROM (VALUES ('c000'), ('d000'), ('f000')) v(sign);
-- growth_summary: year 2024 .. 2024, rows 1, totals NaN and 5
SELECT regress_copy_binary('gs', '\x01 01 0000000000000001 00000000000007e8 00000000000007e8 01 00000008 00000000c0000000 00 0000000000000000 0000000000000005'::bytea);
-- a numeric sum of 2.50 (ndigits 2: 0002 5000, dscale 2) is read and kept
-- as 2.5: the sums' one form has no trailing zeros
SELECT regress_copy_binary('cs', '\x01 0000000000000001 01 0000000c 0002 0000 0000 0002 0002 1388 00 0000000000000000 0000000000000004'::bytea);
SELECT s::text FROM cs;
-- the text form says the same about the same summaries (22P02, with the rule)
SELECT regress_err($$SELECT '(v1,covered:NaN,population:2,rows:1)'::coverage_summary$$);
SELECT regress_err($$SELECT '(v1,covered:Infinity,population:2,rows:1)'::coverage_summary$$);
-- rows:1 with two periods cannot come from rows (0.3 accepted it)
SELECT regress_err($$SELECT '(v1,period:year,first:2020,first_total:1,last:2021,last_total:2,rows:1)'::growth_summary$$);
SELECT regress_copy_binary('gs', '\x01 01 0000000000000001 00000000000007e4 00000000000007e5 00 0000000000000000 0000000000000001 00 0000000000000000 0000000000000002'::bytea);
-- ... and two rows may: 1 -> 2 over 2020..2021 is growth 1
SELECT growth_summary_rate('(v1,period:year,first:2020,first_total:1,last:2021,last_total:2,rows:2)'::growth_summary);
-- a damaged numeric sum (sign 0x1234) and bytes after the value are 22P03
SELECT regress_copy_binary('cs', '\x01 0000000000000001 01 00000008 0000000012340000 00 0000000000000000 0000000000000002'::bytea);
SELECT regress_copy_binary('cs', '\x01 0000000000000001 00 0000000000000000 0000000000000001 00 0000000000000000 0000000000000002 ff'::bytea);

-- ==== 3. Row counters do not wrap ====
-- 9223372036854775807 + 9223372036854775807 is past int64: 0.3 gave rows:-2
SELECT regress_err($$SELECT rollup(s) FROM (VALUES ('(v1,covered:1,population:2,rows:9223372036854775807)'::coverage_summary),
                                                 ('(v1,covered:1,population:2,rows:9223372036854775807)')) v(s)$$);
-- the combine function itself, and one more row through each transition
SELECT regress_err($$SELECT coverage_summary_combine('(v1,covered:1,population:2,rows:9223372036854775807)', '(v1,covered:0,population:0,rows:1)')$$);
SELECT regress_err($$SELECT coverage_summary_trans_int4('(v1,covered:1,population:2,rows:9223372036854775807)', 1, 2)$$);
SELECT regress_err($$SELECT coverage_summary_trans_numeric('(v1,covered:1,population:2,rows:9223372036854775807)', 1.5, 2)$$);
SELECT regress_err($$SELECT rollup(g) FROM (VALUES ('(v1,period:year,first:2020,first_total:1,last:2020,last_total:1,rows:9223372036854775807)'::growth_summary),
                                                 ('(v1,period:year,first:2021,first_total:1,last:2021,last_total:1,rows:1)')) v(g)$$);
-- up to the limit is fine: 9223372036854775806 + 1
SELECT rollup(s) FROM (VALUES ('(v1,covered:1,population:2,rows:9223372036854775806)'::coverage_summary),
                              ('(v1,covered:1,population:2,rows:1)')) v(s);

-- ==== 7. A window frame gives what GROUP BY gives for the same rows ====
-- The issue's example: rows 2 and 3 are (1, 3) and (1, 3): covered 2,
-- population 6, and 2 / 6 at numeric division's 20 digits
-- (select_div_scale: 16 + 4, since 2 <= 6 puts the quotient's weight at -1).
-- 0.3 kept row 1's 24 decimals: 0.333333333333333333333333, covered:2.000...
SELECT i, coverage_agg(c, p) OVER w, coverage_summary(c, p) OVER w
FROM (VALUES (1, 1e-24, 3), (2, 1, 3), (3, 1, 3)) x(i, c, p)
WINDOW w AS (ORDER BY i ROWS BETWEEN CURRENT ROW AND 1 FOLLOWING) ORDER BY i;
-- Result scale, decided: the aggregates divide the sums written without
-- trailing zeros, coverage_ratio(trim_scale(sum(c)), trim_scale(sum(p))),
-- so one row of 1.0000000000000000000000 over 3 is 1/3 at 20 digits,
-- where sum(c) / sum(p) keeps the 22 decimals of its input.
SELECT coverage_agg(c, p) AS agg, sum(c) / sum(p) AS sum_over_sum,
       coverage_ratio(trim_scale(sum(c)), trim_scale(sum(p))) AS rule
FROM (VALUES (1.0000000000000000000000, 3)) x(c, p);
-- and the result does not depend on the order of the rows: 12.000 and 0.5
-- sum to 12.5 either way (0.3: 12.5 one way, 12.500 the other)
SELECT (SELECT coverage_summary(c, p ORDER BY k) FROM (VALUES (1, 12.000, 1), (2, 0.5, 1)) x(k, c, p))::text AS one_way,
       (SELECT coverage_summary(c, p ORDER BY k DESC) FROM (VALUES (1, 12.000, 1), (2, 0.5, 1)) x(k, c, p))::text AS other_way;
-- Every frame mode over rows of every scale: each row's window result,
-- as text, against GROUP BY (an aggregate over the frame's rows chosen by
-- a WHERE) as text.  The counts are of mismatches.
CREATE TABLE wr AS
SELECT i, i / 3 AS k,
       (ARRAY[1e-24, 1, 12.000, 0.5, 2.50, 1.0000000000000000000000, 7, 0.001, 3.14159265358979323846264338, 100, 0, 5.5])[1 + i % 12] AS c,
       (ARRAY[3, 3, 40.00, 2, 9.000001, 3, 11, 1, 10, 1000.0, 4, 6])[1 + (i * 7) % 12] AS p
FROM generate_series(0, 59) i;
CREATE FUNCTION pg_temp.frame_ok(agg text, frame text, cond text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE n bigint;
BEGIN
  EXECUTE format($q$
    SELECT count(*) FROM (
      SELECT w.i, (%1$s(c, p) OVER (ORDER BY %2$s))::text AS win,
             (SELECT %1$s(c, p) FROM wr o WHERE %3$s)::text AS grouped
      FROM wr w) x
    WHERE win IS DISTINCT FROM grouped$q$, agg, frame, cond) INTO n;
  RETURN n;
END $$;
SELECT frame, pg_temp.frame_ok('coverage_agg', frame, cond) AS coverage_agg,
       pg_temp.frame_ok('coverage_summary', frame, cond) AS coverage_summary,
       pg_temp.frame_ok('coverage_mean_agg', frame, cond || ' AND o.p <> 0') AS coverage_mean_agg
FROM (VALUES
  ('i ROWS BETWEEN CURRENT ROW AND 1 FOLLOWING',            'o.i BETWEEN w.i AND w.i + 1'),
  ('i ROWS BETWEEN 2 PRECEDING AND CURRENT ROW',            'o.i BETWEEN w.i - 2 AND w.i'),
  ('i ROWS BETWEEN 3 PRECEDING AND 1 PRECEDING',            'o.i BETWEEN w.i - 3 AND w.i - 1'),
  ('i ROWS BETWEEN 1 FOLLOWING AND 4 FOLLOWING',            'o.i BETWEEN w.i + 1 AND w.i + 4'),
  ('i ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW',    'o.i <= w.i'),
  ('i ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING',    'o.i >= w.i'),
  ('i ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING EXCLUDE CURRENT ROW', 'o.i BETWEEN w.i - 2 AND w.i + 2 AND o.i <> w.i'),
  ('k RANGE BETWEEN 1 PRECEDING AND CURRENT ROW',           'o.k BETWEEN w.k - 1 AND w.k'),
  ('k RANGE BETWEEN CURRENT ROW AND 2 FOLLOWING',           'o.k BETWEEN w.k AND w.k + 2'),
  ('k RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE GROUP', 'o.k BETWEEN w.k - 1 AND w.k + 1 AND o.k <> w.k'),
  ('k RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE TIES', '(o.k BETWEEN w.k - 1 AND w.k + 1 AND o.k <> w.k) OR o.i = w.i'),
  ('k GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING',          'o.k BETWEEN w.k - 1 AND w.k + 1'),
  ('k GROUPS BETWEEN CURRENT ROW AND 2 FOLLOWING EXCLUDE CURRENT ROW', 'o.k BETWEEN w.k AND w.k + 2 AND o.i <> w.i')
) f(frame, cond);
-- rollup of summaries in a moving window, against rollup over the same rows
SELECT count(*) FILTER (WHERE win IS DISTINCT FROM grouped) AS rollup_mismatches, count(*) AS rows
FROM (SELECT w.i, rollup(s) OVER (ORDER BY i ROWS BETWEEN 2 PRECEDING AND CURRENT ROW)::text AS win,
             (SELECT rollup(s) FROM (SELECT i, coverage_summary(c, p) AS s FROM wr GROUP BY i) o
              WHERE o.i BETWEEN w.i - 2 AND w.i)::text AS grouped
      FROM (SELECT i, coverage_summary(c, p) AS s FROM wr GROUP BY i) w) x;

-- ==== 8. years_to_target and the growth functions at numeric's extremes ====
-- ln(1 + 1e-1001) is 0 at numeric_ln's 1000 decimals: 0.3 raised 22012.
-- Now 22003 where the logarithms would need more than 1000 decimals.
SELECT regress_err($$SELECT years_to_target(1, 2, 1e-1001)$$);
SELECT regress_err($$SELECT years_to_target(1, 2, 1e-487)$$);
-- 1e-486 has 485 zeros after the point: 2 * 485 + 30 = 1000 decimals, the
-- most there are; t = ln 2 * 1e486 + ln 2 / 2 + ..., 486 digits before the point
SELECT length(trunc(years_to_target(1, 2, 1e-486))::text) AS int_digits,
       left(years_to_target(1, 2, 1e-486)::text, 20) AS leading;
-- 1e-30 a year: 1 / ln(1 + x) = (1 + x/2 - x^2/12 ...) / x, so
-- t = ln 2 * 1e30 + ln 2 / 2 + O(1e-30).  ln 2 = 0.693147180559945309417232
-- 121458176568075500134360255254..., so ln 2 * 1e30 =
-- 693147180559945309417232121458.176568075500134360255 and ln 2 / 2 =
-- 0.346573590279972654708616; their sum's decimals .523141665780107014963870
-- round to .52314166578010701496.  0.3 worked at 40 decimals whatever the
-- rate and gave 693147180559945309417232121458.17656807550000000000: ln(1 +
-- 1e-30) to 16 significant digits, the last 15 digits of the answer wrong.
SELECT years_to_target(1, 2, 1e-30);
-- at 5 % a year (the usual case, unchanged): ln 2 / ln 1.05 = 14.20669908...
SELECT years_to_target(1, 2, 0.05);
-- cagr over a span too short for the growth to fit numeric is 22003 too
SELECT regress_err($$SELECT cagr(1, 2, 1e-1000)$$);
-- and over a very long one, the rate rounds to 0 at 20 decimals
SELECT cagr(1, 2, 1e1000), required_growth(1, 2, 1e1000);

-- ==== 10. Smaller ====
-- coverage_pct of a value near numeric's limit with digits 100: 0.3 scaled
-- 1e130990 * 100 by 10^101 before dividing and overflowed.  The result is
-- 1e130992 with 100 zero decimals: 130993 digits before the point.
SELECT length(trunc(coverage_pct(1e130990, 1, 100))::text) AS int_digits,
       scale(coverage_pct(1e130990, 1, 100)) AS scale,
       coverage_pct(1e130990, 1, 100) = 1e130992 AS exact;
SELECT length(growth_pct(1e130990, 1, 100)::text) > 130000 AS growth_pct_fits;
-- a small one through the same code: 200 / 3 = 66.666...% to 100 decimals,
-- the last 6 rounded up to 7
SELECT coverage_pct(2e40, 3e40, 100)::text = '66.' || repeat('6', 99) || '7' AS two_thirds,
       growth_pct(5e40, 3e40, 100)::text = '66.' || repeat('6', 99) || '7' AS growth_two_thirds;
-- numbers numeric cannot hold, in a summary's text: 22P02 with the field
-- and its position (0.3: a bare 22003 "value overflows numeric format")
SELECT regress_err($$SELECT '(v1,covered:1e999999,population:2,rows:1)'::coverage_summary$$);
SELECT regress_err($$SELECT '(v1,covered:1,population:0.1e-16384,rows:1)'::coverage_summary$$);
SELECT regress_err($$SELECT '(v1,period:year,first:2020,first_total:1e131072,last:2021,last_total:1,rows:2)'::growth_summary$$);
-- ... and the largest ones numeric does hold are read: 10^131071 (weight
-- 32767) and 16383 decimals
SELECT length(coverage_summary_covered(('(v1,covered:1e131071,population:2,rows:1)')::coverage_summary)::text) AS digits,
       scale(coverage_summary_covered(('(v1,covered:1e-16383,population:2,rows:1)')::coverage_summary)) AS decimals;
