-- The supervisor's figures, the daily rollup behind them, surge detection and
-- the review of cases. The exact definitions are in docs/figures.md; this
-- file is their one implementation, used by the desks, the daily report and
-- minwon-admin alike.
--
-- Days and hours are Asia/Seoul days and hours (no daylight saving time, so a
-- Seoul hour is always 3,600 seconds and a week always 168 hours).

INSERT INTO app_settings (key, value) VALUES
    ('report.short_abandon_seconds', '5'),  -- abandoned within this: left out of the service level
    ('report.fcr_days', '7'),               -- a second contact within this many days: not resolved first time
    ('report.surge_weeks', '4')             -- the usual level: the same weekday-hour of this many past weeks
ON CONFLICT (key) DO NOTHING;

-- Helpers --------------------------------------------------------------------

-- 00:00 of a Seoul day as a moment.
CREATE FUNCTION report_day_start(p_day date) RETURNS timestamptz
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT p_day::timestamp AT TIME ZONE 'Asia/Seoul' $$;

-- The Seoul day of a moment.
CREATE FUNCTION report_local_day(p_at timestamptz) RETURNS date
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT (p_at AT TIME ZONE 'Asia/Seoul')::date $$;

-- Milliseconds of an interval, exact to the millisecond, never negative.
CREATE FUNCTION report_ms(p_gap interval) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT greatest(round(extract(epoch FROM p_gap) * 1000), 0)::bigint
$$;

-- The last day whose figures can no longer change in the normal course of
-- work: a case's first-contact resolution waits report.fcr_days after it was
-- opened, and a contact arriving before midnight may be opened the next day.
CREATE FUNCTION report_last_final_day(p_now timestamptz DEFAULT now()) RETURNS date
    LANGUAGE sql STABLE AS $$
    SELECT report_local_day(p_now) - app_setting_int('report.fcr_days', 7) - 2
$$;

