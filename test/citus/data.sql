-- test/citus/data.sql: the rows test/citus/run distributes, run on the coordinator.
--
-- 38 provinces x 4 districts x 24 months = 3.648 rows, the same in a local
-- table (cov_local) and a table distributed by district (cov_dist).  The
-- values come from the row number, not random(), so every run has the same
-- rows.  Among them, chosen by the row number:
--   NULL counts (id % 11, id % 13), zero populations and counts (id % 17,
--   id % 19), NULL periods (id % 23), counts at the bigint, integer and
--   smallint limits (id % 29, id % 31), 40-digit numerics (id % 37),
--   NULL targets (id % 41), numeric fractions everywhere else;
-- and per-row summaries (cs, gs_*) for the rollup() aggregates.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;

CREATE TABLE cov_local (
    id          bigint PRIMARY KEY,
    district    text NOT NULL,      -- BPS regency code: province code and two digits
    province    text NOT NULL,      -- BPS province code
    month       date,
    yr          integer,
    ts          timestamp,
    tstz        timestamptz,
    c2          smallint,
    p2          smallint,
    c4          integer,
    p4          integer,
    c8          bigint,
    p8          bigint,
    cn          numeric,
    pn          numeric,
    target      numeric,
    figure      text,               -- an amount written the Indonesian way
    cs          coverage_summary,
    gs_year     growth_summary,
    gs_date     growth_summary,
    gs_ts       growth_summary,
    gs_tstz     growth_summary
);

WITH base AS (
    SELECT row_number() OVER (ORDER BY p.bps_code, d, m) AS id,
           p.bps_code AS province, p.bps_code || lpad(d::text, 2, '0') AS district,
           (date '2023-01-01' + make_interval(months => m))::date AS month, m
    FROM jamsostek_province p, generate_series(1, 4) d, generate_series(0, 23) m
), h AS (
    SELECT b.*, (b.id * 7919 + 13) % 10007 AS h FROM base b
), v AS (
    SELECT h.*,
           -- a population (at most 31.018) and a covered count of at most 96 % of it
           CASE WHEN id % 17 = 0 THEN 0 ELSE 1000 + h * 3 END AS pop,
           CASE WHEN id % 17 = 0 OR id % 19 = 0 THEN 0 ELSE (1000 + h * 3) * (h % 97) / 100 END AS cov
    FROM h
)
INSERT INTO cov_local (id, district, province, month, yr, ts, tstz,
                       c2, p2, c4, p4, c8, p8, cn, pn, target, figure)
SELECT id, district, province,
       CASE WHEN id % 23 = 0 THEN NULL ELSE month END,
       CASE WHEN id % 23 = 0 THEN NULL ELSE 2019 + (m * 5 + id) % 7 END,
       CASE WHEN id % 23 = 0 THEN NULL ELSE month + make_interval(secs => h * 7.25) END,
       CASE WHEN id % 23 = 0 THEN NULL
            ELSE (month + make_interval(mins => h::integer)) AT TIME ZONE 'Asia/Jayapura' END,
       CASE WHEN id % 11 = 0 THEN NULL WHEN id % 31 = 0 THEN 32767 - h ELSE cov END,
       CASE WHEN id % 13 = 0 THEN NULL WHEN id % 31 = 0 THEN 32767 ELSE pop END,
       CASE WHEN id % 11 = 0 THEN NULL WHEN id % 31 = 0 THEN 2147483647 - h ELSE cov * 1000 END,
       CASE WHEN id % 13 = 0 THEN NULL WHEN id % 31 = 0 THEN 2147483647 ELSE pop * 1000 END,
       CASE WHEN id % 11 = 0 THEN NULL WHEN id % 29 = 0 THEN 9223372036854775807 - h * 1000003 ELSE cov * 1000003 END,
       CASE WHEN id % 13 = 0 THEN NULL WHEN id % 29 = 0 THEN 9223372036854775807 ELSE pop * 1000003 END,
       CASE WHEN id % 11 = 0 THEN NULL
            WHEN id % 37 = 0 THEN 1234567890123456789012345678901234567.125 + h
            ELSE cov + (h % 1000) * 0.001 + 0.0005 * (h % 3) END,
       CASE WHEN id % 13 = 0 THEN NULL
            WHEN id % 37 = 0 THEN 9234567890123456789012345678901234567.5
            WHEN pop = 0 THEN 0
            ELSE pop + 0.999 END,
       CASE WHEN id % 41 = 0 THEN NULL ELSE 0.40 + (h % 50) * 0.01 END,
       format_rupiah(cov * 1000003::numeric, CASE WHEN id % 2 = 0 THEN 'short' ELSE 'full' END)
FROM v;

-- one-row summaries, for rollup(): aggregated per id, so NULL rows give the
-- empty summary, as they would in a real summary table
UPDATE cov_local l
SET cs = s.cs, gs_year = s.gy, gs_date = s.gd, gs_ts = s.gt, gs_tstz = s.gz
FROM (SELECT id, coverage_summary(cn, pn) AS cs, growth_summary(cn, yr) AS gy,
             growth_summary(c8, month) AS gd, growth_summary(c4, ts) AS gt,
             growth_summary(c2, tstz) AS gz
      FROM cov_local GROUP BY id) s
WHERE s.id = l.id;

CREATE TABLE cov_dist (LIKE cov_local);
SELECT create_distributed_table('cov_dist', 'district');
INSERT INTO cov_dist SELECT * FROM cov_local;
ANALYZE cov_local, cov_dist;
