-- the parsers over 200 figures, dirty ones included; the answer is recorded
\set a random(1, 19800)
INSERT INTO load_results
SELECT 'parse', :a, concat_ws(' ', count(try_parse_id_number(raw)), sum(try_parse_id_number(raw)),
                              string_agg(format_id_number(try_parse_id_number(raw), 1), '|' ORDER BY i))
FROM load_figures WHERE i BETWEEN :a AND :a + 199;
