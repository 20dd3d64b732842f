-- Knowledge-base workflow, enforced here and not only in the window:
--  * a version is never changed after it is written: every edit is a new version;
--  * editors write drafts and submit them; an approver who is not the author
--    approves or returns them;
--  * an approved version is published on its in-force date (scheduled), and
--    then supersedes the version before it;
--  * an approver can mark a version as a correction of the previous one, and
--    the cases that quoted the wrong version can be listed for call-backs;
--  * what each counselor has read and confirmed is recorded under their own
--    name.
-- Administrators (minwon_admin, and the superuser that loads the demo city
-- and imports files) are not held to the workflow.

ALTER TABLE kb_versions DROP CONSTRAINT kb_versions_status_check;
ALTER TABLE kb_versions ADD CONSTRAINT kb_versions_status_check
    CHECK (status IN ('draft', 'in_review', 'approved', 'published', 'superseded', 'expired', 'rejected',
                      'withdrawn'));
ALTER TABLE kb_versions ADD COLUMN corrects_version integer CHECK (corrects_version > 0);
ALTER TABLE kb_versions ADD COLUMN review_note text CHECK (char_length(review_note) <= 2000);
ALTER TABLE kb_versions ADD COLUMN returned_by uuid REFERENCES people(id);
ALTER TABLE kb_versions ADD COLUMN returned_at timestamptz;
ALTER TABLE kb_versions ADD CONSTRAINT kb_versions_correction_check
    CHECK (corrects_version IS NULL OR (is_correction AND corrects_version < version_no));
ALTER TABLE kb_versions ADD CONSTRAINT kb_versions_approved_check
    CHECK (status <> 'approved' OR publish_at IS NOT NULL);
ALTER TABLE kb_versions ADD CONSTRAINT kb_versions_returned_check
    CHECK (returned_by IS NULL OR returned_by IS DISTINCT FROM author_id);

UPDATE kb_versions v SET corrects_version = (
    SELECT max(p.version_no) FROM kb_versions p
     WHERE p.article_id = v.article_id AND p.version_no < v.version_no)
 WHERE v.is_correction AND v.version_no > 1;

CREATE INDEX kb_versions_approved_idx ON kb_versions (publish_at) WHERE status = 'approved';
CREATE INDEX case_quotes_case_idx ON case_quotes (case_id);

-- True for administrators and the superuser; SECURITY DEFINER functions run
-- as their owner and count as administrators too.
CREATE FUNCTION kb_is_admin() RETURNS boolean
    LANGUAGE sql STABLE AS $$ SELECT pg_has_role(current_user, 'minwon_admin', 'MEMBER') $$;

-- Midnight of a day in the city's time zone: when a version dated that day comes into force.
CREATE FUNCTION kb_day_start(day date) RETURNS timestamptz
    LANGUAGE sql IMMUTABLE AS $$ SELECT (day::timestamp AT TIME ZONE 'Asia/Seoul') $$;

CREATE FUNCTION kb_versions_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    me uuid;
    latest integer;
