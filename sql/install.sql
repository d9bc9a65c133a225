--
-- install: CREATE EXTENSION in the default schema and in a schema of its own,
-- function labels, comments.
--
SET client_min_messages = warning;

-- regress_err(q): runs q and reports its SQLSTATE, message, detail and hint
-- on one line, so that error tests check all of them.  Later test files use
-- it; it is a test helper, not part of the extension.
CREATE FUNCTION public.regress_err(q text) RETURNS text LANGUAGE plpgsql AS $f$
DECLARE st text; msg text; det text; hint text;
BEGIN
  EXECUTE q;
  RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT,
                          det = PG_EXCEPTION_DETAIL, hint = PG_EXCEPTION_HINT;
  RETURN st || ': ' || msg || CASE WHEN det <> '' THEN ' | ' || det ELSE '' END
                          || CASE WHEN hint <> '' THEN ' | ' || hint ELSE '' END;
END $f$;

-- regress_copy_binary(t, payload): binary input the way a client library or
-- pg_restore sends it, through COPY ... (FORMAT binary).  Feeds a
-- one-column, one-row binary COPY file whose field is 'payload' into table t,
-- spelled as printf octal escapes for COPY FROM PROGRAM (superuser only:
-- this is a test helper).
CREATE FUNCTION public.regress_copy_binary(t text, payload bytea) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  file bytea := '\x5047434f50590aff0d0a00'::bytea        -- PGCOPY\n\377\r\n\0
                || '\x0000000000000000'::bytea             -- flags, header extension
                || '\x0001'::bytea                         -- one field
                || int4send(length(payload)) || payload
                || '\xffff'::bytea;                        -- trailer
  esc text := '';
BEGIN
  FOR i IN 0 .. length(file) - 1 LOOP
    esc := esc || '\' || (get_byte(file, i) >> 6)::text || ((get_byte(file, i) >> 3) & 7)::text
               || (get_byte(file, i) & 7)::text;
  END LOOP;
  RETURN public.regress_err(format('COPY %s FROM PROGRAM %L WITH (FORMAT binary)', t, 'printf ''' || esc || ''''));
END $$;

-- In a schema of its own: everything lands there and works schema-qualified.
CREATE SCHEMA analytics;
CREATE EXTENSION jamsostek SCHEMA analytics;
SELECT n.nspname, count(*) > 0 AS has_functions
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

-- The user-facing functions (scalars and summary accessors): IMMUTABLE,
-- STRICT, PARALLEL SAFE, not SECURITY DEFINER, with a comment for \df+.
CREATE TEMP VIEW ext_procs AS
SELECT p.* FROM pg_proc p
JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'jamsostek';
SELECT proname, pg_get_function_identity_arguments(oid) AS args,
       provolatile, proisstrict, proparallel, prosecdef,
       prorettype::regtype, obj_description(oid, 'pg_proc') IS NOT NULL AS commented
FROM ext_procs
WHERE prokind = 'f' AND prorettype IN ('numeric'::regtype, 'bigint'::regtype)
ORDER BY 1, 2;

-- The aggregates: overloads, all PARALLEL SAFE with a combine function,
-- which ones have moving-aggregate (inverse) support, all commented.
SELECT p.proname, count(*) AS overloads, bool_and(p.proparallel = 's') AS parallel_safe,
       bool_and(a.aggcombinefn <> 0) AS combine, bool_and(a.aggminvtransfn <> 0) AS moving,
       bool_and(obj_description(p.oid, 'pg_proc') IS NOT NULL) AS commented,
       string_agg(DISTINCT a.aggtranstype::regtype::text, ', ') AS state
FROM ext_procs p JOIN pg_aggregate a ON a.aggfnoid = p.oid
GROUP BY p.proname, a.aggtranstype ORDER BY 1, state;

-- Nothing is SECURITY DEFINER, everything is PARALLEL SAFE; only the
-- growth_summary input function (dates read through the session's
-- DateStyle) and the province and district lookups (they read the
-- reference views) are not IMMUTABLE.
SELECT count(*) FILTER (WHERE prosecdef) AS security_definer,
       count(*) FILTER (WHERE proparallel <> 's') AS not_parallel_safe,
       string_agg(proname, ', ' ORDER BY proname) FILTER (WHERE provolatile <> 'i') AS not_immutable
FROM ext_procs;
