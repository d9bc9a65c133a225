/*-------------------------------------------------------------------------
 *
 * jamsostek.h
 *	  The arithmetic cores behind jamsostek's SQL functions.
 *
 * Each core takes already-checked, finite arguments (see args.h) and returns
 * a freshly palloc'd numeric, or NULL where the SQL result is NULL (a zero
 * denominator, a target that is never reached).  The SQL wrappers only fetch
 * arguments, check them and call these; the aggregates call them too, so a
 * ratio means the same thing whether it comes from one row or from a group.
 *
 *-------------------------------------------------------------------------
 */
#ifndef JAMSOSTEK_H
#define JAMSOSTEK_H

#include "postgres.h"
#include "compat.h"
#include "utils/numeric.h"

/* coverage.c */
extern Numeric jam_ratio(Numeric part, Numeric whole);
extern Numeric jam_coverage_ratio(Numeric covered, Numeric population);
extern Numeric jam_coverage_pct(Numeric covered, Numeric population, int digits);

/* growth.c */
extern Numeric jam_growth_rate(Numeric current, Numeric previous);
extern Numeric jam_growth_pct(Numeric current, Numeric previous, int digits);
extern Numeric jam_pp_change(Numeric ratio_now, Numeric ratio_before);
extern Numeric jam_cagr(Numeric first, Numeric last, Numeric years);
extern Numeric jam_years_to_target(Numeric current, Numeric target,
								   Numeric annual_growth);

/* targets.c */
extern Numeric jam_target_attainment(Numeric actual, Numeric target);
extern Numeric jam_target_shortfall(Numeric actual, Numeric target);
extern Numeric jam_coverage_shortfall(Numeric covered, Numeric population,
									  Numeric target_ratio);

/* implied.c: each returns an int8range Datum */
extern Datum jam_implied_population(Numeric covered, Numeric reported, int digits);
extern Datum jam_implied_covered(Numeric population, Numeric reported, int digits);
extern Datum jam_implied_previous(Numeric current, Numeric reported, int digits);

#endif							/* JAMSOSTEK_H */
