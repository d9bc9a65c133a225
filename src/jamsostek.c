/*-------------------------------------------------------------------------
 *
 * jamsostek.c
 *	  Module entry point of the jamsostek extension.
 *
 * The functions themselves live one concern to a file: coverage.c,
 * growth.c, targets.c, with argument checks in args.c and numeric helpers
 * in numutil.c.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"
#include "compat.h"

#include "fmgr.h"

JAM_MODULE_MAGIC;
