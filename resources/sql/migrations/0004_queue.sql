-- The queue's operations as functions, so that every desk, the simulator and
-- the intake gateway follow the same rules, each in one statement and one
-- transaction. They run with the caller's rights: the person is always
-- current_person_id(), never a parameter.

ALTER TABLE agent_status ADD COLUMN wrapup_code text REFERENCES wrapup_codes(code);
ALTER TABLE contacts ADD COLUMN last_offered_to uuid REFERENCES people(id);
CREATE INDEX contacts_offered_idx ON contacts (offered_at) WHERE state = 'offered';
CREATE INDEX agent_status_available_idx ON agent_status (room_id, since) WHERE state = 'available';

CREATE FUNCTION app_setting_int(p_key text, p_default integer) RETURNS integer
    LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT (value #>> '{}')::integer FROM app_settings WHERE key = p_key), p_default)
$$;

CREATE FUNCTION app_setting_bool(p_key text, p_default boolean) RETURNS boolean
    LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT (value #>> '{}')::boolean FROM app_settings WHERE key = p_key), p_default)
$$;

-- Counselor states ----------------------------------------------------------
--   offline       -> available, break
--   available     -> on_contact, break, offline
--   on_contact    -> after_contact, available (released or transferred)
--   after_contact -> available, break, offline   (only once the case has a wrap-up code)
--   break         -> available, offline, on_contact (taking a contact ends the break)
-- and anyone may go offline from on_contact when their contact went back to the queue.
CREATE FUNCTION agent_status_rules() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    allowed boolean;
    code text;
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.state = 'on_contact' AND NEW.contact_id IS NULL THEN
            RAISE EXCEPTION 'a counselor on a contact must hold one' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.state = OLD.state AND NEW.contact_id IS NOT DISTINCT FROM OLD.contact_id THEN
        RETURN NEW;
    END IF;
    allowed := CASE OLD.state
        WHEN 'offline' THEN NEW.state IN ('available', 'break', 'on_contact')
        WHEN 'available' THEN NEW.state IN ('on_contact', 'break', 'offline')
        WHEN 'on_contact' THEN NEW.state IN ('after_contact', 'available', 'on_contact')
        WHEN 'after_contact' THEN NEW.state IN ('available', 'break', 'offline')
        WHEN 'break' THEN NEW.state IN ('available', 'offline', 'on_contact')
        ELSE false
    END;
    IF NOT allowed THEN
        RAISE EXCEPTION 'a counselor cannot go from % to %', OLD.state, NEW.state
            USING ERRCODE = 'check_violation', HINT = 'state-transition';
    END IF;
    IF NEW.state = 'on_contact' AND NEW.contact_id IS NULL THEN
        RAISE EXCEPTION 'a counselor on a contact must hold one' USING ERRCODE = 'check_violation';
    END IF;
    IF OLD.state = 'after_contact' THEN
        -- After-contact work ends only with a wrap-up code on the case.
        SELECT c.wrapup_code INTO code FROM cases c
         WHERE c.contact_id = OLD.contact_id AND c.wrapup_code IS NOT NULL
         ORDER BY c.updated_at DESC LIMIT 1;
        IF code IS NULL THEN
            RAISE EXCEPTION 'after-contact work ends only with a wrap-up code on the case'
                USING ERRCODE = 'check_violation', HINT = 'wrapup-required';
        END IF;
        NEW.wrapup_code := code; -- agent_status_log_change records it on the interval
    ELSE
        NEW.wrapup_code := NULL;
    END IF;
    NEW.since := clock_timestamp();
    NEW.acw_deadline := CASE WHEN NEW.state = 'after_contact'
        THEN NEW.since + make_interval(secs => app_setting_int('queue.acw_seconds', 60)) END;
    IF NEW.state IN ('available', 'break', 'offline') THEN
        NEW.contact_id := NULL;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER agent_status_rules BEFORE INSERT OR UPDATE ON agent_status
    FOR EACH ROW EXECUTE FUNCTION agent_status_rules();

-- The history: close the open interval (with the wrap-up code that ended
-- after-contact work), open a new one. Written as the owner: nobody edits
-- the log directly.
CREATE OR REPLACE FUNCTION agent_status_log_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.state IS NOT DISTINCT FROM OLD.state
       AND NEW.contact_id IS NOT DISTINCT FROM OLD.contact_id THEN
        RETURN NULL;
    END IF;
    UPDATE agent_status_log
       SET ended_at = NEW.since,
           wrapup_code = CASE WHEN state = 'after_contact' THEN NEW.wrapup_code ELSE wrapup_code END
     WHERE person_id = NEW.person_id AND ended_at IS NULL;
    INSERT INTO agent_status_log (person_id, state, started_at, room_id, contact_id)
    VALUES (NEW.person_id, NEW.state, NEW.since, NEW.room_id, NEW.contact_id);
    RETURN NULL;
END $$;

CREATE FUNCTION set_agent_state(p_state text) RETURNS text
    LANGUAGE plpgsql AS $$
DECLARE
    me uuid := current_person_id();
    result text;
BEGIN
    IF me IS NULL THEN
        RAISE EXCEPTION 'not a registered person' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_state = 'on_contact' OR p_state = 'after_contact' THEN
        RAISE EXCEPTION 'take or finish a contact instead' USING ERRCODE = 'check_violation';
    END IF;
    INSERT INTO agent_status (person_id, state, room_id)
    VALUES (me, p_state, (SELECT room_id FROM people WHERE id = me))
    ON CONFLICT (person_id) DO UPDATE SET state = excluded.state
    RETURNING state INTO result;
    RETURN result;
END $$;

-- Claiming --------------------------------------------------------------------

-- The next waiting contact for the signed-in counselor: most urgent first,
-- the counselor's own room before another room's at the same priority, then
-- oldest. SKIP LOCKED: a hundred desks pressing "take next" in the same
-- second each get a different contact and none waits for another.
CREATE FUNCTION claim_next(p_room smallint DEFAULT NULL) RETURNS uuid
    LANGUAGE plpgsql AS $$
DECLARE
    me uuid := current_person_id();
    my_room smallint := coalesce(p_room, (SELECT room_id FROM people WHERE id = current_person_id()));
    picked uuid;
BEGIN
    IF me IS NULL THEN
        RAISE EXCEPTION 'not a registered person' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF EXISTS (SELECT 1 FROM agent_status WHERE person_id = me AND state IN ('on_contact', 'after_contact')) THEN
        RAISE EXCEPTION 'finish the current contact first' USING ERRCODE = 'check_violation', HINT = 'busy';
    END IF;
    SELECT id INTO picked FROM contacts
     WHERE state = 'waiting'
     ORDER BY priority DESC, (preferred_room IS NOT NULL AND preferred_room IS DISTINCT FROM my_room), arrived_at
     FOR UPDATE SKIP LOCKED
     LIMIT 1;
    IF picked IS NULL THEN
        RETURN NULL;
    END IF;
    UPDATE contacts SET state = 'claimed', claimed_by = me, offered_to = NULL WHERE id = picked;
    INSERT INTO agent_status (person_id, state, room_id, contact_id) VALUES (me, 'on_contact', my_room, picked)
    ON CONFLICT (person_id) DO UPDATE SET state = 'on_contact', contact_id = picked;
    RETURN picked;
END $$;

-- "Take this one", or accept an offered call. False when another desk was faster.
CREATE FUNCTION claim_contact(p_id uuid) RETURNS boolean
    LANGUAGE plpgsql AS $$
DECLARE
    me uuid := current_person_id();
    found_id uuid;
BEGIN
    IF me IS NULL THEN
        RAISE EXCEPTION 'not a registered person' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF EXISTS (SELECT 1 FROM agent_status WHERE person_id = me AND state IN ('on_contact', 'after_contact')) THEN
        RAISE EXCEPTION 'finish the current contact first' USING ERRCODE = 'check_violation', HINT = 'busy';
    END IF;
    UPDATE contacts SET state = 'claimed', claimed_by = me, offered_to = NULL
     WHERE id = p_id AND (state = 'waiting' OR (state = 'offered' AND offered_to = me))
    RETURNING id INTO found_id;
    IF found_id IS NULL THEN
        RETURN false;
    END IF;
    INSERT INTO agent_status (person_id, state, room_id, contact_id)
    VALUES (me, 'on_contact', (SELECT room_id FROM people WHERE id = me), p_id)
    ON CONFLICT (person_id) DO UPDATE SET state = 'on_contact', contact_id = p_id;
    RETURN true;
END $$;

-- Back to the queue, as it was (for example taken by mistake).
CREATE FUNCTION release_contact(p_id uuid) RETURNS boolean
    LANGUAGE plpgsql AS $$
DECLARE
    me uuid := current_person_id();
    found_id uuid;
BEGIN
    UPDATE contacts SET state = 'waiting', claimed_by = NULL, claimed_at = NULL
     WHERE id = p_id AND state = 'claimed' AND claimed_by = me
    RETURNING id INTO found_id;
    IF found_id IS NULL THEN
        RETURN false;
    END IF;
    UPDATE agent_status SET state = 'available' WHERE person_id = me AND contact_id = p_id;
    RETURN true;
END $$;

-- To another counselor (offered to them) or another room (queued there), with a reason.
CREATE FUNCTION transfer_contact(p_id uuid, p_person uuid, p_room smallint, p_reason text) RETURNS boolean
    LANGUAGE plpgsql AS $$
DECLARE
    me uuid := current_person_id();
    found_id uuid;
BEGIN
    IF coalesce(btrim(p_reason), '') = '' THEN
        RAISE EXCEPTION 'a transfer needs a reason' USING ERRCODE = 'check_violation', HINT = 'reason-required';
    END IF;
    IF p_person IS NULL AND p_room IS NULL THEN
        RAISE EXCEPTION 'transfer to a counselor or a room' USING ERRCODE = 'check_violation';
    END IF;
    IF p_person = me THEN
        RAISE EXCEPTION 'cannot transfer to yourself' USING ERRCODE = 'check_violation';
    END IF;
    UPDATE contacts SET state = 'transferred', transfer_to_person = p_person, transfer_to_room = p_room,
                        transfer_reason = p_reason
     WHERE id = p_id AND state = 'claimed' AND claimed_by = me
    RETURNING id INTO found_id;
    IF found_id IS NULL THEN
        RETURN false;
    END IF;
    -- The transferred leg is recorded (event "transferred"); the contact queues again.
    UPDATE contacts
       SET state = CASE WHEN p_person IS NOT NULL THEN 'offered' ELSE 'waiting' END,
           offered_to = p_person, offered_at = CASE WHEN p_person IS NOT NULL THEN clock_timestamp() END,
           preferred_room = coalesce(p_room, (SELECT room_id FROM people WHERE id = p_person), preferred_room),
           claimed_by = NULL, claimed_at = NULL
     WHERE id = p_id;
    UPDATE agent_status SET state = 'available' WHERE person_id = me AND contact_id = p_id;
    RETURN true;
END $$;

-- The call ended (or the message was answered): after-contact work begins.
CREATE FUNCTION finish_contact(p_id uuid) RETURNS boolean
    LANGUAGE plpgsql AS $$
DECLARE
    me uuid := current_person_id();
    found_id uuid;
BEGIN
    UPDATE contacts SET state = 'done' WHERE id = p_id AND state = 'claimed' AND claimed_by = me
    RETURNING id INTO found_id;
    IF found_id IS NULL THEN
        RETURN false;
    END IF;
    UPDATE agent_status SET state = 'after_contact' WHERE person_id = me AND contact_id = p_id
       AND state = 'on_contact';
    RETURN true;
END $$;

-- The citizen hung up or withdrew before anyone took the contact.
CREATE FUNCTION abandon_contact(p_id uuid) RETURNS boolean
    LANGUAGE plpgsql AS $$
DECLARE
    found_id uuid;
BEGIN
    UPDATE contacts SET state = 'abandoned', offered_to = NULL
     WHERE id = p_id AND state IN ('waiting', 'offered')
    RETURNING id INTO found_id;
    RETURN found_id IS NOT NULL;
END $$;

-- Auto-offer of ringing calls ---------------------------------------------------

-- Offers a waiting phone contact to the available counselor of its preferred
-- room (any room when it has none) who has been idle longest, never to the
-- one who just let it ring out. Returns the person it was offered to.
CREATE FUNCTION offer_contact(p_id uuid) RETURNS uuid
    LANGUAGE plpgsql AS $$
DECLARE
    c record;
    target uuid;
BEGIN
    SELECT * INTO c FROM contacts WHERE id = p_id AND state = 'waiting' FOR UPDATE SKIP LOCKED;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    SELECT s.person_id INTO target FROM agent_status s JOIN people p ON p.id = s.person_id
     WHERE s.state = 'available' AND p.active AND p.role IN ('counselor', 'supervisor')
       AND (c.preferred_room IS NULL OR s.room_id = c.preferred_room)
       AND s.person_id IS DISTINCT FROM c.last_offered_to
       AND NOT EXISTS (SELECT 1 FROM contacts o WHERE o.state = 'offered' AND o.offered_to = s.person_id)
     ORDER BY s.since
     LIMIT 1
     FOR UPDATE OF s SKIP LOCKED;
    IF target IS NULL THEN
        RETURN NULL;
    END IF;
    UPDATE contacts SET state = 'offered', offered_to = target, offered_at = clock_timestamp(),
                        last_offered_to = target
     WHERE id = p_id;
    RETURN target;
END $$;

CREATE FUNCTION contacts_auto_offer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.state = 'waiting' AND app_setting_bool('queue.auto_offer_phone', false)
       AND EXISTS (SELECT 1 FROM channels WHERE code = NEW.channel AND is_voice) THEN
        PERFORM offer_contact(NEW.id);
    END IF;
    RETURN NULL;
END $$;
-- Named to fire after contacts_log_event (triggers fire in name order), so the
-- history reads "waiting, offered".
CREATE TRIGGER contacts_offer_new_call AFTER INSERT ON contacts
    FOR EACH ROW EXECUTE FUNCTION contacts_auto_offer();

-- Not accepted in time, or declined: back to the queue, then offered to the next
-- available counselor. Any desk calls it when an offer it can see runs out, so
-- no desk has to poll and a dead desk cannot hold a call.
CREATE FUNCTION expire_offers() RETURNS integer
    LANGUAGE plpgsql AS $$
DECLARE
    expired uuid[];
    v_id uuid;
BEGIN
    WITH gone AS (
        UPDATE contacts SET state = 'waiting', offered_to = NULL
         WHERE state = 'offered'
           AND offered_at + make_interval(secs => app_setting_int('queue.offer_timeout_seconds', 15))
               <= clock_timestamp()
        RETURNING contacts.id)
    SELECT array_agg(gone.id) INTO expired FROM gone;
    IF expired IS NULL THEN
        RETURN 0;
    END IF;
    FOREACH v_id IN ARRAY expired LOOP
        IF EXISTS (SELECT 1 FROM contacts c JOIN channels ch ON ch.code = c.channel
                    WHERE c.id = v_id AND ch.is_voice) AND app_setting_bool('queue.auto_offer_phone', false) THEN
            PERFORM offer_contact(v_id);
        END IF;
    END LOOP;
    RETURN cardinality(expired);
END $$;

CREATE FUNCTION decline_offer(p_id uuid) RETURNS boolean
    LANGUAGE plpgsql AS $$
DECLARE
    found_id uuid;
BEGIN
    UPDATE contacts SET state = 'waiting', offered_to = NULL
     WHERE id = p_id AND state = 'offered' AND offered_to = current_person_id()
    RETURNING contacts.id INTO found_id;
    IF found_id IS NULL THEN
        RETURN false;
    END IF;
    IF app_setting_bool('queue.auto_offer_phone', false) THEN
        PERFORM offer_contact(p_id);
    END IF;
    RETURN true;
END $$;

-- A completed case ends the counselor's after-contact work (the wrap-up code
-- is on the case); completing while still on the call ends the contact too.
CREATE FUNCTION cases_end_contact_work() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.state = 'completed' AND (TG_OP = 'INSERT' OR OLD.state IS DISTINCT FROM 'completed')
       AND NEW.contact_id IS NOT NULL AND NEW.wrapup_code IS NOT NULL THEN
        UPDATE contacts SET state = 'done', case_id = NEW.id
         WHERE id = NEW.contact_id AND state = 'claimed';
        UPDATE contacts SET case_id = NEW.id WHERE id = NEW.contact_id AND case_id IS NULL;
        UPDATE agent_status SET state = 'after_contact'
         WHERE contact_id = NEW.contact_id AND state = 'on_contact';
        UPDATE agent_status SET state = 'available'
         WHERE contact_id = NEW.contact_id AND state = 'after_contact';
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER cases_end_contact_work AFTER INSERT OR UPDATE OF state ON cases
    FOR EACH ROW EXECUTE FUNCTION cases_end_contact_work();

GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO minwon_counselor, minwon_supervisor, minwon_admin;
