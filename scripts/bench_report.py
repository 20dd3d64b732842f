#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Writes the summary of a benchmark run (scripts/bench) into docs/benchmarks.md.

    python3 scripts/bench_report.py build/bench-results docs/benchmarks.md

Reads NAME.json (the numbers a benchmark wrote) and NAME.run.json (its
command, duration, exit status and the load average around it) and replaces
the text between the summary markers; the hand-written sections below them
(what each benchmark does and what the numbers mean) stay as they are.
"""
import json
import os
import platform
import re
import subprocess
import sys

BEGIN = "<!-- bench-summary:begin -->"
END = "<!-- bench-summary:end -->"


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def fmt(v, unit=""):
    if v is None:
        return "–"
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, (int, float)):
        a = abs(v)
        if a >= 1000:
            s = f"{v:,.0f}"
        elif a >= 100:
            s = f"{v:.0f}"
        elif a >= 10:
            s = f"{v:.1f}"
        else:
            s = f"{v:.2f}"
        return s + unit
    return str(v)


def pct(p, unit=" ms", median="p50"):
    """Median and spread of a percentile object."""
    if not p:
        return "–", "–"
    spread = " / ".join(
        f"{k} {fmt(p.get(k) if k in p else p.get(k + '_ms'), '')}" for k in ("p95", "p99", "max")
        if k in p or k + "_ms" in p)
    med = p.get(median, p.get(median + "_ms"))
    return fmt(med, unit), spread + unit


def rng(s, unit=" ms"):
    if not s:
        return "–", "–"
    return fmt(s.get("median"), unit), f"{fmt(s.get('min'), '')}–{fmt(s.get('max'), '')}{unit}"


def machine():
    def first(cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True, timeout=10).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return ""

    cpu = ""
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = 0
    try:
        for line in open("/proc/meminfo", encoding="utf-8"):
            if line.startswith("MemTotal"):
                mem = int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    debian = ""
    try:
        debian = open("/etc/debian_version", encoding="utf-8").read().strip()
    except OSError:
        pass
    qt = first(["dpkg-query", "-W", "-f=${Version}", "libqt6core6"]).split("+")[0]
    pg = ""
    for d in sorted(os.listdir("/usr/lib/postgresql")) if os.path.isdir("/usr/lib/postgresql") else []:
        pg = first([f"/usr/lib/postgresql/{d}/bin/postgres", "--version"]).replace("postgres (PostgreSQL) ", "")
    return (f"{cpu or platform.processor()}, {os.cpu_count()} CPUs, {mem:.1f} GiB memory; "
            f"Debian {debian}, Linux {platform.release()}; Qt {qt}; PostgreSQL {pg}")


def rows_for(name, d):
    """(what, median, spread, comparison) rows of one benchmark."""
    rows = []
    if d is None:
        return rows
    if name == "intake_bench":
        levels = d.get("levels", [])
        for lv in levels:
            m, s = pct(lv.get("latency_ms"))
            rows.append((f"POST /v1/contacts, {lv['connections']} connections (fsync {'on' if d.get('fsync', True) else 'off'})",
                         m, s, f"{fmt(lv.get('contacts_per_second'))} contacts/s, {lv.get('errors', 0)} errors"))
        rows.append(("contacts stored = answers", fmt(d.get("contacts_stored")), "", ""))
    elif name == "queue_bench":
        sk, nv = d.get("skip_locked", {}), d.get("naive_for_update", {})
        m, s = pct(sk.get("latency_ms"))
        nm, ns = pct(nv.get("latency_ms"))
        rows.append((f"claim with SKIP LOCKED, {d.get('claimers')} desks, {fmt(d.get('contacts'))} contacts",
                     m, s, f"{fmt(sk.get('claims_per_second'))} claims/s, {sk.get('duplicates')} duplicates; "
                     f"naive FOR UPDATE: p50 {nm}, {ns}, {fmt(nv.get('claims_per_second'))} claims/s"))
        m, s = pct(d.get("fan_out_ms"))
        rows.append((f"one change heard by {d.get('listeners')} desks", m, s, ""))
    elif name == "kb_search_bench":
        q = d.get("query", {})
        med = q.get("p50_us")
        rows.append((f"guidance search in the desk, {fmt(d.get('articles'))} versions",
                     fmt(med, " µs"),
                     f"p95 {fmt(q.get('p95_us'), '')} / p99 {fmt(q.get('p99_us'), '')} / max {fmt(q.get('max_us'), '')} µs",
                     f"index built in {fmt(d.get('build_ms'), ' ms')}, {fmt(d.get('memory_usage_bytes', 0) / 1048576, ' MiB')}"
                     + (f"; read back from its file ({fmt(d.get('index_file_bytes', 0) / 1048576, ' MiB')}) in "
                        f"{fmt(d.get('index_file_read_ms'), ' ms')}" if d.get("index_file_read_ms") else "")))
    elif name == "kb_pg_bench":
        a = d.get("by_kind", {}).get("all", {})
        rows.append((f"guidance search, {fmt(d.get('articles'))} versions: desk",
                     fmt(a.get("app_p50_us"), " µs"), f"p99 {fmt(a.get('app_p99_us'), ' µs')}",
                     f"ILIKE p50 {fmt(a.get('ilike_p50_us', 0) / 1000, ' ms')} (p99 {fmt(a.get('ilike_p99_us', 0) / 1000, ' ms')}); "
                     f"pg_trgm p50 {fmt(a.get('trgm_p50_us', 0) / 1000, ' ms')} (p99 {fmt(a.get('trgm_p99_us', 0) / 1000, ' ms')})"))
    elif name == "reports_bench":
        for t in d.get("timings", []):
            runs = t.get("runs_ms", [])
            spread = f"{fmt(min(runs), '')}–{fmt(max(runs), '')} ms" if runs else "–"
            rows.append((t.get("name", ""), fmt(t.get("median_ms"), " ms"), spread,
                         f"{fmt(d.get('cases'))} cases" if not rows else ""))
    elif name == "resilience_bench":
        for key, what, unit in (("notice_ms", "desks notice an outage", " ms"),
                                ("online_again_ms", "desks online again after it", " ms"),
                                ("drain_cases_per_s", "kept saves replayed", " cases/s"),
                                ("failover_promote_ms", "standby promoted after the primary died", " ms"),
                                ("failover_online_ms", "desks on the new primary", " ms")):
            m, s = rng(d.get(key), unit)
            rows.append((what, m, s, f"{d.get('lost_or_twice')} cases lost or stored twice" if key == "notice_ms" else ""))
    elif name == "desk_bench":
        c, st = d.get("cold_start", {}), d.get("stalls", {})
        m, s = rng(c.get("window_ms"))
        rows.append(("cold start to a usable window", m, s, "target < 1,500 ms"))
        runs = c.get("runs", [])
        last = runs[-1] if runs else {}
        m, s = rng(c.get("guidance_ms"))
        whole = last.get("guidance_versions") == last.get("articles")
        if whole:
            # The saved index is read whole: every version at once.
            rows.append((f"cold start to every version searchable, from the cache and its saved index "
                         f"({fmt(last.get('articles'))} versions)", m, s, "target < 1,500 ms"))
        else:
            rows.append((f"cold start to searching the guidance in force, from the cache "
                         f"({fmt(last.get('guidance_versions'))} versions)", m, s, ""))
        if c.get("all_versions_ms") and not whole:
            m, s = rng(c.get("all_versions_ms"))
            rows.append((f"cold start to every version searchable ({fmt(last.get('articles'))} versions)", m, s, ""))
        m, s = rng(c.get("rss_mib"), " MiB")
        rows.append(("resident memory after the start", m, s, ""))
        if st:
            rows.append(("GUI thread: longest stall (1,000 waiting, 50 changes/s, month view)",
                         fmt(st.get("longest_stall_ms"), " ms"),
                         f"p99 {fmt(st.get('p99_late_ms'), '')} ms; {st.get('over_50ms')} ticks over 50 ms of {fmt(st.get('ticks'))}",
                         f"target < 50 ms; load average {fmt(st.get('load_average'))}"))
            rows.append(("GUI thread: longest stretch of its own work between ticks",
                         fmt(st.get("longest_busy_ms"), " ms"), f"p99 {fmt(st.get('p99_busy_ms'), ' ms')}",
                         f"resident {fmt(st.get('rss_mib'), ' MiB')} with both windows"))
    elif name == "system_bench":
        lat = d.get("latency", {})
        rows.append((f"whole system: {fmt(d.get('contacts'))} contacts in a {fmt(d.get('minutes'))}-minute day, "
                     f"{d.get('desks')} desks", fmt(d.get("completed_per_second"), " completed/s"), "",
                     f"every contact ended exactly once: {fmt(d.get('consistent'))}; errors {d.get('errors')}"))
        for op in ("claim", "save", "finish", "complete", "figures", "queue_wait"):
            p = lat.get(op)
            if p:
                m, s = pct(p)
                rows.append((f"  {op.replace('_', ' ')}", m, s, f"n = {fmt(p.get('n'))}"))
    return rows


def main():
    out, doc = sys.argv[1], sys.argv[2]
    names = ["intake_bench", "queue_bench", "kb_search_bench", "kb_pg_bench", "reports_bench",
             "resilience_bench", "desk_bench", "system_bench"]
    lines = [BEGIN, "", "## Summary of the last run", "",
             "Written by `scripts/bench` (see the top of that script); the sections below say what each "
             "benchmark does and what its numbers mean. Median and spread: for latencies the median (p50) "
             "and p95 / p99 / max of all samples; for repeated runs the median and the range.", "",
             f"Machine: {machine()}.", ""]
    quick = False
    table = ["| benchmark | what | median | spread | measured in the same run |", "|---|---|---:|---|---|"]
    runs = []
    for name in names:
        run = load(os.path.join(out, name + ".run.json"))
        data = load(os.path.join(out, name + ".json"))
        if run is None:
            continue
        quick = quick or bool(run.get("quick"))
        runs.append(run)
        rows = rows_for(name, data)
        if not rows:
            rows = [("no result (see the log)", "–", "–", f"exit status {run.get('exit')}")]
        for i, (what, med, spread, comp) in enumerate(rows):
            table.append(f"| {name if i == 0 else ''} | {what} | {med} | {spread} | {comp} |")
    lines += table
    lines += ["", "| benchmark | command | time | load average before → after | finished (UTC) | exit |",
              "|---|---|---:|---|---|---:|"]
    for run in runs:
        lines.append(f"| {run['name']} | `{run['command'].strip()}` | {run['seconds']} s | "
                     f"{run['load_before']} → {run['load_after']} | {run.get('finished', '')} | {run['exit']} |")
    if quick:
        lines += ["", "**These are quick runs** (`scripts/bench --quick`): small data, for checking that the "
                  "suite works, not for comparing figures."]
    lines += ["", END]
    block = "\n".join(lines)

    text = open(doc, encoding="utf-8").read()
    if BEGIN in text and END in text:
        text = re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), lambda _: block, text, flags=re.S)
    else:
        # After the introduction: before the first section.
        at = text.find("\n## ")
        text = text[:at] + "\n\n" + block + "\n" + text[at:] if at >= 0 else text + "\n" + block + "\n"
    with open(doc, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
