"""test/clients/psycopg3_client.py: psycopg 3 (Debian's python3-psycopg) against jamsostek.

psycopg 3 binds parameters on the server (PQexecParams with each value's own
type: a Python int goes as int2/int4/int8/numeric by size, a Decimal as
numeric, None as an untyped NULL) and can ask for results in the binary
protocol.  Checks, in text and in binary results:
  - int, Decimal and None parameters reach every kind of argument;
  - numeric results come back as Decimal, equal in value and scale to the
    hand arithmetic;
  - the aggregates and summary accessors over a table;
  - errors as psycopg.errors classes with our SQLSTATE.
Connection from the PG* environment (pg_virtualenv sets it).
"""
import sys
from decimal import Decimal

import psycopg
from psycopg import errors

passed = 0
failed = 0


def check(name, got, want):
    global passed, failed
    # Decimal('26.79') == Decimal('26.790'): compare the text too, so the
    # scale (what a report shows) is checked as well as the value.
    same = got == want and (not isinstance(want, Decimal) or str(got) == str(want))
    if same:
        passed += 1
        print(f"ok - {name}")
    else:
        failed += 1
        print(f"FAILED - {name}\n  expected: {want!r}\n  got:      {got!r}")


with psycopg.connect(autocommit=True) as conn:
    for binary in (False, True):
        mode = "binary" if binary else "text"
        with conn.cursor(binary=binary) as cur:
            # Python ints (sent as int4 / int8 by size) and a Decimal:
            #   731991 / 2732330 = 0.267900... -> 26.79 (Lampung)
            #   261814 / 212266 - 1 = 0.233424... -> 23.34 (Bengkulu)
            #   ceil(0.55 * 1300000 - 580000) = 135000 (Jambi)
            #   9000000000 / 12000000000 = 0.75 -> 75.00 (int8 parameters)
            cur.execute("SELECT coverage_pct(%s, %s), growth_pct(%s, %s), coverage_shortfall(%s, %s, %s), "
                        "coverage_pct(%s, %s)",
                        (731991, 2732330, 261814, 212266, 580000, 1300000, Decimal("0.55"),
                         9000000000, 12000000000))
            pct, growth, short, big = cur.fetchone()
            check(f"{mode}: coverage_pct(int, int) is Decimal 26.79", pct, Decimal("26.79"))
            check(f"{mode}: growth_pct(int, int) is Decimal 23.34", growth, Decimal("23.34"))
            check(f"{mode}: coverage_shortfall(int, int, Decimal) is 135000", short, Decimal("135000"))
            check(f"{mode}: coverage_pct of int8 parameters is 75.00", big, Decimal("75.00"))

            # Decimal parameters keep their value exactly: 0.1 + 0.2 is not a
            # float problem here.  pp_change(0.3, 0.1) = 100 * 0.2 = 20.0 (the
            # scale of 100 * 0.2); coverage_ratio(1, 3) = 0.333... at 20 digits.
            cur.execute("SELECT pp_change(%s, %s), coverage_ratio(%s, %s)",
                        (Decimal("0.3"), Decimal("0.1"), Decimal(1), Decimal(3)))
            pp, ratio = cur.fetchone()
            check(f"{mode}: pp_change(Decimal 0.3, Decimal 0.1) is 20.0", pp, Decimal("20.0"))
            check(f"{mode}: coverage_ratio(Decimal 1, Decimal 3) is 0.33333333333333333333",
                  ratio, Decimal("0.33333333333333333333"))

            # None is an untyped NULL: STRICT functions answer NULL, with no
            # "function is not unique" (0.3 failed coverage_pct(NULL, NULL)).
            cur.execute("SELECT coverage_pct(%s, %s), growth_pct(%s, %s, %s)", (None, None, None, 10, None))
            check(f"{mode}: None arguments give NULL", cur.fetchone(), (None, None))

            # Aggregates and accessors over a table, integer and numeric columns.
            cur.execute("CREATE TEMP TABLE IF NOT EXISTS figures (province text, covered int, population bigint, "
                        "amount numeric)")
            cur.execute("TRUNCATE figures")
            cur.executemany("INSERT INTO figures VALUES (%s, %s, %s, %s)",
                            [("17", 261814, 625751, Decimal("1.5")), ("18", 731991, 2732330, Decimal("2.25")),
                             ("15", None, 100, None)])
            # (261814 + 731991) / (625751 + 2732330) = 993805 / 3358081
            #   = 0.29594... -> 29.59; rows with a NULL are skipped: 2 rows
            cur.execute("SELECT coverage_summary_pct(coverage_summary(covered, population)), "
                        "coverage_summary_rows(coverage_summary(covered, population)), "
                        "coverage_summary_covered(coverage_summary(amount, population)) FROM figures")
            spct, srows, samount = cur.fetchone()
            check(f"{mode}: coverage_summary_pct over the table is 29.59", spct, Decimal("29.59"))
            check(f"{mode}: coverage_summary_rows is 2 (int)", srows, 2)
            check(f"{mode}: coverage_summary_covered of numeric amounts is 3.75", samount, Decimal("3.75"))

            # Errors: psycopg's class for our SQLSTATE, message naming the value.
            for sql, params, cls, code in [
                ("SELECT coverage_pct(%s, %s)", (1, -5), errors.InvalidParameterValue, "22023"),
                ("SELECT parse_id_number(%s)", ("2,7 jutaan",), errors.InvalidTextRepresentation, "22P02"),
            ]:
                try:
                    cur.execute(sql, params)
                    check(f"{mode}: {sql} {params} raises {cls.__name__}", "no error", code)
                except cls as e:
                    check(f"{mode}: {sql} {params} raises {cls.__name__}", e.sqlstate, code)

print(f"psycopg {psycopg.__version__}: {passed} passed, {failed} failed")
sys.exit(0 if failed == 0 else 1)
