<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdminCli</name>
    <message>
        <source>start | stop | status of the private database</source>
        <translation>start | stop | status of the private database</translation>
    </message>
    <message>
        <source>bring the schema up to date (--status: only tell)</source>
        <translation>bring the schema up to date (--status: only tell)</translation>
    </message>
    <message>
        <source>load the demo city: people, guidance, 30 days of cases</source>
        <translation>load the demo city: people, guidance, 30 days of cases</translation>
    </message>
    <message>
        <source>schema version and row counts</source>
        <translation>schema version and row counts</translation>
    </message>
    <message>
        <source>Usage: minwon-admin [options] COMMAND [arguments]</source>
        <translation>Usage: minwon-admin [options] COMMAND [arguments]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run minwon-admin --help.</source>
        <translation>Unknown command &quot;%1&quot;. Run minwon-admin --help.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>schema version %1 of %2</source>
        <translation>schema version %1 of %2</translation>
    </message>
    <message>
        <source>The schema is up to date (version %1).</source>
        <translation>The schema is up to date (version %1).</translation>
    </message>
    <message>
        <source>applying %1 %2</source>
        <translation>applying %1 %2</translation>
    </message>
    <message>
        <source>The schema is at version %1.</source>
        <translation>The schema is at version %1.</translation>
    </message>
    <message>
        <source>Usage: minwon-admin seed-demo [--days 0..400] [--per-day 0..100000] [--seed N] [--waiting N] [--reset]</source>
        <translation>Usage: minwon-admin seed-demo [--days 0..400] [--per-day 0..100000] [--seed N] [--waiting N] [--reset]</translation>
    </message>
    <message>
        <source>The demo data is already loaded (use --reset to load it again).</source>
        <translation>The demo data is already loaded (use --reset to load it again).</translation>
    </message>
    <message>
        <source>Demo data loaded in %1 s: %2 people (%3 counselors), %4 articles (%5 versions), %6 contacts (%7 abandoned, %8 waiting now), %9 cases</source>
        <translation>Demo data loaded in %1 s: %2 people (%3 counselors), %4 articles (%5 versions), %6 contacts (%7 abandoned, %8 waiting now), %9 cases</translation>
    </message>
    <message>
        <source>&quot;server&quot; manages the private database; a shared server is configured. Use --local.</source>
        <translation>&quot;server&quot; manages the private database; a shared server is configured. Use --local.</translation>
    </message>
    <message>
        <source>started</source>
        <translation>started</translation>
    </message>
    <message>
        <source>already running</source>
        <translation>already running</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>Usage: minwon-admin server start|stop|status</source>
        <translation>Usage: minwon-admin server start|stop|status</translation>
    </message>
    <message>
        <source>put contacts into the queue at a rate, with simulated desks</source>
        <translation>put contacts into the queue at a rate, with simulated desks</translation>
    </message>
    <message>
        <source>Usage: minwon-admin simulate [--per-minute N | --day-in-minutes M] [--duration SECONDS] [--max N] [--desks 0..50] [--abandon 0..1] [--time-scale X] [--seed N]</source>
        <translation>Usage: minwon-admin simulate [--per-minute N | --day-in-minutes M] [--duration SECONDS] [--max N] [--desks 0..50] [--abandon 0..1] [--time-scale X] [--seed N]</translation>
    </message>
    <message>
        <source>arrived %1, abandoned %2, taken %3, completed %4, errors %5</source>
        <translation>arrived %1, abandoned %2, taken %3, completed %4, errors %5</translation>
    </message>
    <message>
        <source>Simulating %1 contacts a minute with %2 simulated desks; Ctrl+C stops.</source>
        <translation>Simulating %1 contacts a minute with %2 simulated desks; Ctrl+C stops.</translation>
    </message>
    <message>
        <source>intake gateway connectors: token add | list | revoke | rotate</source>
        <translation>intake gateway connectors: token add | list | revoke | rotate</translation>
    </message>
    <message>
        <source>       [--via db|http --url http://HOST:PORT --token TOKEN]  (http: through the intake gateway, the token of a connector allowed every channel)</source>
        <translation>       [--via db|http --url http://HOST:PORT --token TOKEN]  (http: through the intake gateway, the token of a connector allowed every channel)</translation>
    </message>
    <message>
        <source>guidance: import PATH | export DIR | search QUERY | publish-due</source>
        <translation>guidance: import PATH | export DIR | search QUERY | publish-due</translation>
    </message>
    <message>
        <source>the daily report: figures, PDF and CSV (--date YYYY-MM-DD)</source>
        <translation>the daily report: figures, PDF and CSV (--date YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>people and their sign-in: add | set-role | reset-password | disable | enable | list</source>
        <translation>people and their sign-in: add | set-role | reset-password | disable | enable | list</translation>
    </message>
    <message>
        <source>erase personal data of cases past the retention period (the figures stay)</source>
        <translation>erase personal data of cases past the retention period (the figures stay)</translation>
    </message>
    <message>
        <source>years of cases and guidance for load tests (COPY)</source>
        <translation>years of cases and guidance for load tests (COPY)</translation>
    </message>
    <message>
        <source>Usage: minwon-admin generate [--years 0.01..30 (6)] [--scale 0.001..10 (1)] [--per-year N (840000)] [--start YYYY-MM-DD (2018-01-01)] [--seed N] [--kb-articles 0..200000 (20000)] [--reset] [--keep-indexes]</source>
        <translation>Usage: minwon-admin generate [--years 0.01..30 (6)] [--scale 0.001..10 (1)] [--per-year N (840000)] [--start YYYY-MM-DD (2018-01-01)] [--seed N] [--kb-articles 0..200000 (20000)] [--reset] [--keep-indexes]</translation>
    </message>
    <message>
        <source>[%1] %2% %3 contacts, %4 rows/s</source>
        <translation>[%1] %2% %3 contacts, %4 rows/s</translation>
    </message>
    <message>
        <source>Generated in %1 s: %2 contacts (%3 abandoned), %4 cases (%5 callbacks), %6 violation reports, %7 forwards, %8 reviews, %9 quotes</source>
        <translation>Generated in %1 s: %2 contacts (%3 abandoned), %4 cases (%5 callbacks), %6 violation reports, %7 forwards, %8 reviews, %9 quotes</translation>
    </message>
    <message>
        <source>%1 contact events, %2 articles (%3 versions), %4 counselors; %5 rows, %6 rows/s</source>
        <translation>%1 contact events, %2 articles (%3 versions), %4 counselors; %5 rows, %6 rows/s</translation>
    </message>
</context>
<context>
    <name>AdminContext</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>The option %1 needs a value.</translation>
    </message>
    <message>
        <source>--tcp-port must be a port number.</source>
        <translation>--tcp-port must be a port number.</translation>
    </message>
    <message>
        <source>Where to work (default: the private database, or the shared server set in the desk&apos;s settings):
  --local                 use the private database of this user
  --data-dir DIR          the private database&apos;s directory (implies --local)
  --tcp-port PORT         let the private database listen on 127.0.0.1:PORT too
  --host H1[,H2]          shared server host(s); primary and standby
  --port PORT             shared server port (5432)
  --db NAME               database name (minwon)
  --user NAME             database user; the password comes from PGPASSWORD or ~/.pgpass
  --sslmode MODE          disable, prefer, require, verify-ca, verify-full
  --sslrootcert FILE      root certificate for verify-ca/verify-full
</source>
        <translation>Where to work (default: the private database, or the shared server set in the desk&apos;s settings):
  --local                 use the private database of this user
  --data-dir DIR          the private database&apos;s directory (implies --local)
  --tcp-port PORT         let the private database listen on 127.0.0.1:PORT too
  --host H1[,H2]          shared server host(s); primary and standby
  --port PORT             shared server port (5432)
  --db NAME               database name (minwon)
  --user NAME             database user; the password comes from PGPASSWORD or ~/.pgpass
  --sslmode MODE          disable, prefer, require, verify-ca, verify-full
  --sslrootcert FILE      root certificate for verify-ca/verify-full
</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
</context>
<context>
    <name>AgentService</name>
    <message>
        <source>Complete the case with a result before you leave after-contact work.</source>
        <translation>Complete the case with a result before you leave after-contact work.</translation>
    </message>
    <message>
        <source>That change of state is not possible now.</source>
        <translation>That change of state is not possible now.</translation>
    </message>
    <message>
        <source>Take or finish a contact to change this state.</source>
        <translation>Take or finish a contact to change this state.</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <source>Article &amp;id:</source>
        <translation>Article &amp;id:</translation>
    </message>
    <message>
        <source>e.g. covid-test-sites (lowercase letters, digits, - and _)</source>
        <translation>e.g. covid-test-sites (lowercase letters, digits, - and _)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <source>separated by commas, e.g. 검사, 선별진료소</source>
        <translation>separated by commas, e.g. 검사, 선별진료소</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>e.g. 중앙재난안전대책본부 보도자료 2021-04-09</source>
        <translation>e.g. 중앙재난안전대책본부 보도자료 2021-04-09</translation>
    </message>
    <message>
        <source>In force fro&amp;m:</source>
        <translation>In force fro&amp;m:</translation>
    </message>
    <message>
        <source>&amp;until:</source>
        <translation>&amp;until:</translation>
    </message>
    <message>
        <source>Change n&amp;ote:</source>
        <translation>Change n&amp;ote:</translation>
    </message>
    <message>
        <source>What changed and why, for the history and the counselors&apos; notice</source>
        <translation>What changed and why, for the history and the counselors&apos; notice</translation>
    </message>
    <message>
        <source>Body in Markdown: ## headings, - lists, **bold**</source>
        <translation>Body in Markdown: ## headings, - lists, **bold**</translation>
    </message>
    <message>
        <source>Body (Markdown)</source>
        <translation>Body (Markdown)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Save &amp;draft</translation>
    </message>
    <message>
        <source>Save and su&amp;bmit for review</source>
        <translation>Save and su&amp;bmit for review</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <source>Co&amp;rrects the previous version</source>
        <translation>Co&amp;rrects the previous version</translation>
    </message>
    <message>
        <source>The previous version was wrong: the cases answered with it are listed for call-backs.</source>
        <translation>The previous version was wrong: the cases answered with it are listed for call-backs.</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Re&amp;turn to author</source>
        <translation>Re&amp;turn to author</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
</context>
<context>
    <name>ArticleFile</name>
    <message>
        <source>The file is not valid UTF-8 text.</source>
        <translation>The file is not valid UTF-8 text.</translation>
    </message>
    <message>
        <source>The file contains a NUL character.</source>
        <translation>The file contains a NUL character.</translation>
    </message>
    <message>
        <source>The file must start with a front-matter block opened by &quot;---&quot;.</source>
        <translation>The file must start with a front-matter block opened by &quot;---&quot;.</translation>
    </message>
    <message>
        <source>Expected &quot;key: value&quot; in the front matter.</source>
        <translation>Expected &quot;key: value&quot; in the front matter.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; may contain only lowercase letters, digits, &apos;-&apos; and &apos;_&apos; (at most 100).</source>
        <translation>The id &quot;%1&quot; may contain only lowercase letters, digits, &apos;-&apos; and &apos;_&apos; (at most 100).</translation>
    </message>
    <message>
        <source>effective_from must be a date written YYYY-MM-DD.</source>
        <translation>effective_from must be a date written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>effective_until must be a date written YYYY-MM-DD.</source>
        <translation>effective_until must be a date written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>version must be a whole number from 1.</source>
        <translation>version must be a whole number from 1.</translation>
    </message>
    <message>
        <source>correction must be true or false.</source>
        <translation>correction must be true or false.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; in the front matter.</source>
        <translation>Unknown field &quot;%1&quot; in the front matter.</translation>
    </message>
    <message>
        <source>The front-matter block is not closed by &quot;---&quot;.</source>
        <translation>The front-matter block is not closed by &quot;---&quot;.</translation>
    </message>
    <message>
        <source>The field id is missing.</source>
        <translation>The field id is missing.</translation>
    </message>
    <message>
        <source>The field title is missing.</source>
        <translation>The field title is missing.</translation>
    </message>
    <message>
        <source>The title is longer than 300 characters.</source>
        <translation>The title is longer than 300 characters.</translation>
    </message>
    <message>
        <source>The field category is missing.</source>
        <translation>The field category is missing.</translation>
    </message>
    <message>
        <source>The field effective_from is missing.</source>
        <translation>The field effective_from is missing.</translation>
    </message>
    <message>
        <source>effective_until is before effective_from.</source>
        <translation>effective_until is before effective_from.</translation>
    </message>
</context>
<context>
    <name>CaseFormPanel</name>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>No contact taken. Press F2 to take the next one.</source>
        <translation>No contact taken. Press F2 to take the next one.</translation>
    </message>
    <message>
        <source>Citizen &amp;name:</source>
        <translation>Citizen &amp;name:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>&amp;Phone number:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>Categor&amp;y:</translation>
    </message>
    <message>
        <source>Subcategory</source>
        <translation>Subcategory</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>Su&amp;mmary:</translation>
    </message>
    <message>
        <source>What the citizen asks</source>
        <translation>What the citizen asks</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Answer:</translation>
    </message>
    <message>
        <source>What you told them</source>
        <translation>What you told them</translation>
    </message>
    <message>
        <source>Quoted guidance:</source>
        <translation>Quoted guidance:</translation>
    </message>
    <message>
        <source>Quoted guidance</source>
        <translation>Quoted guidance</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Result:</translation>
    </message>
    <message>
        <source>Call&amp;back at:</source>
        <translation>Call&amp;back at:</translation>
    </message>
    <message>
        <source>Callback time</source>
        <translation>Callback time</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Complete (Ctrl+Enter)</source>
        <translation>Complete (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Earlier cases of this caller</source>
        <translation>Earlier cases of this caller</translation>
    </message>
    <message>
        <source>Forward &amp;to:</source>
        <translation>Forward &amp;to:</translation>
    </message>
    <message>
        <source>Department to forward to</source>
        <translation>Department to forward to</translation>
    </message>
    <message>
        <source>Quarantine-rule violation report</source>
        <translation>Quarantine-rule violation report</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Type of violation</source>
        <translation>Type of violation</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>Address where it happens</source>
        <translation>Address where it happens</translation>
    </message>
    <message>
        <source>&amp;Business:</source>
        <translation>&amp;Business:</translation>
    </message>
    <message>
        <source>Name of the business, if any</source>
        <translation>Name of the business, if any</translation>
    </message>
    <message>
        <source>&amp;Seen at:</source>
        <translation>&amp;Seen at:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription:</translation>
    </message>
    <message>
        <source>What the citizen saw</source>
        <translation>What the citizen saw</translation>
    </message>
    <message>
        <source>En&amp;forcement team:</source>
        <translation>En&amp;forcement team:</translation>
    </message>
    <message>
        <source>Enforcement team</source>
        <translation>Enforcement team</translation>
    </message>
    <message>
        <source>Also share with the disaster-safety &amp;headquarters</source>
        <translation>Also share with the disaster-safety &amp;headquarters</translation>
    </message>
    <message>
        <source>&amp;Link to the earlier report</source>
        <translation>&amp;Link to the earlier report</translation>
    </message>
    <message>
        <source>Returned to me</source>
        <translation>Returned to me</translation>
    </message>
    <message>
        <source>Cases returned to me</source>
        <translation>Cases returned to me</translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>Someone else saved this case meanwhile; nothing was overwritten.</source>
        <translation>Someone else saved this case meanwhile; nothing was overwritten.</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>The case no longer exists.</translation>
    </message>
    <message>
        <source>Only a completed or returned case can be reopened.</source>
        <translation>Only a completed or returned case can be reopened.</translation>
    </message>
    <message>
        <source>Give a reason to see personal data.</source>
        <translation>Give a reason to see personal data.</translation>
    </message>
    <message>
        <source>The reason may be at most 500 characters.</source>
        <translation>The reason may be at most 500 characters.</translation>
    </message>
    <message>
        <source>You may see the personal data only of cases you handle.</source>
        <translation>You may see the personal data only of cases you handle.</translation>
    </message>
</context>
<context>
    <name>ColumnMenu</name>
    <message>
        <source>Show all columns in their first order</source>
        <translation>Show all columns in their first order</translation>
    </message>
</context>
<context>
    <name>ConnectionConfig</name>
    <message>
        <source>Enter at least one server host.</source>
        <translation>Enter at least one server host.</translation>
    </message>
    <message>
        <source>The host &quot;%1&quot; is not a valid host name.</source>
        <translation>The host &quot;%1&quot; is not a valid host name.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>The port must be between 1 and 65535.</translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation>Enter the database name.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <source>Unknown TLS mode &quot;%1&quot;.</source>
        <translation>Unknown TLS mode &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The root certificate file %1 does not exist.</source>
        <translation>The root certificate file %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection settings</source>
        <translation>Connection settings</translation>
    </message>
    <message>
        <source>&amp;Private database on this computer (training, demo, a desk on its own)</source>
        <translation>&amp;Private database on this computer (training, demo, a desk on its own)</translation>
    </message>
    <message>
        <source>&amp;Shared server of the call center</source>
        <translation>&amp;Shared server of the call center</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Ser&amp;vers:</source>
        <translation>Ser&amp;vers:</translation>
    </message>
    <message>
        <source>db-room1.city.local, db-room2.city.local</source>
        <translation>db-room1.city.local, db-room2.city.local</translation>
    </message>
    <message>
        <source>Primary first, then the standby of the other room, separated by commas.</source>
        <translation>Primary first, then the standby of the other room, separated by commas.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>&amp;Root certificate:</source>
        <translation>&amp;Root certificate:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Desk &amp;name:</source>
        <translation>Desk &amp;name:</translation>
    </message>
    <message>
        <source>Shown to IT in the server&apos;s list of connections (application_name).</source>
        <translation>Shown to IT in the server&apos;s list of connections (application_name).</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Never saved. Leave empty to use the password file (~/.pgpass).</source>
        <translation>Never saved. Leave empty to use the password file (~/.pgpass).</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Test &amp;connection</translation>
    </message>
    <message>
        <source>Connected, but the database is empty. Ask IT to run &quot;minwon-admin migrate&quot;.</source>
        <translation>Connected, but the database is empty. Ask IT to run &quot;minwon-admin migrate&quot;.</translation>
    </message>
    <message>
        <source>Connected, but the database schema is older than this program. Ask IT to run &quot;minwon-admin migrate&quot;.</source>
        <translation>Connected, but the database schema is older than this program. Ask IT to run &quot;minwon-admin migrate&quot;.</translation>
    </message>
    <message>
        <source>Connected as %1 (%2).</source>
        <translation>Connected as %1 (%2).</translation>
    </message>
</context>
<context>
    <name>CopyWriter</name>
    <message>
        <source>Bulk loading needs a PostgreSQL connection (QPSQL), not %1.</source>
        <translation>Bulk loading needs a PostgreSQL connection (QPSQL), not %1.</translation>
    </message>
</context>
<context>
    <name>DailyReport</name>
    <message>
        <source>Daily report, %1</source>
        <translation>Daily report, %1</translation>
    </message>
    <message>
        <source>%1 daily report, %2</source>
        <translation>%1 daily report, %2</translation>
    </message>
    <message>
        <source>Report, %1</source>
        <translation>Report, %1</translation>
    </message>
    <message>
        <source>%1 report, %2</source>
        <translation>%1 report, %2</translation>
    </message>
</context>
<context>
    <name>DataGenerator</name>
    <message>
        <source>This database already holds generated data; add --reset to replace it (that empties every case, contact and guidance table).</source>
        <translation>This database already holds generated data; add --reset to replace it (that empties every case, contact and guidance table).</translation>
    </message>
    <message>
        <source>The demo organisation or case templates are missing from the resources.</source>
        <translation>The demo organisation or case templates are missing from the resources.</translation>
    </message>
    <message>
        <source>General enquiry</source>
        <translation>General enquiry</translation>
    </message>
    <message>
        <source>Explained the procedure.</source>
        <translation>Explained the procedure.</translation>
    </message>
    <message>
        <source>Violation report</source>
        <translation>Violation report</translation>
    </message>
    <message>
        <source>Changed with the new rule in force.</source>
        <translation>Changed with the new rule in force.</translation>
    </message>
    <message>
        <source>Please add the guidance you quoted and the callback time.</source>
        <translation>Please add the guidance you quoted and the callback time.</translation>
    </message>
    <message>
        <source>Handled by the department.</source>
        <translation>Handled by the department.</translation>
    </message>
    <message>
        <source>Field check done: guidance given on the spot.</source>
        <translation>Field check done: guidance given on the spot.</translation>
    </message>
    <message>
        <source>Generated rows break a foreign key (%1 rows): %2</source>
        <translation>Generated rows break a foreign key (%1 rows): %2</translation>
    </message>
</context>
<context>
    <name>DbError</name>
    <message>
        <source>The PostgreSQL driver for Qt is missing. Install the package libqt6sql6-psql.</source>
        <translation>The PostgreSQL driver for Qt is missing. Install the package libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check that it is running and that the host and port are right.</source>
        <translation>The database server cannot be reached. Check that it is running and that the host and port are right.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost.</source>
        <translation>The connection to the database server was lost.</translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>The server refused the user name or password.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection was refused. Check the TLS mode and the root certificate.</source>
        <translation>The secure (TLS) connection was refused. Check the TLS mode and the root certificate.</translation>
    </message>
    <message>
        <source>The database does not exist on this server. Check its name or ask IT to create it.</source>
        <translation>The database does not exist on this server. Check its name or ask IT to create it.</translation>
    </message>
    <message>
        <source>The server is a read-only standby; no primary server was found.</source>
        <translation>The server is a read-only standby; no primary server was found.</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>You do not have permission to do this.</translation>
    </message>
    <message>
        <source>Someone else changed the same record at the same time.</source>
        <translation>Someone else changed the same record at the same time.</translation>
    </message>
    <message>
        <source>The database refused a value as invalid.</source>
        <translation>The database refused a value as invalid.</translation>
    </message>
    <message>
        <source>A text is longer than the database allows.</source>
        <translation>A text is longer than the database allows.</translation>
    </message>
    <message>
        <source>This record already exists.</source>
        <translation>This record already exists.</translation>
    </message>
    <message>
        <source>The database was upgraded by a newer version of MinwonDesk. Install the newer version.</source>
        <translation>The database was upgraded by a newer version of MinwonDesk. Install the newer version.</translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation>The database reported an error.</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>Removing the earlier demo data</source>
        <translation>Removing the earlier demo data</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>The demo organisation file is missing from the resources.</source>
        <translation>The demo organisation file is missing from the resources.</translation>
    </message>
    <message>
        <source>People and their sign-in roles</source>
        <translation>People and their sign-in roles</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <source>Cannot read the demo article %1.</source>
        <translation>Cannot read the demo article %1.</translation>
    </message>
    <message>
        <source>Demo article %1, line %2: %3</source>
        <translation>Demo article %1, line %2: %3</translation>
    </message>
    <message>
        <source>Demo article %1 version %2: %3</source>
        <translation>Demo article %1 version %2: %3</translation>
    </message>
    <message>
        <source>General enquiry</source>
        <translation>General enquiry</translation>
    </message>
    <message>
        <source>Explained the procedure.</source>
        <translation>Explained the procedure.</translation>
    </message>
    <message>
        <source>Cases of %1</source>
        <translation>Cases of %1</translation>
    </message>
    <message>
        <source>Please add the guidance you quoted and the callback time.</source>
        <translation>Please add the guidance you quoted and the callback time.</translation>
    </message>
    <message>
        <source>Field check done: guidance given on the spot.</source>
        <translation>Field check done: guidance given on the spot.</translation>
    </message>
    <message>
        <source>Handled by the department.</source>
        <translation>Handled by the department.</translation>
    </message>
    <message>
        <source>Contact events</source>
        <translation>Contact events</translation>
    </message>
    <message>
        <source>The live queue and counselor states</source>
        <translation>The live queue and counselor states</translation>
    </message>
</context>
<context>
    <name>DeskOptions</name>
    <message>
        <source>Use the private database of this user.</source>
        <translation>Use the private database of this user.</translation>
    </message>
    <message>
        <source>Open the demo city (private database).</source>
        <translation>Open the demo city (private database).</translation>
    </message>
    <message>
        <source>Demo workspace: counselor, supervisor, editor, approver, department or admin.</source>
        <translation>Demo workspace: counselor, supervisor, editor, approver, department or admin.</translation>
    </message>
    <message>
        <source>Sign in as this login.</source>
        <translation>Sign in as this login.</translation>
    </message>
    <message>
        <source>Language: ko or en.</source>
        <translation>Language: ko or en.</translation>
    </message>
    <message>
        <source>Directory of the private database.</source>
        <translation>Directory of the private database.</translation>
    </message>
    <message>
        <source>Open the connection settings first.</source>
        <translation>Open the connection settings first.</translation>
    </message>
    <message>
        <source>Demo contacts per weekday.</source>
        <translation>Demo contacts per weekday.</translation>
    </message>
    <message>
        <source>Demo days of past cases.</source>
        <translation>Demo days of past cases.</translation>
    </message>
    <message>
        <source>MinwonDesk: the civil-complaint call-center workstation.</source>
        <translation>MinwonDesk: the civil-complaint call-center workstation.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>Unknown role &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The language must be ko or en.</source>
        <translation>The language must be ko or en.</translation>
    </message>
    <message>
        <source>The demo size must be a positive number.</source>
        <translation>The demo size must be a positive number.</translation>
    </message>
    <message>
        <source>Colours: light, dark or system.</source>
        <translation>Colours: light, dark or system.</translation>
    </message>
    <message>
        <source>Write the start-up timings to this file and quit (for benchmarks).</source>
        <translation>Write the start-up timings to this file and quit (for benchmarks).</translation>
    </message>
    <message>
        <source>The theme must be light, dark or system.</source>
        <translation>The theme must be light, dark or system.</translation>
    </message>
</context>
<context>
    <name>DeskStartup</name>
    <message numerus="yes">
        <source>The private database stays running: %n other program(s) still use it.</source>
        <translation>
            <numerusform>The private database stays running: %n other program still uses it.</numerusform>
            <numerusform>The private database stays running: %n other programs still use it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the private database…</source>
        <translation>Starting the private database…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>The database schema is older than this program (version %1, this program needs %2). Ask IT to run &quot;minwon-admin migrate&quot;.</source>
        <translation>The database schema is older than this program (version %1, this program needs %2). Ask IT to run &quot;minwon-admin migrate&quot;.</translation>
    </message>
    <message>
        <source>Updating the database schema…</source>
        <translation>Updating the database schema…</translation>
    </message>
    <message>
        <source>Loading demo data: %1 (%2 %)</source>
        <translation>Loading demo data: %1 (%2 %)</translation>
    </message>
</context>
<context>
    <name>FigureTexts</name>
    <message>
        <source>Contacts that arrived, counted on the Seoul day and hour of arrival.</source>
        <translation>Contacts that arrived, counted on the Seoul day and hour of arrival.</translation>
    </message>
    <message>
        <source>Contacts a counselor took.</source>
        <translation>Contacts a counselor took.</translation>
    </message>
    <message>
        <source>Contacts the citizen gave up on before anyone took them.</source>
        <translation>Contacts the citizen gave up on before anyone took them.</translation>
    </message>
    <message>
        <source>Answered within %1 ÷ (answered + abandoned − abandoned within the grace period); target %2 %.</source>
        <translation>Answered within %1 ÷ (answered + abandoned − abandoned within the grace period); target %2 %.</translation>
    </message>
    <message>
        <source>Answered within the channel&apos;s threshold ÷ (answered + abandoned − abandoned within the grace period).</source>
        <translation>Answered within the channel&apos;s threshold ÷ (answered + abandoned − abandoned within the grace period).</translation>
    </message>
    <message>
        <source>The channel&apos;s service-level threshold.</source>
        <translation>The channel&apos;s service-level threshold.</translation>
    </message>
    <message>
        <source>Average speed of answer: from arrival to claim, over the answered contacts.</source>
        <translation>Average speed of answer: from arrival to claim, over the answered contacts.</translation>
    </message>
    <message>
        <source>Average handling time: talk plus after-contact work, over the contacts whose case was completed.</source>
        <translation>Average handling time: talk plus after-contact work, over the contacts whose case was completed.</translation>
    </message>
    <message>
        <source>Abandoned ÷ (answered + abandoned).</source>
        <translation>Abandoned ÷ (answered + abandoned).</translation>
    </message>
    <message>
        <source>First-contact resolution: completed cases without a callback and without another contact from the same citizen about the same category within the set number of days, ÷ completed cases.</source>
        <translation>First-contact resolution: completed cases without a callback and without another contact from the same citizen about the same category within the set number of days, ÷ completed cases.</translation>
    </message>
    <message>
        <source>Completed cases that promised a callback.</source>
        <translation>Completed cases that promised a callback.</translation>
    </message>
</context>
<context>
    <name>ForwardService</name>
    <message>
        <source>Write the result of the field check.</source>
        <translation>Write the result of the field check.</translation>
    </message>
    <message>
        <source>This forward is addressed to another department.</source>
        <translation>This forward is addressed to another department.</translation>
    </message>
    <message>
        <source>Someone changed this forward meanwhile; the list was refreshed.</source>
        <translation>Someone changed this forward meanwhile; the list was refreshed.</translation>
    </message>
    <message>
        <source>A forward cannot go back to an earlier step.</source>
        <translation>A forward cannot go back to an earlier step.</translation>
    </message>
</context>
<context>
    <name>ForwardsPanel</name>
    <message>
        <source>No mask</source>
        <translation>No mask</translation>
    </message>
    <message>
        <source>Private gathering</source>
        <translation>Private gathering</translation>
    </message>
    <message>
        <source>Open after hours</source>
        <translation>Open after hours</translation>
    </message>
    <message>
        <source>Other violation</source>
        <translation>Other violation</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>You are signed in to the database as &quot;%1&quot;, but no person with that login is registered. Ask an administrator to add you (minwon-admin user add).</source>
        <translation>You are signed in to the database as &quot;%1&quot;, but no person with that login is registered. Ask an administrator to add you (minwon-admin user add).</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled.</source>
        <translation>The account &quot;%1&quot; is disabled.</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>Counselor</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Knowledge-base editor</source>
        <translation>Knowledge-base editor</translation>
    </message>
    <message>
        <source>Knowledge-base approver</source>
        <translation>Knowledge-base approver</translation>
    </message>
    <message>
        <source>Department staff</source>
        <translation>Department staff</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>IndexFile</name>
    <message>
        <source>not a search index file</source>
        <translation>not a search index file</translation>
    </message>
    <message>
        <source>written by another version of the program</source>
        <translation>written by another version of the program</translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation>the file is cut short</translation>
    </message>
    <message>
        <source>made from other versions of the guidance</source>
        <translation>made from other versions of the guidance</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>the file is damaged</translation>
    </message>
</context>
<context>
    <name>IntakeCommands</name>
    <message>
        <source>Usage: minwon-admin intake token add NAME --channels CODE[,CODE…]|all [--rate PER_MINUTE] [--burst N] [--note TEXT]
       minwon-admin intake token list
       minwon-admin intake token revoke NAME
       minwon-admin intake token rotate NAME
</source>
        <translation>Usage: minwon-admin intake token add NAME --channels CODE[,CODE…]|all [--rate PER_MINUTE] [--burst N] [--note TEXT]
       minwon-admin intake token list
       minwon-admin intake token revoke NAME
       minwon-admin intake token rotate NAME
</translation>
    </message>
    <message>
        <source>The token of connector &quot;%1&quot; is shown once, above; only its hash is kept. Give it to the connector as &quot;Authorization: Bearer &lt;token&gt;&quot;.</source>
        <translation>The token of connector &quot;%1&quot; is shown once, above; only its hash is kept. Give it to the connector as &quot;Authorization: Bearer &lt;token&gt;&quot;.</translation>
    </message>
    <message>
        <source>Connector &quot;%1&quot; revoked; its token stops working within seconds.</source>
        <translation>Connector &quot;%1&quot; revoked; its token stops working within seconds.</translation>
    </message>
</context>
<context>
    <name>IntakeService</name>
    <message>
        <source>Usage: minwon-intake [options]
The intake gateway: connectors put contacts into the queue over HTTP (see docs/intake-api.md).

  --listen HOST:PORT        where to listen (127.0.0.1:8088)
  --db-connections N        database connections, one thread each (4)
  --max-body BYTES          largest request body accepted (65536)
  --request-timeout SECONDS a request must arrive whole within this (10)
  --max-connections N       open client connections at most (1024)
  --drain-timeout SECONDS   graceful shutdown waits this long at most (30)
  --lang ko|en              language of Open311 names and notes

</source>
        <translation>Usage: minwon-intake [options]
The intake gateway: connectors put contacts into the queue over HTTP (see docs/intake-api.md).

  --listen HOST:PORT        where to listen (127.0.0.1:8088)
  --db-connections N        database connections, one thread each (4)
  --max-body BYTES          largest request body accepted (65536)
  --request-timeout SECONDS a request must arrive whole within this (10)
  --max-connections N       open client connections at most (1024)
  --drain-timeout SECONDS   graceful shutdown waits this long at most (30)
  --lang ko|en              language of Open311 names and notes

</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>The option %1 needs a value.</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3.</source>
        <translation>%1 must be a number from %2 to %3.</translation>
    </message>
    <message>
        <source>--listen wants HOST:PORT, for example 127.0.0.1:8088.</source>
        <translation>--listen wants HOST:PORT, for example 127.0.0.1:8088.</translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot;. Run minwon-intake --help.</source>
        <translation>Unknown argument &quot;%1&quot;. Run minwon-intake --help.</translation>
    </message>
    <message>
        <source>The database schema is not up to date. Run minwon-admin migrate first.</source>
        <translation>The database schema is not up to date. Run minwon-admin migrate first.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Cannot listen on %1: %2</translation>
    </message>
</context>
<context>
    <name>IntakeTokens</name>
    <message>
        <source>A connector name is 1 to 48 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>A connector name is 1 to 48 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;.</translation>
    </message>
    <message>
        <source>Name the channels this connector may use (--channels sms,kakao_friend or all).</source>
        <translation>Name the channels this connector may use (--channels sms,kakao_friend or all).</translation>
    </message>
    <message>
        <source>There is no channel &quot;%1&quot;. Channels: %2.</source>
        <translation>There is no channel &quot;%1&quot;. Channels: %2.</translation>
    </message>
    <message>
        <source>A connector named &quot;%1&quot; exists already.</source>
        <translation>A connector named &quot;%1&quot; exists already.</translation>
    </message>
    <message>
        <source>There is no connector named &quot;%1&quot;.</source>
        <translation>There is no connector named &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>KbCommands</name>
    <message>
        <source>Usage: minwon-admin kb import PATH [--publish]
         PATH: a folder of .md files with a front-matter block, or one .jsonl file.
         New versions wait for an approver; --publish publishes them at once (or on
         their in-force date). Nothing is written when any file is bad.
       minwon-admin kb export DIR [--all-versions]
       minwon-admin kb search QUERY [--limit N] [--on YYYY-MM-DD] [--all]
         One line per hit, best first: id, version, title, score (tab-separated).
       minwon-admin kb publish-due
</source>
        <translation>Usage: minwon-admin kb import PATH [--publish]
         PATH: a folder of .md files with a front-matter block, or one .jsonl file.
         New versions wait for an approver; --publish publishes them at once (or on
         their in-force date). Nothing is written when any file is bad.
       minwon-admin kb export DIR [--all-versions]
       minwon-admin kb search QUERY [--limit N] [--on YYYY-MM-DD] [--all]
         One line per hit, best first: id, version, title, score (tab-separated).
       minwon-admin kb publish-due
</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>%1 articles read: %2 new articles, %3 new versions, %4 unchanged.</source>
        <translation>%1 articles read: %2 new articles, %3 new versions, %4 unchanged.</translation>
    </message>
    <message>
        <source>The new versions wait for an approver.</source>
        <translation>The new versions wait for an approver.</translation>
    </message>
    <message>
        <source>%1 versions will be published on their in-force date.</source>
        <translation>%1 versions will be published on their in-force date.</translation>
    </message>
    <message>
        <source>%1 files written to %2.</source>
        <translation>%1 files written to %2.</translation>
    </message>
    <message>
        <source>--limit takes a number from 1.</source>
        <translation>--limit takes a number from 1.</translation>
    </message>
    <message>
        <source>--on takes a date written YYYY-MM-DD.</source>
        <translation>--on takes a date written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 versions published or expired.</source>
        <translation>%1 versions published or expired.</translation>
    </message>
</context>
<context>
    <name>KbImport</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>The file is larger than %1 MB.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 text.</source>
        <translation>The file is not valid UTF-8 text.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; may contain only lowercase letters, digits, &apos;-&apos; and &apos;_&apos; (at most 100).</source>
        <translation>The id &quot;%1&quot; may contain only lowercase letters, digits, &apos;-&apos; and &apos;_&apos; (at most 100).</translation>
    </message>
    <message>
        <source>The title must have 1 to 300 characters.</source>
        <translation>The title must have 1 to 300 characters.</translation>
    </message>
    <message>
        <source>The field category is missing.</source>
        <translation>The field category is missing.</translation>
    </message>
    <message>
        <source>The field effective_from is missing.</source>
        <translation>The field effective_from is missing.</translation>
    </message>
    <message>
        <source>effective_until is before effective_from.</source>
        <translation>effective_until is before effective_from.</translation>
    </message>
    <message>
        <source>More than %1 tags.</source>
        <translation>More than %1 tags.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is empty, too long or contains , [ ] or a line break.</source>
        <translation>The tag &quot;%1&quot; is empty, too long or contains , [ ] or a line break.</translation>
    </message>
    <message>
        <source>The source is longer than %1 characters.</source>
        <translation>The source is longer than %1 characters.</translation>
    </message>
    <message>
        <source>change_note is longer than %1 characters.</source>
        <translation>change_note is longer than %1 characters.</translation>
    </message>
    <message>
        <source>The body is longer than %1 characters.</source>
        <translation>The body is longer than %1 characters.</translation>
    </message>
    <message>
        <source>The article contains a NUL character.</source>
        <translation>The article contains a NUL character.</translation>
    </message>
    <message>
        <source>A line break is allowed only in the body.</source>
        <translation>A line break is allowed only in the body.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 (column %2).</source>
        <translation>Not valid JSON: %1 (column %2).</translation>
    </message>
    <message>
        <source>Each line must be one JSON object.</source>
        <translation>Each line must be one JSON object.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation>Unknown field &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A field has the wrong type: texts and dates are strings, tags an array of strings, correction true or false, version a number.</source>
        <translation>A field has the wrong type: texts and dates are strings, tags an array of strings, correction true or false, version a number.</translation>
    </message>
    <message>
        <source>tags must be an array of strings.</source>
        <translation>tags must be an array of strings.</translation>
    </message>
    <message>
        <source>effective_from must be a date written YYYY-MM-DD.</source>
        <translation>effective_from must be a date written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>effective_until must be a date written YYYY-MM-DD.</source>
        <translation>effective_until must be a date written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The folder holds no .md files.</source>
        <translation>The folder holds no .md files.</translation>
    </message>
    <message>
        <source>Give a folder of .md files, one .md file or one .jsonl file.</source>
        <translation>Give a folder of .md files, one .md file or one .jsonl file.</translation>
    </message>
    <message>
        <source>The article &quot;%1&quot; is also in %2:%3; give each a version.</source>
        <translation>The article &quot;%1&quot; is also in %2:%3; give each a version.</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;.</source>
        <translation>Unknown category &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>KbWorkflow</name>
    <message>
        <source>Only a person of this call center may write or confirm guidance.</source>
        <translation>Only a person of this call center may write or confirm guidance.</translation>
    </message>
    <message>
        <source>A new version starts as a draft or in review; an approver publishes it.</source>
        <translation>A new version starts as a draft or in review; an approver publishes it.</translation>
    </message>
    <message>
        <source>Someone saved a newer version of this article meanwhile. Open it again.</source>
        <translation>Someone saved a newer version of this article meanwhile. Open it again.</translation>
    </message>
    <message>
        <source>A saved version is never changed; save a new version instead.</source>
        <translation>A saved version is never changed; save a new version instead.</translation>
    </message>
    <message>
        <source>Only the author submits a draft for review.</source>
        <translation>Only the author submits a draft for review.</translation>
    </message>
    <message>
        <source>Only the author withdraws a version.</source>
        <translation>Only the author withdraws a version.</translation>
    </message>
    <message>
        <source>Only an approver approves or returns guidance.</source>
        <translation>Only an approver approves or returns guidance.</translation>
    </message>
    <message>
        <source>You wrote this version: another approver must review it.</source>
        <translation>You wrote this version: another approver must review it.</translation>
    </message>
    <message>
        <source>Say why the version is returned.</source>
        <translation>Say why the version is returned.</translation>
    </message>
    <message>
        <source>There is no published version before this one to correct.</source>
        <translation>There is no published version before this one to correct.</translation>
    </message>
    <message>
        <source>This version is scheduled for its in-force date and cannot be published earlier.</source>
        <translation>This version is scheduled for its in-force date and cannot be published earlier.</translation>
    </message>
    <message>
        <source>Only another approver cancels a scheduled version.</source>
        <translation>Only another approver cancels a scheduled version.</translation>
    </message>
    <message>
        <source>This step is not possible in the version&apos;s current state. Reload and try again.</source>
        <translation>This step is not possible in the version&apos;s current state. Reload and try again.</translation>
    </message>
    <message>
        <source>An article with the id &quot;%1&quot; exists already. Open it to change it.</source>
        <translation>An article with the id &quot;%1&quot; exists already. Open it to change it.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>On a contact</source>
        <translation>On a contact</translation>
    </message>
    <message>
        <source>After-contact work</source>
        <translation>After-contact work</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Offered</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Claimed</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Field check done</source>
        <translation>Field check done</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The database schema is at version %1 but this program knows only up to version %2. It was upgraded by a newer MinwonDesk; install that version.</source>
        <translation>The database schema is at version %1 but this program knows only up to version %2. It was upgraded by a newer MinwonDesk; install that version.</translation>
    </message>
    <message>
        <source>The database schema is newer (version %1) than this program (version %2).</source>
        <translation>The database schema is newer (version %1) than this program (version %2).</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed at line %3: %4</source>
        <translation>Migration %1 (%2) failed at line %3: %4</translation>
    </message>
</context>
<context>
    <name>Open311</name>
    <message>
        <source>Received by the civil-complaint call center. A counselor will handle it.</source>
        <translation>Received by the civil-complaint call center. A counselor will handle it.</translation>
    </message>
    <message>
        <source>%1 closed the report.</source>
        <translation>%1 closed the report.</translation>
    </message>
    <message>
        <source>%1 closed the report: %2</source>
        <translation>%1 closed the report: %2</translation>
    </message>
    <message>
        <source>%1 checked on site.</source>
        <translation>%1 checked on site.</translation>
    </message>
    <message>
        <source>%1 checked on site: %2</source>
        <translation>%1 checked on site: %2</translation>
    </message>
    <message>
        <source>%1 has received the report.</source>
        <translation>%1 has received the report.</translation>
    </message>
    <message>
        <source>Forwarded to %1.</source>
        <translation>Forwarded to %1.</translation>
    </message>
    <message>
        <source>Civil-complaint call center</source>
        <translation>Civil-complaint call center</translation>
    </message>
    <message>
        <source>Received; a counselor will handle it.</source>
        <translation>Received; a counselor will handle it.</translation>
    </message>
    <message>
        <source>Handled by the call center.</source>
        <translation>Handled by the call center.</translation>
    </message>
    <message>
        <source>Handled by the call center: %1.</source>
        <translation>Handled by the call center: %1.</translation>
    </message>
</context>
<context>
    <name>OverviewService</name>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>Counselor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Longest wait</translation>
    </message>
</context>
<context>
    <name>PiiMasker</name>
    <message>
        <source>resident registration number</source>
        <translation>resident registration number</translation>
    </message>
    <message>
        <source>foreigner registration number</source>
        <translation>foreigner registration number</translation>
    </message>
    <message>
        <source>card number</source>
        <translation>card number</translation>
    </message>
    <message>
        <source>bank account number</source>
        <translation>bank account number</translation>
    </message>
    <message>
        <source>passport number</source>
        <translation>passport number</translation>
    </message>
</context>
<context>
    <name>PurgeCommand</name>
    <message>
        <source>Usage: minwon-admin purge [--older-than DAYS] [--dry-run]
Erases the citizen&apos;s name, number, address and messages of finished cases older than DAYS
(default: the setting privacy.retention_days, 1095). The cases and their figures stay.
</source>
        <translation>Usage: minwon-admin purge [--older-than DAYS] [--dry-run]
Erases the citizen&apos;s name, number, address and messages of finished cases older than DAYS
(default: the setting privacy.retention_days, 1095). The cases and their figures stay.
</translation>
    </message>
    <message>
        <source>--older-than takes a number of days from 30 to 36500.</source>
        <translation>--older-than takes a number of days from 30 to 36500.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) would lose their personal data.</source>
        <translation>
            <numerusform>%n case would lose its personal data.</numerusform>
            <numerusform>%n cases would lose their personal data.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Personal data of %n case(s) erased.</source>
        <translation>
            <numerusform>Personal data of %n case erased.</numerusform>
            <numerusform>Personal data of %n cases erased.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueService</name>
    <message>
        <source>No contact is waiting.</source>
        <translation>No contact is waiting.</translation>
    </message>
    <message>
        <source>Another counselor has taken this contact.</source>
        <translation>Another counselor has taken this contact.</translation>
    </message>
    <message>
        <source>Finish the current contact first (complete its case with a result).</source>
        <translation>Finish the current contact first (complete its case with a result).</translation>
    </message>
    <message>
        <source>A transfer needs a reason.</source>
        <translation>A transfer needs a reason.</translation>
    </message>
    <message>
        <source>You cannot transfer a contact to yourself.</source>
        <translation>You cannot transfer a contact to yourself.</translation>
    </message>
    <message>
        <source>Your login is not registered as a person.</source>
        <translation>Your login is not registered as a person.</translation>
    </message>
    <message>
        <source>This contact is not yours to release.</source>
        <translation>This contact is not yours to release.</translation>
    </message>
    <message>
        <source>This contact is not yours to transfer.</source>
        <translation>This contact is not yours to transfer.</translation>
    </message>
    <message>
        <source>This contact is not in your hands.</source>
        <translation>This contact is not in your hands.</translation>
    </message>
    <message>
        <source>The call is no longer offered to you.</source>
        <translation>The call is no longer offered to you.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Usage: minwon-admin report --date YYYY-MM-DD [--to YYYY-MM-DD] [--pdf FILE] [--csv FILE]
       minwon-admin report --rebuild-rollup
Without --pdf or --csv the headline figures are printed.</source>
        <translation>Usage: minwon-admin report --date YYYY-MM-DD [--to YYYY-MM-DD] [--pdf FILE] [--csv FILE]
       minwon-admin report --rebuild-rollup
Without --pdf or --csv the headline figures are printed.</translation>
    </message>
    <message>
        <source>The PDF helper minwon-report-pdf was not found (set MINWON_REPORT_PDF).</source>
        <translation>The PDF helper minwon-report-pdf was not found (set MINWON_REPORT_PDF).</translation>
    </message>
    <message>
        <source>Drawing the PDF failed: %1</source>
        <translation>Drawing the PDF failed: %1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Service level by channel:</source>
        <translation>Service level by channel:</translation>
    </message>
    <message>
        <source>threshold %1, target %2 %</source>
        <translation>threshold %1, target %2 %</translation>
    </message>
    <message>
        <source>The daily rollup holds %1 days.</source>
        <translation>The daily rollup holds %1 days.</translation>
    </message>
    <message>
        <source>The dates are YYYY-MM-DD, and --to is not before --date.</source>
        <translation>The dates are YYYY-MM-DD, and --to is not before --date.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
</context>
<context>
    <name>ReportCsv</name>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>All contacts</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>Counselor</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Forwarded</translation>
    </message>
    <message>
        <source>Returned by a review</source>
        <translation>Returned by a review</translation>
    </message>
    <message>
        <source>Case id</source>
        <translation>Case id</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>Counselor</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <source>Short abandons</source>
        <translation>Short abandons</translation>
    </message>
    <message>
        <source>Answered within threshold</source>
        <translation>Answered within threshold</translation>
    </message>
    <message>
        <source>Service level (%)</source>
        <translation>Service level (%)</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Service level</translation>
    </message>
    <message>
        <source>Threshold (s)</source>
        <translation>Threshold (s)</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>Average speed of answer (s)</source>
        <translation>Average speed of answer (s)</translation>
    </message>
    <message>
        <source>ASA</source>
        <translation>ASA</translation>
    </message>
    <message>
        <source>Average handling time (s)</source>
        <translation>Average handling time (s)</translation>
    </message>
    <message>
        <source>AHT</source>
        <translation>AHT</translation>
    </message>
    <message>
        <source>Average talk (s)</source>
        <translation>Average talk (s)</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Talk</translation>
    </message>
    <message>
        <source>Average after-contact work (s)</source>
        <translation>Average after-contact work (s)</translation>
    </message>
    <message>
        <source>After-contact work</source>
        <translation>After-contact work</translation>
    </message>
    <message>
        <source>Abandonment rate (%)</source>
        <translation>Abandonment rate (%)</translation>
    </message>
    <message>
        <source>Abandoned %</source>
        <translation>Abandoned %</translation>
    </message>
    <message>
        <source>Completed cases</source>
        <translation>Completed cases</translation>
    </message>
    <message>
        <source>Resolved at first contact</source>
        <translation>Resolved at first contact</translation>
    </message>
    <message>
        <source>First-contact resolution (%)</source>
        <translation>First-contact resolution (%)</translation>
    </message>
    <message>
        <source>FCR</source>
        <translation>FCR</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Callbacks</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>ReportStore</name>
    <message>
        <source>%1:00</source>
        <translation>%1:00</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Unclassified</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>No room</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>The case no longer exists.</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>The case was changed while you read it; it has been loaded again.</source>
        <translation>The case was changed while you read it; it has been loaded again.</translation>
    </message>
    <message>
        <source>Say what the counselor should correct before returning the case.</source>
        <translation>Say what the counselor should correct before returning the case.</translation>
    </message>
    <message>
        <source>Only a completed case can be reviewed.</source>
        <translation>Only a completed case can be reviewed.</translation>
    </message>
    <message>
        <source>Only a supervisor can review cases.</source>
        <translation>Only a supervisor can review cases.</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <source>Headline figures</source>
        <translation>Headline figures</translation>
    </message>
    <message>
        <source>Contacts by hour of arrival</source>
        <translation>Contacts by hour of arrival</translation>
    </message>
    <message>
        <source>Service level by channel against its target</source>
        <translation>Service level by channel against its target</translation>
    </message>
    <message>
        <source>Contacts by category</source>
        <translation>Contacts by category</translation>
    </message>
    <message>
        <source>Contacts by day</source>
        <translation>Contacts by day</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>By hour</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>By channel</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>By counselor</source>
        <translation>By counselor</translation>
    </message>
    <message>
        <source>By room</source>
        <translation>By room</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>By day</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Open forwards by department</source>
        <translation>Open forwards by department</translation>
    </message>
    <message>
        <source>Overdue forwards, most overdue first</source>
        <translation>Overdue forwards, most overdue first</translation>
    </message>
    <message>
        <source>No forward is open.</source>
        <translation>No forward is open.</translation>
    </message>
    <message>
        <source>No case was reviewed.</source>
        <translation>No case was reviewed.</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <source>Not yet answered</source>
        <translation>Not yet answered</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Service level</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Oldest sent</source>
        <translation>Oldest sent</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Moment of the contact</source>
        <translation>Moment of the contact</translation>
    </message>
    <message>
        <source>Average score (0–5)</source>
        <translation>Average score (0–5)</translation>
    </message>
    <message>
        <source>Days and hours are Seoul time; contacts count on the day and hour they arrived. Service level: answered within the channel&apos;s threshold ÷ (answered + abandoned − abandoned within the grace period). ASA: arrival to claim. AHT: talk plus after-contact work. FCR: completed cases without a callback and without another contact from the same citizen about the same category within the set number of days.</source>
        <translation>Days and hours are Seoul time; contacts count on the day and hour they arrived. Service level: answered within the channel&apos;s threshold ÷ (answered + abandoned − abandoned within the grace period). ASA: arrival to claim. AHT: talk plus after-contact work. FCR: completed cases without a callback and without another contact from the same citizen about the same category within the set number of days.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Generated %1, Seoul time</source>
        <translation>Generated %1, Seoul time</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Reviewed: %1 — approved %2, returned %3</source>
        <translation>Reviewed: %1 — approved %2, returned %3</translation>
    </message>
    <message numerus="yes">
        <source>Average scores of %n fully scored review(s):</source>
        <translation>
            <numerusform>Average scores of %n fully scored review(s):</numerusform>
            <numerusform>Average scores of %n fully scored review(s):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) abandoned within the grace period are left out of the service level.</source>
        <translation>
            <numerusform>%n contact(s) abandoned within the grace period are left out of the service level.</numerusform>
            <numerusform>%n contact(s) abandoned within the grace period are left out of the service level.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Greeting</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <source>Handling of the request</source>
        <translation>Handling of the request</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Reception conditions: answered promptly, line and surroundings ready</source>
        <translation>Reception conditions: answered promptly, line and surroundings ready</translation>
    </message>
    <message>
        <source>Greeting: the center and the counselor named, a friendly opening</source>
        <translation>Greeting: the center and the counselor named, a friendly opening</translation>
    </message>
    <message>
        <source>Counseling attitude: courteous, attentive, patient wording and tone</source>
        <translation>Counseling attitude: courteous, attentive, patient wording and tone</translation>
    </message>
    <message>
        <source>Handling of the request: correct guidance in force today, complete record</source>
        <translation>Handling of the request: correct guidance in force today, complete record</translation>
    </message>
    <message>
        <source>Closing: summary, further questions asked, a proper farewell</source>
        <translation>Closing: summary, further questions asked, a proper farewell</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <source>Show personal data</source>
        <translation>Show personal data</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>For example: calling the citizen back</source>
        <translation>For example: calling the citizen back</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Contact number:</source>
        <translation>Contact number:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
</context>
<context>
    <name>Simulator</name>
    <message>
        <source>Simulated desk %1 cannot sign in: %2</source>
        <translation>Simulated desk %1 cannot sign in: %2</translation>
    </message>
</context>
<context>
    <name>UserAccounts</name>
    <message>
        <source>Nobody signs in with this name.</source>
        <translation>Nobody signs in with this name.</translation>
    </message>
    <message>
        <source>You may not do this: supervisors manage counselors only, and nobody changes or disables their own account.</source>
        <translation>You may not do this: supervisors manage counselors only, and nobody changes or disables their own account.</translation>
    </message>
    <message>
        <source>This sign-in name is taken.</source>
        <translation>This sign-in name is taken.</translation>
    </message>
    <message>
        <source>This sign-in name belongs to a privileged database role.</source>
        <translation>This sign-in name belongs to a privileged database role.</translation>
    </message>
    <message>
        <source>A sign-in name is 2 to 63 lower-case letters, digits or _, starting with a letter.</source>
        <translation>A sign-in name is 2 to 63 lower-case letters, digits or _, starting with a letter.</translation>
    </message>
    <message>
        <source>A sign-in name is 2 to 63 lower-case letters, digits or _, starting with a letter, and does not begin with minwon_ or pg_.</source>
        <translation>A sign-in name is 2 to 63 lower-case letters, digits or _, starting with a letter, and does not begin with minwon_ or pg_.</translation>
    </message>
    <message>
        <source>A password has at least 10 characters.</source>
        <translation>A password has at least 10 characters.</translation>
    </message>
    <message>
        <source>A password has at most 200 characters.</source>
        <translation>A password has at most 200 characters.</translation>
    </message>
    <message>
        <source>A password cannot contain a NUL character.</source>
        <translation>A password cannot contain a NUL character.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; one of: %2.</source>
        <translation>Unknown role &quot;%1&quot;; one of: %2.</translation>
    </message>
    <message>
        <source>Department staff need a department.</source>
        <translation>Department staff need a department.</translation>
    </message>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation>Give the person&apos;s name.</translation>
    </message>
</context>
<context>
    <name>UserAdminPanel</name>
    <message>
        <source>People and sign-in</source>
        <translation>People and sign-in</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Change &amp;role…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
</context>
<context>
    <name>UserCommands</name>
    <message>
        <source>Usage: minwon-admin user add LOGIN --name NAME --role ROLE [--room N] [--department CODE]
                                [--password-file FILE|-]
       minwon-admin user set-role LOGIN ROLE [--room N] [--department CODE]
       minwon-admin user reset-password LOGIN [--password-file FILE|-]
       minwon-admin user disable LOGIN
       minwon-admin user enable LOGIN
       minwon-admin user list
Roles: counselor, supervisor, kb_editor, kb_approver, department, admin.
A password is never given on the command line: it is asked for twice on the terminal, or read
from the first line of a file (- for standard input).
</source>
        <translation>Usage: minwon-admin user add LOGIN --name NAME --role ROLE [--room N] [--department CODE]
                                [--password-file FILE|-]
       minwon-admin user set-role LOGIN ROLE [--room N] [--department CODE]
       minwon-admin user reset-password LOGIN [--password-file FILE|-]
       minwon-admin user disable LOGIN
       minwon-admin user enable LOGIN
       minwon-admin user list
Roles: counselor, supervisor, kb_editor, kb_approver, department, admin.
A password is never given on the command line: it is asked for twice on the terminal, or read
from the first line of a file (- for standard input).
</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>Cannot read the password file %1.</translation>
    </message>
    <message>
        <source>No terminal to ask for the password: use --password-file FILE or -.</source>
        <translation>No terminal to ask for the password: use --password-file FILE or -.</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>New password: </translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Again: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>The two passwords differ; nothing was changed.</translation>
    </message>
    <message>
        <source>--room takes a room number.</source>
        <translation>--room takes a room number.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; one of: %2.</source>
        <translation>Unknown role &quot;%1&quot;; one of: %2.</translation>
    </message>
    <message>
        <source>%1 (%2) can now sign in as %3.</source>
        <translation>%1 (%2) can now sign in as %3.</translation>
    </message>
    <message>
        <source>%1 now has the role %2.</source>
        <translation>%1 now has the role %2.</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>The password of %1 was changed.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in; open sessions were ended.</source>
        <translation>%1 can no longer sign in; open sessions were ended.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 can sign in again.</translation>
    </message>
</context>
<context>
    <name>minwon::AgentStateWidget</name>
    <message>
        <source>Your state: Ctrl+1 available, Ctrl+2 break, Ctrl+3 offline; F4 ends the contact</source>
        <translation>Your state: Ctrl+1 available, Ctrl+2 break, Ctrl+3 offline; F4 ends the contact</translation>
    </message>
    <message>
        <source>(%1 left)</source>
        <translation>(%1 left)</translation>
    </message>
    <message>
        <source>(%1 over)</source>
        <translation>(%1 over)</translation>
    </message>
</context>
<context>
    <name>minwon::ArticleEditor</name>
    <message>
        <source>What changed and why</source>
        <translation>What changed and why</translation>
    </message>
    <message>
        <source>&lt;b&gt;New article&lt;/b&gt; — saved as a draft; an approver publishes it.</source>
        <translation>&lt;b&gt;New article&lt;/b&gt; — saved as a draft; an approver publishes it.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Version %1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;Version %1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>written by %1, %2</source>
        <translation>written by %1, %2</translation>
    </message>
    <message>
        <source>approved by %1, %2</source>
        <translation>approved by %1, %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;published on %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;published on %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Returned by %1: %2</source>
        <translation>Returned by %1: %2</translation>
    </message>
    <message>
        <source>An older version is shown; saving makes version %1 with this text.</source>
        <translation>An older version is shown; saving makes version %1 with this text.</translation>
    </message>
    <message>
        <source>You wrote this version: another approver must review it.</source>
        <translation>You wrote this version: another approver must review it.</translation>
    </message>
    <message>
        <source>The id may contain only lowercase letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>The id may contain only lowercase letters, digits, &apos;-&apos; and &apos;_&apos;.</translation>
    </message>
    <message>
        <source>The title is missing.</source>
        <translation>The title is missing.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Choose a category.</translation>
    </message>
    <message>
        <source>The end of the in-force period is before its start.</source>
        <translation>The end of the in-force period is before its start.</translation>
    </message>
    <message>
        <source>Save guidance</source>
        <translation>Save guidance</translation>
    </message>
    <message>
        <source>Version %1 of %2 was submitted for review.</source>
        <translation>Version %1 of %2 was submitted for review.</translation>
    </message>
    <message>
        <source>Version %1 of %2 was saved as a draft.</source>
        <translation>Version %1 of %2 was saved as a draft.</translation>
    </message>
    <message>
        <source>Approve guidance</source>
        <translation>Approve guidance</translation>
    </message>
    <message>
        <source>Version %1 of %2 is approved and will be published on its in-force date.</source>
        <translation>Version %1 of %2 is approved and will be published on its in-force date.</translation>
    </message>
    <message>
        <source>Version %1 of %2 is published.</source>
        <translation>Version %1 of %2 is published.</translation>
    </message>
    <message>
        <source>Return to author</source>
        <translation>Return to author</translation>
    </message>
    <message>
        <source>What must change before it can be published?</source>
        <translation>What must change before it can be published?</translation>
    </message>
    <message>
        <source>Version %1 of %2 was returned to its author.</source>
        <translation>Version %1 of %2 was returned to its author.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Version %1 of %2 was withdrawn.</source>
        <translation>Version %1 of %2 was withdrawn.</translation>
    </message>
    <message>
        <source>In force until</source>
        <translation>In force until</translation>
    </message>
    <message>
        <source>corrects version %1</source>
        <translation>corrects version %1</translation>
    </message>
</context>
<context>
    <name>minwon::CallbackList</name>
    <message>
        <source>Mark as &amp;called back</source>
        <translation>Mark as &amp;called back</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>Counselor</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Wrong version</source>
        <translation>Wrong version</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>Called back</translation>
    </message>
    <message>
        <source>No citizen answered with a corrected version is waiting for a call-back.</source>
        <translation>No citizen answered with a corrected version is waiting for a call-back.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n citizen(s) were answered with a version that was later corrected.&lt;/b&gt; Call them back with the corrected guidance.</source>
        <translation>
            <numerusform>&lt;b&gt;%n citizen(s) were answered with a version that was later corrected.&lt;/b&gt; Call them back with the corrected guidance.</numerusform>
            <numerusform>&lt;b&gt;%n citizen(s) were answered with a version that was later corrected.&lt;/b&gt; Call them back with the corrected guidance.</numerusform>
        </translation>
    </message>
    <message>
        <source>Citizens to call back</source>
        <translation>Citizens to call back</translation>
    </message>
</context>
<context>
    <name>minwon::CaseFormPanel</name>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>%1 from %2 · arrived %3</source>
        <translation>%1 from %2 · arrived %3</translation>
    </message>
    <message>
        <source>No earlier cases.</source>
        <translation>No earlier cases.</translation>
    </message>
    <message>
        <source>Take a contact first; then the guidance can be attached to its case.</source>
        <translation>Take a contact first; then the guidance can be attached to its case.</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>The summary is longer than 4,000 characters.</source>
        <translation>The summary is longer than 4,000 characters.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Choose a category.</translation>
    </message>
    <message>
        <source>Write what the citizen asked.</source>
        <translation>Write what the citizen asked.</translation>
    </message>
    <message>
        <source>Choose the result of the contact.</source>
        <translation>Choose the result of the contact.</translation>
    </message>
    <message>
        <source>Cannot complete yet: %1</source>
        <translation>Cannot complete yet: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Completed at %1.</source>
        <translation>Completed at %1.</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Saved at %1.</translation>
    </message>
    <message>
        <source>Guidance given: %1</source>
        <translation>Guidance given: %1</translation>
    </message>
    <message>
        <source>No contact taken. Press F2 to take the next one.</source>
        <translation>No contact taken. Press F2 to take the next one.</translation>
    </message>
    <message>
        <source>No mask</source>
        <translation>No mask</translation>
    </message>
    <message>
        <source>Private gathering of five or more</source>
        <translation>Private gathering of five or more</translation>
    </message>
    <message>
        <source>Business open after hours</source>
        <translation>Business open after hours</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Esc does not discard the form. Complete it (Ctrl+Enter) or release the contact.</source>
        <translation>Esc does not discard the form. Complete it (Ctrl+Enter) or release the contact.</translation>
    </message>
    <message>
        <source>The draft could not be kept on this computer: %1</source>
        <translation>The draft could not be kept on this computer: %1</translation>
    </message>
    <message>
        <source>Returned by a supervisor: %1</source>
        <translation>Returned by a supervisor: %1</translation>
    </message>
    <message>
        <source>Case of %1 · %2</source>
        <translation>Case of %1 · %2</translation>
    </message>
    <message>
        <source>Forwarded: %1</source>
        <translation>Forwarded: %1</translation>
    </message>
    <message>
        <source>Enter: continue this case (a second contact about the same matter)</source>
        <translation>Enter: continue this case (a second contact about the same matter)</translation>
    </message>
    <message>
        <source>That case is still open.</source>
        <translation>That case is still open.</translation>
    </message>
    <message>
        <source>Continue an earlier case</source>
        <translation>Continue an earlier case</translation>
    </message>
    <message>
        <source>Continue the case of %1 (%2) with this contact? The new form is dropped.</source>
        <translation>Continue the case of %1 (%2) with this contact? The new form is dropped.</translation>
    </message>
    <message>
        <source>Supervisor: %1</source>
        <translation>Supervisor: %1</translation>
    </message>
    <message>
        <source>Returned to me (%1)</source>
        <translation>Returned to me (%1)</translation>
    </message>
    <message>
        <source>Finish the case in hand first.</source>
        <translation>Finish the case in hand first.</translation>
    </message>
    <message>
        <source>✎ Being edited by %1</source>
        <translation>✎ Being edited by %1</translation>
    </message>
    <message>
        <source>Forwarded to %1: %2</source>
        <translation>Forwarded to %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Likely duplicate: %n report(s) of the same place within three hours, the first at %1 (%2).</source>
        <translation>
            <numerusform>⚠ Likely duplicate: %n report of the same place within three hours, the first at %1 (%2).</numerusform>
            <numerusform>⚠ Likely duplicate: %n reports of the same place within three hours, the first at %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a phone number (for example 010-1234-5678).</source>
        <translation>This is not a phone number (for example 010-1234-5678).</translation>
    </message>
    <message>
        <source>The answer is longer than 8,000 characters.</source>
        <translation>The answer is longer than 8,000 characters.</translation>
    </message>
    <message>
        <source>Choose a subcategory.</source>
        <translation>Choose a subcategory.</translation>
    </message>
    <message>
        <source>This category needs the address.</source>
        <translation>This category needs the address.</translation>
    </message>
    <message>
        <source>A callback needs the time the citizen wants to be called.</source>
        <translation>A callback needs the time the citizen wants to be called.</translation>
    </message>
    <message>
        <source>The callback time is in the past.</source>
        <translation>The callback time is in the past.</translation>
    </message>
    <message>
        <source>A callback needs a contact number.</source>
        <translation>A callback needs a contact number.</translation>
    </message>
    <message>
        <source>Choose the department to forward to.</source>
        <translation>Choose the department to forward to.</translation>
    </message>
    <message>
        <source>the place</source>
        <translation>the place</translation>
    </message>
    <message>
        <source>what was seen</source>
        <translation>what was seen</translation>
    </message>
    <message>
        <source>a time observed that is not in the future</source>
        <translation>a time observed that is not in the future</translation>
    </message>
    <message>
        <source>the enforcement team</source>
        <translation>the enforcement team</translation>
    </message>
    <message>
        <source>The report needs %1.</source>
        <translation>The report needs %1.</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields.</source>
        <translation>Not saved: correct the marked fields.</translation>
    </message>
    <message>
        <source>Masked before saving: %1.</source>
        <translation>Masked before saving: %1.</translation>
    </message>
    <message>
        <source>The database cannot be reached: kept on this computer and sent when it is back.</source>
        <translation>The database cannot be reached: kept on this computer and sent when it is back.</translation>
    </message>
    <message>
        <source>Not saved: your version is still in the form.</source>
        <translation>Not saved: your version is still in the form.</translation>
    </message>
    <message>
        <source>Merged. Check the form and save again (Ctrl+S).</source>
        <translation>Merged. Check the form and save again (Ctrl+S).</translation>
    </message>
    <message>
        <source>Show personal data…</source>
        <translation>Show personal data…</translation>
    </message>
</context>
<context>
    <name>minwon::CasePageModel</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Forwarded</translation>
    </message>
    <message>
        <source>Returned before</source>
        <translation>Returned before</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>Counselor</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marks</translation>
    </message>
</context>
<context>
    <name>minwon::CaseReviewPanel</name>
    <message>
        <source>Show the whole days</source>
        <translation>Show the whole days</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Review…</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>All rooms</translation>
    </message>
    <message>
        <source>All counselors</source>
        <translation>All counselors</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Any state</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Any result</translation>
    </message>
    <message>
        <source>Forwarded or not</source>
        <translation>Forwarded or not</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Forwarded</translation>
    </message>
    <message>
        <source>Not forwarded</source>
        <translation>Not forwarded</translation>
    </message>
    <message>
        <source>Returned or not</source>
        <translation>Returned or not</translation>
    </message>
    <message>
        <source>Returned by a review</source>
        <translation>Returned by a review</translation>
    </message>
    <message>
        <source>Never returned</source>
        <translation>Never returned</translation>
    </message>
    <message>
        <source>Search the summary and the answer</source>
        <translation>Search the summary and the answer</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Export to CSV…</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Only %1 – %2</source>
        <translation>Only %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case(s)</numerusform>
            <numerusform>%n case(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The case was approved.</source>
        <translation>The case was approved.</translation>
    </message>
    <message>
        <source>The case was returned to the counselor.</source>
        <translation>The case was returned to the counselor.</translation>
    </message>
    <message>
        <source>Opened from</source>
        <translation>Opened from</translation>
    </message>
    <message>
        <source>Opened until</source>
        <translation>Opened until</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>Counselor</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Forwarded?</source>
        <translation>Forwarded?</translation>
    </message>
    <message>
        <source>Returned?</source>
        <translation>Returned?</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
</context>
<context>
    <name>minwon::ConflictDialog</name>
    <message>
        <source>Someone else saved this case first</source>
        <translation>Someone else saved this case first</translation>
    </message>
    <message>
        <source>Citizen name</source>
        <translation>Citizen name</translation>
    </message>
    <message>
        <source>Contact number</source>
        <translation>Contact number</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Subcategory</source>
        <translation>Subcategory</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>Another desk saved this case while you were editing it. Nothing was overwritten. Choose, for each field that differs, which text stays.</source>
        <translation>Another desk saved this case while you were editing it. Nothing was overwritten. Choose, for each field that differs, which text stays.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Field&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation>&lt;b&gt;Yours&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved by the other desk&lt;/b&gt;</source>
        <translation>&lt;b&gt;Saved by the other desk&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>%1: keep yours</source>
        <translation>%1: keep yours</translation>
    </message>
    <message>
        <source>%1: keep theirs</source>
        <translation>%1: keep theirs</translation>
    </message>
</context>
<context>
    <name>minwon::ConnectionDialog</name>
    <message>
        <source>disable: no encryption</source>
        <translation>disable: no encryption</translation>
    </message>
    <message>
        <source>allow: encrypt if the server insists</source>
        <translation>allow: encrypt if the server insists</translation>
    </message>
    <message>
        <source>prefer: encrypt when possible</source>
        <translation>prefer: encrypt when possible</translation>
    </message>
    <message>
        <source>require: always encrypt</source>
        <translation>require: always encrypt</translation>
    </message>
    <message>
        <source>verify-ca: encrypt and check the certificate</source>
        <translation>verify-ca: encrypt and check the certificate</translation>
    </message>
    <message>
        <source>verify-full: encrypt, check the certificate and the host name</source>
        <translation>verify-full: encrypt, check the certificate and the host name</translation>
    </message>
    <message>
        <source>Root certificate</source>
        <translation>Root certificate</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Certificates (*.crt *.pem);;All files (*)</translation>
    </message>
    <message>
        <source>Trying to connect…</source>
        <translation>Trying to connect…</translation>
    </message>
</context>
<context>
    <name>minwon::DbSession</name>
    <message>
        <source>The database does not answer.</source>
        <translation>The database does not answer.</translation>
    </message>
</context>
<context>
    <name>minwon::DbWorker</name>
    <message>
        <source>Connecting to the database…</source>
        <translation>Connecting to the database…</translation>
    </message>
</context>
<context>
    <name>minwon::DepartmentLoadModel</name>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Oldest waiting</source>
        <translation>Oldest waiting</translation>
    </message>
</context>
<context>
    <name>minwon::DeskController</name>
    <message>
        <source>MinwonDesk</source>
        <translation>MinwonDesk</translation>
    </message>
    <message>
        <source>No shared server is configured and nobody is registered in the private database of this computer.

Load the demo city and sign in as a demo counselor?</source>
        <translation>No shared server is configured and nobody is registered in the private database of this computer.

Load the demo city and sign in as a demo counselor?</translation>
    </message>
    <message>
        <source>Preparing the database…</source>
        <translation>Preparing the database…</translation>
    </message>
    <message>
        <source>MinwonDesk cannot start</source>
        <translation>MinwonDesk cannot start</translation>
    </message>
    <message>
        <source>MinwonDesk cannot sign in</source>
        <translation>MinwonDesk cannot sign in</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>Connection settings</translation>
    </message>
    <message>
        <source>The new settings apply from the next start.</source>
        <translation>The new settings apply from the next start.</translation>
    </message>
    <message>
        <source>Drafts cannot be kept on this computer (%1). Save often.</source>
        <translation>Drafts cannot be kept on this computer (%1). Save often.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Unfinished complaint forms</source>
        <translation>Unfinished complaint forms</translation>
    </message>
    <message>
        <source>These forms were being written when MinwonDesk last stopped. Open one to finish it (the others are kept):</source>
        <translation>These forms were being written when MinwonDesk last stopped. Open one to finish it (the others are kept):</translation>
    </message>
    <message>
        <source>A kept save was refused</source>
        <translation>A kept save was refused</translation>
    </message>
    <message>
        <source>The database refused a case kept on this computer (%1). It is in your unfinished forms; open it, correct it and save again.</source>
        <translation>The database refused a case kept on this computer (%1). It is in your unfinished forms; open it, correct it and save again.</translation>
    </message>
</context>
<context>
    <name>minwon::EditorPanel</name>
    <message>
        <source>&amp;New article</source>
        <translation>&amp;New article</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Ver.</source>
        <translation>Ver.</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Article id</source>
        <translation>Article id</translation>
    </message>
    <message>
        <source>Filter by title or id</source>
        <translation>Filter by title or id</translation>
    </message>
    <message>
        <source>Guidance articles</source>
        <translation>Guidance articles</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Histor&amp;y</translation>
    </message>
    <message>
        <source>&amp;Call-backs</source>
        <translation>&amp;Call-backs</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n version(s) wait for you.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n version(s) wait for you.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n version(s) wait for you.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation>Nothing waits for you.</translation>
    </message>
</context>
<context>
    <name>minwon::EditorWorkspace</name>
    <message>
        <source>Counse&amp;lors&apos; view</source>
        <translation>Counse&amp;lors&apos; view</translation>
    </message>
</context>
<context>
    <name>minwon::FiguresPanel</name>
    <message>
        <source>Today&apos;s service figures</source>
        <translation>Today&apos;s service figures</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>⚠ Not up to date</source>
        <translation>⚠ Not up to date</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Live, updated %1</source>
        <translation>Live, updated %1</translation>
    </message>
    <message>
        <source>%1, computed %2</source>
        <translation>%1, computed %2</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
</context>
<context>
    <name>minwon::ForwardModel</name>
    <message>
        <source>%1 overdue</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source> (for information)</source>
        <translation> (for information)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
</context>
<context>
    <name>minwon::ForwardTrackingModel</name>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Overdue by</source>
        <translation>Overdue by</translation>
    </message>
    <message>
        <source>Past its due time</source>
        <translation>Past its due time</translation>
    </message>
</context>
<context>
    <name>minwon::ForwardTrackingPanel</name>
    <message>
        <source>Open forwards by department (overdue first)</source>
        <translation>Open forwards by department (overdue first)</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>⚠ Not up to date</source>
        <translation>⚠ Not up to date</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Open forwards by department</source>
        <translation>Open forwards by department</translation>
    </message>
    <message>
        <source>Open forwards</source>
        <translation>Open forwards</translation>
    </message>
</context>
<context>
    <name>minwon::ForwardsPanel</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acknowledge</translation>
    </message>
    <message>
        <source>Field check &amp;done</source>
        <translation>Field check &amp;done</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Reports forwarded to your department</source>
        <translation>Reports forwarded to your department</translation>
    </message>
    <message>
        <source>Forwarded reports</source>
        <translation>Forwarded reports</translation>
    </message>
    <message>
        <source>Result of the field check (required to mark it done)</source>
        <translation>Result of the field check (required to mark it done)</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Result:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>No open forwards.</source>
        <translation>No open forwards.</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Place: %1</translation>
    </message>
    <message>
        <source>Seen at: %1</source>
        <translation>Seen at: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Due: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Result: %1</translation>
    </message>
    <message>
        <source>Write the result of the field check.</source>
        <translation>Write the result of the field check.</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Recorded.</translation>
    </message>
</context>
<context>
    <name>minwon::KbChangesPanel</name>
    <message>
        <source>Sho&amp;w</source>
        <translation>Sho&amp;w</translation>
    </message>
    <message>
        <source>Conf&amp;irm read</source>
        <translation>Conf&amp;irm read</translation>
    </message>
    <message>
        <source>Records that you have read the selected changes (all when none is selected).</source>
        <translation>Records that you have read the selected changes (all when none is selected).</translation>
    </message>
    <message>
        <source>[correction]</source>
        <translation>[correction]</translation>
    </message>
    <message>
        <source>[expired]</source>
        <translation>[expired]</translation>
    </message>
    <message>
        <source>No guidance changed since you last confirmed.</source>
        <translation>No guidance changed since you last confirmed.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n guidance change(s) since your last shift&lt;/b&gt; to read and confirm.</source>
        <translation>
            <numerusform>&lt;b&gt;%n guidance change(s) since your last shift&lt;/b&gt; to read and confirm.</numerusform>
            <numerusform>&lt;b&gt;%n guidance change(s) since your last shift&lt;/b&gt; to read and confirm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) confirmed as read.</source>
        <translation>
            <numerusform>%n change(s) confirmed as read.</numerusform>
            <numerusform>%n change(s) confirmed as read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>minwon::KbPanel</name>
    <message>
        <source>&amp;Use in answer (Ctrl+Q)</source>
        <translation>&amp;Use in answer (Ctrl+Q)</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <source>Search guidance (Ctrl+K): e.g. 선별진료소, 거리두기, ㄱㄹㄷㄱ</source>
        <translation>Search guidance (Ctrl+K): e.g. 선별진료소, 거리두기, ㄱㄹㄷㄱ</translation>
    </message>
    <message>
        <source>Search guidance</source>
        <translation>Search guidance</translation>
    </message>
    <message>
        <source>In force on</source>
        <translation>In force on</translation>
    </message>
    <message>
        <source>In force &amp;on:</source>
        <translation>In force &amp;on:</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Guidance text</source>
        <translation>Guidance text</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) in force on this day</source>
        <translation>
            <numerusform>%n article in force on this day</numerusform>
            <numerusform>%n articles in force on this day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>*In force from %1%2 · version %3*</source>
        <translation>*In force from %1%2 · version %3*</translation>
    </message>
    <message>
        <source> until %1</source>
        <translation> until %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Also old &amp;guidance</source>
        <translation>Also old &amp;guidance</translation>
    </message>
    <message>
        <source>Also show superseded and expired versions, marked as no longer in force</source>
        <translation>Also show superseded and expired versions, marked as no longer in force</translation>
    </message>
    <message>
        <source>⚠ This version is not in force on the chosen day; it cannot be quoted.</source>
        <translation>⚠ This version is not in force on the chosen day; it cannot be quoted.</translation>
    </message>
    <message>
        <source>not in force: %1</source>
        <translation>not in force: %1</translation>
    </message>
    <message>
        <source>not in force</source>
        <translation>not in force</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · version %2</translation>
    </message>
    <message numerus="yes">
        <source>%n not in force</source>
        <translation>
            <numerusform>%n not in force</numerusform>
            <numerusform>%n not in force</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the guidance…</source>
        <translation>Loading the guidance…</translation>
    </message>
    <message>
        <source>Not in force on %1 (%2). Do not give this rule as today&apos;s.</source>
        <translation>Not in force on %1 (%2). Do not give this rule as today&apos;s.</translation>
    </message>
    <message>
        <source>Correction of the previous version: %1</source>
        <translation>Correction of the previous version: %1</translation>
    </message>
    <message>
        <source>New guidance in force: %1 (version %2)</source>
        <translation>New guidance in force: %1 (version %2)</translation>
    </message>
    <message>
        <source>Guidance no longer in force: %1 (version %2)</source>
        <translation>Guidance no longer in force: %1 (version %2)</translation>
    </message>
    <message>
        <source>Guidance replaced: %1 (version %2)</source>
        <translation>Guidance replaced: %1 (version %2)</translation>
    </message>
    <message>
        <source>show</source>
        <translation>show</translation>
    </message>
</context>
<context>
    <name>minwon::MainWindow</name>
    <message>
        <source>MinwonDesk — %1</source>
        <translation>MinwonDesk — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Connection settings…</source>
        <translation>&amp;Connection settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <source>&amp;Take next contact</source>
        <translation>&amp;Take next contact</translation>
    </message>
    <message>
        <source>&amp;Search guidance</source>
        <translation>&amp;Search guidance</translation>
    </message>
    <message>
        <source>&amp;Use guidance in answer</source>
        <translation>&amp;Use guidance in answer</translation>
    </message>
    <message>
        <source>&amp;Save case</source>
        <translation>&amp;Save case</translation>
    </message>
    <message>
        <source>&amp;Complete case</source>
        <translation>&amp;Complete case</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>S&amp;maller text</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About MinwonDesk</source>
        <translation>&amp;About MinwonDesk</translation>
    </message>
    <message>
        <source>About MinwonDesk</source>
        <translation>About MinwonDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;MinwonDesk %1&lt;/b&gt;&lt;p&gt;The civil-complaint call-center workstation.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;b&gt;MinwonDesk %1&lt;/b&gt;&lt;p&gt;The civil-complaint call-center workstation.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Take the next contact</source>
        <translation>Take the next contact</translation>
    </message>
    <message>
        <source>Take the selected contact (in the queue)</source>
        <translation>Take the selected contact (in the queue)</translation>
    </message>
    <message>
        <source>Search guidance</source>
        <translation>Search guidance</translation>
    </message>
    <message>
        <source>Use the shown guidance in the answer</source>
        <translation>Use the shown guidance in the answer</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Save the case</translation>
    </message>
    <message>
        <source>Complete the case</source>
        <translation>Complete the case</translation>
    </message>
    <message>
        <source>Larger or smaller text</source>
        <translation>Larger or smaller text</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>This list</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;State</translation>
    </message>
    <message>
        <source>&amp;End the contact (after-contact work)</source>
        <translation>&amp;End the contact (after-contact work)</translation>
    </message>
    <message>
        <source>&amp;Release the contact to the queue</source>
        <translation>&amp;Release the contact to the queue</translation>
    </message>
    <message>
        <source>&amp;Transfer the contact…</source>
        <translation>&amp;Transfer the contact…</translation>
    </message>
    <message>
        <source>&amp;Decline the ringing call</source>
        <translation>&amp;Decline the ringing call</translation>
    </message>
    <message>
        <source>End the contact: after-contact work begins</source>
        <translation>End the contact: after-contact work begins</translation>
    </message>
    <message>
        <source>Transfer the contact to a counselor or a room</source>
        <translation>Transfer the contact to a counselor or a room</translation>
    </message>
    <message>
        <source>Available / break / offline</source>
        <translation>Available / break / offline</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <source>&amp;Daily report (PDF and CSV)…</source>
        <translation>&amp;Daily report (PDF and CSV)…</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;System language</translation>
    </message>
    <message>
        <source>Applies after restarting MinwonDesk</source>
        <translation>Applies after restarting MinwonDesk</translation>
    </message>
    <message>
        <source>The language changes when MinwonDesk is started again.</source>
        <translation>The language changes when MinwonDesk is started again.</translation>
    </message>
</context>
<context>
    <name>minwon::OutageBanner</name>
    <message>
        <source>Database connection</source>
        <translation>Database connection</translation>
    </message>
    <message>
        <source>⚠ The database cannot be reached. Guidance search and the complaint form keep working; what you save is kept on this computer and sent when the connection is back. The queue is not up to date.</source>
        <translation>⚠ The database cannot be reached. Guidance search and the complaint form keep working; what you save is kept on this computer and sent when the connection is back. The queue is not up to date.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to be sent: %n.</source>
        <translation>
            <numerusform>Waiting to be sent: %n.</numerusform>
            <numerusform>Waiting to be sent: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying to reconnect…</source>
        <translation>Trying to reconnect…</translation>
    </message>
    <message>
        <source>✓ Connected again. Sending what was kept on this computer: %1 of %2.</source>
        <translation>✓ Connected again. Sending what was kept on this computer: %1 of %2.</translation>
    </message>
    <message numerus="yes">
        <source>✓ Connected again. %n save(s) could not be sent yet.</source>
        <translation>
            <numerusform>✓ Connected again. %n save could not be sent yet.</numerusform>
            <numerusform>✓ Connected again. %n saves could not be sent yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Connected again. Everything kept on this computer has been sent.</source>
        <translation>✓ Connected again. Everything kept on this computer has been sent.</translation>
    </message>
</context>
<context>
    <name>minwon::OverviewPanel</name>
    <message>
        <source>⚠ Not up to date</source>
        <translation>⚠ Not up to date</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>minwon::PrivateServer</name>
    <message>
        <source>The PostgreSQL server programs (initdb, pg_ctl, postgres) were not found. Install them with &quot;apt install postgresql&quot;, or set MINWON_PG_BINDIR to their directory.</source>
        <translation>The PostgreSQL server programs (initdb, pg_ctl, postgres) were not found. Install them with &quot;apt install postgresql&quot;, or set MINWON_PG_BINDIR to their directory.</translation>
    </message>
    <message>
        <source>The database runs as the system user &quot;%1&quot; because this program runs as root, but that user cannot enter %2. Choose a data directory outside it (for example under /var/lib or /tmp) or run as a normal user.</source>
        <translation>The database runs as the system user &quot;%1&quot; because this program runs as root, but that user cannot enter %2. Choose a data directory outside it (for example under /var/lib or /tmp) or run as a normal user.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Cannot create the directory %1.</translation>
    </message>
    <message>
        <source>Cannot hand the directory %1 to the user %2.</source>
        <translation>Cannot hand the directory %1 to the user %2.</translation>
    </message>
    <message>
        <source>Creating the private database (first start)…</source>
        <translation>Creating the private database (first start)…</translation>
    </message>
    <message>
        <source>Creating the database cluster failed:
%1</source>
        <translation>Creating the database cluster failed:
%1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>Recovering the private database after an unclean stop…</source>
        <translation>Recovering the private database after an unclean stop…</translation>
    </message>
    <message>
        <source>PostgreSQL cannot run as root and no unprivileged user (postgres or nobody) was found.</source>
        <translation>PostgreSQL cannot run as root and no unprivileged user (postgres or nobody) was found.</translation>
    </message>
    <message>
        <source>The directory %1 is not empty and holds no database. Move its contents away or choose another directory.</source>
        <translation>The directory %1 is not empty and holds no database. Move its contents away or choose another directory.</translation>
    </message>
    <message>
        <source>The private database was made by PostgreSQL %1 but the installed server is %2. Install PostgreSQL %1 or upgrade the cluster with pg_upgrade.</source>
        <translation>The private database was made by PostgreSQL %1 but the installed server is %2. Install PostgreSQL %1 or upgrade the cluster with pg_upgrade.</translation>
    </message>
    <message>
        <source>Starting the private database…</source>
        <translation>Starting the private database…</translation>
    </message>
    <message>
        <source>The private database did not start:
%1
%2</source>
        <translation>The private database did not start:
%1
%2</translation>
    </message>
    <message>
        <source>Stopping the private database failed: %1</source>
        <translation>Stopping the private database failed: %1</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>Cannot create the database %1: %2</translation>
    </message>
    <message>
        <source>Another program is starting the private database and does not finish.</source>
        <translation>Another program is starting the private database and does not finish.</translation>
    </message>
    <message>
        <source>%1 already holds a database.</source>
        <translation>%1 already holds a database.</translation>
    </message>
    <message>
        <source>Copying the primary failed: %1</source>
        <translation>Copying the primary failed: %1</translation>
    </message>
    <message>
        <source>Promoting the standby failed: %1</source>
        <translation>Promoting the standby failed: %1</translation>
    </message>
    <message>
        <source>Cannot hand the file %1 to the user %2.</source>
        <translation>Cannot hand the file %1 to the user %2.</translation>
    </message>
</context>
<context>
    <name>minwon::QueueModel</name>
    <message>
        <source>%1 over</source>
        <translation>%1 over</translation>
    </message>
    <message>
        <source>%1 soon</source>
        <translation>%1 soon</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>offered</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>Waiting longer than the service-level target of this channel.</source>
        <translation>Waiting longer than the service-level target of this channel.</translation>
    </message>
    <message>
        <source>Close to the service-level target of this channel.</source>
        <translation>Close to the service-level target of this channel.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>%1, over the service-level target</source>
        <translation>%1, over the service-level target</translation>
    </message>
    <message>
        <source>%1, close to the service-level target</source>
        <translation>%1, close to the service-level target</translation>
    </message>
</context>
<context>
    <name>minwon::QueuePanel</name>
    <message>
        <source>&amp;Take next (F2)</source>
        <translation>&amp;Take next (F2)</translation>
    </message>
    <message>
        <source>Ta&amp;ke this one</source>
        <translation>Ta&amp;ke this one</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>⚠ Not up to date: the database cannot be reached</source>
        <translation>⚠ Not up to date: the database cannot be reached</translation>
    </message>
    <message>
        <source>Queue of waiting contacts</source>
        <translation>Queue of waiting contacts</translation>
    </message>
    <message>
        <source>Take the next contact</source>
        <translation>Take the next contact</translation>
    </message>
    <message>
        <source>Take the selected contact</source>
        <translation>Take the selected contact</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a contact first.</source>
        <translation>Select a contact first.</translation>
    </message>
    <message>
        <source>%1 is already handling this contact.</source>
        <translation>%1 is already handling this contact.</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>Re&amp;lease</translation>
    </message>
    <message>
        <source>Transfer… (Ctrl+T)</source>
        <translation>Transfer… (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;End contact (F4)</source>
        <translation>&amp;End contact (F4)</translation>
    </message>
    <message>
        <source>Show channel</source>
        <translation>Show channel</translation>
    </message>
    <message>
        <source>Show room</source>
        <translation>Show room</translation>
    </message>
    <message>
        <source>&amp;Answer (F2)</source>
        <translation>&amp;Answer (F2)</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Decline</translation>
    </message>
    <message>
        <source>Put the contact in hand back into the queue</source>
        <translation>Put the contact in hand back into the queue</translation>
    </message>
    <message>
        <source>Hand the contact in hand to a counselor or a room</source>
        <translation>Hand the contact in hand to a counselor or a room</translation>
    </message>
    <message>
        <source>The call is over: start after-contact work</source>
        <translation>The call is over: start after-contact work</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>All rooms</translation>
    </message>
    <message numerus="yes">
        <source>☎ Call for you from %1 — %n second(s) left</source>
        <translation>
            <numerusform>☎ Call for you from %1 — %n second left</numerusform>
            <numerusform>☎ Call for you from %1 — %n seconds left</numerusform>
        </translation>
    </message>
    <message>
        <source>The contact is back in the queue.</source>
        <translation>The contact is back in the queue.</translation>
    </message>
    <message>
        <source>The contact was transferred.</source>
        <translation>The contact was transferred.</translation>
    </message>
    <message>
        <source>After-contact work: complete the case with its result (Ctrl+Enter).</source>
        <translation>After-contact work: complete the case with its result (Ctrl+Enter).</translation>
    </message>
</context>
<context>
    <name>minwon::ReportExportDialog</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>CSV for Excel</source>
        <translation>CSV for Excel</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation>Daily report</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>daily-report-%1</source>
        <translation>daily-report-%1</translation>
    </message>
    <message>
        <source>Choose where to save the PDF, the CSV or both.</source>
        <translation>Choose where to save the PDF, the CSV or both.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>minwon::ReportExporter</name>
    <message>
        <source>Reading the figures…</source>
        <translation>Reading the figures…</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Drawing page 1…</source>
        <translation>Drawing page 1…</translation>
    </message>
    <message>
        <source>Drawing page %1…</source>
        <translation>Drawing page %1…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Counting the cases…</source>
        <translation>Counting the cases…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n case(s) to %1.</source>
        <translation>
            <numerusform>Saved %n case(s) to %1.</numerusform>
            <numerusform>Saved %n case(s) to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 cases…</source>
        <translation>%1 of %2 cases…</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
</context>
<context>
    <name>minwon::RevealDialog</name>
    <message>
        <source>Personal data of %1 is masked. Say why you need to see it: your name, the time and the reason are recorded.</source>
        <translation>Personal data of %1 is masked. Say why you need to see it: your name, the time and the reason are recorded.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Give a reason to see personal data.</source>
        <translation>Give a reason to see personal data.</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Asking…</translation>
    </message>
    <message>
        <source>Shown and recorded.</source>
        <translation>Shown and recorded.</translation>
    </message>
</context>
<context>
    <name>minwon::ReviewDialog</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>&amp;Return to the counselor</source>
        <translation>&amp;Return to the counselor</translation>
    </message>
    <message>
        <source>Review a case</source>
        <translation>Review a case</translation>
    </message>
    <message>
        <source>Review checklist</source>
        <translation>Review checklist</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <source>%1: not scored</source>
        <translation>%1: not scored</translation>
    </message>
    <message>
        <source>%1: %2 of 5</source>
        <translation>%1: %2 of 5</translation>
    </message>
    <message>
        <source>Comment for the counselor; required when returning the case</source>
        <translation>Comment for the counselor; required when returning the case</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Loading the case…</source>
        <translation>Loading the case…</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>Counselor</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Call ended</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>requested</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Answer given</source>
        <translation>Answer given</translation>
    </message>
    <message>
        <source>Guidance quoted</source>
        <translation>Guidance quoted</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Forwarded</translation>
    </message>
    <message>
        <source>Earlier reviews</source>
        <translation>Earlier reviews</translation>
    </message>
    <message>
        <source>The counselor has not completed this case yet; it can be reviewed once completed.</source>
        <translation>The counselor has not completed this case yet; it can be reviewed once completed.</translation>
    </message>
    <message>
        <source>Returned: waiting for the counselor&apos;s correction.</source>
        <translation>Returned: waiting for the counselor&apos;s correction.</translation>
    </message>
    <message>
        <source>Approved already; you may still return it with a comment.</source>
        <translation>Approved already; you may still return it with a comment.</translation>
    </message>
    <message>
        <source>Say what the counselor should correct before returning the case.</source>
        <translation>Say what the counselor should correct before returning the case.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>minwon::StartupDialog</name>
    <message>
        <source>MinwonDesk</source>
        <translation>MinwonDesk</translation>
    </message>
    <message>
        <source>Starting MinwonDesk</source>
        <translation>Starting MinwonDesk</translation>
    </message>
    <message>
        <source>Start-up progress</source>
        <translation>Start-up progress</translation>
    </message>
</context>
<context>
    <name>minwon::StatusBar</name>
    <message>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation>● Connected</translation>
    </message>
    <message>
        <source>◌ Connecting…</source>
        <translation>◌ Connecting…</translation>
    </message>
    <message>
        <source>✕ Database unreachable</source>
        <translation>✕ Database unreachable</translation>
    </message>
    <message>
        <source>✕ Not connected</source>
        <translation>✕ Not connected</translation>
    </message>
</context>
<context>
    <name>minwon::SupervisorDesk</name>
    <message>
        <source>Queue by channel</source>
        <translation>Queue by channel</translation>
    </message>
    <message>
        <source>Counselors now</source>
        <translation>Counselors now</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Service figures</source>
        <translation>Service figures</translation>
    </message>
    <message>
        <source>Cases to review</source>
        <translation>Cases to review</translation>
    </message>
    <message>
        <source>Forward tracking</source>
        <translation>Forward tracking</translation>
    </message>
    <message>
        <source>Daily report…</source>
        <translation>Daily report…</translation>
    </message>
    <message>
        <source>Make the daily report as PDF and CSV</source>
        <translation>Make the daily report as PDF and CSV</translation>
    </message>
    <message>
        <source>cases-%1.csv</source>
        <translation>cases-%1.csv</translation>
    </message>
    <message>
        <source>Export cases</source>
        <translation>Export cases</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting cases…</source>
        <translation>Exporting cases…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>minwon::SupervisorWorkspace</name>
    <message>
        <source>&amp;People</source>
        <translation>&amp;People</translation>
    </message>
</context>
<context>
    <name>minwon::SurgeBanner</name>
    <message numerus="yes">
        <source>Surge: %1 — %n case(s) from %2 to %3</source>
        <translation>
            <numerusform>Surge: %1 — %n case(s) from %2 to %3</numerusform>
            <numerusform>Surge: %1 — %n case(s) from %2 to %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 times the usual %2 for this hour</source>
        <translation>%1 times the usual %2 for this hour</translation>
    </message>
    <message>
        <source>usually none at this hour</source>
        <translation>usually none at this hour</translation>
    </message>
    <message>
        <source>Show these cases</source>
        <translation>Show these cases</translation>
    </message>
</context>
<context>
    <name>minwon::TransferDialog</name>
    <message>
        <source>To a &amp;counselor:</source>
        <translation>To a &amp;counselor:</translation>
    </message>
    <message>
        <source>To the queue of a &amp;room:</source>
        <translation>To the queue of a &amp;room:</translation>
    </message>
    <message>
        <source>Transfer the contact</source>
        <translation>Transfer the contact</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>Counselor</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Why, in a few words (required)</source>
        <translation>Why, in a few words (required)</translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation>Re&amp;ason:</translation>
    </message>
    <message>
        <source>⚠ Write the reason for the transfer.</source>
        <translation>⚠ Write the reason for the transfer.</translation>
    </message>
    <message>
        <source>⚠ Choose a counselor.</source>
        <translation>⚠ Choose a counselor.</translation>
    </message>
</context>
<context>
    <name>minwon::UserAdminPanel</name>
    <message>
        <source>Counselor</source>
        <translation>Counselor</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Guidance editor</source>
        <translation>Guidance editor</translation>
    </message>
    <message>
        <source>Guidance approver</source>
        <translation>Guidance approver</translation>
    </message>
    <message>
        <source>Department staff</source>
        <translation>Department staff</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>Sign-in name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <source>%1 can now sign in as %2.</source>
        <translation>%1 can now sign in as %2.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 is now: %2.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 can sign in again.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 can no longer sign in.</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>The password of %1 was changed.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>New password for %1:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Again:</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>The two passwords differ; nothing was changed.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <source>Sign-in name:</source>
        <translation>Sign-in name:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>New role of %1:</source>
        <translation>New role of %1:</translation>
    </message>
</context>
<context>
    <name>minwon::VersionHistory</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Written by</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Approved or returned by</source>
        <translation>Approved or returned by</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Differences between the versions</source>
        <translation>Differences between the versions</translation>
    </message>
    <message>
        <source>Compare version</source>
        <translation>Compare version</translation>
    </message>
    <message>
        <source>with</source>
        <translation>with</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <source>Correction of version %1</source>
        <translation>Correction of version %1</translation>
    </message>
    <message>
        <source>returned: %1</source>
        <translation>returned: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Only one version so far.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Only one version so far.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Body: %1 words inserted, %2 deleted</source>
        <translation>Body: %1 words inserted, %2 deleted</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Versions of the article</source>
        <translation>Versions of the article</translation>
    </message>
</context>
</TS>
