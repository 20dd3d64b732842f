#!/usr/bin/env python3
"""EXPLAIN (ANALYZE, BUFFERS) every query MinwonDesk runs at scale.

Runs against a database filled by `minwon-admin generate` (see
docs/slow-queries.md). Connection: the usual libpq variables (PGHOST, PGUSER,
PGDATABASE); the user must be a superuser (it switches to the app's roles
with SET SESSION AUTHORIZATION so that row-level security and
current_person_id() apply as they do on a desk).

    PGHOST=/tmp/load/run PGUSER=minwon PGDATABASE=minwon \
        scripts/db/explain-queries.py --runs 5 --json out.json [--only NAME...]

For each query: the median and maximum execution time of --runs runs (the
first run is a warm-up and is not counted), the rows returned, the plan's
shape (its nodes and the indexes they use). Parameters are taken from the
data: the last generated day stands for "today".
"""
import argparse
import json
import statistics
import subprocess
import sys


def psql(sql, *, tuples=True):
    cmd = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1"]
    if tuples:
        cmd += ["-A", "-t"]
    out = subprocess.run(cmd, input=sql, capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(out.stderr.strip() + "\n--- in:\n" + sql[-2000:])
    return out.stdout


def scalar(sql):
    return psql(sql).strip()


def params(day=None):
    p = {}
    # "Today" is the last whole generated day (or --day), seen at its last second: a full day of rows.
    p["day"] = day or scalar("SELECT (max(opened_at) AT TIME ZONE 'Asia/Seoul')::date - 1 FROM cases")
    p["now"] = scalar(f"SELECT report_day_start(date '{p['day']}' + 1) - interval '1 second'")
    p["day_start"] = scalar(f"SELECT report_day_start(date '{p['day']}')")
    p["month_from"] = scalar(f"SELECT date '{p['day']}' - 29")
    p["month_start"] = scalar(f"SELECT report_day_start(date '{p['month_from']}')")
    p["year_start"] = scalar(f"SELECT report_day_start(date '{p['day']}' - 364)")
    p["next_day_start"] = scalar(f"SELECT report_day_start(date '{p['day']}' + 1)")
    # A caller who calls often (the 99.9th percentile of the last year's callers) and a usual one.
    p["frequent_sender"] = scalar(
        "SELECT sender FROM (SELECT sender, count(*) n FROM cases "
        f"WHERE opened_at >= timestamptz '{p['year_start']}' AND sender IS NOT NULL "
        "GROUP BY sender) s ORDER BY n DESC LIMIT 1 OFFSET 50")
    p["sender"] = scalar(
        f"SELECT sender FROM cases WHERE opened_at >= timestamptz '{p['day_start']}' "
        "AND sender IS NOT NULL ORDER BY id LIMIT 1")
    p["case_id"] = scalar(
        f"SELECT f.case_id FROM forwards f JOIN case_quotes q USING (case_id) "
        f"WHERE f.sent_at >= timestamptz '{p['month_start']}' LIMIT 1")
    p["counselor"] = scalar("SELECT login FROM people WHERE role = 'counselor' AND login LIKE 'gen_%' "
                            "ORDER BY login LIMIT 1")
    p["counselor_id"] = scalar(f"SELECT id FROM people WHERE login = '{p['counselor']}'")
    p["supervisor"] = scalar("SELECT login FROM people WHERE role = 'supervisor' ORDER BY login LIMIT 1")
    # The department desk with the most open forwards.
    p["department"] = scalar(
        "SELECT p.login FROM people p LEFT JOIN forwards f ON f.department_code = p.department_code "
        "AND f.state <> 'closed' WHERE p.role = 'department' GROUP BY p.login ORDER BY count(f.id) DESC, p.login "
        "LIMIT 1")
    p["admin"] = scalar("SELECT login FROM people WHERE role = 'admin' ORDER BY login LIMIT 1") or p["supervisor"]
    p["category"] = scalar(
        f"SELECT category_code FROM cases WHERE opened_at >= timestamptz '{p['day_start']}' "
        "AND category_code IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
    p["word"] = "주차"
    p["address"] = scalar("SELECT place_address FROM violation_reports ORDER BY observed_at DESC LIMIT 1")
    p["observed"] = scalar("SELECT max(observed_at) FROM violation_reports")
    return p


SUMMARY = (
    "c.id, c.opened_at, c.channel, coalesce(c.subcategory_code, c.category_code, ''), c.summary, c.state, "
    " coalesce(p.display_name, ''), coalesce(c.wrapup_code, ''), "
    " (SELECT string_agg(v.title || ' (v' || cq.version_no || ')', E'\\n' ORDER BY cq.quoted_at) "
    "    FROM case_quotes cq JOIN kb_versions v ON v.article_id = cq.article_id AND v.version_no = cq.version_no "
    "   WHERE cq.case_id = c.id), "
    " (SELECT string_agg(d.name_ko || E'\\t' || f.state, E'\\n' ORDER BY f.sent_at) "
    "    FROM forwards f JOIN departments d ON d.code = f.department_code WHERE f.case_id = c.id), "
    " coalesce(c.review_comment, ''), coalesce(cp.citizen_name_masked, ''), coalesce(cp.phone_masked, '') ")
PERSONAL = ("LEFT JOIN LATERAL (SELECT p.citizen_name, p.phone, p.address, p.citizen_name_masked, p.phone_masked "
            "FROM case_personal p WHERE p.id = c.id OFFSET 0) cp ON true ")
CASE_COLUMNS = (
    "SELECT c.id, c.opened_at, c.channel, coalesce(ch.name_ko, c.channel), c.state, c.summary, "
    " coalesce(p.display_name, ''), "
    " EXISTS (SELECT 1 FROM forwards fw WHERE fw.case_id = c.id), "
    " EXISTS (SELECT 1 FROM case_reviews rv WHERE rv.case_id = c.id AND rv.decision = 'returned') "
    "FROM cases c LEFT JOIN channels ch ON ch.code = c.channel "
    "LEFT JOIN categories tc ON tc.code = c.category_code "
    "LEFT JOIN categories sc ON sc.code = c.subcategory_code "
    "LEFT JOIN people p ON p.id = c.counselor_id "
    "LEFT JOIN rooms r ON r.id = c.room_id "
    "LEFT JOIN wrapup_codes w ON w.code = c.wrapup_code ")
MONTH = "c.opened_at >= '{month_start}' AND c.opened_at < '{next_day_start}'"
YEAR = "c.opened_at >= '{year_start}' AND c.opened_at < '{next_day_start}'"
TEXT = "(c.summary ILIKE '%{word}%' OR c.answer ILIKE '%{word}%')"


def queries():
    q = []

    def add(name, where, who, sql, note=""):
        q.append({"name": name, "where": where, "who": who, "sql": sql, "note": note})

    # Queue -----------------------------------------------------------------
    add("claim_next: pick the next contact", "0004_queue.sql claim_next()", "counselor",
        "SELECT id FROM contacts WHERE state = 'waiting' "
        "ORDER BY priority DESC, (preferred_room IS NOT NULL AND preferred_room IS DISTINCT FROM 1::smallint), "
        "arrived_at FOR UPDATE SKIP LOCKED LIMIT 1")
    add("queue list", "app/services/QueueService.cpp reload()", "counselor",
        "SELECT c.id, c.channel, coalesce(nullif(c.sender_display, ''), c.sender), c.preview, c.priority, "
        " coalesce(c.preferred_room, 0), c.state, c.arrived_at, c.claimed_by, coalesce(p.display_name, ''), "
        " c.state_changed_at, c.sender, c.offered_to, c.offered_at "
        "FROM contacts c LEFT JOIN people p ON p.id = c.claimed_by "
        "WHERE c.state IN ('waiting', 'offered', 'claimed') ORDER BY c.priority DESC, c.arrived_at")
    add("expire_offers: offered too long", "0004_queue.sql expire_offers()", "counselor",
        "SELECT id FROM contacts WHERE state = 'offered' "
        "AND offered_at + make_interval(secs => 15) <= clock_timestamp()")
    add("intake: open conversation of a sender", "app/intake/IntakeStore.cpp", "superuser",
        "SELECT id, state FROM contacts WHERE sender = '{frequent_sender}' AND channel = 'phone' "
        "AND state IN ('waiting', 'offered', 'claimed') ORDER BY arrived_at DESC LIMIT 1")
    add("waiting per channel (overview)", "app/services/OverviewService.cpp Queue", "supervisor",
        "SELECT ch.name_ko, count(c.id), min(c.arrived_at) FROM channels ch "
        "LEFT JOIN contacts c ON c.channel = ch.code AND c.state = 'waiting' "
        "GROUP BY ch.code, ch.name_ko, ch.sort_order ORDER BY ch.sort_order")
    add("agent board (overview)", "app/services/OverviewService.cpp Agents", "supervisor",
        "SELECT r.name_ko, p.display_name, s.state, s.since FROM agent_status s JOIN people p ON p.id = s.person_id "
        "LEFT JOIN rooms r ON r.id = s.room_id ORDER BY s.room_id, s.state, s.since")
    # Cases -----------------------------------------------------------------
    add("caller history / screen pop (frequent caller)", "app/services/CaseService.cpp loadHistory()", "counselor",
        "SELECT " + SUMMARY + "FROM cases c LEFT JOIN people p ON p.id = c.counselor_id " + PERSONAL
        + "WHERE c.sender = '{frequent_sender}' ORDER BY c.opened_at DESC LIMIT 50")
    add("caller history / screen pop (usual caller)", "app/services/CaseService.cpp loadHistory()", "counselor",
        "SELECT " + SUMMARY + "FROM cases c LEFT JOIN people p ON p.id = c.counselor_id " + PERSONAL
        + "WHERE c.sender = '{sender}' ORDER BY c.opened_at DESC LIMIT 50")
    add("my returned cases", "app/services/CaseService.cpp loadReturned()", "counselor",
        "SELECT " + SUMMARY + "FROM cases c LEFT JOIN people p ON p.id = c.counselor_id " + PERSONAL
        + "WHERE c.state = 'returned' AND c.counselor_id = current_person_id() ORDER BY c.updated_at DESC LIMIT 200")
    add("case form load", "app/services/CaseService.cpp load()", "counselor",
        "SELECT c.id, c.contact_id, c.channel, coalesce(c.sender, ''), coalesce(cp.citizen_name, ''), "
        " coalesce(cp.phone, ''), coalesce(cp.address, ''), c.summary, c.answer, c.state, c.version "
        "FROM cases c " + PERSONAL + "WHERE c.id = '{case_id}'::uuid")
    add("case quotes of a case", "app/services/CaseService.cpp load()", "counselor",
        "SELECT article_id, version_no FROM case_quotes WHERE case_id = '{case_id}'::uuid ORDER BY quoted_at")
    add("forwards of a case", "app/services/CaseService.cpp loadForwards()", "counselor",
        "SELECT f.id, d.name_ko, f.purpose, f.state, f.sent_at FROM forwards f "
        "JOIN departments d ON d.code = f.department_code WHERE f.case_id = '{case_id}'::uuid ORDER BY f.sent_at")
    add("violation report of a case", "app/services/CaseService.cpp load()", "counselor",
        "SELECT id, kind, place_address FROM violation_reports WHERE case_id = '{case_id}'::uuid "
        "ORDER BY created_at LIMIT 1")
    add("duplicate violation reports", "0005_cases.sql find_duplicate_reports()", "counselor",
        "SELECT * FROM violation_reports v WHERE v.observed_at BETWEEN timestamptz '{observed}' - interval '3 hours' "
        "AND timestamptz '{observed}' + interval '3 hours' "
        "AND (v.address_key = lower(regexp_replace('{address}', '\\s+', '', 'g'))) ORDER BY v.observed_at")
    add("today's cases (overview)", "app/services/OverviewService.cpp TodayCases", "supervisor",
        "SELECT to_char(c.opened_at AT TIME ZONE 'Asia/Seoul', 'HH24:MI'), ch.name_ko, coalesce(cat.name_ko, ''), "
        " c.summary, c.state, coalesce(p.display_name, '') FROM cases c JOIN channels ch ON ch.code = c.channel "
        "LEFT JOIN categories cat ON cat.code = coalesce(c.subcategory_code, c.category_code) "
        "LEFT JOIN people p ON p.id = c.counselor_id WHERE c.opened_at >= '{day_start}' "
        "ORDER BY c.opened_at DESC LIMIT 500")
    # Supervisor's case table ------------------------------------------------------
    add("case table: one day, count", "app/reports/ReportStore.cpp countCases()", "supervisor",
        "SELECT count(*) FROM cases c WHERE c.opened_at >= '{day_start}' AND c.opened_at < '{next_day_start}'")
    add("case table: one month, count", "app/reports/ReportStore.cpp countCases()", "supervisor",
        "SELECT count(*) FROM cases c WHERE " + MONTH)
    add("case table: one month, first page", "app/reports/ReportStore.cpp loadCases()", "supervisor",
        CASE_COLUMNS + "WHERE " + MONTH + " ORDER BY c.opened_at DESC, c.id DESC LIMIT 200 OFFSET 0")
    add("case table: one month, page 20", "app/reports/ReportStore.cpp loadCases()", "supervisor",
        CASE_COLUMNS + "WHERE " + MONTH + " ORDER BY c.opened_at DESC, c.id DESC LIMIT 200 OFFSET 4000")
    add("case table: one month, one counselor, count", "app/reports/ReportStore.cpp countCases()", "supervisor",
        "SELECT count(*) FROM cases c WHERE " + MONTH + " AND c.counselor_id = '{counselor_id}'::uuid")
    add("case table: one month, one category, count", "app/reports/ReportStore.cpp countCases()", "supervisor",
        "SELECT count(*) FROM cases c WHERE " + MONTH
        + " AND (c.category_code = '{category}' OR c.subcategory_code = '{category}')")
    add("case table: one month, returned, count", "app/reports/ReportStore.cpp countCases()", "supervisor",
        "SELECT count(*) FROM cases c WHERE " + MONTH + " AND EXISTS (SELECT 1 FROM case_reviews rv "
        "WHERE rv.case_id = c.id AND rv.decision = 'returned')")
    add("case table: one month, open cases, count", "app/reports/ReportStore.cpp countCases()", "supervisor",
        "SELECT count(*) FROM cases c WHERE " + MONTH + " AND c.state = 'open'")
    add("case table: one month, text, count", "app/reports/ReportStore.cpp countCases()", "supervisor",
        "SELECT count(*) FROM cases c WHERE " + MONTH + " AND " + TEXT)
    add("case table: one month, text, first page", "app/reports/ReportStore.cpp loadCases()", "supervisor",
        CASE_COLUMNS + "WHERE " + MONTH + " AND " + TEXT + " ORDER BY c.opened_at DESC, c.id DESC LIMIT 200")
    add("case table: one year, count", "app/reports/ReportStore.cpp countCases()", "supervisor",
        "SELECT count(*) FROM cases c WHERE " + YEAR)
    add("case table: one year, first page", "app/reports/ReportStore.cpp loadCases()", "supervisor",
        CASE_COLUMNS + "WHERE " + YEAR + " ORDER BY c.opened_at DESC, c.id DESC LIMIT 200")
    add("case table: one year, text, count", "app/reports/ReportStore.cpp countCases()", "supervisor",
        "SELECT count(*) FROM cases c WHERE " + YEAR + " AND " + TEXT)
    add("review figures of a month", "app/reports/ReportStore.cpp loadReviewSummary()", "supervisor",
        "SELECT count(*), count(*) FILTER (WHERE decision = 'approved') FROM case_reviews "
        "WHERE reviewed_at >= '{month_start}' AND reviewed_at < '{next_day_start}'")
    # Figures ---------------------------------------------------------------------
    add("figures: today (raw rows)", "app/reports/ReportStore.cpp loadFigures()", "supervisor",
        "SELECT count(*) FROM report_figures('{day}'::date, '{day}'::date, timestamptz '{now}')")
    add("figures: last 30 days (rollup + raw)", "app/reports/ReportStore.cpp loadFigures()", "supervisor",
        "SELECT count(*) FROM report_figures('{month_from}'::date, '{day}'::date, timestamptz '{now}')")
    add("figures facts: one day from raw rows", "0007_reports.sql report_facts()", "superuser",
        "SELECT count(*) FROM report_facts('{day_start}', '{next_day_start}')")
    add("surge alert", "0007_reports.sql report_surges()", "supervisor",
        "SELECT * FROM report_surges(timestamptz '{now}')")
    add("surge alert: the recent hour", "0007_reports.sql report_surges()", "supervisor",
        "SELECT coalesce(k.subcategory_code, k.category_code), count(*) FROM cases k "
        "WHERE k.opened_at > timestamptz '{now}' - interval '1 hour' AND k.opened_at <= timestamptz '{now}' "
        "AND coalesce(k.subcategory_code, k.category_code) IS NOT NULL GROUP BY 1")
    # Forwards ---------------------------------------------------------------------
    add("forwards list (department desk)", "app/services/ForwardService.cpp loadOpen()", "department",
        "SELECT f.id, f.case_id, d.name_ko, f.state, f.sent_at, c.summary, coalesce(v.kind, ''), "
        " (SELECT string_agg(n.note, E'\\n' ORDER BY n.at) FROM forward_notes n WHERE n.forward_id = f.id) "
        "FROM forwards f JOIN departments d ON d.code = f.department_code "
        "JOIN cases c ON c.id = f.case_id LEFT JOIN violation_reports v ON v.id = f.report_id "
        "WHERE f.state <> 'closed' AND (f.department_code = (SELECT department_code FROM people WHERE login = session_user) "
        " OR (SELECT role FROM people WHERE login = session_user) IN ('supervisor', 'admin')) "
        "ORDER BY (f.due_at < now()) DESC, f.sent_at LIMIT 1000")
    add("forwards list (supervisor)", "app/reports/ReportStore.cpp loadOpenForwards()", "supervisor",
        "SELECT f.id, f.case_id, coalesce(d.name_ko, f.department_code), f.purpose, f.state, coalesce(k.summary, ''), "
        " f.sent_at, coalesce(f.due_at, f.sent_at + make_interval(hours => coalesce(d.forward_due_hours, 24))) AS due "
        "FROM forwards f LEFT JOIN departments d ON d.code = f.department_code LEFT JOIN cases k ON k.id = f.case_id "
        "WHERE f.state <> 'closed' ORDER BY due, f.sent_at, f.id LIMIT 5000")
    # Guidance --------------------------------------------------------------------
    add("kb snapshot load", "app/services/KbService.cpp loadSearchable()", "counselor",
        "SELECT article_id, version_no, title, body, category_code, tags, coalesce(source_ref, ''), effective_from, "
        " effective_until, status, is_correction, coalesce(change_note, '') FROM kb_versions "
        "WHERE status IN ('published', 'superseded', 'expired') ORDER BY article_id, version_no")
    add("kb versions (overview)", "app/services/OverviewService.cpp Kb", "supervisor",
        "SELECT v.article_id, v.version_no, v.title, v.status, v.effective_from, v.effective_until, "
        " coalesce(cat.name_ko, v.category_code) FROM kb_versions v LEFT JOIN categories cat ON cat.code = v.category_code "
        "ORDER BY v.updated_at DESC, v.article_id, v.version_no DESC")
    add("kb publish due", "0008_kb_workflow.sql kb_publish_due()", "superuser",
        "SELECT article_id, version_no FROM kb_versions WHERE status = 'approved' AND publish_at <= now()")
    # Administration ---------------------------------------------------------------
    add("user list", "app/services/UserAccounts.cpp list()", "supervisor",
        "SELECT * FROM admin_user_list()")
    add("purge: cases past retention (dry run)", "0009_security.sql purge_personal_data()", "superuser",
        "SELECT count(*) FROM cases WHERE opened_at < timestamptz '{now}' - interval '1095 days' "
        "AND personal_data_purged_at IS NULL AND state NOT IN ('open', 'returned')")
    add("intake requests: expire old", "app/intake/IntakeStore.cpp", "superuser",
        "SELECT count(*) FROM intake_requests WHERE created_at < now() - interval '7 days'")
    add("contact events of a contact", "(audit: contact_events)", "superuser",
        "SELECT * FROM contact_events WHERE contact_id = (SELECT contact_id FROM cases WHERE id = '{case_id}'::uuid) "
        "ORDER BY at")
    return q


def shape(plan):
    out = []

    def walk(node, depth):
        label = node["Node Type"]
        if "Index Name" in node:
            label += " " + node["Index Name"]
        elif "Relation Name" in node:
            label += " " + node["Relation Name"]
        if node.get("Node Type") in ("Seq Scan",) and node.get("Relation Name"):
            label += " (%d rows)" % (node.get("Actual Rows", 0) + node.get("Rows Removed by Filter", 0))
        out.append(label)
        for child in node.get("Plans", []):
            walk(child, depth + 1)

    walk(plan, 0)
    return out


def run(q, p, runs):
    who = q["who"]
    login = {"counselor": p["counselor"], "supervisor": p["supervisor"], "department": p["department"],
             "superuser": None}[who]
    sql = q["sql"].format(**p)
    script = ""
    if login:
        script += f"SET SESSION AUTHORIZATION {login};\n"
    script += "BEGIN;\n"  # FOR UPDATE locks are released at the rollback
    for _ in range(runs + 1):
        script += f"EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) {sql};\n\\echo @@@\n"
    script += "ROLLBACK;\n"
    out = psql(script)
    plans = [json.loads(part) for part in out.split("@@@") if part.strip()]
    times = [pl[0]["Execution Time"] + pl[0].get("Planning Time", 0) for pl in plans[1:]]
    top = plans[-1][0]["Plan"]
    shared = top.get("Shared Hit Blocks", 0) + top.get("Shared Read Blocks", 0)
    jit = plans[-1][0].get("JIT", {}).get("Timing", {}).get("Total", 0)
    return {"name": q["name"], "where": q["where"], "who": who, "median_ms": round(statistics.median(times), 2),
            "max_ms": round(max(times), 2), "first_ms": round(plans[0][0]["Execution Time"], 2),
            "rows": top.get("Actual Rows"), "buffers": shared, "jit_ms": round(jit, 1), "shape": shape(top)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--json")
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--params", help="read the parameters from this JSON file (written by --save-params)")
    ap.add_argument("--save-params")
    ap.add_argument("--day", help="the day that stands for today (YYYY-MM-DD; default: the last whole day)")
    a = ap.parse_args()
    if a.params:
        with open(a.params) as f:
            p = json.load(f)
    else:
        p = params(a.day)
    if a.save_params:
        with open(a.save_params, "w") as f:
            json.dump(p, f, indent=1, ensure_ascii=False)
    print(json.dumps(p, ensure_ascii=False), file=sys.stderr)
    results = []
    for q in queries():
        if a.only and not any(o in q["name"] for o in a.only):
            continue
        try:
            r = run(q, p, a.runs)
        except RuntimeError as e:
            r = {"name": q["name"], "error": str(e)[:500]}
        results.append(r)
        if "error" in r:
            print(f"{r['name']}: ERROR {r['error']}")
        else:
            print(f"{r['name']}: {r['median_ms']} ms (max {r['max_ms']}, first {r['first_ms']}), "
                  f"{r['rows']} rows, {r['buffers']} buffers, jit {r['jit_ms']} ms | {' > '.join(r['shape'][:8])}")
        sys.stdout.flush()
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"params": p, "results": results}, f, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()
