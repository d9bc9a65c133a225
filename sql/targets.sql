--
-- targets: target_attainment, target_shortfall, coverage_shortfall.
--
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS jamsostek;

-- Situbondo 2023 (seeds/003): 20.797 participants of a 23.000 target.
-- 20797 / 23000: 23000 * 0.9042 = 20796.6, remainder 0.4 / 23000 =
-- 0.0000173913..., so 0.90421739130434782609 (20 decimals, rounded);
-- shortfall 23000 - 20797 = 2203.
SELECT target_attainment(20797, 23000), target_shortfall(20797, 23000);

-- Lampung 2025 (seeds/000): "900 ribu lebih" of a 1,1 juta target:
-- 900000 / 1100000 = 0.8181...; shortfall 200000.
SELECT target_attainment(900000, 1100000), target_shortfall(900000, 1100000);

-- Over target: attainment above 1, shortfall 0 (regions above target owe
-- nothing).
SELECT target_attainment(25000, 23000), target_shortfall(25000, 23000);
SELECT target_attainment(1, 0) IS NULL AS zero_target, target_shortfall(0, 0);
-- Fractions keep their scale: 10.5 short of 12.25 by 1.75.
SELECT target_shortfall(10.5, 12.25);

-- Jambi 2025 (seeds/004): 1,3 juta workers, 580 ribu covered, target 55 %.
-- 0.55 * 1300000 = 715000; 715000 - 580000 = 135000 more workers.
-- (The article's "782 ribu" is 55 % of 1.421.818 workers: "1,3 juta lebih"
-- understates the denominator; 782000 / 0.55 = 1421818.2.)
SELECT coverage_shortfall(580000, 1300000, 0.55);
-- With that larger population: 0.55 * 1421818 = 781999.9 -> ceil 782000;
-- 782000 - 580000 = 202000.
SELECT coverage_shortfall(580000, 1421818, 0.55);
-- Check the definition: 580000 + 202000 reaches 55 %, one fewer does not.
SELECT (580000 + 202000) / 1421818.0 >= 0.55 AS reaches,
       (580000 + 201999) / 1421818.0 >= 0.55 AS one_less_misses;

-- Lampung 2023 at the national 55 %: 0.55 * 2732330 = 1502781.5 -> 1502782;
-- 1502782 - 731991 = 770791.
SELECT coverage_shortfall(731991, 2732330, 0.55);

-- Exactly at target needs 0, not 1: 55 of 100 at 0.55.  Above target: 0.
SELECT coverage_shortfall(55, 100, 0.55), coverage_shortfall(90, 100, 0.55);
-- A fraction of a worker rounds up: 0.55 * 3 = 1.65 -> 2 - 1 = 1.
SELECT coverage_shortfall(1, 3, 0.55);
-- Target 0: nothing needed; target 1: everybody: 100 - 37 = 63.
SELECT coverage_shortfall(37, 100, 0), coverage_shortfall(37, 100, 1);
-- Zero population: NULL.
SELECT coverage_shortfall(0, 0, 0.5) IS NULL AS zero_population;
-- Near the bigint limit: 0.5 * (2^63 - 1) = 4611686018427387903.5 -> ceil
-- 4611686018427387904, minus 0.
SELECT coverage_shortfall(0, 9223372036854775807, 0.5);
