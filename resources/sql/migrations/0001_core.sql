-- MinwonDesk core schema.
--
-- Conventions
--  * timestamptz everywhere; dates only for "in force from/until".
--  * Rows a desk may create while the database is unreachable (cases,
--    violation reports, forwards, contacts) carry uuid ids generated on the
--    desk, so that replaying the offline outbox is idempotent.
--  * Rows two people may edit at once carry a version column; the app updates
--    "WHERE version = :seen" and a trigger increments it.
--  * Text columns have length limits here, not only in the forms.
--  * Every change a desk must see arrives through NOTIFY minwon_change.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE rooms (
    id          smallint PRIMARY KEY,
    code        text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9_]{1,32}$'),
    name_ko     text NOT NULL CHECK (char_length(name_ko) BETWEEN 1 AND 100),
    name_en     text NOT NULL CHECK (char_length(name_en) BETWEEN 1 AND 100),
    site        text NOT NULL DEFAULT '' CHECK (char_length(site) <= 200)
);

CREATE TABLE channels (
    code            text PRIMARY KEY CHECK (code ~ '^[a-z0-9_]{1,32}$'),
    name_ko         text NOT NULL CHECK (char_length(name_ko) BETWEEN 1 AND 100),
    name_en         text NOT NULL CHECK (char_length(name_en) BETWEEN 1 AND 100),
    is_voice        boolean NOT NULL DEFAULT false,
    -- service level: answered within sl_threshold_s counts as "in service level";
    -- the queue turns amber at warn_ratio of the threshold and red past it
    sl_threshold_s  integer NOT NULL CHECK (sl_threshold_s > 0),
    sl_target_pct   numeric(5,2) NOT NULL DEFAULT 80 CHECK (sl_target_pct BETWEEN 0 AND 100),
    warn_ratio      numeric(4,3) NOT NULL DEFAULT 0.5 CHECK (warn_ratio > 0 AND warn_ratio <= 1),
    sort_order      smallint NOT NULL DEFAULT 0,
    active          boolean NOT NULL DEFAULT true
);

CREATE TABLE categories (
    code            text PRIMARY KEY CHECK (code ~ '^[a-z0-9][a-z0-9_.-]{0,63}$'),
    parent_code     text REFERENCES categories(code),
    name_ko         text NOT NULL CHECK (char_length(name_ko) BETWEEN 1 AND 100),
    name_en         text NOT NULL CHECK (char_length(name_en) BETWEEN 1 AND 100),
    sort_order      smallint NOT NULL DEFAULT 0,
    needs_address   boolean NOT NULL DEFAULT false,
    active          boolean NOT NULL DEFAULT true,
    CHECK (parent_code IS DISTINCT FROM code)
);
CREATE INDEX categories_parent_idx ON categories (parent_code);

CREATE TABLE wrapup_codes (
    code        text PRIMARY KEY CHECK (code ~ '^[a-z0-9_]{1,32}$'),
    name_ko     text NOT NULL CHECK (char_length(name_ko) BETWEEN 1 AND 100),
    name_en     text NOT NULL CHECK (char_length(name_en) BETWEEN 1 AND 100),
    sort_order  smallint NOT NULL DEFAULT 0,
    active      boolean NOT NULL DEFAULT true
);

CREATE TABLE departments (
    code                text PRIMARY KEY CHECK (code ~ '^[a-z0-9_]{1,32}$'),
    name_ko             text NOT NULL CHECK (char_length(name_ko) BETWEEN 1 AND 100),
    name_en             text NOT NULL CHECK (char_length(name_en) BETWEEN 1 AND 100),
    kind                text NOT NULL CHECK (kind IN ('enforcement', 'disaster_hq', 'service')),
    forward_due_hours   integer NOT NULL DEFAULT 24 CHECK (forward_due_hours > 0),
    active              boolean NOT NULL DEFAULT true
);

-- A person signs in as the PostgreSQL login role named by "login".
CREATE TABLE people (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    login           text NOT NULL UNIQUE CHECK (login ~ '^[a-z][a-z0-9_]{1,62}$'),
    display_name    text NOT NULL CHECK (char_length(display_name) BETWEEN 1 AND 100),
    role            text NOT NULL CHECK (role IN ('counselor', 'supervisor', 'kb_editor', 'kb_approver',
                                                  'department', 'admin')),
    room_id         smallint REFERENCES rooms(id),
    department_code text REFERENCES departments(code),
    active          boolean NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (role <> 'department' OR department_code IS NOT NULL)
);

