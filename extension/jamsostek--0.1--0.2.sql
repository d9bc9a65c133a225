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

--
-- shortfall_agg on integer counts: each row's shortfall and the running sum
-- in 128-bit integers, with a state of its own (combine, serialize and
-- deserialize for parallel query; an inverse for moving windows).  One
-- overload per integer type, as coverage_agg has, so integer columns of any
-- width resolve without ambiguity; numeric columns keep the 0.1 aggregate.
--

CREATE FUNCTION @extschema@.shortfall_trans_int2(internal, smallint, smallint, numeric)
RETURNS internal AS 'MODULE_PATHNAME', 'shortfall_trans_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.shortfall_trans_int4(internal, integer, integer, numeric)
RETURNS internal AS 'MODULE_PATHNAME', 'shortfall_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.shortfall_trans_int8(internal, bigint, bigint, numeric)
RETURNS internal AS 'MODULE_PATHNAME', 'shortfall_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.shortfall_inv_int2(internal, smallint, smallint, numeric)
RETURNS internal AS 'MODULE_PATHNAME', 'shortfall_inv_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.shortfall_inv_int4(internal, integer, integer, numeric)
RETURNS internal AS 'MODULE_PATHNAME', 'shortfall_inv_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.shortfall_inv_int8(internal, bigint, bigint, numeric)
RETURNS internal AS 'MODULE_PATHNAME', 'shortfall_inv_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.shortfall_int_combine(internal, internal)
RETURNS internal AS 'MODULE_PATHNAME', 'shortfall_int_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.shortfall_int_serialize(internal)
RETURNS bytea AS 'MODULE_PATHNAME', 'shortfall_int_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.shortfall_int_deserialize(bytea, internal)
RETURNS internal AS 'MODULE_PATHNAME', 'shortfall_int_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.shortfall_int_final(internal)
RETURNS numeric AS 'MODULE_PATHNAME', 'shortfall_int_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.shortfall_trans_int2(internal, smallint, smallint, numeric) IS 'internal: transition of shortfall_agg(smallint, smallint, numeric)';
COMMENT ON FUNCTION @extschema@.shortfall_trans_int4(internal, integer, integer, numeric) IS 'internal: transition of shortfall_agg(integer, integer, numeric)';
COMMENT ON FUNCTION @extschema@.shortfall_trans_int8(internal, bigint, bigint, numeric) IS 'internal: transition of shortfall_agg(bigint, bigint, numeric)';
COMMENT ON FUNCTION @extschema@.shortfall_inv_int2(internal, smallint, smallint, numeric) IS 'internal: moving-window inverse of shortfall_agg(smallint, smallint, numeric)';
COMMENT ON FUNCTION @extschema@.shortfall_inv_int4(internal, integer, integer, numeric) IS 'internal: moving-window inverse of shortfall_agg(integer, integer, numeric)';
COMMENT ON FUNCTION @extschema@.shortfall_inv_int8(internal, bigint, bigint, numeric) IS 'internal: moving-window inverse of shortfall_agg(bigint, bigint, numeric)';
COMMENT ON FUNCTION @extschema@.shortfall_int_combine(internal, internal) IS 'internal: combines two integer shortfall_agg states (parallel query)';
COMMENT ON FUNCTION @extschema@.shortfall_int_serialize(internal) IS 'internal: integer shortfall_agg state to bytes (parallel query)';
COMMENT ON FUNCTION @extschema@.shortfall_int_deserialize(bytea, internal) IS 'internal: integer shortfall_agg state from bytes (parallel query)';
COMMENT ON FUNCTION @extschema@.shortfall_int_final(internal) IS 'internal: result of the integer shortfall_agg';

CREATE AGGREGATE @extschema@.shortfall_agg(covered smallint, population smallint, target_ratio numeric) (
    SFUNC = @extschema@.shortfall_trans_int2, STYPE = internal, SSPACE = 40,
    FINALFUNC = @extschema@.shortfall_int_final,
    COMBINEFUNC = @extschema@.shortfall_int_combine,
    SERIALFUNC = @extschema@.shortfall_int_serialize,
    DESERIALFUNC = @extschema@.shortfall_int_deserialize,
    MSFUNC = @extschema@.shortfall_trans_int2, MINVFUNC = @extschema@.shortfall_inv_int2,
    MSTYPE = internal, MSSPACE = 40, MFINALFUNC = @extschema@.shortfall_int_final,
    PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.shortfall_agg(covered integer, population integer, target_ratio numeric) (
    SFUNC = @extschema@.shortfall_trans_int4, STYPE = internal, SSPACE = 40,
    FINALFUNC = @extschema@.shortfall_int_final,
    COMBINEFUNC = @extschema@.shortfall_int_combine,
    SERIALFUNC = @extschema@.shortfall_int_serialize,
    DESERIALFUNC = @extschema@.shortfall_int_deserialize,
    MSFUNC = @extschema@.shortfall_trans_int4, MINVFUNC = @extschema@.shortfall_inv_int4,
    MSTYPE = internal, MSSPACE = 40, MFINALFUNC = @extschema@.shortfall_int_final,
    PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.shortfall_agg(covered bigint, population bigint, target_ratio numeric) (
    SFUNC = @extschema@.shortfall_trans_int8, STYPE = internal, SSPACE = 40,
    FINALFUNC = @extschema@.shortfall_int_final,
    COMBINEFUNC = @extschema@.shortfall_int_combine,
    SERIALFUNC = @extschema@.shortfall_int_serialize,
    DESERIALFUNC = @extschema@.shortfall_int_deserialize,
    MSFUNC = @extschema@.shortfall_trans_int8, MINVFUNC = @extschema@.shortfall_inv_int8,
    MSTYPE = internal, MSSPACE = 40, MFINALFUNC = @extschema@.shortfall_int_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.shortfall_agg(smallint, smallint, numeric) IS
'Sum of each row''s coverage_shortfall: workers still to enrol, where regions above target do not offset regions below it';
COMMENT ON AGGREGATE @extschema@.shortfall_agg(integer, integer, numeric) IS
'Sum of each row''s coverage_shortfall: workers still to enrol, where regions above target do not offset regions below it';
COMMENT ON AGGREGATE @extschema@.shortfall_agg(bigint, bigint, numeric) IS
'Sum of each row''s coverage_shortfall: workers still to enrol, where regions above target do not offset regions below it';
