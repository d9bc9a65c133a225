-- jamsostek 0.3 -> 0.4
--
-- 0.4 makes the extension trustworthy everywhere: PostgreSQL 15, 17 and 18,
-- the correctness fixes of the adversarial pass, one SQL surface that
-- untyped parameters resolve against, and the district and consistency
-- functions.  Each part has a section of its own below.

\echo Use "ALTER EXTENSION jamsostek UPDATE TO '0.4'" to load this file. \quit

-- ==== Correctness under hostile and unusual input (issue #14) ====
--
-- No SQL objects change: the fixes are in the library (out-of-line numerics,
-- the summaries' one invariant check, row-count overflow, sums without
-- trailing zeros, years_to_target at small rates, coverage_pct near
-- numeric's limit).  A summary stored by 0.3 with NaN or infinite sums
-- (only binary input could make one) still reads and prints as before;
-- find such rows with  WHERE s::text ~ '(NaN|Infinity)'  before dumping
-- the table, as their text cannot be read back.
