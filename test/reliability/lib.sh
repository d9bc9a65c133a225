# test/reliability/lib.sh: helpers for the reliability tests, sourced.
#
# They run against the server PGHOST/PGPORT/PGUSER name (test/run points
# them at its throwaway cluster); PGUSER must be a superuser.

failures=0

# q DB SQL...: run SQL, print unaligned tuples only, stop on error
q()
{
	local db="$1"
	shift
	psql -X -A -t -q -v ON_ERROR_STOP=1 -d "$db" "$@"
}

# fresh_db NAME: an empty database of that name, dropped first if a
# previous run left it behind
fresh_db()
{
	psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "SET client_min_messages = warning" \
		-c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" >/dev/null
}

# expect NAME ACTUAL EXPECTED
expect()
{
	if [ "$2" == "$3" ]; then
		echo "ok - $1"
	else
		echo "FAILED - $1"
		echo "  expected: $3"
		echo "  got:      $2"
		failures=$((failures + 1))
	fi
}

# expect_sqlstate NAME SQLSTATE DB SQL: SQL must fail with that SQLSTATE
expect_sqlstate()
{
	local name="$1" state="$2" db="$3" sql="$4" out
	out=$(psql -X -A -t -q -v ON_ERROR_STOP=1 -v VERBOSITY=sqlstate -d "$db" -c "$sql" 2>&1) && {
		echo "FAILED - $name: no error; printed: $out"
		failures=$((failures + 1))
		return
	}
	expect "$name" "$(echo "$out" | grep -oE 'ERROR: +[0-9A-Z]{5}' | grep -oE '[0-9A-Z]{5}$' | head -1)" "$state"
}

finish()
{
	if [ "$failures" -ne 0 ]; then
		echo "$(basename "$0"): $failures FAILED"
		exit 1
	fi
	echo "$(basename "$0"): all passed"
}
