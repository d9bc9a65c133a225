/* jamsostek--0.1--0.2.sql: update jamsostek from 0.1 to 0.2. */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION jamsostek UPDATE TO '0.2'" to load this file. \quit

--
-- 0.2 is about speed; no result changes.
--
-- Integer entry points for the per-row coverage functions.  Users keep
-- calling coverage_ratio / coverage_pct / coverage_shortfall with any
-- argument types; when both counts are integers, the planner support
-- function below routes the call here, skipping two numeric casts a row.
--

CREATE FUNCTION @extschema@.coverage_ratio_int(covered bigint, population bigint)
RETURNS numeric
AS 'MODULE_PATHNAME', 'jamsostek_coverage_ratio_int'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.coverage_ratio_int(bigint, bigint) IS
'internal: coverage_ratio on integer counts, which the planner substitutes for coverage_ratio';

CREATE FUNCTION @extschema@.coverage_pct_int(covered bigint, population bigint, digits integer)
RETURNS numeric
AS 'MODULE_PATHNAME', 'jamsostek_coverage_pct_int'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.coverage_pct_int(bigint, bigint, integer) IS
'internal: coverage_pct on integer counts, which the planner substitutes for coverage_pct';

CREATE FUNCTION @extschema@.coverage_shortfall_int(covered bigint, population bigint,
                                                   target_ratio numeric)
RETURNS numeric
AS 'MODULE_PATHNAME', 'jamsostek_coverage_shortfall_int'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.coverage_shortfall_int(bigint, bigint, numeric) IS
'internal: coverage_shortfall on integer counts, which the planner substitutes for coverage_shortfall';

CREATE FUNCTION @extschema@.jamsostek_count_support(internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'jamsostek_count_support'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.jamsostek_count_support(internal) IS
'internal: planner support routing coverage_ratio, coverage_pct and coverage_shortfall on integer counts to their *_int forms';

ALTER FUNCTION @extschema@.coverage_ratio(numeric, numeric)
    SUPPORT @extschema@.jamsostek_count_support;
ALTER FUNCTION @extschema@.coverage_pct(numeric, numeric, integer)
    SUPPORT @extschema@.jamsostek_count_support;
ALTER FUNCTION @extschema@.coverage_shortfall(numeric, numeric, numeric)
    SUPPORT @extschema@.jamsostek_count_support;
