--
-- bi: the queries README's "Using it from BI tools" section gives, run as
-- printed there, on the seed articles' figures (demo/load.sql).
--
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS jamsostek;
\i demo/load.sql

-- Map chart: coverage by province, keyed on ISO 3166-2.
-- Lampung 2024: 900000 / 3000000 = 30.00 %; Jambi 2025-03: 580000 / 1300000
-- = 44.615.. -> 44.62 %; Bengkulu has no population figure: no ratio.
SELECT p.iso_3166_2, p.name AS province, r.period,
       coverage_pct(r.active, r.population) AS coverage_pct
FROM (SELECT DISTINCT ON (region_code) region_code, period, active, population
      FROM regional
      WHERE level = 'province' AND segment = 'all'
        AND active IS NOT NULL AND population IS NOT NULL
      ORDER BY region_code, period DESC) r
JOIN jamsostek_province p ON p.bps_code = r.region_code
ORDER BY p.iso_3166_2;

-- Time series: active participants and growth on the previous period.
-- Bengkulu 212266 -> 261814: 100 * (261814 / 212266 - 1) = 23.342.. -> 23.34;
-- Lampung 731991 -> 900000: 100 * (900000 / 731991 - 1) = 22.952.. -> 22.95.
SELECT region, period, active,
       growth_pct(active, lag(active) OVER (PARTITION BY region ORDER BY period)) AS growth_pct
FROM regional
WHERE segment = 'all' AND active IS NOT NULL
ORDER BY region, period;

-- Gap to target: workers still to enrol, the target ratio's way and the
-- absolute target's way, for each figure against a later target.
-- Jambi: ceil(0.55 * 1300000 - 580000) = 135000; 782000 - 580000 = 202000,
--   580000 / 782000 = 0.74168.. -> 74.17 %.
-- Lampung 2023 and 2024 against the 2025 target of 1100000: 368009 and
--   200000 to go, 731991 / 1100000 = 0.66544.. -> 66.54 %, 900000 / 1100000
--   = 0.81818.. -> 81.82 %.
-- Situbondo (its own year's target): 23000 - 20797 = 2203, 20797 / 23000
--   = 0.90421.. -> 90.42 %.
SELECT r.region,
       coverage_shortfall(r.active, r.population, t.target_ratio) AS to_enrol_for_ratio,
       target_shortfall(r.active, coalesce(t.target, r.target)) AS to_enrol_for_target,
       round(100 * target_attainment(r.active, coalesce(t.target, r.target)), 2) AS attained_pct
FROM regional r
LEFT JOIN regional t ON t.region = r.region AND t.segment = 'all' AND t.period > r.period
                     AND (t.target IS NOT NULL OR t.target_ratio IS NOT NULL)
WHERE r.segment = 'all' AND r.active IS NOT NULL
  AND (t.region IS NOT NULL OR r.target IS NOT NULL)
ORDER BY r.region, r.period;
