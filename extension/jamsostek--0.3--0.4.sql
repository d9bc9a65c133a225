-- jamsostek 0.3 -> 0.4
--
-- 0.4 makes the extension trustworthy everywhere: PostgreSQL 15, 17 and 18,
-- the correctness fixes of the adversarial pass, one SQL surface that
-- untyped parameters resolve against, and the district and consistency
-- functions.  Each part has a section of its own below.

\echo Use "ALTER EXTENSION jamsostek UPDATE TO '0.4'" to load this file. \quit

-- ==== Summary accessors renamed (issue #15) ====
--
-- In 0.3 the accessors of the summary types shared their names with the
-- scalar functions: coverage_pct(coverage_summary, integer) beside
-- coverage_pct(numeric, numeric, integer), growth_pct(growth_summary,
-- integer) beside growth_pct(numeric, numeric, integer).  With untyped
-- arguments (node-postgres sends every parameter untyped, and so does a
-- quoted literal) PostgreSQL cannot choose between them: coverage_pct($1, $2)
-- failed with "function is not unique".  Every accessor is now named after
-- its type, as its C entry point always was, so no accessor can collide with
-- a scalar function whatever the arguments' types.  Renaming keeps each
-- function's OID: views, materialized views, indexes and the aggregates'
-- final functions that use an accessor keep working unchanged.
ALTER FUNCTION @extschema@.coverage_ratio(@extschema@.coverage_summary) RENAME TO coverage_summary_ratio;
ALTER FUNCTION @extschema@.coverage_pct(@extschema@.coverage_summary, integer) RENAME TO coverage_summary_pct;
ALTER FUNCTION @extschema@.coverage_shortfall(@extschema@.coverage_summary, numeric) RENAME TO coverage_summary_shortfall;
ALTER FUNCTION @extschema@.covered(@extschema@.coverage_summary) RENAME TO coverage_summary_covered;
ALTER FUNCTION @extschema@.population(@extschema@.coverage_summary) RENAME TO coverage_summary_population;
ALTER FUNCTION @extschema@.summary_rows(@extschema@.coverage_summary) RENAME TO coverage_summary_rows;
ALTER FUNCTION @extschema@.growth_rate(@extschema@.growth_summary) RENAME TO growth_summary_rate;
ALTER FUNCTION @extschema@.growth_pct(@extschema@.growth_summary, integer) RENAME TO growth_summary_pct;
ALTER FUNCTION @extschema@.cagr(@extschema@.growth_summary) RENAME TO growth_summary_cagr;

-- The aggregates' descriptions name the accessors by their new names.
COMMENT ON AGGREGATE @extschema@.coverage_summary(smallint, smallint) IS
'Summary of covered and population that rolls up exactly: coverage_summary_ratio(rollup(s)) equals coverage_agg over the same rows';
COMMENT ON AGGREGATE @extschema@.coverage_summary(integer, integer) IS
'Summary of covered and population that rolls up exactly: coverage_summary_ratio(rollup(s)) equals coverage_agg over the same rows';
COMMENT ON AGGREGATE @extschema@.coverage_summary(bigint, bigint) IS
'Summary of covered and population that rolls up exactly: coverage_summary_ratio(rollup(s)) equals coverage_agg over the same rows';
COMMENT ON AGGREGATE @extschema@.coverage_summary(numeric, numeric) IS
'Summary of covered and population that rolls up exactly: coverage_summary_ratio(rollup(s)) equals coverage_agg over the same rows';
COMMENT ON AGGREGATE @extschema@.growth_summary(smallint, integer) IS
'First and last period of the group with their totals, for rollup(), growth_summary_rate(), growth_summary_pct() and growth_summary_cagr()';
COMMENT ON AGGREGATE @extschema@.growth_summary(smallint, date) IS
'First and last period of the group with their totals, for rollup(), growth_summary_rate(), growth_summary_pct() and growth_summary_cagr()';
COMMENT ON AGGREGATE @extschema@.growth_summary(smallint, timestamp) IS
'First and last period of the group with their totals, for rollup(), growth_summary_rate(), growth_summary_pct() and growth_summary_cagr()';
COMMENT ON AGGREGATE @extschema@.growth_summary(smallint, timestamptz) IS
'First and last period of the group with their totals, for rollup(), growth_summary_rate(), growth_summary_pct() and growth_summary_cagr()';
COMMENT ON AGGREGATE @extschema@.growth_summary(integer, integer) IS
'First and last period of the group with their totals, for rollup(), growth_summary_rate(), growth_summary_pct() and growth_summary_cagr()';
COMMENT ON AGGREGATE @extschema@.growth_summary(integer, date) IS
'First and last period of the group with their totals, for rollup(), growth_summary_rate(), growth_summary_pct() and growth_summary_cagr()';
COMMENT ON AGGREGATE @extschema@.growth_summary(integer, timestamp) IS
'First and last period of the group with their totals, for rollup(), growth_summary_rate(), growth_summary_pct() and growth_summary_cagr()';
COMMENT ON AGGREGATE @extschema@.growth_summary(integer, timestamptz) IS
'First and last period of the group with their totals, for rollup(), growth_summary_rate(), growth_summary_pct() and growth_summary_cagr()';
COMMENT ON AGGREGATE @extschema@.growth_summary(bigint, integer) IS
'First and last period of the group with their totals, for rollup(), growth_summary_rate(), growth_summary_pct() and growth_summary_cagr()';
COMMENT ON AGGREGATE @extschema@.growth_summary(bigint, date) IS
'First and last period of the group with their totals, for rollup(), growth_summary_rate(), growth_summary_pct() and growth_summary_cagr()';
COMMENT ON AGGREGATE @extschema@.growth_summary(bigint, timestamp) IS
'First and last period of the group with their totals, for rollup(), growth_summary_rate(), growth_summary_pct() and growth_summary_cagr()';
COMMENT ON AGGREGATE @extschema@.growth_summary(bigint, timestamptz) IS
'First and last period of the group with their totals, for rollup(), growth_summary_rate(), growth_summary_pct() and growth_summary_cagr()';
COMMENT ON AGGREGATE @extschema@.growth_summary(numeric, integer) IS
'First and last period of the group with their totals, for rollup(), growth_summary_rate(), growth_summary_pct() and growth_summary_cagr()';
COMMENT ON AGGREGATE @extschema@.growth_summary(numeric, date) IS
'First and last period of the group with their totals, for rollup(), growth_summary_rate(), growth_summary_pct() and growth_summary_cagr()';
COMMENT ON AGGREGATE @extschema@.growth_summary(numeric, timestamp) IS
'First and last period of the group with their totals, for rollup(), growth_summary_rate(), growth_summary_pct() and growth_summary_cagr()';
COMMENT ON AGGREGATE @extschema@.growth_summary(numeric, timestamptz) IS
'First and last period of the group with their totals, for rollup(), growth_summary_rate(), growth_summary_pct() and growth_summary_cagr()';

-- ==== Districts in both code systems; what a rounded percentage allows (issue #18) ====

-- The 514 kabupaten/kota from data/districts.csv (data/districts-SOURCES.md
-- says where each column comes from), as jamsostek_province holds the
-- provinces: a view over a VALUES list, read-only by construction and part
-- of the extension's definition.  sql/districts.sql checks it against the
-- CSV row for row.
CREATE VIEW @extschema@.jamsostek_district AS
SELECT kemendagri_code, bps_code, province_kemendagri, province_bps, kind, name, bps_name
FROM (VALUES
        ('11.01', '1103', '11', '11', 'kabupaten', 'Aceh Selatan', 'Aceh Selatan'),
        ('11.02', '1104', '11', '11', 'kabupaten', 'Aceh Tenggara', 'Aceh Tenggara'),
        ('11.03', '1105', '11', '11', 'kabupaten', 'Aceh Timur', 'Aceh Timur'),
        ('11.04', '1106', '11', '11', 'kabupaten', 'Aceh Tengah', 'Aceh Tengah'),
        ('11.05', '1107', '11', '11', 'kabupaten', 'Aceh Barat', 'Aceh Barat'),
        ('11.06', '1108', '11', '11', 'kabupaten', 'Aceh Besar', 'Aceh Besar'),
        ('11.07', '1109', '11', '11', 'kabupaten', 'Pidie', 'Pidie'),
        ('11.08', '1111', '11', '11', 'kabupaten', 'Aceh Utara', 'Aceh Utara'),
        ('11.09', '1101', '11', '11', 'kabupaten', 'Simeulue', 'Simeulue'),
        ('11.10', '1102', '11', '11', 'kabupaten', 'Aceh Singkil', 'Aceh Singkil'),
        ('11.11', '1110', '11', '11', 'kabupaten', 'Bireuen', 'Bireuen'),
        ('11.12', '1112', '11', '11', 'kabupaten', 'Aceh Barat Daya', 'Aceh Barat Daya'),
        ('11.13', '1113', '11', '11', 'kabupaten', 'Gayo Lues', 'Gayo Lues'),
        ('11.14', '1116', '11', '11', 'kabupaten', 'Aceh Jaya', 'Aceh Jaya'),
        ('11.15', '1115', '11', '11', 'kabupaten', 'Nagan Raya', 'Nagan Raya'),
        ('11.16', '1114', '11', '11', 'kabupaten', 'Aceh Tamiang', 'Aceh Tamiang'),
        ('11.17', '1117', '11', '11', 'kabupaten', 'Bener Meriah', 'Bener Meriah'),
        ('11.18', '1118', '11', '11', 'kabupaten', 'Pidie Jaya', 'Pidie Jaya'),
        ('11.71', '1171', '11', '11', 'kota', 'Banda Aceh', 'Banda Aceh'),
        ('11.72', '1172', '11', '11', 'kota', 'Sabang', 'Sabang'),
        ('11.73', '1174', '11', '11', 'kota', 'Lhokseumawe', 'Lhokseumawe'),
        ('11.74', '1173', '11', '11', 'kota', 'Langsa', 'Langsa'),
        ('11.75', '1175', '11', '11', 'kota', 'Subulussalam', 'Subulussalam'),
        ('12.01', '1204', '12', '12', 'kabupaten', 'Tapanuli Tengah', 'Tapanuli Tengah'),
        ('12.02', '1205', '12', '12', 'kabupaten', 'Tapanuli Utara', 'Tapanuli Utara'),
        ('12.03', '1203', '12', '12', 'kabupaten', 'Tapanuli Selatan', 'Tapanuli Selatan'),
        ('12.04', '1201', '12', '12', 'kabupaten', 'Nias', 'Nias'),
        ('12.05', '1213', '12', '12', 'kabupaten', 'Langkat', 'Langkat'),
        ('12.06', '1211', '12', '12', 'kabupaten', 'Karo', 'Karo'),
        ('12.07', '1212', '12', '12', 'kabupaten', 'Deli Serdang', 'Deli Serdang'),
        ('12.08', '1209', '12', '12', 'kabupaten', 'Simalungun', 'Simalungun'),
        ('12.09', '1208', '12', '12', 'kabupaten', 'Asahan', 'Asahan'),
        ('12.10', '1207', '12', '12', 'kabupaten', 'Labuhanbatu', 'Labuhanbatu'),
        ('12.11', '1210', '12', '12', 'kabupaten', 'Dairi', 'Dairi'),
        ('12.12', '1206', '12', '12', 'kabupaten', 'Toba', 'Toba'),
        ('12.13', '1202', '12', '12', 'kabupaten', 'Mandailing Natal', 'Mandailing Natal'),
        ('12.14', '1214', '12', '12', 'kabupaten', 'Nias Selatan', 'Nias Selatan'),
        ('12.15', '1216', '12', '12', 'kabupaten', 'Pakpak Bharat', 'Pakpak Bharat'),
        ('12.16', '1215', '12', '12', 'kabupaten', 'Humbang Hasundutan', 'Humbang Hasundutan'),
        ('12.17', '1217', '12', '12', 'kabupaten', 'Samosir', 'Samosir'),
        ('12.18', '1218', '12', '12', 'kabupaten', 'Serdang Bedagai', 'Serdang Bedagai'),
        ('12.19', '1219', '12', '12', 'kabupaten', 'Batu Bara', 'Batu Bara'),
        ('12.20', '1220', '12', '12', 'kabupaten', 'Padang Lawas Utara', 'Padang Lawas Utara'),
        ('12.21', '1221', '12', '12', 'kabupaten', 'Padang Lawas', 'Padang Lawas'),
        ('12.22', '1222', '12', '12', 'kabupaten', 'Labuhanbatu Selatan', 'Labuhanbatu Selatan'),
        ('12.23', '1223', '12', '12', 'kabupaten', 'Labuhanbatu Utara', 'Labuhanbatu Utara'),
        ('12.24', '1224', '12', '12', 'kabupaten', 'Nias Utara', 'Nias Utara'),
        ('12.25', '1225', '12', '12', 'kabupaten', 'Nias Barat', 'Nias Barat'),
        ('12.71', '1275', '12', '12', 'kota', 'Medan', 'Medan'),
        ('12.72', '1273', '12', '12', 'kota', 'Pematangsiantar', 'Pematang Siantar'),
        ('12.73', '1271', '12', '12', 'kota', 'Sibolga', 'Sibolga'),
        ('12.74', '1272', '12', '12', 'kota', 'Tanjungbalai', 'Tanjungbalai'),
        ('12.75', '1276', '12', '12', 'kota', 'Binjai', 'Binjai'),
        ('12.76', '1274', '12', '12', 'kota', 'Tebing Tinggi', 'Tebing Tinggi'),
        ('12.77', '1277', '12', '12', 'kota', 'Padangsidimpuan', 'Padangsidimpuan'),
        ('12.78', '1278', '12', '12', 'kota', 'Gunungsitoli', 'Gunungsitoli'),
        ('13.01', '1302', '13', '13', 'kabupaten', 'Pesisir Selatan', 'Pesisir Selatan'),
        ('13.02', '1303', '13', '13', 'kabupaten', 'Solok', 'Solok'),
        ('13.03', '1304', '13', '13', 'kabupaten', 'Sijunjung', 'Sijunjung'),
        ('13.04', '1305', '13', '13', 'kabupaten', 'Tanah Datar', 'Tanah Datar'),
        ('13.05', '1306', '13', '13', 'kabupaten', 'Padang Pariaman', 'Padang Pariaman'),
        ('13.06', '1307', '13', '13', 'kabupaten', 'Agam', 'Agam'),
        ('13.07', '1308', '13', '13', 'kabupaten', 'Lima Puluh Kota', 'Lima Puluh Kota'),
        ('13.08', '1309', '13', '13', 'kabupaten', 'Pasaman', 'Pasaman'),
        ('13.09', '1301', '13', '13', 'kabupaten', 'Kepulauan Mentawai', 'Kepulauan Mentawai'),
        ('13.10', '1311', '13', '13', 'kabupaten', 'Dharmasraya', 'Dharmasraya'),
        ('13.11', '1310', '13', '13', 'kabupaten', 'Solok Selatan', 'Solok Selatan'),
        ('13.12', '1312', '13', '13', 'kabupaten', 'Pasaman Barat', 'Pasaman Barat'),
        ('13.71', '1371', '13', '13', 'kota', 'Padang', 'Padang'),
        ('13.72', '1372', '13', '13', 'kota', 'Solok', 'Solok'),
        ('13.73', '1373', '13', '13', 'kota', 'Sawahlunto', 'Sawahlunto'),
        ('13.74', '1374', '13', '13', 'kota', 'Padang Panjang', 'Padang Panjang'),
        ('13.75', '1375', '13', '13', 'kota', 'Bukittinggi', 'Bukittinggi'),
        ('13.76', '1376', '13', '13', 'kota', 'Payakumbuh', 'Payakumbuh'),
        ('13.77', '1377', '13', '13', 'kota', 'Pariaman', 'Pariaman'),
        ('14.01', '1406', '14', '14', 'kabupaten', 'Kampar', 'Kampar'),
        ('14.02', '1402', '14', '14', 'kabupaten', 'Indragiri Hulu', 'Indragiri Hulu'),
        ('14.03', '1408', '14', '14', 'kabupaten', 'Bengkalis', 'Bengkalis'),
        ('14.04', '1403', '14', '14', 'kabupaten', 'Indragiri Hilir', 'Indragiri Hilir'),
        ('14.05', '1404', '14', '14', 'kabupaten', 'Pelalawan', 'Pelalawan'),
        ('14.06', '1407', '14', '14', 'kabupaten', 'Rokan Hulu', 'Rokan Hulu'),
        ('14.07', '1409', '14', '14', 'kabupaten', 'Rokan Hilir', 'Rokan Hilir'),
        ('14.08', '1405', '14', '14', 'kabupaten', 'Siak', 'Siak'),
        ('14.09', '1401', '14', '14', 'kabupaten', 'Kuantan Singingi', 'Kuantan Singingi'),
        ('14.10', '1410', '14', '14', 'kabupaten', 'Kepulauan Meranti', 'Kepulauan Meranti'),
        ('14.71', '1471', '14', '14', 'kota', 'Pekanbaru', 'Pekanbaru'),
        ('14.72', '1473', '14', '14', 'kota', 'Dumai', 'Dumai'),
        ('15.01', '1501', '15', '15', 'kabupaten', 'Kerinci', 'Kerinci'),
        ('15.02', '1502', '15', '15', 'kabupaten', 'Merangin', 'Merangin'),
        ('15.03', '1503', '15', '15', 'kabupaten', 'Sarolangun', 'Sarolangun'),
        ('15.04', '1504', '15', '15', 'kabupaten', 'Batanghari', 'Batang Hari'),
        ('15.05', '1505', '15', '15', 'kabupaten', 'Muaro Jambi', 'Muaro Jambi'),
        ('15.06', '1507', '15', '15', 'kabupaten', 'Tanjung Jabung Barat', 'Tanjung Jabung Barat'),
        ('15.07', '1506', '15', '15', 'kabupaten', 'Tanjung Jabung Timur', 'Tanjung Jabung Timur'),
        ('15.08', '1509', '15', '15', 'kabupaten', 'Bungo', 'Bungo'),
        ('15.09', '1508', '15', '15', 'kabupaten', 'Tebo', 'Tebo'),
        ('15.71', '1571', '15', '15', 'kota', 'Jambi', 'Jambi'),
        ('15.72', '1572', '15', '15', 'kota', 'Sungai Penuh', 'Sungai Penuh'),
        ('16.01', '1601', '16', '16', 'kabupaten', 'Ogan Komering Ulu', 'Ogan Komering Ulu'),
        ('16.02', '1602', '16', '16', 'kabupaten', 'Ogan Komering Ilir', 'Ogan Komering Ilir'),
        ('16.03', '1603', '16', '16', 'kabupaten', 'Muara Enim', 'Muara Enim'),
        ('16.04', '1604', '16', '16', 'kabupaten', 'Lahat', 'Lahat'),
        ('16.05', '1605', '16', '16', 'kabupaten', 'Musi Rawas', 'Musi Rawas'),
        ('16.06', '1606', '16', '16', 'kabupaten', 'Musi Banyuasin', 'Musi Banyuasin'),
        ('16.07', '1607', '16', '16', 'kabupaten', 'Banyuasin', 'Banyu Asin'),
        ('16.08', '1609', '16', '16', 'kabupaten', 'Ogan Komering Ulu Timur', 'Ogan Komering Ulu Timur'),
        ('16.09', '1608', '16', '16', 'kabupaten', 'Ogan Komering Ulu Selatan', 'Ogan Komering Ulu Selatan'),
        ('16.10', '1610', '16', '16', 'kabupaten', 'Ogan Ilir', 'Ogan Ilir'),
        ('16.11', '1611', '16', '16', 'kabupaten', 'Empat Lawang', 'Empat Lawang'),
        ('16.12', '1612', '16', '16', 'kabupaten', 'Penukal Abab Lematang Ilir', 'Penukal Abab Lematang Ilir'),
        ('16.13', '1613', '16', '16', 'kabupaten', 'Musi Rawas Utara', 'Musi Rawas Utara'),
        ('16.71', '1671', '16', '16', 'kota', 'Palembang', 'Palembang'),
        ('16.72', '1673', '16', '16', 'kota', 'Pagar Alam', 'Pagar Alam'),
        ('16.73', '1674', '16', '16', 'kota', 'Lubuk Linggau', 'Lubuklinggau'),
        ('16.74', '1672', '16', '16', 'kota', 'Prabumulih', 'Prabumulih'),
        ('17.01', '1701', '17', '17', 'kabupaten', 'Bengkulu Selatan', 'Bengkulu Selatan'),
        ('17.02', '1702', '17', '17', 'kabupaten', 'Rejang Lebong', 'Rejang Lebong'),
        ('17.03', '1703', '17', '17', 'kabupaten', 'Bengkulu Utara', 'Bengkulu Utara'),
        ('17.04', '1704', '17', '17', 'kabupaten', 'Kaur', 'Kaur'),
        ('17.05', '1705', '17', '17', 'kabupaten', 'Seluma', 'Seluma'),
        ('17.06', '1706', '17', '17', 'kabupaten', 'Mukomuko', 'Mukomuko'),
        ('17.07', '1707', '17', '17', 'kabupaten', 'Lebong', 'Lebong'),
        ('17.08', '1708', '17', '17', 'kabupaten', 'Kepahiang', 'Kepahiang'),
        ('17.09', '1709', '17', '17', 'kabupaten', 'Bengkulu Tengah', 'Bengkulu Tengah'),
        ('17.71', '1771', '17', '17', 'kota', 'Bengkulu', 'Bengkulu'),
        ('18.01', '1803', '18', '18', 'kabupaten', 'Lampung Selatan', 'Lampung Selatan'),
        ('18.02', '1805', '18', '18', 'kabupaten', 'Lampung Tengah', 'Lampung Tengah'),
        ('18.03', '1806', '18', '18', 'kabupaten', 'Lampung Utara', 'Lampung Utara'),
        ('18.04', '1801', '18', '18', 'kabupaten', 'Lampung Barat', 'Lampung Barat'),
        ('18.05', '1808', '18', '18', 'kabupaten', 'Tulang Bawang', 'Tulangbawang'),
        ('18.06', '1802', '18', '18', 'kabupaten', 'Tanggamus', 'Tanggamus'),
        ('18.07', '1804', '18', '18', 'kabupaten', 'Lampung Timur', 'Lampung Timur'),
        ('18.08', '1807', '18', '18', 'kabupaten', 'Way Kanan', 'Way Kanan'),
        ('18.09', '1809', '18', '18', 'kabupaten', 'Pesawaran', 'Pesawaran'),
        ('18.10', '1810', '18', '18', 'kabupaten', 'Pringsewu', 'Pringsewu'),
        ('18.11', '1811', '18', '18', 'kabupaten', 'Mesuji', 'Mesuji'),
        ('18.12', '1812', '18', '18', 'kabupaten', 'Tulang Bawang Barat', 'Tulang Bawang Barat'),
        ('18.13', '1813', '18', '18', 'kabupaten', 'Pesisir Barat', 'Pesisir Barat'),
        ('18.71', '1871', '18', '18', 'kota', 'Bandar Lampung', 'Bandar Lampung'),
        ('18.72', '1872', '18', '18', 'kota', 'Metro', 'Metro'),
        ('19.01', '1901', '19', '19', 'kabupaten', 'Bangka', 'Bangka'),
        ('19.02', '1902', '19', '19', 'kabupaten', 'Belitung', 'Belitung'),
        ('19.03', '1905', '19', '19', 'kabupaten', 'Bangka Selatan', 'Bangka Selatan'),
        ('19.04', '1904', '19', '19', 'kabupaten', 'Bangka Tengah', 'Bangka Tengah'),
        ('19.05', '1903', '19', '19', 'kabupaten', 'Bangka Barat', 'Bangka Barat'),
        ('19.06', '1906', '19', '19', 'kabupaten', 'Belitung Timur', 'Belitung Timur'),
        ('19.71', '1971', '19', '19', 'kota', 'Pangkal Pinang', 'Pangkalpinang'),
        ('21.01', '2102', '21', '21', 'kabupaten', 'Bintan', 'Bintan'),
        ('21.02', '2101', '21', '21', 'kabupaten', 'Karimun', 'Karimun'),
        ('21.03', '2103', '21', '21', 'kabupaten', 'Natuna', 'Natuna'),
        ('21.04', '2104', '21', '21', 'kabupaten', 'Lingga', 'Lingga'),
        ('21.05', '2105', '21', '21', 'kabupaten', 'Kepulauan Anambas', 'Kepulauan Anambas'),
        ('21.71', '2171', '21', '21', 'kota', 'Batam', 'Batam'),
        ('21.72', '2172', '21', '21', 'kota', 'Tanjung Pinang', 'Tanjung Pinang'),
        ('31.01', '3101', '31', '31', 'kabupaten', 'Kepulauan Seribu', 'Kepulauan Seribu'),
        ('31.71', '3173', '31', '31', 'kota', 'Jakarta Pusat', 'Jakarta Pusat'),
        ('31.72', '3175', '31', '31', 'kota', 'Jakarta Utara', 'Jakarta Utara'),
        ('31.73', '3174', '31', '31', 'kota', 'Jakarta Barat', 'Jakarta Barat'),
        ('31.74', '3171', '31', '31', 'kota', 'Jakarta Selatan', 'Jakarta Selatan'),
        ('31.75', '3172', '31', '31', 'kota', 'Jakarta Timur', 'Jakarta Timur'),
        ('32.01', '3201', '32', '32', 'kabupaten', 'Bogor', 'Bogor'),
        ('32.02', '3202', '32', '32', 'kabupaten', 'Sukabumi', 'Sukabumi'),
        ('32.03', '3203', '32', '32', 'kabupaten', 'Cianjur', 'Cianjur'),
        ('32.04', '3204', '32', '32', 'kabupaten', 'Bandung', 'Bandung'),
        ('32.05', '3205', '32', '32', 'kabupaten', 'Garut', 'Garut'),
        ('32.06', '3206', '32', '32', 'kabupaten', 'Tasikmalaya', 'Tasikmalaya'),
        ('32.07', '3207', '32', '32', 'kabupaten', 'Ciamis', 'Ciamis'),
        ('32.08', '3208', '32', '32', 'kabupaten', 'Kuningan', 'Kuningan'),
        ('32.09', '3209', '32', '32', 'kabupaten', 'Cirebon', 'Cirebon'),
        ('32.10', '3210', '32', '32', 'kabupaten', 'Majalengka', 'Majalengka'),
        ('32.11', '3211', '32', '32', 'kabupaten', 'Sumedang', 'Sumedang'),
        ('32.12', '3212', '32', '32', 'kabupaten', 'Indramayu', 'Indramayu'),
        ('32.13', '3213', '32', '32', 'kabupaten', 'Subang', 'Subang'),
        ('32.14', '3214', '32', '32', 'kabupaten', 'Purwakarta', 'Purwakarta'),
        ('32.15', '3215', '32', '32', 'kabupaten', 'Karawang', 'Karawang'),
        ('32.16', '3216', '32', '32', 'kabupaten', 'Bekasi', 'Bekasi'),
        ('32.17', '3217', '32', '32', 'kabupaten', 'Bandung Barat', 'Bandung Barat'),
        ('32.18', '3218', '32', '32', 'kabupaten', 'Pangandaran', 'Pangandaran'),
        ('32.71', '3271', '32', '32', 'kota', 'Bogor', 'Bogor'),
        ('32.72', '3272', '32', '32', 'kota', 'Sukabumi', 'Sukabumi'),
        ('32.73', '3273', '32', '32', 'kota', 'Bandung', 'Bandung'),
        ('32.74', '3274', '32', '32', 'kota', 'Cirebon', 'Cirebon'),
        ('32.75', '3275', '32', '32', 'kota', 'Bekasi', 'Bekasi'),
        ('32.76', '3276', '32', '32', 'kota', 'Depok', 'Depok'),
        ('32.77', '3277', '32', '32', 'kota', 'Cimahi', 'Cimahi'),
        ('32.78', '3278', '32', '32', 'kota', 'Tasikmalaya', 'Tasikmalaya'),
        ('32.79', '3279', '32', '32', 'kota', 'Banjar', 'Banjar'),
        ('33.01', '3301', '33', '33', 'kabupaten', 'Cilacap', 'Cilacap'),
        ('33.02', '3302', '33', '33', 'kabupaten', 'Banyumas', 'Banyumas'),
        ('33.03', '3303', '33', '33', 'kabupaten', 'Purbalingga', 'Purbalingga'),
        ('33.04', '3304', '33', '33', 'kabupaten', 'Banjarnegara', 'Banjarnegara'),
        ('33.05', '3305', '33', '33', 'kabupaten', 'Kebumen', 'Kebumen'),
        ('33.06', '3306', '33', '33', 'kabupaten', 'Purworejo', 'Purworejo'),
        ('33.07', '3307', '33', '33', 'kabupaten', 'Wonosobo', 'Wonosobo'),
        ('33.08', '3308', '33', '33', 'kabupaten', 'Magelang', 'Magelang'),
        ('33.09', '3309', '33', '33', 'kabupaten', 'Boyolali', 'Boyolali'),
        ('33.10', '3310', '33', '33', 'kabupaten', 'Klaten', 'Klaten'),
        ('33.11', '3311', '33', '33', 'kabupaten', 'Sukoharjo', 'Sukoharjo'),
        ('33.12', '3312', '33', '33', 'kabupaten', 'Wonogiri', 'Wonogiri'),
        ('33.13', '3313', '33', '33', 'kabupaten', 'Karanganyar', 'Karanganyar'),
        ('33.14', '3314', '33', '33', 'kabupaten', 'Sragen', 'Sragen'),
        ('33.15', '3315', '33', '33', 'kabupaten', 'Grobogan', 'Grobogan'),
        ('33.16', '3316', '33', '33', 'kabupaten', 'Blora', 'Blora'),
        ('33.17', '3317', '33', '33', 'kabupaten', 'Rembang', 'Rembang'),
        ('33.18', '3318', '33', '33', 'kabupaten', 'Pati', 'Pati'),
        ('33.19', '3319', '33', '33', 'kabupaten', 'Kudus', 'Kudus'),
        ('33.20', '3320', '33', '33', 'kabupaten', 'Jepara', 'Jepara'),
        ('33.21', '3321', '33', '33', 'kabupaten', 'Demak', 'Demak'),
        ('33.22', '3322', '33', '33', 'kabupaten', 'Semarang', 'Semarang'),
        ('33.23', '3323', '33', '33', 'kabupaten', 'Temanggung', 'Temanggung'),
        ('33.24', '3324', '33', '33', 'kabupaten', 'Kendal', 'Kendal'),
        ('33.25', '3325', '33', '33', 'kabupaten', 'Batang', 'Batang'),
        ('33.26', '3326', '33', '33', 'kabupaten', 'Pekalongan', 'Pekalongan'),
        ('33.27', '3327', '33', '33', 'kabupaten', 'Pemalang', 'Pemalang'),
        ('33.28', '3328', '33', '33', 'kabupaten', 'Tegal', 'Tegal'),
        ('33.29', '3329', '33', '33', 'kabupaten', 'Brebes', 'Brebes'),
        ('33.71', '3371', '33', '33', 'kota', 'Magelang', 'Magelang'),
        ('33.72', '3372', '33', '33', 'kota', 'Surakarta', 'Surakarta'),
        ('33.73', '3373', '33', '33', 'kota', 'Salatiga', 'Salatiga'),
        ('33.74', '3374', '33', '33', 'kota', 'Semarang', 'Semarang'),
        ('33.75', '3375', '33', '33', 'kota', 'Pekalongan', 'Pekalongan'),
        ('33.76', '3376', '33', '33', 'kota', 'Tegal', 'Tegal'),
        ('34.01', '3401', '34', '34', 'kabupaten', 'Kulon Progo', 'Kulon Progo'),
        ('34.02', '3402', '34', '34', 'kabupaten', 'Bantul', 'Bantul'),
        ('34.03', '3403', '34', '34', 'kabupaten', 'Gunungkidul', 'Gunungkidul'),
        ('34.04', '3404', '34', '34', 'kabupaten', 'Sleman', 'Sleman'),
        ('34.71', '3471', '34', '34', 'kota', 'Yogyakarta', 'Yogyakarta'),
        ('35.01', '3501', '35', '35', 'kabupaten', 'Pacitan', 'Pacitan'),
        ('35.02', '3502', '35', '35', 'kabupaten', 'Ponorogo', 'Ponorogo'),
        ('35.03', '3503', '35', '35', 'kabupaten', 'Trenggalek', 'Trenggalek'),
        ('35.04', '3504', '35', '35', 'kabupaten', 'Tulungagung', 'Tulungagung'),
        ('35.05', '3505', '35', '35', 'kabupaten', 'Blitar', 'Blitar'),
        ('35.06', '3506', '35', '35', 'kabupaten', 'Kediri', 'Kediri'),
        ('35.07', '3507', '35', '35', 'kabupaten', 'Malang', 'Malang'),
        ('35.08', '3508', '35', '35', 'kabupaten', 'Lumajang', 'Lumajang'),
        ('35.09', '3509', '35', '35', 'kabupaten', 'Jember', 'Jember'),
        ('35.10', '3510', '35', '35', 'kabupaten', 'Banyuwangi', 'Banyuwangi'),
        ('35.11', '3511', '35', '35', 'kabupaten', 'Bondowoso', 'Bondowoso'),
        ('35.12', '3512', '35', '35', 'kabupaten', 'Situbondo', 'Situbondo'),
        ('35.13', '3513', '35', '35', 'kabupaten', 'Probolinggo', 'Probolinggo'),
        ('35.14', '3514', '35', '35', 'kabupaten', 'Pasuruan', 'Pasuruan'),
        ('35.15', '3515', '35', '35', 'kabupaten', 'Sidoarjo', 'Sidoarjo'),
        ('35.16', '3516', '35', '35', 'kabupaten', 'Mojokerto', 'Mojokerto'),
        ('35.17', '3517', '35', '35', 'kabupaten', 'Jombang', 'Jombang'),
        ('35.18', '3518', '35', '35', 'kabupaten', 'Nganjuk', 'Nganjuk'),
        ('35.19', '3519', '35', '35', 'kabupaten', 'Madiun', 'Madiun'),
        ('35.20', '3520', '35', '35', 'kabupaten', 'Magetan', 'Magetan'),
        ('35.21', '3521', '35', '35', 'kabupaten', 'Ngawi', 'Ngawi'),
        ('35.22', '3522', '35', '35', 'kabupaten', 'Bojonegoro', 'Bojonegoro'),
        ('35.23', '3523', '35', '35', 'kabupaten', 'Tuban', 'Tuban'),
        ('35.24', '3524', '35', '35', 'kabupaten', 'Lamongan', 'Lamongan'),
        ('35.25', '3525', '35', '35', 'kabupaten', 'Gresik', 'Gresik'),
        ('35.26', '3526', '35', '35', 'kabupaten', 'Bangkalan', 'Bangkalan'),
        ('35.27', '3527', '35', '35', 'kabupaten', 'Sampang', 'Sampang'),
        ('35.28', '3528', '35', '35', 'kabupaten', 'Pamekasan', 'Pamekasan'),
        ('35.29', '3529', '35', '35', 'kabupaten', 'Sumenep', 'Sumenep'),
        ('35.71', '3571', '35', '35', 'kota', 'Kediri', 'Kediri'),
        ('35.72', '3572', '35', '35', 'kota', 'Blitar', 'Blitar'),
        ('35.73', '3573', '35', '35', 'kota', 'Malang', 'Malang'),
        ('35.74', '3574', '35', '35', 'kota', 'Probolinggo', 'Probolinggo'),
        ('35.75', '3575', '35', '35', 'kota', 'Pasuruan', 'Pasuruan'),
        ('35.76', '3576', '35', '35', 'kota', 'Mojokerto', 'Mojokerto'),
        ('35.77', '3577', '35', '35', 'kota', 'Madiun', 'Madiun'),
        ('35.78', '3578', '35', '35', 'kota', 'Surabaya', 'Surabaya'),
        ('35.79', '3579', '35', '35', 'kota', 'Batu', 'Batu'),
        ('36.01', '3601', '36', '36', 'kabupaten', 'Pandeglang', 'Pandeglang'),
        ('36.02', '3602', '36', '36', 'kabupaten', 'Lebak', 'Lebak'),
        ('36.03', '3603', '36', '36', 'kabupaten', 'Tangerang', 'Tangerang'),
        ('36.04', '3604', '36', '36', 'kabupaten', 'Serang', 'Serang'),
        ('36.71', '3671', '36', '36', 'kota', 'Tangerang', 'Tangerang'),
        ('36.72', '3672', '36', '36', 'kota', 'Cilegon', 'Cilegon'),
        ('36.73', '3673', '36', '36', 'kota', 'Serang', 'Serang'),
        ('36.74', '3674', '36', '36', 'kota', 'Tangerang Selatan', 'Tangerang Selatan'),
        ('51.01', '5101', '51', '51', 'kabupaten', 'Jembrana', 'Jembrana'),
        ('51.02', '5102', '51', '51', 'kabupaten', 'Tabanan', 'Tabanan'),
        ('51.03', '5103', '51', '51', 'kabupaten', 'Badung', 'Badung'),
        ('51.04', '5104', '51', '51', 'kabupaten', 'Gianyar', 'Gianyar'),
        ('51.05', '5105', '51', '51', 'kabupaten', 'Klungkung', 'Klungkung'),
        ('51.06', '5106', '51', '51', 'kabupaten', 'Bangli', 'Bangli'),
        ('51.07', '5107', '51', '51', 'kabupaten', 'Karangasem', 'Karangasem'),
        ('51.08', '5108', '51', '51', 'kabupaten', 'Buleleng', 'Buleleng'),
        ('51.71', '5171', '51', '51', 'kota', 'Denpasar', 'Denpasar'),
        ('52.01', '5201', '52', '52', 'kabupaten', 'Lombok Barat', 'Lombok Barat'),
        ('52.02', '5202', '52', '52', 'kabupaten', 'Lombok Tengah', 'Lombok Tengah'),
        ('52.03', '5203', '52', '52', 'kabupaten', 'Lombok Timur', 'Lombok Timur'),
        ('52.04', '5204', '52', '52', 'kabupaten', 'Sumbawa', 'Sumbawa'),
        ('52.05', '5205', '52', '52', 'kabupaten', 'Dompu', 'Dompu'),
        ('52.06', '5206', '52', '52', 'kabupaten', 'Bima', 'Bima'),
        ('52.07', '5207', '52', '52', 'kabupaten', 'Sumbawa Barat', 'Sumbawa Barat'),
        ('52.08', '5208', '52', '52', 'kabupaten', 'Lombok Utara', 'Lombok Utara'),
        ('52.71', '5271', '52', '52', 'kota', 'Mataram', 'Mataram'),
        ('52.72', '5272', '52', '52', 'kota', 'Bima', 'Bima'),
        ('53.01', '5303', '53', '53', 'kabupaten', 'Kupang', 'Kupang'),
        ('53.02', '5304', '53', '53', 'kabupaten', 'Timor Tengah Selatan', 'Timor Tengah Selatan'),
        ('53.03', '5305', '53', '53', 'kabupaten', 'Timor Tengah Utara', 'Timor Tengah Utara'),
        ('53.04', '5306', '53', '53', 'kabupaten', 'Belu', 'Belu'),
        ('53.05', '5307', '53', '53', 'kabupaten', 'Alor', 'Alor'),
        ('53.06', '5309', '53', '53', 'kabupaten', 'Flores Timur', 'Flores Timur'),
        ('53.07', '5310', '53', '53', 'kabupaten', 'Sikka', 'Sikka'),
        ('53.08', '5311', '53', '53', 'kabupaten', 'Ende', 'Ende'),
        ('53.09', '5312', '53', '53', 'kabupaten', 'Ngada', 'Ngada'),
        ('53.10', '5313', '53', '53', 'kabupaten', 'Manggarai', 'Manggarai'),
        ('53.11', '5302', '53', '53', 'kabupaten', 'Sumba Timur', 'Sumba Timur'),
        ('53.12', '5301', '53', '53', 'kabupaten', 'Sumba Barat', 'Sumba Barat'),
        ('53.13', '5308', '53', '53', 'kabupaten', 'Lembata', 'Lembata'),
        ('53.14', '5314', '53', '53', 'kabupaten', 'Rote Ndao', 'Rote Ndao'),
        ('53.15', '5315', '53', '53', 'kabupaten', 'Manggarai Barat', 'Manggarai Barat'),
        ('53.16', '5318', '53', '53', 'kabupaten', 'Nagekeo', 'Nagekeo'),
        ('53.17', '5316', '53', '53', 'kabupaten', 'Sumba Tengah', 'Sumba Tengah'),
        ('53.18', '5317', '53', '53', 'kabupaten', 'Sumba Barat Daya', 'Sumba Barat Daya'),
        ('53.19', '5319', '53', '53', 'kabupaten', 'Manggarai Timur', 'Manggarai Timur'),
        ('53.20', '5320', '53', '53', 'kabupaten', 'Sabu Raijua', 'Sabu Raijua'),
        ('53.21', '5321', '53', '53', 'kabupaten', 'Malaka', 'Malaka'),
        ('53.71', '5371', '53', '53', 'kota', 'Kupang', 'Kupang'),
        ('61.01', '6101', '61', '61', 'kabupaten', 'Sambas', 'Sambas'),
        ('61.02', '6104', '61', '61', 'kabupaten', 'Mempawah', 'Mempawah'),
        ('61.03', '6105', '61', '61', 'kabupaten', 'Sanggau', 'Sanggau'),
        ('61.04', '6106', '61', '61', 'kabupaten', 'Ketapang', 'Ketapang'),
        ('61.05', '6107', '61', '61', 'kabupaten', 'Sintang', 'Sintang'),
        ('61.06', '6108', '61', '61', 'kabupaten', 'Kapuas Hulu', 'Kapuas Hulu'),
        ('61.07', '6102', '61', '61', 'kabupaten', 'Bengkayang', 'Bengkayang'),
        ('61.08', '6103', '61', '61', 'kabupaten', 'Landak', 'Landak'),
        ('61.09', '6109', '61', '61', 'kabupaten', 'Sekadau', 'Sekadau'),
        ('61.10', '6110', '61', '61', 'kabupaten', 'Melawi', 'Melawi'),
        ('61.11', '6111', '61', '61', 'kabupaten', 'Kayong Utara', 'Kayong Utara'),
        ('61.12', '6112', '61', '61', 'kabupaten', 'Kubu Raya', 'Kubu Raya'),
        ('61.71', '6171', '61', '61', 'kota', 'Pontianak', 'Pontianak'),
        ('61.72', '6172', '61', '61', 'kota', 'Singkawang', 'Singkawang'),
        ('62.01', '6201', '62', '62', 'kabupaten', 'Kotawaringin Barat', 'Kotawaringin Barat'),
        ('62.02', '6202', '62', '62', 'kabupaten', 'Kotawaringin Timur', 'Kotawaringin Timur'),
        ('62.03', '6203', '62', '62', 'kabupaten', 'Kapuas', 'Kapuas'),
        ('62.04', '6204', '62', '62', 'kabupaten', 'Barito Selatan', 'Barito Selatan'),
        ('62.05', '6205', '62', '62', 'kabupaten', 'Barito Utara', 'Barito Utara'),
        ('62.06', '6209', '62', '62', 'kabupaten', 'Katingan', 'Katingan'),
        ('62.07', '6208', '62', '62', 'kabupaten', 'Seruyan', 'Seruyan'),
        ('62.08', '6206', '62', '62', 'kabupaten', 'Sukamara', 'Sukamara'),
        ('62.09', '6207', '62', '62', 'kabupaten', 'Lamandau', 'Lamandau'),
        ('62.10', '6211', '62', '62', 'kabupaten', 'Gunung Mas', 'Gunung Mas'),
        ('62.11', '6210', '62', '62', 'kabupaten', 'Pulang Pisau', 'Pulang Pisau'),
        ('62.12', '6213', '62', '62', 'kabupaten', 'Murung Raya', 'Murung Raya'),
        ('62.13', '6212', '62', '62', 'kabupaten', 'Barito Timur', 'Barito Timur'),
        ('62.71', '6271', '62', '62', 'kota', 'Palangkaraya', 'Palangka Raya'),
        ('63.01', '6301', '63', '63', 'kabupaten', 'Tanah Laut', 'Tanah Laut'),
        ('63.02', '6302', '63', '63', 'kabupaten', 'Kotabaru', 'Kotabaru'),
        ('63.03', '6303', '63', '63', 'kabupaten', 'Banjar', 'Banjar'),
        ('63.04', '6304', '63', '63', 'kabupaten', 'Barito Kuala', 'Barito Kuala'),
        ('63.05', '6305', '63', '63', 'kabupaten', 'Tapin', 'Tapin'),
        ('63.06', '6306', '63', '63', 'kabupaten', 'Hulu Sungai Selatan', 'Hulu Sungai Selatan'),
        ('63.07', '6307', '63', '63', 'kabupaten', 'Hulu Sungai Tengah', 'Hulu Sungai Tengah'),
        ('63.08', '6308', '63', '63', 'kabupaten', 'Hulu Sungai Utara', 'Hulu Sungai Utara'),
        ('63.09', '6309', '63', '63', 'kabupaten', 'Tabalong', 'Tabalong'),
        ('63.10', '6310', '63', '63', 'kabupaten', 'Tanah Bumbu', 'Tanah Bumbu'),
        ('63.11', '6311', '63', '63', 'kabupaten', 'Balangan', 'Balangan'),
        ('63.71', '6371', '63', '63', 'kota', 'Banjarmasin', 'Banjarmasin'),
        ('63.72', '6372', '63', '63', 'kota', 'Banjarbaru', 'Banjarbaru'),
        ('64.01', '6401', '64', '64', 'kabupaten', 'Paser', 'Paser'),
        ('64.02', '6403', '64', '64', 'kabupaten', 'Kutai Kartanegara', 'Kutai Kartanegara'),
        ('64.03', '6405', '64', '64', 'kabupaten', 'Berau', 'Berau'),
        ('64.07', '6402', '64', '64', 'kabupaten', 'Kutai Barat', 'Kutai Barat'),
        ('64.08', '6404', '64', '64', 'kabupaten', 'Kutai Timur', 'Kutai Timur'),
        ('64.09', '6409', '64', '64', 'kabupaten', 'Penajam Paser Utara', 'Penajam Paser Utara'),
        ('64.11', '6411', '64', '64', 'kabupaten', 'Mahakam Ulu', 'Mahakam Ulu'),
        ('64.71', '6471', '64', '64', 'kota', 'Balikpapan', 'Balikpapan'),
        ('64.72', '6472', '64', '64', 'kota', 'Samarinda', 'Samarinda'),
        ('64.74', '6474', '64', '64', 'kota', 'Bontang', 'Bontang'),
        ('65.01', '6502', '65', '65', 'kabupaten', 'Bulungan', 'Bulungan'),
        ('65.02', '6501', '65', '65', 'kabupaten', 'Malinau', 'Malinau'),
        ('65.03', '6504', '65', '65', 'kabupaten', 'Nunukan', 'Nunukan'),
        ('65.04', '6503', '65', '65', 'kabupaten', 'Tana Tidung', 'Tana Tidung'),
        ('65.71', '6571', '65', '65', 'kota', 'Tarakan', 'Tarakan'),
        ('71.01', '7101', '71', '71', 'kabupaten', 'Bolaang Mongondow', 'Bolaang Mongondow'),
        ('71.02', '7102', '71', '71', 'kabupaten', 'Minahasa', 'Minahasa'),
        ('71.03', '7103', '71', '71', 'kabupaten', 'Kepulauan Sangihe', 'Kepulauan Sangihe'),
        ('71.04', '7104', '71', '71', 'kabupaten', 'Kepulauan Talaud', 'Kepulauan Talaud'),
        ('71.05', '7105', '71', '71', 'kabupaten', 'Minahasa Selatan', 'Minahasa Selatan'),
        ('71.06', '7106', '71', '71', 'kabupaten', 'Minahasa Utara', 'Minahasa Utara'),
        ('71.07', '7109', '71', '71', 'kabupaten', 'Minahasa Tenggara', 'Minahasa Tenggara'),
        ('71.08', '7107', '71', '71', 'kabupaten', 'Bolaang Mongondow Utara', 'Bolaang Mongondow Utara'),
        ('71.09', '7108', '71', '71', 'kabupaten', 'Kepulauan Siau Tagulandang Biaro', 'Siau Tagulandang Biaro'),
        ('71.10', '7111', '71', '71', 'kabupaten', 'Bolaang Mongondow Timur', 'Bolaang Mongondow Timur'),
        ('71.11', '7110', '71', '71', 'kabupaten', 'Bolaang Mongondow Selatan', 'Bolaang Mongondow Selatan'),
        ('71.71', '7171', '71', '71', 'kota', 'Manado', 'Manado'),
        ('71.72', '7172', '71', '71', 'kota', 'Bitung', 'Bitung'),
        ('71.73', '7173', '71', '71', 'kota', 'Tomohon', 'Tomohon'),
        ('71.74', '7174', '71', '71', 'kota', 'Kotamobagu', 'Kotamobagu'),
        ('72.01', '7202', '72', '72', 'kabupaten', 'Banggai', 'Banggai'),
        ('72.02', '7204', '72', '72', 'kabupaten', 'Poso', 'Poso'),
        ('72.03', '7205', '72', '72', 'kabupaten', 'Donggala', 'Donggala'),
        ('72.04', '7206', '72', '72', 'kabupaten', 'Toli-Toli', 'Toli-Toli'),
        ('72.05', '7207', '72', '72', 'kabupaten', 'Buol', 'Buol'),
        ('72.06', '7203', '72', '72', 'kabupaten', 'Morowali', 'Morowali'),
        ('72.07', '7201', '72', '72', 'kabupaten', 'Banggai Kepulauan', 'Banggai Kepulauan'),
        ('72.08', '7208', '72', '72', 'kabupaten', 'Parigi Moutong', 'Parigi Moutong'),
        ('72.09', '7209', '72', '72', 'kabupaten', 'Tojo Una Una', 'Tojo Una-Una'),
        ('72.10', '7210', '72', '72', 'kabupaten', 'Sigi', 'Sigi'),
        ('72.11', '7211', '72', '72', 'kabupaten', 'Banggai Laut', 'Banggai Laut'),
        ('72.12', '7212', '72', '72', 'kabupaten', 'Morowali Utara', 'Morowali Utara'),
        ('72.71', '7271', '72', '72', 'kota', 'Palu', 'Palu'),
        ('73.01', '7301', '73', '73', 'kabupaten', 'Kepulauan Selayar', 'Kepulauan Selayar'),
        ('73.02', '7302', '73', '73', 'kabupaten', 'Bulukumba', 'Bulukumba'),
        ('73.03', '7303', '73', '73', 'kabupaten', 'Bantaeng', 'Bantaeng'),
        ('73.04', '7304', '73', '73', 'kabupaten', 'Jeneponto', 'Jeneponto'),
        ('73.05', '7305', '73', '73', 'kabupaten', 'Takalar', 'Takalar'),
        ('73.06', '7306', '73', '73', 'kabupaten', 'Gowa', 'Gowa'),
        ('73.07', '7307', '73', '73', 'kabupaten', 'Sinjai', 'Sinjai'),
        ('73.08', '7311', '73', '73', 'kabupaten', 'Bone', 'Bone'),
        ('73.09', '7308', '73', '73', 'kabupaten', 'Maros', 'Maros'),
        ('73.10', '7309', '73', '73', 'kabupaten', 'Pangkajene dan Kepulauan', 'Pangkajene dan Kepulauan'),
        ('73.11', '7310', '73', '73', 'kabupaten', 'Barru', 'Barru'),
        ('73.12', '7312', '73', '73', 'kabupaten', 'Soppeng', 'Soppeng'),
        ('73.13', '7313', '73', '73', 'kabupaten', 'Wajo', 'Wajo'),
        ('73.14', '7314', '73', '73', 'kabupaten', 'Sidenreng Rappang', 'Sidenreng Rappang'),
        ('73.15', '7315', '73', '73', 'kabupaten', 'Pinrang', 'Pinrang'),
        ('73.16', '7316', '73', '73', 'kabupaten', 'Enrekang', 'Enrekang'),
        ('73.17', '7317', '73', '73', 'kabupaten', 'Luwu', 'Luwu'),
        ('73.18', '7318', '73', '73', 'kabupaten', 'Tana Toraja', 'Tana Toraja'),
        ('73.22', '7322', '73', '73', 'kabupaten', 'Luwu Utara', 'Luwu Utara'),
        ('73.24', '7325', '73', '73', 'kabupaten', 'Luwu Timur', 'Luwu Timur'),
        ('73.26', '7326', '73', '73', 'kabupaten', 'Toraja Utara', 'Toraja Utara'),
        ('73.71', '7371', '73', '73', 'kota', 'Makassar', 'Makassar'),
        ('73.72', '7372', '73', '73', 'kota', 'Parepare', 'Parepare'),
        ('73.73', '7373', '73', '73', 'kota', 'Palopo', 'Palopo'),
        ('74.01', '7404', '74', '74', 'kabupaten', 'Kolaka', 'Kolaka'),
        ('74.02', '7403', '74', '74', 'kabupaten', 'Konawe', 'Konawe'),
        ('74.03', '7402', '74', '74', 'kabupaten', 'Muna', 'Muna'),
        ('74.04', '7401', '74', '74', 'kabupaten', 'Buton', 'Buton'),
        ('74.05', '7405', '74', '74', 'kabupaten', 'Konawe Selatan', 'Konawe Selatan'),
        ('74.06', '7406', '74', '74', 'kabupaten', 'Bombana', 'Bombana'),
        ('74.07', '7407', '74', '74', 'kabupaten', 'Wakatobi', 'Wakatobi'),
        ('74.08', '7408', '74', '74', 'kabupaten', 'Kolaka Utara', 'Kolaka Utara'),
        ('74.09', '7410', '74', '74', 'kabupaten', 'Konawe Utara', 'Konawe Utara'),
        ('74.10', '7409', '74', '74', 'kabupaten', 'Buton Utara', 'Buton Utara'),
        ('74.11', '7411', '74', '74', 'kabupaten', 'Kolaka Timur', 'Kolaka Timur'),
        ('74.12', '7412', '74', '74', 'kabupaten', 'Konawe Kepulauan', 'Konawe Kepulauan'),
        ('74.13', '7413', '74', '74', 'kabupaten', 'Muna Barat', 'Muna Barat'),
        ('74.14', '7414', '74', '74', 'kabupaten', 'Buton Tengah', 'Buton Tengah'),
        ('74.15', '7415', '74', '74', 'kabupaten', 'Buton Selatan', 'Buton Selatan'),
        ('74.71', '7471', '74', '74', 'kota', 'Kendari', 'Kendari'),
        ('74.72', '7472', '74', '74', 'kota', 'Bau Bau', 'Baubau'),
        ('75.01', '7502', '75', '75', 'kabupaten', 'Gorontalo', 'Gorontalo'),
        ('75.02', '7501', '75', '75', 'kabupaten', 'Boalemo', 'Boalemo'),
        ('75.03', '7504', '75', '75', 'kabupaten', 'Bone Bolango', 'Bone Bolango'),
        ('75.04', '7503', '75', '75', 'kabupaten', 'Pohuwato', 'Pohuwato'),
        ('75.05', '7505', '75', '75', 'kabupaten', 'Gorontalo Utara', 'Gorontalo Utara'),
        ('75.71', '7571', '75', '75', 'kota', 'Gorontalo', 'Gorontalo'),
        ('76.01', '7605', '76', '76', 'kabupaten', 'Pasangkayu', 'Pasangkayu'),
        ('76.02', '7604', '76', '76', 'kabupaten', 'Mamuju', 'Mamuju'),
        ('76.03', '7603', '76', '76', 'kabupaten', 'Mamasa', 'Mamasa'),
        ('76.04', '7602', '76', '76', 'kabupaten', 'Polewali Mandar', 'Polewali Mandar'),
        ('76.05', '7601', '76', '76', 'kabupaten', 'Majene', 'Majene'),
        ('76.06', '7606', '76', '76', 'kabupaten', 'Mamuju Tengah', 'Mamuju Tengah'),
        ('81.01', '8103', '81', '81', 'kabupaten', 'Maluku Tengah', 'Maluku Tengah'),
        ('81.02', '8102', '81', '81', 'kabupaten', 'Maluku Tenggara', 'Maluku Tenggara'),
        ('81.03', '8101', '81', '81', 'kabupaten', 'Kepulauan Tanimbar', 'Kepulauan Tanimbar'),
        ('81.04', '8104', '81', '81', 'kabupaten', 'Buru', 'Buru'),
        ('81.05', '8107', '81', '81', 'kabupaten', 'Seram Bagian Timur', 'Seram Bagian Timur'),
        ('81.06', '8106', '81', '81', 'kabupaten', 'Seram Bagian Barat', 'Seram Bagian Barat'),
        ('81.07', '8105', '81', '81', 'kabupaten', 'Kepulauan Aru', 'Kepulauan Aru'),
        ('81.08', '8108', '81', '81', 'kabupaten', 'Maluku Barat Daya', 'Maluku Barat Daya'),
        ('81.09', '8109', '81', '81', 'kabupaten', 'Buru Selatan', 'Buru Selatan'),
        ('81.71', '8171', '81', '81', 'kota', 'Ambon', 'Ambon'),
        ('81.72', '8172', '81', '81', 'kota', 'Tual', 'Tual'),
        ('82.01', '8201', '82', '82', 'kabupaten', 'Halmahera Barat', 'Halmahera Barat'),
        ('82.02', '8202', '82', '82', 'kabupaten', 'Halmahera Tengah', 'Halmahera Tengah'),
        ('82.03', '8205', '82', '82', 'kabupaten', 'Halmahera Utara', 'Halmahera Utara'),
        ('82.04', '8204', '82', '82', 'kabupaten', 'Halmahera Selatan', 'Halmahera Selatan'),
        ('82.05', '8203', '82', '82', 'kabupaten', 'Kepulauan Sula', 'Kepulauan Sula'),
        ('82.06', '8206', '82', '82', 'kabupaten', 'Halmahera Timur', 'Halmahera Timur'),
        ('82.07', '8207', '82', '82', 'kabupaten', 'Pulau Morotai', 'Pulau Morotai'),
        ('82.08', '8208', '82', '82', 'kabupaten', 'Pulau Taliabu', 'Pulau Taliabu'),
        ('82.71', '8271', '82', '82', 'kota', 'Ternate', 'Ternate'),
        ('82.72', '8272', '82', '82', 'kota', 'Tidore Kepulauan', 'Tidore Kepulauan'),
        ('91.03', '9403', '91', '94', 'kabupaten', 'Jayapura', 'Jayapura'),
        ('91.05', '9408', '91', '94', 'kabupaten', 'Kepulauan Yapen', 'Kepulauan Yapen'),
        ('91.06', '9409', '91', '94', 'kabupaten', 'Biak Numfor', 'Biak Numfor'),
        ('91.10', '9419', '91', '94', 'kabupaten', 'Sarmi', 'Sarmi'),
        ('91.11', '9420', '91', '94', 'kabupaten', 'Keerom', 'Keerom'),
        ('91.15', '9426', '91', '94', 'kabupaten', 'Waropen', 'Waropen'),
        ('91.19', '9427', '91', '94', 'kabupaten', 'Supiori', 'Supiori'),
        ('91.20', '9428', '91', '94', 'kabupaten', 'Mamberamo Raya', 'Mamberamo Raya'),
        ('91.71', '9471', '91', '94', 'kota', 'Jayapura', 'Jayapura'),
        ('92.02', '9105', '92', '91', 'kabupaten', 'Manokwari', 'Manokwari'),
        ('92.03', '9101', '92', '91', 'kabupaten', 'Fak Fak', 'Fakfak'),
        ('92.06', '9104', '92', '91', 'kabupaten', 'Teluk Bintuni', 'Teluk Bintuni'),
        ('92.07', '9103', '92', '91', 'kabupaten', 'Teluk Wondama', 'Teluk Wondama'),
        ('92.08', '9102', '92', '91', 'kabupaten', 'Kaimana', 'Kaimana'),
        ('92.11', '9111', '92', '91', 'kabupaten', 'Manokwari Selatan', 'Manokwari Selatan'),
        ('92.12', '9112', '92', '91', 'kabupaten', 'Pegunungan Arfak', 'Pegunungan Arfak'),
        ('93.01', '9501', '93', '95', 'kabupaten', 'Merauke', 'Merauke'),
        ('93.02', '9502', '93', '95', 'kabupaten', 'Boven Digoel', 'Boven Digoel'),
        ('93.03', '9503', '93', '95', 'kabupaten', 'Mappi', 'Mappi'),
        ('93.04', '9504', '93', '95', 'kabupaten', 'Asmat', 'Asmat'),
        ('94.01', '9604', '94', '96', 'kabupaten', 'Nabire', 'Nabire'),
        ('94.02', '9608', '94', '96', 'kabupaten', 'Puncak Jaya', 'Puncak Jaya'),
        ('94.03', '9605', '94', '96', 'kabupaten', 'Paniai', 'Paniai'),
        ('94.04', '9601', '94', '96', 'kabupaten', 'Mimika', 'Mimika'),
        ('94.05', '9607', '94', '96', 'kabupaten', 'Puncak', 'Puncak'),
        ('94.06', '9602', '94', '96', 'kabupaten', 'Dogiyai', 'Dogiyai'),
        ('94.07', '9606', '94', '96', 'kabupaten', 'Intan Jaya', 'Intan Jaya'),
        ('94.08', '9603', '94', '96', 'kabupaten', 'Deiyai', 'Deiyai'),
        ('95.01', '9702', '95', '97', 'kabupaten', 'Jayawijaya', 'Jayawijaya'),
        ('95.02', '9708', '95', '97', 'kabupaten', 'Pegunungan Bintang', 'Pegunungan Bintang'),
        ('95.03', '9707', '95', '97', 'kabupaten', 'Yahukimo', 'Yahukimo'),
        ('95.04', '9704', '95', '97', 'kabupaten', 'Tolikara', 'Tolikara'),
        ('95.05', '9705', '95', '97', 'kabupaten', 'Mamberamo Tengah', 'Mamberamo Tengah'),
        ('95.06', '9706', '95', '97', 'kabupaten', 'Yalimo', 'Yalimo'),
        ('95.07', '9703', '95', '97', 'kabupaten', 'Lanny Jaya', 'Lanny Jaya'),
        ('95.08', '9701', '95', '97', 'kabupaten', 'Nduga', 'Nduga'),
        ('96.01', '9202', '96', '92', 'kabupaten', 'Sorong', 'Sorong'),
        ('96.02', '9203', '96', '92', 'kabupaten', 'Sorong Selatan', 'Sorong Selatan'),
        ('96.03', '9201', '96', '92', 'kabupaten', 'Raja Ampat', 'Raja Ampat'),
        ('96.04', '9205', '96', '92', 'kabupaten', 'Tambrauw', 'Tambrauw'),
        ('96.05', '9204', '96', '92', 'kabupaten', 'Maybrat', 'Maybrat'),
        ('96.71', '9271', '96', '92', 'kota', 'Sorong', 'Sorong')
) AS d(kemendagri_code, bps_code, province_kemendagri, province_bps, kind, name, bps_name);

COMMENT ON VIEW @extschema@.jamsostek_district IS
'Indonesia''s 514 kabupaten/kota: Kemendagri code (PP.RR, 2025) and BPS code (4 digits, 2023), both province codes, kind, Kemendagri and BPS names; the two systems number districts differently inside a province';

GRANT SELECT ON @extschema@.jamsostek_district TO PUBLIC;

-- The lookups read jamsostek_district and jamsostek_province once per query
-- (src/regions.c): STABLE, as they read a view an update may change.
CREATE FUNCTION @extschema@.district_name(code text, system text DEFAULT 'bps')
RETURNS text
AS 'MODULE_PATHNAME', 'jamsostek_district_name'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.district_name(text, text) IS
'Kemendagri name of a BPS (default) or Kemendagri (system => ''kemendagri'', PP.RR or PPRR) district code: district_name(''3512'') is Situbondo';

CREATE FUNCTION @extschema@.district_code(code text, from_system text, to_system text)
RETURNS text
AS 'MODULE_PATHNAME', 'jamsostek_district_code'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.district_code(text, text, text) IS
'A district code in the other system (bps or kemendagri): district_code(''1101'', ''bps'', ''kemendagri'') is 11.09; Kemendagri codes are taken as PP.RR or PPRR and given as PP.RR';

CREATE FUNCTION @extschema@.province_code(code text, from_system text, to_system text)
RETURNS text
AS 'MODULE_PATHNAME', 'jamsostek_province_code'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.province_code(text, text, text) IS
'A province code in the other system (bps or kemendagri): the same but for the six Papua provinces, province_code(''94'', ''bps'', ''kemendagri'') is 91';

-- Not STRICT: a NULL digits means the decimals the reported value is
-- written with; a NULL count or reported value gives NULL.
CREATE FUNCTION @extschema@.implied_population(covered numeric, reported_pct numeric,
                                               digits integer DEFAULT NULL)
RETURNS int8range
AS 'MODULE_PATHNAME', 'jamsostek_implied_population'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.implied_population(numeric, numeric, integer) IS
'Every whole population N >= 1 with coverage_pct(covered, N, digits) = reported_pct (digits NULL: as many as reported_pct is written with): implied_population(731991, 26.79) is [2731820,2732840)';

CREATE FUNCTION @extschema@.implied_covered(population numeric, reported_pct numeric,
                                            digits integer DEFAULT NULL)
RETURNS int8range
AS 'MODULE_PATHNAME', 'jamsostek_implied_covered'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.implied_covered(numeric, numeric, integer) IS
'Every whole count c >= 0 with coverage_pct(c, population, digits) = reported_pct (digits NULL: as many as reported_pct is written with): implied_covered(1300000, 44) is [565500,578500)';

CREATE FUNCTION @extschema@.implied_previous(current numeric, reported_growth_pct numeric,
                                             digits integer DEFAULT NULL)
RETURNS int8range
AS 'MODULE_PATHNAME', 'jamsostek_implied_previous'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.implied_previous(numeric, numeric, integer) IS
'Every whole previous value P >= 1 with growth_pct(current, P, digits) = reported_growth_pct (digits NULL: as many as the reported value is written with): implied_previous(261814, 23) is [211996,213726)';

-- ==== Parser edges and safe installs (issue #14, part B) ====
--
-- No new objects: the parsers' rules changed in the C library (a first
-- group of 0 is never thousands, a percentage's lone '.' + three digits is
-- refused as ambiguous, at most 1000 digits each side of the point, so the
-- try_ forms never raise), and their descriptions say so.  The released
-- 0.1 script was patched for security (province_row's operators), so that
-- every version a database owner can install is safe; databases already
-- on 0.1 or 0.2 got the fix with 0.3.

COMMENT ON FUNCTION @extschema@.parse_id_number(text) IS
'The value of a number written the Indonesian way: ''731.991'' is 731991, ''2,7 juta'' 2700000, ''Rp 541,5 miliar'' 541500000000, ''0.123'' 0.123 (a first group of 0 is never thousands); 22P02 on anything else';
COMMENT ON FUNCTION @extschema@.parse_id_percent(text) IS
'A percentage written the Indonesian way, as a ratio: ''26,79 persen'' is 0.2679, ''41.84 %'' 0.4184; 22P02 on anything else, and on ''41.840 %'' (a decimal point or thousands?)';
COMMENT ON FUNCTION @extschema@.try_parse_id_number(text) IS
'parse_id_number, but NULL instead of an error, for any text: for cleaning whole columns';
COMMENT ON FUNCTION @extschema@.try_parse_id_percent(text) IS
'parse_id_percent, but NULL instead of an error, for any text: for cleaning whole columns';

-- ==== Correctness under hostile and unusual input (issue #14) ====
--
-- No SQL objects change: the fixes are in the library (out-of-line numerics,
-- the summaries' one invariant check, row-count overflow, sums without
-- trailing zeros, years_to_target at small rates, coverage_pct near
-- numeric's limit).  A summary stored by 0.3 with NaN or infinite sums
-- (only binary input could make one) still reads and prints as before;
-- find such rows with  WHERE s::text ~ '(NaN|Infinity)'  before dumping
-- the table, as their text cannot be read back.
