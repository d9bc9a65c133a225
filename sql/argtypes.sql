--
-- argtypes: every count argument takes smallint, integer, bigint and numeric
-- columns and literals, in any mix, with no cast and no ambiguity.
--
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS jamsostek;

-- 3 of 8 in every type: 37.5 %.
CREATE TEMP TABLE c (s smallint, i integer, b bigint, n numeric);
INSERT INTO c VALUES (3, 3, 3, 3), (8, 8, 8, 8);
CREATE TEMP VIEW num AS SELECT s, i, b, n FROM c WHERE i = 3;
CREATE TEMP VIEW den AS SELECT s, i, b, n FROM c WHERE i = 8;

-- All 16 combinations of covered and population types give 37.50.
\x on
SELECT coverage_pct(num.s, den.s) AS ss, coverage_pct(num.s, den.i) AS si,
       coverage_pct(num.s, den.b) AS sb, coverage_pct(num.s, den.n) AS sn,
       coverage_pct(num.i, den.s) AS is_, coverage_pct(num.i, den.i) AS ii,
       coverage_pct(num.i, den.b) AS ib, coverage_pct(num.i, den.n) AS in_,
       coverage_pct(num.b, den.s) AS bs, coverage_pct(num.b, den.i) AS bi,
       coverage_pct(num.b, den.b) AS bb, coverage_pct(num.b, den.n) AS bn,
       coverage_pct(num.n, den.s) AS ns, coverage_pct(num.n, den.i) AS ni,
       coverage_pct(num.n, den.b) AS nb, coverage_pct(num.n, den.n) AS nn
FROM num, den;
\x off

-- Every function with mixed column types: 3 and 8 as the two counts.
-- coverage_ratio 3/8 = 0.375; growth_rate (3 - 8)/8 = -0.625, -62.50 %;
-- pp_change 100 * (3 - 8) = -500; cagr (3/8)^(1/2) - 1 = -0.3876275643...
-- (sqrt(0.375) = 0.61237243569579452455); target_attainment 0.375;
-- target_shortfall 8 - 3 = 5; coverage_shortfall ceil(0.5 * 8 - 3) = 1;
-- required_growth (8/3)^(1/2) - 1 = 0.6329931618554520654...;
-- years_to_target ln(8/3) / ln(2) = 1.4150374992788438...
\x on
SELECT coverage_ratio(num.s, den.b), coverage_pct(num.b, den.i, 1),
       growth_rate(num.i, den.n), growth_pct(num.n, den.s, 1),
       pp_change(num.s, den.i), cagr(den.b, num.i, num.s - 1),
       target_attainment(num.i, den.b), target_shortfall(num.n, den.i),
       coverage_shortfall(num.s, den.b, 0.5), required_growth(num.b, den.s, 2),
       years_to_target(num.i, den.n, 1)
FROM num, den;
\x off

-- Literals of every kind, and digits from a smallint column.
SELECT coverage_pct(3::smallint, 8::bigint), coverage_pct(3, 8.0), coverage_ratio('3', '8'),
       coverage_pct(3, 8, (SELECT s FROM num));
-- NULL and untyped literals resolve without a cast.
SELECT coverage_ratio(NULL, NULL) IS NULL AS null_null, growth_pct(NULL, 5) IS NULL AS null_5,
       coverage_shortfall(NULL, NULL, NULL) IS NULL AS all_null;
-- Every documented call resolves with untyped arguments, coverage_pct and
-- growth_pct included (in 0.3 their summary accessors shared the name and
-- arity, and PostgreSQL asked for a type; 0.4 renamed the accessors).
SELECT coverage_pct(NULL, NULL) IS NULL AS pct_null, growth_pct(NULL, NULL) IS NULL AS growth_null;
-- Quoted literals, as a BI tool or a hand-written query gives them:
--   731991 / 2732330 = 0.26790...          -> 26.79 (Lampung)
--   261814 / 212266 - 1 = 0.2334240...     -> 23.34 (Bengkulu)
--   20797 / 23637 - 1 = -0.120150...       -> -12.0 at one digit (Situbondo)
--   100 * (0.55 - 0.44) = 11.00
--   23000 - 20797 = 2203; ceil(0.55 * 1300000 - 580000) = ceil(135000) = 135000
SELECT coverage_pct('731991', '2732330') AS lampung, growth_pct('261814', '212266') AS bengkulu,
       growth_pct('20797', '23637', '1') AS situbondo, pp_change('0.55', '0.44') AS pp,
       target_shortfall('20797', '23000') AS to_target, coverage_shortfall('580000', '1300000', '0.55') AS jambi;
-- Untyped parameters, as node-postgres sends every one, with $1 = 3, $2 = 8,
-- $3 = 1, $4 = 0.55, $5 = 0.44:
--   ratio 3 / 8 = 0.375 (numeric division: 20 decimals); pct 37.50, at 1
--   digit 37.5; growth 3 / 8 - 1 = -0.625, pct -62.50, at 1 digit -62.5;
--   pp 100 * (0.55 - 0.44) = 11.00; cagr from 8 to 3 in 1 year = 3 / 8 - 1 =
--   -0.625 (20 decimals), the same for required_growth; years_to_target from
--   8 to 3 is 0 (already there); attainment 3 / 8 = 0.375; target shortfall
--   8 - 3 = 5; coverage shortfall ceil(0.55 * 8 - 3) = ceil(1.4) = 2.
PREPARE p_all AS
SELECT coverage_ratio($1, $2), coverage_pct($1, $2), coverage_pct($1, $2, $3), growth_rate($1, $2),
       growth_pct($1, $2), growth_pct($1, $2, $3), pp_change($4, $5), cagr($2, $1, $3),
       required_growth($2, $1, $3), years_to_target($2, $1, $5), target_attainment($1, $2),
       target_shortfall($1, $2), coverage_shortfall($1, $2, $4);
\x on
EXECUTE p_all(3, 8, 1, 0.55, 0.44);
\x off
SELECT coverage_pct(NULL::numeric, NULL) IS NULL AS typed_null, coverage_pct('3'::int, '8') AS typed_literal;

-- Prepared statements with typed and untyped parameters, as drivers send
-- them.
PREPARE p_untyped AS SELECT coverage_ratio($1, $2), coverage_shortfall($1, $2, $3);
EXECUTE p_untyped(3, 8, 0.5);
PREPARE p_typed(bigint, integer) AS SELECT coverage_pct($1, $2);
EXECUTE p_typed(3, 8);

-- Only numeric functions by these names exist: floats are not counts and
-- are refused at parse time rather than silently rounded.
SELECT coverage_ratio(3::float8, 8);
