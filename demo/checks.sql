-- demo/checks.sql: checking the articles.  For each seed figure that pairs
-- a count with a percentage, the range of the missing number the rounded
-- percentage allows, and whether the stated numbers agree; then a district
-- join across the two code systems.  Run after demo/load.sql by the demo
-- (demo/report.sql) and by the regression test sql/article_checks.sql,
-- which keeps the answers checked.
--
-- How a stated figure is read:
--   * the percentage at the decimals the article wrote: 26,79 is 2
--     (parse_id_percent keeps them: 0.2679 has scale 4 = 2 + 2);
--   * a count as rounded at its last non-zero digit: 731.991 is exact,
--     "2,7 juta" is [2.650.000, 2.750.000), "sekitar 580 ribu" [575.000,
--     585.000); with "lebih" (more than) it is at least the value, up to
--     one more unit: "1,3 juta lebih" is [1.300.000, 1.400.000).
-- A pair is "consistent" when the stated numbers give the percentage as
-- written; "consistent as rounded" when some numbers the stated (rounded)
-- ones stand for do; "inconsistent" when none do.

-- The figures to check, one row each: a percentage, the count it is of
-- (active, or the target) and the workers it is out of, as far as stated.
CREATE TEMP VIEW stated AS
WITH f AS (
    SELECT f.*, u.unit,
           CASE WHEN f.raw_text ~ 'lebih' THEN int8range(f.value::bigint, (f.value + u.unit)::bigint)
                ELSE int8range(ceil(f.value - u.unit / 2)::bigint, ceil(f.value + u.unit / 2)::bigint)
           END AS as_rounded
    FROM figures f
    CROSS JOIN LATERAL (SELECT max(10::numeric ^ k) AS unit FROM generate_series(0, 15) k
                        WHERE f.value % (10::numeric ^ k) = 0) u
)
SELECT p.region, p.period, p.segment, p.raw_text AS pct_text,
       100 * try_parse_id_percent(p.raw_text) AS pct,
       scale(try_parse_id_percent(p.raw_text)) - 2 AS digits,
       a.raw_text AS count_text, a.value::bigint AS count, a.as_rounded AS count_as_rounded,
       w.raw_text AS workers_text, w.value::bigint AS workers, w.as_rounded AS workers_as_rounded
FROM f p
LEFT JOIN f a ON a.region = p.region AND a.period = p.period AND a.segment = p.segment
             AND a.measure = CASE p.measure WHEN 'target_ratio' THEN 'target' ELSE 'active' END
-- the workers of the same date, or for a target the latest stated before it
-- ("dari total jumlah pekerja saat ini": of the workers now)
LEFT JOIN LATERAL (SELECT * FROM f w
                   WHERE w.region = p.region AND w.segment = p.segment AND w.measure = 'population'
                     AND (w.period = p.period OR (p.measure = 'target_ratio' AND w.period < p.period))
                   ORDER BY w.period DESC LIMIT 1) w ON true
WHERE p.measure IN ('reported_pct', 'target_ratio');

-- Lampung, Dec 2023: 731991 at 26,79 %: workers in (73199100 / 26.795,
--   73199100 / 26.785] = [2731820, 2732839]; "2,7 juta" is [2650000,
--   2750000): not 2700000 itself, but as rounded.
-- Lampung, Dec 2024, all: "900 ribu lebih" at 30 % of "tiga juta": of
--   exactly 3000000, [29.5 * 30000, 30.5 * 30000) = [885000, 915000) holds
--   900000: consistent.  900000 allows workers in (90000000 / 30.5,
--   90000000 / 29.5] = (2950819.67.., 3050847.45..] -> [2950820, 3050847];
--   as rounded ([900000, 1000000)) up to 99999900 / 29.5 = 3389827.11...
-- Lampung, Dec 2024, PU: 940000 at 69 %: (94000000 / 69.5, 94000000 / 68.5]
--   = (1352517.98.., 1372262.77..]; as rounded ([935000, 945000)):
--   (93500000 / 69.5, 94499900 / 68.5] = (1345323.74.., 1379560.58..].
-- Lampung, Dec 2024, BPU: 8 % of "satu juta" (1000000): [7.5 * 10000,
--   8.5 * 10000) = [75000, 85000); as rounded ([500000, 1500000)):
--   [7.5 * 5000, 8.5 * 14999.99) = [37500, 127499.99..) -> [37500, 127499].
-- Bengkulu, Dec 2024: 261814 at 41,84 %: (26181400 / 41.845,
--   26181400 / 41.835] = [625676, 625825].
-- Jambi, Mar 2025: "sekitar 580 ribu" at 44 % of "1,3 juta lebih": of
--   exactly 1300000, [565500, 578500) does not hold 580000; 580000 allows
--   (58000000 / 44.5, 58000000 / 43.5] = [1303371, 1333333], inside
--   [1300000, 1400000): consistent as rounded.  As rounded, [575000,
--   585000) allows (57500000 / 44.5, 58499900 / 43.5] = (1292134.83..,
--   1344825.28..] -> [1292135, 1344825].
-- Jambi, target 2025: "782 ribu" at 55 % "of the workers now": (78200000
--   / 55.5, 78200000 / 54.5] = [1409010, 1434862]; as rounded ([781500,
--   782500)): (78150000 / 55.5, 78249900 / 54.5] = (1408108.10..,
--   1435777.98..] -> [1408109, 1435777]: no overlap with [1300000,
--   1400000): inconsistent with "1,3 juta lebih" (55 % of 1,3 juta is
--   715.000).
\echo
\echo '== 8. Checking the articles: what each rounded percentage allows'
SELECT region, period, segment,
       coalesce(count_text, '?') || ' = ' || pct_text || ' of ' || coalesce(workers_text, '?') AS stated,
       CASE WHEN count IS NOT NULL
            THEN 'workers ' || implied_population(count, pct, digits)::text
            ELSE 'count ' || implied_covered(workers, pct, digits)::text END AS "implied by the figures as stated",
       CASE WHEN count IS NOT NULL
            THEN 'workers ' || int8range(lower(implied_population(lower(count_as_rounded), pct, digits)),
                                         upper(implied_population(upper(count_as_rounded) - 1, pct, digits)))::text
            ELSE 'count ' || int8range(lower(implied_covered(lower(workers_as_rounded), pct, digits)),
                                       upper(implied_covered(upper(workers_as_rounded) - 1, pct, digits)))::text
       END AS "allowing for their rounding",
       CASE WHEN count IS NULL OR workers IS NULL THEN 'nothing to compare'
            WHEN count <@ implied_covered(workers, pct, digits) THEN 'consistent'
            WHEN int8range(lower(implied_population(lower(count_as_rounded), pct, digits)),
                           upper(implied_population(upper(count_as_rounded) - 1, pct, digits)))
                 && workers_as_rounded THEN 'consistent as rounded'
            ELSE 'inconsistent' END AS verdict
