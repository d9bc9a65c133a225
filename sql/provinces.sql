--
-- provinces: the jamsostek_province reference view and its lookups.
--
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS jamsostek;

-- 38 provinces in 7 island groups; the two code systems differ for the six
-- Papua provinces only.
SELECT count(*) AS provinces, count(DISTINCT island_group) AS island_groups,
       count(*) FILTER (WHERE bps_code <> kemendagri_code) AS codes_differ
FROM jamsostek_province;
SELECT island_group, count(*) FROM jamsostek_province GROUP BY 1 ORDER BY 1;
SELECT * FROM jamsostek_province WHERE bps_code <> kemendagri_code ORDER BY bps_code;

-- The seed articles' provinces: 15 Jambi, 17 Bengkulu, 18 Lampung, 35 Jawa
-- Timur (Situbondo is 3512).
SELECT code, province_name(code), province_iso(code)
FROM unnest(ARRAY['15', '17', '18', '35']) code;
SELECT province_name(left('3512', 2)) AS situbondo_province;
-- Papua: BPS 94 is Kemendagri 91 (ID-PA); BPS 91 is Papua Barat.
SELECT province_name('94'), province_name('91', 'kemendagri'), province_name('91'),
       province_iso('91', 'kemendagri'), province_iso('92', 'kemendagri');
SELECT province_name(NULL) IS NULL AS null_code;

-- A join as a BI map would use it.
SELECT p.iso_3166_2, p.name, coverage_pct(c.active, c.workers)
FROM (VALUES ('18', 731991, 2732330), ('15', 580000, 1300000)) c(code, active, workers)
JOIN jamsostek_province p ON p.bps_code = c.code ORDER BY 1;

-- Unknown codes and systems are errors naming them.
\set VERBOSITY default
\set SHOW_CONTEXT never
SELECT province_name('99');
SELECT province_iso('17', 'iso');
SELECT province_name('96', 'kemendagri');

-- Read-only: the view cannot be changed.
INSERT INTO jamsostek_province VALUES ('99', '99', 'ID-XX', 'Nowhere', 'Nowhere');