-- One row per contact arriving in [p_from, p_to), plus one per case that has
-- no contact and was opened in that time. Each case counts once: with the
-- contact it belongs to now (cases.contact_id).
--
-- The cases that can belong to these contacts are read once by their opening
-- time (from a day before the period to the end of the first-contact window
-- after it) and joined by hash; whether the same citizen came back about the
-- same category within report.fcr_days is a window over them, not a lookup
-- per case. A contact whose case lies outside that time (a case reopened by a
-- later contact) is looked up one by one.
CREATE FUNCTION report_facts(p_from timestamptz, p_to timestamptz)
    RETURNS TABLE (at timestamptz, channel text, category text, counselor_id uuid, room_id smallint,
                   contacts integer, answered integer, abandoned integer, short_abandoned integer,
                   answered_in_sl integer, wait_ms bigint, handled integer, talk_ms bigint, acw_ms bigint,
                   cases_completed integer, fcr_resolved integer, callbacks integer)
    LANGUAGE sql STABLE AS $$
    WITH settings AS MATERIALIZED (
        SELECT make_interval(secs => app_setting_int('report.short_abandon_seconds', 5)) AS short_gap,
               make_interval(days => app_setting_int('report.fcr_days', 7)) AS fcr_window
    ), near AS MATERIALIZED (
        SELECT k.id, k.contact_id, k.opened_at, k.completed_at, k.callback_requested, k.reopened_count,
               k.category_code, k.counselor_id, k.room_id, k.channel,
               CASE WHEN k.sender IS NULL THEN false
                    ELSE count(*) OVER (PARTITION BY k.sender, k.category_code ORDER BY k.opened_at
                                        RANGE BETWEEN '1 microsecond'::interval FOLLOWING
                                              AND make_interval(days => app_setting_int('report.fcr_days', 7)) FOLLOWING) > 0
               END AS repeated
          FROM cases k
         WHERE k.opened_at >= p_from - interval '1 day'
           AND k.opened_at < p_to + make_interval(days => app_setting_int('report.fcr_days', 7) + 1)
    ), near_own AS (
        -- Opened by the end of the day after the period: their whole
        -- first-contact window lies within "near". Later ones are looked up.
        SELECT DISTINCT ON (n.contact_id) n.* FROM near n
         WHERE n.contact_id IS NOT NULL AND n.opened_at < p_to + interval '1 day'
         ORDER BY n.contact_id, n.opened_at, n.id
    ), per_contact AS (
        SELECT c.arrived_at, c.channel, c.claimed_at, c.done_at, c.abandoned_at, c.claimed_by,
               c.preferred_room, c.category_hint, ch.sl_threshold_s,
               coalesce(o.id, f.id) AS own_id,
               coalesce(o.completed_at, f.completed_at) AS own_completed_at,
               coalesce(o.callback_requested, f.callback_requested) AS own_callback,
               coalesce(o.reopened_count, f.reopened_count) AS own_reopened,
               coalesce(o.repeated, f.repeated) AS own_repeated,
               coalesce(o.category_code, f.category_code, other.category_code) AS case_category,
               coalesce(o.counselor_id, f.counselor_id, other.counselor_id) AS case_counselor,
               coalesce(o.room_id, f.room_id, other.room_id) AS case_room
          FROM contacts c
          JOIN channels ch ON ch.code = c.channel
          LEFT JOIN near_own o ON o.contact_id = c.id
          LEFT JOIN LATERAL (
              SELECT x.id, x.completed_at, x.callback_requested, x.reopened_count, x.category_code,
                     x.counselor_id, x.room_id,
                     EXISTS (SELECT 1 FROM cases r, settings s
                              WHERE r.sender = x.sender AND r.opened_at > x.opened_at
                                AND r.opened_at <= x.opened_at + s.fcr_window AND r.id <> x.id
                                AND r.category_code IS NOT DISTINCT FROM x.category_code) AS repeated
                FROM cases x WHERE o.id IS NULL AND x.contact_id = c.id
               ORDER BY x.opened_at, x.id LIMIT 1) f ON true
          LEFT JOIN LATERAL (SELECT y.category_code, y.counselor_id, y.room_id FROM cases y
                              WHERE o.id IS NULL AND f.id IS NULL AND y.id = c.case_id LIMIT 1) other ON true
         WHERE c.arrived_at >= p_from AND c.arrived_at < p_to
    )
    SELECT p.arrived_at, p.channel,
           coalesce(kc.parent_code, kc.code, hc.parent_code, hc.code, ''),
           coalesce(p.case_counselor, p.claimed_by),
           coalesce(p.case_room, p.preferred_room),
           1,
           (p.claimed_at IS NOT NULL)::integer,
           (p.claimed_at IS NULL AND p.abandoned_at IS NOT NULL)::integer,
           (p.claimed_at IS NULL AND p.abandoned_at IS NOT NULL
            AND p.abandoned_at - p.arrived_at <= s.short_gap)::integer,
           (p.claimed_at IS NOT NULL
            AND p.claimed_at - p.arrived_at <= make_interval(secs => p.sl_threshold_s))::integer,
           CASE WHEN p.claimed_at IS NOT NULL THEN report_ms(p.claimed_at - p.arrived_at) ELSE 0 END,
           h.handled::integer,
           CASE WHEN h.handled THEN report_ms(p.done_at - p.claimed_at) ELSE 0 END,
           CASE WHEN h.handled THEN report_ms(p.own_completed_at - p.done_at) ELSE 0 END,
           (p.own_completed_at IS NOT NULL)::integer,
           (p.own_completed_at IS NOT NULL AND NOT p.own_callback AND p.own_reopened = 0
            AND NOT p.own_repeated)::integer,
           (p.own_completed_at IS NOT NULL AND p.own_callback)::integer
      FROM per_contact p
     CROSS JOIN settings s
     CROSS JOIN LATERAL (SELECT p.claimed_at IS NOT NULL AND p.done_at IS NOT NULL
                                AND p.own_completed_at IS NOT NULL AS handled) h
      LEFT JOIN categories kc ON kc.code = p.case_category
      LEFT JOIN categories hc ON hc.code = p.category_hint
    UNION ALL
    SELECT n.opened_at, n.channel, coalesce(kc.parent_code, kc.code, ''), n.counselor_id, n.room_id,
           0, 0, 0, 0, 0, 0, 0, 0, 0,
           (n.completed_at IS NOT NULL)::integer,
           (n.completed_at IS NOT NULL AND NOT n.callback_requested AND n.reopened_count = 0
            AND NOT n.repeated)::integer,
           (n.completed_at IS NOT NULL AND n.callback_requested)::integer
      FROM near n
      LEFT JOIN categories kc ON kc.code = n.category_code
     WHERE n.contact_id IS NULL AND n.opened_at >= p_from AND n.opened_at < p_to
