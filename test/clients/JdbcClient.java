/*
 * JdbcClient.java: jamsostek through the PostgreSQL JDBC driver, the way
 * Metabase, Tableau and DBeaver reach it.
 *
 * Run with Java's single-file launcher and Debian's driver on the class
 * path (test/clients/run does):
 *   java -cp /usr/share/java/postgresql.jar test/clients/JdbcClient.java
 * Connects with the PG* environment.  Prints one line per check; exits 1
 * if any fails.
 */
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

public class JdbcClient {
    static int failures = 0;

    static void check(boolean ok, String what, Object got, Object want) {
        System.out.println((ok ? "ok   " : "FAIL ") + what + ": got " + got + ", want " + want);
        if (!ok)
            failures++;
    }

    /* exact: BigDecimal.equals compares value and scale */
    static void checkDecimal(String what, BigDecimal got, String want) {
        check(got != null && got.equals(new BigDecimal(want)), what, got, want);
    }

    static String env(String name, String dflt) {
        String v = System.getenv(name);
        return v == null || v.isEmpty() ? dflt : v;
    }

    public static void main(String[] args) throws Exception {
        String url = "jdbc:postgresql://" + env("PGHOST", "localhost") + ":" + env("PGPORT", "5432")
                + "/" + env("PGDATABASE", "postgres");
        Properties props = new Properties();
        props.setProperty("user", env("PGUSER", "postgres"));
        props.setProperty("password", env("PGPASSWORD", ""));
        /* server-side prepared statements from the 3rd execution on */
        props.setProperty("prepareThreshold", "3");

        try (Connection conn = DriverManager.getConnection(url, props)) {
            try (Statement st = conn.createStatement()) {
                st.execute("SET client_min_messages = warning");
                st.execute("CREATE EXTENSION IF NOT EXISTS jamsostek");
                st.execute("CREATE TEMP TABLE figures (province text, covered integer, population integer)");
                st.execute("INSERT INTO figures VALUES ('Lampung', 731991, 2700000), "
                        + "('Jambi', 580000, 1300000), ('unknown', NULL, 100)");
            }

            /* setInt: int4 parameters; 731991 / 2700000, numeric division, 20 decimals */
            try (PreparedStatement ps = conn.prepareStatement("SELECT coverage_ratio(?, ?)")) {
                ps.setInt(1, 731991);
                ps.setInt(2, 2700000);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    checkDecimal("setInt coverage_ratio", rs.getBigDecimal(1), "0.27110777777777777778");
                }
            }

            /* setLong and setInt digits: 100 * 731991 / 2732330 = 26.78999.. -> 26.7900 */
            try (PreparedStatement ps = conn.prepareStatement("SELECT coverage_pct(?, ?, ?)")) {
                ps.setLong(1, 731991L);
                ps.setLong(2, 2732330L);
                ps.setInt(3, 4);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    checkDecimal("setLong coverage_pct", rs.getBigDecimal(1), "26.7900");
                }
            }

            /* setBigDecimal: ceil(0.55 * 1300000 - 580000) = 135000 */
            try (PreparedStatement ps = conn.prepareStatement("SELECT coverage_shortfall(?, ?, ?)")) {
                ps.setBigDecimal(1, new BigDecimal("580000"));
                ps.setBigDecimal(2, new BigDecimal("1300000"));
                ps.setBigDecimal(3, new BigDecimal("0.55"));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    checkDecimal("setBigDecimal coverage_shortfall", rs.getBigDecimal(1), "135000");
                }
            }

            /* setNull: STRICT gives NULL */
            try (PreparedStatement ps = conn.prepareStatement("SELECT coverage_ratio(?, ?)")) {
                ps.setNull(1, Types.INTEGER);
                ps.setInt(2, 2700000);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    check(rs.getBigDecimal(1) == null && rs.wasNull(), "setNull coverage_ratio",
                            rs.getBigDecimal(1), null);
                }
            }

            /* setObject with a String (sent untyped) and with a Long */
            try (PreparedStatement ps = conn.prepareStatement("SELECT growth_pct(?, ?)")) {
                ps.setObject(1, Long.valueOf(261814));
                ps.setObject(2, Long.valueOf(212266));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    /* Bengkulu 212.266 -> 261.814: 100 * (261814 / 212266 - 1) = 23.342.. -> 23.34 */
                    checkDecimal("setObject(Long) growth_pct", rs.getBigDecimal(1), "23.34");
                }
            }
            try (PreparedStatement ps = conn.prepareStatement("SELECT parse_id_number(?)")) {
                ps.setObject(1, "2,7 juta");
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    checkDecimal("setObject(String) parse_id_number", rs.getBigDecimal(1), "2700000");
                }
            }

            /*
             * Server-side prepared: 10 executions with prepareThreshold 3;
             * the pooled ratio per province and overall, grouped.
             * Lampung 731991/2700000; Jambi 580000/1300000 = 0.44615384615384615385.
             */
            try (PreparedStatement ps = conn.prepareStatement(
                    "SELECT coverage_agg(covered, population) FROM figures WHERE province = ?")) {
                int right = 0;
                for (int i = 0; i < 10; i++) {
                    ps.setString(1, i % 2 == 0 ? "Lampung" : "Jambi");
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        BigDecimal want = new BigDecimal(i % 2 == 0 ? "0.27110777777777777778"
                                : "0.44615384615384615385");
                        if (want.equals(rs.getBigDecimal(1)))
                            right++;
                    }
                }
                check(right == 10, "server-prepared coverage_agg, 10 executions", right + " right", "10 right");
                check(ps.unwrap(org.postgresql.PGStatement.class).isUseServerPrepare(),
                        "statement is server-prepared", "", "true");
            }

            /* aggregate over the table: (731991 + 580000) / 4000000 = 0.32799775 */
            try (PreparedStatement ps = conn.prepareStatement(
                    "SELECT coverage_agg(covered, population), coverage_summary_pct(coverage_summary(covered, population)) FROM figures")) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    checkDecimal("coverage_agg", rs.getBigDecimal(1), "0.32799775000000000000");
                    checkDecimal("coverage_summary_pct(coverage_summary)", rs.getBigDecimal(2), "32.80");
                }
            }

            /* errors reach the client with their SQLSTATE */
            try (PreparedStatement ps = conn.prepareStatement("SELECT coverage_ratio(?, ?)")) {
                ps.setInt(1, 731991);
                ps.setInt(2, -10);
                ps.executeQuery();
                check(false, "negative population", "a result", "SQLSTATE 22023");
            } catch (SQLException e) {
                check("22023".equals(e.getSQLState()), "negative population SQLSTATE", e.getSQLState(), "22023");
            }

            /* what BI tools list: functions with their descriptions */
            DatabaseMetaData md = conn.getMetaData();
            Map<String, String> remarks = new HashMap<>();
            try (ResultSet rs = md.getFunctions(null, null, "coverage%")) {
                while (rs.next())
                    remarks.put(rs.getString("FUNCTION_NAME"), rs.getString("REMARKS"));
            }
            for (String f : new String[] {"coverage_ratio", "coverage_pct", "coverage_shortfall"}) {
                String r = remarks.get(f);
                check(r != null && !r.isEmpty(), "getFunctions lists " + f + " with a comment", r, "a description");
            }
        }
        System.out.println("jdbc: " + (failures == 0 ? "all checks passed" : "FAILED"));
        System.exit(failures == 0 ? 0 : 1);
    }
}