-- Who is asking: the signed-in login role, never a value the client sends.
CREATE FUNCTION current_person_id() RETURNS uuid
    LANGUAGE sql STABLE AS $$ SELECT id FROM people WHERE login = session_user $$;

CREATE TABLE app_settings (
    key         text PRIMARY KEY CHECK (key ~ '^[a-z0-9_.]{1,64}$'),
    value       jsonb NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

-- Counselor states --------------------------------------------------------

CREATE TABLE agent_status (
    person_id       uuid PRIMARY KEY REFERENCES people(id),
    state           text NOT NULL CHECK (state IN ('available', 'on_contact', 'after_contact', 'break', 'offline')),
    since           timestamptz NOT NULL DEFAULT clock_timestamp(),
    room_id         smallint REFERENCES rooms(id),
    contact_id      uuid,
    acw_deadline    timestamptz
);

CREATE TABLE agent_status_log (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id       uuid NOT NULL REFERENCES people(id),
    state           text NOT NULL,
    started_at      timestamptz NOT NULL,
    ended_at        timestamptz,
    room_id         smallint,
    contact_id      uuid,
    wrapup_code     text
);
CREATE INDEX agent_status_log_person_idx ON agent_status_log (person_id, started_at);
CREATE INDEX agent_status_log_started_idx ON agent_status_log (started_at);

-- The queue ---------------------------------------------------------------

CREATE TABLE contacts (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    channel             text NOT NULL REFERENCES channels(code),
    sender              text NOT NULL CHECK (char_length(sender) BETWEEN 1 AND 200),  -- normalized
    sender_display      text NOT NULL DEFAULT '' CHECK (char_length(sender_display) <= 200),
    preview             text NOT NULL DEFAULT '' CHECK (char_length(preview) <= 2000),
    priority            smallint NOT NULL DEFAULT 0 CHECK (priority BETWEEN 0 AND 9),  -- 9 most urgent
    preferred_room      smallint REFERENCES rooms(id),
    category_hint       text REFERENCES categories(code),
    state               text NOT NULL DEFAULT 'waiting'
                        CHECK (state IN ('waiting', 'offered', 'claimed', 'done', 'abandoned', 'transferred')),
    arrived_at          timestamptz NOT NULL DEFAULT clock_timestamp(),
    offered_to          uuid REFERENCES people(id),
    offered_at          timestamptz,
    claimed_by          uuid REFERENCES people(id),
    claimed_at          timestamptz,
    done_at             timestamptz,
    abandoned_at        timestamptz,
    transfer_to_person  uuid REFERENCES people(id),
    transfer_to_room    smallint REFERENCES rooms(id),
    transfer_reason     text CHECK (char_length(transfer_reason) <= 500),
    case_id             uuid,
    source              text NOT NULL DEFAULT 'desk' CHECK (char_length(source) <= 64),
    external_ref        text CHECK (char_length(external_ref) <= 200),
    state_changed_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
    version             integer NOT NULL DEFAULT 1
);
CREATE INDEX contacts_queue_idx ON contacts (priority DESC, arrived_at) WHERE state IN ('waiting', 'offered');
CREATE INDEX contacts_open_idx ON contacts (claimed_by) WHERE state = 'claimed';
CREATE INDEX contacts_sender_idx ON contacts (sender, arrived_at DESC);
CREATE INDEX contacts_arrived_idx ON contacts (arrived_at);

CREATE TABLE contact_events (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    contact_id  uuid NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    at          timestamptz NOT NULL DEFAULT clock_timestamp(),
    state       text NOT NULL,
    person_id   uuid REFERENCES people(id),
    room_id     smallint,
    note        text CHECK (char_length(note) <= 1000)
);
CREATE INDEX contact_events_contact_idx ON contact_events (contact_id, at);

-- Follow-up messages of a text conversation (SMS, KakaoTalk, …).
CREATE TABLE contact_messages (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    contact_id  uuid NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    at          timestamptz NOT NULL DEFAULT clock_timestamp(),
    direction   text NOT NULL DEFAULT 'in' CHECK (direction IN ('in', 'out')),
    body        text NOT NULL CHECK (char_length(body) <= 10000)
);
CREATE INDEX contact_messages_contact_idx ON contact_messages (contact_id, at);

-- Cases -------------------------------------------------------------------

CREATE TABLE cases (
    id                  uuid PRIMARY KEY,   -- generated on the desk
    contact_id          uuid REFERENCES contacts(id),
    channel             text NOT NULL REFERENCES channels(code),
    sender              text CHECK (char_length(sender) <= 200),
    citizen_name        text CHECK (char_length(citizen_name) <= 100),
    phone               text CHECK (char_length(phone) <= 40),
    address             text CHECK (char_length(address) <= 300),
    category_code       text REFERENCES categories(code),
    subcategory_code    text REFERENCES categories(code),
    summary             text NOT NULL DEFAULT '' CHECK (char_length(summary) <= 4000),
    answer              text NOT NULL DEFAULT '' CHECK (char_length(answer) <= 8000),
    wrapup_code         text REFERENCES wrapup_codes(code),
    callback_requested  boolean NOT NULL DEFAULT false,
    callback_at         timestamptz,
    callback_done_at    timestamptz,
    state               text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'completed', 'approved', 'returned')),
    counselor_id        uuid REFERENCES people(id),
    room_id             smallint REFERENCES rooms(id),
    opened_at           timestamptz NOT NULL DEFAULT now(),
    completed_at        timestamptz,
    reopened_count      integer NOT NULL DEFAULT 0,
    related_case_id     uuid REFERENCES cases(id),
    review_comment      text CHECK (char_length(review_comment) <= 4000),
    personal_data_purged_at timestamptz,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    updated_by          uuid REFERENCES people(id),
    version             integer NOT NULL DEFAULT 1,
    CHECK (completed_at IS NULL OR completed_at >= opened_at)
);
CREATE INDEX cases_opened_idx ON cases (opened_at);
CREATE INDEX cases_sender_idx ON cases (sender, opened_at DESC);
CREATE INDEX cases_counselor_idx ON cases (counselor_id, opened_at DESC);
CREATE INDEX cases_active_idx ON cases (state) WHERE state IN ('open', 'returned');
CREATE INDEX cases_contact_idx ON cases (contact_id);

