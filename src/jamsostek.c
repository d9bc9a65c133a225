/*-------------------------------------------------------------------------
 *
 * jamsostek.c
 *	  Module entry point of the jamsostek extension.
 *
 * The functions themselves live one concern to a file; docs/architecture.md
 * maps every file of src/ and how a call flows through them.  The version
 * differences between PostgreSQL majors are in compat.h.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"
#include "compat.h"

#include "fmgr.h"

JAM_MODULE_MAGIC;
