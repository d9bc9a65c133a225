--
-- errors: every bad input gets SQLSTATE 22023 with the argument's name and
-- value in the message.
--
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS jamsostek;

-- regress_err() comes from the install test.
\pset tuples_only on
\pset format unaligned

-- Negative counts, in every count argument of every function.
SELECT regress_err('SELECT coverage_ratio(-1, 10)');
SELECT regress_err('SELECT coverage_ratio(1, -10)');
SELECT regress_err('SELECT coverage_pct(-0.5, 10)');
SELECT regress_err('SELECT growth_rate(-5, 10)');
SELECT regress_err('SELECT growth_pct(5, -10)');
SELECT regress_err('SELECT pp_change(-0.1, 0.2)');
SELECT regress_err('SELECT pp_change(0.1, -0.2)');
SELECT regress_err('SELECT cagr(-1, 2, 1)');
SELECT regress_err('SELECT cagr(1, -2, 1)');
SELECT regress_err('SELECT required_growth(-1, 2, 1)');
SELECT regress_err('SELECT required_growth(1, -2, 1)');
SELECT regress_err('SELECT years_to_target(-1, 2, 0.1)');
SELECT regress_err('SELECT years_to_target(1, -2, 0.1)');
SELECT regress_err('SELECT target_attainment(-1, 2)');
SELECT regress_err('SELECT target_attainment(1, -2)');
SELECT regress_err('SELECT target_shortfall(-1, 2)');
SELECT regress_err('SELECT target_shortfall(1, -2)');
SELECT regress_err('SELECT coverage_shortfall(-1, 2, 0.5)');
SELECT regress_err('SELECT coverage_shortfall(1, -2, 0.5)');
-- The largest negative bigint is named exactly.
SELECT regress_err('SELECT coverage_ratio(-9223372036854775808, 1)');

-- target_ratio outside [0, 1], with the hint about 55 % = 0.55.
SELECT regress_err('SELECT coverage_shortfall(580000, 1300000, 55)');
SELECT regress_err('SELECT coverage_shortfall(580000, 1300000, -0.1)');
SELECT regress_err('SELECT coverage_shortfall(580000, 1300000, 1.0000001)');

-- years not greater than zero.
SELECT regress_err('SELECT cagr(1, 2, 0)');
SELECT regress_err('SELECT cagr(1, 2, -1)');
SELECT regress_err('SELECT required_growth(1, 2, 0)');

-- annual_growth of -100 % or less.
SELECT regress_err('SELECT years_to_target(1, 2, -1)');
SELECT regress_err('SELECT years_to_target(1, 2, -2.5)');

-- digits out of range.
SELECT regress_err('SELECT coverage_pct(1, 3, 101)');
SELECT regress_err('SELECT growth_pct(1, 3, -21)');

-- NaN and infinity, in every kind of argument.
SELECT regress_err('SELECT coverage_ratio(''NaN'', 1)');
SELECT regress_err('SELECT coverage_pct(1, ''Infinity'')');
SELECT regress_err('SELECT growth_rate(''-Infinity'', 1)');
SELECT regress_err('SELECT cagr(1, 2, ''NaN'')');
SELECT regress_err('SELECT cagr(1, 2, ''Infinity'')');
SELECT regress_err('SELECT coverage_shortfall(1, 2, ''NaN'')');
SELECT regress_err('SELECT years_to_target(1, 2, ''Infinity'')');
SELECT regress_err('SELECT pp_change(''NaN'', 0.5)');

-- Results beyond numeric's range are PostgreSQL's own 22003 error, not a
-- wrong number: 1 -> 10^100 in 0.001 years is 10^100000 a year.
SELECT regress_err('SELECT cagr(1, 1e100, 0.001)');
