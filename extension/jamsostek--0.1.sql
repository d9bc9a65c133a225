/* jamsostek--0.1.sql: install script of the jamsostek extension. */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION jamsostek" to load this file. \quit

--
-- Every "count" argument is numeric: smallint, integer and bigint columns and
-- literals reach it through PostgreSQL's implicit casts, in any mix, so no
-- call needs a cast and none is ambiguous (NULL and untyped literals too).
-- All functions are pure arithmetic: IMMUTABLE, STRICT, PARALLEL SAFE.
--

-- Coverage ------------------------------------------------------------------

CREATE FUNCTION @extschema@.coverage_ratio(covered numeric, population numeric)
RETURNS numeric
AS 'MODULE_PATHNAME', 'jamsostek_coverage_ratio'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.coverage_ratio(numeric, numeric) IS
'Coverage ratio covered / population (731991 of 2700000 is 0.2711...); NULL when population is 0; counts must not be negative';

CREATE FUNCTION @extschema@.coverage_pct(covered numeric, population numeric,
                                         digits integer DEFAULT 2)
RETURNS numeric
AS 'MODULE_PATHNAME', 'jamsostek_coverage_pct'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.coverage_pct(numeric, numeric, integer) IS
'Coverage in percent, 100 * covered / population rounded half away from zero to digits (default 2) decimals, exactly; NULL when population is 0';

-- Growth --------------------------------------------------------------------

CREATE FUNCTION @extschema@.growth_rate(current numeric, previous numeric)
RETURNS numeric
AS 'MODULE_PATHNAME', 'jamsostek_growth_rate'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.growth_rate(numeric, numeric) IS
'Relative growth current / previous - 1 (212266 -> 261814 is 0.2334...); NULL when previous is 0';

CREATE FUNCTION @extschema@.growth_pct(current numeric, previous numeric,
                                       digits integer DEFAULT 2)
RETURNS numeric
AS 'MODULE_PATHNAME', 'jamsostek_growth_pct'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.growth_pct(numeric, numeric, integer) IS
'Relative growth in percent, 100 * (current / previous - 1) rounded half away from zero to digits (default 2) decimals; NULL when previous is 0';

CREATE FUNCTION @extschema@.pp_change(ratio_now numeric, ratio_before numeric)
RETURNS numeric
AS 'MODULE_PATHNAME', 'jamsostek_pp_change'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.pp_change(numeric, numeric) IS
'Change between two ratios in percentage points, 100 * (ratio_now - ratio_before): 0.30 -> 0.33 is 3 pp';

CREATE FUNCTION @extschema@.cagr(first numeric, last numeric, years numeric)
RETURNS numeric
AS 'MODULE_PATHNAME', 'jamsostek_cagr'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.cagr(numeric, numeric, numeric) IS
'Compound annual growth rate (last / first)^(1 / years) - 1, to 20 decimals; NULL when first is 0; years must be greater than 0';

CREATE FUNCTION @extschema@.required_growth(current numeric, target numeric, years numeric)
RETURNS numeric
AS 'MODULE_PATHNAME', 'jamsostek_required_growth'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.required_growth(numeric, numeric, numeric) IS
'Yearly growth rate that takes current to target in years, (target / current)^(1 / years) - 1, to 20 decimals; NULL when current is 0';

CREATE FUNCTION @extschema@.years_to_target(current numeric, target numeric, annual_growth numeric)
RETURNS numeric
AS 'MODULE_PATHNAME', 'jamsostek_years_to_target'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.years_to_target(numeric, numeric, numeric) IS
'Years until current reaches target growing by annual_growth (0.05 = 5%) a year, to 20 decimals; 0 when already there; NULL when it never will';

-- Targets -------------------------------------------------------------------

CREATE FUNCTION @extschema@.target_attainment(actual numeric, target numeric)
RETURNS numeric
AS 'MODULE_PATHNAME', 'jamsostek_target_attainment'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.target_attainment(numeric, numeric) IS
'Share of a target attained, actual / target (20797 of 23000 is 0.9042...); NULL when target is 0';

CREATE FUNCTION @extschema@.target_shortfall(actual numeric, target numeric)
RETURNS numeric
AS 'MODULE_PATHNAME', 'jamsostek_target_shortfall'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.target_shortfall(numeric, numeric) IS
'How far actual is below target, greatest(target - actual, 0)';

CREATE FUNCTION @extschema@.coverage_shortfall(covered numeric, population numeric,
                                               target_ratio numeric)
RETURNS numeric
AS 'MODULE_PATHNAME', 'jamsostek_coverage_shortfall'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.coverage_shortfall(numeric, numeric, numeric) IS
'Workers still to enrol: the smallest whole n >= 0 with (covered + n) / population >= target_ratio (0.55 for 55%); NULL when population is 0';

-- Coverage summaries and aggregates ------------------------------------------

CREATE TYPE @extschema@.coverage_summary;

CREATE FUNCTION @extschema@.coverage_summary_in(cstring) RETURNS @extschema@.coverage_summary
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.coverage_summary_out(@extschema@.coverage_summary) RETURNS cstring
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.coverage_summary_recv(internal) RETURNS @extschema@.coverage_summary
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.coverage_summary_send(@extschema@.coverage_summary) RETURNS bytea
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.coverage_summary (
    INPUT = @extschema@.coverage_summary_in,
    OUTPUT = @extschema@.coverage_summary_out,
    RECEIVE = @extschema@.coverage_summary_recv,
    SEND = @extschema@.coverage_summary_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = double,
    STORAGE = main
);

COMMENT ON TYPE @extschema@.coverage_summary IS
'Parts of a pooled coverage ratio (sum of covered, sum of population, rows) that roll up exactly; text form (v1,covered:731991,population:2732330,rows:1)';

