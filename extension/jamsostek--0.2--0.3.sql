/* jamsostek--0.2--0.3.sql: update jamsostek from 0.2 to 0.3. */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION jamsostek UPDATE TO '0.3'" to load this file. \quit

--
-- 0.3 is about safety; no result changes.
--
-- province_row is PL/pgSQL, whose statements are planned when first run,
-- with the caller's search_path: an "=" written plainly there could be a
-- look-alike operator from any schema the caller puts before pg_catalog.
-- Every operator is now pg_catalog's, named so (test/reliability/secure_install).
--

CREATE OR REPLACE FUNCTION @extschema@.province_row(code text, system text)
RETURNS @extschema@.jamsostek_province
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
AS $$
DECLARE
    r @extschema@.jamsostek_province;
BEGIN
    IF system OPERATOR(pg_catalog.=) 'bps' THEN
        SELECT * INTO r FROM @extschema@.jamsostek_province p
        WHERE p.bps_code OPERATOR(pg_catalog.=) code;
    ELSIF system OPERATOR(pg_catalog.=) 'kemendagri' THEN
        SELECT * INTO r FROM @extschema@.jamsostek_province p
        WHERE p.kemendagri_code OPERATOR(pg_catalog.=) code;
    ELSE
        RAISE EXCEPTION 'unknown province code system: "%"', system
            USING ERRCODE = '22023', HINT = 'Use ''bps'' or ''kemendagri''.';
    END IF;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown % province code: "%"', system, code
            USING ERRCODE = '22023',
                  HINT = 'Province codes are two digits, such as 17 for Bengkulu; the Papua provinces differ between the bps and kemendagri systems.';
    END IF;
    RETURN r;
END
$$;
