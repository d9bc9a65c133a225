# test/lib/common.sh: set-up shared by test/run and demo/run.
#
# Sourced, not run.  Installs what is missing from Debian's packages, builds
# and installs the extension, and runs commands inside a throwaway cluster.
# Works as root (CI, a fresh machine) or as a user with sudo.

PGVER="${PGVER:-15}"
export PG_CONFIG="${PG_CONFIG:-/usr/lib/postgresql/$PGVER/bin/pg_config}"

# Run a command as root: directly when we are root, through sudo otherwise.
as_root()
{
	if [ "$(id -u)" -eq 0 ]; then
		"$@"
	else
		sudo "$@"
	fi
}

# Debian packages this project needs, installed only when missing, so a
# machine that has them pays nothing and a fresh one gets them all.
ensure_packages()
{
	local missing=()
	local pkg
	for pkg in "$@"; do
		dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' \
			|| missing+=("$pkg")
	done
	if [ "${#missing[@]}" -gt 0 ]; then
		echo "== installing: ${missing[*]}"
		as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null
		as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
			"${missing[@]}" >/dev/null
	fi
}

base_packages()
{
	ensure_packages make gcc libc6-dev postgresql-common \
		"postgresql-$PGVER" "postgresql-server-dev-$PGVER"
}

# The real client libraries of test/clients, from Debian's packages.
client_packages()
{
	ensure_packages libpq-dev default-jdk-headless libpostgresql-jdbc-java \
		python3 python3-psycopg2 python3-psycopg python3-sqlalchemy odbc-postgresql unixodbc
	# node-postgres runs on the machine's Node.js; Debian's where there is none.
	command -v npm >/dev/null || ensure_packages nodejs npm
}

# What building the Debian package (test/packaging/deb) needs.
packaging_packages()
{
	ensure_packages dpkg-dev debhelper postgresql-server-dev-all autopkgtest git
}

build_and_install()
{
	echo "== building and installing jamsostek for PostgreSQL $PGVER"
	make -s PG_CONFIG="$PG_CONFIG" clean >/dev/null
	make -s PG_CONFIG="$PG_CONFIG" >/dev/null
	as_root make -s PG_CONFIG="$PG_CONFIG" install >/dev/null
}

# Run "$@" with PGHOST/PGPORT/PGUSER/PGDATABASE pointing at a throwaway
# cluster that is dropped afterwards, whatever the command's outcome.
in_cluster()
{
	pg_virtualenv -v "$PGVER" "$@"
}

# libFuzzer and the sanitizers' runtimes (test/fuzz).
fuzz_packages()
{
	ensure_packages clang-14 libclang-rt-14-dev
}
