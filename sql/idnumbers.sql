--
-- idnumbers: reading and writing Indonesian figures.
--
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS jamsostek;

-- The seed articles' own wording.  Each value by hand: '.' + three digits
-- separates thousands; ',' is the decimal comma; scale words multiply.
SELECT s, parse_id_number(s) FROM (VALUES
  ('731.991'),                 -- 731991
  ('731.991 pekerja'),         -- 731991, unit word ignored
  ('2,7 juta'),                -- 2.7 * 10^6 = 2700000
  ('2,7 juta orang'),          -- 2700000
  ('Rp 541,5 miliar'),         -- 541.5 * 10^9 = 541500000000
  ('Rp537 juta'),              -- 537 * 10^6 = 537000000
  ('Rp3,159 miliar'),          -- 3.159 * 10^9 = 3159000000 (',' is decimal)
  ('Rp 1.4 miliar'),           -- '.' + one digit is a decimal point: 1400000000
  ('Rp 1.67 miliar'),          -- 1670000000
  ('Rp 5,38 miliar'),          -- 5380000000
  ('1,3 juta lebih'),          -- 1300000
  ('900 ribu lebih pekerja'),  -- 900000
  ('sekitar 580 ribu orang'),  -- 580000
  ('38.352 klaim'),            -- 38352
  ('142.786 tenaga kerja'),    -- 142786 ("tenaga kerja", workers, is a unit too)
  ('20.134 klaim'),            -- 20134
  ('sekitar 2.840'),           -- 2840
  ('5 M'),                     -- M is miliar: 5000000000
  ('1 T'),                     -- 10^12
  ('12 rb'),                   -- 12000
  ('3,5 jt.'),                 -- 3500000
  ('2 milyar'),                -- 2000000000
  ('1,25 trilyun'),            -- 1250000000000
  ('± 39 ribu'),               -- 39000
  ('kurang lebih 14.700'),     -- 14700
  ('IDR 1.234.567,89'),        -- both marks: the last (',') is decimal: 1234567.89
  ('1,234.5'),                 -- both marks: the last ('.') is decimal: 1234.5
  ('RP541,5 MILIAR'),          -- any letter case
  ('-1.234'),                  -- -1234
  ('Rp-5.000'),                -- -5000
  ('0,0005 ribu')              -- 0.5
) v(s);

-- Percentages as ratios: 26,79 / 100 = 0.2679; 41.84 / 100 = 0.4184 ('.' +
-- two digits is a decimal point); 23 / 100 = 0.23; 10.04 / 100 = 0.1004;
-- 69 / 100 = 0.69; a bare number is read as a percentage too.
SELECT s, parse_id_percent(s) FROM (VALUES
  ('26,79 persen'), ('41.84 %'), ('23%'), ('10.04%'), ('69 %'), ('sekitar 44 persen'),
  ('8%'), ('55 PERSEN'), ('30')
) v(s);

-- Bad input: 22P02, the input quoted, the offending part pointed at.
\pset tuples_only on
\pset format unaligned
SELECT regress_err(format('SELECT parse_id_number(%L)', s)) FROM (VALUES
  (''), ('abc'), ('12,3,4'), ('1.234.5'), ('1000.000'), ('12.'), ('5 meter'),
  ('26,79 persen'), ('41.84 %'), ('Rp'), ('2,7 juta juta'), ('1.23.456')
) v(s);
SELECT regress_err(format('SELECT parse_id_percent(%L)', s)) FROM (VALUES
  ('26,79 persen poin'), ('Rp 5'), ('2,7 juta'), ('x%')
) v(s);
\pset tuples_only off
\pset format aligned

-- try_ forms: NULL instead of an error, for cleaning a whole column.
-- '731.991' is 731991 as a number; as a percentage one '.' and three digits
-- could be 731,991 % or 731991 %, so it is refused: NULL (parser_edges.sql).
SELECT s, try_parse_id_number(s), try_parse_id_percent(s) FROM (VALUES
  ('731.991'), ('2,7 juta'), ('26,79 persen'), ('n/a'), ('')
) v(s);

-- Formatting: 731991 -> '731.991'; 26.7932 at 2 digits -> '26,79';
-- -1234567.891 at 2 -> '-1.234.567,89'; 0.5 at 1 -> '0,5'; 999.5 at 0 rounds
-- half away from zero to '1.000'; 1234 at -2 -> 1200 -> '1.200'.
SELECT format_id_number(731991), format_id_number(26.7932, 2),
       format_id_number(-1234567.891, 2), format_id_number(0.5, 1),
       format_id_number(999.5), format_id_number(1234, -2);

-- Rupiah: full rounds to whole rupiah; short picks ribu/juta/miliar/triliun
-- with one decimal unless more are needed to stay within 0,05 %:
-- 541,5 miliar exactly; 537 juta (no trailing ',0'); 3,159 miliar -> one
-- decimal 3,2 is 1,3 % off, two decimals 3,16 is 0,03 % off -> 'Rp3,16
-- miliar'; 999,96 juta -> 1000,0 juta -> 'Rp1 miliar'; 1,4 miliar negative;
-- 950 is below a ribu; 1234567890123 -> 1,2 (2,8 % off), 1,23 (0,37 %),
-- 1,235 (0,035 %) triliun.
SELECT format_rupiah(541500000000) AS full, format_rupiah(541500000000, 'short') AS short,
       format_rupiah(537000000, 'short') AS s537, format_rupiah(3159000000, 'short') AS s3159,
       format_rupiah(999960000, 'short') AS s999, format_rupiah(-1400000000, 'short') AS neg,
       format_rupiah(950, 'short') AS small, format_rupiah(1234567890123, 'short') AS t,
       format_rupiah(205000000000.4) AS rounded;
SELECT regress_err('SELECT format_rupiah(1, ''long'')'), regress_err('SELECT format_id_number(''NaN'')'),
       regress_err('SELECT format_id_number(1, 101)');

-- Round trip over 20000 generated values (large, small, negative, with and
-- without decimals) and every digits from 0 to 4:
-- parse_id_number(format_id_number(x, d)) = round(x, d).
SELECT count(*) AS cases,
       count(*) FILTER (WHERE parse_id_number(format_id_number(x, d)) <> round(x, d)) AS mismatches
FROM (SELECT ((i * 7919) % 1000003 - 500000)::numeric * power(10::numeric, (i % 13) - 6)
             + (i % 7)::numeric / 1000 AS x
      FROM generate_series(1, 4000) i) g,
     generate_series(0, 4) d;
-- And short rupiah text parses back within 0,05 % of the amount.
SELECT count(*) AS cases,
       count(*) FILTER (WHERE abs(parse_id_number(format_rupiah(a, 'short')) - a) > a * 0.0005) AS off
FROM (SELECT (i::numeric * 104729 * power(10::numeric, i % 10)) AS a FROM generate_series(1, 2000) i) g;
