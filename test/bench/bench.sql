-- test/bench/bench.sql: jamsostek against the plain-SQL way, same run.
--
-- Run by test/bench/run, which sets :rows (table size), :runs (timed runs
-- per query), :window_rows, :parse_rows and :groups.
-- Every pair is checked for the same answer before it is timed; a
-- mismatch stops the run with an error.  Times come from
-- EXPLAIN (ANALYZE, TIMING OFF): server-side execution, no client transfer.
\set ON_ERROR_STOP on
\pset footer off
SET client_min_messages = warning;
SET lc_numeric = 'C';		-- to_char below: ',' groups, '.' decimal point

DROP EXTENSION IF EXISTS jamsostek CASCADE;
CREATE EXTENSION jamsostek;

-- ---------------------------------------------------------------------------
-- Data: 514 districts x 3 segments x months, deterministic, with NULLs and
-- zero populations.  int4 columns, with bigint and numeric copies.
-- ---------------------------------------------------------------------------
\echo == building :rows rows
DROP TABLE IF EXISTS bench, bench_w, bench_s;
CREATE UNLOGGED TABLE bench AS
SELECT id, district, segment, period, covered, population,
       covered::bigint AS covered8, population::bigint AS population8,
       covered::numeric AS coveredn, population::numeric AS populationn
FROM (SELECT g AS id,
             (g % 514)::int + 1 AS district,
             ((g / 514) % 3)::int AS segment,
             CASE WHEN g % 1013 = 5 THEN NULL
                  ELSE (date '1990-01-01' + ((g / 1542)::int * interval '1 month'))::date
             END AS period,
             CASE WHEN g % 101 = 7 THEN NULL
                  ELSE (pop * (5 + (h / 1000000) % 90) / 100)::int
             END AS covered,
             CASE WHEN g % 103 = 11 THEN NULL
                  WHEN g % 997 = 3 THEN 0
                  ELSE pop::int
             END AS population
      FROM (SELECT g, h, 1000 + h % 900000 AS pop
            FROM (SELECT g, (g * 2654435761) % 4294967296 AS h
                  FROM generate_series(0::bigint, :rows - 1) AS g) s) t) u;
VACUUM (FREEZE, ANALYZE) bench;

-- the first :window_rows rows, for the moving window
CREATE UNLOGGED TABLE bench_w AS
SELECT * FROM bench WHERE id < :window_rows;
VACUUM (FREEZE, ANALYZE) bench_w;

-- Indonesian figures: plain numbers ('731.991', '2,7') and with words
-- ('2,7 juta', '731.991 peserta').  s_plain holds only the plain ones.
CREATE UNLOGGED TABLE bench_s AS
SELECT g,
       CASE g % 4
         WHEN 0 THEN replace(to_char(n, 'FM999G999G999'), ',', '.')
         WHEN 1 THEN replace(to_char(n / 1000.0, 'FM999999990D0'), '.', ',')
         WHEN 2 THEN replace(to_char(n, 'FM999G999G999'), ',', '.')
         ELSE to_char(n % 1000, 'FM990') || ',' || lpad((n % 97)::text, 2, '0')
       END AS s_plain,
       CASE g % 4
         WHEN 0 THEN replace(to_char(n, 'FM999G999G999'), ',', '.')
         WHEN 1 THEN replace(to_char(n / 1000.0, 'FM999999990D0'), '.', ',') || ' juta'
         WHEN 2 THEN replace(to_char(n, 'FM999G999G999'), ',', '.') || ' peserta'
         ELSE to_char(n % 1000, 'FM990') || ',' || lpad((n % 97)::text, 2, '0') || ' ribu'
       END AS s_mixed
FROM (SELECT g, (g * 2654435761) % 900000000 + 1000 AS n
      FROM generate_series(0::bigint, :parse_rows - 1) AS g) s;
VACUUM (FREEZE, ANALYZE) bench_s;

SELECT pg_size_pretty(pg_table_size('bench')) AS bench_size,
       count(*) AS rows, count(*) FILTER (WHERE covered IS NULL) AS null_covered,
       count(*) FILTER (WHERE population IS NULL) AS null_population,
       count(*) FILTER (WHERE population = 0) AS zero_population,
       count(DISTINCT period) AS periods
FROM bench;

-- ---------------------------------------------------------------------------
-- Harness
-- ---------------------------------------------------------------------------
CREATE TEMP TABLE bench_result (
    pair text, side text, run int, ms float8
);
CREATE TEMP TABLE bench_pair (
    ord serial, pair text, cols text, bar float8, ours text, theirs text
);

