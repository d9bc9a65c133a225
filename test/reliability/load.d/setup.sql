-- Shared data for the load test: 200,000 regional rows in 100 groups, and
-- 20,000 figures as Indonesian text, a quarter of them dirty.
SET client_min_messages = warning;
DROP TABLE IF EXISTS load_regional, load_figures, load_results;
CREATE TABLE load_regional AS
SELECT i, i % 100 AS g, 2015 + i % 10 AS year,
       (i::bigint * 7919) % 900000 AS covered, 1000000 + (i::bigint * 104729) % 2000000 AS population,
       ((i::bigint * 7919) % 900000)::numeric + (i % 7) / 10.0 AS covered_est
FROM generate_series(1, 200000) i;
CREATE TABLE load_figures AS
SELECT i, CASE i % 4
            WHEN 0 THEN format_id_number((i::bigint * 7919) % 9000000, 0) || ' peserta'
            WHEN 1 THEN ((i % 999) / 10.0)::text || ' juta'
            WHEN 2 THEN 'Rp ' || format_id_number(i * 13.7, 1)
            ELSE 'sekitar ' || (i % 97)::text || ' ribu lebih??'   -- dirty: try_ gives NULL
          END AS raw
FROM generate_series(1, 20000) i;
CREATE INDEX ON load_regional (g);
CREATE INDEX ON load_figures (i);
CREATE UNLOGGED TABLE load_results (kind text, k int, result text);
ANALYZE load_regional, load_figures;

-- expect_error(sql, sqlstate): runs sql in a subtransaction (a PL/pgSQL
-- exception block is a savepoint) and returns normally only if it failed
-- with that SQLSTATE; anything else is an error pgbench counts.
CREATE OR REPLACE FUNCTION load_expect_error(sql text, state text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE sql;
  RAISE EXCEPTION 'no error from: %', sql;
EXCEPTION WHEN OTHERS THEN
  IF SQLSTATE <> state THEN
    RAISE EXCEPTION 'expected % from %, got %: %', state, sql, SQLSTATE, SQLERRM;
  END IF;
END $$;
