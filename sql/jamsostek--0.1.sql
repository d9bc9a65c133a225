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
