--
-- parser_edges: the Indonesian parsers and formatters under hostile and
-- unusual input (issue #14, part B).  Each block is a class of defect 0.3
-- had; every expectation is worked out by hand beside it.
--
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS jamsostek;

-- 1. A first group of 0 is never a thousands group.  0.3 read '0.123' as
-- 123 ('.' + three digits = thousands).  "0.ddd" with one '.' is the
-- decimal; any other grouping that starts with 0 is an error.
SELECT s, parse_id_number(s) FROM (VALUES
  ('0.123'),          -- 0.123 (0.3: 123)
  ('0.001 juta'),     -- 0.001 * 10^6 = 1000 (0.3: 1 * 10^6 = 1000000)
  ('-0.250 ribu'),    -- -0.250 * 10^3 = -250
  ('Rp 0.750 miliar'),-- 0.750 * 10^9 = 750000000
  ('0.000'),          -- 0.000 (scale 3 kept, as numeric_in keeps it)
  ('0.5'),            -- '.' + one digit: a decimal point, as before: 0.5
  ('0,123'),          -- decimal comma: 0.123, as before
  ('007'),            -- leading zeros of an ungrouped number: 7, as before
  ('1.234'),          -- still thousands: 1234
  ('100.000'),        -- 100000
  ('1.250 juta'),     -- still thousands before a scale word: 1250 * 10^6 = 1250000000
  ('Rp3.061 triliun') -- 3061 * 10^12 = 3061000000000000 (how budgets are printed)
) v(s);
-- percent: '0.050%' is 0.050 / 100 = 0.00050 (0.3: 50 / 100 = 0.50)
SELECT parse_id_percent('0.050%') AS p0050, parse_id_percent('0.125 persen') AS p0125;
--          0.00050 (0.050 / 100),                  0.00125 (0.125 / 100)
\pset tuples_only on
\pset format unaligned
-- Refused, each with the same message and hint: a group of 0 or with a
-- leading 0 before a thousands separator, with one or more dots, and with
-- both marks in either order.  (In a percentage, '00.500 %', the lone '.'
-- and three digits are refused first, as in block 2.)
SELECT regress_err(format('SELECT parse_id_number(%L)', s)) FROM (VALUES
  ('00.123'), ('01.234'), ('0.123.456'), ('012.345.678'), ('0.123,5'), ('0,123.5'), ('-0.001.000 juta')
) v(s);
SELECT regress_err($$SELECT parse_id_percent('00.500 %')$$);
\pset tuples_only off
\pset format aligned

-- 2. A percentage's lone '.' + three digits is ambiguous.  0.3 read
-- '41.840 %' as 41840 % = 418.40; a writer of '41.84 %' may mean 41.840 %.
\pset tuples_only on
\pset format unaligned
SELECT regress_err(format('SELECT parse_id_percent(%L)', s)) FROM (VALUES
  ('41.840 %'), ('1.250 persen'), ('41.840')
) v(s);
\pset tuples_only off
\pset format aligned
-- Unambiguous percentages are read as before: 41.84 / 100 = 0.4184;
-- 41,840 / 100 = 0.41840; two dots are thousands: 1234567 / 100 = 12345.67;
-- both marks: 1250,5 / 100 = 12.505; an integer: 1250 / 100 = 12.50.
SELECT parse_id_percent('41.84 %') AS a, parse_id_percent('41,840 %') AS b,
       parse_id_percent('1.234.567 %') AS c, parse_id_percent('1.250,5 %') AS d,
       parse_id_percent('1250%') AS e;
-- The number parser keeps its reading of '41.840': 41840.
SELECT parse_id_number('41.840') AS n;

-- 3. The try_ forms never raise.  0.3 raised 22003 for a fraction beyond
-- numeric's 16383 decimals and could not allocate for a 540 MB text.  A
-- value has at most 1000 digits before and 1000 after the point (numeric's
-- largest display scale); beyond that it is not a number, so NULL here and
-- 22P02 from the plain forms.
SELECT try_parse_id_number('0,' || repeat('1', 16384)) IS NULL AS frac16384,   -- t (0.3: 22003)
       try_parse_id_percent('0,' || repeat('1', 16382)) IS NULL AS pct16382,  -- t: 16382 + 2 decimals (0.3: 22003)
       scale(parse_id_number('0,' || repeat('1', 1000))) AS s1000,           -- 1000 decimals: accepted
       try_parse_id_number('0,' || repeat('1', 1001)) IS NULL AS frac1001,    -- t: 1001 > 1000
       scale(parse_id_percent('0,' || repeat('1', 998))) AS p998,            -- 998 + 2 = 1000: accepted
       try_parse_id_percent('0,' || repeat('1', 999)) IS NULL AS p999;        -- t: 999 + 2 = 1001
-- Magnitudes: 1000 nines is 10^1000 - 1; 1001 digits is too many; a scale
-- word counts: '1' + 987 zeros + triliun is 10^987 * 10^12 = 10^999 (1000
-- digits), with 988 zeros it is 10^1000 (1001 digits); 1011 zeros and a 1
-- after the comma, triliun, is 10^-1012 * 10^12 = 10^-1000 (1000 decimals),
-- with 1012 zeros it would need 1001.  Leading zeros do not count.
SELECT parse_id_number(repeat('9', 1000)) = 10::numeric ^ 1000 - 1 AS nines1000,             -- t
       try_parse_id_number(repeat('9', 1001)) IS NULL AS nines1001,                            -- t
       parse_id_number('1' || repeat('0', 987) || ' triliun') = 10::numeric ^ 999 AS t999,     -- t
       try_parse_id_number('1' || repeat('0', 988) || ' triliun') IS NULL AS t1000,            -- t
       parse_id_number('0,' || repeat('0', 1011) || '1 triliun') = 1e-1000 AS tiny,            -- t
       try_parse_id_number('0,' || repeat('0', 1012) || '1 triliun') IS NULL AS tinier,        -- t
       parse_id_number(repeat('0', 100000) || '5') AS zeros;                                   -- 5
-- A 540 MB cell (540000 times 1000 spaces, then '5'): 5, not "invalid
-- memory alloc request size" (0.3 asked for 2 * 540000001 + 32 bytes, more
-- than palloc's 1 GB).  Leading spaces are skipped: the value is 5.
SELECT try_parse_id_number(repeat(repeat(' ', 1000), 540000) || '5') AS huge;   -- 5
\pset tuples_only on
\pset format unaligned
-- The plain form says why (position: after '9' * 1001, char 1).
SELECT regress_err($$SELECT parse_id_number(repeat('9', 1001))$$);
\pset tuples_only off
\pset format aligned

-- 4. Error messages never cut a character.  0.3 quoted 12 bytes from the
-- error position: 'x' and 5 '×' (2 bytes each in UTF-8) are 11 bytes, the
-- 12th is half a '×', which a LATIN1 or SJIS client cannot receive (22021).
-- Now the quote stops at 11 bytes.  VERBOSITY sqlstate keeps the client's
-- bytes out of this file; the SQLSTATE must be ours, 22P02.
\set VERBOSITY sqlstate
SET client_encoding = 'LATIN1';
SELECT parse_id_number('5 x' || repeat(chr(215), 7));
SELECT parse_id_percent('x' || repeat(chr(215), 7));
SET client_encoding = 'SJIS';
SELECT parse_id_number('5 x' || repeat(chr(215), 7));
-- The whole input is quoted up to 200 bytes: '5 x' (3) + 98 '×' (196) = 199,
-- the next '×' would end at byte 201, so the quote stops at 199, then "...".
SELECT parse_id_number('5 x' || repeat(chr(215), 150));
RESET client_encoding;
\set VERBOSITY default
\pset tuples_only on
\pset format unaligned
-- The same in UTF-8, printed: the detail quotes 'x×××××...' (11 bytes).
SELECT regress_err($$SELECT parse_id_number('5 x' || repeat(chr(215), 7))$$);
-- The quoted input: 3 + 98 * 2 = 199 bytes, then '...'; 101 characters.
SELECT length(split_part(split_part(regress_err($$SELECT parse_id_number('5 x' || repeat(chr(215), 150))$$), '"', 2), '...', 1));
\pset tuples_only off
\pset format aligned

-- 5. format_rupiah: an amount shown as zero carries no sign (0.3: '-Rp0').
-- -0.4 rounds half away from zero to 0 -> 'Rp0' in both styles (short
-- falls back to full below 1 ribu); -0.5 rounds to -1 -> '-Rp1'; -999.4 ->
-- '-Rp999'; -0.0 -> 'Rp0'.  format_id_number rounds through numeric,
-- whose zero has no sign: -0.4 -> '0'; -0.004 at 2 -> '0,00'; -0.005 at 2
-- -> '-0,01'; -4 at -1 -> 0 -> '0'.
SELECT format_rupiah(-0.4) AS a, format_rupiah(-0.4, 'short') AS b, format_rupiah(-0.5) AS c,
       format_rupiah(-999.4, 'short') AS d, format_rupiah(-0.0) AS e,
       format_id_number(-0.4) AS f, format_id_number(-0.004, 2) AS g,
       format_id_number(-0.005, 2) AS h, format_id_number(-4, -1) AS i;
-- 'short' works wherever 'full' does (0.3: 22003 from dividing by 2000 at
-- 40 decimals, which scaled the amount up past numeric's range).
-- 10^131071: in triliun 10^131059, one decimal is exact: '1' and 131059
-- zeros = 131060 digits = 3 * 43686 + 2 (a first group '10', then 43686
-- dots), + 'Rp' + ' triliun' = 131060 + 43686 + 2 + 8 = 174756 characters;
-- 'full' is 131072 digits + 43690 dots + 2 = 174764.
SELECT length(format_rupiah(1e131071, 'short')) AS short_len, left(format_rupiah(1e131071, 'short'), 10) AS head,
       right(format_rupiah(1e131071, 'short'), 12) AS tail, length(format_rupiah(1e131071)) AS full_len;
-- The largest numeric integer, 131072 nines: in triliun 131060 nines and
-- .999999999999, to one decimal 10^131060 ('1' + 131060 zeros = 131061
-- digits, 131060 / 3 = 43686 dots): 131061 + 43686 + 10 = 174757; 'full'
-- is the integer itself: 131072 digits + 43690 dots + 2 = 174764.
SELECT length(format_rupiah(repeat('9', 131072)::numeric, 'short')) AS short_len,
       length(format_rupiah(repeat('9', 131072)::numeric)) AS full_len;
-- And short rupiah stays within 0,05 % where it worked before: 1234567890123
-- is 1.234567890123 triliun, 0,05 % of it 0.000617...; 1,23 is 0.00457 off
-- (too far), 1,235 is 0.000432 off -> 'Rp1,235 triliun'.
SELECT format_rupiah(1234567890123, 'short') AS t;
