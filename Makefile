# Makefile for jamsostek, built with PGXS.
#
#   make && make install           build and install into the PostgreSQL that pg_config names
#   make installcheck              run the pg_regress suite against a running server
#   test/run                       everything, on a fresh machine: packages, build, throwaway cluster, tests

EXTENSION = jamsostek
MODULE_big = jamsostek
OBJS = \
	src/jamsostek.o \
	src/numutil.o \
	src/args.o \
	src/coverage.o \
	src/intpath.o \
	src/growth.o \
	src/targets.o \
	src/int128util.o \
	src/decimal.o \
	src/summary.o \
	src/coverage_agg.o \
	src/ratio_aggs.o \
	src/growth_agg.o \
	src/idnum.o \
	src/idnum_sql.o

DATA = $(wildcard sql/jamsostek--*.sql)

REGRESS = install coverage growth targets argtypes errors aggregates growth_aggs summaries parallel provinces idnumbers fastpaths
REGRESS_OPTS = --inputdir=.

PG_CONFIG ?= pg_config
PG_CPPFLAGS = -I$(srcdir)/src
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# PGXS has no header dependencies: rebuild every object when a header
# changes (inline helpers live in them).
$(OBJS): $(wildcard src/*.h)