FROM stated
ORDER BY region, period, segment;

-- Bengkulu's growth: 212.266 -> 261.814, "meningkat sebesar 23%": at 0
-- digits 100 * 261814 / P in [122.5, 123.5): P in (26181400 / 123.5,
-- 26181400 / 122.5] = (211995.14.., 213725.71..] -> [211996, 213725],
-- which holds 212266 (growth 23.34 %).
\echo
\echo '== 8b. Growth: the previous figures the reported growth allows'
SELECT g.region, g.period, prev.value AS previous, cur.value AS current, g.raw_text AS reported,
       implied_previous(cur.value, 100 * try_parse_id_percent(g.raw_text),
                        scale(try_parse_id_percent(g.raw_text)) - 2) AS "previous allowed",
       CASE WHEN prev.value::bigint <@ implied_previous(cur.value, 100 * try_parse_id_percent(g.raw_text),
                                                        scale(try_parse_id_percent(g.raw_text)) - 2)
            THEN 'consistent' ELSE 'inconsistent' END AS verdict
FROM figures g
JOIN figures cur ON cur.region = g.region AND cur.period = g.period AND cur.segment = g.segment
                AND cur.measure = 'active'
JOIN LATERAL (SELECT value FROM figures p
              WHERE p.region = g.region AND p.segment = g.segment AND p.measure = 'active'
                AND p.period < g.period ORDER BY p.period DESC LIMIT 1) prev ON true
WHERE g.measure = 'reported_growth_pct';

-- Districts in both code systems: participants from a BPJS branch table
-- keyed by BPS code, worker counts from a (made-up, illustrative)
-- Kemendagri-keyed table whose codes were typed with and without the dot.
-- Situbondo (BPS 3512 = Kemendagri 35.12): 20797 / 110000 = 18.906.. ->
-- 18.91 %; Bandar Lampung (1871 = 18.71): 250000 / 600000 = 41.666.. ->
-- 41.67 %; Mimika (BPS 9601 = Kemendagri 94.04, Papua Tengah):
-- 61000 / 150000 = 40.666.. -> 40.67 %; Simeulue (BPS 1101 = Kemendagri
-- 11.09; Kemendagri 11.01 is Aceh Selatan): 9000 / 40000 = 22.50 %.
\echo
\echo '== 9. Districts: a BPS-keyed table joined to Kemendagri-keyed data (district_code)'
CREATE TEMP TABLE branch_participants (bps_code text, active int);
INSERT INTO branch_participants VALUES ('3512', 20797), ('1871', 250000), ('9601', 61000), ('1101', 9000);
CREATE TEMP TABLE district_workers (kemendagri_code text, workers int);
INSERT INTO district_workers VALUES ('35.12', 110000), ('1871', 600000), ('94.04', 150000), ('11.09', 40000),
    ('11.01', 120000);
SELECT b.bps_code, district_code(b.bps_code, 'bps', 'kemendagri') AS kemendagri_code,
       district_name(b.bps_code) AS district, p.name AS province,
       b.active, w.workers, coverage_pct(b.active, w.workers) AS "coverage %"
FROM branch_participants b
JOIN district_workers w
  ON district_code(w.kemendagri_code, 'kemendagri', 'bps') = b.bps_code
JOIN jamsostek_district d ON d.bps_code = b.bps_code
JOIN jamsostek_province p ON p.bps_code = d.province_bps
ORDER BY b.bps_code;
