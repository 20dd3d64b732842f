-- The live state the query measurements need on top of `minwon-admin generate`
-- (which writes history only: every contact done or abandoned). Run ONCE, as
-- the superuser of a throwaway load-test server, never on a real database:
--   psql -v ON_ERROR_STOP=1 -f scripts/db/live-state.sql
-- Adds 1,000 waiting and 40 claimed contacts (issue 10's load), opens the
-- forwards of the last 3 days again, a department desk and an administrator,
-- and login roles for every generated person (for SET SESSION AUTHORIZATION
-- in scripts/db/explain-queries.py). See docs/slow-queries.md.
BEGIN;
INSERT INTO people (id, login, display_name, role, department_code)
VALUES (gen_random_uuid(), 'gen_dept_env', '환경과', 'department', 'environment'),
       (gen_random_uuid(), 'gen_admin', '관리자', 'admin', NULL)
ON CONFLICT (login) DO NOTHING;
DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT login, role FROM people WHERE login LIKE 'gen_%' LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r.login) THEN
            EXECUTE format('CREATE ROLE %I IN ROLE %I', r.login, 'minwon_' || r.role);
        END IF;
    END LOOP;
END $$;
UPDATE forwards SET state = 'sent', closed_at = NULL
 WHERE sent_at >= (SELECT max(sent_at) FROM forwards) - interval '3 days';
INSERT INTO contacts (channel, sender, sender_display, preview, priority, state, arrived_at)
SELECT CASE WHEN g % 5 = 0 THEN 'sms' ELSE 'phone' END, '010' || lpad((12345678 + g)::text, 8, '0'), '', '문의',
       CASE WHEN g % 50 = 0 THEN 5 ELSE 0 END, 'waiting', now() - g * interval '2 seconds'
  FROM generate_series(1, 1000) g;
INSERT INTO contacts (channel, sender, preview, state, arrived_at, claimed_by, claimed_at)
SELECT 'phone', '010' || lpad((22345678 + g)::text, 8, '0'), '문의', 'claimed', now() - interval '10 minutes',
       (SELECT id FROM people WHERE login = format('gen_counselor%s', lpad(g::text, 4, '0'))),
       now() - interval '5 minutes'
  FROM generate_series(1, 40) g;
COMMIT;
ANALYZE contacts;
ANALYZE forwards;
ANALYZE people;
