-- demo/load.sql: the seed articles' figures as a table and a view, shared
-- by the demo (demo/report.sql) and the BI-query test (sql/bi.sql).
-- Run from the repository root (\copy reads demo/figures.csv).
CREATE TABLE figures (
	region_code text, region text, level text, period date, segment text,
	measure text, raw_text text, value numeric, source text, sentence text
);
\copy figures FROM 'demo/figures.csv' WITH (FORMAT csv, HEADER true)

-- Read each figure from the article's own wording; percentages are kept in
-- percent, target ratios as ratios.  "tiga juta" and "satu juta" are
-- written in words, which the parser does not read: their hand-typed value
-- stays.
ALTER TABLE figures ADD COLUMN parsed numeric;
UPDATE figures SET parsed = CASE
    WHEN measure IN ('reported_pct', 'reported_growth_pct') THEN 100 * try_parse_id_percent(raw_text)
    WHEN measure = 'target_ratio' THEN try_parse_id_percent(raw_text)
    ELSE try_parse_id_number(raw_text) END;

-- One row per region, period and segment, the measures side by side.
CREATE VIEW regional AS
SELECT region_code, region, level, period, segment,
       max(value) FILTER (WHERE measure = 'active')        AS active,
       max(value) FILTER (WHERE measure = 'population')    AS population,
       max(value) FILTER (WHERE measure = 'target')        AS target,
       max(value) FILTER (WHERE measure = 'target_ratio')  AS target_ratio,
       max(value) FILTER (WHERE measure = 'reported_pct')  AS reported_pct
FROM figures
GROUP BY 1, 2, 3, 4, 5;
