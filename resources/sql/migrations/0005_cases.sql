-- The life of a case: who has it open, forwarding violation reports to the
-- departments and their answers, likely duplicates, reopening, and the
-- logged reveal of personal data.

-- "Being edited by …": a desk that opens a case says so and keeps saying so
-- (a heartbeat); rows of a desk that died go stale after two minutes.
CREATE TABLE case_editors (
    case_id     uuid NOT NULL,
    person_id   uuid NOT NULL REFERENCES people(id),
    opened_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
    heartbeat   timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (case_id, person_id)
);

CREATE FUNCTION case_editors_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('minwon_change', jsonb_build_object('t', 'case_editors', 'op', left(TG_OP, 1),
        'id', coalesce(NEW.case_id, OLD.case_id))::text);
    RETURN NULL;
END $$;
CREATE TRIGGER case_editors_notify AFTER INSERT OR DELETE ON case_editors
    FOR EACH ROW EXECUTE FUNCTION case_editors_notify();

CREATE FUNCTION open_case_edit(p_case uuid) RETURNS void LANGUAGE sql AS $$
    INSERT INTO case_editors (case_id, person_id) VALUES (p_case, current_person_id())
    ON CONFLICT (case_id, person_id) DO UPDATE SET heartbeat = clock_timestamp();
$$;

CREATE FUNCTION close_case_edit(p_case uuid) RETURNS void LANGUAGE sql AS $$
    DELETE FROM case_editors WHERE case_id = p_case AND person_id = current_person_id();
$$;

-- Everyone else who has this case open now.
CREATE FUNCTION case_other_editors(p_case uuid) RETURNS TABLE (person_id uuid, display_name text, since timestamptz)
    LANGUAGE sql STABLE AS $$
    SELECT e.person_id, p.display_name, e.opened_at FROM case_editors e JOIN people p ON p.id = e.person_id
     WHERE e.case_id = p_case AND e.person_id IS DISTINCT FROM current_person_id()
       AND e.heartbeat > clock_timestamp() - interval '2 minutes'
     ORDER BY e.opened_at;
$$;

-- Violation reports: likely duplicates ------------------------------------

-- Earlier reports about the same place (address or business name, spaces and
-- case ignored) within a few hours of the time observed.
CREATE FUNCTION find_duplicate_reports(p_address text, p_business text, p_observed timestamptz,
                                       p_hours integer DEFAULT 3, p_exclude uuid DEFAULT NULL)
    RETURNS TABLE (id uuid, case_id uuid, kind text, place_address text, business_name text, observed_at timestamptz)
    LANGUAGE sql STABLE AS $$
    SELECT v.id, v.case_id, v.kind, v.place_address, v.business_name, v.observed_at
      FROM violation_reports v
     WHERE v.id IS DISTINCT FROM p_exclude
       AND v.observed_at BETWEEN p_observed - make_interval(hours => p_hours)
                             AND p_observed + make_interval(hours => p_hours)
       AND (v.address_key = lower(regexp_replace(coalesce(p_address, ''), '\s+', '', 'g'))
            OR (coalesce(btrim(p_business), '') <> ''
                AND v.business_key = lower(regexp_replace(p_business, '\s+', '', 'g'))))
     ORDER BY v.observed_at;
$$;

-- Forwards -----------------------------------------------------------------

CREATE FUNCTION forward_due(p_department text, p_from timestamptz) RETURNS timestamptz
    LANGUAGE sql STABLE AS $$
    SELECT p_from + make_interval(hours => coalesce((SELECT forward_due_hours FROM departments
                                                     WHERE code = p_department), 24));
$$;

-- The department's side: acknowledge, record the field check and its result,
-- close; every step with a note and its time, never backwards, only by
-- staff of the addressed department (or a supervisor).
CREATE FUNCTION update_forward(p_id uuid, p_state text, p_result text, p_note text, p_version integer)
    RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    f forwards%ROWTYPE;
    me people%ROWTYPE;
    rank_old integer;
    rank_new integer;
    new_version integer;
