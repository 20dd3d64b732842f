-- People, roles and personal data: the database is the security boundary.
--
--  * Row-level security: counselors change only their own cases, department
--    staff see only the forwards (and the cases and reports behind them)
--    addressed to their department, supervisors and admins see everything.
--  * Personal fields of a case (citizen_name, phone, address) are not
--    readable as columns by the desk roles at all; they read them through
--    case_personal, which shows them in clear only to the counselor who
--    holds the case open (counselor_id = me, state open or returned) and
--    masked to everybody else, or through reveal_case_pii(), which checks
--    the right, asks for a reason and logs who looked.
--  * The audit trail (audit_log, pii_reveals) is written only by triggers
--    and SECURITY DEFINER functions, read raw only by admins, never changed.
--  * People are managed through SECURITY DEFINER functions (admin_user_*);
--    passwords reach the database only as SCRAM-SHA-256 verifiers made on
--    the client, never in clear.
--
-- For a table added by a later migration: GRANT to the group roles
-- (never to PUBLIC or to a login role), ENABLE ROW LEVEL SECURITY with one
-- policy per group (TO minwon_counselor / minwon_department / …), and
-- attach audit_row() when people change its rows (see the end of this file).

-- Who is asking ----------------------------------------------------------------

CREATE FUNCTION current_department() RETURNS text
    LANGUAGE sql STABLE AS $$ SELECT department_code FROM people WHERE login = session_user AND active $$;

-- Group membership of the signed-in person (superusers are members of all).
CREATE FUNCTION session_has_group(p_group text) RETURNS boolean
    LANGUAGE sql STABLE AS $$ SELECT pg_has_role(session_user, p_group, 'MEMBER') $$;

-- Whether the signed-in counselor is the case's counselor. SECURITY DEFINER
-- so that policies of other tables can ask without recursing into cases' own.
CREATE FUNCTION case_is_mine(p_case uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM cases WHERE id = p_case AND counselor_id = current_person_id())
$$;

-- Masking, the same shapes the desk shows (홍*동, 010-****-1234, 한빛시 동구 ***).
CREATE FUNCTION mask_name(p text) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN p IS NULL THEN NULL
                WHEN p = '' THEN ''
                WHEN char_length(p) = 1 THEN '*'
                WHEN char_length(p) = 2 THEN left(p, 1) || '*'
                ELSE left(p, 1) || repeat('*', char_length(p) - 2) || right(p, 1) END
$$;

