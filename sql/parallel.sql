--
-- parallel: partial aggregation with combine functions gives exactly the
-- serial result, on 300000 generated deterministic rows.
--
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS jamsostek;

CREATE TABLE par AS
SELECT i, i % 514 AS district, 2015 + (i % 10) AS y,
       CASE WHEN i % 97 = 0 THEN NULL ELSE ((i::bigint * 7919) % 100000)::int END AS covered,
       CASE WHEN i % 89 = 0 THEN NULL WHEN i % 1013 = 0 THEN 0
            ELSE (100000 + (i::bigint * 104729) % 200000)::int END AS population,
       ((i::bigint * 7919) % 100000)::numeric / 4 AS covered_num
FROM generate_series(1, 300000) i;
ANALYZE par;

-- Serial answers.
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE serial AS
SELECT coverage_agg(covered, population) AS cov, coverage_summary(covered, population)::text AS sum_text,
       coverage_mean_agg(covered, population) AS mean, shortfall_agg(covered, population, 0.55) AS short,
       growth_agg(covered, y) AS growth, cagr_agg(covered, y) AS cagr,
       coverage_summary(covered_num, population)::text AS num_text
FROM par;
CREATE TEMP TABLE serial_g AS
SELECT district, coverage_agg(covered, population) AS cov, growth_agg(covered, y) AS growth,
       shortfall_agg(covered, population, 0.55) AS short
FROM par GROUP BY district;

-- Parallel plans.
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF)
SELECT coverage_agg(covered, population), coverage_mean_agg(covered, population),
       shortfall_agg(covered, population, 0.55), growth_agg(covered, y)
FROM par;

SELECT s.cov = p.cov AS cov_same, s.sum_text = p.sum_text AS summary_same, s.mean = p.mean AS mean_same,
       s.short = p.short AS shortfall_same, s.growth = p.growth AS growth_same, s.cagr = p.cagr AS cagr_same,
       s.num_text = p.num_text AS numeric_summary_same
FROM serial s,
     (SELECT coverage_agg(covered, population) AS cov, coverage_summary(covered, population)::text AS sum_text,
             coverage_mean_agg(covered, population) AS mean, shortfall_agg(covered, population, 0.55) AS short,
             growth_agg(covered, y) AS growth, cagr_agg(covered, y) AS cagr,
             coverage_summary(covered_num, population)::text AS num_text
      FROM par) p;

-- Grouped, parallel: every district agrees.
SELECT count(*) AS districts,
       count(*) FILTER (WHERE s.cov IS DISTINCT FROM p.cov OR s.growth IS DISTINCT FROM p.growth
                        OR s.short IS DISTINCT FROM p.short) AS mismatches
FROM serial_g s JOIN (SELECT district, coverage_agg(covered, population) AS cov, growth_agg(covered, y) AS growth,
                             shortfall_agg(covered, population, 0.55) AS short
                      FROM par GROUP BY district) p USING (district);

-- And the serial answer is the plain-SQL one: pooled over rows with both
-- parts present.
SELECT cov = (SELECT sum(covered)::numeric / sum(population) FROM par
              WHERE covered IS NOT NULL AND population IS NOT NULL) AS pooled_right
FROM serial;
DROP TABLE par;
