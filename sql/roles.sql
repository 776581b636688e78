-- sprout on PostgreSQL: the two group roles of a team, and what each may
-- do in one sprout database.
--
--   sprout_officer  browses, searches, exports, and changes ideas, notes
--                   and views
--   sprout_reader   browses, searches, exports and sees statistics; any
--                   change is refused ("… may only read this database")
--
-- Run it as the database's owner (or a superuser), once sprout has made
-- its tables there (the first `sprout --db URL list` does):
--
--   sprout --db postgres://owner@db.example.org/sprout admin roles
--   psql postgres://owner@db.example.org/sprout -f sql/roles.sql   (the same)
--
-- Running it again is harmless. Roles belong to the whole server, so the
-- two are shared by every sprout database on it; the GRANTs are this
-- database's (run it in each).
--
-- A member is a login role in one of the two:
--
--   CREATE ROLE anna LOGIN PASSWORD 'change-me' IN ROLE sprout_officer;
--   CREATE ROLE board LOGIN PASSWORD 'change-me' IN ROLE sprout_reader;
--   GRANT sprout_reader TO auditor;          -- a role that exists
--   REVOKE sprout_officer FROM anna;         -- and back

DO $$
BEGIN
    CREATE ROLE sprout_officer NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL; -- made before, or by a run at the same moment
END
$$;

DO $$
BEGIN
    CREATE ROLE sprout_reader NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
END
$$;

-- format's %I quotes the database's name as an identifier.
DO $$
BEGIN
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO sprout_officer, sprout_reader',
                   current_database());
END
$$;

GRANT USAGE ON SCHEMA public TO sprout_officer, sprout_reader;

GRANT SELECT ON sprout_schema, sprout_meta, ideas, summary_words, views, changes
    TO sprout_officer, sprout_reader;
GRANT SELECT ON rubrics TO sprout_officer, sprout_reader;
GRANT SELECT ON panel_settings TO sprout_officer, sprout_reader;
GRANT SELECT ON reasons TO sprout_officer, sprout_reader;

-- Only officers write; nobody but the owner changes the schema's version.
GRANT INSERT, UPDATE, DELETE ON sprout_meta, ideas, summary_words, views, changes
    TO sprout_officer;
GRANT USAGE ON SEQUENCE changes_seq_seq TO sprout_officer;
-- A version of the rubric is added, never changed.
GRANT INSERT ON rubrics TO sprout_officer;
-- The panel's settings are one row, changed in place.
GRANT INSERT, UPDATE ON panel_settings TO sprout_officer;
-- The declared conflicts of interest: the list is rewritten by a change.
GRANT SELECT ON declared_conflicts TO sprout_officer, sprout_reader;
GRANT INSERT, DELETE ON declared_conflicts TO sprout_officer;
-- A reason is added, relabelled or marked removed (its row kept).
GRANT INSERT, UPDATE ON reasons TO sprout_officer;
