-- Where the reports (0007), the guidance workflow (0008) and least privilege
-- (0009) meet.

-- A review read the whole case row, personal columns included, which a
-- supervisor may no longer read as columns: read only what a review needs.
CREATE OR REPLACE FUNCTION review_case(p_case uuid, p_decision text, p_comment text,
                            p_reception integer, p_greeting integer, p_attitude integer,
                            p_handling integer, p_closing integer, p_version integer DEFAULT NULL)
    RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    me people%ROWTYPE;
    c_version integer;
    c_state text;
    new_version integer;
BEGIN
    SELECT * INTO me FROM people WHERE id = current_person_id();
    IF me.id IS NULL OR me.role NOT IN ('supervisor', 'admin') THEN
        RAISE EXCEPTION 'only a supervisor reviews cases' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_decision IS NULL OR p_decision NOT IN ('approved', 'returned') THEN
        RAISE EXCEPTION 'a review approves or returns' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_decision = 'returned' AND coalesce(btrim(p_comment), '') = '' THEN
        RAISE EXCEPTION 'say what to correct when returning a case' USING ERRCODE = 'check_violation',
            HINT = 'comment-required';
    END IF;
    -- Only the columns a review needs: the personal ones are not readable as
    -- columns by the desk roles (0009).
    SELECT version, state INTO c_version, c_state FROM cases WHERE id = p_case FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no such case' USING ERRCODE = 'no_data_found';
    END IF;
    IF p_version IS NOT NULL AND c_version <> p_version THEN
        RAISE EXCEPTION 'the case was changed meanwhile' USING ERRCODE = 'serialization_failure',
            HINT = 'version-conflict';
    END IF;
    IF c_state NOT IN ('completed', 'approved') THEN
        RAISE EXCEPTION 'only a completed case can be reviewed (this one is %)', c_state
            USING ERRCODE = 'check_violation', HINT = 'not-reviewable';
    END IF;
    INSERT INTO case_reviews (case_id, reviewer_id, decision, comment, score_reception, score_greeting,
                              score_attitude, score_handling, score_closing)
    VALUES (p_case, me.id, p_decision, coalesce(btrim(p_comment), ''), p_reception, p_greeting, p_attitude,
            p_handling, p_closing);
    UPDATE cases
       SET state = p_decision,
           review_comment = CASE WHEN p_decision = 'returned' THEN btrim(p_comment) END,
           updated_by = me.id
     WHERE id = p_case
    RETURNING version INTO new_version;
    RETURN new_version;
END $$;

-- Quoting guidance is done by the person signed in; the policy of 0009 checks
-- quoted_by, so it is filled in by default.
ALTER TABLE case_quotes ALTER COLUMN quoted_by SET DEFAULT current_person_id();
