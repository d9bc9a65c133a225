-- jamsostek 0.3 -> 0.4
--
-- 0.4 makes the extension trustworthy everywhere: PostgreSQL 15, 17 and 18,
-- the correctness fixes of the adversarial pass, one SQL surface that
-- untyped parameters resolve against, and the district and consistency
-- functions.  Each part has a section of its own below.

\echo Use "ALTER EXTENSION jamsostek UPDATE TO '0.4'" to load this file. \quit

-- ==== Summary accessors renamed (issue #15) ====
--
-- In 0.3 the accessors of the summary types shared their names with the
-- scalar functions: coverage_pct(coverage_summary, integer) beside
-- coverage_pct(numeric, numeric, integer), growth_pct(growth_summary,
-- integer) beside growth_pct(numeric, numeric, integer).  With untyped
-- arguments (node-postgres sends every parameter untyped, and so does a
-- quoted literal) PostgreSQL cannot choose between them: coverage_pct($1, $2)
-- failed with "function is not unique".  Every accessor is now named after
-- its type, as its C entry point always was, so no accessor can collide with
-- a scalar function whatever the arguments' types.  Renaming keeps each
-- function's OID: views, materialized views, indexes and the aggregates'
-- final functions that use an accessor keep working unchanged.
ALTER FUNCTION @extschema@.coverage_ratio(@extschema@.coverage_summary) RENAME TO coverage_summary_ratio;
ALTER FUNCTION @extschema@.coverage_pct(@extschema@.coverage_summary, integer) RENAME TO coverage_summary_pct;
ALTER FUNCTION @extschema@.coverage_shortfall(@extschema@.coverage_summary, numeric) RENAME TO coverage_summary_shortfall;
ALTER FUNCTION @extschema@.covered(@extschema@.coverage_summary) RENAME TO coverage_summary_covered;
ALTER FUNCTION @extschema@.population(@extschema@.coverage_summary) RENAME TO coverage_summary_population;
ALTER FUNCTION @extschema@.summary_rows(@extschema@.coverage_summary) RENAME TO coverage_summary_rows;
ALTER FUNCTION @extschema@.growth_rate(@extschema@.growth_summary) RENAME TO growth_summary_rate;
ALTER FUNCTION @extschema@.growth_pct(@extschema@.growth_summary, integer) RENAME TO growth_summary_pct;
ALTER FUNCTION @extschema@.cagr(@extschema@.growth_summary) RENAME TO growth_summary_cagr;

-- The aggregates' descriptions name the accessors by their new names.
COMMENT ON AGGREGATE @extschema@.coverage_summary(smallint, smallint) IS
'Summary of covered and population that rolls up exactly: coverage_summary_ratio(rollup(s)) equals coverage_agg over the same rows';
COMMENT ON AGGREGATE @extschema@.coverage_summary(integer, integer) IS
'Summary of covered and population that rolls up exactly: coverage_summary_ratio(rollup(s)) equals coverage_agg over the same rows';
COMMENT ON AGGREGATE @extschema@.coverage_summary(bigint, bigint) IS
'Summary of covered and population that rolls up exactly: coverage_summary_ratio(rollup(s)) equals coverage_agg over the same rows';
COMMENT ON AGGREGATE @extschema@.coverage_summary(numeric, numeric) IS
'Summary of covered and population that rolls up exactly: coverage_summary_ratio(rollup(s)) equals coverage_agg over the same rows';
COMMENT ON AGGREGATE @extschema@.growth_summary(smallint, integer) IS
'First and last period of the group with their totals, for rollup(), growth_summary_rate(), growth_summary_pct() and growth_summary_cagr()';
COMMENT ON AGGREGATE @extschema@.growth_summary(smallint, date) IS
'First and last period of the group with their totals, for rollup(), growth_summary_rate(), growth_summary_pct() and growth_summary_cagr()';
COMMENT ON AGGREGATE @extschema@.growth_summary(smallint, timestamp) IS
'First and last period of the group with their totals, for rollup(), growth_summary_rate(), growth_summary_pct() and growth_summary_cagr()';
COMMENT ON AGGREGATE @extschema@.growth_summary(smallint, timestamptz) IS
'First and last period of the group with their totals, for rollup(), growth_summary_rate(), growth_summary_pct() and growth_summary_cagr()';
COMMENT ON AGGREGATE @extschema@.growth_summary(integer, integer) IS
'First and last period of the group with their totals, for rollup(), growth_summary_rate(), growth_summary_pct() and growth_summary_cagr()';
COMMENT ON AGGREGATE @extschema@.growth_summary(integer, date) IS
'First and last period of the group with their totals, for rollup(), growth_summary_rate(), growth_summary_pct() and growth_summary_cagr()';
COMMENT ON AGGREGATE @extschema@.growth_summary(integer, timestamp) IS
'First and last period of the group with their totals, for rollup(), growth_summary_rate(), growth_summary_pct() and growth_summary_cagr()';
COMMENT ON AGGREGATE @extschema@.growth_summary(integer, timestamptz) IS
'First and last period of the group with their totals, for rollup(), growth_summary_rate(), growth_summary_pct() and growth_summary_cagr()';
COMMENT ON AGGREGATE @extschema@.growth_summary(bigint, integer) IS
'First and last period of the group with their totals, for rollup(), growth_summary_rate(), growth_summary_pct() and growth_summary_cagr()';
COMMENT ON AGGREGATE @extschema@.growth_summary(bigint, date) IS
'First and last period of the group with their totals, for rollup(), growth_summary_rate(), growth_summary_pct() and growth_summary_cagr()';
COMMENT ON AGGREGATE @extschema@.growth_summary(bigint, timestamp) IS
'First and last period of the group with their totals, for rollup(), growth_summary_rate(), growth_summary_pct() and growth_summary_cagr()';
COMMENT ON AGGREGATE @extschema@.growth_summary(bigint, timestamptz) IS
'First and last period of the group with their totals, for rollup(), growth_summary_rate(), growth_summary_pct() and growth_summary_cagr()';
COMMENT ON AGGREGATE @extschema@.growth_summary(numeric, integer) IS
'First and last period of the group with their totals, for rollup(), growth_summary_rate(), growth_summary_pct() and growth_summary_cagr()';
COMMENT ON AGGREGATE @extschema@.growth_summary(numeric, date) IS
'First and last period of the group with their totals, for rollup(), growth_summary_rate(), growth_summary_pct() and growth_summary_cagr()';
COMMENT ON AGGREGATE @extschema@.growth_summary(numeric, timestamp) IS
'First and last period of the group with their totals, for rollup(), growth_summary_rate(), growth_summary_pct() and growth_summary_cagr()';
COMMENT ON AGGREGATE @extschema@.growth_summary(numeric, timestamptz) IS
'First and last period of the group with their totals, for rollup(), growth_summary_rate(), growth_summary_pct() and growth_summary_cagr()';
