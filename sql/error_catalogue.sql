--
-- error_catalogue: every error README's "Errors" catalogue lists, triggered
-- once each, in the catalogue's order (E01...).  regress_err() prints
-- SQLSTATE, message, detail and hint.
--
SET client_min_messages = warning;

-- Binary input arrives through COPY ... (FORMAT binary), the way a client
-- library or pg_restore would send it: regress_copy_binary(t, payload), from
-- install.sql, feeds one value to table t that way.
CREATE TEMP TABLE cs (s coverage_summary);
CREATE TEMP TABLE gs (g growth_summary);
-- the helper itself: a valid summary's own binary form goes in
SELECT regress_copy_binary('cs', coverage_summary_send('(v1,covered:5,population:8,rows:2)'));
SELECT regress_copy_binary('gs', growth_summary_send('(v1,period:date,first:2024-01-31,first_total:1,last:2025-01-31,last_total:3,rows:2)'));
SELECT regress_copy_binary('gs', growth_summary_send('(v1,rows:0)'));
SELECT s::text FROM cs;
SELECT g::text FROM gs ORDER BY 1;

-- E01 22023: a NaN or infinite argument
SELECT regress_err($$SELECT coverage_pct(1, 'NaN')$$);
-- E02 22023: a negative count (numeric, integer and aggregate paths)
SELECT regress_err($$SELECT coverage_ratio(-10.5, 100)$$);
SELECT regress_err($$SELECT coverage_pct(c, p) FROM (VALUES (-3::int, 10::int)) v(c, p)$$);
SELECT regress_err($$SELECT growth_agg(v, y) FROM (VALUES (-7, 2024)) x(v, y)$$);
-- E03 22023: a target ratio outside [0, 1]
SELECT regress_err($$SELECT shortfall_agg(c, p, 55) FROM (VALUES (1, 2)) v(c, p)$$);
-- E04 22023: years not above zero
SELECT regress_err($$SELECT cagr(1, 2, 0)$$);
-- E05 22023: annual growth at or below -1
SELECT regress_err($$SELECT years_to_target(1, 2, -1)$$);
-- E06 22023: digits out of range
SELECT regress_err($$SELECT format_id_number(1, 101)$$);
-- E07 22023: removing more than a summary holds (the moving-window inverses, called by hand)
SELECT regress_err($$SELECT coverage_summary_uncombine('(v1,covered:1,population:2,rows:1)', '(v1,covered:5,population:8,rows:2)')$$);
SELECT regress_err($$SELECT coverage_summary_inv_int4('(v1,covered:0,population:0,rows:0)', 1, 2)$$);
-- E08 22023: rolling up growth summaries over different period types
SELECT regress_err($$SELECT rollup(g) FROM (VALUES ('(v1,period:year,first:2024,first_total:1,last:2024,last_total:1,rows:1)'::growth_summary),
                                                 ('(v1,period:date,first:2024-01-01,first_total:1,last:2024-01-01,last_total:1,rows:1)')) x(g)$$);