CREATE FUNCTION mask_phone(p text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    d text := regexp_replace(coalesce(p, ''), '[^0-9]', '', 'g');
    head integer;
BEGIN
    IF p IS NULL THEN
        RETURN NULL;
    END IF;
    IF p = '' THEN
        RETURN '';
    END IF;
    IF char_length(d) < 8 THEN
        RETURN '***';
    END IF;
    head := CASE WHEN d LIKE '02%' THEN 2 ELSE 3 END;
    RETURN left(d, head) || '-' || repeat('*', char_length(d) - head - 4) || '-' || right(d, 4);
END $$;

CREATE FUNCTION mask_address(p text) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN p IS NULL THEN NULL
                WHEN btrim(p) = '' THEN ''
                ELSE array_to_string((regexp_split_to_array(btrim(p), '\s+'))[1:2], ' ') || ' ***' END
$$;

-- Cases: columns and rows ----------------------------------------------------------

-- The personal fields are not readable as columns by the desk roles.
REVOKE SELECT ON cases FROM minwon_counselor, minwon_department, minwon_kb_approver;
GRANT SELECT (id, contact_id, channel, sender, category_code, subcategory_code, summary, answer, wrapup_code,
              callback_requested, callback_at, callback_done_at, state, counselor_id, room_id, opened_at,
              completed_at, reopened_count, related_case_id, review_comment, personal_data_purged_at,
              created_at, updated_at, updated_by, version)
    ON cases TO minwon_counselor, minwon_department, minwon_kb_approver;
-- The intake gateway files cases and answers their status; it never reads
-- a citizen's details back nor changes a case.
REVOKE SELECT, UPDATE ON cases FROM minwon_intake;
GRANT SELECT (id, contact_id, channel, category_code, subcategory_code, wrapup_code, state, opened_at,
              completed_at, created_at, updated_at, version)
    ON cases TO minwon_intake;
-- Departments and approvers read, they do not write cases.
REVOKE INSERT, UPDATE, DELETE ON cases FROM minwon_department, minwon_kb_approver;

ALTER TABLE cases ENABLE ROW LEVEL SECURITY;
CREATE POLICY cases_read ON cases FOR SELECT TO minwon_counselor, minwon_kb_approver USING (true);
CREATE POLICY cases_read_department ON cases FOR SELECT TO minwon_department
    USING (EXISTS (SELECT 1 FROM forwards f WHERE f.case_id = cases.id));
CREATE POLICY cases_create ON cases FOR INSERT TO minwon_counselor
    WITH CHECK (counselor_id = current_person_id());
CREATE POLICY cases_change_own ON cases FOR UPDATE TO minwon_counselor
    USING (counselor_id = current_person_id()) WITH CHECK (counselor_id = current_person_id());
CREATE POLICY cases_supervise ON cases FOR ALL TO minwon_supervisor, minwon_admin USING (true) WITH CHECK (true);
CREATE POLICY cases_intake_read ON cases FOR SELECT TO minwon_intake USING (true);
CREATE POLICY cases_intake_file ON cases FOR INSERT TO minwon_intake WITH CHECK (counselor_id IS NULL);

-- A masked value written back (a form that showed the masked shape) never
-- replaces the real one.
CREATE FUNCTION cases_keep_personal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.citizen_name IS DISTINCT FROM OLD.citizen_name AND NEW.citizen_name = mask_name(OLD.citizen_name)
       AND NEW.citizen_name LIKE '%*%' THEN
        NEW.citizen_name := OLD.citizen_name;
    END IF;
    IF NEW.phone IS DISTINCT FROM OLD.phone AND NEW.phone = mask_phone(OLD.phone) AND NEW.phone LIKE '%*%' THEN
        NEW.phone := OLD.phone;
    END IF;
    IF NEW.address IS DISTINCT FROM OLD.address AND NEW.address = mask_address(OLD.address)
       AND NEW.address LIKE '%***' THEN
        NEW.address := OLD.address;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER cases_keep_personal BEFORE UPDATE ON cases FOR EACH ROW EXECUTE FUNCTION cases_keep_personal();

-- The personal fields as a desk may see them. Runs with the owner's rights,
-- so it filters rows itself the way the policies above do.
CREATE VIEW case_personal WITH (security_barrier = true) AS
SELECT c.id,
       h.in_hand,
       CASE WHEN h.in_hand THEN c.citizen_name ELSE mask_name(c.citizen_name) END AS citizen_name,
       CASE WHEN h.in_hand THEN c.phone ELSE mask_phone(c.phone) END AS phone,
       CASE WHEN h.in_hand THEN c.address ELSE mask_address(c.address) END AS address,
       mask_name(c.citizen_name) AS citizen_name_masked,
       mask_phone(c.phone) AS phone_masked,
       mask_address(c.address) AS address_masked
  FROM cases c
 CROSS JOIN LATERAL (SELECT c.counselor_id IS NOT DISTINCT FROM current_person_id()
                            AND c.counselor_id IS NOT NULL
                            AND c.state IN ('open', 'returned') AS in_hand) h
 WHERE session_has_group('minwon_counselor') OR session_has_group('minwon_admin')
    OR (session_has_group('minwon_department')
        AND EXISTS (SELECT 1 FROM forwards f WHERE f.case_id = c.id AND f.department_code = current_department()));
REVOKE ALL ON case_personal FROM PUBLIC;
GRANT SELECT ON case_personal TO minwon_counselor, minwon_department, minwon_admin;

-- Reopening may continue another counselor's finished case (the citizen
-- calls again): it checks the state and makes the caller the counselor.
CREATE OR REPLACE FUNCTION reopen_case(p_case uuid, p_contact uuid) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    new_version integer;
BEGIN
    IF current_person_id() IS NULL OR NOT session_has_group('minwon_counselor') THEN
        RAISE EXCEPTION 'only counselors reopen cases' USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE cases
       SET state = 'open', reopened_count = reopened_count + 1, completed_at = NULL,
           contact_id = coalesce(p_contact, contact_id), counselor_id = current_person_id(),
           updated_by = current_person_id()
     WHERE id = p_case AND state IN ('completed', 'approved', 'returned')
    RETURNING version INTO new_version;
    IF new_version IS NULL THEN
        RAISE EXCEPTION 'only a completed or returned case can be reopened' USING ERRCODE = 'check_violation';
    END IF;
    IF p_contact IS NOT NULL THEN
        UPDATE contacts SET case_id = p_case WHERE id = p_contact AND claimed_by = current_person_id();
    END IF;
    RETURN new_version;
