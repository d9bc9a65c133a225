-- test/bench/districts.sql: district code lookups against a plain join with
-- the jamsostek_district view, same run.
--
-- Run by test/bench/run after bench.sql (or alone: BENCH=districts
-- test/bench/run), which sets :district_rows (codes looked up, 1 million
-- by default) and :runs.  Both sides are checked for the same answers
-- first; times are the median of :runs runs of EXPLAIN (ANALYZE, TIMING
-- OFF) each, alternating.  Bar: ours at most 1.5x the plain join.
\set ON_ERROR_STOP on
\pset footer off
SET client_min_messages = warning;

CREATE EXTENSION IF NOT EXISTS jamsostek;

-- :district_rows codes, every one of the 514 districts in turn, in both
-- systems, shuffled so that no lookup is the previous one again.
\echo == building :district_rows district codes
DROP TABLE IF EXISTS bench_d;
CREATE UNLOGGED TABLE bench_d AS
SELECT g, d.bps_code, d.kemendagri_code
FROM generate_series(0::bigint, :district_rows - 1) g
JOIN (SELECT row_number() OVER (ORDER BY kemendagri_code) - 1 AS i, * FROM jamsostek_district) d
  ON d.i = (g * 2654435761) % 514;
VACUUM (FREEZE, ANALYZE) bench_d;
SELECT count(*) AS codes, count(DISTINCT bps_code) AS districts FROM bench_d;

CREATE TEMP TABLE bench_d_result (pair text, side text, run int, ms float8);

CREATE FUNCTION pg_temp.exec_ms(q text) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE
    plan json;
BEGIN
    EXECUTE 'EXPLAIN (ANALYZE, TIMING OFF, COSTS OFF, FORMAT JSON) ' || q INTO plan;
    RETURN (plan -> 0 ->> 'Execution Time')::float8;
END $$;

-- Each pair: (label, ours, theirs, check): check returns the number of rows
-- where the two sides disagree, which must be 0.
CREATE TEMP TABLE bench_d_pair (ord int, pair text, ours text, theirs text, chk text);
INSERT INTO bench_d_pair VALUES
 (1, 'district_name(bps_code)',
  'SELECT count(district_name(bps_code)) FROM bench_d',
  'SELECT count(d.name) FROM bench_d b JOIN jamsostek_district d ON d.bps_code = b.bps_code',
  'SELECT count(*) FROM bench_d b JOIN jamsostek_district d ON d.bps_code = b.bps_code
   WHERE district_name(b.bps_code) IS DISTINCT FROM d.name'),
 (2, 'district_code(bps_code, bps, kemendagri)',
  $q$SELECT count(district_code(bps_code, 'bps', 'kemendagri')) FROM bench_d$q$,
  'SELECT count(d.kemendagri_code) FROM bench_d b JOIN jamsostek_district d ON d.bps_code = b.bps_code',
  $q$SELECT count(*) FROM bench_d b JOIN jamsostek_district d ON d.bps_code = b.bps_code
     WHERE district_code(b.bps_code, 'bps', 'kemendagri') IS DISTINCT FROM d.kemendagri_code$q$),
 (3, 'district_code(kemendagri_code, kemendagri, bps)',
  $q$SELECT count(district_code(kemendagri_code, 'kemendagri', 'bps')) FROM bench_d$q$,
  'SELECT count(d.bps_code) FROM bench_d b JOIN jamsostek_district d ON d.kemendagri_code = b.kemendagri_code',
  $q$SELECT count(*) FROM bench_d b JOIN jamsostek_district d ON d.kemendagri_code = b.kemendagri_code
     WHERE district_code(b.kemendagri_code, 'kemendagri', 'bps') IS DISTINCT FROM d.bps_code$q$);

\echo == checking that both sides give the same answer for every code
SET client_min_messages = notice;
DO $$
DECLARE
    p record;
    bad bigint;
    a bigint;
    b bigint;
BEGIN
    FOR p IN SELECT * FROM bench_d_pair ORDER BY ord LOOP
        EXECUTE p.chk INTO bad;
        EXECUTE p.ours INTO a;
        EXECUTE p.theirs INTO b;
        IF bad <> 0 OR a <> b THEN
            RAISE EXCEPTION 'benchmark pair "%": % rows differ, counts % and %', p.pair, bad, a, b;
        END IF;
        RAISE NOTICE 'checked %: % codes agree', p.pair, a;
    END LOOP;
END $$;

RESET client_min_messages;
\echo == timing (:runs runs of each side, alternating; the check was the warm-up)
DO $$
DECLARE
    p record;
    i int;
BEGIN
    FOR p IN SELECT * FROM bench_d_pair ORDER BY ord LOOP
        FOR i IN 1 .. current_setting('bench.runs')::int LOOP
            INSERT INTO bench_d_result VALUES
                (p.pair, 'ours', i, pg_temp.exec_ms(p.ours)),
                (p.pair, 'theirs', i, pg_temp.exec_ms(p.theirs));
        END LOOP;
    END LOOP;
    FOR i IN 1 .. current_setting('bench.runs')::int LOOP
        INSERT INTO bench_d_result VALUES
            ('floor: count(bps_code)', 'scan', i, pg_temp.exec_ms('SELECT count(bps_code) FROM bench_d'));
    END LOOP;
END $$;

\echo
\echo == results: median ms over :runs runs; ratio = ours / plain join against jamsostek_district
SELECT p.pair AS "query", round(o.med::numeric, 1) AS "ours ms", round(t.med::numeric, 1) AS "plain join ms",
       round((o.med / t.med)::numeric, 2) AS "ratio", 1.5 AS "bar",
       CASE WHEN o.med / t.med <= 1.5 THEN 'ok' ELSE 'MISSED' END AS " "
FROM bench_d_pair p
CROSS JOIN LATERAL (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS med FROM bench_d_result r
                    WHERE r.pair = p.pair AND side = 'ours') o
CROSS JOIN LATERAL (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS med FROM bench_d_result r
                    WHERE r.pair = p.pair AND side = 'theirs') t
ORDER BY p.ord;
SELECT pair AS "reference", round((percentile_cont(0.5) WITHIN GROUP (ORDER BY ms))::numeric, 1) AS "median ms"
FROM bench_d_result WHERE side = 'scan' GROUP BY pair;
DROP TABLE bench_d;
