-- One round of the memory test: every function and aggregate over :N rows.
-- Results are folded into one row per statement so that psql prints little.
SELECT count(coverage_ratio(i, i + 7)) + count(coverage_pct(i, i + 7)) + count(coverage_pct(i, i + 7, 4))
     + count(coverage_ratio(i::numeric + 0.5, 1000000)) + count(coverage_pct(i::numeric, 3e6, -2))
     + count(growth_rate(i + 5, i + 1)) + count(growth_pct(i + 5, i + 1, 3)) + count(pp_change(0.3, i / 1e7))
     + count(target_attainment(i, 5e5)) + count(target_shortfall(i, 5e5))
     + count(coverage_shortfall(i, 2 * i + 1, 0.55)) + count(coverage_shortfall(i::numeric, 2.5 * i + 1, 0.55))
FROM generate_series(1, :N) i;
SELECT count(cagr(i, i + 100, 3)) + count(required_growth(i, 2 * i, 5)) + count(years_to_target(i, 3 * i, 0.07))
FROM generate_series(1, :N / 10) i;
SELECT count(parse_id_number(format_id_number(i * 1.37, 2))) + count(parse_id_percent((i % 100)::text || ',5 persen'))
     + count(try_parse_id_number('x' || i)) + count(format_rupiah(i * 1000, 'short')) + count(format_rupiah(i, 'full'))
     + count(province_name(lpad((11 + i % 8)::text, 2, '0')))
FROM generate_series(1, :N / 4) i;
SELECT count(*), sum(length(s::text)), sum(coverage_summary_pct(s)), sum(growth_summary_rate(g))
FROM (SELECT i % 1000 AS k, coverage_summary(i, i * 3 + 1) AS s, growth_summary(i, 2000 + i % 7) AS g,
             coverage_agg(i, i * 3 + 1), coverage_agg(i::numeric, i * 3.5), coverage_mean_agg(i, i * 3 + 1),
             shortfall_agg(i, i * 3 + 1, 0.5), shortfall_agg(i::numeric, i * 3.5, 0.5),
             growth_agg(i, 2000 + i % 7), cagr_agg(i, date '2020-01-01' + i % 700)
      FROM generate_series(1, :N) i GROUP BY 1) per_group;
SELECT sum(coverage_summary_ratio(r)) FROM (SELECT rollup(s) AS r FROM (
  SELECT ('(v1,covered:' || i || ',population:' || (2 * i + 1) || ',rows:1)')::coverage_summary AS s
  FROM generate_series(1, :N / 4) i) x) y;
SELECT count(w) FROM (SELECT coverage_agg(i, i + 10) OVER (ORDER BY i ROWS 11 PRECEDING) AS w,
                             shortfall_agg(i, i + 10, 0.9) OVER (ORDER BY i ROWS 11 PRECEDING) AS w2
                      FROM generate_series(1, :N / 4) i) x;
SELECT count(*) FROM (SELECT coverage_summary_recv_check FROM (
  SELECT coverage_summary(i, i + 1)::text::coverage_summary::text AS coverage_summary_recv_check
  FROM generate_series(1, :N / 4) i GROUP BY i % 100) a) b;
-- the district lookups (a cache per query) and the implied ranges (0.4)
SELECT count(district_name(d.bps_code)) + count(district_code(d.kemendagri_code, 'kemendagri', 'bps'))
     + count(province_code(d.province_bps, 'bps', 'kemendagri'))
FROM generate_series(1, :N / 514 + 1) i, jamsostek_district d;
SELECT count(implied_population(i, 26.79)) + count(implied_covered(i, 44)) + count(implied_previous(i, -12.02, 2))
FROM generate_series(1, :N / 4) i;
