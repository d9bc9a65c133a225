/*-------------------------------------------------------------------------
 *
 * regions.c
 *	  District and province code lookups: district_name, district_code,
 *	  province_code.
 *
 * Indonesia numbers its regions in two systems, BPS's and Kemendagri's,
 * which differ inside provinces (Simeulue is BPS 1101, Kemendagri 11.09)
 * and, for the Papua provinces made in 2022, at province level too.  The
 * reference rows live in the extension's views jamsostek_district and
 * jamsostek_province (data/districts.csv, data/provinces.csv); these
 * functions read them, never a copy of their own, so the data has one home
 * and changes only with an update script.
 *
 * Speed is the point of doing this in C: a lookup runs once per row of a
 * join-sized table.  The first call of a query (per call site, in
 * fn_extra) reads both views through SPI into arrays indexed by the code's
 * digits (10,000 district slots, 100 province slots); every call after
 * that parses the code and indexes the array.  The cache lives as long as
 * the query, which is what STABLE promises: an ALTER EXTENSION UPDATE that
 * changes the rows is seen by the next query.
 *
 * The views are named with the schema of the function being called (our
 * own schema), and the query uses no operator or function, so nothing on
 * the caller's search_path can stand in for them.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"
#include "compat.h"

#include "executor/spi.h"
#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "args.h"

typedef enum CodeSystem
{
	SYSTEM_BPS,
	SYSTEM_KEMENDAGRI
} CodeSystem;

#define DISTRICT_SLOTS	10000	/* PPRR, both systems */
#define PROVINCE_SLOTS	100		/* PP */

/* One district: both codes as PPRR numbers, and the Kemendagri name. */
typedef struct District
{
	int16		bps;
	int16		kemendagri;
	char	   *name;
} District;

typedef struct RegionCache
{
	int			ndistricts;
	District   *districts;
	/* 1 + index into districts, 0 where no district has that code */
	int16		district_by[2][DISTRICT_SLOTS];
	/* the other system's code of a province, -1 where none has that code */
	int8		province_to[2][PROVINCE_SLOTS];
} RegionCache;

/*
 * 'bps' or 'kemendagri', spelled as province_name takes them.  Compared in
 * place: it runs on every row, and a copy per row would cost more than the
 * lookup itself.
 */
static CodeSystem
parse_system(text *system, const char *what)
{
	const char *s = VARDATA_ANY(system);
	int			len = VARSIZE_ANY_EXHDR(system);

	if (len == 3 && memcmp(s, "bps", 3) == 0)
		return SYSTEM_BPS;
	if (len == 10 && memcmp(s, "kemendagri", 10) == 0)
		return SYSTEM_KEMENDAGRI;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown %s code system: \"%s\"", what,
					jam_clip_text(s, len, JAM_QUOTE_LIMIT)),
			 errhint("Use 'bps' or 'kemendagri'.")));
	pg_unreachable();
}

