-- bad inputs, each of which must fail with its SQLSTATE inside a savepoint
\set v random(1, 1000000)
SELECT load_expect_error('SELECT coverage_ratio(-' || :v || ', 10)', '22023');
SELECT load_expect_error('SELECT coverage_pct(1, 2, 101)', '22023');
SELECT load_expect_error('SELECT coverage_shortfall(1, 2, 55)', '22023');
SELECT load_expect_error('SELECT parse_id_number(''' || :v || ' jutaan'')', '22P02');
SELECT load_expect_error('SELECT ''(v1,covered:' || :v || ')''::coverage_summary', '22P02');
SELECT load_expect_error('SELECT cagr(1, 1e100, 0.001)', '22003');
SELECT load_expect_error('SELECT coverage_agg(c, p) FROM (VALUES (1, -' || :v || ')) v(c, p)', '22023');
SELECT load_expect_error('SELECT province_name(''99'')', '22023');