ALTER TABLE contacts ADD CONSTRAINT contacts_case_fk FOREIGN KEY (case_id) REFERENCES cases(id)
    DEFERRABLE INITIALLY IMMEDIATE;

CREATE TABLE case_reviews (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    case_id             uuid NOT NULL REFERENCES cases(id),
    reviewer_id         uuid REFERENCES people(id),
    decision            text NOT NULL CHECK (decision IN ('approved', 'returned')),
    comment             text NOT NULL DEFAULT '' CHECK (char_length(comment) <= 4000),
    -- the five moments of a contact scored by Korean call-center quality reviews
    score_reception     smallint CHECK (score_reception BETWEEN 0 AND 5),
    score_greeting      smallint CHECK (score_greeting BETWEEN 0 AND 5),
    score_attitude      smallint CHECK (score_attitude BETWEEN 0 AND 5),
    score_handling      smallint CHECK (score_handling BETWEEN 0 AND 5),
    score_closing       smallint CHECK (score_closing BETWEEN 0 AND 5),
    reviewed_at         timestamptz NOT NULL DEFAULT now(),
    CHECK (decision <> 'returned' OR char_length(comment) > 0)
);
CREATE INDEX case_reviews_case_idx ON case_reviews (case_id);

-- Knowledge base ----------------------------------------------------------

CREATE TABLE kb_articles (
    id              text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9_-]{0,99}$'),
    created_at      timestamptz NOT NULL DEFAULT now(),
    created_by      uuid REFERENCES people(id)
);

CREATE TABLE kb_versions (
    article_id      text NOT NULL REFERENCES kb_articles(id),
    version_no      integer NOT NULL CHECK (version_no > 0),
    title           text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 300),
    body            text NOT NULL DEFAULT '' CHECK (char_length(body) <= 200000),
    category_code   text NOT NULL REFERENCES categories(code),
    tags            text[] NOT NULL DEFAULT '{}' CHECK (cardinality(tags) <= 50),
    source_ref      text CHECK (char_length(source_ref) <= 500),
    effective_from  date NOT NULL,
    effective_until date,
    status          text NOT NULL DEFAULT 'draft'
                    CHECK (status IN ('draft', 'in_review', 'published', 'superseded', 'expired', 'rejected')),
    author_id       uuid REFERENCES people(id),
    created_at      timestamptz NOT NULL DEFAULT now(),
    submitted_at    timestamptz,
    approved_by     uuid REFERENCES people(id),
    approved_at     timestamptz,
    publish_at      timestamptz,        -- scheduled publication (the in-force date)
    published_at    timestamptz,
    is_correction   boolean NOT NULL DEFAULT false,  -- the previous version was wrong
    change_note     text CHECK (char_length(change_note) <= 2000),
    updated_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (article_id, version_no),
    CHECK (effective_until IS NULL OR effective_until >= effective_from),
    CHECK (approved_by IS NULL OR approved_by IS DISTINCT FROM author_id)
);
CREATE INDEX kb_versions_status_idx ON kb_versions (status);
CREATE INDEX kb_versions_updated_idx ON kb_versions (updated_at);

