-- jamsostek 0.3 -> 0.4
--
-- 0.4 makes the extension trustworthy everywhere: PostgreSQL 15, 17 and 18,
-- the correctness fixes of the adversarial pass, one SQL surface that
-- untyped parameters resolve against, and the district and consistency
-- functions.  Each part has a section of its own below.

\echo Use "ALTER EXTENSION jamsostek UPDATE TO '0.4'" to load this file. \quit

-- ==== Parser edges and safe installs (issue #14, part B) ====
--
-- No new objects: the parsers' rules changed in the C library (a first
-- group of 0 is never thousands, a percentage's lone '.' + three digits is
-- refused as ambiguous, at most 1000 digits each side of the point, so the
-- try_ forms never raise), and their descriptions say so.  The released
-- 0.1 script was patched for security (province_row's operators), so that
-- every version a database owner can install is safe; databases already
-- on 0.1 or 0.2 got the fix with 0.3.

COMMENT ON FUNCTION @extschema@.parse_id_number(text) IS
'The value of a number written the Indonesian way: ''731.991'' is 731991, ''2,7 juta'' 2700000, ''Rp 541,5 miliar'' 541500000000, ''0.123'' 0.123 (a first group of 0 is never thousands); 22P02 on anything else';
COMMENT ON FUNCTION @extschema@.parse_id_percent(text) IS
'A percentage written the Indonesian way, as a ratio: ''26,79 persen'' is 0.2679, ''41.84 %'' 0.4184; 22P02 on anything else, and on ''41.840 %'' (a decimal point or thousands?)';
COMMENT ON FUNCTION @extschema@.try_parse_id_number(text) IS
'parse_id_number, but NULL instead of an error, for any text: for cleaning whole columns';
COMMENT ON FUNCTION @extschema@.try_parse_id_percent(text) IS
'parse_id_percent, but NULL instead of an error, for any text: for cleaning whole columns';