END $$;

-- Forwards, their notes and the reports behind them --------------------------------

ALTER TABLE forwards ENABLE ROW LEVEL SECURITY;
CREATE POLICY forwards_read ON forwards FOR SELECT TO minwon_counselor, minwon_intake USING (true);
CREATE POLICY forwards_create ON forwards FOR INSERT TO minwon_counselor
    WITH CHECK (sent_by = current_person_id() AND case_is_mine(case_id));
CREATE POLICY forwards_department ON forwards FOR SELECT TO minwon_department
    USING (department_code = current_department());
CREATE POLICY forwards_department_change ON forwards FOR UPDATE TO minwon_department
    USING (department_code = current_department()) WITH CHECK (department_code = current_department());
CREATE POLICY forwards_supervise ON forwards FOR ALL TO minwon_supervisor, minwon_admin
    USING (true) WITH CHECK (true);

-- The department's steps keep their own check (addressed department or a
-- supervisor) and its message; run as the owner, so that a forward of
-- another department is refused as such instead of looking missing.
ALTER FUNCTION update_forward(uuid, text, text, text, integer) SECURITY DEFINER;
ALTER FUNCTION update_forward(uuid, text, text, text, integer) SET search_path = public, pg_temp;

ALTER TABLE forward_notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY forward_notes_read ON forward_notes FOR SELECT TO minwon_counselor USING (true);
CREATE POLICY forward_notes_create ON forward_notes FOR INSERT TO minwon_counselor
    WITH CHECK (author_id = current_person_id());
CREATE POLICY forward_notes_department ON forward_notes FOR SELECT TO minwon_department
    USING (EXISTS (SELECT 1 FROM forwards f WHERE f.id = forward_id));
CREATE POLICY forward_notes_department_add ON forward_notes FOR INSERT TO minwon_department
    WITH CHECK (author_id = current_person_id() AND EXISTS (SELECT 1 FROM forwards f WHERE f.id = forward_id));
CREATE POLICY forward_notes_admin ON forward_notes FOR ALL TO minwon_admin USING (true) WITH CHECK (true);

ALTER TABLE violation_reports ENABLE ROW LEVEL SECURITY;
CREATE POLICY violation_reports_read ON violation_reports FOR SELECT TO minwon_counselor USING (true);
CREATE POLICY violation_reports_write ON violation_reports FOR INSERT TO minwon_counselor
    WITH CHECK (case_is_mine(case_id));
CREATE POLICY violation_reports_change ON violation_reports FOR UPDATE TO minwon_counselor
    USING (case_is_mine(case_id)) WITH CHECK (case_is_mine(case_id));
CREATE POLICY violation_reports_department ON violation_reports FOR SELECT TO minwon_department
    USING (EXISTS (SELECT 1 FROM forwards f WHERE f.report_id = violation_reports.id));
CREATE POLICY violation_reports_supervise ON violation_reports FOR ALL TO minwon_supervisor, minwon_admin
    USING (true) WITH CHECK (true);

-- Quoting guidance into a case is changing the case: only one's own.
ALTER TABLE case_quotes ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_quotes_read ON case_quotes FOR SELECT
    TO minwon_counselor, minwon_kb_editor, minwon_kb_approver, minwon_admin USING (true);
