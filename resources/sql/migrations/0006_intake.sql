-- The intake gateway (minwon-intake): connectors that put contacts into the
-- queue over HTTP, and the idempotency records that make their retries safe.

-- One row per connector (an SMS gateway, the telephony system, a KakaoTalk
-- bridge, an Open311 app). Only the SHA-256 of its token is kept; the token
-- itself is shown once, when it is made.
CREATE TABLE intake_connectors (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name            text NOT NULL UNIQUE CHECK (name ~ '^[a-z0-9][a-z0-9_-]{0,47}$'),
    token_sha256    text NOT NULL UNIQUE CHECK (token_sha256 ~ '^[0-9a-f]{64}$'),
    -- the channels this connector may create contacts in (channel codes)
    channels        text[] NOT NULL CHECK (cardinality(channels) BETWEEN 1 AND 32),
    -- token bucket: sustained requests a minute, and how many may come at once
    rate_per_minute integer NOT NULL DEFAULT 600 CHECK (rate_per_minute BETWEEN 1 AND 10000000),
    burst           integer NOT NULL DEFAULT 60 CHECK (burst BETWEEN 1 AND 1000000),
    active          boolean NOT NULL DEFAULT true,
    note            text NOT NULL DEFAULT '' CHECK (char_length(note) <= 500),
    created_at      timestamptz NOT NULL DEFAULT now(),
    created_by      text NOT NULL DEFAULT session_user,
    revoked_at      timestamptz,
    CHECK (active OR revoked_at IS NOT NULL)
);

-- A connector's request, by its idempotency key, written in the same
-- transaction as the contact it created: a retry finds the row and gets the
-- stored response instead of a second contact. A key reused with another
-- body is refused (request_hash differs).
CREATE TABLE intake_requests (
    connector_id    uuid NOT NULL REFERENCES intake_connectors(id) ON DELETE CASCADE,
    idem_key        text NOT NULL CHECK (char_length(idem_key) BETWEEN 1 AND 200),
    request_hash    text NOT NULL CHECK (request_hash ~ '^[0-9a-f]{64}$'),
    method          text NOT NULL CHECK (char_length(method) BETWEEN 1 AND 10),
    path            text NOT NULL CHECK (char_length(path) BETWEEN 1 AND 500),
    status          smallint NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 599),
    response        text NOT NULL DEFAULT '' CHECK (char_length(response) <= 20000),
    contact_id      uuid REFERENCES contacts(id) ON DELETE SET NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (connector_id, idem_key)
);
CREATE INDEX intake_requests_created_idx ON intake_requests (created_at);
CREATE INDEX intake_requests_contact_idx ON intake_requests (contact_id);

-- Follow-up messages appended by connectors reach the desks live, like
-- changes to the contact itself.
CREATE FUNCTION contact_messages_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('minwon_change', jsonb_build_object('t', 'contact_messages', 'op', 'I', 'id', NEW.id,
                                                          'contact_id', NEW.contact_id)::text);
    RETURN NULL;
END $$;
CREATE TRIGGER contact_messages_notify AFTER INSERT ON contact_messages
    FOR EACH ROW EXECUTE FUNCTION contact_messages_notify();

INSERT INTO app_settings (key, value) VALUES
    ('intake.idempotency_days', '7')   -- how long a connector's retry is recognised
ON CONFLICT (key) DO NOTHING;

-- The gateway's group role: a login role for minwon-intake is made a member
-- (CREATE ROLE minwon_intake_svc LOGIN IN ROLE minwon_intake). It creates
-- contacts, follow-ups and Open311 cases, and reads what status answers need.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'minwon_intake') THEN
        BEGIN
            CREATE ROLE minwon_intake NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL; -- another database of this cluster created it meanwhile
        END;
    END IF;
END $$;

GRANT USAGE ON SCHEMA public TO minwon_intake;
GRANT SELECT ON rooms, channels, categories, wrapup_codes, departments, app_settings, schema_migrations,
    people, agent_status, forwards, intake_connectors TO minwon_intake;
GRANT SELECT, INSERT, UPDATE ON contacts, contact_messages, cases, intake_requests TO minwon_intake;
GRANT DELETE ON intake_requests TO minwon_intake;
-- A new phone contact may be offered at once (queue.auto_offer_phone): the
-- offer locks the chosen counselor's row, which takes an UPDATE privilege on
-- some column of agent_status; the least one is enough.
GRANT UPDATE (since) ON agent_status TO minwon_intake;

-- Administrators manage the connectors (minwon-admin intake token …).
GRANT ALL ON intake_connectors, intake_requests TO minwon_admin;
