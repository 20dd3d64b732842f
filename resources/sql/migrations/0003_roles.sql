-- Group roles. Each person signs in as their own login role, member of one
-- of these groups; the database, not the window, decides what they may do.
-- Roles belong to the whole cluster, so creation is guarded.

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['minwon_counselor', 'minwon_supervisor', 'minwon_kb_editor',
                             'minwon_kb_approver', 'minwon_department', 'minwon_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL; -- another database of this cluster created it meanwhile
            END;
        END IF;
    END LOOP;
END $$;

-- Supervisors can do what counselors do; approvers what editors do.
GRANT minwon_counselor TO minwon_supervisor;
GRANT minwon_kb_editor TO minwon_kb_approver;

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['minwon_counselor', 'minwon_supervisor', 'minwon_kb_editor',
                             'minwon_kb_approver', 'minwon_department', 'minwon_admin'] LOOP
        EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', r);
        EXECUTE format('GRANT SELECT ON rooms, channels, categories, wrapup_codes, departments, people, '
                       'app_settings, kb_articles, kb_versions, schema_migrations TO %I', r);
        EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %I', r);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE ON agent_status TO %I', r);
        EXECUTE format('GRANT SELECT, INSERT ON kb_acknowledgements TO %I', r);
    END LOOP;
END $$;

-- Counselors: the queue, their cases, quoting, reports and forwards.
GRANT SELECT, INSERT, UPDATE ON contacts, contact_messages, cases, violation_reports TO minwon_counselor;
GRANT SELECT, INSERT ON case_quotes, forwards, forward_notes, pii_reveals, applied_ops TO minwon_counselor;
GRANT SELECT ON contact_events, agent_status_log, case_reviews TO minwon_counselor;

-- Supervisors: reviews and the day's settings.
GRANT SELECT, INSERT ON case_reviews TO minwon_supervisor;
GRANT UPDATE ON forwards, app_settings TO minwon_supervisor;

-- Knowledge base.
GRANT INSERT, UPDATE ON kb_articles, kb_versions TO minwon_kb_editor;
GRANT SELECT ON case_quotes, cases TO minwon_kb_approver;

-- Departments: forwards addressed to them.
GRANT SELECT ON forwards, forward_notes, violation_reports, cases TO minwon_department;
GRANT UPDATE ON forwards TO minwon_department;
GRANT INSERT ON forward_notes TO minwon_department;

-- Administrators.
GRANT ALL ON ALL TABLES IN SCHEMA public TO minwon_admin;
