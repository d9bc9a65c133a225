--
-- aggregates: coverage_agg, coverage_mean_agg, shortfall_agg, coverage_summary
-- and rollup(coverage_summary) on the seed figures; GROUP BY, ROLLUP, FILTER,
-- windows.
--
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS jamsostek;

-- Bengkulu, Dec 2024 (seeds/001): 142.786 PU + 82.900 BPU + 36.128 Jakon
-- active = 261.814.  The article gives no segment populations; these are
-- illustrative and add up to the 625.751 workers its 41.84 % implies
-- (300000 + 250000 + 75751 = 625751).
CREATE TEMP TABLE bengkulu (segment text, active integer, workers integer);
INSERT INTO bengkulu VALUES ('PU', 142786, 300000), ('BPU', 82900, 250000),
                            ('Jakon', 36128, 75751);

-- Pooled: 261814 / 625751 = 0.418399650979383173179... (bc -l), 41.84 %.
-- Mean of ratios: (142786/300000 + 82900/250000 + 36128/75751) / 3 =
-- (0.475953333... + 0.3316 + 0.476930997...) / 3 = 0.428161443647975310923...
-- Shortfall at 55 %: PU ceil(165000 - 142786) = 22214, BPU
-- ceil(137500 - 82900) = 54600, Jakon ceil(41663.05 - 36128) = 5536;
-- 22214 + 54600 + 5536 = 82350.
SELECT coverage_agg(active, workers), coverage_mean_agg(active, workers),
       shortfall_agg(active, workers, 0.55)
FROM bengkulu;
-- The summary keeps the parts: 261814 of 625751 over 3 rows.
SELECT coverage_summary(active, workers) FROM bengkulu;
SELECT coverage_summary_pct(s), coverage_summary_pct(s, 4), coverage_summary_covered(s), coverage_summary_population(s), coverage_summary_rows(s),
       coverage_summary_shortfall(s, 0.55)
FROM (SELECT coverage_summary(active, workers) AS s FROM bengkulu) x;

-- Surpluses: Lampung's formal segment is at 69 % (940000 of 1362319, seeds/000,
-- 940000 / 0.69 = 1362318.8).  Pooled with Bengkulu's segments the group
-- needs ceil(0.55 * (625751 + 1362319) - (261814 + 940000))
-- = ceil(1093438.5 - 1201814) < 0 -> 0: the surplus offsets the deficits.
-- shortfall_agg does not let it: 82350 + 0 (0.55 * 1362319 = 749275.45 <
-- 940000) = 82350.
SELECT coverage_summary_shortfall(coverage_summary(active, workers), 0.55) AS pooled,
       shortfall_agg(active, workers, 0.55) AS per_region
FROM (SELECT active, workers FROM bengkulu UNION ALL SELECT 940000, 1362319) x;

-- Missing parts: sum(a)/sum(b) counts B's numerator and C's denominator,
-- whose partners are missing.  coverage_agg pools A and D only:
-- (50 + 20) / (100 + 100) = 0.35; sum/sum says (50 + 30 + 20) /
-- (100 + 200 + 100) = 0.25.  The mean of ratios skips E (population 0):
-- (0.5 + 0.2) / 2 = 0.35 with B, C skipped too.
CREATE TEMP TABLE messy (region text, covered bigint, population bigint);
INSERT INTO messy VALUES ('A', 50, 100), ('B', 30, NULL), ('C', NULL, 200),
                         ('D', 20, 100), ('E', 0, 0);
SELECT coverage_agg(covered, population) AS pooled,
       sum(covered)::numeric / sum(population) AS naive,
       coverage_mean_agg(covered, population) AS mean_of_ratios,
       coverage_summary(covered, population) AS summary
FROM messy;

-- Empty input: NULL results, an empty summary.
SELECT coverage_agg(covered, population) IS NULL AS agg_null,
       coverage_mean_agg(covered, population) IS NULL AS mean_null,
       shortfall_agg(covered, population, 0.5) IS NULL AS shortfall_null,
       coverage_summary(covered, population) AS summary
FROM messy WHERE false;
-- Only rows with a missing part, or zero population: NULL.
SELECT coverage_agg(covered, population) FROM messy WHERE region IN ('B', 'C', 'E');

-- Every argument type, mixed: 3 of 8 = 0.375.
SELECT coverage_agg(3::smallint, 8::smallint), coverage_agg(3::smallint, 8),
       coverage_agg(3, 8::bigint), coverage_agg(3::bigint, 8.0),
       coverage_agg(3.0, 8::smallint), coverage_agg(1.5, 4);
-- Fractional and beyond-bigint numerics stay exact: 1.5 + 2.25 = 3.75 of
-- 10; (2^63 - 1) * 2 = 18446744073709551614 of the same twice = 1.
SELECT coverage_summary(c, p) FROM (VALUES (1.5, 4), (2.25, 6)) v(c, p);
SELECT coverage_summary(c, p), coverage_agg(c, p)
FROM (VALUES (9223372036854775807, 9223372036854775807),
             (9223372036854775807, 9223372036854775807)) v(c, p);

