--
-- install: CREATE EXTENSION in the default schema and in a schema of its own,
-- function labels, comments.
--
SET client_min_messages = warning;

-- In a schema of its own: everything lands there and works schema-qualified.
CREATE SCHEMA analytics;
CREATE EXTENSION jamsostek SCHEMA analytics;
SELECT n.nspname, count(*) AS functions
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'jamsostek'
GROUP BY n.nspname;
-- 731991 / 2700000 * 100 = 27.1107... -> 27.11
SELECT analytics.coverage_pct(731991, 2700000);
DROP EXTENSION jamsostek;
DROP SCHEMA analytics;

-- The usual way, into public.
CREATE EXTENSION jamsostek;

-- Every function is IMMUTABLE, STRICT, PARALLEL SAFE, not SECURITY DEFINER,
-- returns numeric and carries a comment for \df+.
SELECT p.proname, pg_get_function_identity_arguments(p.oid) AS args,
       p.provolatile, p.proisstrict, p.proparallel, p.prosecdef,
       p.prorettype::regtype, obj_description(p.oid, 'pg_proc') IS NOT NULL AS commented
FROM pg_proc p
JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'jamsostek'
ORDER BY 1, 2;