-- E09 22023: an infinite period
SELECT regress_err($$SELECT growth_agg(1, d) FROM (VALUES ('infinity'::date)) x(d)$$);
SELECT regress_err($$SELECT growth_agg(1, t) FROM (VALUES ('-infinity'::timestamptz)) x(t)$$);
-- E10 22023: an unknown rupiah style
SELECT regress_err($$SELECT format_rupiah(1000, 'long')$$);
-- E11 22023: an unknown province code system
SELECT regress_err($$SELECT province_name('17', 'iso')$$);
-- E12 22023: an unknown province code
SELECT regress_err($$SELECT province_name('99')$$);
-- E13 22P02: a number or percentage not written the Indonesian way
SELECT regress_err($$SELECT parse_id_number('2,7 jutaan')$$);
SELECT regress_err($$SELECT parse_id_percent('3 persen poin')$$);
-- ... a thousands group that starts with 0, a percentage's ambiguous '.',
-- more than 1000 digits: each with a hint of its own
SELECT regress_err($$SELECT parse_id_number('0.123.456')$$);
SELECT regress_err($$SELECT parse_id_percent('41.840 %')$$);
SELECT regress_err($$SELECT parse_id_number('0,' || repeat('1', 1001))$$);
-- E14 22P02: a summary's text form that is not one
SELECT regress_err($$SELECT '(v1,covered:1,population:2)'::coverage_summary$$);
SELECT regress_err($$SELECT '(v1,covered:3,population:2,rows:0)'::coverage_summary$$);
SELECT regress_err($$SELECT '(v1,period:year,first:2025,first_total:1,last:2024,last_total:1,rows:2)'::growth_summary$$);
-- ... a number numeric cannot hold (field and position, not a bare 22003), one row with two periods
SELECT regress_err($$SELECT '(v1,covered:1e200000,population:2,rows:1)'::coverage_summary$$);
SELECT regress_err($$SELECT '(v1,period:year,first:2024,first_total:1,last:2025,last_total:3,rows:1)'::growth_summary$$);
-- E15 22P03: a binary form of another version (version byte 2)
SELECT regress_copy_binary('cs', '\x02'::bytea);
SELECT regress_copy_binary('gs', '\x02'::bytea);
-- E16 22P03: a binary form that breaks the rules: rows = -1 (coverage); period kind 9 (growth)
SELECT regress_copy_binary('cs', '\x01ffffffffffffffff 00 0000000000000000 0000000000000000 00 0000000000000000 0000000000000000'::bytea);
SELECT regress_copy_binary('gs', '\x0109 0000000000000001 0000000000000000 0000000000000000 00 0000000000000000 0000000000000001 00 0000000000000000 0000000000000001'::bytea);
-- ... and a date period of 2^62 days, which no date is (found while writing this catalogue)
SELECT regress_copy_binary('gs', '\x0102 0000000000000001 4000000000000000 4000000000000000 00 0000000000000000 0000000000000001 00 0000000000000000 0000000000000001'::bytea);
-- ... and a NaN sum (numeric sign C000), which 0.3 stored (issue #14)
SELECT regress_copy_binary('cs', '\x01 0000000000000001 01 00000008 00000000c0000000 00 0000000000000000 0000000000000002'::bytea);
-- E17 22P03: a sum of unknown kind (7)
SELECT regress_copy_binary('cs', '\x01 0000000000000001 07'::bytea);
-- E18 22P03: a numeric sum longer than the data (1000 bytes announced)
SELECT regress_copy_binary('cs', '\x01 0000000000000001 01 000003e8'::bytea);
-- E19 22P03: bytes after a numeric sum (10 announced, numeric zero is 8)
SELECT regress_copy_binary('cs', '\x01 0000000000000001 01 0000000a 0000000000000000 0000'::bytea);
-- E11 and E12 also come from province_code (0.4), with the same words
SELECT regress_err($$SELECT province_code('17', 'bps', 'iso')$$);
SELECT regress_err($$SELECT province_code('93', 'bps', 'kemendagri')$$);
-- E20 22023: an unknown district code system
SELECT regress_err($$SELECT district_name('3512', 'BPS')$$);
-- E21 22023: an unknown district code (in that system; BPS 9999, Kemendagri 11.99)
SELECT regress_err($$SELECT district_name('9999')$$);
SELECT regress_err($$SELECT district_code('11.99', 'kemendagri', 'bps')$$);
-- E22 22023: digits NULL and a reported value written with more than 100 decimals
SELECT regress_err($$SELECT implied_population(1, ('0.' || repeat('0', 100) || '1')::numeric)$$);
-- E23 22003: an implied range with a member beyond int8range (10^20 at 1 %: up to 2 * 10^22)
SELECT regress_err($$SELECT implied_population(1e20, 1)$$);
-- E24 22003: a summary's row count past 2^63 - 1 (rollup, combine, transitions)
SELECT regress_err($$SELECT rollup(s) FROM (VALUES ('(v1,covered:1,population:2,rows:9223372036854775807)'::coverage_summary),
                                                 ('(v1,covered:0,population:0,rows:1)')) v(s)$$);
-- E25 22003: years_to_target at a growth rate too small to count the years to 20 decimals
SELECT regress_err($$SELECT years_to_target(1, 2, 1e-500)$$);
-- E26 22P03: a numeric sum whose own bytes are not a numeric (sign 0x1234)
SELECT regress_copy_binary('cs', '\x01 0000000000000001 01 00000008 0000000012340000 00 0000000000000000 0000000000000002'::bytea);
-- E27 22P03: bytes after the value
SELECT regress_copy_binary('cs', '\x01 0000000000000001 00 0000000000000000 0000000000000001 00 0000000000000000 0000000000000002 ff'::bytea);
-- P1 22003 (PostgreSQL's): a result beyond numeric's range
SELECT regress_err($$SELECT cagr(1, 1e100, 0.001)$$);
-- P2 08P01 (PostgreSQL's): a binary form cut short
SELECT regress_copy_binary('cs', '\x01 00000000'::bytea);
-- P3 42883 (PostgreSQL's): a float argument finds no function
SELECT regress_err($$SELECT coverage_ratio(1.5::float8, 2)$$);
-- (0.3's P4, 42725 "function coverage_pct(unknown, unknown) is not unique"
-- for untyped parameters, is gone in 0.4: the statement resolves; 3 / 8 =
-- 37.50 %.)
PREPARE p4 AS SELECT coverage_pct($1, $2);
EXECUTE p4(3, 8);
-- nothing bad got in
SELECT count(*) AS coverage_rows, (SELECT count(*) FROM gs) AS growth_rows FROM cs;
