#!/usr/bin/env bash
# test/clients/odbc_client.sh: jamsostek through ODBC (psqlODBC under
# unixODBC), the path Power BI and Excel take.  A DSN for the PG*
# environment's server is written to a temporary odbc.ini; isql runs the
# queries in batch mode.  Exits 1 if any answer is wrong.
set -euo pipefail

driver=$(find /usr/lib -name psqlodbcw.so -print -quit)
[ -n "$driver" ] || { echo "psqlodbcw.so not found (package odbc-postgresql)"; exit 2; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cat > "$dir/odbcinst.ini" <<INI
[PostgreSQL Unicode]
Driver = $driver
INI
cat > "$dir/odbc.ini" <<INI
[jamsostek]
Driver = PostgreSQL Unicode
Servername = ${PGHOST:-localhost}
Port = ${PGPORT:-5432}
Database = ${PGDATABASE:-postgres}
INI
export ODBCSYSINI="$dir" ODBCINI="$dir/odbc.ini"

failures=0
# check NAME SQL EXPECTED: the query's single row, fields joined by '|'
check()
{
	local got
	got=$(printf '%s\n' "$2" | isql -b -d'|' jamsostek "$PGUSER" "$PGPASSWORD" 2>&1 | tr -d '\r' | sed '/^$/d')
	if [ "$got" = "$3" ]; then
		echo "ok   $1: $got"
	else
		echo "FAIL $1: got '$got', want '$3'"
		failures=$((failures + 1))
	fi
}

check "extension" "SET client_min_messages = warning
CREATE EXTENSION IF NOT EXISTS jamsostek" ""
# Lampung 731991 of 2700000: 0.27110777..., 27.11 %; ceil(0.55 * 2700000 - 731991) = 753009
check "scalar functions" \
	"SELECT coverage_ratio(731991, 2700000), coverage_pct(731991, 2700000), coverage_shortfall(731991, 2700000, 0.55)" \
	"0.27110777777777777778|27.11|753009"
# (731991 + 580000) / (2700000 + 1300000) = 1311991 / 4000000 = 0.32799775; 32.80 %
check "aggregates" \
	"SELECT coverage_agg(c, p), coverage_summary_pct(coverage_summary(c, p)) FROM (VALUES (731991, 2700000), (580000, 1300000), (NULL, 100)) v(c, p)" \
	"0.32799775000000000000|32.80"
# Indonesian wording: '2,7 juta' is 2700000
check "parse_id_number" "SELECT parse_id_number('2,7 juta'), format_id_number(2700000)" "2700000|2.700.000"

echo "odbc: $([ "$failures" -eq 0 ] && echo 'all checks passed' || echo FAILED)"
[ "$failures" -eq 0 ]