-- Execution time of one query, in milliseconds.
CREATE FUNCTION pg_temp.exec_ms(q text) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE
    plan json;
BEGIN
    EXECUTE 'EXPLAIN (ANALYZE, TIMING OFF, COSTS OFF, FORMAT JSON) ' || q INTO plan;
    RETURN (plan -> 0 ->> 'Execution Time')::float8;
END $$;

-- Both queries return (k, v) rows; they must agree on every k with v
-- rounded to 12 decimals (NULL only where the other is NULL).
CREATE FUNCTION pg_temp.check_same(pair text, ours text, theirs text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    bad bigint;
    n bigint;
    example text;
BEGIN
    EXECUTE format($q$
        SELECT count(*) FILTER (WHERE a.k IS NULL OR b.k IS NULL
                                OR round(a.v, 12) IS DISTINCT FROM round(b.v, 12)),
               count(*),
               min(format('k=%%s ours=%%s theirs=%%s', coalesce(a.k, b.k), a.v, b.v))
                 FILTER (WHERE a.k IS NULL OR b.k IS NULL
                         OR round(a.v, 12) IS DISTINCT FROM round(b.v, 12))
        FROM (%s) a FULL JOIN (%s) b ON a.k = b.k$q$, ours, theirs)
    INTO bad, n, example;
    IF bad <> 0 OR n = 0 THEN
        RAISE EXCEPTION 'benchmark pair "%": % of % answers differ', pair, bad, n
            USING DETAIL = coalesce(example, 'no rows');
    END IF;
    RAISE NOTICE 'checked %: % answers agree', pair, n;
END $$;

-- Register a pair: check it (check queries default to the timed ones).
CREATE FUNCTION pg_temp.pair(pair text, cols text, bar float8, ours text, theirs text,
                             check_ours text DEFAULT NULL, check_theirs text DEFAULT NULL)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_temp.check_same(pair || ' [' || cols || ']',
                               coalesce(check_ours, ours), coalesce(check_theirs, theirs));
    INSERT INTO bench_pair (pair, cols, bar, ours, theirs)
    VALUES (pair, cols, bar, ours, theirs);
END $$;

-- Time every registered pair, runs alternating.  The checking pass above
-- already ran both sides over the same tables (all of them held in
-- shared_buffers), which is the warm-up: a second one would only add
-- minutes to the run.
CREATE FUNCTION pg_temp.time_pairs(runs int) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    p record;
    i int;
BEGIN
    FOR p IN SELECT * FROM bench_pair ORDER BY ord LOOP
        FOR i IN 1 .. runs LOOP
            INSERT INTO bench_result VALUES
                (p.pair || ' [' || p.cols || ']', 'ours', i, pg_temp.exec_ms(p.ours)),
                (p.pair || ' [' || p.cols || ']', 'theirs', i, pg_temp.exec_ms(p.theirs));
        END LOOP;
    END LOOP;
END $$;

-- Scalar pairs are checked row by row (value and display scale) with one
-- query returning (bad, n, example), on the first :window_rows rows (the
-- timed count() queries over the whole table then agree trivially).
CREATE FUNCTION pg_temp.check_rows(pair text, q text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    bad bigint;
    n bigint;
    example text;
BEGIN
    EXECUTE format($q$
        SELECT count(*) FILTER (WHERE o::text IS DISTINCT FROM t::text), count(*),
               min(format('ours=%%s theirs=%%s', o, t)) FILTER (WHERE o::text IS DISTINCT FROM t::text)
        FROM (%s) s$q$, q)
    INTO bad, n, example;
    IF bad <> 0 OR n = 0 THEN
        RAISE EXCEPTION 'benchmark pair "%": % of % rows differ', pair, bad, n
            USING DETAIL = coalesce(example, 'no rows');
    END IF;
    RAISE NOTICE 'checked %: % rows agree', pair, n;
END $$;

-- ---------------------------------------------------------------------------
-- The pairs
-- ---------------------------------------------------------------------------
\timing on
\echo == checking that both sides of every pair give the same answers
DO $$
DECLARE
    c record;
    bar float8;
BEGIN
    FOR c IN SELECT * FROM (VALUES ('int', 'covered', 'population', 1),
                                   ('bigint', 'covered8', 'population8', 2),
                                   ('numeric', 'coveredn', 'populationn', 3)) v(name, cv, pv, ord)
             ORDER BY ord
    LOOP
        -- integer columns have the issue's bars; the others must not be slower
        bar := CASE c.name WHEN 'int' THEN 0.9 ELSE 1.0 END;
        PERFORM pg_temp.pair('coverage_agg, whole table', c.name, bar,
            format('SELECT 1 AS k, coverage_agg(%1$s, %2$s) AS v FROM bench', c.cv, c.pv),
            format('SELECT 1 AS k, sum(%1$s)::numeric / nullif(sum(%2$s), 0) AS v FROM bench
                    WHERE %1$s IS NOT NULL AND %2$s IS NOT NULL', c.cv, c.pv));
        PERFORM pg_temp.pair('coverage_agg, GROUP BY district', c.name, bar,
            format('SELECT district AS k, coverage_agg(%1$s, %2$s) AS v FROM bench GROUP BY district', c.cv, c.pv),
            format('SELECT district AS k, sum(%1$s)::numeric / nullif(sum(%2$s), 0) AS v FROM bench
                    WHERE %1$s IS NOT NULL AND %2$s IS NOT NULL GROUP BY district', c.cv, c.pv));

        bar := CASE c.name WHEN 'int' THEN 0.6 ELSE 1.0 END;
        PERFORM pg_temp.check_rows('coverage_ratio [' || c.name || ']',
            format('SELECT coverage_ratio(%1$s, %2$s) AS o, %1$s::numeric / nullif(%2$s, 0) AS t FROM bench_w',
                   c.cv, c.pv));
        PERFORM pg_temp.pair('count(coverage_ratio)', c.name, bar,
            format('SELECT 1 AS k, count(coverage_ratio(%1$s, %2$s)) AS v FROM bench', c.cv, c.pv),
            format('SELECT 1 AS k, count(%1$s::numeric / nullif(%2$s, 0)) AS v FROM bench', c.cv, c.pv));

        bar := CASE c.name WHEN 'int' THEN 0.5 ELSE 1.0 END;
        PERFORM pg_temp.check_rows('coverage_pct [' || c.name || ']',
            format('SELECT coverage_pct(%1$s, %2$s) AS o, round(100.0 * %1$s / nullif(%2$s, 0), 2) AS t FROM bench_w',
                   c.cv, c.pv));
        PERFORM pg_temp.pair('count(coverage_pct)', c.name, bar,
            format('SELECT 1 AS k, count(coverage_pct(%1$s, %2$s)) AS v FROM bench', c.cv, c.pv),
            format('SELECT 1 AS k, count(round(100.0 * %1$s / nullif(%2$s, 0), 2)) AS v FROM bench', c.cv, c.pv));

        PERFORM pg_temp.pair('growth_agg, GROUP BY district', c.name, bar,
            format('SELECT district AS k, growth_agg(%1$s, period) AS v FROM bench GROUP BY district', c.cv),
            format($q$
                WITH totals AS (
                    SELECT district, period, sum(%1$s) AS total FROM bench
                    WHERE %1$s IS NOT NULL AND period IS NOT NULL GROUP BY district, period),
                ends AS (
                    SELECT DISTINCT ON (district) district,
                           first_value(total) OVER w AS first_total, total AS last_total
                    FROM totals
                    WINDOW w AS (PARTITION BY district ORDER BY period)
                    ORDER BY district, period DESC)
                SELECT district AS k,
                       (last_total - first_total)::numeric / nullif(first_total, 0) AS v
                FROM ends$q$, c.cv));

        PERFORM pg_temp.pair('shortfall_agg(0.55), GROUP BY district', c.name, bar,
            format('SELECT district AS k, shortfall_agg(%1$s, %2$s, 0.55) AS v FROM bench GROUP BY district',
                   c.cv, c.pv),
            format('SELECT district AS k, sum(greatest(ceil(0.55 * %2$s - %1$s), 0)) AS v FROM bench
                    GROUP BY district', c.cv, c.pv));

        bar := 1.0;
        PERFORM pg_temp.pair('coverage_agg, 12-row moving window', c.name, bar,
            format($q$SELECT 1 AS k, count(v) AS v FROM (
                SELECT coverage_agg(%1$s, %2$s) OVER w AS v FROM bench_w
                WINDOW w AS (PARTITION BY district, segment ORDER BY id
                             ROWS BETWEEN 11 PRECEDING AND CURRENT ROW)) s$q$, c.cv, c.pv),
            format($q$SELECT 1 AS k, count(v) AS v FROM (
                SELECT sum(%1$s) FILTER (WHERE %2$s IS NOT NULL) OVER w::numeric
                       / nullif(sum(%2$s) FILTER (WHERE %1$s IS NOT NULL) OVER w, 0) AS v FROM bench_w
                WINDOW w AS (PARTITION BY district, segment ORDER BY id
                             ROWS BETWEEN 11 PRECEDING AND CURRENT ROW)) s$q$, c.cv, c.pv),
            format($q$SELECT id AS k, coverage_agg(%1$s, %2$s) OVER w AS v FROM bench_w
                WINDOW w AS (PARTITION BY district, segment ORDER BY id
                             ROWS BETWEEN 11 PRECEDING AND CURRENT ROW)$q$, c.cv, c.pv),
            format($q$SELECT id AS k, sum(%1$s) FILTER (WHERE %2$s IS NOT NULL) OVER w::numeric
                       / nullif(sum(%2$s) FILTER (WHERE %1$s IS NOT NULL) OVER w, 0) AS v FROM bench_w
                WINDOW w AS (PARTITION BY district, segment ORDER BY id
                             ROWS BETWEEN 11 PRECEDING AND CURRENT ROW)$q$, c.cv, c.pv));
    END LOOP;

    PERFORM pg_temp.check_rows('parse_id_number [text]',
        $q$SELECT parse_id_number(s_plain) AS o, replace(replace(s_plain, '.', ''), ',', '.')::numeric AS t
           FROM bench_s$q$);
    PERFORM pg_temp.pair('count(parse_id_number)', 'text', 1.5,
        'SELECT 1 AS k, count(parse_id_number(s_plain)) AS v FROM bench_s',
        $q$SELECT 1 AS k, count(replace(replace(s_plain, '.', ''), ',', '.')::numeric) AS v FROM bench_s$q$);
END $$;

-- ---------------------------------------------------------------------------
-- Timing
-- ---------------------------------------------------------------------------
\echo == timing (:runs runs of each side, alternating; the check was the warm-up)
SELECT pg_temp.time_pairs(:runs);

-- The floor: what just reading the rows costs.
DO $$
DECLARE
    i int;
BEGIN
    PERFORM pg_temp.exec_ms('SELECT count(*) FROM bench');
    FOR i IN 1 .. current_setting('bench.runs')::int LOOP
        INSERT INTO bench_result VALUES
            ('floor: count(*)', 'scan', i, pg_temp.exec_ms('SELECT count(*) FROM bench')),
            ('floor: sum(covered), sum(population)', 'scan', i,
             pg_temp.exec_ms('SELECT sum(covered), sum(population) FROM bench')),
            ('parse_id_number, words too (no plain-SQL pair)', 'ours', i,
             pg_temp.exec_ms('SELECT count(parse_id_number(s_mixed)) FROM bench_s')),
            -- the cheapest aggregate there is, over the same rows and groups:
            -- no aggregate with an argument can beat it, so its ratio to the
            -- plain SQL is the lowest any coverage_agg could reach
            ('limit: count(covered), whole table', 'scan', i,
             pg_temp.exec_ms('SELECT count(covered) FROM bench')),
            ('limit: count(covered), GROUP BY district', 'scan', i,
             pg_temp.exec_ms('SELECT district, count(covered) FROM bench GROUP BY district'));
    END LOOP;
END $$;

\echo
\echo == results: median ms over :runs runs; ratio = ours / plain SQL
SELECT p.pair AS "query", p.cols AS "columns",
       round(o.med::numeric, 1) AS "ours ms", round(t.med::numeric, 1) AS "plain SQL ms",
       round((o.med / t.med)::numeric, 2) AS "ratio", p.bar AS "bar",
       CASE WHEN o.med / t.med <= p.bar THEN 'ok' ELSE 'MISSED' END AS " "
FROM bench_pair p
CROSS JOIN LATERAL (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS med FROM bench_result r
                    WHERE r.pair = p.pair || ' [' || p.cols || ']' AND side = 'ours') o
CROSS JOIN LATERAL (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS med FROM bench_result r
                    WHERE r.pair = p.pair || ' [' || p.cols || ']' AND side = 'theirs') t
ORDER BY p.ord;

SELECT pair AS "reference", round((percentile_cont(0.5) WITHIN GROUP (ORDER BY ms))::numeric, 1) AS "median ms"
FROM bench_result WHERE side IN ('scan', 'ours') AND pair NOT LIKE '%[%' AND pair NOT LIKE 'limit:%'
GROUP BY pair ORDER BY 1;

\echo == the limit: count(covered) over the same rows, as a ratio to the plain SQL of coverage_agg [int]
SELECT l.pair AS "cheapest aggregate",
       round((percentile_cont(0.5) WITHIN GROUP (ORDER BY l.ms))::numeric
             / (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY t.ms) FROM bench_result t
                WHERE t.side = 'theirs'
                  AND t.pair = 'coverage_agg, ' || split_part(l.pair, ', ', 2) || ' [int]')::numeric, 2)
         AS "ratio to plain SQL"
FROM bench_result l WHERE l.pair LIKE 'limit:%'
GROUP BY l.pair ORDER BY 1;

-- ---------------------------------------------------------------------------
-- Parallel scale: coverage_agg over the whole table, 0 and 2 workers.
-- ---------------------------------------------------------------------------
\echo == parallel: coverage_agg(covered, population), whole table
DO $$
DECLARE
    i int;
    serial numeric;
    parallel numeric;
    q constant text := 'SELECT coverage_agg(covered, population) FROM bench';
BEGIN
    PERFORM set_config('max_parallel_workers_per_gather', '0', true);
    EXECUTE q INTO serial;
    PERFORM set_config('max_parallel_workers_per_gather', '2', true);
    PERFORM set_config('parallel_setup_cost', '0', true);
    EXECUTE q INTO parallel;
    IF serial IS DISTINCT FROM parallel OR serial::text <> parallel::text THEN
        RAISE EXCEPTION 'parallel coverage_agg differs: % serial, % parallel', serial, parallel;
    END IF;
    RAISE NOTICE 'serial and parallel agree: %', serial;
    FOR i IN 1 .. current_setting('bench.runs')::int LOOP
        PERFORM set_config('max_parallel_workers_per_gather', '0', true);
        INSERT INTO bench_result VALUES ('parallel', '0 workers', i, pg_temp.exec_ms(q));
        PERFORM set_config('max_parallel_workers_per_gather', '2', true);
        INSERT INTO bench_result VALUES ('parallel', '2 workers', i, pg_temp.exec_ms(q));
    END LOOP;
END $$;
SELECT round((percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) FILTER (WHERE side = '0 workers'))::numeric, 1) AS "0 workers ms",
       round((percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) FILTER (WHERE side = '2 workers'))::numeric, 1) AS "2 workers ms",
       round((percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) FILTER (WHERE side = '0 workers')
            / percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) FILTER (WHERE side = '2 workers'))::numeric, 2) AS "speed-up",
       1.5 AS "bar"
FROM bench_result WHERE pair = 'parallel';

-- ---------------------------------------------------------------------------
-- Memory: one backend, hash aggregation over :groups distinct groups.
-- ---------------------------------------------------------------------------
\echo == memory: GROUP BY over :groups groups, no parallel workers, hash aggregation
SET max_parallel_workers_per_gather = 0;
SET work_mem = '4GB';
SET enable_sort = off;
CREATE FUNCTION pg_temp.hash_peak_kb(q text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    plan json;
    node json;
BEGIN
    EXECUTE 'EXPLAIN (ANALYZE, TIMING OFF, COSTS OFF, FORMAT JSON) ' || q INTO plan;
    node := plan -> 0 -> 'Plan';
    WHILE node ->> 'Node Type' <> 'Aggregate' LOOP
        node := node -> 'Plans' -> 0;
    END LOOP;
    IF node ->> 'Strategy' <> 'Hashed' OR (node ->> 'HashAgg Batches')::int <> 1 THEN
        RAISE EXCEPTION 'expected an in-memory hash aggregate: %', node;
    END IF;
    RETURN (node ->> 'Peak Memory Usage')::bigint;
END $$;
SELECT q.name AS "query", pg_size_pretty(pg_temp.hash_peak_kb(q.sql) * 1024) AS "hash table peak"
FROM (VALUES
    ('coverage_agg(covered, population)',
     'SELECT id % ' || :groups || ', coverage_agg(covered, population) FROM bench GROUP BY 1'),
    ('sum(covered)::numeric / nullif(sum(population), 0)',
     'SELECT id % ' || :groups || ', sum(covered)::numeric / nullif(sum(population), 0) FROM bench
      WHERE covered IS NOT NULL AND population IS NOT NULL GROUP BY 1')) q(name, sql);