CREATE TABLE case_quotes (
    case_id     uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    article_id  text NOT NULL,
    version_no  integer NOT NULL,
    quoted_at   timestamptz NOT NULL DEFAULT now(),
    quoted_by   uuid REFERENCES people(id),
    PRIMARY KEY (case_id, article_id, version_no),
    FOREIGN KEY (article_id, version_no) REFERENCES kb_versions (article_id, version_no)
);
CREATE INDEX case_quotes_version_idx ON case_quotes (article_id, version_no);

-- "Changed since your last shift": what a counselor has read and confirmed.
CREATE TABLE kb_acknowledgements (
    person_id       uuid NOT NULL REFERENCES people(id),
    article_id      text NOT NULL,
    version_no      integer NOT NULL,
    acknowledged_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (person_id, article_id, version_no),
    FOREIGN KEY (article_id, version_no) REFERENCES kb_versions (article_id, version_no)
);

-- Violation reports and forwards ------------------------------------------

CREATE TABLE violation_reports (
    id              uuid PRIMARY KEY,   -- generated on the desk
    case_id         uuid NOT NULL REFERENCES cases(id),
    kind            text NOT NULL CHECK (kind IN ('no_mask', 'gathering', 'after_hours', 'other')),
    place_address   text NOT NULL CHECK (char_length(place_address) BETWEEN 1 AND 300),
    business_name   text CHECK (char_length(business_name) <= 200),
    observed_at     timestamptz NOT NULL,
    description     text NOT NULL DEFAULT '' CHECK (char_length(description) <= 4000),
    duplicate_of    uuid REFERENCES violation_reports(id),
    created_at      timestamptz NOT NULL DEFAULT now(),
    created_by      uuid REFERENCES people(id),
    -- for "same place within a few hours": spaces and case do not matter
    address_key     text GENERATED ALWAYS AS (lower(regexp_replace(place_address, '\s+', '', 'g'))) STORED,
    business_key    text GENERATED ALWAYS AS (lower(regexp_replace(coalesce(business_name, ''), '\s+', '', 'g'))) STORED
);
CREATE INDEX violation_reports_address_idx ON violation_reports (address_key, observed_at);
CREATE INDEX violation_reports_business_idx ON violation_reports (business_key, observed_at) WHERE business_key <> '';
CREATE INDEX violation_reports_case_idx ON violation_reports (case_id);

CREATE TABLE forwards (
    id                  uuid PRIMARY KEY,   -- generated on the desk
    case_id             uuid NOT NULL REFERENCES cases(id),
    report_id           uuid REFERENCES violation_reports(id),
    department_code     text NOT NULL REFERENCES departments(code),
    purpose             text NOT NULL DEFAULT 'action' CHECK (purpose IN ('action', 'share')),
    state               text NOT NULL DEFAULT 'sent' CHECK (state IN ('sent', 'acknowledged', 'checked', 'closed')),
    result              text CHECK (char_length(result) <= 4000),
    sent_at             timestamptz NOT NULL DEFAULT now(),
    sent_by             uuid REFERENCES people(id),
    due_at              timestamptz,
    acknowledged_at     timestamptz,
    acknowledged_by     uuid REFERENCES people(id),
    checked_at          timestamptz,
    checked_by          uuid REFERENCES people(id),
    closed_at           timestamptz,
    updated_at          timestamptz NOT NULL DEFAULT now(),
    version             integer NOT NULL DEFAULT 1
);
CREATE INDEX forwards_open_idx ON forwards (department_code, sent_at) WHERE state <> 'closed';
CREATE INDEX forwards_case_idx ON forwards (case_id);