$$;

-- The figures of the Seoul days p_from..p_to computed from the raw rows: per
-- day, the day's total (dim 'all') and its breakdowns by hour of arrival,
-- channel, category (top level), counselor and room. Every measure is a sum,
-- so days add up; the rates are computed from the sums (docs/figures.md).
-- JIT off: the planner's cost of the per-contact lookups crosses the JIT
-- threshold, and compiling takes longer (0.1–0.8 s) than the query runs.
CREATE FUNCTION report_figures_raw(p_from date, p_to date)
    RETURNS TABLE (day date, dim text, key text, contacts bigint, answered bigint, abandoned bigint,
                   short_abandoned bigint, answered_in_sl bigint, wait_ms bigint, handled bigint,
                   talk_ms bigint, acw_ms bigint, cases_completed bigint, fcr_resolved bigint,
                   callbacks bigint)
    LANGUAGE sql STABLE SET jit = off AS $$
    SELECT f.day,
           CASE WHEN GROUPING(f.hour) = 0 THEN 'hour'
                WHEN GROUPING(f.channel) = 0 THEN 'channel'
                WHEN GROUPING(f.category) = 0 THEN 'category'
                WHEN GROUPING(f.counselor_id) = 0 THEN 'counselor'
                WHEN GROUPING(f.room_id) = 0 THEN 'room'
                ELSE 'all' END,
           CASE WHEN GROUPING(f.hour) = 0 THEN lpad(f.hour::text, 2, '0')
                WHEN GROUPING(f.channel) = 0 THEN f.channel
                WHEN GROUPING(f.category) = 0 THEN f.category
                WHEN GROUPING(f.counselor_id) = 0 THEN coalesce(f.counselor_id::text, '')
                WHEN GROUPING(f.room_id) = 0 THEN coalesce(f.room_id::text, '')
                ELSE '' END,
           sum(f.contacts), sum(f.answered), sum(f.abandoned), sum(f.short_abandoned),
           sum(f.answered_in_sl), sum(f.wait_ms)::bigint, sum(f.handled), sum(f.talk_ms)::bigint,
           sum(f.acw_ms)::bigint, sum(f.cases_completed), sum(f.fcr_resolved), sum(f.callbacks)
      FROM (SELECT report_local_day(x.at) AS day,
                   extract(hour FROM x.at AT TIME ZONE 'Asia/Seoul')::integer AS hour,
                   x.*
              FROM report_facts(report_day_start(p_from), report_day_start(p_to + 1)) x) f
     GROUP BY GROUPING SETS ((f.day), (f.day, f.hour), (f.day, f.channel), (f.day, f.category),
                             (f.day, f.counselor_id), (f.day, f.room_id))
$$;

-- The rollup ----------------------------------------------------------------
--
-- report_figures_raw of every final day (report_last_final_day), computed
-- once and kept. A day is in the rollup when report_rollup_days names it.
-- Triggers take a day out again when a row it was computed from changes, or
-- clear everything when a definition changes (a channel's threshold, the
-- category tree, a report.* setting). Bulk loads that disable triggers must
-- call report_rollup_clear() afterwards.

CREATE TABLE report_rollup_days (
    day             date PRIMARY KEY,
    computed_at     timestamptz NOT NULL DEFAULT clock_timestamp()
);

