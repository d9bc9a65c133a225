--
-- districts: the jamsostek_district reference view, district_name,
-- district_code and province_code.
--
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS jamsostek;

-- The view holds data/districts.csv, row for row and value for value.
CREATE TEMP TABLE districts_csv (
    kemendagri_code text, bps_code text, province_kemendagri text, province_bps text,
    kind text, name text, bps_name text
);
\copy districts_csv FROM 'data/districts.csv' WITH (FORMAT csv, HEADER true)
-- 514 rows in the file (515 lines with the header); none missing from the
-- view, none extra.
SELECT (SELECT count(*) FROM districts_csv) AS csv_rows,
       (SELECT count(*) FROM jamsostek_district) AS view_rows,
       (SELECT count(*) FROM (TABLE districts_csv EXCEPT TABLE jamsostek_district) a) AS only_in_csv,
       (SELECT count(*) FROM (TABLE jamsostek_district EXCEPT TABLE districts_csv) b) AS only_in_view;

-- data/districts-SOURCES.md: 416 kabupaten and 98 kota in 38 provinces; the
-- Papua rows (42) are the ones whose province codes differ.  Counted from
-- the CSV independently (awk and Python): 199 districts whose Kemendagri
-- code is not the BPS code with a dot; for 169 of them the BPS code, read
-- as a Kemendagri code, names another district (1101 is Kemendagri 11.01,
-- Aceh Selatan, but BPS's Simeulue) -- the reason a table must say which
-- system it uses.  11 rows spell the name differently in the two systems.
SELECT count(*) FILTER (WHERE kind = 'kabupaten') AS kabupaten,
       count(*) FILTER (WHERE kind = 'kota') AS kota,
       count(DISTINCT province_bps) AS provinces,
       count(*) FILTER (WHERE province_bps <> province_kemendagri) AS papua_rows,
       count(*) FILTER (WHERE replace(kemendagri_code, '.', '') <> bps_code) AS codes_differ,
       count(*) FILTER (WHERE replace(kemendagri_code, '.', '') <> bps_code
                          AND bps_code IN (SELECT replace(kemendagri_code, '.', '') FROM jamsostek_district))
           AS bps_code_names_another_district,
       count(*) FILTER (WHERE name <> bps_name) AS names_differ
FROM jamsostek_district;

-- Every district's province pair is a row of jamsostek_province, and the
-- codes start with their province's code.
SELECT count(*) AS districts_with_their_province
FROM jamsostek_district d
JOIN jamsostek_province p ON p.bps_code = d.province_bps AND p.kemendagri_code = d.province_kemendagri
WHERE left(d.bps_code, 2) = d.province_bps AND left(d.kemendagri_code, 2) = d.province_kemendagri;

-- The issue's examples: Situbondo is 35.12 / 3512, Simeulue 11.09 / 1101;
-- Kemendagri codes are taken as PP.RR or PPRR and given as PP.RR.
SELECT district_name('3512') AS bps, district_name('35.12', 'kemendagri') AS kemendagri,
       district_name('3512', 'kemendagri') AS kemendagri_no_dot,
       district_code('1101', 'bps', 'kemendagri') AS simeulue_kemendagri,
       district_code('11.09', 'kemendagri', 'bps') AS simeulue_bps,
       district_code('1109', 'kemendagri', 'bps') AS simeulue_bps_no_dot,
       district_code('1109', 'kemendagri', 'kemendagri') AS normalised,
       district_name('1101') AS bps_1101, district_name('11.01', 'kemendagri') AS kemendagri_1101;

-- Papua Tengah: BPS starts with Mimika (9601), Kemendagri with Nabire
-- (94.01); Papua Barat Daya: BPS 92xx, Kemendagri 96.xx (Sorong is BPS 9202,
-- Kemendagri 96.01; Kota Sorong 9271 / 96.71: kind tells the two Sorongs
-- apart).  The name is Kemendagri's in both systems.
SELECT code, district_code(code, 'bps', 'kemendagri') AS kemendagri, district_name(code) AS name
FROM unnest(ARRAY['9601', '9604', '9202', '9271', '7108']) code;

-- All 514 rows both ways: each code maps to the other and back, with and
-- without the dot, and names the same district.
SELECT count(*) FILTER (WHERE district_code(bps_code, 'bps', 'kemendagri') = kemendagri_code) AS bps_to_kem,
       count(*) FILTER (WHERE district_code(kemendagri_code, 'kemendagri', 'bps') = bps_code) AS kem_to_bps,
       count(*) FILTER (WHERE district_code(replace(kemendagri_code, '.', ''), 'kemendagri', 'bps') = bps_code) AS pprr_to_bps,
       count(*) FILTER (WHERE district_code(bps_code, 'bps', 'bps') = bps_code) AS bps_to_bps,
       count(*) FILTER (WHERE district_name(bps_code) = name
                          AND district_name(kemendagri_code, 'kemendagri') = name) AS names
FROM jamsostek_district;

-- Provinces: the same but for the six Papua ones (BPS 94 is Kemendagri 91,
-- Papua; BPS 91 is Kemendagri 92, Papua Barat; 92 <-> 96 Papua Barat Daya;
-- 95 <-> 93, 96 <-> 94, 97 <-> 95).
SELECT bps_code, province_code(bps_code, 'bps', 'kemendagri') AS to_kemendagri,
       province_code(kemendagri_code, 'kemendagri', 'bps') AS back_to_bps, name
FROM jamsostek_province WHERE bps_code <> kemendagri_code ORDER BY bps_code;
SELECT count(*) FILTER (WHERE province_code(bps_code, 'bps', 'kemendagri') = kemendagri_code
                          AND province_code(kemendagri_code, 'kemendagri', 'bps') = bps_code
                          AND province_code(bps_code, 'bps', 'bps') = bps_code) AS all_38
FROM jamsostek_province;

-- A join as an analyst writes it: district figures keyed by BPS code (as a
-- BPS table has them) against a table keyed by Kemendagri code, written
-- both ways (PP.RR and PPRR).  Coverage: Situbondo 20797 / 110000 =
-- 18.906.. -> 18.91 %; Simeulue 9000 / 40000 = 22.50 %; Mimika 61000 /
-- 150000 = 40.666.. -> 40.67 %.
CREATE TEMP TABLE workers_bps (bps_code text, workers int);
INSERT INTO workers_bps VALUES ('3512', 110000), ('1101', 40000), ('9601', 150000);
CREATE TEMP TABLE participants_kem (kemendagri_code text, active int);
INSERT INTO participants_kem VALUES ('35.12', 20797), ('1109', 9000), ('94.04', 61000), ('11.01', 1);
SELECT w.bps_code, district_name(w.bps_code) AS district, p.active, w.workers,
       coverage_pct(p.active, w.workers) AS coverage_pct
FROM workers_bps w
JOIN participants_kem p ON district_code(p.kemendagri_code, 'kemendagri', 'bps') = w.bps_code
ORDER BY w.bps_code;

-- NULL in, NULL out (STRICT).
SELECT district_name(NULL) IS NULL AS a, district_code('3512', NULL, 'bps') IS NULL AS b,
       province_code(NULL, 'bps', 'kemendagri') IS NULL AS c;

-- Labels: STABLE (they read the views), STRICT, PARALLEL SAFE.
SELECT proname, provolatile, proisstrict, proparallel
FROM pg_proc WHERE proname IN ('district_name', 'district_code', 'province_code') ORDER BY 1;

-- In a parallel worker: each worker reads the views itself.  20 copies of
-- the 514 districts: 10280 rows, every one found.
CREATE TABLE district_rows AS
SELECT d.bps_code, d.kemendagri_code FROM jamsostek_district d, generate_series(1, 20);
ANALYZE district_rows;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF)
SELECT count(*) FROM district_rows WHERE district_code(bps_code, 'bps', 'kemendagri') = kemendagri_code;
SELECT count(*) FROM district_rows WHERE district_code(bps_code, 'bps', 'kemendagri') = kemendagri_code;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;

