-- aggregates over one group of the shared table; the answer is recorded
\set g random(0, 99)
INSERT INTO load_results
SELECT 'agg', :g, concat_ws(' ', coverage_agg(covered, population), coverage_agg(covered_est, population),
                            shortfall_agg(covered, population, 0.55), growth_agg(covered, year),
                            cagr_agg(covered, year), coverage_summary(covered, population),
                            coverage_mean_agg(covered, population))
FROM load_regional WHERE g = :g;