BEGIN
    IF TG_OP = 'INSERT' AND NEW.is_correction AND NEW.corrects_version IS NULL THEN
        SELECT max(version_no) INTO NEW.corrects_version FROM kb_versions
         WHERE article_id = NEW.article_id AND version_no < NEW.version_no;
    END IF;
    IF kb_is_admin() THEN
        RETURN NEW;
    END IF;
    me := current_person_id();
    IF me IS NULL THEN
        RAISE EXCEPTION '[kb.not_person] only a person of this call center may write guidance'
            USING ERRCODE = 'insufficient_privilege';
    END IF;

    IF TG_OP = 'INSERT' THEN
        IF NEW.status NOT IN ('draft', 'in_review') THEN
            RAISE EXCEPTION '[kb.new_status] a new version starts as a draft or in review, not %', NEW.status
                USING ERRCODE = 'check_violation', HINT = 'An approver publishes it.';
        END IF;
        SELECT coalesce(max(version_no), 0) INTO latest FROM kb_versions WHERE article_id = NEW.article_id;
        IF NEW.version_no <> latest + 1 THEN
            RAISE EXCEPTION '[kb.version_no] the next version of % is %, not %', NEW.article_id, latest + 1, NEW.version_no
                USING ERRCODE = 'check_violation';
        END IF;
        NEW.author_id := me;
        NEW.created_at := now();
        NEW.submitted_at := CASE WHEN NEW.status = 'in_review' THEN now() END;
        NEW.approved_by := NULL;
        NEW.approved_at := NULL;
        NEW.publish_at := NULL;
        NEW.published_at := NULL;
        NEW.returned_by := NULL;
        NEW.returned_at := NULL;
        NEW.review_note := NULL;
        NEW.is_correction := false;  -- the approver decides
        NEW.corrects_version := NULL;
        RETURN NEW;
    END IF;

    -- UPDATE: what was written stays written.
    IF (NEW.article_id, NEW.version_no, NEW.title, NEW.body, NEW.category_code, NEW.tags, NEW.source_ref,
        NEW.effective_from, NEW.effective_until, NEW.author_id, NEW.created_at, NEW.change_note)
       IS DISTINCT FROM
       (OLD.article_id, OLD.version_no, OLD.title, OLD.body, OLD.category_code, OLD.tags, OLD.source_ref,
        OLD.effective_from, OLD.effective_until, OLD.author_id, OLD.created_at, OLD.change_note) THEN
        RAISE EXCEPTION '[kb.frozen] version % of % cannot be changed; save a new version', OLD.version_no, OLD.article_id
            USING ERRCODE = 'check_violation';
    END IF;
    -- Workflow columns follow from the transition, never from the client.
    NEW.submitted_at := OLD.submitted_at;
    NEW.approved_by := OLD.approved_by;
    NEW.approved_at := OLD.approved_at;
    NEW.published_at := OLD.published_at;
    NEW.returned_by := OLD.returned_by;
    NEW.returned_at := OLD.returned_at;
    IF NEW.status IS NOT DISTINCT FROM OLD.status THEN
        NEW.publish_at := OLD.publish_at;
        NEW.is_correction := OLD.is_correction;
        NEW.corrects_version := OLD.corrects_version;
        NEW.review_note := OLD.review_note;
        RETURN NEW;
    END IF;

    IF NOT (NEW.status IN ('approved', 'published') AND OLD.status = 'in_review') THEN
        NEW.is_correction := OLD.is_correction;
        NEW.corrects_version := OLD.corrects_version;
    END IF;
    IF NEW.status <> 'rejected' THEN
        NEW.review_note := OLD.review_note;
    END IF;

    IF OLD.status = 'draft' AND NEW.status = 'in_review' THEN
        IF me IS DISTINCT FROM OLD.author_id THEN
            RAISE EXCEPTION '[kb.submit_author] only the author submits a draft for review' USING ERRCODE = 'insufficient_privilege';
        END IF;
        NEW.submitted_at := now();
    ELSIF OLD.status IN ('draft', 'in_review', 'approved') AND NEW.status = 'withdrawn' THEN
        -- The author takes it back, or a newer version replaced it.
        IF me IS DISTINCT FROM OLD.author_id AND NOT EXISTS (
            SELECT 1 FROM kb_versions n WHERE n.article_id = OLD.article_id AND n.version_no > OLD.version_no) THEN
            RAISE EXCEPTION '[kb.withdraw_author] only the author withdraws a version' USING ERRCODE = 'insufficient_privilege';
        END IF;
    ELSIF OLD.status = 'in_review' AND NEW.status IN ('approved', 'published', 'rejected') THEN
        IF NOT pg_has_role(current_user, 'minwon_kb_approver', 'MEMBER') THEN
            RAISE EXCEPTION '[kb.approver_only] only an approver approves or returns guidance' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF me = OLD.author_id THEN
            RAISE EXCEPTION '[kb.own_version] an approver cannot approve or return their own version'
                USING ERRCODE = 'insufficient_privilege', HINT = 'Another approver must review it.';
        END IF;
        IF NEW.status = 'rejected' THEN
            IF coalesce(btrim(NEW.review_note), '') = '' THEN
                RAISE EXCEPTION '[kb.return_reason] say why the version is returned' USING ERRCODE = 'check_violation';
            END IF;
            NEW.returned_by := me;
            NEW.returned_at := now();
            NEW.publish_at := NULL;
        ELSE
            NEW.approved_by := me;
            NEW.approved_at := now();
            -- Never before the in-force date: until then the version before it stays in force.
            NEW.publish_at := greatest(coalesce(NEW.publish_at, now()), kb_day_start(OLD.effective_from));
            IF NEW.publish_at <= now() THEN
                NEW.status := 'published';
                NEW.published_at := now();
            ELSE
                NEW.status := 'approved';
            END IF;
            IF NEW.is_correction THEN
                SELECT max(version_no) INTO NEW.corrects_version FROM kb_versions
                 WHERE article_id = OLD.article_id AND version_no < OLD.version_no AND published_at IS NOT NULL;
                IF NEW.corrects_version IS NULL THEN
                    RAISE EXCEPTION '[kb.no_previous] there is no published version before this one to correct'
                        USING ERRCODE = 'check_violation';
                END IF;
            ELSE
                NEW.corrects_version := NULL;
            END IF;
        END IF;
    ELSIF OLD.status = 'approved' AND NEW.status = 'published' THEN
        IF OLD.publish_at > now() THEN
            RAISE EXCEPTION '[kb.scheduled] version % of % is scheduled for %', OLD.version_no, OLD.article_id, OLD.publish_at
                USING ERRCODE = 'check_violation';
        END IF;
        NEW.publish_at := OLD.publish_at;
        NEW.published_at := now();
    ELSIF OLD.status = 'approved' AND NEW.status = 'rejected' THEN
        IF NOT pg_has_role(current_user, 'minwon_kb_approver', 'MEMBER') OR me = OLD.author_id THEN
            RAISE EXCEPTION '[kb.cancel] only another approver cancels a scheduled version'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        NEW.returned_by := me;
        NEW.returned_at := now();
    ELSIF OLD.status = 'published' AND NEW.status = 'superseded' THEN
        IF NOT EXISTS (SELECT 1 FROM kb_versions n WHERE n.article_id = OLD.article_id
                          AND n.version_no > OLD.version_no AND n.status = 'published') THEN
            RAISE EXCEPTION '[kb.supersede] only a newer published version supersedes version %', OLD.version_no
                USING ERRCODE = 'check_violation';
        END IF;
    ELSIF OLD.status = 'published' AND NEW.status = 'expired' THEN
        IF OLD.effective_until IS NULL OR OLD.effective_until >= current_date THEN
            RAISE EXCEPTION '[kb.in_force] version % of % is still in force', OLD.version_no, OLD.article_id
                USING ERRCODE = 'check_violation';
        END IF;
    ELSE
        RAISE EXCEPTION '[kb.transition] a version cannot go from % to %', OLD.status, NEW.status
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER kb_versions_guard BEFORE INSERT OR UPDATE ON kb_versions
    FOR EACH ROW EXECUTE FUNCTION kb_versions_guard();