CREATE FUNCTION @extschema@.coverage_summary_trans_int2(@extschema@.coverage_summary, smallint, smallint)
RETURNS @extschema@.coverage_summary
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.coverage_summary_inv_int2(@extschema@.coverage_summary, smallint, smallint)
RETURNS @extschema@.coverage_summary
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.coverage_summary_trans_int4(@extschema@.coverage_summary, integer, integer)
RETURNS @extschema@.coverage_summary
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.coverage_summary_inv_int4(@extschema@.coverage_summary, integer, integer)
RETURNS @extschema@.coverage_summary
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.coverage_summary_trans_int8(@extschema@.coverage_summary, bigint, bigint)
RETURNS @extschema@.coverage_summary
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.coverage_summary_inv_int8(@extschema@.coverage_summary, bigint, bigint)
RETURNS @extschema@.coverage_summary
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.coverage_summary_trans_numeric(@extschema@.coverage_summary, numeric, numeric)
RETURNS @extschema@.coverage_summary
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.coverage_summary_inv_numeric(@extschema@.coverage_summary, numeric, numeric)
RETURNS @extschema@.coverage_summary
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.coverage_summary_combine(@extschema@.coverage_summary, @extschema@.coverage_summary)
RETURNS @extschema@.coverage_summary
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.coverage_summary_uncombine(@extschema@.coverage_summary, @extschema@.coverage_summary)
RETURNS @extschema@.coverage_summary
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- Accessors (also the aggregates' final functions).
CREATE FUNCTION @extschema@.coverage_ratio(s @extschema@.coverage_summary) RETURNS numeric
AS 'MODULE_PATHNAME', 'coverage_summary_ratio' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.coverage_ratio(@extschema@.coverage_summary) IS
'Pooled coverage ratio of a summary, sum(covered) / sum(population); NULL for an empty summary or zero population';

CREATE FUNCTION @extschema@.coverage_pct(s @extschema@.coverage_summary, digits integer DEFAULT 2) RETURNS numeric
AS 'MODULE_PATHNAME', 'coverage_summary_pct' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.coverage_pct(@extschema@.coverage_summary, integer) IS
'Pooled coverage of a summary in percent, rounded half away from zero to digits (default 2)';

CREATE FUNCTION @extschema@.coverage_shortfall(s @extschema@.coverage_summary, target_ratio numeric) RETURNS numeric
AS 'MODULE_PATHNAME', 'coverage_summary_shortfall' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.coverage_shortfall(@extschema@.coverage_summary, numeric) IS
'Workers still to enrol for the pooled group to reach target_ratio (surpluses offset deficits; shortfall_agg does not let them)';

CREATE FUNCTION @extschema@.covered(s @extschema@.coverage_summary) RETURNS numeric
AS 'MODULE_PATHNAME', 'coverage_summary_covered' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.covered(@extschema@.coverage_summary) IS
'Sum of covered over the rows of a summary';

CREATE FUNCTION @extschema@.population(s @extschema@.coverage_summary) RETURNS numeric
AS 'MODULE_PATHNAME', 'coverage_summary_population' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.population(@extschema@.coverage_summary) IS
'Sum of population over the rows of a summary';

CREATE FUNCTION @extschema@.summary_rows(s @extschema@.coverage_summary) RETURNS bigint
AS 'MODULE_PATHNAME', 'coverage_summary_rows' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.summary_rows(@extschema@.coverage_summary) IS
'Number of rows (with both covered and population present) behind a summary';

CREATE AGGREGATE @extschema@.coverage_agg(covered smallint, population smallint) (
    SFUNC = @extschema@.coverage_summary_trans_int2,
    STYPE = @extschema@.coverage_summary,
    INITCOND = '(v1,covered:0,population:0,rows:0)',
    COMBINEFUNC = @extschema@.coverage_summary_combine,
    FINALFUNC = @extschema@.coverage_ratio, MFINALFUNC = @extschema@.coverage_ratio,
    MSFUNC = @extschema@.coverage_summary_trans_int2,
    MINVFUNC = @extschema@.coverage_summary_inv_int2,
    MSTYPE = @extschema@.coverage_summary,
    MINITCOND = '(v1,covered:0,population:0,rows:0)',
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.coverage_agg(smallint, smallint) IS
'Pooled coverage ratio sum(covered) / sum(population) over the rows where both are present (ILO method, SDG 1.3.1); NULL when there are none or the population sums to 0';

CREATE AGGREGATE @extschema@.coverage_summary(covered smallint, population smallint) (
    SFUNC = @extschema@.coverage_summary_trans_int2,
    STYPE = @extschema@.coverage_summary,
    INITCOND = '(v1,covered:0,population:0,rows:0)',
    COMBINEFUNC = @extschema@.coverage_summary_combine,
    MSFUNC = @extschema@.coverage_summary_trans_int2,
    MINVFUNC = @extschema@.coverage_summary_inv_int2,
    MSTYPE = @extschema@.coverage_summary,
    MINITCOND = '(v1,covered:0,population:0,rows:0)',
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.coverage_summary(smallint, smallint) IS
'Summary of covered and population that rolls up exactly: coverage_ratio(rollup(s)) equals coverage_agg over the same rows';

CREATE AGGREGATE @extschema@.coverage_agg(covered integer, population integer) (
    SFUNC = @extschema@.coverage_summary_trans_int4,
    STYPE = @extschema@.coverage_summary,
    INITCOND = '(v1,covered:0,population:0,rows:0)',
    COMBINEFUNC = @extschema@.coverage_summary_combine,
    FINALFUNC = @extschema@.coverage_ratio, MFINALFUNC = @extschema@.coverage_ratio,
    MSFUNC = @extschema@.coverage_summary_trans_int4,
    MINVFUNC = @extschema@.coverage_summary_inv_int4,
    MSTYPE = @extschema@.coverage_summary,
    MINITCOND = '(v1,covered:0,population:0,rows:0)',
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.coverage_agg(integer, integer) IS
'Pooled coverage ratio sum(covered) / sum(population) over the rows where both are present (ILO method, SDG 1.3.1); NULL when there are none or the population sums to 0';

CREATE AGGREGATE @extschema@.coverage_summary(covered integer, population integer) (
    SFUNC = @extschema@.coverage_summary_trans_int4,
    STYPE = @extschema@.coverage_summary,
    INITCOND = '(v1,covered:0,population:0,rows:0)',
    COMBINEFUNC = @extschema@.coverage_summary_combine,
    MSFUNC = @extschema@.coverage_summary_trans_int4,
    MINVFUNC = @extschema@.coverage_summary_inv_int4,
    MSTYPE = @extschema@.coverage_summary,
    MINITCOND = '(v1,covered:0,population:0,rows:0)',
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.coverage_summary(integer, integer) IS
'Summary of covered and population that rolls up exactly: coverage_ratio(rollup(s)) equals coverage_agg over the same rows';

CREATE AGGREGATE @extschema@.coverage_agg(covered bigint, population bigint) (
    SFUNC = @extschema@.coverage_summary_trans_int8,
    STYPE = @extschema@.coverage_summary,
    INITCOND = '(v1,covered:0,population:0,rows:0)',
    COMBINEFUNC = @extschema@.coverage_summary_combine,
    FINALFUNC = @extschema@.coverage_ratio, MFINALFUNC = @extschema@.coverage_ratio,
    MSFUNC = @extschema@.coverage_summary_trans_int8,
    MINVFUNC = @extschema@.coverage_summary_inv_int8,
    MSTYPE = @extschema@.coverage_summary,
    MINITCOND = '(v1,covered:0,population:0,rows:0)',
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.coverage_agg(bigint, bigint) IS
'Pooled coverage ratio sum(covered) / sum(population) over the rows where both are present (ILO method, SDG 1.3.1); NULL when there are none or the population sums to 0';

CREATE AGGREGATE @extschema@.coverage_summary(covered bigint, population bigint) (
    SFUNC = @extschema@.coverage_summary_trans_int8,
    STYPE = @extschema@.coverage_summary,
    INITCOND = '(v1,covered:0,population:0,rows:0)',
    COMBINEFUNC = @extschema@.coverage_summary_combine,
    MSFUNC = @extschema@.coverage_summary_trans_int8,
    MINVFUNC = @extschema@.coverage_summary_inv_int8,
    MSTYPE = @extschema@.coverage_summary,
    MINITCOND = '(v1,covered:0,population:0,rows:0)',
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.coverage_summary(bigint, bigint) IS
'Summary of covered and population that rolls up exactly: coverage_ratio(rollup(s)) equals coverage_agg over the same rows';

CREATE AGGREGATE @extschema@.coverage_agg(covered numeric, population numeric) (
    SFUNC = @extschema@.coverage_summary_trans_numeric,
    STYPE = @extschema@.coverage_summary,
    INITCOND = '(v1,covered:0,population:0,rows:0)',
    COMBINEFUNC = @extschema@.coverage_summary_combine,
    FINALFUNC = @extschema@.coverage_ratio, MFINALFUNC = @extschema@.coverage_ratio,
    MSFUNC = @extschema@.coverage_summary_trans_numeric,
    MINVFUNC = @extschema@.coverage_summary_inv_numeric,
    MSTYPE = @extschema@.coverage_summary,
    MINITCOND = '(v1,covered:0,population:0,rows:0)',
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.coverage_agg(numeric, numeric) IS
'Pooled coverage ratio sum(covered) / sum(population) over the rows where both are present (ILO method, SDG 1.3.1); NULL when there are none or the population sums to 0';

CREATE AGGREGATE @extschema@.coverage_summary(covered numeric, population numeric) (
    SFUNC = @extschema@.coverage_summary_trans_numeric,
    STYPE = @extschema@.coverage_summary,
    INITCOND = '(v1,covered:0,population:0,rows:0)',
    COMBINEFUNC = @extschema@.coverage_summary_combine,
    MSFUNC = @extschema@.coverage_summary_trans_numeric,
    MINVFUNC = @extschema@.coverage_summary_inv_numeric,
    MSTYPE = @extschema@.coverage_summary,
    MINITCOND = '(v1,covered:0,population:0,rows:0)',
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.coverage_summary(numeric, numeric) IS
'Summary of covered and population that rolls up exactly: coverage_ratio(rollup(s)) equals coverage_agg over the same rows';

CREATE AGGREGATE @extschema@.rollup(@extschema@.coverage_summary) (
    SFUNC = @extschema@.coverage_summary_combine,
    STYPE = @extschema@.coverage_summary,
    INITCOND = '(v1,covered:0,population:0,rows:0)',
    COMBINEFUNC = @extschema@.coverage_summary_combine,
    MSFUNC = @extschema@.coverage_summary_combine,
    MINVFUNC = @extschema@.coverage_summary_uncombine,
    MSTYPE = @extschema@.coverage_summary,
    MINITCOND = '(v1,covered:0,population:0,rows:0)',
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rollup(@extschema@.coverage_summary) IS
'Combine coverage summaries (district to province, month to year): exact, the same as summarising the underlying rows';

-- Mean of per-row ratios and summed shortfall -------------------------------
-- Their per-row figure goes to PostgreSQL's own exact numeric sum/avg
-- machinery, whose combine, serialize and deserialize functions they reuse.

CREATE FUNCTION @extschema@.coverage_mean_trans(internal, numeric, numeric) RETURNS internal
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.coverage_mean_inv(internal, numeric, numeric) RETURNS internal
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE AGGREGATE @extschema@.coverage_mean_agg(covered numeric, population numeric) (
    SFUNC = @extschema@.coverage_mean_trans,
    STYPE = internal,
    SSPACE = 128,
    FINALFUNC = pg_catalog.numeric_avg,
    COMBINEFUNC = pg_catalog.numeric_avg_combine,
    SERIALFUNC = pg_catalog.numeric_avg_serialize,
    DESERIALFUNC = pg_catalog.numeric_avg_deserialize,
    MSFUNC = @extschema@.coverage_mean_trans,
    MINVFUNC = @extschema@.coverage_mean_inv,
    MSTYPE = internal,
    MSSPACE = 128,
    MFINALFUNC = pg_catalog.numeric_avg,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.coverage_mean_agg(numeric, numeric) IS
'Plain mean of the per-row coverage ratios (rows with NULL or zero population skipped); not the pooled ratio, see coverage_agg';

CREATE FUNCTION @extschema@.shortfall_trans(internal, numeric, numeric, numeric) RETURNS internal
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.shortfall_inv(internal, numeric, numeric, numeric) RETURNS internal
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE AGGREGATE @extschema@.shortfall_agg(covered numeric, population numeric, target_ratio numeric) (
    SFUNC = @extschema@.shortfall_trans,
    STYPE = internal,
    SSPACE = 128,
    FINALFUNC = pg_catalog.numeric_sum,
    COMBINEFUNC = pg_catalog.numeric_avg_combine,
    SERIALFUNC = pg_catalog.numeric_avg_serialize,
    DESERIALFUNC = pg_catalog.numeric_avg_deserialize,
    MSFUNC = @extschema@.shortfall_trans,
    MINVFUNC = @extschema@.shortfall_inv,
    MSTYPE = internal,
    MSSPACE = 128,
    MFINALFUNC = pg_catalog.numeric_sum,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.shortfall_agg(numeric, numeric, numeric) IS
'Sum of each row''s coverage_shortfall: workers still to enrol, where regions above target do not offset regions below it';

-- Growth summaries and aggregates --------------------------------------------

CREATE TYPE @extschema@.growth_summary;

CREATE FUNCTION @extschema@.growth_summary_in(cstring) RETURNS @extschema@.growth_summary
AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.growth_summary_out(@extschema@.growth_summary) RETURNS cstring
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.growth_summary_recv(internal) RETURNS @extschema@.growth_summary
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.growth_summary_send(@extschema@.growth_summary) RETURNS bytea
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.growth_summary (
    INPUT = @extschema@.growth_summary_in,
    OUTPUT = @extschema@.growth_summary_out,
    RECEIVE = @extschema@.growth_summary_recv,
    SEND = @extschema@.growth_summary_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = double,
    STORAGE = main
);

COMMENT ON TYPE @extschema@.growth_summary IS
'First and last period of a group with their totals, combinable exactly; text form (v1,period:year,first:2023,first_total:212266,last:2024,last_total:261814,rows:2)';

CREATE FUNCTION @extschema@.growth_summary_combine(@extschema@.growth_summary, @extschema@.growth_summary)
RETURNS @extschema@.growth_summary
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.growth_rate(s @extschema@.growth_summary) RETURNS numeric
AS 'MODULE_PATHNAME', 'growth_summary_rate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.growth_rate(@extschema@.growth_summary) IS
'Growth of the total from the first to the last period of a summary, last_total / first_total - 1; NULL with fewer than two periods or a zero first total';

CREATE FUNCTION @extschema@.growth_pct(s @extschema@.growth_summary, digits integer DEFAULT 2) RETURNS numeric
AS 'MODULE_PATHNAME', 'growth_summary_pct' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.growth_pct(@extschema@.growth_summary, integer) IS
'growth_rate of a summary in percent, rounded half away from zero to digits (default 2)';

CREATE FUNCTION @extschema@.cagr(s @extschema@.growth_summary) RETURNS numeric
AS 'MODULE_PATHNAME', 'growth_summary_cagr' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cagr(@extschema@.growth_summary) IS
'Compound annual growth between the first and last period of a summary (integer periods are years; dates and timestamps: days / 365.25)';

CREATE FUNCTION @extschema@.growth_summary_trans_int2_year(@extschema@.growth_summary, smallint, integer)
RETURNS @extschema@.growth_summary
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.growth_summary_trans_int2_date(@extschema@.growth_summary, smallint, date)
RETURNS @extschema@.growth_summary
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.growth_summary_trans_int2_ts(@extschema@.growth_summary, smallint, timestamp)
RETURNS @extschema@.growth_summary
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.growth_summary_trans_int2_tstz(@extschema@.growth_summary, smallint, timestamptz)
RETURNS @extschema@.growth_summary
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.growth_summary_trans_int4_year(@extschema@.growth_summary, integer, integer)
RETURNS @extschema@.growth_summary
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.growth_summary_trans_int4_date(@extschema@.growth_summary, integer, date)
RETURNS @extschema@.growth_summary
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.growth_summary_trans_int4_ts(@extschema@.growth_summary, integer, timestamp)
RETURNS @extschema@.growth_summary
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.growth_summary_trans_int4_tstz(@extschema@.growth_summary, integer, timestamptz)
RETURNS @extschema@.growth_summary
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.growth_summary_trans_int8_year(@extschema@.growth_summary, bigint, integer)
RETURNS @extschema@.growth_summary
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.growth_summary_trans_int8_date(@extschema@.growth_summary, bigint, date)
RETURNS @extschema@.growth_summary
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.growth_summary_trans_int8_ts(@extschema@.growth_summary, bigint, timestamp)
RETURNS @extschema@.growth_summary
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.growth_summary_trans_int8_tstz(@extschema@.growth_summary, bigint, timestamptz)
RETURNS @extschema@.growth_summary
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.growth_summary_trans_numeric_year(@extschema@.growth_summary, numeric, integer)
RETURNS @extschema@.growth_summary
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.growth_summary_trans_numeric_date(@extschema@.growth_summary, numeric, date)
RETURNS @extschema@.growth_summary
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.growth_summary_trans_numeric_ts(@extschema@.growth_summary, numeric, timestamp)
RETURNS @extschema@.growth_summary
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.growth_summary_trans_numeric_tstz(@extschema@.growth_summary, numeric, timestamptz)
RETURNS @extschema@.growth_summary
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE AGGREGATE @extschema@.growth_agg(value smallint, period integer) (
    SFUNC = @extschema@.growth_summary_trans_int2_year,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    FINALFUNC = @extschema@.growth_rate,
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.growth_agg(smallint, integer) IS
'Growth of the group total from its earliest to its latest period, rows sharing a period summed; NULL with fewer than two periods or a zero first total';
CREATE AGGREGATE @extschema@.cagr_agg(value smallint, period integer) (
    SFUNC = @extschema@.growth_summary_trans_int2_year,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    FINALFUNC = @extschema@.cagr,
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cagr_agg(smallint, integer) IS
'Compound annual growth of the group total between its earliest and latest period (integer periods are years; dates and timestamps: days / 365.25)';
CREATE AGGREGATE @extschema@.growth_summary(value smallint, period integer) (
    SFUNC = @extschema@.growth_summary_trans_int2_year,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.growth_summary(smallint, integer) IS
'First and last period of the group with their totals, for rollup(), growth_rate(), growth_pct() and cagr()';
CREATE AGGREGATE @extschema@.growth_agg(value smallint, period date) (
    SFUNC = @extschema@.growth_summary_trans_int2_date,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    FINALFUNC = @extschema@.growth_rate,
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.growth_agg(smallint, date) IS
'Growth of the group total from its earliest to its latest period, rows sharing a period summed; NULL with fewer than two periods or a zero first total';
CREATE AGGREGATE @extschema@.cagr_agg(value smallint, period date) (
    SFUNC = @extschema@.growth_summary_trans_int2_date,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    FINALFUNC = @extschema@.cagr,
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cagr_agg(smallint, date) IS
'Compound annual growth of the group total between its earliest and latest period (integer periods are years; dates and timestamps: days / 365.25)';
CREATE AGGREGATE @extschema@.growth_summary(value smallint, period date) (
    SFUNC = @extschema@.growth_summary_trans_int2_date,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.growth_summary(smallint, date) IS
'First and last period of the group with their totals, for rollup(), growth_rate(), growth_pct() and cagr()';
CREATE AGGREGATE @extschema@.growth_agg(value smallint, period timestamp) (
    SFUNC = @extschema@.growth_summary_trans_int2_ts,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    FINALFUNC = @extschema@.growth_rate,
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.growth_agg(smallint, timestamp) IS
'Growth of the group total from its earliest to its latest period, rows sharing a period summed; NULL with fewer than two periods or a zero first total';
CREATE AGGREGATE @extschema@.cagr_agg(value smallint, period timestamp) (
    SFUNC = @extschema@.growth_summary_trans_int2_ts,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    FINALFUNC = @extschema@.cagr,
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cagr_agg(smallint, timestamp) IS
'Compound annual growth of the group total between its earliest and latest period (integer periods are years; dates and timestamps: days / 365.25)';
CREATE AGGREGATE @extschema@.growth_summary(value smallint, period timestamp) (
    SFUNC = @extschema@.growth_summary_trans_int2_ts,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.growth_summary(smallint, timestamp) IS
'First and last period of the group with their totals, for rollup(), growth_rate(), growth_pct() and cagr()';
CREATE AGGREGATE @extschema@.growth_agg(value smallint, period timestamptz) (
    SFUNC = @extschema@.growth_summary_trans_int2_tstz,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    FINALFUNC = @extschema@.growth_rate,
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.growth_agg(smallint, timestamptz) IS
'Growth of the group total from its earliest to its latest period, rows sharing a period summed; NULL with fewer than two periods or a zero first total';
CREATE AGGREGATE @extschema@.cagr_agg(value smallint, period timestamptz) (
    SFUNC = @extschema@.growth_summary_trans_int2_tstz,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    FINALFUNC = @extschema@.cagr,
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cagr_agg(smallint, timestamptz) IS
'Compound annual growth of the group total between its earliest and latest period (integer periods are years; dates and timestamps: days / 365.25)';
CREATE AGGREGATE @extschema@.growth_summary(value smallint, period timestamptz) (
    SFUNC = @extschema@.growth_summary_trans_int2_tstz,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.growth_summary(smallint, timestamptz) IS
'First and last period of the group with their totals, for rollup(), growth_rate(), growth_pct() and cagr()';
CREATE AGGREGATE @extschema@.growth_agg(value integer, period integer) (
    SFUNC = @extschema@.growth_summary_trans_int4_year,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    FINALFUNC = @extschema@.growth_rate,
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.growth_agg(integer, integer) IS
'Growth of the group total from its earliest to its latest period, rows sharing a period summed; NULL with fewer than two periods or a zero first total';
CREATE AGGREGATE @extschema@.cagr_agg(value integer, period integer) (
    SFUNC = @extschema@.growth_summary_trans_int4_year,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    FINALFUNC = @extschema@.cagr,
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cagr_agg(integer, integer) IS
'Compound annual growth of the group total between its earliest and latest period (integer periods are years; dates and timestamps: days / 365.25)';
CREATE AGGREGATE @extschema@.growth_summary(value integer, period integer) (
    SFUNC = @extschema@.growth_summary_trans_int4_year,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.growth_summary(integer, integer) IS
'First and last period of the group with their totals, for rollup(), growth_rate(), growth_pct() and cagr()';
CREATE AGGREGATE @extschema@.growth_agg(value integer, period date) (
    SFUNC = @extschema@.growth_summary_trans_int4_date,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    FINALFUNC = @extschema@.growth_rate,
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.growth_agg(integer, date) IS
'Growth of the group total from its earliest to its latest period, rows sharing a period summed; NULL with fewer than two periods or a zero first total';
CREATE AGGREGATE @extschema@.cagr_agg(value integer, period date) (
    SFUNC = @extschema@.growth_summary_trans_int4_date,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    FINALFUNC = @extschema@.cagr,
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cagr_agg(integer, date) IS
'Compound annual growth of the group total between its earliest and latest period (integer periods are years; dates and timestamps: days / 365.25)';
CREATE AGGREGATE @extschema@.growth_summary(value integer, period date) (
    SFUNC = @extschema@.growth_summary_trans_int4_date,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.growth_summary(integer, date) IS
'First and last period of the group with their totals, for rollup(), growth_rate(), growth_pct() and cagr()';
CREATE AGGREGATE @extschema@.growth_agg(value integer, period timestamp) (
    SFUNC = @extschema@.growth_summary_trans_int4_ts,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    FINALFUNC = @extschema@.growth_rate,
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.growth_agg(integer, timestamp) IS
'Growth of the group total from its earliest to its latest period, rows sharing a period summed; NULL with fewer than two periods or a zero first total';
CREATE AGGREGATE @extschema@.cagr_agg(value integer, period timestamp) (
    SFUNC = @extschema@.growth_summary_trans_int4_ts,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    FINALFUNC = @extschema@.cagr,
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cagr_agg(integer, timestamp) IS
'Compound annual growth of the group total between its earliest and latest period (integer periods are years; dates and timestamps: days / 365.25)';
CREATE AGGREGATE @extschema@.growth_summary(value integer, period timestamp) (
    SFUNC = @extschema@.growth_summary_trans_int4_ts,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.growth_summary(integer, timestamp) IS
'First and last period of the group with their totals, for rollup(), growth_rate(), growth_pct() and cagr()';
CREATE AGGREGATE @extschema@.growth_agg(value integer, period timestamptz) (
    SFUNC = @extschema@.growth_summary_trans_int4_tstz,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    FINALFUNC = @extschema@.growth_rate,
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.growth_agg(integer, timestamptz) IS
'Growth of the group total from its earliest to its latest period, rows sharing a period summed; NULL with fewer than two periods or a zero first total';
CREATE AGGREGATE @extschema@.cagr_agg(value integer, period timestamptz) (
    SFUNC = @extschema@.growth_summary_trans_int4_tstz,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    FINALFUNC = @extschema@.cagr,
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cagr_agg(integer, timestamptz) IS
'Compound annual growth of the group total between its earliest and latest period (integer periods are years; dates and timestamps: days / 365.25)';
CREATE AGGREGATE @extschema@.growth_summary(value integer, period timestamptz) (
    SFUNC = @extschema@.growth_summary_trans_int4_tstz,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.growth_summary(integer, timestamptz) IS
'First and last period of the group with their totals, for rollup(), growth_rate(), growth_pct() and cagr()';
CREATE AGGREGATE @extschema@.growth_agg(value bigint, period integer) (
    SFUNC = @extschema@.growth_summary_trans_int8_year,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    FINALFUNC = @extschema@.growth_rate,
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.growth_agg(bigint, integer) IS
'Growth of the group total from its earliest to its latest period, rows sharing a period summed; NULL with fewer than two periods or a zero first total';
CREATE AGGREGATE @extschema@.cagr_agg(value bigint, period integer) (
    SFUNC = @extschema@.growth_summary_trans_int8_year,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    FINALFUNC = @extschema@.cagr,
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cagr_agg(bigint, integer) IS
'Compound annual growth of the group total between its earliest and latest period (integer periods are years; dates and timestamps: days / 365.25)';
CREATE AGGREGATE @extschema@.growth_summary(value bigint, period integer) (
    SFUNC = @extschema@.growth_summary_trans_int8_year,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.growth_summary(bigint, integer) IS
'First and last period of the group with their totals, for rollup(), growth_rate(), growth_pct() and cagr()';
CREATE AGGREGATE @extschema@.growth_agg(value bigint, period date) (
    SFUNC = @extschema@.growth_summary_trans_int8_date,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    FINALFUNC = @extschema@.growth_rate,
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.growth_agg(bigint, date) IS
'Growth of the group total from its earliest to its latest period, rows sharing a period summed; NULL with fewer than two periods or a zero first total';
CREATE AGGREGATE @extschema@.cagr_agg(value bigint, period date) (
    SFUNC = @extschema@.growth_summary_trans_int8_date,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    FINALFUNC = @extschema@.cagr,
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cagr_agg(bigint, date) IS
'Compound annual growth of the group total between its earliest and latest period (integer periods are years; dates and timestamps: days / 365.25)';
CREATE AGGREGATE @extschema@.growth_summary(value bigint, period date) (
    SFUNC = @extschema@.growth_summary_trans_int8_date,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.growth_summary(bigint, date) IS
'First and last period of the group with their totals, for rollup(), growth_rate(), growth_pct() and cagr()';
CREATE AGGREGATE @extschema@.growth_agg(value bigint, period timestamp) (
    SFUNC = @extschema@.growth_summary_trans_int8_ts,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    FINALFUNC = @extschema@.growth_rate,
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.growth_agg(bigint, timestamp) IS
'Growth of the group total from its earliest to its latest period, rows sharing a period summed; NULL with fewer than two periods or a zero first total';
CREATE AGGREGATE @extschema@.cagr_agg(value bigint, period timestamp) (
    SFUNC = @extschema@.growth_summary_trans_int8_ts,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    FINALFUNC = @extschema@.cagr,
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cagr_agg(bigint, timestamp) IS
'Compound annual growth of the group total between its earliest and latest period (integer periods are years; dates and timestamps: days / 365.25)';
CREATE AGGREGATE @extschema@.growth_summary(value bigint, period timestamp) (
    SFUNC = @extschema@.growth_summary_trans_int8_ts,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.growth_summary(bigint, timestamp) IS
'First and last period of the group with their totals, for rollup(), growth_rate(), growth_pct() and cagr()';
CREATE AGGREGATE @extschema@.growth_agg(value bigint, period timestamptz) (
    SFUNC = @extschema@.growth_summary_trans_int8_tstz,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    FINALFUNC = @extschema@.growth_rate,
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.growth_agg(bigint, timestamptz) IS
'Growth of the group total from its earliest to its latest period, rows sharing a period summed; NULL with fewer than two periods or a zero first total';
CREATE AGGREGATE @extschema@.cagr_agg(value bigint, period timestamptz) (
    SFUNC = @extschema@.growth_summary_trans_int8_tstz,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    FINALFUNC = @extschema@.cagr,
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cagr_agg(bigint, timestamptz) IS
'Compound annual growth of the group total between its earliest and latest period (integer periods are years; dates and timestamps: days / 365.25)';
CREATE AGGREGATE @extschema@.growth_summary(value bigint, period timestamptz) (
    SFUNC = @extschema@.growth_summary_trans_int8_tstz,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.growth_summary(bigint, timestamptz) IS
'First and last period of the group with their totals, for rollup(), growth_rate(), growth_pct() and cagr()';
CREATE AGGREGATE @extschema@.growth_agg(value numeric, period integer) (
    SFUNC = @extschema@.growth_summary_trans_numeric_year,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    FINALFUNC = @extschema@.growth_rate,
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.growth_agg(numeric, integer) IS
'Growth of the group total from its earliest to its latest period, rows sharing a period summed; NULL with fewer than two periods or a zero first total';
CREATE AGGREGATE @extschema@.cagr_agg(value numeric, period integer) (
    SFUNC = @extschema@.growth_summary_trans_numeric_year,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    FINALFUNC = @extschema@.cagr,
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cagr_agg(numeric, integer) IS
'Compound annual growth of the group total between its earliest and latest period (integer periods are years; dates and timestamps: days / 365.25)';
CREATE AGGREGATE @extschema@.growth_summary(value numeric, period integer) (
    SFUNC = @extschema@.growth_summary_trans_numeric_year,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.growth_summary(numeric, integer) IS
'First and last period of the group with their totals, for rollup(), growth_rate(), growth_pct() and cagr()';
CREATE AGGREGATE @extschema@.growth_agg(value numeric, period date) (
    SFUNC = @extschema@.growth_summary_trans_numeric_date,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    FINALFUNC = @extschema@.growth_rate,
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.growth_agg(numeric, date) IS
'Growth of the group total from its earliest to its latest period, rows sharing a period summed; NULL with fewer than two periods or a zero first total';
CREATE AGGREGATE @extschema@.cagr_agg(value numeric, period date) (
    SFUNC = @extschema@.growth_summary_trans_numeric_date,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    FINALFUNC = @extschema@.cagr,
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cagr_agg(numeric, date) IS
'Compound annual growth of the group total between its earliest and latest period (integer periods are years; dates and timestamps: days / 365.25)';
CREATE AGGREGATE @extschema@.growth_summary(value numeric, period date) (
    SFUNC = @extschema@.growth_summary_trans_numeric_date,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.growth_summary(numeric, date) IS
'First and last period of the group with their totals, for rollup(), growth_rate(), growth_pct() and cagr()';
CREATE AGGREGATE @extschema@.growth_agg(value numeric, period timestamp) (
    SFUNC = @extschema@.growth_summary_trans_numeric_ts,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    FINALFUNC = @extschema@.growth_rate,
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.growth_agg(numeric, timestamp) IS
'Growth of the group total from its earliest to its latest period, rows sharing a period summed; NULL with fewer than two periods or a zero first total';
CREATE AGGREGATE @extschema@.cagr_agg(value numeric, period timestamp) (
    SFUNC = @extschema@.growth_summary_trans_numeric_ts,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    FINALFUNC = @extschema@.cagr,
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cagr_agg(numeric, timestamp) IS
'Compound annual growth of the group total between its earliest and latest period (integer periods are years; dates and timestamps: days / 365.25)';
CREATE AGGREGATE @extschema@.growth_summary(value numeric, period timestamp) (
    SFUNC = @extschema@.growth_summary_trans_numeric_ts,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.growth_summary(numeric, timestamp) IS
'First and last period of the group with their totals, for rollup(), growth_rate(), growth_pct() and cagr()';
CREATE AGGREGATE @extschema@.growth_agg(value numeric, period timestamptz) (
    SFUNC = @extschema@.growth_summary_trans_numeric_tstz,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    FINALFUNC = @extschema@.growth_rate,
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.growth_agg(numeric, timestamptz) IS
'Growth of the group total from its earliest to its latest period, rows sharing a period summed; NULL with fewer than two periods or a zero first total';
CREATE AGGREGATE @extschema@.cagr_agg(value numeric, period timestamptz) (
    SFUNC = @extschema@.growth_summary_trans_numeric_tstz,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    FINALFUNC = @extschema@.cagr,
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cagr_agg(numeric, timestamptz) IS
'Compound annual growth of the group total between its earliest and latest period (integer periods are years; dates and timestamps: days / 365.25)';
CREATE AGGREGATE @extschema@.growth_summary(value numeric, period timestamptz) (
    SFUNC = @extschema@.growth_summary_trans_numeric_tstz,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.growth_summary(numeric, timestamptz) IS
'First and last period of the group with their totals, for rollup(), growth_rate(), growth_pct() and cagr()';

CREATE AGGREGATE @extschema@.rollup(@extschema@.growth_summary) (
    SFUNC = @extschema@.growth_summary_combine,
    STYPE = @extschema@.growth_summary,
    INITCOND = '(v1,rows:0)',
    COMBINEFUNC = @extschema@.growth_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rollup(@extschema@.growth_summary) IS
'Combine growth summaries exactly: the earliest first period and the latest last period win, equal periods add';

-- Support functions: what each is for, so \df+ explains them too.
COMMENT ON FUNCTION @extschema@.coverage_summary_trans_int2(@extschema@.coverage_summary, smallint, smallint) IS 'internal: adds a row to a coverage_summary (transition of coverage_agg and coverage_summary)';
COMMENT ON FUNCTION @extschema@.coverage_summary_trans_int4(@extschema@.coverage_summary, integer, integer) IS 'internal: adds a row to a coverage_summary (transition of coverage_agg and coverage_summary)';
COMMENT ON FUNCTION @extschema@.coverage_summary_trans_int8(@extschema@.coverage_summary, bigint, bigint) IS 'internal: adds a row to a coverage_summary (transition of coverage_agg and coverage_summary)';
COMMENT ON FUNCTION @extschema@.coverage_summary_trans_numeric(@extschema@.coverage_summary, numeric, numeric) IS 'internal: adds a row to a coverage_summary (transition of coverage_agg and coverage_summary)';
COMMENT ON FUNCTION @extschema@.coverage_summary_inv_int2(@extschema@.coverage_summary, smallint, smallint) IS 'internal: removes a row from a coverage_summary (moving-window inverse)';
COMMENT ON FUNCTION @extschema@.coverage_summary_inv_int4(@extschema@.coverage_summary, integer, integer) IS 'internal: removes a row from a coverage_summary (moving-window inverse)';
COMMENT ON FUNCTION @extschema@.coverage_summary_inv_int8(@extschema@.coverage_summary, bigint, bigint) IS 'internal: removes a row from a coverage_summary (moving-window inverse)';
COMMENT ON FUNCTION @extschema@.coverage_summary_inv_numeric(@extschema@.coverage_summary, numeric, numeric) IS 'internal: removes a row from a coverage_summary (moving-window inverse)';
COMMENT ON FUNCTION @extschema@.coverage_summary_combine(@extschema@.coverage_summary, @extschema@.coverage_summary) IS 'internal: combines two coverage summaries (combine function, rollup transition)';
COMMENT ON FUNCTION @extschema@.coverage_summary_uncombine(@extschema@.coverage_summary, @extschema@.coverage_summary) IS 'internal: removes a coverage summary from another (rollup moving-window inverse)';
COMMENT ON FUNCTION @extschema@.growth_summary_combine(@extschema@.growth_summary, @extschema@.growth_summary) IS 'internal: combines two growth summaries (combine function, rollup transition)';
COMMENT ON FUNCTION @extschema@.coverage_mean_trans(internal, numeric, numeric) IS 'internal: transition of coverage_mean_agg';
COMMENT ON FUNCTION @extschema@.coverage_mean_inv(internal, numeric, numeric) IS 'internal: moving-window inverse of coverage_mean_agg';
COMMENT ON FUNCTION @extschema@.shortfall_trans(internal, numeric, numeric, numeric) IS 'internal: transition of shortfall_agg';
COMMENT ON FUNCTION @extschema@.shortfall_inv(internal, numeric, numeric, numeric) IS 'internal: moving-window inverse of shortfall_agg';
COMMENT ON FUNCTION @extschema@.growth_summary_trans_int2_year(@extschema@.growth_summary, smallint, integer) IS 'internal: adds a row to a growth_summary (transition of growth_agg, cagr_agg and growth_summary)';
COMMENT ON FUNCTION @extschema@.growth_summary_trans_int2_date(@extschema@.growth_summary, smallint, date) IS 'internal: adds a row to a growth_summary (transition of growth_agg, cagr_agg and growth_summary)';
COMMENT ON FUNCTION @extschema@.growth_summary_trans_int2_ts(@extschema@.growth_summary, smallint, timestamp) IS 'internal: adds a row to a growth_summary (transition of growth_agg, cagr_agg and growth_summary)';
COMMENT ON FUNCTION @extschema@.growth_summary_trans_int2_tstz(@extschema@.growth_summary, smallint, timestamptz) IS 'internal: adds a row to a growth_summary (transition of growth_agg, cagr_agg and growth_summary)';
COMMENT ON FUNCTION @extschema@.growth_summary_trans_int4_year(@extschema@.growth_summary, integer, integer) IS 'internal: adds a row to a growth_summary (transition of growth_agg, cagr_agg and growth_summary)';
COMMENT ON FUNCTION @extschema@.growth_summary_trans_int4_date(@extschema@.growth_summary, integer, date) IS 'internal: adds a row to a growth_summary (transition of growth_agg, cagr_agg and growth_summary)';
COMMENT ON FUNCTION @extschema@.growth_summary_trans_int4_ts(@extschema@.growth_summary, integer, timestamp) IS 'internal: adds a row to a growth_summary (transition of growth_agg, cagr_agg and growth_summary)';
COMMENT ON FUNCTION @extschema@.growth_summary_trans_int4_tstz(@extschema@.growth_summary, integer, timestamptz) IS 'internal: adds a row to a growth_summary (transition of growth_agg, cagr_agg and growth_summary)';
COMMENT ON FUNCTION @extschema@.growth_summary_trans_int8_year(@extschema@.growth_summary, bigint, integer) IS 'internal: adds a row to a growth_summary (transition of growth_agg, cagr_agg and growth_summary)';
COMMENT ON FUNCTION @extschema@.growth_summary_trans_int8_date(@extschema@.growth_summary, bigint, date) IS 'internal: adds a row to a growth_summary (transition of growth_agg, cagr_agg and growth_summary)';
COMMENT ON FUNCTION @extschema@.growth_summary_trans_int8_ts(@extschema@.growth_summary, bigint, timestamp) IS 'internal: adds a row to a growth_summary (transition of growth_agg, cagr_agg and growth_summary)';
COMMENT ON FUNCTION @extschema@.growth_summary_trans_int8_tstz(@extschema@.growth_summary, bigint, timestamptz) IS 'internal: adds a row to a growth_summary (transition of growth_agg, cagr_agg and growth_summary)';
COMMENT ON FUNCTION @extschema@.growth_summary_trans_numeric_year(@extschema@.growth_summary, numeric, integer) IS 'internal: adds a row to a growth_summary (transition of growth_agg, cagr_agg and growth_summary)';
COMMENT ON FUNCTION @extschema@.growth_summary_trans_numeric_date(@extschema@.growth_summary, numeric, date) IS 'internal: adds a row to a growth_summary (transition of growth_agg, cagr_agg and growth_summary)';
COMMENT ON FUNCTION @extschema@.growth_summary_trans_numeric_ts(@extschema@.growth_summary, numeric, timestamp) IS 'internal: adds a row to a growth_summary (transition of growth_agg, cagr_agg and growth_summary)';
COMMENT ON FUNCTION @extschema@.growth_summary_trans_numeric_tstz(@extschema@.growth_summary, numeric, timestamptz) IS 'internal: adds a row to a growth_summary (transition of growth_agg, cagr_agg and growth_summary)';

-- Province reference data ----------------------------------------------------
-- The 38 provinces (since 2022) from data/provinces.csv.  A view over a
-- VALUES list: read-only by construction, and its rows are part of the
-- extension's definition, so pg_dump of a database using the extension
-- dumps no copy of them.

CREATE VIEW @extschema@.jamsostek_province AS
SELECT bps_code, kemendagri_code, iso_3166_2, name, island_group
FROM (VALUES
        ('11', '11', 'ID-AC', 'Aceh', 'Sumatera'),
        ('12', '12', 'ID-SU', 'Sumatera Utara', 'Sumatera'),
        ('13', '13', 'ID-SB', 'Sumatera Barat', 'Sumatera'),
        ('14', '14', 'ID-RI', 'Riau', 'Sumatera'),
        ('15', '15', 'ID-JA', 'Jambi', 'Sumatera'),
        ('16', '16', 'ID-SS', 'Sumatera Selatan', 'Sumatera'),
        ('17', '17', 'ID-BE', 'Bengkulu', 'Sumatera'),
        ('18', '18', 'ID-LA', 'Lampung', 'Sumatera'),
        ('19', '19', 'ID-BB', 'Kepulauan Bangka Belitung', 'Sumatera'),
        ('21', '21', 'ID-KR', 'Kepulauan Riau', 'Sumatera'),
        ('31', '31', 'ID-JK', 'DKI Jakarta', 'Jawa'),
        ('32', '32', 'ID-JB', 'Jawa Barat', 'Jawa'),
        ('33', '33', 'ID-JT', 'Jawa Tengah', 'Jawa'),
        ('34', '34', 'ID-YO', 'DI Yogyakarta', 'Jawa'),
        ('35', '35', 'ID-JI', 'Jawa Timur', 'Jawa'),
        ('36', '36', 'ID-BT', 'Banten', 'Jawa'),
        ('51', '51', 'ID-BA', 'Bali', 'Bali dan Nusa Tenggara'),
        ('52', '52', 'ID-NB', 'Nusa Tenggara Barat', 'Bali dan Nusa Tenggara'),
        ('53', '53', 'ID-NT', 'Nusa Tenggara Timur', 'Bali dan Nusa Tenggara'),
        ('61', '61', 'ID-KB', 'Kalimantan Barat', 'Kalimantan'),
        ('62', '62', 'ID-KT', 'Kalimantan Tengah', 'Kalimantan'),
        ('63', '63', 'ID-KS', 'Kalimantan Selatan', 'Kalimantan'),
        ('64', '64', 'ID-KI', 'Kalimantan Timur', 'Kalimantan'),
        ('65', '65', 'ID-KU', 'Kalimantan Utara', 'Kalimantan'),
        ('71', '71', 'ID-SA', 'Sulawesi Utara', 'Sulawesi'),
        ('72', '72', 'ID-ST', 'Sulawesi Tengah', 'Sulawesi'),
        ('73', '73', 'ID-SN', 'Sulawesi Selatan', 'Sulawesi'),
        ('74', '74', 'ID-SG', 'Sulawesi Tenggara', 'Sulawesi'),
        ('75', '75', 'ID-GO', 'Gorontalo', 'Sulawesi'),
        ('76', '76', 'ID-SR', 'Sulawesi Barat', 'Sulawesi'),
        ('81', '81', 'ID-MA', 'Maluku', 'Maluku'),
        ('82', '82', 'ID-MU', 'Maluku Utara', 'Maluku'),
        ('94', '91', 'ID-PA', 'Papua', 'Papua'),
        ('91', '92', 'ID-PB', 'Papua Barat', 'Papua'),
        ('95', '93', 'ID-PS', 'Papua Selatan', 'Papua'),
        ('96', '94', 'ID-PT', 'Papua Tengah', 'Papua'),
        ('97', '95', 'ID-PE', 'Papua Pegunungan', 'Papua'),
        ('92', '96', 'ID-PD', 'Papua Barat Daya', 'Papua')
) AS p(bps_code, kemendagri_code, iso_3166_2, name, island_group);

COMMENT ON VIEW @extschema@.jamsostek_province IS
'Indonesia''s 38 provinces: BPS and Kemendagri codes (they differ only for the six Papua provinces), ISO 3166-2 code for BI map charts, name, BPS island group';

GRANT SELECT ON @extschema@.jamsostek_province TO PUBLIC;

-- Patched for security in 0.4 (a released script edited, as PostgreSQL
-- patched its contrib scripts for CVE-2022-2625): PL/pgSQL plans its
-- statements with the caller's search_path, so a plain "=" here could be
-- a look-alike operator from a schema the caller puts before pg_catalog.
-- The extension is trusted, so a database owner can still install 0.1 or
-- 0.2; every operator is pg_catalog's, named so, as 0.3 wrote it.
CREATE FUNCTION @extschema@.province_row(code text, system text)
RETURNS @extschema@.jamsostek_province
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
AS $$
DECLARE
    r @extschema@.jamsostek_province;
BEGIN
    IF system OPERATOR(pg_catalog.=) 'bps' THEN
        SELECT * INTO r FROM @extschema@.jamsostek_province p
        WHERE p.bps_code OPERATOR(pg_catalog.=) code;
    ELSIF system OPERATOR(pg_catalog.=) 'kemendagri' THEN
        SELECT * INTO r FROM @extschema@.jamsostek_province p
        WHERE p.kemendagri_code OPERATOR(pg_catalog.=) code;
    ELSE
        RAISE EXCEPTION 'unknown province code system: "%"', system
            USING ERRCODE = '22023', HINT = 'Use ''bps'' or ''kemendagri''.';
    END IF;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown % province code: "%"', system, code
            USING ERRCODE = '22023',
                  HINT = 'Province codes are two digits, such as 17 for Bengkulu; the Papua provinces differ between the bps and kemendagri systems.';
    END IF;
    RETURN r;
END
$$;

COMMENT ON FUNCTION @extschema@.province_row(text, text) IS
'internal: the jamsostek_province row of a code in the bps or kemendagri system, or an error naming the unknown code';

CREATE FUNCTION @extschema@.province_name(code text, system text DEFAULT 'bps')
RETURNS text
LANGUAGE sql STABLE STRICT PARALLEL SAFE
RETURN (@extschema@.province_row(code, system)).name;

COMMENT ON FUNCTION @extschema@.province_name(text, text) IS
'Province name of a BPS (default) or Kemendagri (system => ''kemendagri'') code: province_name(''17'') is Bengkulu';

CREATE FUNCTION @extschema@.province_iso(code text, system text DEFAULT 'bps')
RETURNS text
LANGUAGE sql STABLE STRICT PARALLEL SAFE
RETURN (@extschema@.province_row(code, system)).iso_3166_2;

COMMENT ON FUNCTION @extschema@.province_iso(text, text) IS
'ISO 3166-2 code of a BPS (default) or Kemendagri province code, as BI map charts key on: province_iso(''17'') is ID-BE';

-- Indonesian figures ----------------------------------------------------------

CREATE FUNCTION @extschema@.parse_id_number(text) RETURNS numeric
AS 'MODULE_PATHNAME', 'jamsostek_parse_id_number' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.parse_id_number(text) IS
'The value of a number written the Indonesian way: ''731.991'' is 731991, ''2,7 juta'' 2700000, ''Rp 541,5 miliar'' 541500000000; 22P02 on anything else';

CREATE FUNCTION @extschema@.parse_id_percent(text) RETURNS numeric
AS 'MODULE_PATHNAME', 'jamsostek_parse_id_percent' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.parse_id_percent(text) IS
'A percentage written the Indonesian way, as a ratio: ''26,79 persen'' is 0.2679, ''41.84 %'' 0.4184; 22P02 on anything else';

CREATE FUNCTION @extschema@.try_parse_id_number(text) RETURNS numeric
AS 'MODULE_PATHNAME', 'jamsostek_try_parse_id_number' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.try_parse_id_number(text) IS
'parse_id_number, but NULL instead of an error: for cleaning whole columns';

CREATE FUNCTION @extschema@.try_parse_id_percent(text) RETURNS numeric
AS 'MODULE_PATHNAME', 'jamsostek_try_parse_id_percent' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.try_parse_id_percent(text) IS
'parse_id_percent, but NULL instead of an error: for cleaning whole columns';

CREATE FUNCTION @extschema@.format_id_number(value numeric, digits integer DEFAULT 0) RETURNS text
AS 'MODULE_PATHNAME', 'jamsostek_format_id_number' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.format_id_number(numeric, integer) IS
'A number as Indonesian reports print it, rounded to digits (default 0): 731991 is ''731.991'', (26.7932, 2) is ''26,79''';

CREATE FUNCTION @extschema@.format_rupiah(amount numeric, style text DEFAULT 'full') RETURNS text
AS 'MODULE_PATHNAME', 'jamsostek_format_rupiah' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.format_rupiah(numeric, text) IS
'A rupiah amount: style ''full'' is ''Rp541.500.000.000'', ''short'' is ''Rp541,5 miliar'' (ribu, juta, miliar, triliun; one decimal unless more keep it within 0,05%)';
