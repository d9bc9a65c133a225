-- test/citus/checks.sql: the checks of test/citus/run, on the coordinator,
-- after data.sql.  Prints one "ok - ..." or "FAILED - ..." line per check.
--
-- The session uses settings the workers do not have (time zone, date style),
-- so a summary state that depended on them on its way from a worker to the
-- coordinator would show up as a difference.
\set ON_ERROR_STOP 1
-- (error: the temporary helpers stay on the coordinator, which Citus warns about)
SET client_min_messages = error;
SET TimeZone = 'America/St_Johns';
SET DateStyle = 'SQL, DMY';

-- Every row of a query, as text, in the query's order.
CREATE FUNCTION pg_temp.rows_of(q text, OUT n bigint, OUT txt text)
LANGUAGE plpgsql AS $$
DECLARE
    r record;
BEGIN
    n := 0;
    txt := '';
    FOR r IN EXECUTE q LOOP
        n := n + 1;
        txt := txt || r::text || E'\n';
    END LOOP;
END
$$;

-- EXPLAIN (VERBOSE) of a query: its first line (the coordinator's top
-- node), that node's Output line, and the query a task sends to a worker.
CREATE FUNCTION pg_temp.plan_of(q text, OUT top text, OUT top_output text, OUT worker_query text)
LANGUAGE plpgsql AS $$
DECLARE
    l text;
BEGIN
    FOR l IN EXECUTE 'EXPLAIN (VERBOSE, COSTS OFF) ' || q LOOP
        IF top IS NULL THEN
            top := btrim(l);
        ELSIF top_output IS NULL AND btrim(l) LIKE 'Output: %' THEN
            top_output := btrim(l);
        END IF;
        IF worker_query IS NULL AND btrim(l) LIKE 'Query: %' THEN
            worker_query := substr(btrim(l), 8);
        END IF;
    END LOOP;
END
$$;

-- The first line where two rows_of() texts differ, both versions.
CREATE FUNCTION pg_temp.first_difference(a text, b text) RETURNS text
LANGUAGE sql AS $$
    SELECT format('distributed %s, local %s', coalesce(x, '(none)'), coalesce(y, '(none)'))
    FROM unnest(string_to_array(a, E'\n'), string_to_array(b, E'\n')) AS u(x, y)
    WHERE x IS DISTINCT FROM y
    LIMIT 1
$$;

-- The column(s) test data holds for an aggregate argument, by name and type.
CREATE FUNCTION pg_temp.columns_for(argname text, argtype regtype) RETURNS text[]
LANGUAGE plpgsql AS $$
BEGIN
    RETURN CASE argtype
        WHEN 'smallint'::regtype THEN
            CASE argname WHEN 'covered' THEN '{c2}' WHEN 'population' THEN '{p2}' WHEN 'value' THEN '{c2}' END
        WHEN 'integer'::regtype THEN
            CASE argname WHEN 'covered' THEN '{c4}' WHEN 'population' THEN '{p4}' WHEN 'value' THEN '{c4}'
                         WHEN 'period' THEN '{yr}' END
        WHEN 'bigint'::regtype THEN
            CASE argname WHEN 'covered' THEN '{c8}' WHEN 'population' THEN '{p8}' WHEN 'value' THEN '{c8}' END
        WHEN 'numeric'::regtype THEN
            CASE argname WHEN 'covered' THEN '{cn}' WHEN 'population' THEN '{pn}' WHEN 'value' THEN '{cn}'
                         WHEN 'target_ratio' THEN '{target}' END
        WHEN 'date'::regtype THEN CASE argname WHEN 'period' THEN '{month}' END
        WHEN 'timestamp'::regtype THEN CASE argname WHEN 'period' THEN '{ts}' END
        WHEN 'timestamptz'::regtype THEN CASE argname WHEN 'period' THEN '{tstz}' END
        WHEN 'coverage_summary'::regtype THEN '{cs}'
        -- one per period type: summaries over different period types do not combine
        WHEN 'growth_summary'::regtype THEN '{gs_year,gs_date,gs_ts,gs_tstz}'
    END;
END
$$;