-- What follows from a change: a newer draft withdraws the older unfinished
-- ones; a published version supersedes the ones before it.
CREATE FUNCTION kb_versions_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status IN ('draft', 'in_review') AND TG_OP = 'INSERT' THEN
        UPDATE kb_versions SET status = 'withdrawn'
         WHERE article_id = NEW.article_id AND version_no < NEW.version_no AND status IN ('draft', 'in_review');
    ELSIF NEW.status = 'published' AND (TG_OP = 'INSERT' OR OLD.status <> 'published') THEN
        UPDATE kb_versions SET status = 'superseded'
         WHERE article_id = NEW.article_id AND version_no < NEW.version_no AND status = 'published';
        UPDATE kb_versions SET status = 'withdrawn'
         WHERE article_id = NEW.article_id AND version_no < NEW.version_no
           AND status IN ('draft', 'in_review', 'approved');
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER kb_versions_follow AFTER INSERT OR UPDATE OF status ON kb_versions
    FOR EACH ROW EXECUTE FUNCTION kb_versions_follow();

-- Publishes what is due and expires what ran out. Any desk may call it (the
-- desks do, every minute); it runs with the owner's rights and only ever
-- does what the schedule says.
CREATE FUNCTION kb_publish_due() RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    r record;
    n integer := 0;
    k integer;
