--
-- growth: growth_rate, growth_pct, pp_change, cagr, required_growth,
-- years_to_target.
--
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS jamsostek;

-- Bengkulu active participants, Dec 2023 212.266 -> Dec 2024 261.814
-- (seeds/001, "meningkat sebesar 23%").  (261814 - 212266) / 212266 =
-- 49548 / 212266 = 0.2334240999500626572...; 23.34 % at 2 digits, 23 at 0.
SELECT growth_rate(261814, 212266), growth_pct(261814, 212266),
       growth_pct(261814, 212266, 0);

-- Situbondo participants fell "sekitar 2.840" to 20.797 (seeds/003): the
-- year before was 20797 + 2840 = 23637.  -2840 / 23637 = -0.12015061...:
-- -12.02 % (half away from zero), -12.0151 at 4 digits.
SELECT growth_pct(20797, 23637), growth_pct(20797, 23637, 4);

-- No change: 0; from zero: NULL; to zero: -1 = -100 %.
SELECT growth_rate(5, 5), growth_rate(5, 0) IS NULL AS from_zero, growth_rate(0, 5),
       growth_pct(0, 5);

-- Small changes keep their digits: (1000000000000000001 - 10^18) / 10^18 =
-- 1e-18, which current/previous - 1 at 16 significant digits would lose.
SELECT growth_rate(1000000000000000001, 1000000000000000000);

-- Percentage points: Jambi's coverage 44 % -> target 55 % is +11 pp;
-- Lampung's formal 69 % vs informal 8 % differ by -61 pp.
SELECT pp_change(0.55, 0.44), pp_change(0.08, 0.69);
-- pp of two computed ratios: 26.79 % -> 30 % (seeds/000, 2024 "30%
-- coverage") = 0.30 - 0.267899... = 3.21 pp to 2 decimals.
SELECT round(pp_change(0.30, coverage_ratio(731991, 2732330)), 2);

-- CAGR over one year is the growth rate: 0.23342409995006265723 (20
-- decimals; the division above rounds the 20th the same way).
SELECT cagr(212266, 261814, 1);
-- Over two years: sqrt(261814 / 212266) - 1 = sqrt(1.23342409995...) - 1;
-- 1.1106^2 = 1.23343, so about 0.1106 (bc -l, scale 30:
-- sqrt(261814/212266) - 1 = .110596281260685050936...).
SELECT cagr(212266, 261814, 2);
-- Doubling in 10 years: 2^(1/10) - 1 = 0.0717734625362931642...
SELECT cagr(100, 200, 10);
-- Fractional years: 4 -> 9 in 0.5 years is (9/4)^2 - 1 = 81/16 - 1 = 4.0625.
SELECT cagr(4, 9, 0.5);
-- From zero: NULL; to zero: -1; unchanged: 0.
SELECT cagr(0, 5, 3) IS NULL AS from_zero, cagr(5, 0, 3), cagr(7, 7, 3);
-- Twelve significant digits for tiny rates: 10^12 -> 10^12 + 1 in one year
-- is exactly 1e-12.
SELECT cagr(1000000000000, 1000000000001, 1);

-- Jambi wants 580 ribu -> 782 ribu participants in 2025 (seeds/004):
-- 782000 / 580000 - 1 = 202 / 580 = 0.348275862068965517241379... in one
-- year; over two years sqrt(782/580) - 1: 1.1612^2 = 1.34838, so about
-- 0.1612 (bc -l, scale 30: .161152815984599641724...).
SELECT required_growth(580000, 782000, 1), required_growth(580000, 782000, 2);
-- Already above target: a negative rate (a fall is allowed): 100 -> 81 in
-- 2 years is sqrt(0.81) - 1 = -0.1.
SELECT required_growth(100, 81, 2);
SELECT required_growth(0, 5, 1) IS NULL AS from_zero;

-- At 5 % a year Jambi needs ln(782/580) / ln(1.05) years:
-- ln(1.3482758620689655) = 0.29882... / 0.04879016416943205 = 6.1247...
-- (bc -l: l(782/580)/l(1.05) = 6.12473112341087021922...)
SELECT years_to_target(580000, 782000, 0.05);
-- Doubling at 100 % a year takes exactly 1 year; at 10 %, ln 2 / ln 1.1 =
-- 7.2725408973417...
SELECT years_to_target(1, 2, 1), years_to_target(1, 2, 0.1);
-- Already there: 0; never (no growth, shrinking, from zero): NULL.
SELECT years_to_target(10, 10, 0.05) = 0 AS there, years_to_target(11, 10, -0.5) = 0 AS above,
       years_to_target(1, 2, 0) IS NULL AS flat, years_to_target(1, 2, -0.1) IS NULL AS falling,
       years_to_target(0, 2, 0.1) IS NULL AS from_zero;