CREATE TABLE report_daily (
    day             date NOT NULL,
    dim             text NOT NULL CHECK (dim IN ('all', 'hour', 'channel', 'category', 'counselor', 'room')),
    key             text NOT NULL,
    contacts        bigint NOT NULL,
    answered        bigint NOT NULL,
    abandoned       bigint NOT NULL,
    short_abandoned bigint NOT NULL,
    answered_in_sl  bigint NOT NULL,
    wait_ms         bigint NOT NULL,
    handled         bigint NOT NULL,
    talk_ms         bigint NOT NULL,
    acw_ms          bigint NOT NULL,
    cases_completed bigint NOT NULL,
    fcr_resolved    bigint NOT NULL,
    callbacks       bigint NOT NULL,
    PRIMARY KEY (day, dim, key)
);

-- Contacts without a case are rare; finding them must not read every case.
CREATE INDEX cases_without_contact_idx ON cases (opened_at) WHERE contact_id IS NULL;

-- Refresh and invalidation run under one advisory lock, so a day computed
-- from a snapshot that misses a concurrent change to an old row is taken out
-- again by that change (which waits for the refresh and then sees its rows).
CREATE FUNCTION report_rollup_lock_key() RETURNS bigint
    LANGUAGE sql IMMUTABLE AS $$ SELECT 7007000001::bigint $$;

-- Computes the final days of p_from..p_to that are not in the rollup yet.
-- Returns how many days it added; 0 as well when another session is
-- refreshing right now (the caller then reads those days from the raw rows).
CREATE FUNCTION report_rollup_refresh(p_from date, p_to date, p_now timestamptz DEFAULT now())
    RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp SET jit = off AS $$
DECLARE
    hi date := least(p_to, report_last_final_day(p_now));
    island record;
    added integer := 0;
BEGIN
    IF p_from IS NULL OR hi IS NULL OR hi < p_from THEN
        RETURN 0;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM generate_series(p_from, hi, interval '1 day') g
                    WHERE NOT EXISTS (SELECT 1 FROM report_rollup_days r WHERE r.day = g::date)) THEN
        RETURN 0;
    END IF;
    IF NOT pg_try_advisory_xact_lock(report_rollup_lock_key()) THEN
        RETURN 0;
    END IF;
    FOR island IN
        SELECT min(d) AS lo, max(d) AS hi
          FROM (SELECT g::date AS d, g::date - (row_number() OVER (ORDER BY g))::integer AS grp
                  FROM generate_series(p_from, hi, interval '1 day') g
                 WHERE NOT EXISTS (SELECT 1 FROM report_rollup_days r WHERE r.day = g::date)) m
         GROUP BY grp
    LOOP
        INSERT INTO report_daily
        SELECT * FROM report_figures_raw(island.lo, island.hi);
        INSERT INTO report_rollup_days (day)
        SELECT g::date FROM generate_series(island.lo, island.hi, interval '1 day') g;
        added := added + (island.hi - island.lo + 1);
    END LOOP;
    RETURN added;
END $$;

-- Takes days out of the rollup (all of them with NULLs).
CREATE FUNCTION report_rollup_clear(p_from date DEFAULT NULL, p_to date DEFAULT NULL)
    RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    removed integer;
BEGIN
    PERFORM pg_advisory_xact_lock(report_rollup_lock_key());
    WITH gone AS (
        DELETE FROM report_rollup_days
         WHERE (p_from IS NULL OR day >= p_from) AND (p_to IS NULL OR day <= p_to)
        RETURNING day)
    SELECT count(*) INTO removed FROM gone;
    DELETE FROM report_daily
     WHERE (p_from IS NULL OR day >= p_from) AND (p_to IS NULL OR day <= p_to);
    RETURN removed;
END $$;

-- Invalidation: the days a changed contact or case was counted on. For a
-- case that is also the report.fcr_days + 1 days before it was opened: its
-- arrival decides whether earlier cases of the same citizen were resolved at
-- the first contact. Only final days can be in the rollup, so the everyday
-- changes of today's contacts end at the first comparison.
CREATE FUNCTION report_invalidate_days(p_days date[]) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    final_day date := report_last_final_day(now());
    lo date;
    hi date;