-- Unknown codes and systems are errors naming them.
\set VERBOSITY default
\set SHOW_CONTEXT never
SELECT district_name('9999');
-- a Kemendagri code given as a BPS one
SELECT district_name('35.12');
SELECT district_name('3512 ');
SELECT district_name('35.1', 'kemendagri');
SELECT district_name('');
SELECT district_name('3512', 'BPS');
SELECT district_code('3512', 'bps', 'iso');
SELECT district_code('1199', 'kemendagri', 'bps');
SELECT province_code('99', 'bps', 'kemendagri');
-- Kemendagri 96 is Papua Barat Daya; there is no BPS 93
SELECT province_code('93', 'bps', 'kemendagri');
SELECT province_code('35', 'bps', 'ISO');

-- Read-only: the view cannot be changed.
INSERT INTO jamsostek_district VALUES ('99.99', '9999', '99', '99', 'kota', 'Nowhere', 'Nowhere');

-- A huge or multibyte code is quoted in the error at most 200 bytes, cut at a
-- character boundary, then "...": 'é' is 2 bytes in UTF-8, so 100 of them
-- (200 bytes) are quoted, not 100000.  Characters of the whole line:
-- '22023: unknown bps district code: "' 35 + 100 + '..."' 4 + ' | ' 3 +
-- the hint's 185 = 327.
SELECT length(regress_err($$SELECT district_name(repeat('é', 100000))$$)) AS message_chars,
       regress_err($$SELECT district_name(repeat('é', 100000))$$) LIKE '%' || repeat('é', 100) || '..."%' AS clipped_at_100;