CREATE TABLE forward_notes (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    forward_id  uuid NOT NULL REFERENCES forwards(id),
    at          timestamptz NOT NULL DEFAULT clock_timestamp(),
    author_id   uuid REFERENCES people(id),
    note        text NOT NULL CHECK (char_length(note) BETWEEN 1 AND 4000)
);
CREATE INDEX forward_notes_forward_idx ON forward_notes (forward_id, at);

-- Audit and personal data -------------------------------------------------

CREATE TABLE audit_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor       text NOT NULL DEFAULT session_user,
    table_name  text NOT NULL,
    row_id      text,
    action      text NOT NULL,
    before      jsonb,
    after       jsonb
);
CREATE INDEX audit_log_row_idx ON audit_log (table_name, row_id);
CREATE INDEX audit_log_at_idx ON audit_log (at);

CREATE TABLE pii_reveals (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor       text NOT NULL DEFAULT session_user,
    case_id     uuid NOT NULL REFERENCES cases(id),
    field       text NOT NULL CHECK (field IN ('citizen_name', 'phone', 'address', 'sender')),
    reason      text NOT NULL CHECK (char_length(btrim(reason)) BETWEEN 2 AND 500)
);
CREATE INDEX pii_reveals_case_idx ON pii_reveals (case_id);

-- Offline outbox: an operation id is recorded in the same transaction as the
-- write it carries, so a replay after a lost acknowledgement is a no-op.
CREATE TABLE applied_ops (
    op_id       uuid PRIMARY KEY,
    kind        text NOT NULL CHECK (char_length(kind) <= 64),
    applied_at  timestamptz NOT NULL DEFAULT now(),
    applied_by  text NOT NULL DEFAULT session_user
);

-- Triggers ----------------------------------------------------------------

-- One notification channel; the payload names the table, the operation and the row.
CREATE FUNCTION notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    rec record;
    payload jsonb;
BEGIN
    IF TG_OP = 'DELETE' THEN rec := OLD; ELSE rec := NEW; END IF;
    payload := jsonb_build_object('t', TG_TABLE_NAME, 'op', left(TG_OP, 1));
    IF TG_TABLE_NAME = 'kb_versions' THEN
        payload := payload || jsonb_build_object('id', rec.article_id, 'v', rec.version_no, 'status', rec.status);
    ELSIF TG_TABLE_NAME = 'agent_status' THEN
        payload := payload || jsonb_build_object('id', rec.person_id, 'state', rec.state);
    ELSIF TG_TABLE_NAME = 'contacts' THEN
        payload := payload || jsonb_build_object('id', rec.id, 'state', rec.state);
    ELSIF TG_TABLE_NAME = 'cases' THEN
        payload := payload || jsonb_build_object('id', rec.id, 'v', rec.version);
    ELSE
        payload := payload || jsonb_build_object('id', rec.id);
    END IF;
    PERFORM pg_notify('minwon_change', payload::text);
    RETURN NULL;
END $$;

CREATE TRIGGER contacts_notify AFTER INSERT OR UPDATE OR DELETE ON contacts
    FOR EACH ROW EXECUTE FUNCTION notify_change();
CREATE TRIGGER agent_status_notify AFTER INSERT OR UPDATE OR DELETE ON agent_status
    FOR EACH ROW EXECUTE FUNCTION notify_change();
CREATE TRIGGER cases_notify AFTER INSERT OR UPDATE OR DELETE ON cases
    FOR EACH ROW EXECUTE FUNCTION notify_change();
CREATE TRIGGER kb_versions_notify AFTER INSERT OR UPDATE OR DELETE ON kb_versions
    FOR EACH ROW EXECUTE FUNCTION notify_change();
CREATE TRIGGER forwards_notify AFTER INSERT OR UPDATE OR DELETE ON forwards
    FOR EACH ROW EXECUTE FUNCTION notify_change();

-- Optimistic concurrency: every update bumps the version and the time.
CREATE FUNCTION bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.version := OLD.version + 1;
    NEW.updated_at := clock_timestamp();
    RETURN NEW;
END $$;

CREATE TRIGGER cases_bump BEFORE UPDATE ON cases FOR EACH ROW EXECUTE FUNCTION bump_version();
CREATE TRIGGER forwards_bump BEFORE UPDATE ON forwards FOR EACH ROW EXECUTE FUNCTION bump_version();

CREATE FUNCTION kb_versions_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := clock_timestamp();
    RETURN NEW;
END $$;
CREATE TRIGGER kb_versions_touch BEFORE UPDATE ON kb_versions FOR EACH ROW EXECUTE FUNCTION kb_versions_touch();

