-- The database at scale (issue 10): every query the app runs was measured
-- with EXPLAIN (ANALYZE, BUFFERS) on six years of generated history (4.0
-- million contacts, 3.9 million cases, 11.9 million contact events); the
-- table of queries, plans and times is docs/slow-queries.md. Three fixes.

-- 1. The queue list of every desk reads the live contacts (waiting, offered
-- and claimed). contacts_queue_idx held only the waiting and offered ones,
-- so the list read the whole table instead: a parallel sequential scan of
-- 4 million rows, 500 to 750 ms per refresh at six years, growing with the
-- history. One partial index of the live contacts replaces it: a few hundred
-- rows however long the history, in the queue's order, for the list and for
-- claim_next alike. (Both side by side made the planner AND their bitmaps
-- for claim_next: 1.9 ms instead of 0.1.)
DROP INDEX contacts_queue_idx;
CREATE INDEX contacts_live_idx ON contacts (priority DESC, arrived_at)
    WHERE state IN ('waiting', 'offered', 'claimed');

-- 2. A department reads a violation report only through a forward addressed
-- to it (row-level security, 0009). Without an index on forwards.report_id
-- that check hashed every forward of the department (a scan of all 420,000
-- forwards), and its cost estimate switched on the JIT compiler: the
-- department's forward list took 320 ms, 290 of them compiling. With the
-- index the check is one index probe per report.
CREATE INDEX forwards_report_idx ON forwards (report_id) WHERE report_id IS NOT NULL;

-- 3. The JIT compiler pays off for queries that run for seconds over
-- millions of rows; the desks' queries run for milliseconds, but the
-- planner's estimates (a generate_series counted as 1,000 rows, a policy's
-- subquery) cross jit_above_cost and compiling then costs 30 to 400 ms:
-- the surge alert, polled by every supervisor's workspace, took 392 ms of
-- which 394 ms were JIT (the query itself: 0.1 ms). The figures already run
-- without it (0007, report_figures). The surge alert too, whatever the
-- server's setting:
ALTER FUNCTION report_surges(timestamptz) SET jit = off;

-- And the whole database, when the migrating role may (the owner of the
-- database or a superuser; otherwise the administrator's guide says how):
-- a setting of the database, so new sessions only, and an administrator
-- may turn it on again for a session of analysis.
DO $$
BEGIN
    EXECUTE format('ALTER DATABASE %I SET jit = off', current_database());
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'jit stays as the server sets it: only the owner of the database may change it (see docs/slow-queries.md)';
END $$;
