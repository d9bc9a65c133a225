# Makefile for jamsostek, built with PGXS.
#
#   make && make install           build and install into the PostgreSQL that pg_config names
#   make installcheck              run the pg_regress suite against a running server
#   test/run                       everything, on a fresh machine: packages, build, throwaway cluster, tests
#   make dist                      jamsostek-$(PGXNVERSION).zip for PGXN (META.json generated from META.json.in)
#
# The release version has one home: default_version in jamsostek.control.
# META.json, the dist archive and the checks in test/packaging read it from
# there; debian/changelog and CHANGELOG.md are checked against it.

EXTENSION = jamsostek
EXTVERSION = $(shell sed -n "s/^default_version *= *'\(.*\)'/\1/p" $(srcdir)/jamsostek.control)
# PGXN wants a semantic version: 0.2 is released as 0.2.0
PGXNVERSION = $(shell echo '$(EXTVERSION)' | sed -E 's/^([0-9]+\.[0-9]+)$$/\1.0/')
MODULE_big = jamsostek
OBJS = \
	src/jamsostek.o \
	src/numutil.o \
	src/args.o \
	src/coverage.o \
	src/coverage_int.o \
	src/growth.o \
	src/targets.o \
	src/int128util.o \
	src/decimal.o \
	src/summary.o \
	src/sumcheck.o \
	src/coverage_agg.o \
	src/row_aggs.o \
	src/growth_agg.o \
	src/idnum.o \
	src/idnum_sql.o \
	src/textform.o \
	src/implied.o \
	src/regions.o

# The install script of the current version is built from the one source of
# the current definitions (extension/jamsostek.sql.in, see its header); the
# older base script and the update scripts are installed as they are.
DATA = $(wildcard extension/jamsostek--*.sql)
DATA_built = jamsostek--$(EXTVERSION).sql

REGRESS = install coverage growth targets argtypes errors aggregates growth_aggs summaries parallel provinces idnumbers fastpaths bi differential error_catalogue districts implied article_checks parser_edges hostile
REGRESS_OPTS = --inputdir=.

PG_CONFIG ?= pg_config
PG_CPPFLAGS = -I$(srcdir)/src -DJAM_VERSION='"$(EXTVERSION)"'
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

jamsostek--$(EXTVERSION).sql: extension/jamsostek.sql.in extension/expand.awk
	awk -f $(srcdir)/extension/expand.awk $< > $@.tmp && mv $@.tmp $@

# PGXS has no header dependencies: rebuild every object when a header
# changes (inline helpers live in them).
$(OBJS): $(wildcard src/*.h)

# ---- PGXN ----
META.json: META.json.in jamsostek.control
	sed 's/@PGXNVERSION@/$(PGXNVERSION)/g' $< > $@

# The committed tree as of HEAD (git archive), plus the generated META.json.
dist: META.json
	rm -f $(EXTENSION)-$(PGXNVERSION).zip
	git archive --format zip --prefix=$(EXTENSION)-$(PGXNVERSION)/ \
		--add-file=META.json -o $(EXTENSION)-$(PGXNVERSION).zip HEAD

EXTRA_CLEAN = META.json $(EXTENSION)-*.zip
.PHONY: dist