BEGIN
    SELECT min(d), max(d) INTO lo, hi FROM unnest(p_days) d WHERE d <= final_day;
    IF lo IS NULL THEN
        RETURN;
    END IF;
    PERFORM pg_advisory_xact_lock(report_rollup_lock_key());
    DELETE FROM report_rollup_days WHERE day = ANY (p_days);
    DELETE FROM report_daily WHERE day = ANY (p_days) AND day BETWEEN lo AND hi;
END $$;

CREATE FUNCTION report_contacts_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    days date[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(DISTINCT report_local_day(n.arrived_at)) INTO days FROM new_rows n;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(DISTINCT report_local_day(o.arrived_at)) INTO days FROM old_rows o;
    ELSE
        SELECT array_agg(DISTINCT d) INTO days
          FROM (SELECT report_local_day(n.arrived_at) AS d FROM new_rows n
                UNION SELECT report_local_day(o.arrived_at) FROM old_rows o) x;
    END IF;
    IF days IS NOT NULL THEN
        PERFORM report_invalidate_days(days);
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION report_cases_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    span integer := app_setting_int('report.fcr_days', 7) + 1;
    opened timestamptz[];
    contact_ids uuid[];
    days date[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(n.opened_at), array_agg(n.contact_id) INTO opened, contact_ids FROM new_rows n;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(o.opened_at), array_agg(o.contact_id) INTO opened, contact_ids FROM old_rows o;
    ELSE
        -- Only what the figures read: a review (state, comment) changes nothing.
        SELECT array_agg(x.opened_at), array_agg(x.contact_id) INTO opened, contact_ids
          FROM new_rows n JOIN old_rows o ON o.id = n.id,
               LATERAL (VALUES (n.opened_at, n.contact_id), (o.opened_at, o.contact_id)) x (opened_at, contact_id)
         WHERE (n.contact_id, n.channel, n.category_code, n.counselor_id, n.room_id, n.opened_at,
                n.completed_at, n.callback_requested, n.reopened_count, n.sender)
               IS DISTINCT FROM
               (o.contact_id, o.channel, o.category_code, o.counselor_id, o.room_id, o.opened_at,
                o.completed_at, o.callback_requested, o.reopened_count, o.sender);
    END IF;
    IF opened IS NULL THEN
        RETURN NULL;
    END IF;
    -- The days the cases were opened on and the report.fcr_days + 1 before
    -- them, and the days their contacts arrived on.
    SELECT array_agg(DISTINCT d) INTO days
      FROM (SELECT g::date AS d
              FROM unnest(opened) t,
                   generate_series(report_local_day(t) - span, report_local_day(t), interval '1 day') g
            UNION
            SELECT report_local_day(c.arrived_at) FROM contacts c WHERE c.id = ANY (contact_ids)) x;
    IF days IS NOT NULL THEN
        PERFORM report_invalidate_days(days);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER report_contacts_inserted AFTER INSERT ON contacts
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_contacts_changed();
CREATE TRIGGER report_contacts_updated AFTER UPDATE ON contacts
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION report_contacts_changed();
CREATE TRIGGER report_contacts_deleted AFTER DELETE ON contacts
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_contacts_changed();
CREATE TRIGGER report_cases_inserted AFTER INSERT ON cases
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_cases_changed();
CREATE TRIGGER report_cases_updated AFTER UPDATE ON cases
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION report_cases_changed();
CREATE TRIGGER report_cases_deleted AFTER DELETE ON cases
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_cases_changed();

-- A changed definition changes every day.
CREATE FUNCTION report_definition_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM report_rollup_clear();
    RETURN NULL;
END $$;

CREATE TRIGGER report_channels_changed AFTER UPDATE OF sl_threshold_s ON channels
    FOR EACH ROW WHEN (OLD.sl_threshold_s IS DISTINCT FROM NEW.sl_threshold_s)
    EXECUTE FUNCTION report_definition_changed();
CREATE TRIGGER report_categories_changed AFTER UPDATE OF parent_code ON categories
    FOR EACH ROW WHEN (OLD.parent_code IS DISTINCT FROM NEW.parent_code)
    EXECUTE FUNCTION report_definition_changed();
CREATE TRIGGER report_settings_updated AFTER UPDATE ON app_settings
    FOR EACH ROW WHEN (NEW.key IN ('report.short_abandon_seconds', 'report.fcr_days')
                       AND OLD.value IS DISTINCT FROM NEW.value)
    EXECUTE FUNCTION report_definition_changed();
CREATE TRIGGER report_settings_inserted AFTER INSERT ON app_settings
    FOR EACH ROW WHEN (NEW.key IN ('report.short_abandon_seconds', 'report.fcr_days'))
    EXECUTE FUNCTION report_definition_changed();
CREATE TRIGGER report_settings_deleted AFTER DELETE ON app_settings
    FOR EACH ROW WHEN (OLD.key IN ('report.short_abandon_seconds', 'report.fcr_days'))
    EXECUTE FUNCTION report_definition_changed();

-- The figures of p_from..p_to: final days from the rollup (computing the
-- missing ones first), the others (today, the recent days, any day another
-- session is computing right now) from the raw rows. Same columns as
-- report_figures_raw plus where each row came from. p_now is for tests.
CREATE FUNCTION report_figures(p_from date, p_to date, p_now timestamptz DEFAULT now())
    RETURNS TABLE (day date, dim text, key text, contacts bigint, answered bigint, abandoned bigint,
                   short_abandoned bigint, answered_in_sl bigint, wait_ms bigint, handled bigint,
                   talk_ms bigint, acw_ms bigint, cases_completed bigint, fcr_resolved bigint,
                   callbacks bigint, from_rollup boolean)
    LANGUAGE plpgsql SET jit = off AS $$
DECLARE
    island record;
BEGIN
    IF p_from IS NULL OR p_to IS NULL OR p_to < p_from THEN
        RETURN;
    END IF;
    PERFORM report_rollup_refresh(p_from, p_to, p_now);
    -- No day enters or leaves the rollup while this reads it: refresh and
    -- invalidation wait for this (and this for them).
    PERFORM pg_advisory_xact_lock_shared(report_rollup_lock_key());
    RETURN QUERY
        SELECT d.day, d.dim, d.key, d.contacts, d.answered, d.abandoned, d.short_abandoned, d.answered_in_sl,
               d.wait_ms, d.handled, d.talk_ms, d.acw_ms, d.cases_completed, d.fcr_resolved, d.callbacks, true
          FROM report_daily d
         WHERE d.day BETWEEN p_from AND p_to
           AND EXISTS (SELECT 1 FROM report_rollup_days r WHERE r.day = d.day);
    FOR island IN
        SELECT min(m.d) AS lo, max(m.d) AS hi
          FROM (SELECT g::date AS d, g::date - (row_number() OVER (ORDER BY g))::integer AS grp
                  FROM generate_series(p_from, p_to, interval '1 day') g
                 WHERE NOT EXISTS (SELECT 1 FROM report_rollup_days r WHERE r.day = g::date)) m
         GROUP BY m.grp
    LOOP
        RETURN QUERY SELECT r.*, false FROM report_figures_raw(island.lo, island.hi) r;
    END LOOP;
END $$;

-- Surges ---------------------------------------------------------------------

-- Categories (the most specific one a case names) whose cases opened in the
-- hour before p_at number at least report.surge_min_count and more than
-- report.surge_factor times their usual level: the average count of the same
-- hour of the same weekday in the report.surge_weeks weeks before.
CREATE FUNCTION report_surges(p_at timestamptz DEFAULT now())
    RETURNS TABLE (category text, recent integer, usual numeric, factor numeric,
                   window_start timestamptz, window_end timestamptz)
    LANGUAGE sql STABLE AS $$
    WITH s AS MATERIALIZED (
        SELECT coalesce((SELECT (value #>> '{}')::numeric FROM app_settings WHERE key = 'report.surge_factor'),
                        2.0) AS factor,
               app_setting_int('report.surge_min_count', 10) AS min_count,
               greatest(app_setting_int('report.surge_weeks', 4), 1) AS weeks
    ), recent AS (
        SELECT coalesce(k.subcategory_code, k.category_code) AS category, count(*)::integer AS n
          FROM cases k
         WHERE k.opened_at > p_at - interval '1 hour' AND k.opened_at <= p_at
           AND coalesce(k.subcategory_code, k.category_code) IS NOT NULL
         GROUP BY 1
    ), past AS (
        SELECT coalesce(k.subcategory_code, k.category_code) AS category, count(*)::integer AS n
          FROM s, generate_series(1, s.weeks) w
          JOIN cases k ON k.opened_at > p_at - w * interval '168 hours' - interval '1 hour'
                      AND k.opened_at <= p_at - w * interval '168 hours'
         WHERE coalesce(k.subcategory_code, k.category_code) IS NOT NULL
         GROUP BY 1
    )
    SELECT r.category, r.n, round(coalesce(p.n, 0)::numeric / s.weeks, 2), s.factor,
           p_at - interval '1 hour', p_at
      FROM recent r
     CROSS JOIN s
      LEFT JOIN past p ON p.category = r.category
     WHERE r.n >= s.min_count
       AND r.n > s.factor * coalesce(p.n, 0)::numeric / s.weeks
     ORDER BY r.n DESC, r.category
$$;

-- Reviews --------------------------------------------------------------------

-- A supervisor approves a completed case, or returns it to the counselor with
-- a comment, scoring the five moments of the contact (0..5 each, NULL: not
-- scored). An approved case may still be returned. With p_version, the
-- review applies only over the version the supervisor read. Runs as the
-- caller: INSERT on case_reviews is the supervisors' (0003). Returns the
-- case's new version.
CREATE FUNCTION review_case(p_case uuid, p_decision text, p_comment text,
                            p_reception integer, p_greeting integer, p_attitude integer,
                            p_handling integer, p_closing integer, p_version integer DEFAULT NULL)
    RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    me people%ROWTYPE;
    c cases%ROWTYPE;
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
    SELECT * INTO c FROM cases WHERE id = p_case FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no such case' USING ERRCODE = 'no_data_found';
    END IF;
    IF p_version IS NOT NULL AND c.version <> p_version THEN
        RAISE EXCEPTION 'the case was changed meanwhile' USING ERRCODE = 'serialization_failure',
            HINT = 'version-conflict';
    END IF;
    IF c.state NOT IN ('completed', 'approved') THEN
        RAISE EXCEPTION 'only a completed case can be reviewed (this one is %)', c.state
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

CREATE INDEX case_reviews_returned_idx ON case_reviews (case_id) WHERE decision = 'returned';
CREATE INDEX case_reviews_reviewed_idx ON case_reviews (reviewed_at);

-- Who may do what --------------------------------------------------------------

REVOKE EXECUTE ON FUNCTION report_rollup_refresh(date, date, timestamptz), report_rollup_clear(date, date),
    report_invalidate_days(date[]), report_figures(date, date, timestamptz), report_figures_raw(date, date),
    report_facts(timestamptz, timestamptz), report_surges(timestamptz),
    review_case(uuid, text, text, integer, integer, integer, integer, integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION report_rollup_refresh(date, date, timestamptz), report_figures(date, date, timestamptz),
    report_figures_raw(date, date), report_facts(timestamptz, timestamptz), report_surges(timestamptz),
    review_case(uuid, text, text, integer, integer, integer, integer, integer, integer)
    TO minwon_supervisor, minwon_admin;
GRANT EXECUTE ON FUNCTION report_rollup_clear(date, date) TO minwon_admin;
GRANT SELECT ON report_daily, report_rollup_days TO minwon_supervisor, minwon_admin;
