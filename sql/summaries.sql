--
-- summaries: text and binary forms of coverage_summary and growth_summary.
--
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS jamsostek;

-- Text round trips, integer and numeric forms, and white space.
SELECT '(v1,covered:731991,population:2732330,rows:1)'::coverage_summary;
SELECT '( v1, covered: 1.50 , population:2732330,rows:1 )'::coverage_summary;
SELECT '(v1,covered:170141183460469231731687303715884105727,population:170141183460469231731687303715884105728,rows:2)'::coverage_summary;
SELECT '(v1,covered:0,population:0,rows:0)'::coverage_summary;
SELECT '(v1,period:year,first:2023,first_total:212266,last:2024,last_total:261814,rows:4)'::growth_summary;
SELECT '(v1,period:timestamp,first:2023-12-31 06:30:00,first_total:1,last:2024-01-01 00:00:00.5,last_total:2.5,rows:2)'::growth_summary;
SELECT '(v1,rows:0)'::growth_summary;
-- The text form reads back to the same value.
SELECT s::text::coverage_summary::text = s::text AS same
FROM (SELECT coverage_summary(c, p) AS s FROM (VALUES (1, 3), (2.5, 7)) v(c, p)) x;

-- Malformed text: 22P02 with the input quoted and the place named.
\pset tuples_only on
\pset format unaligned
SELECT regress_err($$SELECT '(v2,covered:1,population:2,rows:1)'::coverage_summary$$);
SELECT regress_err($$SELECT '(v1,covered:abc,population:2,rows:1)'::coverage_summary$$);
SELECT regress_err($$SELECT '(v1,covered:1,population:2)'::coverage_summary$$);
SELECT regress_err($$SELECT '(v1,covered:1,population:2,rows:1) x'::coverage_summary$$);
SELECT regress_err($$SELECT '(v1,covered:-1,population:2,rows:1)'::coverage_summary$$);
SELECT regress_err($$SELECT '(v1,covered:1,population:2,rows:0)'::coverage_summary$$);
SELECT regress_err($$SELECT '(v1,covered:NaN,population:2,rows:1)'::coverage_summary$$);
SELECT regress_err($$SELECT '(v1,covered:1,population:,rows:1)'::coverage_summary$$);
SELECT regress_err($$SELECT ''::coverage_summary$$);
-- "(v1,period:" is 11 characters: the bad period type starts at character 12
SELECT regress_err($$SELECT '(v1,period:month,first:1,first_total:1,last:2,last_total:1,rows:1)'::growth_summary$$);
SELECT regress_err($$SELECT '(v1,period:year,first:2024,first_total:1,last:2023,last_total:1,rows:2)'::growth_summary$$);
SELECT regress_err($$SELECT '(v1,period:year,first:20x4,first_total:1,last:2025,last_total:1,rows:2)'::growth_summary$$);
SELECT regress_err($$SELECT '(v1,rows:3)'::growth_summary$$);

\pset tuples_only off
\pset format aligned

-- Binary round trip through COPY (binary send and receive).
CREATE TEMP TABLE cs (id int, s coverage_summary, g growth_summary);
INSERT INTO cs VALUES
  (1, '(v1,covered:731991,population:2732330,rows:1)', '(v1,period:date,first:2023-12-31,first_total:212266,last:2024-12-31,last_total:261814,rows:4)'),
  (2, '(v1,covered:1.25,population:170141183460469231731687303715884105728,rows:2)', '(v1,period:timestamptz,first:2023-12-31 00:00:00+00,first_total:0.5,last:2024-12-31 00:00:00+00,last_total:7,rows:2)'),
  (3, '(v1,covered:0,population:0,rows:0)', '(v1,rows:0)');
COPY cs TO '/tmp/jamsostek_summaries.bin' WITH (FORMAT binary);
CREATE TEMP TABLE cs2 (LIKE cs);
COPY cs2 FROM '/tmp/jamsostek_summaries.bin' WITH (FORMAT binary);
SELECT a.id, a.s::text = b.s::text AS s_same, a.g::text = b.g::text AS g_same, b.s, b.g
FROM cs a JOIN cs2 b USING (id) ORDER BY id;
-- The send form of an integer summary is compact: 1 version byte, 8 row
-- bytes, 2 x (1 kind byte + 16 bytes) = 43 bytes.
SELECT length(coverage_summary_send(s)) FROM cs WHERE id = 1;
-- Size of an integer summary: 4 header + 4 + 8 rows + 2 x 16 = 48 bytes
-- in memory; on disk PostgreSQL packs the 4-byte header into 1: 45.
SELECT pg_column_size(s) FROM cs WHERE id = 1;
