"""jamsostek through Python: psycopg2 (DB-API) and SQLAlchemy Core, the way
Apache Superset and notebooks reach it.

Run with Debian's /usr/bin/python3 (python3-psycopg2, python3-sqlalchemy);
connects with the PG* environment.  Prints one line per check and exits 1
if any fails.
"""
import sys
from decimal import Decimal

import psycopg2
import psycopg2.errors
import sqlalchemy as sa

failures = 0


def check(ok, what, got, want):
    global failures
    print(f"{'ok  ' if ok else 'FAIL'} {what}: got {got!r}, want {want!r}")
    if not ok:
        failures += 1


def check_decimal(what, got, want):
    # Decimal, not float, and the same digits: str() keeps the scale
    check(isinstance(got, Decimal) and str(got) == want, what, got, want)


FIGURES = [("Lampung", 731991, 2700000), ("Jambi", 580000, 1300000),
           ("Bengkulu", 261814, 625751), ("unknown", None, 100)]

# ---- DB-API: psycopg2 ----
conn = psycopg2.connect("")
conn.autocommit = True
cur = conn.cursor()
cur.execute("SET client_min_messages = warning")
cur.execute("CREATE EXTENSION IF NOT EXISTS jamsostek")
cur.execute("DROP TABLE IF EXISTS py_figures")
cur.execute("CREATE TABLE py_figures (province text, covered integer, population integer)")
cur.executemany("INSERT INTO py_figures VALUES (%s, %s, %s)", FIGURES)

# Python ints are sent as literals; 731991 / 2700000 to 20 decimals
cur.execute("SELECT coverage_ratio(%s, %s)", (731991, 2700000))
check_decimal("int params, coverage_ratio", cur.fetchone()[0], "0.27110777777777777778")

# Decimal params: 100 * 731991 / 2732330 = 26.78999.. -> 26.7900
cur.execute("SELECT coverage_pct(%s, %s, %s)", (Decimal("731991"), Decimal("2732330"), 4))
check_decimal("Decimal params, coverage_pct", cur.fetchone()[0], "26.7900")

# None is NULL, and NULL in gives NULL out
cur.execute("SELECT coverage_ratio(%s::integer, %s)", (None, 2700000))
check(cur.fetchone()[0] is None, "None param", None, None)

# aggregates: (731991 + 580000 + 261814) / (2700000 + 1300000 + 625751)
#           = 1573805 / 4625751 = 0.34022691666715307417|1 (bc), 20 decimals
cur.execute("SELECT coverage_agg(covered, population), coverage_summary_pct(coverage_summary(covered, population)) "
            "FROM py_figures")
ratio, pct = cur.fetchone()
check_decimal("coverage_agg", ratio, "0.34022691666715307417")
check_decimal("coverage_summary_pct(coverage_summary)", pct, "34.02")

# the pooled ratio equals its defining plain-SQL form, digit for digit
cur.execute("SELECT sum(covered)::numeric / sum(population) FROM py_figures WHERE covered IS NOT NULL")
check(cur.fetchone()[0] == ratio, "coverage_agg = sum / sum", ratio, "the same")

# errors map to psycopg2's exception classes by SQLSTATE
try:
    cur.execute("SELECT coverage_ratio(%s, %s)", (731991, -10))
    check(False, "negative population", "a result", "InvalidParameterValue")
except psycopg2.errors.InvalidParameterValue as e:
    check(e.pgcode == "22023", "negative population SQLSTATE", e.pgcode, "22023")
    check(e.diag.message_primary == "population must not be negative: -10",
          "negative population message", e.diag.message_primary,
          "population must not be negative: -10")

# parse_id_number on the articles' wording
cur.execute("SELECT parse_id_number(%s), parse_id_number(%s)", ("2,7 juta", "731.991"))
a, b = cur.fetchone()
check_decimal("parse_id_number('2,7 juta')", a, "2700000")
check_decimal("parse_id_number('731.991')", b, "731991")
conn.close()

# ---- SQLAlchemy Core, as Superset builds a grouped chart query ----
engine = sa.create_engine("postgresql+psycopg2://", future=True)
meta = sa.MetaData()
figures = sa.Table("py_figures", meta,
                   sa.Column("province", sa.Text),
                   sa.Column("covered", sa.Integer),
                   sa.Column("population", sa.Integer))
coverage = sa.func.coverage_agg(figures.c.covered, figures.c.population).label("coverage")
pct = sa.func.coverage_pct(figures.c.covered, figures.c.population).label("pct")
stmt = (sa.select(figures.c.province, coverage, sa.func.max(pct).label("pct"))
        .group_by(figures.c.province)
        .order_by(coverage.desc())
        .limit(10))
with engine.connect() as c:
    rows = c.execute(stmt).all()
# Jambi 580000/1300000 = 0.44615384615384615384|6; Bengkulu 261814/625751
# = 0.41839965097938317317|9, rounded up at 20 decimals (bc);
# Lampung 0.27110...; "unknown" has no covered figure: NULL, sorted first by DESC
got = [(r.province, str(r.coverage), str(r.pct)) for r in rows]
want = [("unknown", "None", "None"),
        ("Jambi", "0.44615384615384615385", "44.62"),
        ("Bengkulu", "0.41839965097938317318", "41.84"),
        ("Lampung", "0.27110777777777777778", "27.11")]
check(got == want, "SQLAlchemy select(func.coverage_agg) GROUP BY province", got, want)
check(all(isinstance(r.coverage, Decimal) for r in rows if r.coverage is not None),
      "SQLAlchemy results are Decimal", [type(r.coverage).__name__ for r in rows], "Decimal")

with engine.begin() as c:
    c.execute(sa.text("DROP TABLE py_figures"))

print("python:", "all checks passed" if failures == 0 else "FAILED")
sys.exit(1 if failures else 0)
