-- jamsostek 0.3 -> 0.4
--
-- 0.4 makes the extension trustworthy everywhere: PostgreSQL 15, 17 and 18,
-- the correctness fixes of the adversarial pass, one SQL surface that
-- untyped parameters resolve against, and the district and consistency
-- functions.  Each part has a section of its own below.

\echo Use "ALTER EXTENSION jamsostek UPDATE TO '0.4'" to load this file. \quit
