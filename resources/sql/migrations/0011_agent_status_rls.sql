-- A counselor's state is their own: with psql in hand a counselor could set a
-- colleague to "break" or "available" and steer the offers. Row-level
-- security lets each person write only their own row; supervisors and
-- administrators any row; everyone reads the board.

-- Offering a ringing call picks and locks another counselor's row, which the
-- caller (a desk, the gateway, a trigger) may not write: the offer runs with
-- the owner's rights and keeps its own rules (available, preferred room, not
-- the one who let it ring out).
ALTER FUNCTION offer_contact(uuid) SECURITY DEFINER;
ALTER FUNCTION offer_contact(uuid) SET search_path = public, pg_temp;

ALTER TABLE agent_status ENABLE ROW LEVEL SECURITY;
CREATE POLICY agent_status_board ON agent_status FOR SELECT USING (true);
CREATE POLICY agent_status_own_insert ON agent_status FOR INSERT
    WITH CHECK (person_id = current_person_id());
CREATE POLICY agent_status_own_update ON agent_status FOR UPDATE
    USING (person_id = current_person_id()) WITH CHECK (person_id = current_person_id());
CREATE POLICY agent_status_supervise ON agent_status FOR ALL TO minwon_supervisor, minwon_admin
    USING (true) WITH CHECK (true);
