--
-- coverage: coverage_ratio and coverage_pct on the seed articles' figures.
--
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS jamsostek;

-- Lampung, December 2023 (berdikari.co, seeds/002): 731.991 covered of
-- "2,7 juta" workers.  731991 / 2700000: 27 * 27110 = 731970, remainder 21,
-- 21/27 = 0.777..., so the ratio is 0.27110777..., 20 decimals by numeric
-- division, the last rounded up: 0.27110777777777777778.
SELECT coverage_ratio(731991, 2700000);
-- The same as plain numeric division, by construction.
SELECT coverage_ratio(731991, 2700000) = 731991::numeric / 2700000 AS same_as_division;
-- In percent: 27.110777... -> 27.11 (the article says 26,79: its "2,7 juta"
-- is rounded; 731991 / 0.2679 = 2732329.2, so the real denominator is about
-- 2.732.330).
SELECT coverage_pct(731991, 2700000);
-- 731991 / 2732330: 2732330 * 0.2679 = 731991.207 > 731991, so the ratio is
-- just under 0.2679: 26.7899... -> 26.79, the article's figure.
-- To 4 digits: 0.26789 * 2732330 = 731963.88, (731991 - 731963.88) / 2732330
-- = 0.0000099, ratio 0.2678999 -> 26.78999... -> 26.7900.
SELECT coverage_pct(731991, 2732330), coverage_pct(731991, 2732330, 4);
-- Digits 0 and negative digits: 27.11 -> 27; 27.11 -> 30 at -1.
SELECT coverage_pct(731991, 2700000, 0), coverage_pct(731991, 2700000, -1);

-- Bengkulu, December 2024 (harianbengkuluekspress, seeds/001): 261.814
-- active, UCJ 41.84 %.  Implied population 261814 / 0.4184 = 625750.5;
-- with 625751: 261814 / 625751 = 0.418399...; 0.4184 * 625751 = 261814.2,
-- so just under 0.4184 -> 41.84.
SELECT coverage_pct(261814, 625751);

-- Exact rounding, no double rounding: 1/8 = 0.125 -> 12.5 %; at 0 digits
-- 12.5 rounds half away from zero to 13.
SELECT coverage_pct(1, 8, 1), coverage_pct(1, 8, 0);
-- 26785 / 100000 = 26.785 % exactly -> 26.79 (half away from zero).
SELECT coverage_pct(26785, 100000);
-- 267849999999999999999999 / 10^24 = 26.7849999999999999999999 %: numeric
-- division would round it to 26.78500000000000000000 first and then to
-- 26.79; the true value is below the half, so 26.78.
SELECT coverage_pct(267849999999999999999999, 1000000000000000000000000);
-- 1/3: 33.333... -> 33.33; 2/3: 66.666... -> 66.67.
SELECT coverage_pct(1, 3), coverage_pct(2, 3);

-- Covered above population is allowed (population estimates lag): 11/10.
SELECT coverage_ratio(11, 10), coverage_pct(11, 10);

-- Zero population gives NULL, zero covered gives 0.
SELECT coverage_ratio(5, 0) IS NULL AS ratio_null, coverage_pct(5, 0) IS NULL AS pct_null,
       coverage_ratio(0, 0) IS NULL AS zero_zero_null;
SELECT coverage_ratio(0, 7), coverage_pct(0, 7);

-- NULL in any argument gives NULL.
SELECT coverage_ratio(NULL, 10) IS NULL AS a, coverage_ratio(1, NULL) IS NULL AS b,
       coverage_pct(1, 2, NULL) IS NULL AS c, coverage_pct(NULL, 5) IS NULL AS d;

-- Near the bigint limit: (2^63 - 1) / (2^63 - 1) = 1; 1 / (2^63 - 1) =
-- 1.0842021724855044e-19 (2^-63 = 1.0842021724855044340e-19).
SELECT coverage_ratio(9223372036854775807, 9223372036854775807),
       coverage_ratio(1, 9223372036854775807);
-- (2^63 - 2) / (2^63 - 1) * 100 = 99.99999999999999998916 -> 100.00 at 2.
SELECT coverage_pct(9223372036854775806, 9223372036854775807);
-- Beyond bigint as numeric: 10^30 / (2 * 10^30) = 0.5.
SELECT coverage_pct(1e30, 2e30);

-- Fractional counts (estimates) are fine: 2.5 / 10 = 25 %.
SELECT coverage_pct(2.5, 10);