-- GROUP BY ROLLUP and FILTER on a small regional table.
CREATE TEMP TABLE regional (island text, province text, segment text, covered int, population int);
INSERT INTO regional VALUES
  ('Sumatera', 'Bengkulu', 'PU', 142786, 300000),
  ('Sumatera', 'Bengkulu', 'BPU', 82900, 250000),
  ('Sumatera', 'Lampung', 'PU', 940000, 1362319),
  ('Sumatera', 'Lampung', 'BPU', 80000, 1000000),
  ('Jawa', 'Jawa Timur', 'PU', 20797, 23000);
-- Bengkulu 225686 / 550000 = 0.41034 -> 41.03; Lampung 1020000 / 2362319 =
-- 0.43178 -> 43.18; Sumatera 1245686 / 2912319 = 0.42773 -> 42.77;
-- Jawa Timur 20797 / 23000 = 90.42; all 1266483 / 2935319 = 0.43146 ->
-- 43.15.  PU only: Bengkulu 142786 / 300000 = 47.60, Lampung 69.00,
-- Sumatera 1082786 / 1662319 = 65.14, all 1103583 / 1685319 = 65.48.
SELECT island, province, round(100 * coverage_agg(covered, population), 2) AS pct,
       round(100 * coverage_agg(covered, population) FILTER (WHERE segment = 'PU'), 2) AS pu_pct
FROM regional
GROUP BY ROLLUP (island, province)
ORDER BY island NULLS LAST, province NULLS LAST;

-- Summaries roll up to the direct aggregate: province summaries (as a
-- materialized view would hold them) rolled up to islands and nationally.
CREATE TEMP TABLE province_summary AS
SELECT island, province, coverage_summary(covered, population) AS s
FROM regional GROUP BY island, province;
SELECT island, rollup(s), coverage_summary_pct(rollup(s))
FROM province_summary GROUP BY ROLLUP (island) ORDER BY island NULLS LAST;
SELECT (SELECT coverage_summary_ratio(rollup(s)) FROM province_summary)
     = (SELECT coverage_agg(covered, population) FROM regional) AS rollup_equals_direct;

-- Hash and sort aggregation give the same.
SET enable_hashagg = off;
SELECT province, coverage_summary_pct(coverage_summary(covered, population)) FROM regional GROUP BY province ORDER BY 1;
RESET enable_hashagg;
SET enable_sort = off;
SELECT province, coverage_summary_pct(coverage_summary(covered, population)) FROM regional GROUP BY province ORDER BY 1;
RESET enable_sort;

-- DISTINCT: the same row twice counts once.
SELECT coverage_agg(DISTINCT covered, population) FROM
  (VALUES (1, 4), (1, 4), (2, 4)) v(covered, population);  -- (1 + 2) / (4 + 4) = 0.375

-- Windows: a 12-month moving coverage per region equals the same frame of
-- plain sums (over the rows where both parts are present), for every row
-- of 2000 generated rows with NULLs and zeros; likewise the moving mean of
-- ratios, the moving shortfall, and rollup() of summaries as a window.
CREATE TEMP TABLE monthly AS
SELECT r AS region, m AS month,
       CASE WHEN (r * 7 + m) % 23 = 0 THEN NULL ELSE (r * 1009 + m * 313) % 5000 END AS covered,
       CASE WHEN (r * 5 + m) % 29 = 0 THEN NULL
            WHEN (r * 3 + m) % 31 = 0 THEN 0
            ELSE 5000 + (r * 2003 + m * 401) % 7000 END AS population
FROM generate_series(1, 20) r, generate_series(1, 100) m;
SELECT count(*) AS rows,
       count(*) FILTER (WHERE ours IS DISTINCT FROM theirs) AS coverage_mismatches,
       count(*) FILTER (WHERE mean IS DISTINCT FROM mean_sql) AS mean_mismatches,
       count(*) FILTER (WHERE short IS DISTINCT FROM short_sql) AS shortfall_mismatches
FROM (SELECT coverage_agg(covered, population) OVER w AS ours,
             sum(covered) FILTER (WHERE covered IS NOT NULL AND population IS NOT NULL) OVER w::numeric
               / nullif(sum(population) FILTER (WHERE covered IS NOT NULL AND population IS NOT NULL) OVER w, 0) AS theirs,
             coverage_mean_agg(covered, population) OVER w AS mean,
             avg(coverage_ratio(covered, population)) OVER w AS mean_sql,
             shortfall_agg(covered, population, 0.55) OVER w AS short,
             sum(coverage_shortfall(covered, population, 0.55)) OVER w AS short_sql
      FROM monthly
      WINDOW w AS (PARTITION BY region ORDER BY month ROWS 11 PRECEDING)) x;

-- rollup() of monthly summaries as a moving window equals the direct
-- moving aggregate.
SELECT count(*) FILTER (WHERE coverage_summary_ratio(rolled) IS DISTINCT FROM direct) AS mismatches
FROM (SELECT rollup(s) OVER w AS rolled, coverage_agg(covered, population) OVER w AS direct
      FROM (SELECT *, coverage_summary(covered, population) OVER (PARTITION BY region, month) AS s
            FROM monthly) m
      WINDOW w AS (PARTITION BY region ORDER BY month ROWS 11 PRECEDING)) x;

-- Bad input inside an aggregate gets the same errors as the scalars.
SELECT coverage_agg(c, p) FROM (VALUES (1, 2), (-3, 4)) v(c, p);
SELECT coverage_agg(c, p) FROM (VALUES (1.0, 2), ('NaN', 4)) v(c, p);
SELECT shortfall_agg(1, 2, 55);
