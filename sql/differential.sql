--
-- differential: every function and aggregate against the same answer
-- computed with plain SQL numeric arithmetic in the same query, over
-- generated rows (deterministic seed): small counts, counts near the bigint
-- limit, numerics of 40 digits, whole numerics with a scale, zeros, NULLs.
-- Numerics are compared as text, so value and display scale must both
-- agree.  Every count below is of mismatches and must be 0; the row counts
-- show the data is what the comment says.
--
SET client_min_messages = warning;
SELECT setseed(0.20251124);

CREATE TABLE d AS
SELECT id, kind, c, p,
       -- integer columns where the value fits them
       CASE WHEN c <= 2147483647 AND c = trunc(c) THEN c::int END AS c4,
       CASE WHEN p <= 2147483647 AND p = trunc(p) THEN p::int END AS p4,
       CASE WHEN c <= 9223372036854775807 AND c = trunc(c) THEN c::bigint END AS c8,
       CASE WHEN p <= 9223372036854775807 AND p = trunc(p) THEN p::bigint END AS p8,
       t, g, yr, dt, digits
FROM (
  SELECT id, id % 6 AS kind,
         CASE id % 6
           WHEN 0 THEN floor(random() * 1000000)::numeric                        -- district counts
           WHEN 1 THEN 9223372036854775807 - floor(random() * 1000000)::numeric   -- near the bigint limit
           WHEN 2 THEN floor(random() * 1e15)::numeric * 1e15                    -- 40 random digits
                       + floor(random() * 1e15)::numeric + round(random()::numeric, 10)
           WHEN 3 THEN floor(random() * 3)::numeric                              -- 0, 1, 2
           WHEN 4 THEN round(floor(random() * 50000000)::numeric, 3)             -- whole, scale 3
           ELSE CASE WHEN random() < 0.5 THEN NULL ELSE floor(random() * 100000)::numeric END
         END AS c,
         CASE id % 6
           WHEN 0 THEN floor(random() * 3000000)::numeric + 1
           WHEN 1 THEN 9223372036854775807 - floor(random() * 1000000)::numeric
           WHEN 2 THEN floor(random() * 1e15)::numeric * 1e15
                       + floor(random() * 1e15)::numeric + round(random()::numeric, 10) + 1
           WHEN 3 THEN floor(random() * 3)::numeric                              -- zero populations
           WHEN 4 THEN round(floor(random() * 90000000 + 1)::numeric, 3)
           ELSE CASE WHEN random() < 0.5 THEN NULL ELSE floor(random() * 200000)::numeric END
         END AS p,
         round(random()::numeric, 1 + (id % 4)) AS t,
         id % 37 AS g,
         2015 + (id % 11) AS yr,
         date '2015-01-01' + (id % 4000) AS dt,
         (ARRAY[0, 2, 4, 7, -1, -3, 20])[1 + id % 7] AS digits
  FROM generate_series(1, 6000) id) s;