CREATE FUNCTION pg_temp.check_aggregates() RETURNS SETOF text
LANGUAGE plpgsql AS $$
DECLARE
    a record;
    i int;
    call text;
    calls text[];
    cols text[];
    q text;
    loc record;
    dis record;
    nonnull bigint;
    pl record;
    grouping text;
    n_aggs int := 0;
BEGIN
    FOR a IN
        SELECT p.oid, p.oid::regprocedure::text AS sig, p.proname::text AS proname,
               string_to_array(p.proargtypes::text, ' ')::oid[]::regtype[] AS argtypes, coalesce(p.proargnames, '{}') AS argnames,
               ag.aggcombinefn <> 0 AS has_combine, t.typname::text AS state_type,
               -- what Citus needs to aggregate partially on the workers: a
               -- combine function and a state type with a text form (it
               -- ships states with the type's output and input functions;
               -- an internal state has none)
               ag.aggcombinefn <> 0 AND t.typtype <> 'p' AS citus_partial
        FROM pg_proc p
        JOIN pg_aggregate ag ON ag.aggfnoid = p.oid
        JOIN pg_type t ON t.oid = ag.aggtranstype
        JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
        WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'jamsostek')
        ORDER BY p.proname, p.oid::regprocedure::text
    LOOP
        n_aggs := n_aggs + 1;
        -- the calls to make: one, or one per column the argument can be
        calls := '{}';
        BEGIN
            IF array_length(a.argtypes, 1) = 1 THEN
                cols := pg_temp.columns_for(a.argnames[1], a.argtypes[1]);
                IF cols IS NULL THEN
                    RAISE EXCEPTION 'no test column for argument % %', a.argnames[1], a.argtypes[1];
                END IF;
                FOR i IN 1 .. array_length(cols, 1) LOOP
                    calls := calls || format('%I(%s)', a.proname, cols[i]);
                END LOOP;
            ELSE
                call := '';
                FOR i IN 1 .. array_length(a.argtypes, 1) LOOP
                    cols := pg_temp.columns_for(a.argnames[i], a.argtypes[i]);
                    IF cols IS NULL OR array_length(cols, 1) <> 1 THEN
                        RAISE EXCEPTION 'no test column for argument % %', a.argnames[i], a.argtypes[i];
                    END IF;
                    call := call || CASE WHEN i > 1 THEN ', ' ELSE '' END || cols[1];
                END LOOP;
                calls := calls || format('%I(%s)', a.proname, call);
            END IF;
        EXCEPTION WHEN OTHERS THEN
            RETURN NEXT format('FAILED - %s: %s', a.sig, SQLERRM);
            CONTINUE;
        END;

        FOREACH call IN ARRAY calls LOOP
            -- 1. the same answers, as text, distributed and local
            BEGIN
                FOREACH grouping IN ARRAY ARRAY['province', 'district', ''] LOOP
                    q := CASE WHEN grouping = '' THEN format('SELECT (%s)::text FROM %%I', call)
                              ELSE format('SELECT %s, (%s)::text FROM %%I GROUP BY %s ORDER BY %s',
                                          grouping, call, grouping, grouping) END;
                    loc := pg_temp.rows_of(format(q, 'cov_local'));
                    dis := pg_temp.rows_of(format(q, 'cov_dist'));
                    IF loc.txt IS DISTINCT FROM dis.txt THEN
                        RAISE EXCEPTION 'GROUP BY %: distributed and local answers differ (% vs % rows): %',
                            coalesce(nullif(grouping, ''), '(none)'), dis.n, loc.n,
                            pg_temp.first_difference(dis.txt, loc.txt);
                    END IF;
                END LOOP;
                -- a check of answers that are all NULL or all alike proves little
                EXECUTE format('SELECT count(DISTINCT v) FROM (SELECT (%s)::text AS v FROM cov_local GROUP BY district) s',
                               call) INTO nonnull;
                IF nonnull < 50 THEN
                    RAISE EXCEPTION 'only % distinct non-NULL answers over 152 districts', nonnull;
                END IF;
                RETURN NEXT format('ok - %s: distributed = local as text, by province (38 groups), by district (152, %s distinct), whole table',
                                   call, nonnull);
            EXCEPTION WHEN OTHERS THEN
                RETURN NEXT format('FAILED - %s: %s', call, SQLERRM);
            END;

            -- 2. GROUP BY the distribution column: the whole query on the workers
            pl := pg_temp.plan_of(format('SELECT district, %s FROM cov_dist GROUP BY district', call));
            IF pl.top LIKE 'Custom Scan (Citus %'
               AND pl.worker_query ~ ('\m' || a.proname || '\(')
               AND pl.worker_query LIKE '% GROUP BY district'
               AND pl.worker_query NOT LIKE '%worker_partial_agg%' THEN
                RETURN NEXT format('ok - %s: GROUP BY district (distribution column) runs whole on the workers', call);
            ELSE
                RETURN NEXT format('FAILED - %s: GROUP BY district is not pushed down: top node %s, worker query %s',
                                   call, pl.top, pl.worker_query);
            END IF;

            -- 3. GROUP BY another column: partial aggregation on the workers
            -- when the state can travel, rows gathered otherwise
            pl := pg_temp.plan_of(format('SELECT province, %s FROM cov_dist GROUP BY province', call));
            IF a.citus_partial THEN
                IF pl.top ~ '^(Hash|Group)?Aggregate'
                   AND pl.top_output LIKE '%coord_combine_agg(%'
                   AND pl.worker_query ~ ('worker_partial_agg\(''[^'']*\m' || a.proname || '\(')
                   AND pl.worker_query LIKE '% GROUP BY province' THEN
                    RETURN NEXT format('ok - %s: GROUP BY province aggregated partially on the workers (worker_partial_agg, coord_combine_agg), state %s',
                                       call, a.state_type);
                ELSE
                    RETURN NEXT format('FAILED - %s: GROUP BY province is not aggregated partially: top node %s (%s), worker query %s',
                                       call, pl.top, pl.top_output, pl.worker_query);
                END IF;
            ELSE
                -- Known and documented (docs/citus.md): Citus cannot ship an
                -- internal state, so it gathers the rows and aggregates on
                -- the coordinator.  Should Citus learn to, this fails and
                -- the docs must change.
                IF pl.top ~ '^(Hash|Group)?Aggregate'
                   AND pl.top_output ~ ('\m' || a.proname || '\(remote_scan\.')
                   AND pl.worker_query NOT LIKE '%GROUP BY%' THEN
                    RETURN NEXT format('ok - %s: GROUP BY province gathers the rows to the coordinator, as documented (state %s: Citus ships only states with a text form)',
                                       call, a.state_type);
                ELSE
                    RETURN NEXT format('FAILED - %s: GROUP BY province plan is not the documented row gathering: top node %s (%s), worker query %s',
                                       call, pl.top, pl.top_output, pl.worker_query);
                END IF;
            END IF;
        END LOOP;
    END LOOP;
    RETURN NEXT format('aggregates: %s', n_aggs);