-- Every state change of a contact is timestamped, so waiting time, handling
-- time and abandonment can be computed later.
CREATE FUNCTION contacts_track_state() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.state IS NOT DISTINCT FROM OLD.state THEN
            RETURN NEW;
        END IF;
        NEW.version := OLD.version + 1;
    END IF;
    NEW.state_changed_at := clock_timestamp();
    CASE NEW.state
        WHEN 'offered' THEN NEW.offered_at := coalesce(NEW.offered_at, NEW.state_changed_at);
        WHEN 'claimed' THEN NEW.claimed_at := NEW.state_changed_at;
        WHEN 'done' THEN NEW.done_at := NEW.state_changed_at;
        WHEN 'abandoned' THEN NEW.abandoned_at := NEW.state_changed_at;
        ELSE NULL;
    END CASE;
    RETURN NEW;
END $$;
CREATE TRIGGER contacts_track_state BEFORE INSERT OR UPDATE ON contacts
    FOR EACH ROW EXECUTE FUNCTION contacts_track_state();

CREATE FUNCTION contacts_log_event() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.state IS DISTINCT FROM OLD.state THEN
        INSERT INTO contact_events (contact_id, at, state, person_id, room_id, note)
        VALUES (NEW.id, NEW.state_changed_at, NEW.state,
                coalesce(current_person_id(), NEW.claimed_by, NEW.offered_to),
                coalesce(NEW.transfer_to_room, NEW.preferred_room),
                CASE WHEN NEW.state = 'transferred' THEN NEW.transfer_reason END);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER contacts_log_event AFTER INSERT OR UPDATE OF state ON contacts
    FOR EACH ROW EXECUTE FUNCTION contacts_log_event();

-- Counselor state history: close the open interval, open a new one.
CREATE FUNCTION agent_status_log_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.state IS NOT DISTINCT FROM OLD.state
       AND NEW.contact_id IS NOT DISTINCT FROM OLD.contact_id THEN
        RETURN NULL;
    END IF;
    UPDATE agent_status_log SET ended_at = NEW.since
     WHERE person_id = NEW.person_id AND ended_at IS NULL;
    INSERT INTO agent_status_log (person_id, state, started_at, room_id, contact_id)
    VALUES (NEW.person_id, NEW.state, NEW.since, NEW.room_id, NEW.contact_id);
    RETURN NULL;
END $$;
CREATE TRIGGER agent_status_log_change AFTER INSERT OR UPDATE ON agent_status
    FOR EACH ROW EXECUTE FUNCTION agent_status_log_change();

-- Audit trail: who changed what, before and after. Writes as the table owner,
-- so nobody needs (or gets) write access to audit_log itself.
CREATE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
DECLARE
    row_key text;
BEGIN
    IF TG_TABLE_NAME = 'kb_versions' THEN
        row_key := coalesce(to_jsonb(NEW) ->> 'article_id', to_jsonb(OLD) ->> 'article_id') || ':'
                   || coalesce(to_jsonb(NEW) ->> 'version_no', to_jsonb(OLD) ->> 'version_no');
    ELSE
        row_key := coalesce(to_jsonb(NEW) ->> 'id', to_jsonb(OLD) ->> 'id');
    END IF;
    INSERT INTO audit_log (table_name, row_id, action, before, after)
    VALUES (TG_TABLE_NAME, row_key, TG_OP,
            CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END,
            CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END);
    RETURN NULL;
END $$;

CREATE TRIGGER cases_audit AFTER INSERT OR UPDATE OR DELETE ON cases
    FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER forwards_audit AFTER INSERT OR UPDATE OR DELETE ON forwards
    FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER kb_versions_audit AFTER INSERT OR UPDATE OR DELETE ON kb_versions
    FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER kb_articles_audit AFTER INSERT OR UPDATE OR DELETE ON kb_articles
    FOR EACH ROW EXECUTE FUNCTION audit_row();

-- The audit trail cannot be changed or deleted, not even by its owner through
-- the app's roles.
CREATE FUNCTION audit_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail cannot be changed' USING ERRCODE = '42501';
END $$;
CREATE TRIGGER audit_log_immutable BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_immutable();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_immutable();
CREATE TRIGGER pii_reveals_immutable BEFORE UPDATE OR DELETE ON pii_reveals
    FOR EACH ROW EXECUTE FUNCTION audit_immutable();
