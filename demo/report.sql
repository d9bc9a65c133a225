-- demo/report.sql: load the seed articles' figures and print the analysis.
-- Run by demo/run inside a throwaway cluster; every figure in
-- demo/figures.csv names its article and the sentence it came from.
\set ON_ERROR_STOP 1
\pset footer off
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS jamsostek;

\i demo/load.sql

\echo
\echo '== Sources: 32 figures from 5 articles (demo/figures.csv has each sentence)'
SELECT source, count(*) AS figures, string_agg(DISTINCT region, ', ') AS regions
FROM figures GROUP BY source ORDER BY source;

\echo
\echo '== Read from the wording with parse_id_number / parse_id_percent'
SELECT count(*) FILTER (WHERE parsed = value) AS "parsed = hand-typed",
       count(*) FILTER (WHERE parsed <> value) AS "parsed <> hand-typed",
       string_agg(raw_text, ', ') FILTER (WHERE parsed IS NULL) AS "in words (hand-typed)"
FROM figures;
SELECT raw_text, measure, parsed FROM figures
WHERE raw_text IN ('2,7 juta orang', 'Rp 541,5 miliar', '26,79 persen', '1,3 juta lebih', '41.84 %', 'Rp3,159 miliar');
UPDATE figures SET value = parsed WHERE parsed IS NOT NULL;

\echo
\echo '== 1. Coverage: active participants / workers, recomputed against what the article reported'
SELECT region, period, segment, active, population,
       coverage_pct(active, population) AS "coverage %",
       reported_pct AS "reported %",
       round(coverage_pct(active, population, 4) - reported_pct, 2) AS "difference pp"
FROM regional
WHERE active IS NOT NULL AND population IS NOT NULL
ORDER BY region, period, segment;

\echo
\echo '== 1b. Where only a percentage was reported: the denominator it implies'
SELECT region, period, segment, active, reported_pct AS "reported %",
       round(active / (reported_pct / 100)) AS "implied workers"
FROM regional
WHERE active IS NOT NULL AND population IS NULL AND reported_pct IS NOT NULL
ORDER BY region, period, segment;

\echo
\echo '== 2. Year-on-year growth of active participants'
SELECT region, previous_period, period, previous, active,
       growth_rate(active, previous) AS "growth rate",
       growth_pct(active, previous) AS "growth %"
FROM (SELECT region, period, active,
             lag(active) OVER w AS previous, lag(period) OVER w AS previous_period
      FROM regional WHERE segment = 'all' AND active IS NOT NULL
      WINDOW w AS (PARTITION BY region ORDER BY period)) g
WHERE previous IS NOT NULL
UNION ALL
-- Situbondo gives only the fall ("turun sekitar 2.840"): previous = 20797 + 2840.
SELECT r.region, NULL, r.period, r.active + f.value, r.active,
       growth_rate(r.active, r.active + f.value), growth_pct(r.active, r.active + f.value)
FROM regional r JOIN figures f USING (region_code, period, segment)
WHERE f.measure = 'reported_fall'
ORDER BY 1;

\echo
\echo '== 2b. Change in coverage, in percentage points (Lampung, Dec 2023 -> Dec 2024)'
SELECT round(pp_change(coverage_ratio(n.active, n.population),
                       coverage_ratio(b.active, b.population)), 2) AS "pp, recomputed",
       round(pp_change(n.reported_pct / 100, b.reported_pct / 100), 2) AS "pp, as reported"
FROM regional b JOIN regional n USING (region, segment)
WHERE region = 'Lampung' AND segment = 'all'
  AND b.period = '2023-12-31' AND n.period = '2024-12-31';

\echo
\echo '== 3. Gap to target: participants'
SELECT t.region, t.period AS "target for", a.period AS "latest", a.active, t.target,
       round(100 * target_attainment(a.active, t.target), 2) AS "attained %",
       target_shortfall(a.active, t.target) AS "still to enrol",
       months AS "months left",
       CASE WHEN months > 0
            THEN round(100 * required_growth(a.active, t.target, months / 12.0), 2)
       END AS "growth needed % / yr"
FROM regional t
JOIN LATERAL (SELECT period, active FROM regional a
              WHERE a.region = t.region AND a.segment = 'all' AND a.active IS NOT NULL
                AND a.period <= t.period
              ORDER BY period DESC LIMIT 1) a ON true
CROSS JOIN LATERAL (SELECT (extract(year FROM t.period) * 12 + extract(month FROM t.period))
                         - (extract(year FROM a.period) * 12 + extract(month FROM a.period)) AS months) m