END
$$;

SELECT * FROM pg_temp.check_aggregates();

-- A query on cov_local and on cov_dist gives the same rows, as text:
-- 'ok - what' or 'FAILED - what: ...'.
CREATE FUNCTION pg_temp.same(what text, q text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    loc record;
    dis record;
BEGIN
    loc := pg_temp.rows_of(format(q, 'cov_local'));
    dis := pg_temp.rows_of(format(q, 'cov_dist'));
    IF loc.txt IS DISTINCT FROM dis.txt OR loc.n = 0 THEN
        RETURN format('FAILED - %s: %s vs %s rows: %s', what, dis.n, loc.n,
                      pg_temp.first_difference(dis.txt, loc.txt));
    END IF;
    RETURN format('ok - %s (%s rows, distributed = local as text)', what, loc.n);
EXCEPTION WHEN OTHERS THEN
    RETURN format('FAILED - %s: %s', what, SQLERRM);
END
$$;

-- The query a worker runs for q names every function of fns.
CREATE FUNCTION pg_temp.on_workers(what text, q text, fns text[]) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    pl record;
    f text;
    missing text[] := '{}';
BEGIN
    pl := pg_temp.plan_of(q);
    FOREACH f IN ARRAY fns LOOP
        -- (f_int: the planner's support function routes integer counts there)
        IF pl.worker_query IS NULL OR pl.worker_query !~ ('\m' || f || '(_int)?\(') THEN
            missing := missing || f;
        END IF;
    END LOOP;
    IF missing <> '{}' THEN
        RETURN format('FAILED - %s: the worker query lacks %s: %s', what, missing, pl.worker_query);
    END IF;
    RETURN format('ok - %s: all %s functions run on the workers', what, array_length(fns, 1));
END
$$;

-- ---- the extension on every node ----
SELECT CASE WHEN count(*) = 2 AND bool_and(success AND result = (SELECT extversion FROM pg_extension WHERE extname = 'jamsostek'))
            THEN format('ok - CREATE EXTENSION jamsostek on the coordinator created it on both workers (version %s)',
                        (SELECT extversion FROM pg_extension WHERE extname = 'jamsostek'))
            ELSE 'FAILED - jamsostek on the workers: ' || string_agg(nodeport || ': ' || coalesce(result, '(none)'), ', ') END
FROM run_command_on_workers($$SELECT extversion FROM pg_extension WHERE extname = 'jamsostek'$$);

-- ---- the internal-state aggregates: the equivalent SQL that Citus splits ----
-- (coverage_mean_agg skips rows whose population is NULL or 0, as
-- coverage_ratio is NULL there and avg skips NULLs; shortfall_agg is the sum
-- of the per-row shortfalls by definition)
SELECT pg_temp.same('avg(coverage_ratio(cn, pn)) equals coverage_mean_agg(cn, pn) by province',
    $$SELECT province, coverage_mean_agg(cn, pn)::text = avg(coverage_ratio(cn, pn))::text,
             avg(coverage_ratio(cn, pn)) FROM %I GROUP BY province ORDER BY province$$);
SELECT pg_temp.same('sum(coverage_shortfall(c, p, t)) equals shortfall_agg(c, p, t) by province, every count type',
    $$SELECT province, shortfall_agg(c8, p8, target)::text = sum(coverage_shortfall(c8, p8, target))::text,
             shortfall_agg(c4, p4, target)::text = sum(coverage_shortfall(c4, p4, target))::text,
             shortfall_agg(c2, p2, target)::text = sum(coverage_shortfall(c2, p2, target))::text,
             shortfall_agg(cn, pn, target)::text = sum(coverage_shortfall(cn, pn, target))::text,
             sum(coverage_shortfall(c8, p8, target)) FROM %I GROUP BY province ORDER BY province$$);
WITH pl AS (SELECT * FROM pg_temp.plan_of(
    $$SELECT province, avg(coverage_ratio(cn, pn)), sum(coverage_shortfall(c8, p8, target))
      FROM cov_dist GROUP BY province$$))
SELECT CASE WHEN worker_query LIKE '%sum(public.coverage_ratio(cn, pn))%' AND worker_query LIKE '%count(public.coverage_ratio(cn, pn))%'
             AND worker_query ~ 'sum\(public\.coverage_shortfall(_int)?\(c8, p8, target\)\)'
             AND worker_query LIKE '% GROUP BY province'
            THEN 'ok - avg(coverage_ratio(...)) and sum(coverage_shortfall(...)) by province are aggregated partially on the workers'
            ELSE 'FAILED - avg/sum of the per-row functions are not aggregated on the workers: ' || worker_query END
FROM pl;

-- ---- a materialized rollup, distributed ----
-- coverage and growth summaries per district and month in a table
-- distributed like the rows (co-located, so filling it runs on the workers),
-- rolled up to province and year on the coordinator; the same as
-- aggregating the raw rows by province and year.
CREATE TABLE district_month (
    district    text NOT NULL,
    province    text NOT NULL,
    month       date NOT NULL,
    coverage    coverage_summary NOT NULL,
    growth      growth_summary NOT NULL
);
SELECT create_distributed_table('district_month', 'district', colocate_with => 'cov_dist') IS NOT NULL AS distributed \gset
WITH pl AS (SELECT * FROM pg_temp.plan_of(
    $$INSERT INTO district_month
      SELECT district, province, month, coverage_summary(c8, p8), growth_summary(c8, month)
      FROM cov_dist WHERE month IS NOT NULL GROUP BY district, province, month$$))
SELECT CASE WHEN top LIKE 'Custom Scan (Citus INSERT ... SELECT)%' AND worker_query IS NULL
              OR worker_query LIKE '%INSERT INTO public.district_month_%'
            THEN 'ok - filling the district-month summaries runs on the workers (co-located INSERT ... SELECT)'
            ELSE 'FAILED - filling district_month: ' || top || ' / ' || coalesce(worker_query, '') END
FROM pl;
INSERT INTO district_month
SELECT district, province, month, coverage_summary(c8, p8), growth_summary(c8, month)
FROM cov_dist WHERE month IS NOT NULL GROUP BY district, province, month;
SELECT count(DISTINCT (district, month)) AS expected_rows FROM cov_local WHERE month IS NOT NULL \gset
SELECT count(*) AS shards FROM pg_dist_shard WHERE logicalrelid = 'district_month'::regclass \gset
SELECT CASE WHEN count(*) = :expected_rows
            THEN format('ok - district_month holds %s district-month summaries on %s shards', count(*), :shards)
            ELSE format('FAILED - district_month holds %s rows, not %s', count(*), :expected_rows) END
FROM district_month;

-- the rollup against the raw rows (both on the coordinator's local table)
SELECT CASE WHEN r.txt = l.txt AND r.n = 38 * 2
            THEN format('ok - province-year rollup of the distributed summaries (%s groups) equals coverage_agg, coverage_summary, growth_summary and cagr_agg over the raw rows', r.n)
            ELSE format('FAILED - province-year rollup: %s rows vs %s raw', r.n, l.n) END
FROM pg_temp.rows_of($$
    SELECT province, extract(year FROM month) AS year, coverage_summary_ratio(rollup(coverage)), rollup(coverage)::text,
           rollup(growth)::text, growth_summary_cagr(rollup(growth)), coverage_summary_covered(rollup(coverage)), coverage_summary_rows(rollup(coverage))
    FROM district_month GROUP BY 1, 2 ORDER BY 1, 2$$) r,
     pg_temp.rows_of($$
    SELECT province, extract(year FROM month) AS year, coverage_agg(c8, p8), coverage_summary(c8, p8)::text,
           growth_summary(c8, month)::text, cagr_agg(c8, month), coverage_summary_covered(coverage_summary(c8, p8)),
           coverage_summary_rows(coverage_summary(c8, p8))
    FROM cov_local WHERE month IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2$$) l;
WITH pl AS (SELECT * FROM pg_temp.plan_of(
    $$SELECT province, extract(year FROM month), coverage_summary_ratio(rollup(coverage)), rollup(growth)
      FROM district_month GROUP BY 1, 2$$))
SELECT CASE WHEN top_output LIKE '%coord_combine_agg(%' AND worker_query LIKE '%worker_partial_agg(''public.rollup(public.coverage_summary)''%'
             AND worker_query LIKE '%worker_partial_agg(''public.rollup(public.growth_summary)''%'
            THEN 'ok - the province-year rollup combines partial rollups from the workers: ' || top_output
            ELSE 'FAILED - the province-year rollup is not aggregated partially: ' || coalesce(worker_query, top) END
FROM pl;
-- a national total straight from the distributed summaries
SELECT CASE WHEN r.txt = l.txt AND r.n = 2
            THEN format('ok - national coverage per year from the distributed summaries equals the raw rows: %s', replace(r.txt, E'\n', ' '))
            ELSE format('FAILED - national coverage per year: %s vs %s', r.txt, l.txt) END
FROM pg_temp.rows_of($$SELECT extract(year FROM month), coverage_summary_ratio(rollup(coverage))
                       FROM district_month GROUP BY 1 ORDER BY 1$$) r,
     pg_temp.rows_of($$SELECT extract(year FROM month), coverage_agg(c8, p8)
                       FROM cov_local WHERE month IS NOT NULL GROUP BY 1 ORDER BY 1$$) l;

-- ---- scalar functions and province lookups on the workers ----
-- (province_name and province_iso are SQL functions the planner inlines:
-- the workers run the province_row() they call, against their own copy of
-- the province table the extension installed there)
\set scalars 'SELECT id, coverage_ratio(c8, p8), coverage_pct(c4, p4, 3), coverage_shortfall(cn, pn, target), growth_rate(c8, p8), growth_pct(cn, pn, 1), pp_change(coverage_ratio(c2, p2), coverage_ratio(c4, p4)), cagr(pn, pn + cn, 3), required_growth(pn, pn + cn, 4), years_to_target(pn, pn + cn + 1, 0.05), target_attainment(c8, p8), target_shortfall(c8, p8), parse_id_number(figure), try_parse_id_percent(figure), format_id_number(cn, 2), format_rupiah(cn, ''short''), province_name(province), province_iso(province), coverage_summary_ratio(cs), coverage_summary_pct(cs, 1), coverage_summary_shortfall(cs, target), coverage_summary_covered(cs), coverage_summary_population(cs), coverage_summary_rows(cs), growth_summary_rate(gs_date), growth_summary_pct(gs_ts, 3), growth_summary_cagr(gs_tstz) FROM %I ORDER BY id'
SELECT pg_temp.same('27 scalar functions, accessors and province lookups per row', :'scalars');
SELECT pg_temp.on_workers('per-row functions', format(:'scalars', 'cov_dist'),
    '{coverage_ratio,coverage_pct,coverage_shortfall,growth_rate,growth_pct,pp_change,cagr,required_growth,years_to_target,target_attainment,target_shortfall,parse_id_number,try_parse_id_percent,format_id_number,format_rupiah,province_row,coverage_summary_ratio,coverage_summary_pct,coverage_summary_shortfall,coverage_summary_covered,coverage_summary_population,coverage_summary_rows,growth_summary_rate,growth_summary_pct,growth_summary_cagr}');
\set byname 'SELECT province_name(province), province_iso(province), coverage_agg(c8, p8), coverage_summary_pct(coverage_summary(c4, p4), 2), growth_summary_pct(growth_summary(c8, month), 1) FROM %I GROUP BY 1, 2 ORDER BY 1'
SELECT pg_temp.same('coverage by province name and ISO code (grouped by the lookups)', :'byname');
SELECT pg_temp.on_workers('GROUP BY province_name(...), province_iso(...)', format(:'byname', 'cov_dist'),
    '{province_row,worker_partial_agg}');

-- ---- an error on a worker reaches the client as it would locally ----
CREATE FUNCTION pg_temp.error_of(q text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    st text;
    msg text;
BEGIN
    EXECUTE q;
    RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
    RETURN st || ': ' || msg;
END
$$;
SELECT CASE WHEN l = d AND l LIKE '22023: covered must not be negative: %'
            THEN 'ok - bad input on a worker: the same error as locally (' || d || ')'
            ELSE format('FAILED - bad input on a worker: distributed %s, local %s', d, l) END
FROM pg_temp.error_of($$SELECT district, coverage_agg(c8 - 1, p8) FROM cov_local WHERE c8 = 0 AND district = '1101' GROUP BY district$$) l,
     pg_temp.error_of($$SELECT district, coverage_agg(c8 - 1, p8) FROM cov_dist WHERE c8 = 0 AND district = '1101' GROUP BY district$$) d;

-- ---- one district: a router query, one shard on one worker ----
CREATE FUNCTION pg_temp.task_count(q text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    l text;
BEGIN
    FOR l IN EXECUTE 'EXPLAIN (VERBOSE, COSTS OFF) ' || q LOOP
        IF btrim(l) LIKE 'Task Count: %' THEN
            RETURN substr(btrim(l), 13);
        END IF;
    END LOOP;
    RETURN NULL;
END
$$;
SELECT CASE WHEN pg_temp.task_count($$SELECT coverage_agg(c8, p8), growth_summary(c8, month) FROM cov_dist WHERE district = '1801'$$) = '1'
             AND pg_temp.task_count($$SELECT province, coverage_agg(c8, p8) FROM cov_dist GROUP BY province$$) = '32'
            THEN 'ok - WHERE district = ''1801'' is one task on one shard (32 for the whole table)'
            ELSE 'FAILED - WHERE district = ''1801'' runs '
                 || coalesce(pg_temp.task_count($$SELECT coverage_agg(c8, p8) FROM cov_dist WHERE district = '1801'$$), '?') || ' tasks' END;
SELECT pg_temp.same('one district (router query)',
    $$SELECT coverage_agg(c8, p8), growth_summary(c8, month)::text, shortfall_agg(c4, p4, target), coverage_mean_agg(cn, pn)
      FROM %I WHERE district = '1801'$$);