CREATE POLICY case_quotes_add ON case_quotes FOR INSERT TO minwon_counselor
    WITH CHECK (quoted_by = current_person_id() AND case_is_mine(case_id));
CREATE POLICY case_quotes_admin ON case_quotes FOR ALL TO minwon_admin USING (true) WITH CHECK (true);

-- Least privilege, reviewed ------------------------------------------------------------

-- Nobody edits the membership of people directly: admin_user_* below.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON people FROM minwon_admin;
-- The trails are written by triggers and functions only.
REVOKE ALL ON audit_log, pii_reveals FROM minwon_counselor, minwon_supervisor, minwon_kb_editor,
    minwon_kb_approver, minwon_department, minwon_admin, minwon_intake;
GRANT SELECT ON audit_log, pii_reveals TO minwon_admin;
-- The audit trail --------------------------------------------------------------------

CREATE TRIGGER pii_reveals_no_truncate BEFORE TRUNCATE ON pii_reveals
    FOR EACH STATEMENT EXECUTE FUNCTION audit_immutable();
CREATE TRIGGER violation_reports_audit AFTER INSERT OR UPDATE OR DELETE ON violation_reports
    FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER people_audit AFTER INSERT OR UPDATE OR DELETE ON people
    FOR EACH ROW EXECUTE FUNCTION audit_row();

-- One reveal may show all personal fields of a case at once.
ALTER TABLE pii_reveals DROP CONSTRAINT pii_reveals_field_check;
ALTER TABLE pii_reveals ADD CONSTRAINT pii_reveals_field_check
    CHECK (field IN ('citizen_name', 'phone', 'address', 'sender', 'all'));

-- What supervisors see of the trail: who changed which record when and which
-- fields, without the personal values.
CREATE VIEW audit_trail WITH (security_barrier = true) AS
SELECT a.id, a.at, a.actor, p.display_name AS actor_name, a.table_name, a.row_id, a.action,
       ARRAY(SELECT k FROM (SELECT jsonb_object_keys(coalesce(a.after, a.before)) AS k) keys
              WHERE (a.before -> k) IS DISTINCT FROM (a.after -> k)
                AND k NOT IN ('version', 'updated_at') ORDER BY k) AS changed_fields,
       a.before - ARRAY['citizen_name', 'phone', 'address', 'sender'] AS before,
       a.after - ARRAY['citizen_name', 'phone', 'address', 'sender'] AS after
  FROM audit_log a LEFT JOIN people p ON p.login = a.actor
 WHERE a.table_name IN ('cases', 'forwards', 'violation_reports', 'kb_articles', 'kb_versions', 'people');
REVOKE ALL ON audit_trail FROM PUBLIC;
GRANT SELECT ON audit_trail TO minwon_supervisor, minwon_admin;

CREATE VIEW pii_reveal_log WITH (security_barrier = true) AS
SELECT r.id, r.at, r.actor, p.display_name AS actor_name, r.case_id, r.field, r.reason
  FROM pii_reveals r LEFT JOIN people p ON p.login = r.actor;
REVOKE ALL ON pii_reveal_log FROM PUBLIC;
GRANT SELECT ON pii_reveal_log TO minwon_supervisor, minwon_admin;

-- Revealing personal data -------------------------------------------------------------

-- Who may see a case's personal data in clear (with a reason, logged):
-- supervisors and admins any case; a counselor the cases they hold or held
-- (their name is in the trail), or a case of the caller they are serving now.
CREATE FUNCTION may_reveal_case(p_case uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM people WHERE login = session_user AND active)
       AND (session_has_group('minwon_supervisor') OR session_has_group('minwon_admin')
            OR (session_has_group('minwon_counselor')
                AND (EXISTS (SELECT 1 FROM cases c WHERE c.id = p_case AND c.counselor_id = current_person_id())
                     OR EXISTS (SELECT 1 FROM audit_log a WHERE a.table_name = 'cases'
                                 AND a.row_id = p_case::text AND a.actor = session_user)
                     OR EXISTS (SELECT 1 FROM cases c JOIN contacts k ON k.sender = c.sender
                                 WHERE c.id = p_case AND k.state = 'claimed'
                                   AND k.claimed_by = current_person_id()))))