BEGIN
    FOR r IN SELECT article_id, version_no FROM kb_versions
              WHERE status = 'approved' AND publish_at <= now()
              ORDER BY article_id, version_no
              FOR UPDATE SKIP LOCKED LOOP
        UPDATE kb_versions SET status = 'published', published_at = now()
         WHERE article_id = r.article_id AND version_no = r.version_no AND status = 'approved';
        n := n + 1;
    END LOOP;
    UPDATE kb_versions SET status = 'expired'
     WHERE status = 'published' AND effective_until < (now() AT TIME ZONE 'Asia/Seoul')::date;
    GET DIAGNOSTICS k = ROW_COUNT;
    RETURN n + k;
END $$;
REVOKE ALL ON FUNCTION kb_publish_due() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kb_publish_due() TO minwon_counselor, minwon_kb_editor, minwon_department,
    minwon_admin;

-- Confirmations are recorded under the signed-in person's own name.
CREATE FUNCTION kb_acknowledgements_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT kb_is_admin() THEN
        NEW.person_id := current_person_id();
        NEW.acknowledged_at := now();
    END IF;
    IF NEW.person_id IS NULL THEN
        RAISE EXCEPTION '[kb.not_person] only a person of this call center confirms guidance'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER kb_acknowledgements_guard BEFORE INSERT ON kb_acknowledgements
    FOR EACH ROW EXECUTE FUNCTION kb_acknowledgements_guard();

-- "Changed since your last shift": versions published (or expired) in the
-- last 30 days that the signed-in person has not confirmed yet.
CREATE VIEW kb_my_changes AS
SELECT v.article_id, v.version_no, v.title, v.status, v.is_correction,
       coalesce(v.change_note, '') AS change_note,
       CASE WHEN v.status = 'expired' THEN v.updated_at ELSE v.published_at END AS changed_at
  FROM kb_versions v
 WHERE v.status IN ('published', 'expired')
   AND coalesce(v.published_at, v.updated_at) > now() - interval '30 days'
   AND NOT EXISTS (SELECT 1 FROM kb_acknowledgements a
                    WHERE a.person_id = current_person_id()
                      AND a.article_id = v.article_id AND a.version_no = v.version_no);

-- Who was called back after a correction, by whom and when.
CREATE TABLE kb_callbacks (
    case_id             uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    article_id          text NOT NULL,
    correction_version  integer NOT NULL,
    called_by           uuid REFERENCES people(id),
    called_at           timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (case_id, article_id, correction_version),
    FOREIGN KEY (article_id, correction_version) REFERENCES kb_versions (article_id, version_no)
);
CREATE FUNCTION kb_callbacks_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT kb_is_admin() THEN
        NEW.called_by := current_person_id();
        NEW.called_at := now();
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER kb_callbacks_guard BEFORE INSERT ON kb_callbacks
    FOR EACH ROW EXECUTE FUNCTION kb_callbacks_guard();

-- The cases answered with a version that a correction replaced: who to call back.
CREATE VIEW kb_correction_callbacks AS
SELECT v.article_id, v.version_no AS correction_version, v.corrects_version AS wrong_version,
       v.title, v.approved_at AS corrected_at,
       c.id AS case_id, c.opened_at, c.channel, coalesce(c.citizen_name, '') AS citizen_name,
       coalesce(c.phone, '') AS phone, coalesce(c.sender, '') AS sender,
       coalesce(p.display_name, '') AS counselor_name, cq.quoted_at,
       cb.called_at, coalesce(cp.display_name, '') AS called_by_name
  FROM kb_versions v
  JOIN case_quotes cq ON cq.article_id = v.article_id AND cq.version_no = v.corrects_version
  JOIN cases c ON c.id = cq.case_id
  LEFT JOIN people p ON p.id = c.counselor_id
  LEFT JOIN kb_callbacks cb ON cb.case_id = c.id AND cb.article_id = v.article_id
                           AND cb.correction_version = v.version_no
  LEFT JOIN people cp ON cp.id = cb.called_by
 WHERE v.is_correction AND v.corrects_version IS NOT NULL
   AND v.status IN ('approved', 'published', 'superseded', 'expired');

GRANT SELECT ON kb_my_changes TO minwon_counselor, minwon_kb_editor, minwon_department, minwon_admin;
GRANT SELECT ON kb_correction_callbacks TO minwon_kb_approver, minwon_supervisor, minwon_admin;
GRANT SELECT, INSERT ON kb_callbacks TO minwon_kb_approver, minwon_supervisor;
