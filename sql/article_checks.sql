--
-- article_checks: the demo's "checking the articles" and district-join
-- queries (demo/checks.sql, which carries the hand arithmetic beside each
-- query), run on the seed articles' figures (demo/load.sql) so that the
-- demo's answers stay checked.
--
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS jamsostek;
\i demo/load.sql
\i demo/checks.sql