$$;

CREATE FUNCTION reveal_checks(p_case uuid, p_reason text) RETURNS void
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF coalesce(char_length(btrim(p_reason)), 0) < 2 THEN
        RAISE EXCEPTION 'say why you need to see it' USING ERRCODE = 'check_violation', HINT = 'reason-required';
    END IF;
    IF char_length(btrim(p_reason)) > 500 THEN
        RAISE EXCEPTION 'the reason is longer than 500 characters' USING ERRCODE = 'string_data_right_truncation';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM cases WHERE id = p_case) THEN
        RAISE EXCEPTION 'no such case' USING ERRCODE = 'no_data_found';
    END IF;
    IF NOT may_reveal_case(p_case) THEN
        RAISE EXCEPTION 'you may see personal data only of cases you handle'
            USING ERRCODE = 'insufficient_privilege', HINT = 'reveal-denied';
    END IF;
END $$;

CREATE FUNCTION reveal_case_pii(p_case uuid, p_reason text)
    RETURNS TABLE (citizen_name text, phone text, address text)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM reveal_checks(p_case, p_reason);
    INSERT INTO pii_reveals (case_id, field, reason) VALUES (p_case, 'all', btrim(p_reason));
    RETURN QUERY SELECT c.citizen_name, c.phone, c.address FROM cases c WHERE c.id = p_case;
END $$;

-- The one-field reveal of 0005, now with the same right and run as the owner
-- (the desk roles cannot read the columns themselves).
CREATE OR REPLACE FUNCTION reveal_case_field(p_case uuid, p_field text, p_reason text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    value text;
BEGIN
    IF p_field IS NULL OR p_field NOT IN ('citizen_name', 'phone', 'address', 'sender') THEN
        RAISE EXCEPTION 'no such personal field' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM reveal_checks(p_case, p_reason);
    EXECUTE format('SELECT %I FROM cases WHERE id = $1', p_field) INTO value USING p_case;
    INSERT INTO pii_reveals (case_id, field, reason) VALUES (p_case, p_field, btrim(p_reason));
    RETURN value;
END $$;

-- People and their sign-in roles -----------------------------------------------------------

-- Supervisors manage counselors; admins manage everyone.
CREATE FUNCTION admin_may_manage(p_role text) RETURNS boolean
    LANGUAGE sql STABLE AS $$
    SELECT session_has_group('minwon_admin')
        OR (session_has_group('minwon_supervisor') AND p_role = 'counselor')
$$;

CREATE FUNCTION admin_check_verifier(p_verifier text) RETURNS void
    LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF p_verifier IS NULL
       OR p_verifier !~ '^SCRAM-SHA-256\$[0-9]{4,7}:[A-Za-z0-9+/]+={0,2}\$[A-Za-z0-9+/]+={0,2}:[A-Za-z0-9+/]+={0,2}$' THEN
        RAISE EXCEPTION 'a password reaches the database only as a SCRAM-SHA-256 verifier'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'verifier-required';
    END IF;
END $$;

CREATE FUNCTION admin_check_login(p_login text) RETURNS void
    LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF p_login IS NULL OR p_login !~ '^[a-z][a-z0-9_]{1,62}$' OR p_login LIKE 'minwon\_%' OR p_login LIKE 'pg\_%'
       OR p_login IN ('minwon', 'postgres', 'public', 'nobody') THEN
        RAISE EXCEPTION 'a sign-in name is 2 to 63 lower-case letters, digits or _, starting with a letter, '
                        'and not a reserved name' USING ERRCODE = 'invalid_parameter_value', HINT = 'bad-login';
    END IF;
END $$;

-- Makes the person's login role a member of exactly the group of their role.
CREATE FUNCTION admin_set_group(p_login text, p_role text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    g text;
BEGIN
    FOREACH g IN ARRAY ARRAY['minwon_counselor', 'minwon_supervisor', 'minwon_kb_editor', 'minwon_kb_approver',
                             'minwon_department', 'minwon_admin'] LOOP
        IF g <> 'minwon_' || p_role AND EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid
                        JOIN pg_roles u ON u.oid = m.member WHERE r.rolname = g AND u.rolname = p_login) THEN
            EXECUTE format('REVOKE %I FROM %I', g, p_login);
        END IF;
    END LOOP;
    EXECUTE format('GRANT %I TO %I', 'minwon_' || p_role, p_login);
END $$;

CREATE FUNCTION admin_user_add(p_login text, p_display_name text, p_role text, p_room smallint,
                               p_department text, p_verifier text) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    existing pg_roles%ROWTYPE;
    new_id uuid;
BEGIN
    PERFORM admin_check_login(p_login);
    PERFORM admin_check_verifier(p_verifier);
    IF NOT admin_may_manage(p_role) THEN
        RAISE EXCEPTION 'you may not add a person with the role %', p_role
            USING ERRCODE = 'insufficient_privilege', HINT = 'manage-denied';
    END IF;
    IF EXISTS (SELECT 1 FROM people WHERE login = p_login) THEN
        RAISE EXCEPTION 'the sign-in name % is taken', p_login USING ERRCODE = 'unique_violation';
    END IF;
    INSERT INTO people (login, display_name, role, room_id, department_code)
    VALUES (p_login, p_display_name, p_role, p_room, nullif(p_department, ''))
    RETURNING id INTO new_id;
    SELECT * INTO existing FROM pg_roles WHERE rolname = p_login;
    IF FOUND THEN
        -- Roles belong to the whole cluster: a login of another database of
        -- it may be taken over, never a privileged role.
        IF existing.rolsuper OR existing.rolcreaterole OR existing.rolcreatedb OR existing.rolreplication
           OR existing.rolbypassrls THEN
            RAISE EXCEPTION 'the sign-in name % belongs to a privileged role', p_login
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', p_login, p_verifier);
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_login, p_verifier);
    END IF;
    PERFORM admin_set_group(p_login, p_role);
    RETURN new_id;