WHERE t.target IS NOT NULL
ORDER BY t.region, t.period;

\echo
\echo '== 3b. Gap to a coverage target: workers still to enrol (Jambi''s 55 %, and 55 % elsewhere)'
SELECT region, period, active, population, coverage_pct(active, population) AS "coverage %",
       coalesce((SELECT target_ratio FROM regional t WHERE t.region = r.region AND t.target_ratio IS NOT NULL), 0.55) AS target,
       coverage_shortfall(active, population,
           coalesce((SELECT target_ratio FROM regional t WHERE t.region = r.region AND t.target_ratio IS NOT NULL), 0.55)) AS "still to enrol"
FROM regional r
WHERE segment = 'all' AND active IS NOT NULL AND population IS NOT NULL
ORDER BY region, period;

\echo
\echo '== 3c. At its 2024 growth, when does Lampung reach 1,1 juta? (years after Dec 2024)'
SELECT growth_pct(900000, 731991) AS "growth 2024 %",
       round(years_to_target(900000, 1100000, growth_rate(900000, 731991)), 2) AS "years";

\echo
\echo '== 4. Bengkulu, Dec 2024: active participants by segment (PU + BPU + Jakon = total)'
SELECT s.segment, s.active, coverage_pct(s.active, t.active) AS "share %"
FROM regional s JOIN regional t USING (region, period)
WHERE region = 'Bengkulu' AND s.period = '2024-12-31' AND s.segment <> 'all'
  AND t.segment = 'all' AND s.active IS NOT NULL
ORDER BY s.active DESC;

\echo
\echo '== 5. Aggregates: pooled coverage of the provinces with a known population, latest figure each'
-- coverage_agg pools sum(active) / sum(population) over the rows where both
-- are present; the mean of the regional ratios is a different figure.
SELECT count(*) AS provinces, sum(active) AS active, sum(population) AS workers,
       round(100 * coverage_agg(active, population), 2) AS "pooled %",
       round(100 * coverage_mean_agg(active, population), 2) AS "mean of ratios %",
       shortfall_agg(active, population, 0.55) AS "to enrol for 55 % everywhere"
FROM (SELECT DISTINCT ON (region) region, active, population FROM regional
      WHERE segment = 'all' AND active IS NOT NULL AND population IS NOT NULL
      ORDER BY region, period DESC) latest;

\echo
\echo '== 5b. growth_agg: growth of each region''s total between its first and last period (segments summed)'
SELECT region, growth_summary(active, extract(year FROM period)::int) AS summary,
       growth_summary_pct(growth_summary(active, extract(year FROM period)::int)) AS "growth %"
FROM regional
-- Bengkulu's Dec 2024 total comes from its three segment rows (the only
-- complete segment breakdown in the articles), summed by growth_agg.
WHERE active IS NOT NULL
  AND (segment = 'all' OR region = 'Bengkulu')
  AND NOT (region = 'Bengkulu' AND period = '2024-12-31' AND segment = 'all')
GROUP BY region ORDER BY region;

\echo
\echo '== 6. Claims paid, as an Indonesian report prints them'
SELECT c.region, c.period, format_id_number(c.value) AS "klaim",
       format_rupiah(r.value, 'short') AS "nominal", format_rupiah(r.value) AS "nominal (penuh)",
       format_rupiah(r.value / c.value) AS "rata-rata per klaim"
FROM figures c JOIN figures r USING (region, period, segment)
WHERE c.measure = 'claims_count' AND r.measure = 'claims_rp'
ORDER BY c.region;

\echo
\echo '== 7. Coverage by province, ready for a map (ISO 3166-2 codes from jamsostek_province)'
SELECT p.iso_3166_2, p.name, p.island_group, format_id_number(r.active) AS peserta,
       format_id_number(r.population) AS pekerja,
       format_id_number(coverage_pct(r.active, r.population), 2) || ' %' AS cakupan
FROM (SELECT DISTINCT ON (region) * FROM regional
      WHERE segment = 'all' AND active IS NOT NULL AND population IS NOT NULL
      ORDER BY region, period DESC) r
JOIN jamsostek_province p ON p.bps_code = r.region_code
ORDER BY p.iso_3166_2;

-- Sections 8 and 9: the articles' percentages checked against their counts
-- (implied_population, implied_covered, implied_previous), and districts
-- across the two code systems.
\i demo/checks.sql