static const char *
system_name(CodeSystem system)
{
	return system == SYSTEM_BPS ? "bps" : "kemendagri";
}

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* n digits at s as a number */
static int
digits_value(const char *s, int n)
{
	int			v = 0;

	for (int i = 0; i < n; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

/*
 * A district code as its PPRR number, or -1 when it is not written as one:
 * BPS codes are four digits (3512); Kemendagri codes PP.RR (35.12), or
 * PPRR as spreadsheets that dropped the dot have them.
 */
static int
district_key(const char *s, int len, CodeSystem system)
{
	if (len == 4 && is_digit(s[0]) && is_digit(s[1]) && is_digit(s[2]) &&
		is_digit(s[3]))
		return digits_value(s, 4);
	if (system == SYSTEM_KEMENDAGRI && len == 5 && is_digit(s[0]) &&
		is_digit(s[1]) && s[2] == '.' && is_digit(s[3]) && is_digit(s[4]))
		return digits_value(s, 2) * 100 + digits_value(s + 3, 2);
	return -1;
}

/* A province code (two digits) as a number, or -1. */
static int
province_key(const char *s, int len)
{
	if (len == 2 && is_digit(s[0]) && is_digit(s[1]))
		return digits_value(s, 2);
	return -1;
}

/* A code from one of our views, which must be in its canonical form. */
static int
view_key(HeapTuple tuple, TupleDesc desc, int col, bool district,
		 CodeSystem system)
{
	char	   *v = SPI_getvalue(tuple, desc, col);
	int			key = -1;

	if (v != NULL)
	{
		if (!district)
			key = province_key(v, strlen(v));
		else if (system == SYSTEM_BPS || strlen(v) == 5)
			key = district_key(v, strlen(v), system);
	}
	if (key < 0)
		elog(ERROR, "jamsostek reference view has a malformed code: \"%s\"",
			 v ? v : "(null)");
	return key;
}

/*
 * Read jamsostek_district and jamsostek_province of the schema that holds
 * the function being called into a new cache in fn_mcxt.
 */
static RegionCache *
load_cache(FunctionCallInfo fcinfo)
{
	MemoryContext fn_mcxt = fcinfo->flinfo->fn_mcxt;
	char	   *schema;
	RegionCache *cache;
	int			ret;

	schema = get_namespace_name(get_func_namespace(fcinfo->flinfo->fn_oid));
	if (schema == NULL)
		elog(ERROR, "cache lookup failed for the schema of function %u",
			 fcinfo->flinfo->fn_oid);

	cache = MemoryContextAllocZero(fn_mcxt, sizeof(RegionCache));
	memset(cache->province_to, -1, sizeof(cache->province_to));

	if ((ret = SPI_connect()) != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed: %s", SPI_result_code_string(ret));

	ret = SPI_execute(psprintf("SELECT bps_code, kemendagri_code, name FROM %s.jamsostek_district",
							   quote_identifier(schema)), true, 0);
	if (ret != SPI_OK_SELECT)
		elog(ERROR, "reading jamsostek_district failed: %s",
			 SPI_result_code_string(ret));
	/* the slots hold 1 + a row index in an int16 */
	if (SPI_processed > PG_INT16_MAX - 1)
		elog(ERROR, "jamsostek_district has too many rows: " UINT64_FORMAT,
			 (uint64) SPI_processed);
	cache->ndistricts = (int) SPI_processed;
	cache->districts = MemoryContextAlloc(fn_mcxt,
										  sizeof(District) * Max(cache->ndistricts, 1));
	for (int i = 0; i < cache->ndistricts; i++)
	{
		HeapTuple	tuple = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		District   *d = &cache->districts[i];
		char	   *name = SPI_getvalue(tuple, desc, 3);

		d->bps = view_key(tuple, desc, 1, true, SYSTEM_BPS);
		d->kemendagri = view_key(tuple, desc, 2, true, SYSTEM_KEMENDAGRI);
		d->name = MemoryContextStrdup(fn_mcxt, name ? name : "");
		if (cache->district_by[SYSTEM_BPS][d->bps] != 0 ||
			cache->district_by[SYSTEM_KEMENDAGRI][d->kemendagri] != 0)
			elog(ERROR, "jamsostek_district has a code twice: %04d or %04d",
				 d->bps, d->kemendagri);
		cache->district_by[SYSTEM_BPS][d->bps] = i + 1;
		cache->district_by[SYSTEM_KEMENDAGRI][d->kemendagri] = i + 1;
	}

	ret = SPI_execute(psprintf("SELECT bps_code, kemendagri_code FROM %s.jamsostek_province",
							   quote_identifier(schema)), true, 0);
	if (ret != SPI_OK_SELECT)
		elog(ERROR, "reading jamsostek_province failed: %s",
			 SPI_result_code_string(ret));
	for (uint64 i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tuple = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		int			bps = view_key(tuple, desc, 1, false, SYSTEM_BPS);
		int			kem = view_key(tuple, desc, 2, false, SYSTEM_KEMENDAGRI);

		cache->province_to[SYSTEM_BPS][bps] = kem;
		cache->province_to[SYSTEM_KEMENDAGRI][kem] = bps;
	}

	SPI_finish();
	return cache;
}

static RegionCache *
get_cache(FunctionCallInfo fcinfo)
{
	if (fcinfo->flinfo->fn_extra == NULL)
		fcinfo->flinfo->fn_extra = load_cache(fcinfo);
	return (RegionCache *) fcinfo->flinfo->fn_extra;
}

/* The district a code names, or an error naming the code. */
static const District *
find_district(RegionCache *cache, text *code, CodeSystem system)
{
	const char *s = VARDATA_ANY(code);
	int			len = VARSIZE_ANY_EXHDR(code);
	int			key = district_key(s, len, system);
	int			slot = key >= 0 ? cache->district_by[system][key] : 0;

	if (slot == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown %s district code: \"%s\"",
						system_name(system),
						jam_clip_text(VARDATA_ANY(code), VARSIZE_ANY_EXHDR(code), JAM_QUOTE_LIMIT)),
				 errhint("District codes are four digits in the bps system (3512 for Situbondo) and PP.RR or PPRR in the kemendagri system (35.12); the two systems number districts differently inside a province.")));
	return &cache->districts[slot - 1];
}

/* A PPRR number written the way its system writes codes. */
static text *
district_code_text(int key, CodeSystem system)
{
	char		buf[8];

	if (system == SYSTEM_BPS)
		snprintf(buf, sizeof(buf), "%04d", key);
	else
		snprintf(buf, sizeof(buf), "%02d.%02d", key / 100, key % 100);
	return cstring_to_text(buf);
}

PG_FUNCTION_INFO_V1(jamsostek_district_name);
Datum
jamsostek_district_name(PG_FUNCTION_ARGS)
{
	text	   *code = PG_GETARG_TEXT_PP(0);
	CodeSystem	system = parse_system(PG_GETARG_TEXT_PP(1), "district");
	const District *d = find_district(get_cache(fcinfo), code, system);

	PG_RETURN_TEXT_P(cstring_to_text(d->name));
}

PG_FUNCTION_INFO_V1(jamsostek_district_code);
Datum
jamsostek_district_code(PG_FUNCTION_ARGS)
{
	text	   *code = PG_GETARG_TEXT_PP(0);
	CodeSystem	from = parse_system(PG_GETARG_TEXT_PP(1), "district");
	CodeSystem	to = parse_system(PG_GETARG_TEXT_PP(2), "district");
	const District *d = find_district(get_cache(fcinfo), code, from);

	PG_RETURN_TEXT_P(district_code_text(to == SYSTEM_BPS ? d->bps : d->kemendagri,
										to));
}

PG_FUNCTION_INFO_V1(jamsostek_province_code);
Datum
jamsostek_province_code(PG_FUNCTION_ARGS)
{
	text	   *code = PG_GETARG_TEXT_PP(0);
	CodeSystem	from = parse_system(PG_GETARG_TEXT_PP(1), "province");
	CodeSystem	to = parse_system(PG_GETARG_TEXT_PP(2), "province");
	RegionCache *cache = get_cache(fcinfo);
	int			key = province_key(VARDATA_ANY(code), VARSIZE_ANY_EXHDR(code));
	int			other = key >= 0 ? cache->province_to[from][key] : -1;
	char		buf[4];

	if (other < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown %s province code: \"%s\"",
						system_name(from),
						jam_clip_text(VARDATA_ANY(code), VARSIZE_ANY_EXHDR(code), JAM_QUOTE_LIMIT)),
				 errhint("Province codes are two digits, such as 17 for Bengkulu; the Papua provinces differ between the bps and kemendagri systems.")));
	snprintf(buf, sizeof(buf), "%02d", from == to ? key : other);
	PG_RETURN_TEXT_P(cstring_to_text(buf));
}