END $$;

CREATE FUNCTION admin_person(p_login text) RETURNS people
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    p people%ROWTYPE;
BEGIN
    SELECT * INTO p FROM people WHERE login = p_login;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no person signs in as %', p_login USING ERRCODE = 'no_data_found', HINT = 'no-such-user';
    END IF;
    IF NOT admin_may_manage(p.role) THEN
        RAISE EXCEPTION 'you may not manage %', p_login USING ERRCODE = 'insufficient_privilege',
            HINT = 'manage-denied';
    END IF;
    RETURN p;
END $$;

CREATE FUNCTION admin_user_set_role(p_login text, p_role text, p_room smallint, p_department text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM admin_person(p_login);
    IF NOT admin_may_manage(p_role) THEN
        RAISE EXCEPTION 'you may not give the role %', p_role USING ERRCODE = 'insufficient_privilege',
            HINT = 'manage-denied';
    END IF;
    IF p_login = session_user THEN
        RAISE EXCEPTION 'nobody changes their own role' USING ERRCODE = 'insufficient_privilege',
            HINT = 'manage-denied';
    END IF;
    UPDATE people SET role = p_role, room_id = coalesce(p_room, room_id),
                      department_code = CASE WHEN p_role = 'department' THEN coalesce(nullif(p_department, ''),
                                                                                       department_code) END
     WHERE login = p_login;
    PERFORM admin_set_group(p_login, p_role);
END $$;

CREATE FUNCTION admin_user_set_active(p_login text, p_active boolean) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM admin_person(p_login);
    IF p_login = session_user AND NOT p_active THEN
        RAISE EXCEPTION 'nobody disables themselves' USING ERRCODE = 'insufficient_privilege',
            HINT = 'manage-denied';
    END IF;
    UPDATE people SET active = p_active WHERE login = p_login;
    EXECUTE format('ALTER ROLE %I %s', p_login, CASE WHEN p_active THEN 'LOGIN' ELSE 'NOLOGIN' END);
    IF NOT p_active THEN
        -- Sessions already open end now, not at the next sign-in.
        BEGIN
            PERFORM pg_terminate_backend(pid) FROM pg_stat_activity
             WHERE usename = p_login AND pid <> pg_backend_pid();
        EXCEPTION WHEN insufficient_privilege THEN
            NULL;
        END;
        DELETE FROM case_editors WHERE person_id = (SELECT id FROM people WHERE login = p_login);
    END IF;
END $$;

CREATE FUNCTION admin_user_set_password(p_login text, p_verifier text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM admin_check_verifier(p_verifier);
    IF p_login IS DISTINCT FROM session_user THEN
        PERFORM admin_person(p_login);
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_verifier);
    INSERT INTO audit_log (table_name, row_id, action, before, after)
    VALUES ('people', (SELECT id::text FROM people WHERE login = p_login), 'PASSWORD', NULL,
            jsonb_build_object('login', p_login));
END $$;

-- The people a supervisor or admin may manage, with whether they can sign in.
CREATE FUNCTION admin_user_list() RETURNS TABLE (login text, display_name text, role text, room_id smallint,
                                                 department_code text, active boolean, can_login boolean,
                                                 created_at timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT p.login, p.display_name, p.role, p.room_id, p.department_code, p.active,
           coalesce(r.rolcanlogin, false), p.created_at
      FROM people p LEFT JOIN pg_roles r ON r.rolname = p.login
     WHERE admin_may_manage(p.role)
     ORDER BY p.role, p.login
$$;

-- Functions run by anybody who may connect unless revoked: the ones that
-- act with the owner's rights are granted to the groups that need them.
REVOKE EXECUTE ON FUNCTION case_is_mine(uuid), may_reveal_case(uuid), reveal_checks(uuid, text),
    reveal_case_pii(uuid, text), reveal_case_field(uuid, text, text), reopen_case(uuid, uuid),
    update_forward(uuid, text, text, text, integer), admin_set_group(text, text), admin_user_add(text, text, text, smallint, text, text),
    admin_user_set_role(text, text, smallint, text), admin_user_set_active(text, boolean),
    admin_user_set_password(text, text), admin_user_list(), admin_person(text)
    FROM PUBLIC, minwon_counselor, minwon_supervisor, minwon_department, minwon_kb_editor, minwon_kb_approver,
    minwon_admin, minwon_intake;
GRANT EXECUTE ON FUNCTION case_is_mine(uuid), may_reveal_case(uuid), reveal_case_pii(uuid, text),
    reveal_case_field(uuid, text, text), reopen_case(uuid, uuid) TO minwon_counselor, minwon_admin;
GRANT EXECUTE ON FUNCTION case_is_mine(uuid) TO minwon_department;
GRANT EXECUTE ON FUNCTION update_forward(uuid, text, text, text, integer) TO minwon_department, minwon_supervisor,
    minwon_admin;
GRANT EXECUTE ON FUNCTION admin_user_add(text, text, text, smallint, text, text),
    admin_user_set_role(text, text, smallint, text), admin_user_set_active(text, boolean),
    admin_user_list(), admin_person(text) TO minwon_supervisor, minwon_admin;
-- Everybody may change their own password.
GRANT EXECUTE ON FUNCTION admin_user_set_password(text, text) TO minwon_counselor, minwon_supervisor,
    minwon_department, minwon_kb_editor, minwon_kb_approver, minwon_admin;

-- Retention ------------------------------------------------------------------------------

-- Personal data of finished cases older than the retention period is erased
-- (privacy.retention_days, three years unless set); the cases stay with
-- their category, channel, times, summary and answer, so the figures stay.
-- The trail keeps who did what but loses the erased values too: the one
-- change the audit trail allows, and only while a purge runs.
INSERT INTO app_settings (key, value) VALUES ('privacy.retention_days', '1095') ON CONFLICT (key) DO NOTHING;

CREATE OR REPLACE FUNCTION audit_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    personal text[] := ARRAY['citizen_name', 'phone', 'address', 'sender'];
BEGIN
    IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'audit_log' AND current_setting('minwon.purging', true) = 'on'
       AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.actor = OLD.actor AND NEW.table_name = OLD.table_name
       AND NEW.row_id IS NOT DISTINCT FROM OLD.row_id AND NEW.action = OLD.action
       AND NEW.before IS NOT DISTINCT FROM (OLD.before - personal)
       AND NEW.after IS NOT DISTINCT FROM (OLD.after - personal) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the audit trail cannot be changed' USING ERRCODE = '42501';
END $$;

CREATE OR REPLACE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
DECLARE
    row_key text;
    old_row jsonb;
    new_row jsonb;
BEGIN
    IF TG_TABLE_NAME = 'kb_versions' THEN
        row_key := coalesce(to_jsonb(NEW) ->> 'article_id', to_jsonb(OLD) ->> 'article_id') || ':'
                   || coalesce(to_jsonb(NEW) ->> 'version_no', to_jsonb(OLD) ->> 'version_no');
    ELSE
        row_key := coalesce(to_jsonb(NEW) ->> 'id', to_jsonb(OLD) ->> 'id');
    END IF;
    old_row := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    new_row := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
    IF current_setting('minwon.purging', true) = 'on' THEN
        old_row := old_row - ARRAY['citizen_name', 'phone', 'address', 'sender'];
        new_row := new_row - ARRAY['citizen_name', 'phone', 'address', 'sender'];
    END IF;
    INSERT INTO audit_log (table_name, row_id, action, before, after)
    VALUES (TG_TABLE_NAME, row_key, TG_OP, old_row, new_row);
    RETURN NULL;
END $$;

-- Returns how many cases lost their personal data. p_days NULL: the setting.
CREATE FUNCTION purge_personal_data(p_days integer DEFAULT NULL, p_dry_run boolean DEFAULT false)
    RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    days integer := coalesce(p_days, app_setting_int('privacy.retention_days', 1095));
    ids uuid[];
BEGIN
    IF NOT session_has_group('minwon_admin') THEN
        RAISE EXCEPTION 'only administrators erase personal data' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF days < 30 THEN
        RAISE EXCEPTION 'the retention period is at least 30 days' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT array_agg(id) INTO ids FROM cases
     WHERE opened_at < now() - make_interval(days => days) AND personal_data_purged_at IS NULL
       AND state NOT IN ('open', 'returned');
    IF ids IS NULL OR p_dry_run THEN
        RETURN coalesce(cardinality(ids), 0);
    END IF;
    PERFORM set_config('minwon.purging', 'on', true);
    UPDATE cases SET citizen_name = NULL, phone = NULL, address = NULL, sender = NULL,
                     personal_data_purged_at = now()
     WHERE id = ANY (ids);
    UPDATE contacts SET sender = 'purged', sender_display = '', preview = ''
     WHERE id IN (SELECT contact_id FROM cases WHERE id = ANY (ids) AND contact_id IS NOT NULL)
        OR case_id = ANY (ids);
    UPDATE contact_messages SET body = ''
     WHERE contact_id IN (SELECT contact_id FROM cases WHERE id = ANY (ids) AND contact_id IS NOT NULL);
    UPDATE audit_log SET before = before - ARRAY['citizen_name', 'phone', 'address', 'sender'],
                         after = after - ARRAY['citizen_name', 'phone', 'address', 'sender']
     WHERE table_name = 'cases' AND row_id = ANY (SELECT unnest(ids)::text);
    PERFORM set_config('minwon.purging', 'off', true);
    INSERT INTO audit_log (table_name, row_id, action, before, after)
    VALUES ('cases', NULL, 'PURGE', NULL, jsonb_build_object('cases', cardinality(ids), 'older_than_days', days));
    RETURN cardinality(ids);
END $$;
REVOKE EXECUTE ON FUNCTION purge_personal_data(integer, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION purge_personal_data(integer, boolean) TO minwon_admin;
