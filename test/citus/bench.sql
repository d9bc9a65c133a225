-- test/citus/bench.sql: one representative GROUP BY over :rows rows, timed
-- on a local table and on a table distributed by district (test/citus/run
-- with CITUS_BENCH_ROWS).  On one machine the distributed run measures
-- Citus's overhead (planning, 32 shard queries over loopback connections,
-- shipping partial states), not a speed-up: the same two cores do the work.
\set ON_ERROR_STOP 1
SET client_min_messages = error;

CREATE TABLE bench_local (district text, province text, month date, covered bigint, population bigint);
INSERT INTO bench_local
SELECT p.bps_code || lpad((1 + i % 12)::text, 2, '0'), p.bps_code,
       (date '2015-01-01' + make_interval(months => (i / 456)::int % 120))::date,
       ((i * 7919) % 10007) * 37, ((i * 7919) % 10007) * 37 + (i % 5000) + 1
FROM generate_series(0::bigint, :rows - 1) i
JOIN (SELECT bps_code, row_number() OVER (ORDER BY bps_code) - 1 AS k FROM jamsostek_province) p
  ON p.k = i % 38;
CREATE TABLE bench_dist (LIKE bench_local);
SELECT create_distributed_table('bench_dist', 'district') IS NOT NULL AS distributed \gset
INSERT INTO bench_dist SELECT * FROM bench_local;
VACUUM ANALYZE bench_local, bench_dist;

-- best of three runs, in milliseconds
CREATE FUNCTION pg_temp.best_ms(q text) RETURNS numeric
LANGUAGE plpgsql AS $$
DECLARE
    t0 timestamptz;
    best numeric;
    i int;
BEGIN
    FOR i IN 1 .. 3 LOOP
        t0 := clock_timestamp();
        EXECUTE q;
        best := least(best, extract(epoch FROM clock_timestamp() - t0) * 1000);
    END LOOP;
    RETURN round(best);
END
$$;

\set q 'SELECT province, extract(year FROM month) AS year, coverage_agg(covered, population), growth_summary(covered, month) FROM %I GROUP BY 1, 2'
SELECT format('bench - %s rows, GROUP BY province, year (%s groups): local table %s ms, distributed table %s ms (best of 3; one machine, so Citus overhead, not speed-up)',
              (SELECT count(*) FROM bench_dist),
              (SELECT count(*) FROM (SELECT DISTINCT province, extract(year FROM month) FROM bench_local) g),
              pg_temp.best_ms(format(:'q', 'bench_local')),
              pg_temp.best_ms(format(:'q', 'bench_dist')));
\set qd 'SELECT district, coverage_agg(covered, population), growth_summary(covered, month) FROM %I GROUP BY 1'
SELECT format('bench - %s rows, GROUP BY district (distribution column, %s groups): local table %s ms, distributed table %s ms (best of 3)',
              (SELECT count(*) FROM bench_dist),
              (SELECT count(DISTINCT district) FROM bench_local),
              pg_temp.best_ms(format(:'qd', 'bench_local')),
              pg_temp.best_ms(format(:'qd', 'bench_dist')));
-- the same grouping with built-in sums: what Citus's generic partial path for
-- a custom aggregate (worker_partial_agg, a ROW() per input row, states
-- shipped as text) costs next to aggregates it splits natively
\set qs 'SELECT province, extract(year FROM month) AS year, sum(covered), sum(population), min(month), max(month) FROM %I GROUP BY 1, 2'
SELECT format('bench - %s rows, GROUP BY province, year with built-in sum/min/max instead: local table %s ms, distributed table %s ms (best of 3)',
              (SELECT count(*) FROM bench_dist),
              pg_temp.best_ms(format(:'qs', 'bench_local')),
              pg_temp.best_ms(format(:'qs', 'bench_dist')));
