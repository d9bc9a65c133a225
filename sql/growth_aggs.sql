--
-- growth_aggs: growth_agg, cagr_agg, growth_summary and rollup(growth_summary)
-- over every period type.
--
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS jamsostek;

-- Bengkulu (seeds/001): 212.266 active in Dec 2023; in Dec 2024 three
-- segment rows sharing the period, 142786 + 82900 + 36128 = 261814.
CREATE TEMP TABLE active (region text, segment text, value integer, d date);
INSERT INTO active VALUES
  ('Bengkulu', 'all', 212266, '2023-12-31'),
  ('Bengkulu', 'PU', 142786, '2024-12-31'),
  ('Bengkulu', 'BPU', 82900, '2024-12-31'),
  ('Bengkulu', 'Jakon', 36128, '2024-12-31'),
  ('Lampung', 'all', 731991, '2023-12-31'),
  ('Lampung', 'all', 900000, '2024-12-31'),
  ('Situbondo', 'all', 20797, '2023-12-31'),
  ('Jambi', 'all', NULL, '2024-12-31'),
  ('Jambi', 'all', 580000, NULL);

-- Integer years: (261814 - 212266) / 212266 = 0.23342409995006265723, and
-- over one year the CAGR is the same.  Lampung: 900000 / 731991 - 1 =
-- 168009 / 731991 = 0.22952331381123538404.  Situbondo has one period and
-- Jambi none with both parts: NULL.
SELECT region, growth_agg(value, extract(year FROM d)::int) AS growth,
       cagr_agg(value, extract(year FROM d)::int) AS cagr,
       growth_summary(value, extract(year FROM d)::int) AS summary
FROM active GROUP BY region ORDER BY region;

-- Dates: 2023-12-31 -> 2024-12-31 is 366 days = 366 / 365.25 =
-- 1.0020533881 years, so the CAGR is 1.23342409995^(1 / 1.00205338809) - 1
-- = 0.232893957505892256443... (bc -l: e(l(261814/212266)/(366/365.25))-1).
SELECT growth_agg(value, d), cagr_agg(value, d), growth_summary(value, d)
FROM active WHERE region = 'Bengkulu';
-- Timestamps and timestamptz give the same (midnight to midnight).
SELECT cagr_agg(value, d::timestamp) = cagr_agg(value, d) AS ts_same,
       cagr_agg(value, d::timestamptz) = cagr_agg(value, d) AS tstz_same,
       growth_summary(value, d::timestamp) AS ts_summary
FROM active WHERE region = 'Bengkulu';
-- timestamptz text is UTC whatever the session's time zone.
SET TimeZone = 'Asia/Jakarta';
SELECT growth_summary(value, d::timestamptz) FROM active WHERE region = 'Bengkulu';
RESET TimeZone;

-- Value types: smallint, bigint and numeric; fractions stay exact:
-- (1.5 + 1.5) / 2.5 - 1 = 0.2.
SELECT growth_agg(v::smallint, y), growth_agg(v::bigint, y), growth_agg(v::numeric, y)
FROM (VALUES (10, 2020), (15, 2022)) t(v, y);   -- 15 / 10 - 1 = 0.5
SELECT growth_agg(v, y), growth_summary(v, y)
FROM (VALUES (2.5, 2020), (1.5, 2021), (1.5, 2021)) t(v, y);
-- Integer periods are years: 100 -> 121 over 2 years is 10 % a year.
SELECT cagr_agg(v, y) FROM (VALUES (100, 2020), (121, 2022)) t(v, y);
-- A zero first total: NULL.  A fall to zero: -1.
SELECT growth_agg(v, y) IS NULL AS from_zero FROM (VALUES (0, 2020), (5, 2021)) t(v, y);
SELECT growth_agg(v, y) FROM (VALUES (5, 2020), (0, 2021)) t(v, y);

-- Out-of-order input and middle periods: only the first and last count:
-- 2021 total 30, 2023 total 45 (2022 ignored): 45 / 30 - 1 = 0.5.
SELECT growth_agg(v, y), growth_summary(v, y)
FROM (VALUES (40, 2023), (999, 2022), (10, 2021), (20, 2021), (5, 2023)) t(v, y);

-- Summaries roll up exactly: per-segment summaries to the region.
SELECT growth_summary_rate(rollup(s)), growth_summary_pct(rollup(s)), growth_summary_pct(rollup(s), 4), growth_summary_cagr(rollup(s)),
       rollup(s)
FROM (SELECT segment, growth_summary(value, extract(year FROM d)::int) AS s
      FROM active WHERE region = 'Bengkulu' GROUP BY segment) x;
-- Combining summaries of different period types is an error.
SELECT rollup(s) FROM (VALUES ('(v1,period:year,first:2023,first_total:1,last:2023,last_total:1,rows:1)'::growth_summary),
                              ('(v1,period:date,first:2023-12-31,first_total:1,last:2023-12-31,last_total:1,rows:1)'::growth_summary)) v(s);

-- Equivalent plain SQL on generated data: per-period totals, then first and
-- last period per group.  Every group agrees.
CREATE TEMP TABLE g AS
SELECT r AS district, 2015 + (i % 10) AS y, (r * 37 + i * 11) % 1000 AS v
FROM generate_series(1, 50) r, generate_series(1, 40) i;
WITH totals AS (SELECT district, y, sum(v) AS t FROM g GROUP BY district, y),
     ends AS (SELECT DISTINCT district,
                     first_value(t) OVER (PARTITION BY district ORDER BY y) AS f,
                     last_value(t) OVER (PARTITION BY district ORDER BY y
                                         ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS l
              FROM totals)
SELECT count(*) AS districts,
       count(*) FILTER (WHERE ours IS DISTINCT FROM l::numeric / nullif(f, 0) - 1) AS mismatches
FROM ends JOIN (SELECT district, growth_agg(v, y) AS ours FROM g GROUP BY district) o USING (district);

-- Bad input.
SELECT growth_agg(v, y) FROM (VALUES (-1, 2020)) t(v, y);
SELECT growth_agg(v, d) FROM (VALUES (1, 'infinity'::date)) t(v, d);