BEGIN
    SELECT * INTO me FROM people WHERE id = current_person_id();
    SELECT * INTO f FROM forwards WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no such forward' USING ERRCODE = 'no_data_found';
    END IF;
    IF me.id IS NULL OR NOT (me.role IN ('supervisor', 'admin')
                            OR (me.role = 'department' AND me.department_code = f.department_code)) THEN
        RAISE EXCEPTION 'this forward is addressed to another department' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_version IS NOT NULL AND f.version <> p_version THEN
        RAISE EXCEPTION 'the forward was changed meanwhile' USING ERRCODE = 'serialization_failure',
            HINT = 'version-conflict';
    END IF;
    rank_old := array_position(ARRAY['sent', 'acknowledged', 'checked', 'closed'], f.state);
    rank_new := array_position(ARRAY['sent', 'acknowledged', 'checked', 'closed'], p_state);
    IF rank_new IS NULL OR rank_new < rank_old THEN
        RAISE EXCEPTION 'a forward cannot go from % to %', f.state, p_state USING ERRCODE = 'check_violation';
    END IF;
    IF p_state = 'checked' AND coalesce(btrim(p_result), '') = '' AND coalesce(btrim(f.result), '') = '' THEN
        RAISE EXCEPTION 'a field check needs its result' USING ERRCODE = 'check_violation', HINT = 'result-required';
    END IF;
    UPDATE forwards
       SET state = p_state,
           result = coalesce(nullif(btrim(p_result), ''), result),
           acknowledged_at = CASE WHEN rank_new >= 2 THEN coalesce(acknowledged_at, clock_timestamp()) END,
           acknowledged_by = CASE WHEN rank_new >= 2 THEN coalesce(acknowledged_by, me.id) END,
           checked_at = CASE WHEN rank_new >= 3 THEN coalesce(checked_at, clock_timestamp()) END,
           checked_by = CASE WHEN rank_new >= 3 THEN coalesce(checked_by, me.id) END,
           closed_at = CASE WHEN rank_new >= 4 THEN coalesce(closed_at, clock_timestamp()) END
     WHERE id = p_id
    RETURNING version INTO new_version;
    IF coalesce(btrim(p_note), '') <> '' THEN
        INSERT INTO forward_notes (forward_id, author_id, note) VALUES (p_id, me.id, p_note);
    END IF;
    RETURN new_version;
END $$;

-- Reopening: a second contact about the same matter continues the case.
CREATE FUNCTION reopen_case(p_case uuid, p_contact uuid) RETURNS integer
    LANGUAGE plpgsql AS $$
DECLARE
    new_version integer;
BEGIN
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
        UPDATE contacts SET case_id = p_case WHERE id = p_contact;
    END IF;
    RETURN new_version;
END $$;

-- Personal data -----------------------------------------------------------

-- Shows one personal field of a case and records who looked, when and why.
CREATE FUNCTION reveal_case_field(p_case uuid, p_field text, p_reason text) RETURNS text
    LANGUAGE plpgsql AS $$
DECLARE
    value text;
BEGIN
    IF coalesce(char_length(btrim(p_reason)), 0) < 2 THEN
        RAISE EXCEPTION 'say why you need to see it' USING ERRCODE = 'check_violation', HINT = 'reason-required';
    END IF;
    IF p_field NOT IN ('citizen_name', 'phone', 'address', 'sender') THEN
        RAISE EXCEPTION 'no such personal field' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE format('SELECT %I FROM cases WHERE id = $1', p_field) INTO value USING p_case;
    INSERT INTO pii_reveals (case_id, field, reason) VALUES (p_case, p_field, btrim(p_reason));
    RETURN value;
END $$;

GRANT SELECT, INSERT, UPDATE, DELETE ON case_editors TO minwon_counselor, minwon_department, minwon_kb_approver;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO minwon_counselor, minwon_supervisor, minwon_department,
    minwon_admin;
