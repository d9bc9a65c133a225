/*-------------------------------------------------------------------------
 *
 * compat.h
 *	  Every difference between the PostgreSQL majors jamsostek builds for
 *	  (15, 17 and 18 in CI; 16 through the same guards, untested), in one
 *	  place.  Every jamsostek source that includes postgres.h includes this
 *	  right after it.
 *
 *-------------------------------------------------------------------------
 */
#ifndef JAM_COMPAT_H
#define JAM_COMPAT_H

#include "postgres.h"

#if PG_VERSION_NUM < 150000
#error "jamsostek needs PostgreSQL 15 or later"
#endif

/* 16 moved VARSIZE, VARDATA, SET_VARSIZE and VARATT_* out of postgres.h. */
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif

/*
 * 18 removed pg_attribute_noreturn() for C11's _Noreturn, spelt pg_noreturn
 * and written before the declaration; older majors' attribute goes there too.
 */
#if PG_VERSION_NUM < 180000
#define pg_noreturn pg_attribute_noreturn()
#endif

/*
 * 18 records a module's name and version (pg_get_loaded_modules()); older
 * majors have only the ABI magic.  JAM_VERSION comes from the Makefile, which
 * reads it from jamsostek.control.
 */
#ifndef JAM_VERSION
#define JAM_VERSION "unknown"
#endif
#if PG_VERSION_NUM >= 180000
#define JAM_MODULE_MAGIC PG_MODULE_MAGIC_EXT(.name = "jamsostek", .version = JAM_VERSION)
#else
#define JAM_MODULE_MAGIC PG_MODULE_MAGIC
#endif

/*
 * 16 gave make_range() an escontext argument for soft errors; we have none
 * to report softly (implied.c builds only ranges it has checked).
 */
#if PG_VERSION_NUM >= 160000
#define jam_make_range(typcache, lower, upper, empty) \
	make_range((typcache), (lower), (upper), (empty), NULL)
#else
#define jam_make_range(typcache, lower, upper, empty) \
	make_range((typcache), (lower), (upper), (empty))
#endif

#endif							/* JAM_COMPAT_H */