-- kinds: 0 counts < 1e6 | 1 bigint limit - 1e6 .. limit, 19 digits | 2 30
-- integer digits + 10 decimals | 3 0..2 | 4 whole numerics, scale 3 | 5 half
-- NULL.  (Booleans, not counts, where the count is the generator's.)
SELECT kind, count(*), count(c8) = count(c) AS all_fit_bigint, count(c4) = count(c) AS all_fit_int,
       max(length(trunc(c)::text)) AS max_int_digits,
       CASE WHEN kind = 5 THEN count(c) BETWEEN 400 AND 600 ELSE count(c) = 1000 END AS nulls_as_planned
FROM d GROUP BY kind ORDER BY kind;

-- round_half_away(n / den, digits), exactly: the integer quotient of the
-- scaled operands, plus one when twice the remainder is at least the
-- divisor, then shifted back by 10^-digits.  Scaling by '1eK'::numeric is
-- exact, unlike power().
CREATE FUNCTION pg_temp.ref_div_round(n numeric, den numeric, digits int)
RETURNS numeric LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT CASE WHEN den = 0 THEN NULL ELSE
    round(sign(n) * sign(den)
          * (div(abs(n) * ('1e' || greatest(digits, 0))::numeric, abs(den) * ('1e' || greatest(-digits, 0))::numeric)
             + CASE WHEN 2 * mod(abs(n) * ('1e' || greatest(digits, 0))::numeric, abs(den) * ('1e' || greatest(-digits, 0))::numeric)
                         >= abs(den) * ('1e' || greatest(-digits, 0))::numeric THEN 1 ELSE 0 END)
          * ('1e' || -digits)::numeric,
          greatest(digits, 0)) END
$$;
-- the helper itself, by hand: 2/3 -> 0.67; 1/8 at 2 -> 0.13 (half away);
-- -1/8 -> -0.13; 15/1 at -1 -> 20; 0/5 at 2 -> 0.00
SELECT pg_temp.ref_div_round(2, 3, 2), pg_temp.ref_div_round(1, 8, 2), pg_temp.ref_div_round(-1, 8, 2),
       pg_temp.ref_div_round(15, 1, -1), pg_temp.ref_div_round(0, 5, 2);

-- Scalar functions, over numeric, bigint and integer columns (the integer
-- ones take the planner's int path, see fastpaths).
SELECT count(*) FILTER (WHERE coverage_ratio(c, p)::text IS DISTINCT FROM (c / nullif(p, 0))::text) AS ratio_num,
       count(*) FILTER (WHERE coverage_ratio(c8, p8)::text IS DISTINCT FROM (c8::numeric / nullif(p8, 0))::text) AS ratio_int8,
       count(*) FILTER (WHERE coverage_ratio(c4, p4)::text IS DISTINCT FROM (c4::numeric / nullif(p4, 0))::text) AS ratio_int4,
       count(*) FILTER (WHERE coverage_pct(c, p, digits)::text IS DISTINCT FROM pg_temp.ref_div_round(100 * c, p, digits)::text) AS pct_num,
       count(*) FILTER (WHERE coverage_pct(c8, p8, digits)::text IS DISTINCT FROM pg_temp.ref_div_round(100 * c8::numeric, p8, digits)::text) AS pct_int8,
       count(*) FILTER (WHERE coverage_pct(c4, p4)::text IS DISTINCT FROM pg_temp.ref_div_round(100 * c4::numeric, p4, 2)::text) AS pct_int4_default,
       -- greatest() skips NULLs, a STRICT function does not: test c first
       count(*) FILTER (WHERE coverage_shortfall(c, p, t)::text IS DISTINCT FROM
                              (CASE WHEN c IS NOT NULL AND p <> 0 THEN greatest(ceil(t * p - c), 0) END)::text) AS shortfall_num,
       count(*) FILTER (WHERE coverage_shortfall(c8, p8, t)::text IS DISTINCT FROM
                              (CASE WHEN c8 IS NOT NULL AND p8 <> 0 THEN greatest(ceil(t * p8 - c8), 0) END)::text) AS shortfall_int8
FROM d;

SELECT count(*) FILTER (WHERE growth_rate(c, p)::text IS DISTINCT FROM ((c - p) / nullif(p, 0))::text) AS growth_rate,
       count(*) FILTER (WHERE growth_rate(c8, p8)::text IS DISTINCT FROM ((c8::numeric - p8) / nullif(p8, 0))::text) AS growth_rate_int8,
       count(*) FILTER (WHERE growth_pct(c, p, digits)::text IS DISTINCT FROM pg_temp.ref_div_round(100 * (c - p), p, digits)::text) AS growth_pct,
       count(*) FILTER (WHERE pp_change(c, p)::text IS DISTINCT FROM (100 * (c - p))::text) AS pp_change,
       count(*) FILTER (WHERE target_attainment(c, p)::text IS DISTINCT FROM (c / nullif(p, 0))::text) AS attainment,
       count(*) FILTER (WHERE target_shortfall(c, p)::text IS DISTINCT FROM
                              (CASE WHEN c IS NOT NULL AND p IS NOT NULL THEN greatest(p - c, 0) END)::text) AS target_shortfall
FROM d;

-- The root and logarithm functions work at 40 decimals and return 20.  The
-- plain-SQL reference takes its ratio to 40 decimals too (a/b alone keeps
-- about 20 significant digits, too few for ln of 1.00000000000004), then
-- uses exp/ln/power; the check is relative: within 1e-12 of the result's
-- size, or of 1e-8 for smaller results (20 decimals are all we return).
CREATE FUNCTION pg_temp.ratio40(a numeric, b numeric) RETURNS numeric LANGUAGE sql IMMUTABLE STRICT
AS $$ SELECT div(a * 1e40, b) * 1e-40 $$;
CREATE FUNCTION pg_temp.close(ours numeric, ref numeric) RETURNS bool LANGUAGE sql IMMUTABLE STRICT
AS $$ SELECT abs(ours - ref) <= 1e-12 * greatest(abs(ref), 1e-8) $$;
SELECT count(*) FILTER (WHERE NOT pg_temp.close(cagr(p, c, 1 + id % 9),
                                                exp(ln(pg_temp.ratio40(c, p)) / (1 + id % 9)) - 1)) AS cagr,
       count(*) FILTER (WHERE NOT pg_temp.close(required_growth(p, c, 1 + id % 9),
                                                exp(ln(pg_temp.ratio40(c, p)) / (1 + id % 9)) - 1)) AS required_growth,
       count(*) FILTER (WHERE NOT pg_temp.close(years_to_target(p, c, t),
                                                ln(pg_temp.ratio40(c, p)) / ln(1 + t))) AS years_to_target,
       count(*) FILTER (WHERE NOT pg_temp.close(cagr(c, p, 1 + id % 9),
                                                exp(ln(pg_temp.ratio40(p, c)) / (1 + id % 9)) - 1)) AS cagr_falling,
       count(*) > 1000 AS over_1000_compared
FROM d WHERE p > 0 AND c > 0 AND c / p BETWEEN 1e-6 AND 1e6 AND c > p AND t > 0;

-- Aggregates, per group and overall, against sums over the rows where both
-- arguments are present.
WITH ours AS (
  SELECT g, coverage_agg(c, p) AS agg_num, coverage_agg(c8, p8) AS agg_int8, coverage_agg(c4, p4) AS agg_int4,
         coverage_agg(c4::smallint % 32000, p4::smallint % 32000) FILTER (WHERE kind = 3) AS agg_int2,
         coverage_mean_agg(c, p) AS mean, shortfall_agg(c, p, t) AS sf_num, shortfall_agg(c8, p8, t) AS sf_int8,
         shortfall_agg(c4, p4, t) AS sf_int4,
         coverage_summary_covered(coverage_summary(c, p)) AS s_cov, coverage_summary_population(coverage_summary(c, p)) AS s_pop,
         coverage_summary_rows(coverage_summary(c, p)) AS s_rows, coverage_summary_pct(coverage_summary(c8, p8), 3) AS s_pct
  FROM d GROUP BY g),
plain AS (
  SELECT g, sum(c) FILTER (WHERE p IS NOT NULL) / nullif(sum(p) FILTER (WHERE c IS NOT NULL), 0) AS agg_num,
         sum(c8::numeric) FILTER (WHERE p8 IS NOT NULL) / nullif(sum(p8::numeric) FILTER (WHERE c8 IS NOT NULL), 0) AS agg_int8,
         sum(c4::numeric) FILTER (WHERE p4 IS NOT NULL) / nullif(sum(p4::numeric) FILTER (WHERE c4 IS NOT NULL), 0) AS agg_int4,
         sum((c4 % 32000)::numeric) FILTER (WHERE kind = 3 AND p4 IS NOT NULL)
           / nullif(sum((p4 % 32000)::numeric) FILTER (WHERE kind = 3 AND c4 IS NOT NULL), 0) AS agg_int2,
         avg(c / nullif(p, 0)) AS mean,
         sum(greatest(ceil(t * p - c), 0)) FILTER (WHERE p <> 0) AS sf_num,
         sum(greatest(ceil(t * p8 - c8), 0)) FILTER (WHERE p8 <> 0) AS sf_int8,
         sum(greatest(ceil(t * p4 - c4), 0)) FILTER (WHERE p4 <> 0) AS sf_int4,
         sum(c) FILTER (WHERE p IS NOT NULL) AS s_cov, sum(p) FILTER (WHERE c IS NOT NULL) AS s_pop,
         count(*) FILTER (WHERE c IS NOT NULL AND p IS NOT NULL) AS s_rows,
         pg_temp.ref_div_round(100 * sum(c8::numeric) FILTER (WHERE p8 IS NOT NULL),
                               sum(p8::numeric) FILTER (WHERE c8 IS NOT NULL), 3) AS s_pct
  FROM d GROUP BY g)
SELECT count(*) AS groups,
       count(*) FILTER (WHERE o.agg_num::text IS DISTINCT FROM x.agg_num::text) AS coverage_agg_num,
       count(*) FILTER (WHERE o.agg_int8::text IS DISTINCT FROM x.agg_int8::text) AS coverage_agg_int8,
       count(*) FILTER (WHERE o.agg_int4::text IS DISTINCT FROM x.agg_int4::text) AS coverage_agg_int4,
       count(*) FILTER (WHERE o.agg_int2::text IS DISTINCT FROM x.agg_int2::text) AS coverage_agg_int2,
       count(*) FILTER (WHERE o.mean IS DISTINCT FROM x.mean) AS mean_value,
       count(*) FILTER (WHERE o.sf_num::text IS DISTINCT FROM x.sf_num::text) AS shortfall_num,
       count(*) FILTER (WHERE o.sf_int8::text IS DISTINCT FROM x.sf_int8::text) AS shortfall_int8,
       count(*) FILTER (WHERE o.sf_int4::text IS DISTINCT FROM x.sf_int4::text) AS shortfall_int4,
       count(*) FILTER (WHERE o.s_cov IS DISTINCT FROM x.s_cov OR o.s_pop IS DISTINCT FROM x.s_pop
                              OR o.s_rows IS DISTINCT FROM x.s_rows) AS summary_parts,
       count(*) FILTER (WHERE o.s_pct::text IS DISTINCT FROM x.s_pct::text) AS summary_pct
FROM ours o JOIN plain x USING (g);

-- Summaries rolled up from the groups give the overall figures.
SELECT coverage_summary_ratio(rollup(s))::text = (SELECT (sum(c) FILTER (WHERE p IS NOT NULL)
                                           / sum(p) FILTER (WHERE c IS NOT NULL))::text FROM d) AS rollup_matches
FROM (SELECT coverage_summary(c, p) AS s FROM d GROUP BY g) per_group;

-- A moving window (the inverse transition) against sums over the same frame.
SELECT count(*) FILTER (WHERE ours::text IS DISTINCT FROM plain::text) AS moving_window_mismatches, count(*) AS rows
FROM (SELECT coverage_agg(c8, p8) OVER w AS ours,
             sum(c8::numeric) FILTER (WHERE p8 IS NOT NULL) OVER w
               / nullif(sum(p8::numeric) FILTER (WHERE c8 IS NOT NULL) OVER w, 0) AS plain
      FROM d WINDOW w AS (ORDER BY id ROWS 11 PRECEDING)) s;

-- growth_agg and cagr_agg: totals at the first and last period of each group.
WITH totals AS (
  SELECT g, yr, sum(c) AS total FROM d WHERE c IS NOT NULL GROUP BY g, yr),
ends AS (
  SELECT g, (array_agg(total ORDER BY yr))[1] AS first_total, (array_agg(total ORDER BY yr DESC))[1] AS last_total,
         max(yr) - min(yr) AS years
  FROM totals GROUP BY g),
ours AS (SELECT g, growth_agg(c, yr) AS growth, cagr_agg(c, yr) AS cagr,
                growth_summary_pct(growth_summary(c, yr), 3) AS growth_pct
         FROM d GROUP BY g)
SELECT count(*) AS groups,
       count(*) FILTER (WHERE o.growth::text IS DISTINCT FROM ((e.last_total - e.first_total) / nullif(e.first_total, 0))::text) AS growth_agg,
       count(*) FILTER (WHERE o.growth_pct::text IS DISTINCT FROM
                              pg_temp.ref_div_round(100 * (e.last_total - e.first_total), e.first_total, 3)::text) AS growth_pct_summary,
       count(*) FILTER (WHERE NOT pg_temp.close(o.cagr, exp(ln(pg_temp.ratio40(e.last_total, e.first_total)) / e.years) - 1)) AS cagr_agg
FROM ours o JOIN ends e USING (g);

-- growth summaries of three slices of each group, rolled up: growth_agg's answer.
SELECT count(*) FILTER (WHERE r.v::text IS DISTINCT FROM a.v::text) AS growth_rollup_mismatches
FROM (SELECT g, growth_summary_rate(rollup(s)) AS v
      FROM (SELECT g, growth_summary(c, yr) AS s FROM d GROUP BY g, id % 3) x GROUP BY g) r
JOIN (SELECT g, growth_agg(c, yr) AS v FROM d GROUP BY g) a USING (g);

-- Indonesian formatting and parsing: format_id_number(v, digits) parses back
-- to round(v, digits), for every value and digit count above.  As a
-- percentage too, except the text of one '.' and three digits
-- ('454.000 persen'), which parse_id_percent refuses as ambiguous (issue
-- #14): every one of those must be refused.
SELECT count(*) FILTER (WHERE parse_id_number(format_id_number(c, digits)) <> round(c, digits)) AS format_parse,
       count(*) FILTER (WHERE parse_id_number(format_id_number(-c, digits)) <> round(-c, digits)) AS negative,
       -- * 0.01, not / 100: numeric division would round a 40-digit value
       count(*) FILTER (WHERE format_id_number(100 * c, digits) !~ '^[0-9]{1,3}[.][0-9]{3}$'
                          AND parse_id_percent(format_id_number(100 * c, digits) || ' persen') <> round(100 * c, digits) * 0.01) AS percent,
       count(*) FILTER (WHERE format_id_number(100 * c, digits) ~ '^[0-9]{1,3}[.][0-9]{3}$'
                          AND try_parse_id_percent(format_id_number(100 * c, digits) || ' persen') IS NOT NULL) AS ambiguous_read,
       count(*) FILTER (WHERE format_id_number(100 * c, digits) ~ '^[0-9]{1,3}[.][0-9]{3}$') > 0 AS ambiguous_seen
FROM d WHERE c IS NOT NULL;

-- Found by the decimal fuzzer (test/fuzz/regressions/decimal): 37-39 digit
-- coefficients at a scale that is not a multiple of 4 were refused by the
-- fast decoder and took the slow path; the result must be numeric's either way.
-- v / (7 v) = 1/7: 100/7 = 14.2857142... -> 14.28571 at 5 digits
SELECT coverage_ratio(v, 3)::text = (v / 3)::text AS ratio, coverage_pct(v, 7 * v, 5) AS pct_14_28571
FROM (VALUES (4018837768505956584482604158816354.303::numeric),
             (170141183460469231731687303715884105.7)) x(v);
-- Found by the number fuzzer (regressions/idnum): "0 ribu" is 0.
SELECT parse_id_number('0 ribu')::text AS zero, parse_id_number('0,0 juta')::text AS zero_scaled;

-- The same aggregates in a parallel plan (partial aggregates, combine,
-- serialize/deserialize of 128-bit and numeric states) give the serial
-- answers, which are the plain-SQL ones above.
ANALYZE d;
CREATE TEMP TABLE serial AS
SELECT g, coverage_agg(c, p)::text AS a1, coverage_agg(c8, p8)::text AS a2, coverage_agg(c4, p4)::text AS a3,
       shortfall_agg(c, p, t)::text AS a4, shortfall_agg(c8, p8, t)::text AS a5, coverage_mean_agg(c, p)::text AS a6,
       coverage_summary(c, p)::text AS a7, growth_agg(c, yr)::text AS a8, cagr_agg(c8, dt)::text AS a9,
       growth_summary(c, yr)::text AS a10
FROM d GROUP BY g;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
-- The plan must aggregate partially in the workers and finalize above the
-- Gather.  What joins the two differs by major (15 hashes the partial groups
-- under a plain Gather, 17 and 18 sort them under a Gather Merge), so the
-- test checks that shape rather than printing one major's plan.
CREATE FUNCTION pg_temp.plan_lines(q text) RETURNS SETOF text LANGUAGE plpgsql AS $$
DECLARE
	l text;
BEGIN
	FOR l IN EXECUTE 'EXPLAIN (COSTS OFF) ' || q LOOP
		RETURN NEXT l;
	END LOOP;
END
$$;
SELECT bool_or(l ~ '^Finalize (Hash|Group)Aggregate') AS finalized_in_leader,
       bool_or(l ~ '->  Gather( Merge)?$') AS gathered,
       bool_or(l ~ '->  Partial (Hash|Group)Aggregate$') AS partial_in_workers,
       bool_or(l ~ 'Parallel Seq Scan on d$') AS parallel_scan
FROM pg_temp.plan_lines('SELECT g, coverage_agg(c, p), shortfall_agg(c8, p8, t), growth_summary(c, yr) FROM d GROUP BY g') l;
SELECT count(*) AS groups,
       count(*) FILTER (WHERE (s.a1, s.a2, s.a3, s.a4, s.a5, s.a6, s.a7, s.a8, s.a9, s.a10)
                              IS DISTINCT FROM (x.a1, x.a2, x.a3, x.a4, x.a5, x.a6, x.a7, x.a8, x.a9, x.a10)) AS parallel_mismatches
FROM serial s JOIN (
  SELECT g, coverage_agg(c, p)::text AS a1, coverage_agg(c8, p8)::text AS a2, coverage_agg(c4, p4)::text AS a3,
         shortfall_agg(c, p, t)::text AS a4, shortfall_agg(c8, p8, t)::text AS a5, coverage_mean_agg(c, p)::text AS a6,
         coverage_summary(c, p)::text AS a7, growth_agg(c, yr)::text AS a8, cagr_agg(c8, dt)::text AS a9,
         growth_summary(c, yr)::text AS a10
  FROM d GROUP BY g) x USING (g);
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
RESET parallel_leader_participation;

-- ==== issue #14: storage, scales and input paths ====
-- The same rows with every value times 111...1 (500 ones): 500-odd
-- significant digits (times 10^500 would add none: numeric does not store
-- trailing zeros), so that
-- stored EXTERNAL they go out of line and stored MAIN (numeric's default)
-- they are compressed in line (the repeated digits compress), both behind a
-- 1900-byte filler that pushes the row over the TOAST threshold.  Every
-- function must read them as the plain in-line values: 0.3's fast path read
-- out-of-line values' TOAST pointers as digits.  The reference for the
-- aggregates is the documented rule: numeric division of the sums written
-- without trailing zeros, trim_scale(sum(c)) / trim_scale(sum(p)).
CREATE TABLE big_ext (id int, g int, c numeric, p numeric, t numeric, filler text);
ALTER TABLE big_ext ALTER c SET STORAGE EXTERNAL, ALTER p SET STORAGE EXTERNAL, ALTER filler SET STORAGE PLAIN;
CREATE TABLE big_main (LIKE big_ext);
ALTER TABLE big_main ALTER c SET STORAGE MAIN, ALTER p SET STORAGE MAIN, ALTER filler SET STORAGE PLAIN;
CREATE TABLE big_plain (LIKE big_ext);
INSERT INTO big_ext SELECT id, g, c * repeat('1', 500)::numeric, p * repeat('1', 500)::numeric, t, repeat('x', 1900)
FROM d WHERE id <= 1500;
INSERT INTO big_main SELECT * FROM big_ext;
INSERT INTO big_plain SELECT id, g, c, p, t, '' FROM big_ext;
CREATE FUNCTION pg_temp.toast_chunks(t regclass) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE n bigint;
BEGIN
  EXECUTE format('SELECT count(*) FROM %s', (SELECT reltoastrelid::regclass FROM pg_class WHERE oid = t)) INTO n;
  RETURN n;
END $$;
-- out of line: a chunk per value the toaster moved (the rows' non-zero
-- values); compressed in line: none
SELECT pg_temp.toast_chunks('big_ext') AS ext_chunks, pg_temp.toast_chunks('big_main') AS main_chunks,
       (SELECT max(pg_column_size(c)) < 100 FROM big_main) AS main_compressed;
SELECT how, count(*) AS rows,
       count(*) FILTER (WHERE coverage_ratio(c, p)::text IS DISTINCT FROM (c / nullif(p, 0))::text) AS ratio,
       count(*) FILTER (WHERE coverage_pct(c, p, 3)::text IS DISTINCT FROM pg_temp.ref_div_round(100 * c, p, 3)::text) AS pct,
       count(*) FILTER (WHERE growth_rate(c, p)::text IS DISTINCT FROM ((c - p) / nullif(p, 0))::text) AS growth_rate,
       count(*) FILTER (WHERE growth_pct(c, p, 2)::text IS DISTINCT FROM pg_temp.ref_div_round(100 * (c - p), p, 2)::text) AS growth_pct,
       count(*) FILTER (WHERE coverage_shortfall(c, p, t)::text IS DISTINCT FROM
                              (CASE WHEN c IS NOT NULL AND p <> 0 THEN greatest(ceil(t * p - c), 0) END)::text) AS shortfall
FROM (SELECT 'external' AS how, * FROM big_ext UNION ALL SELECT 'main', * FROM big_main) b
GROUP BY how ORDER BY how;
SELECT how, count(*) AS groups,
       count(*) FILTER (WHERE agg::text IS DISTINCT FROM ref::text) AS coverage_agg,
       count(*) FILTER (WHERE s_cov IS DISTINCT FROM r_cov) AS summary_sums,
       count(*) FILTER (WHERE sf::text IS DISTINCT FROM r_sf::text) AS shortfall_agg
FROM (SELECT how, g, coverage_agg(c, p) AS agg, coverage_summary_covered(coverage_summary(c, p)) AS s_cov,
             shortfall_agg(c, p, t) AS sf,
             trim_scale(sum(c) FILTER (WHERE p IS NOT NULL)) / nullif(trim_scale(sum(p) FILTER (WHERE c IS NOT NULL)), 0) AS ref,
             trim_scale(sum(c) FILTER (WHERE p IS NOT NULL)) AS r_cov,
             sum(greatest(ceil(t * p - c), 0)) FILTER (WHERE p <> 0) AS r_sf
      FROM (SELECT 'external' AS how, * FROM big_ext UNION ALL SELECT 'main', * FROM big_main
            UNION ALL SELECT 'plain', * FROM big_plain) b
      GROUP BY how, g) x
GROUP BY how ORDER BY how;

-- Numerics of every scale (0 to 34 decimals) in moving windows, against
-- the rule over the same frame: the inverse must not keep the scale of
-- rows that left the frame (0.3 did).
CREATE TABLE ws AS
SELECT id, c * ('1e-' || (id % 25))::numeric AS c, p * ('1e-' || (id % 7))::numeric AS p FROM d;
SELECT count(*) FILTER (WHERE r1::text IS DISTINCT FROM x1::text) AS rows_11_preceding,
       count(*) FILTER (WHERE r2::text IS DISTINCT FROM x2::text) AS rows_current_5_following,
       count(*) FILTER (WHERE s2::text IS DISTINCT FROM y2::text) AS summary_sums,
       count(*) FILTER (WHERE r1 IS NOT NULL AND scale(r1) > 20) AS wide_results, count(*) AS rows
FROM (SELECT coverage_agg(c, p) OVER w1 AS r1,
             trim_scale(sum(c) FILTER (WHERE p IS NOT NULL) OVER w1)
               / nullif(trim_scale(sum(p) FILTER (WHERE c IS NOT NULL) OVER w1), 0) AS x1,
             coverage_agg(c, p) OVER w2 AS r2,
             trim_scale(sum(c) FILTER (WHERE p IS NOT NULL) OVER w2)
               / nullif(trim_scale(sum(p) FILTER (WHERE c IS NOT NULL) OVER w2), 0) AS x2,
             coverage_summary_covered(coverage_summary(c, p) OVER w2) AS s2,
             coalesce(trim_scale(sum(c) FILTER (WHERE p IS NOT NULL) OVER w2), 0) AS y2
      FROM ws WINDOW w1 AS (ORDER BY id ROWS 11 PRECEDING),
                     w2 AS (ORDER BY id ROWS BETWEEN CURRENT ROW AND 5 FOLLOWING)) s;

-- Summaries arriving by every input path give back the same summary:
-- text in, binary in (COPY ... (FORMAT binary) out to a file and back in),
-- combine (rollup of per-slice summaries against the per-group one).
CREATE TABLE sums AS
SELECT g, coverage_summary(ws.c, ws.p) AS cs, coverage_summary(c8, p8) AS cs8, growth_summary(ws.c, yr) AS gs,
       growth_summary(c8, dt) AS gs8
FROM ws JOIN d USING (id) GROUP BY g;
CREATE TABLE sums_back (LIKE sums);
DO $$
DECLARE f text := '/tmp/jamsostek_differential_' || pg_backend_pid() || '.bin';
BEGIN
  EXECUTE format('COPY sums TO PROGRAM %L (FORMAT binary)', 'cat > ' || f);
  EXECUTE format('COPY sums_back FROM PROGRAM %L (FORMAT binary)', 'cat ' || f || ' && rm -f ' || f);
END $$;
SELECT count(*) AS groups,
       count(*) FILTER (WHERE (s.cs::text, s.cs8::text, s.gs::text, s.gs8::text)
                              IS DISTINCT FROM (b.cs::text, b.cs8::text, b.gs::text, b.gs8::text)) AS binary_in,
       count(*) FILTER (WHERE (s.cs::text::coverage_summary::text, s.gs::text::growth_summary::text)
                              IS DISTINCT FROM (s.cs::text, s.gs::text)) AS text_in,
       count(*) FILTER (WHERE s.cs::text LIKE '%.%0,%') AS trailing_zeros
FROM sums s JOIN sums_back b USING (g);
SELECT count(*) AS groups,
       count(*) FILTER (WHERE r.cs::text IS DISTINCT FROM s.cs::text OR r.gs::text IS DISTINCT FROM s.gs::text) AS rollup_mismatches
FROM (SELECT g, rollup(cs) AS cs, rollup(gs) AS gs
      FROM (SELECT g, coverage_summary(ws.c, ws.p) AS cs, growth_summary(ws.c, yr) AS gs
            FROM ws JOIN d USING (id) GROUP BY g, id % 5) x GROUP BY g) r
JOIN sums s USING (g);
DROP TABLE big_ext, big_main, big_plain, ws, sums, sums_back;
DROP TABLE d;
