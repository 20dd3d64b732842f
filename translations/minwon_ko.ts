<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AdminCli</name>
    <message>
        <source>start | stop | status of the private database</source>
        <translation>개인용 데이터베이스 start(시작) | stop(중지) | status(상태)</translation>
    </message>
    <message>
        <source>bring the schema up to date (--status: only tell)</source>
        <translation>스키마를 최신 상태로 갱신 (--status: 상태만 표시)</translation>
    </message>
    <message>
        <source>load the demo city: people, guidance, 30 days of cases</source>
        <translation>시연용 도시 불러오기: 인원, 상담 지침, 30일분 상담 건</translation>
    </message>
    <message>
        <source>schema version and row counts</source>
        <translation>스키마 버전 및 테이블별 행 수</translation>
    </message>
    <message>
        <source>Usage: minwon-admin [options] COMMAND [arguments]</source>
        <translation>사용법: minwon-admin [옵션] 명령 [인수]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run minwon-admin --help.</source>
        <translation>알 수 없는 명령입니다: &quot;%1&quot;. minwon-admin --help를 실행하십시오.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>알 수 없는 인수입니다: %1</translation>
    </message>
    <message>
        <source>schema version %1 of %2</source>
        <translation>스키마 버전 %1 (최신 버전 %2)</translation>
    </message>
    <message>
        <source>The schema is up to date (version %1).</source>
        <translation>스키마가 최신 상태입니다(버전 %1).</translation>
    </message>
    <message>
        <source>applying %1 %2</source>
        <translation>적용 중: %1 %2</translation>
    </message>
    <message>
        <source>The schema is at version %1.</source>
        <translation>스키마 버전은 %1입니다.</translation>
    </message>
    <message>
        <source>Usage: minwon-admin seed-demo [--days 0..400] [--per-day 0..100000] [--seed N] [--waiting N] [--reset]</source>
        <translation>사용법: minwon-admin seed-demo [--days 0..400] [--per-day 0..100000] [--seed N] [--waiting N] [--reset]</translation>
    </message>
    <message>
        <source>The demo data is already loaded (use --reset to load it again).</source>
        <translation>시연 데이터를 이미 불러왔습니다(다시 불러오려면 --reset 사용).</translation>
    </message>
    <message>
        <source>Demo data loaded in %1 s: %2 people (%3 counselors), %4 articles (%5 versions), %6 contacts (%7 abandoned, %8 waiting now), %9 cases</source>
        <translation>시연 데이터를 %1초 만에 불러왔습니다: 인원 %2명(상담사 %3명), 지침 %4건(버전 %5개), 인입 %6건(포기 %7건, 현재 대기 %8건), 상담 건 %9건</translation>
    </message>
    <message>
        <source>&quot;server&quot; manages the private database; a shared server is configured. Use --local.</source>
        <translation>&quot;server&quot; 명령은 개인용 데이터베이스를 관리하는데, 공용 서버가 설정되어 있습니다. --local을 사용하십시오.</translation>
    </message>
    <message>
        <source>started</source>
        <translation>시작됨</translation>
    </message>
    <message>
        <source>already running</source>
        <translation>이미 실행 중</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>Usage: minwon-admin server start|stop|status</source>
        <translation>사용법: minwon-admin server start|stop|status</translation>
    </message>
    <message>
        <source>put contacts into the queue at a rate, with simulated desks</source>
        <translation>정해진 속도로 대기열에 문의 투입(모의 상담석 포함)</translation>
    </message>
    <message>
        <source>Usage: minwon-admin simulate [--per-minute N | --day-in-minutes M] [--duration SECONDS] [--max N] [--desks 0..50] [--abandon 0..1] [--time-scale X] [--seed N]</source>
        <translation>사용법: minwon-admin simulate [--per-minute N | --day-in-minutes M] [--duration 초] [--max N] [--desks 0..50] [--abandon 0..1] [--time-scale X] [--seed N]</translation>
    </message>
    <message>
        <source>arrived %1, abandoned %2, taken %3, completed %4, errors %5</source>
        <translation>인입 %1, 포기 %2, 응대 %3, 완료 %4, 오류 %5</translation>
    </message>
    <message>
        <source>Simulating %1 contacts a minute with %2 simulated desks; Ctrl+C stops.</source>
        <translation>분당 %1건을 모의 상담석 %2개로 처리합니다. Ctrl+C로 멈춥니다.</translation>
    </message>
    <message>
        <source>intake gateway connectors: token add | list | revoke | rotate</source>
        <translation>접수 게이트웨이 연결기: token add | list | revoke | rotate</translation>
    </message>
    <message>
        <source>       [--via db|http --url http://HOST:PORT --token TOKEN]  (http: through the intake gateway, the token of a connector allowed every channel)</source>
        <translation>       [--via db|http --url http://호스트:포트 --token 토큰]  (http: 접수 게이트웨이를 거쳐 보냄, 모든 채널이 허용된 연결기의 토큰 필요)</translation>
    </message>
    <message>
        <source>guidance: import PATH | export DIR | search QUERY | publish-due</source>
        <translation>상담 지침: import 경로 | export 폴더 | search 검색어 | publish-due</translation>
    </message>
    <message>
        <source>the daily report: figures, PDF and CSV (--date YYYY-MM-DD)</source>
        <translation>일일 보고서: 지표, PDF, CSV (--date YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>people and their sign-in: add | set-role | reset-password | disable | enable | list</source>
        <translation>사용자와 로그인: add | set-role | reset-password | disable | enable | list</translation>
    </message>
    <message>
        <source>erase personal data of cases past the retention period (the figures stay)</source>
        <translation>보존 기간이 지난 상담 건의 개인정보 파기 (통계는 유지)</translation>
    </message>
    <message>
        <source>years of cases and guidance for load tests (COPY)</source>
        <translation>부하 시험용 여러 해의 상담 건과 지침 생성 (COPY)</translation>
    </message>
    <message>
        <source>Usage: minwon-admin generate [--years 0.01..30 (6)] [--scale 0.001..10 (1)] [--per-year N (840000)] [--start YYYY-MM-DD (2018-01-01)] [--seed N] [--kb-articles 0..200000 (20000)] [--reset] [--keep-indexes]</source>
        <translation>사용법: minwon-admin generate [--years 0.01..30 (6)] [--scale 0.001..10 (1)] [--per-year N (840000)] [--start YYYY-MM-DD (2018-01-01)] [--seed N] [--kb-articles 0..200000 (20000)] [--reset] [--keep-indexes]</translation>
    </message>
    <message>
        <source>[%1] %2% %3 contacts, %4 rows/s</source>
        <translation>[%1] %2% 문의 %3건, 초당 %4행</translation>
    </message>
    <message>
        <source>Generated in %1 s: %2 contacts (%3 abandoned), %4 cases (%5 callbacks), %6 violation reports, %7 forwards, %8 reviews, %9 quotes</source>
        <translation>%1초 만에 생성: 문의 %2건 (포기 %3건), 상담 %4건 (회신 %5건), 위반 신고 %6건, 이관 %7건, 검토 %8건, 지침 인용 %9건</translation>
    </message>
    <message>
        <source>%1 contact events, %2 articles (%3 versions), %4 counselors; %5 rows, %6 rows/s</source>
        <translation>문의 이력 %1건, 지침 %2건 (버전 %3개), 상담사 %4명, 모두 %5행, 초당 %6행</translation>
    </message>
</context>
<context>
    <name>AdminContext</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>%1 옵션에는 값이 필요합니다.</translation>
    </message>
    <message>
        <source>--tcp-port must be a port number.</source>
        <translation>--tcp-port에는 포트 번호를 지정해야 합니다.</translation>
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
        <translation>작업 대상 (기본값: 개인용 데이터베이스 또는 상담석 설정에 지정된 공용 서버):
  --local                 이 사용자의 개인용 데이터베이스 사용
  --data-dir DIR          개인용 데이터베이스 디렉터리 (--local 포함)
  --tcp-port PORT         개인용 데이터베이스가 127.0.0.1:PORT에서도 연결을 받음
  --host H1[,H2]          공용 서버 호스트 (주 서버, 예비 서버 순)
  --port PORT             공용 서버 포트 (5432)
  --db NAME               데이터베이스 이름 (minwon)
  --user NAME             데이터베이스 사용자 (비밀번호는 PGPASSWORD 또는 ~/.pgpass에서 읽음)
  --sslmode MODE          disable, prefer, require, verify-ca, verify-full
  --sslrootcert FILE      verify-ca/verify-full용 루트 인증서
</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 사용자 비밀번호: </translation>
    </message>
</context>
<context>
    <name>AgentService</name>
    <message>
        <source>Complete the case with a result before you leave after-contact work.</source>
        <translation>후처리를 마치려면 먼저 상담 결과를 입력해 상담 건을 완료하십시오.</translation>
    </message>
    <message>
        <source>That change of state is not possible now.</source>
        <translation>지금은 그 상태로 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>Take or finish a contact to change this state.</source>
        <translation>이 상태는 문의를 받거나 종료할 때 바뀝니다.</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <source>Article &amp;id:</source>
        <translation>지침 &amp;ID:</translation>
    </message>
    <message>
        <source>e.g. covid-test-sites (lowercase letters, digits, - and _)</source>
        <translation>예: covid-test-sites (영문 소문자, 숫자, -, _)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>태그(&amp;G):</translation>
    </message>
    <message>
        <source>separated by commas, e.g. 검사, 선별진료소</source>
        <translation>쉼표로 구분, 예: 검사, 선별진료소</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>출처(&amp;S):</translation>
    </message>
    <message>
        <source>e.g. 중앙재난안전대책본부 보도자료 2021-04-09</source>
        <translation>예: 중앙재난안전대책본부 보도자료 2021-04-09</translation>
    </message>
    <message>
        <source>In force fro&amp;m:</source>
        <translation>시행일(&amp;Q):</translation>
    </message>
    <message>
        <source>&amp;until:</source>
        <translation>종료일(&amp;Z):</translation>
    </message>
    <message>
        <source>Change n&amp;ote:</source>
        <translation>변경 사유(&amp;J):</translation>
    </message>
    <message>
        <source>What changed and why, for the history and the counselors&apos; notice</source>
        <translation>무엇을 왜 바꿨는지 적어 주세요 (이력과 상담사 알림에 표시)</translation>
    </message>
    <message>
        <source>Body in Markdown: ## headings, - lists, **bold**</source>
        <translation>본문 (마크다운): ## 제목, - 목록, **굵게**</translation>
    </message>
    <message>
        <source>Body (Markdown)</source>
        <translation>본문 (마크다운)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>임시 저장(&amp;D)</translation>
    </message>
    <message>
        <source>Save and su&amp;bmit for review</source>
        <translation>저장 후 검토 요청(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>회수(&amp;W)</translation>
    </message>
    <message>
        <source>Co&amp;rrects the previous version</source>
        <translation>이전 판 정정(&amp;R)</translation>
    </message>
    <message>
        <source>The previous version was wrong: the cases answered with it are listed for call-backs.</source>
        <translation>이전 판이 잘못되었습니다. 그 판으로 안내한 상담 건이 회신 전화 목록에 올라갑니다.</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>승인(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;turn to author</source>
        <translation>반려(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>분류(&amp;C):</translation>
    </message>
</context>
<context>
    <name>ArticleFile</name>
    <message>
        <source>The file is not valid UTF-8 text.</source>
        <translation>파일이 올바른 UTF-8 텍스트가 아닙니다.</translation>
    </message>
    <message>
        <source>The file contains a NUL character.</source>
        <translation>파일에 NUL 문자가 들어 있습니다.</translation>
    </message>
    <message>
        <source>The file must start with a front-matter block opened by &quot;---&quot;.</source>
        <translation>파일은 &quot;---&quot;로 여는 머리말(front matter) 블록으로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>Expected &quot;key: value&quot; in the front matter.</source>
        <translation>머리말(front matter)에는 &quot;key: value&quot; 형식의 줄이 와야 합니다.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; may contain only lowercase letters, digits, &apos;-&apos; and &apos;_&apos; (at most 100).</source>
        <translation>id &quot;%1&quot;에는 영문 소문자, 숫자, &apos;-&apos;, &apos;_&apos;만 쓸 수 있습니다(최대 100자).</translation>
    </message>
    <message>
        <source>effective_from must be a date written YYYY-MM-DD.</source>
        <translation>effective_from은 YYYY-MM-DD 형식의 날짜여야 합니다.</translation>
    </message>
    <message>
        <source>effective_until must be a date written YYYY-MM-DD.</source>
        <translation>effective_until은 YYYY-MM-DD 형식의 날짜여야 합니다.</translation>
    </message>
    <message>
        <source>version must be a whole number from 1.</source>
        <translation>version은 1 이상의 정수여야 합니다.</translation>
    </message>
    <message>
        <source>correction must be true or false.</source>
        <translation>correction은 true 또는 false여야 합니다.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; in the front matter.</source>
        <translation>머리말에 알 수 없는 필드가 있습니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The front-matter block is not closed by &quot;---&quot;.</source>
        <translation>머리말 블록이 &quot;---&quot;로 닫히지 않았습니다.</translation>
    </message>
    <message>
        <source>The field id is missing.</source>
        <translation>id 필드가 없습니다.</translation>
    </message>
    <message>
        <source>The field title is missing.</source>
        <translation>title 필드가 없습니다.</translation>
    </message>
    <message>
        <source>The title is longer than 300 characters.</source>
        <translation>제목이 300자를 넘습니다.</translation>
    </message>
    <message>
        <source>The field category is missing.</source>
        <translation>category 필드가 없습니다.</translation>
    </message>
    <message>
        <source>The field effective_from is missing.</source>
        <translation>effective_from 필드가 없습니다.</translation>
    </message>
    <message>
        <source>effective_until is before effective_from.</source>
        <translation>effective_until이 effective_from보다 앞섭니다.</translation>
    </message>
</context>
<context>
    <name>CaseFormPanel</name>
    <message>
        <source>Complaint</source>
        <translation>민원 기록</translation>
    </message>
    <message>
        <source>No contact taken. Press F2 to take the next one.</source>
        <translation>받은 문의가 없습니다. F2 키를 눌러 다음 건을 받으십시오.</translation>
    </message>
    <message>
        <source>Citizen &amp;name:</source>
        <translation>민원인 이름(&amp;N):</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>선택 입력</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>연락처(&amp;P):</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>주소(&amp;D):</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>분류(&amp;Y):</translation>
    </message>
    <message>
        <source>Subcategory</source>
        <translation>세부 분류</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>문의 요지(&amp;M):</translation>
    </message>
    <message>
        <source>What the citizen asks</source>
        <translation>민원인의 문의 내용</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>답변 내용(&amp;A):</translation>
    </message>
    <message>
        <source>What you told them</source>
        <translation>민원인에게 안내한 내용</translation>
    </message>
    <message>
        <source>Quoted guidance:</source>
        <translation>인용한 지침:</translation>
    </message>
    <message>
        <source>Quoted guidance</source>
        <translation>인용한 지침</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>상담 결과(&amp;R):</translation>
    </message>
    <message>
        <source>Call&amp;back at:</source>
        <translation>회신 전화 시각(&amp;B):</translation>
    </message>
    <message>
        <source>Callback time</source>
        <translation>회신 전화 시각</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>저장 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Complete (Ctrl+Enter)</source>
        <translation>완료 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Earlier cases of this caller</source>
        <translation>이 민원인의 이전 상담 건</translation>
    </message>
    <message>
        <source>Forward &amp;to:</source>
        <translation>이관 부서(&amp;T):</translation>
    </message>
    <message>
        <source>Department to forward to</source>
        <translation>이관할 부서</translation>
    </message>
    <message>
        <source>Quarantine-rule violation report</source>
        <translation>방역수칙 위반 신고</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>유형(&amp;T):</translation>
    </message>
    <message>
        <source>Type of violation</source>
        <translation>위반 유형</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>장소(&amp;P):</translation>
    </message>
    <message>
        <source>Address where it happens</source>
        <translation>위반이 일어난 곳의 주소</translation>
    </message>
    <message>
        <source>&amp;Business:</source>
        <translation>업소명(&amp;B):</translation>
    </message>
    <message>
        <source>Name of the business, if any</source>
        <translation>업소 이름(있는 경우)</translation>
    </message>
    <message>
        <source>&amp;Seen at:</source>
        <translation>목격 시각(&amp;S):</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>내용(&amp;E):</translation>
    </message>
    <message>
        <source>What the citizen saw</source>
        <translation>민원인이 본 내용</translation>
    </message>
    <message>
        <source>En&amp;forcement team:</source>
        <translation>단속부서(&amp;F):</translation>
    </message>
    <message>
        <source>Enforcement team</source>
        <translation>단속부서</translation>
    </message>
    <message>
        <source>Also share with the disaster-safety &amp;headquarters</source>
        <translation>재난안전대책본부에도 공유(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Link to the earlier report</source>
        <translation>먼저 들어온 신고와 연결(&amp;L)</translation>
    </message>
    <message>
        <source>Returned to me</source>
        <translation>보완 요청된 상담</translation>
    </message>
    <message>
        <source>Cases returned to me</source>
        <translation>보완 요청된 상담 건</translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>Someone else saved this case meanwhile; nothing was overwritten.</source>
        <translation>그사이 다른 사용자가 이 상담 건을 저장했습니다. 덮어쓴 내용은 없습니다.</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>상담 건이 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>Only a completed or returned case can be reopened.</source>
        <translation>완료되었거나 보완 요청된 상담 건만 다시 열 수 있습니다.</translation>
    </message>
    <message>
        <source>Give a reason to see personal data.</source>
        <translation>개인정보를 보려면 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>The reason may be at most 500 characters.</source>
        <translation>사유는 500자까지 적을 수 있습니다.</translation>
    </message>
    <message>
        <source>You may see the personal data only of cases you handle.</source>
        <translation>본인이 처리하는 상담 건의 개인정보만 볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ColumnMenu</name>
    <message>
        <source>Show all columns in their first order</source>
        <translation>모든 열을 처음 순서대로 보이기</translation>
    </message>
</context>
<context>
    <name>ConnectionConfig</name>
    <message>
        <source>Enter at least one server host.</source>
        <translation>서버 호스트를 하나 이상 입력하십시오.</translation>
    </message>
    <message>
        <source>The host &quot;%1&quot; is not a valid host name.</source>
        <translation>올바른 호스트 이름이 아닙니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>포트 번호는 1~65535 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation>데이터베이스 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>사용자 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>Unknown TLS mode &quot;%1&quot;.</source>
        <translation>알 수 없는 TLS 모드입니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The root certificate file %1 does not exist.</source>
        <translation>루트 인증서 파일이 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection settings</source>
        <translation>연결 설정</translation>
    </message>
    <message>
        <source>&amp;Private database on this computer (training, demo, a desk on its own)</source>
        <translation>이 컴퓨터의 개인용 데이터베이스(교육, 시연, 단독 상담석)(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Shared server of the call center</source>
        <translation>콜센터 공용 서버(&amp;S)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>Ser&amp;vers:</source>
        <translation>서버(&amp;V):</translation>
    </message>
    <message>
        <source>db-room1.city.local, db-room2.city.local</source>
        <translation>db-room1.city.local, db-room2.city.local</translation>
    </message>
    <message>
        <source>Primary first, then the standby of the other room, separated by commas.</source>
        <translation>주 서버를 먼저, 이어서 다른 상담실의 예비 서버를 쉼표로 구분하여 입력합니다.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>포트(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>데이터베이스(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>TLS(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Root certificate:</source>
        <translation>루트 인증서(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>Desk &amp;name:</source>
        <translation>상담석 이름(&amp;N):</translation>
    </message>
    <message>
        <source>Shown to IT in the server&apos;s list of connections (application_name).</source>
        <translation>서버의 연결 목록에서 전산 담당자에게 표시됩니다(application_name).</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>비밀번호(&amp;W):</translation>
    </message>
    <message>
        <source>Never saved. Leave empty to use the password file (~/.pgpass).</source>
        <translation>비밀번호는 저장되지 않습니다. 비밀번호 파일(~/.pgpass)을 사용하려면 비워 두십시오.</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>연결 테스트(&amp;C)</translation>
    </message>
    <message>
        <source>Connected, but the database is empty. Ask IT to run &quot;minwon-admin migrate&quot;.</source>
        <translation>연결되었지만 데이터베이스가 비어 있습니다. 전산 담당자에게 &quot;minwon-admin migrate&quot; 실행을 요청하십시오.</translation>
    </message>
    <message>
        <source>Connected, but the database schema is older than this program. Ask IT to run &quot;minwon-admin migrate&quot;.</source>
        <translation>연결되었지만 데이터베이스 스키마가 이 프로그램보다 이전 버전입니다. 전산 담당자에게 &quot;minwon-admin migrate&quot; 실행을 요청하십시오.</translation>
    </message>
    <message>
        <source>Connected as %1 (%2).</source>
        <translation>연결되었습니다: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CopyWriter</name>
    <message>
        <source>Bulk loading needs a PostgreSQL connection (QPSQL), not %1.</source>
        <translation>대량 적재에는 %1이(가) 아닌 PostgreSQL 연결(QPSQL)이 필요합니다.</translation>
    </message>
</context>
<context>
    <name>DailyReport</name>
    <message>
        <source>Daily report, %1</source>
        <translation>일일 보고서, %1</translation>
    </message>
    <message>
        <source>%1 daily report, %2</source>
        <translation>%1 일일 보고서, %2</translation>
    </message>
    <message>
        <source>Report, %1</source>
        <translation>보고서, %1</translation>
    </message>
    <message>
        <source>%1 report, %2</source>
        <translation>%1 보고서, %2</translation>
    </message>
</context>
<context>
    <name>DataGenerator</name>
    <message>
        <source>This database already holds generated data; add --reset to replace it (that empties every case, contact and guidance table).</source>
        <translation>이 데이터베이스에는 이미 생성한 데이터가 있습니다. 바꾸려면 --reset을 붙이십시오 (상담 건, 문의, 지침 표를 모두 비웁니다).</translation>
    </message>
    <message>
        <source>The demo organisation or case templates are missing from the resources.</source>
        <translation>리소스에 데모 조직 정보나 상담 건 서식이 없습니다.</translation>
    </message>
    <message>
        <source>General enquiry</source>
        <translation>일반 문의</translation>
    </message>
    <message>
        <source>Explained the procedure.</source>
        <translation>절차를 안내했습니다.</translation>
    </message>
    <message>
        <source>Violation report</source>
        <translation>위반 신고</translation>
    </message>
    <message>
        <source>Changed with the new rule in force.</source>
        <translation>새 기준 시행에 따라 변경했습니다.</translation>
    </message>
    <message>
        <source>Please add the guidance you quoted and the callback time.</source>
        <translation>인용한 지침과 회신 시간을 보완해 주십시오.</translation>
    </message>
    <message>
        <source>Handled by the department.</source>
        <translation>부서에서 처리했습니다.</translation>
    </message>
    <message>
        <source>Field check done: guidance given on the spot.</source>
        <translation>현장 확인 완료: 현장에서 계도했습니다.</translation>
    </message>
    <message>
        <source>Generated rows break a foreign key (%1 rows): %2</source>
        <translation>생성한 행이 외래 키를 위반합니다 (%1행): %2</translation>
    </message>
</context>
<context>
    <name>DbError</name>
    <message>
        <source>The PostgreSQL driver for Qt is missing. Install the package libqt6sql6-psql.</source>
        <translation>Qt용 PostgreSQL 드라이버가 없습니다. libqt6sql6-psql 패키지를 설치하십시오.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check that it is running and that the host and port are right.</source>
        <translation>데이터베이스 서버에 연결할 수 없습니다. 서버가 실행 중인지, 호스트와 포트가 올바른지 확인하십시오.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost.</source>
        <translation>데이터베이스 서버와의 연결이 끊어졌습니다.</translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>서버가 사용자 이름 또는 비밀번호를 거부했습니다.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection was refused. Check the TLS mode and the root certificate.</source>
        <translation>보안(TLS) 연결이 거부되었습니다. TLS 모드와 루트 인증서를 확인하십시오.</translation>
    </message>
    <message>
        <source>The database does not exist on this server. Check its name or ask IT to create it.</source>
        <translation>이 서버에 해당 데이터베이스가 없습니다. 데이터베이스 이름을 확인하거나 전산 담당자에게 생성을 요청하십시오.</translation>
    </message>
    <message>
        <source>The server is a read-only standby; no primary server was found.</source>
        <translation>이 서버는 읽기 전용 예비 서버이며, 주 서버를 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>이 작업을 수행할 권한이 없습니다.</translation>
    </message>
    <message>
        <source>Someone else changed the same record at the same time.</source>
        <translation>다른 사용자가 같은 기록을 동시에 변경했습니다.</translation>
    </message>
    <message>
        <source>The database refused a value as invalid.</source>
        <translation>데이터베이스가 올바르지 않은 값을 거부했습니다.</translation>
    </message>
    <message>
        <source>A text is longer than the database allows.</source>
        <translation>입력한 글이 데이터베이스에서 허용하는 길이를 넘습니다.</translation>
    </message>
    <message>
        <source>This record already exists.</source>
        <translation>이미 있는 기록입니다.</translation>
    </message>
    <message>
        <source>The database was upgraded by a newer version of MinwonDesk. Install the newer version.</source>
        <translation>데이터베이스가 더 새로운 버전의 민원데스크로 업그레이드되었습니다. 새 버전을 설치하십시오.</translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation>데이터베이스에서 오류가 발생했습니다.</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>Removing the earlier demo data</source>
        <translation>이전 시연 데이터 삭제</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>The demo organisation file is missing from the resources.</source>
        <translation>리소스에 시연용 조직 파일이 없습니다.</translation>
    </message>
    <message>
        <source>People and their sign-in roles</source>
        <translation>인원 및 로그인 역할</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>상담 지식 DB</translation>
    </message>
    <message>
        <source>Cannot read the demo article %1.</source>
        <translation>시연용 지침 파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Demo article %1, line %2: %3</source>
        <translation>시연용 지침 %1, %2행: %3</translation>
    </message>
    <message>
        <source>Demo article %1 version %2: %3</source>
        <translation>시연용 지침 %1 버전 %2: %3</translation>
    </message>
    <message>
        <source>General enquiry</source>
        <translation>일반 문의</translation>
    </message>
    <message>
        <source>Explained the procedure.</source>
        <translation>절차를 안내했습니다.</translation>
    </message>
    <message>
        <source>Cases of %1</source>
        <translation>%1 상담 건</translation>
    </message>
    <message>
        <source>Please add the guidance you quoted and the callback time.</source>
        <translation>인용한 지침과 회신 전화 시각을 추가해 주십시오.</translation>
    </message>
    <message>
        <source>Field check done: guidance given on the spot.</source>
        <translation>현장 점검 완료: 현장에서 계도 조치했습니다.</translation>
    </message>
    <message>
        <source>Handled by the department.</source>
        <translation>해당 부서에서 처리했습니다.</translation>
    </message>
    <message>
        <source>Contact events</source>
        <translation>인입 건 처리 이력</translation>
    </message>
    <message>
        <source>The live queue and counselor states</source>
        <translation>실시간 대기열 및 상담사 상태</translation>
    </message>
</context>
<context>
    <name>DeskOptions</name>
    <message>
        <source>Use the private database of this user.</source>
        <translation>이 사용자의 개인용 데이터베이스를 사용합니다.</translation>
    </message>
    <message>
        <source>Open the demo city (private database).</source>
        <translation>시연용 도시를 엽니다(개인용 데이터베이스).</translation>
    </message>
    <message>
        <source>Demo workspace: counselor, supervisor, editor, approver, department or admin.</source>
        <translation>시연용 작업 화면: counselor(상담사), supervisor(관리자), editor(지침 작성자), approver(지침 승인자), department(부서 담당자), admin(시스템 관리자) 중 하나.</translation>
    </message>
    <message>
        <source>Sign in as this login.</source>
        <translation>이 로그인 계정으로 로그인합니다.</translation>
    </message>
    <message>
        <source>Language: ko or en.</source>
        <translation>언어: ko 또는 en.</translation>
    </message>
    <message>
        <source>Directory of the private database.</source>
        <translation>개인용 데이터베이스 디렉터리.</translation>
    </message>
    <message>
        <source>Open the connection settings first.</source>
        <translation>연결 설정을 먼저 엽니다.</translation>
    </message>
    <message>
        <source>Demo contacts per weekday.</source>
        <translation>평일 하루 시연용 인입 건수.</translation>
    </message>
    <message>
        <source>Demo days of past cases.</source>
        <translation>시연용 과거 상담 건의 일수.</translation>
    </message>
    <message>
        <source>MinwonDesk: the civil-complaint call-center workstation.</source>
        <translation>민원데스크: 민원콜센터 상담 업무 프로그램.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>알 수 없는 역할입니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The language must be ko or en.</source>
        <translation>언어는 ko 또는 en이어야 합니다.</translation>
    </message>
    <message>
        <source>The demo size must be a positive number.</source>
        <translation>시연 데이터 규모는 양수여야 합니다.</translation>
    </message>
    <message>
        <source>Colours: light, dark or system.</source>
        <translation>화면 색: light(밝게), dark(어둡게), system(시스템 설정 따름).</translation>
    </message>
    <message>
        <source>Write the start-up timings to this file and quit (for benchmarks).</source>
        <translation>시작에 걸린 시간을 이 파일에 쓰고 종료합니다(성능 측정용).</translation>
    </message>
    <message>
        <source>The theme must be light, dark or system.</source>
        <translation>화면 색은 light, dark, system 중 하나여야 합니다.</translation>
    </message>
</context>
<context>
    <name>DeskStartup</name>
    <message numerus="yes">
        <source>The private database stays running: %n other program(s) still use it.</source>
        <translation>
            <numerusform>개인용 데이터베이스는 계속 실행됩니다. 다른 프로그램 %n개가 아직 사용하고 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the private database…</source>
        <translation>개인용 데이터베이스를 시작하는 중…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>연결하는 중…</translation>
    </message>
    <message>
        <source>The database schema is older than this program (version %1, this program needs %2). Ask IT to run &quot;minwon-admin migrate&quot;.</source>
        <translation>데이터베이스 스키마가 이 프로그램보다 이전 버전입니다(현재 버전 %1, 필요한 버전 %2). 전산 담당자에게 &quot;minwon-admin migrate&quot; 실행을 요청하십시오.</translation>
    </message>
    <message>
        <source>Updating the database schema…</source>
        <translation>데이터베이스 스키마를 갱신하는 중…</translation>
    </message>
    <message>
        <source>Loading demo data: %1 (%2 %)</source>
        <translation>시연 데이터를 불러오는 중: %1 (%2 %)</translation>
    </message>
</context>
<context>
    <name>FigureTexts</name>
    <message>
        <source>Contacts that arrived, counted on the Seoul day and hour of arrival.</source>
        <translation>인입된 문의. 서울 시각으로 인입된 날과 시간대에 집계합니다.</translation>
    </message>
    <message>
        <source>Contacts a counselor took.</source>
        <translation>상담사가 응대한 문의.</translation>
    </message>
    <message>
        <source>Contacts the citizen gave up on before anyone took them.</source>
        <translation>응대 전에 시민이 포기한 문의.</translation>
    </message>
    <message>
        <source>Answered within %1 ÷ (answered + abandoned − abandoned within the grace period); target %2 %.</source>
        <translation>%1 이내 응대 ÷ (응대 + 포기 − 유예 시간 내 포기), 목표 %2 %.</translation>
    </message>
    <message>
        <source>Answered within the channel&apos;s threshold ÷ (answered + abandoned − abandoned within the grace period).</source>
        <translation>채널 기준 시간 이내 응대 ÷ (응대 + 포기 − 유예 시간 내 포기).</translation>
    </message>
    <message>
        <source>The channel&apos;s service-level threshold.</source>
        <translation>채널의 서비스 수준 기준 시간.</translation>
    </message>
    <message>
        <source>Average speed of answer: from arrival to claim, over the answered contacts.</source>
        <translation>평균 응답 시간: 응대한 문의의 인입부터 응대까지.</translation>
    </message>
    <message>
        <source>Average handling time: talk plus after-contact work, over the contacts whose case was completed.</source>
        <translation>평균 처리 시간: 상담 건이 완료된 문의의 통화 시간과 후처리 시간의 합.</translation>
    </message>
    <message>
        <source>Abandoned ÷ (answered + abandoned).</source>
        <translation>포기 ÷ (응대 + 포기).</translation>
    </message>
    <message>
        <source>First-contact resolution: completed cases without a callback and without another contact from the same citizen about the same category within the set number of days, ÷ completed cases.</source>
        <translation>첫 통화 해결률: 회신 요청이 없고 정해진 기간 안에 같은 시민의 같은 분류 재문의가 없는 완료 건 ÷ 완료 건.</translation>
    </message>
    <message>
        <source>Completed cases that promised a callback.</source>
        <translation>회신을 약속한 완료 건.</translation>
    </message>
</context>
<context>
    <name>ForwardService</name>
    <message>
        <source>Write the result of the field check.</source>
        <translation>현장 점검 결과를 입력하십시오.</translation>
    </message>
    <message>
        <source>This forward is addressed to another department.</source>
        <translation>다른 부서로 이관된 건입니다.</translation>
    </message>
    <message>
        <source>Someone changed this forward meanwhile; the list was refreshed.</source>
        <translation>그사이 다른 사용자가 이 이관 건을 변경하여 목록을 새로 고쳤습니다.</translation>
    </message>
    <message>
        <source>A forward cannot go back to an earlier step.</source>
        <translation>이관 건은 이전 단계로 되돌릴 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ForwardsPanel</name>
    <message>
        <source>No mask</source>
        <translation>마스크 미착용</translation>
    </message>
    <message>
        <source>Private gathering</source>
        <translation>사적모임</translation>
    </message>
    <message>
        <source>Open after hours</source>
        <translation>영업시간 위반</translation>
    </message>
    <message>
        <source>Other violation</source>
        <translation>기타 위반</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>민원 기록</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>You are signed in to the database as &quot;%1&quot;, but no person with that login is registered. Ask an administrator to add you (minwon-admin user add).</source>
        <translation>데이터베이스에 &quot;%1&quot; 계정으로 로그인했지만, 이 계정으로 등록된 사용자가 없습니다. 시스템 관리자에게 사용자 등록을 요청하십시오(minwon-admin user add).</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled.</source>
        <translation>&quot;%1&quot; 계정은 사용이 중지되었습니다.</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>상담사</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>Knowledge-base editor</source>
        <translation>지침 작성자</translation>
    </message>
    <message>
        <source>Knowledge-base approver</source>
        <translation>지침 승인자</translation>
    </message>
    <message>
        <source>Department staff</source>
        <translation>부서 담당자</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>시스템 관리자</translation>
    </message>
</context>
<context>
    <name>IndexFile</name>
    <message>
        <source>not a search index file</source>
        <translation>검색 색인 파일이 아닙니다</translation>
    </message>
    <message>
        <source>written by another version of the program</source>
        <translation>다른 버전의 프로그램이 만든 파일입니다</translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation>파일이 중간에 잘렸습니다</translation>
    </message>
    <message>
        <source>made from other versions of the guidance</source>
        <translation>다른 지침 버전으로 만든 색인입니다</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>파일이 손상되었습니다</translation>
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
        <translation>사용법: minwon-admin intake token add 이름 --channels 코드[,코드…]|all [--rate 분당건수] [--burst N] [--note 메모]
       minwon-admin intake token list
       minwon-admin intake token revoke 이름
       minwon-admin intake token rotate 이름
</translation>
    </message>
    <message>
        <source>The token of connector &quot;%1&quot; is shown once, above; only its hash is kept. Give it to the connector as &quot;Authorization: Bearer &lt;token&gt;&quot;.</source>
        <translation>연결기 &quot;%1&quot;의 토큰은 위에 한 번만 표시되며, 해시만 저장됩니다. 연결기에 &quot;Authorization: Bearer &lt;토큰&gt;&quot; 형식으로 전달하십시오.</translation>
    </message>
    <message>
        <source>Connector &quot;%1&quot; revoked; its token stops working within seconds.</source>
        <translation>연결기 &quot;%1&quot;을(를) 폐기했습니다. 몇 초 안에 해당 토큰이 더 이상 작동하지 않습니다.</translation>
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
        <translation>사용법: minwon-intake [옵션]
접수 게이트웨이: 연결기가 HTTP로 접수 대기열에 민원을 넣습니다 (docs/intake-api.md 참조).

  --listen 호스트:포트      수신 주소 (127.0.0.1:8088)
  --db-connections N        데이터베이스 연결 수, 연결마다 스레드 하나 (4)
  --max-body 바이트         받을 수 있는 가장 큰 요청 본문 (65536)
  --request-timeout 초      요청 전체가 이 시간 안에 도착해야 함 (10)
  --max-connections N       동시에 열 수 있는 클라이언트 연결 수 (1024)
  --drain-timeout 초        정상 종료 시 최대 대기 시간 (30)
  --lang ko|en              Open311 이름과 메모의 언어

</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>%1 옵션에는 값이 필요합니다.</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3.</source>
        <translation>%1은(는) %2부터 %3 사이의 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>--listen wants HOST:PORT, for example 127.0.0.1:8088.</source>
        <translation>--listen에는 호스트:포트를 지정하십시오. 예: 127.0.0.1:8088</translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot;. Run minwon-intake --help.</source>
        <translation>알 수 없는 인수 &quot;%1&quot;입니다. minwon-intake --help를 실행해 보십시오.</translation>
    </message>
    <message>
        <source>The database schema is not up to date. Run minwon-admin migrate first.</source>
        <translation>데이터베이스 스키마가 최신이 아닙니다. 먼저 minwon-admin migrate를 실행하십시오.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>%1에서 수신할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>IntakeTokens</name>
    <message>
        <source>A connector name is 1 to 48 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>연결기 이름은 영문 소문자, 숫자, &apos;-&apos;, &apos;_&apos;로 된 1~48자입니다.</translation>
    </message>
    <message>
        <source>Name the channels this connector may use (--channels sms,kakao_friend or all).</source>
        <translation>이 연결기가 쓸 수 있는 채널을 지정하십시오 (--channels sms,kakao_friend 또는 all).</translation>
    </message>
    <message>
        <source>There is no channel &quot;%1&quot;. Channels: %2.</source>
        <translation>&quot;%1&quot; 채널이 없습니다. 채널: %2.</translation>
    </message>
    <message>
        <source>A connector named &quot;%1&quot; exists already.</source>
        <translation>&quot;%1&quot; 연결기가 이미 있습니다.</translation>
    </message>
    <message>
        <source>There is no connector named &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; 연결기가 없습니다.</translation>
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
        <translation>사용법: minwon-admin kb import 경로 [--publish]
         경로: 머리말 블록이 있는 .md 파일 폴더 또는 .jsonl 파일 하나.
         새 판은 승인자의 승인을 기다립니다. --publish는 바로 게시합니다
         (시행일이 나중이면 그날). 잘못된 파일이 하나라도 있으면 아무것도 저장하지 않습니다.
       minwon-admin kb export 폴더 [--all-versions]
       minwon-admin kb search 검색어 [--limit N] [--on YYYY-MM-DD] [--all]
         검색 결과를 한 줄에 하나씩, 좋은 순서로: ID, 판, 제목, 점수 (탭 구분).
       minwon-admin kb publish-due
</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 articles read: %2 new articles, %3 new versions, %4 unchanged.</source>
        <translation>지침 %1건 읽음: 새 지침 %2건, 새 판 %3건, 변경 없음 %4건.</translation>
    </message>
    <message>
        <source>The new versions wait for an approver.</source>
        <translation>새 판은 승인자의 승인을 기다립니다.</translation>
    </message>
    <message>
        <source>%1 versions will be published on their in-force date.</source>
        <translation>%1개 판은 시행일에 게시됩니다.</translation>
    </message>
    <message>
        <source>%1 files written to %2.</source>
        <translation>파일 %1개를 %2에 저장했습니다.</translation>
    </message>
    <message>
        <source>--limit takes a number from 1.</source>
        <translation>--limit에는 1 이상의 숫자를 주십시오.</translation>
    </message>
    <message>
        <source>--on takes a date written YYYY-MM-DD.</source>
        <translation>--on에는 YYYY-MM-DD 형식의 날짜를 주십시오.</translation>
    </message>
    <message>
        <source>%1 versions published or expired.</source>
        <translation>%1개 판을 게시하거나 만료했습니다.</translation>
    </message>
</context>
<context>
    <name>KbImport</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>파일이 %1MB보다 큽니다.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 text.</source>
        <translation>올바른 UTF-8 텍스트 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; may contain only lowercase letters, digits, &apos;-&apos; and &apos;_&apos; (at most 100).</source>
        <translation>ID &quot;%1&quot;에는 영문 소문자, 숫자, &apos;-&apos;, &apos;_&apos;만 쓸 수 있습니다 (최대 100자).</translation>
    </message>
    <message>
        <source>The title must have 1 to 300 characters.</source>
        <translation>제목은 1~300자여야 합니다.</translation>
    </message>
    <message>
        <source>The field category is missing.</source>
        <translation>category 항목이 없습니다.</translation>
    </message>
    <message>
        <source>The field effective_from is missing.</source>
        <translation>effective_from 항목이 없습니다.</translation>
    </message>
    <message>
        <source>effective_until is before effective_from.</source>
        <translation>effective_until이 effective_from보다 앞섭니다.</translation>
    </message>
    <message>
        <source>More than %1 tags.</source>
        <translation>태그가 %1개보다 많습니다.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is empty, too long or contains , [ ] or a line break.</source>
        <translation>태그 &quot;%1&quot;이(가) 비었거나 너무 길거나 , [ ] 또는 줄바꿈을 포함합니다.</translation>
    </message>
    <message>
        <source>The source is longer than %1 characters.</source>
        <translation>출처가 %1자보다 깁니다.</translation>
    </message>
    <message>
        <source>change_note is longer than %1 characters.</source>
        <translation>change_note가 %1자보다 깁니다.</translation>
    </message>
    <message>
        <source>The body is longer than %1 characters.</source>
        <translation>본문이 %1자보다 깁니다.</translation>
    </message>
    <message>
        <source>The article contains a NUL character.</source>
        <translation>지침에 NUL 문자가 들어 있습니다.</translation>
    </message>
    <message>
        <source>A line break is allowed only in the body.</source>
        <translation>줄바꿈은 본문에서만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 (column %2).</source>
        <translation>올바른 JSON이 아닙니다: %1 (%2번째 글자).</translation>
    </message>
    <message>
        <source>Each line must be one JSON object.</source>
        <translation>한 줄에 JSON 객체 하나씩이어야 합니다.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation>알 수 없는 항목 &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A field has the wrong type: texts and dates are strings, tags an array of strings, correction true or false, version a number.</source>
        <translation>항목의 형식이 틀렸습니다. 텍스트와 날짜는 문자열, tags는 문자열 배열, correction은 true 또는 false, version은 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>tags must be an array of strings.</source>
        <translation>tags는 문자열 배열이어야 합니다.</translation>
    </message>
    <message>
        <source>effective_from must be a date written YYYY-MM-DD.</source>
        <translation>effective_from은 YYYY-MM-DD 형식의 날짜여야 합니다.</translation>
    </message>
    <message>
        <source>effective_until must be a date written YYYY-MM-DD.</source>
        <translation>effective_until은 YYYY-MM-DD 형식의 날짜여야 합니다.</translation>
    </message>
    <message>
        <source>The folder holds no .md files.</source>
        <translation>폴더에 .md 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Give a folder of .md files, one .md file or one .jsonl file.</source>
        <translation>.md 파일 폴더, .md 파일 하나 또는 .jsonl 파일 하나를 지정하십시오.</translation>
    </message>
    <message>
        <source>The article &quot;%1&quot; is also in %2:%3; give each a version.</source>
        <translation>지침 &quot;%1&quot;이(가) %2:%3에도 있습니다. 각각 판 번호(version)를 적어 주십시오.</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;.</source>
        <translation>알 수 없는 분류 &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>KbWorkflow</name>
    <message>
        <source>Only a person of this call center may write or confirm guidance.</source>
        <translation>이 상담센터 직원만 지침을 작성하거나 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>A new version starts as a draft or in review; an approver publishes it.</source>
        <translation>새 판은 임시 저장이나 검토 요청 상태로 시작하며, 게시는 승인자가 합니다.</translation>
    </message>
    <message>
        <source>Someone saved a newer version of this article meanwhile. Open it again.</source>
        <translation>그사이 다른 사람이 이 지침의 새 판을 저장했습니다. 다시 열어 주십시오.</translation>
    </message>
    <message>
        <source>A saved version is never changed; save a new version instead.</source>
        <translation>저장된 판은 바꿀 수 없습니다. 새 판으로 저장하십시오.</translation>
    </message>
    <message>
        <source>Only the author submits a draft for review.</source>
        <translation>검토 요청은 작성자만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only the author withdraws a version.</source>
        <translation>회수는 작성자만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only an approver approves or returns guidance.</source>
        <translation>지침 승인과 반려는 승인자만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>You wrote this version: another approver must review it.</source>
        <translation>직접 작성한 판입니다. 다른 승인자가 검토해야 합니다.</translation>
    </message>
    <message>
        <source>Say why the version is returned.</source>
        <translation>반려 사유를 적어 주십시오.</translation>
    </message>
    <message>
        <source>There is no published version before this one to correct.</source>
        <translation>정정할 이전 게시 판이 없습니다.</translation>
    </message>
    <message>
        <source>This version is scheduled for its in-force date and cannot be published earlier.</source>
        <translation>이 판은 시행일에 게시되도록 예약되어 있어 먼저 게시할 수 없습니다.</translation>
    </message>
    <message>
        <source>Only another approver cancels a scheduled version.</source>
        <translation>예약된 판은 다른 승인자만 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>This step is not possible in the version&apos;s current state. Reload and try again.</source>
        <translation>이 판의 현재 상태에서는 할 수 없는 작업입니다. 새로 고친 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>An article with the id &quot;%1&quot; exists already. Open it to change it.</source>
        <translation>ID가 &quot;%1&quot;인 지침이 이미 있습니다. 그 지침을 열어 수정하십시오.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Available</source>
        <translation>상담 가능</translation>
    </message>
    <message>
        <source>On a contact</source>
        <translation>상담 중</translation>
    </message>
    <message>
        <source>After-contact work</source>
        <translation>후처리</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>휴식</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>배정 중</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>응대 중</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>처리 완료</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>포기</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>전환</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>보완 요청</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>이관</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>접수 확인</translation>
    </message>
    <message>
        <source>Field check done</source>
        <translation>현장 점검 완료</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>종결</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>검토 중</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>게시</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>대체됨</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>만료</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>게시 예약</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>회수됨</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The database schema is at version %1 but this program knows only up to version %2. It was upgraded by a newer MinwonDesk; install that version.</source>
        <translation>데이터베이스 스키마는 버전 %1이지만 이 프로그램은 버전 %2까지만 지원합니다. 더 새로운 민원데스크로 업그레이드된 데이터베이스이므로 해당 버전을 설치하십시오.</translation>
    </message>
    <message>
        <source>The database schema is newer (version %1) than this program (version %2).</source>
        <translation>데이터베이스 스키마(버전 %1)가 이 프로그램(버전 %2)보다 새롭습니다.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed at line %3: %4</source>
        <translation>마이그레이션 %1 (%2) 실패, %3행: %4</translation>
    </message>
</context>
<context>
    <name>Open311</name>
    <message>
        <source>Received by the civil-complaint call center. A counselor will handle it.</source>
        <translation>민원콜센터에 접수되었습니다. 상담사가 처리할 예정입니다.</translation>
    </message>
    <message>
        <source>%1 closed the report.</source>
        <translation>%1에서 신고를 종결했습니다.</translation>
    </message>
    <message>
        <source>%1 closed the report: %2</source>
        <translation>%1에서 신고를 종결했습니다: %2</translation>
    </message>
    <message>
        <source>%1 checked on site.</source>
        <translation>%1에서 현장 확인을 마쳤습니다.</translation>
    </message>
    <message>
        <source>%1 checked on site: %2</source>
        <translation>%1에서 현장 확인을 마쳤습니다: %2</translation>
    </message>
    <message>
        <source>%1 has received the report.</source>
        <translation>%1에서 신고를 접수했습니다.</translation>
    </message>
    <message>
        <source>Forwarded to %1.</source>
        <translation>%1(으)로 이관되었습니다.</translation>
    </message>
    <message>
        <source>Civil-complaint call center</source>
        <translation>민원콜센터</translation>
    </message>
    <message>
        <source>Received; a counselor will handle it.</source>
        <translation>접수됨, 상담사가 처리할 예정입니다.</translation>
    </message>
    <message>
        <source>Handled by the call center.</source>
        <translation>콜센터에서 처리했습니다.</translation>
    </message>
    <message>
        <source>Handled by the call center: %1.</source>
        <translation>콜센터에서 처리했습니다: %1.</translation>
    </message>
</context>
<context>
    <name>OverviewService</name>
    <message>
        <source>Room</source>
        <translation>상담실</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>상담사</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>For</source>
        <translation>경과 시간</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>문의 요지</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>지침</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>시행일</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>이관 일시</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>업소명</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>대기</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>최장 대기 시간</translation>
    </message>
</context>
<context>
    <name>PiiMasker</name>
    <message>
        <source>resident registration number</source>
        <translation>주민등록번호</translation>
    </message>
    <message>
        <source>foreigner registration number</source>
        <translation>외국인등록번호</translation>
    </message>
    <message>
        <source>card number</source>
        <translation>카드 번호</translation>
    </message>
    <message>
        <source>bank account number</source>
        <translation>계좌 번호</translation>
    </message>
    <message>
        <source>passport number</source>
        <translation>여권 번호</translation>
    </message>
</context>
<context>
    <name>PurgeCommand</name>
    <message>
        <source>Usage: minwon-admin purge [--older-than DAYS] [--dry-run]
Erases the citizen&apos;s name, number, address and messages of finished cases older than DAYS
(default: the setting privacy.retention_days, 1095). The cases and their figures stay.
</source>
        <translation>사용법: minwon-admin purge [--older-than 일수] [--dry-run]
일수보다 오래된 종결 상담 건의 시민 이름, 연락처, 주소, 메시지를 파기합니다
(기본값: 설정 privacy.retention_days, 1095). 상담 건과 통계는 남습니다.
</translation>
    </message>
    <message>
        <source>--older-than takes a number of days from 30 to 36500.</source>
        <translation>--older-than에는 30부터 36500 사이의 일수를 지정하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) would lose their personal data.</source>
        <translation>
            <numerusform>상담 %n건의 개인정보가 파기됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Personal data of %n case(s) erased.</source>
        <translation>
            <numerusform>상담 %n건의 개인정보를 파기했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueService</name>
    <message>
        <source>No contact is waiting.</source>
        <translation>대기 중인 문의가 없습니다.</translation>
    </message>
    <message>
        <source>Another counselor has taken this contact.</source>
        <translation>다른 상담사가 이 건을 받았습니다.</translation>
    </message>
    <message>
        <source>Finish the current contact first (complete its case with a result).</source>
        <translation>먼저 지금 응대 중인 건을 마치십시오(상담 결과를 입력해 완료).</translation>
    </message>
    <message>
        <source>A transfer needs a reason.</source>
        <translation>전환 사유를 입력해야 합니다.</translation>
    </message>
    <message>
        <source>You cannot transfer a contact to yourself.</source>
        <translation>자기 자신에게는 전환할 수 없습니다.</translation>
    </message>
    <message>
        <source>Your login is not registered as a person.</source>
        <translation>로그인 계정이 사용자로 등록되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>This contact is not yours to release.</source>
        <translation>본인이 응대 중인 건이 아니어서 돌려놓을 수 없습니다.</translation>
    </message>
    <message>
        <source>This contact is not yours to transfer.</source>
        <translation>본인이 응대 중인 건이 아니어서 전환할 수 없습니다.</translation>
    </message>
    <message>
        <source>This contact is not in your hands.</source>
        <translation>본인이 응대 중인 건이 아닙니다.</translation>
    </message>
    <message>
        <source>The call is no longer offered to you.</source>
        <translation>이 전화는 더 이상 배정되어 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Usage: minwon-admin report --date YYYY-MM-DD [--to YYYY-MM-DD] [--pdf FILE] [--csv FILE]
       minwon-admin report --rebuild-rollup
Without --pdf or --csv the headline figures are printed.</source>
        <translation>사용법: minwon-admin report --date YYYY-MM-DD [--to YYYY-MM-DD] [--pdf 파일] [--csv 파일]
       minwon-admin report --rebuild-rollup
--pdf나 --csv가 없으면 주요 지표를 출력합니다.</translation>
    </message>
    <message>
        <source>The PDF helper minwon-report-pdf was not found (set MINWON_REPORT_PDF).</source>
        <translation>PDF 도우미 minwon-report-pdf를 찾지 못했습니다 (MINWON_REPORT_PDF를 설정하세요).</translation>
    </message>
    <message>
        <source>Drawing the PDF failed: %1</source>
        <translation>PDF를 만들지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Service level by channel:</source>
        <translation>채널별 서비스 수준:</translation>
    </message>
    <message>
        <source>threshold %1, target %2 %</source>
        <translation>기준 %1, 목표 %2 %</translation>
    </message>
    <message>
        <source>The daily rollup holds %1 days.</source>
        <translation>일별 집계에 %1일이 있습니다.</translation>
    </message>
    <message>
        <source>The dates are YYYY-MM-DD, and --to is not before --date.</source>
        <translation>날짜는 YYYY-MM-DD 형식이고, --to는 --date보다 앞설 수 없습니다.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 저장</translation>
    </message>
</context>
<context>
    <name>ReportCsv</name>
    <message>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>To</source>
        <translation>끝</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>전체 문의</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>접수</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>상담사</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>상담실</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>회신</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>이관</translation>
    </message>
    <message>
        <source>Returned by a review</source>
        <translation>검토에서 보완 요청됨</translation>
    </message>
    <message>
        <source>Case id</source>
        <translation>상담 건 ID</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>Hour</source>
        <translation>시간대</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>상담사</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>상담실</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>인입</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>응대</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>포기</translation>
    </message>
    <message>
        <source>Short abandons</source>
        <translation>짧은 포기</translation>
    </message>
    <message>
        <source>Answered within threshold</source>
        <translation>기준 시간 내 응대</translation>
    </message>
    <message>
        <source>Service level (%)</source>
        <translation>서비스 수준(%)</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>서비스 수준</translation>
    </message>
    <message>
        <source>Threshold (s)</source>
        <translation>기준 시간(초)</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>기준 시간</translation>
    </message>
    <message>
        <source>Average speed of answer (s)</source>
        <translation>평균 응답 시간(초)</translation>
    </message>
    <message>
        <source>ASA</source>
        <translation>평균 응답</translation>
    </message>
    <message>
        <source>Average handling time (s)</source>
        <translation>평균 처리 시간(초)</translation>
    </message>
    <message>
        <source>AHT</source>
        <translation>평균 처리</translation>
    </message>
    <message>
        <source>Average talk (s)</source>
        <translation>평균 통화 시간(초)</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Average after-contact work (s)</source>
        <translation>평균 후처리 시간(초)</translation>
    </message>
    <message>
        <source>After-contact work</source>
        <translation>후처리</translation>
    </message>
    <message>
        <source>Abandonment rate (%)</source>
        <translation>포기율(%)</translation>
    </message>
    <message>
        <source>Abandoned %</source>
        <translation>포기율</translation>
    </message>
    <message>
        <source>Completed cases</source>
        <translation>완료 건</translation>
    </message>
    <message>
        <source>Resolved at first contact</source>
        <translation>첫 통화 해결</translation>
    </message>
    <message>
        <source>First-contact resolution (%)</source>
        <translation>첫 통화 해결률(%)</translation>
    </message>
    <message>
        <source>FCR</source>
        <translation>첫 통화 해결률</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>회신 요청</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 ~ %2</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1시간</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
</context>
<context>
    <name>ReportStore</name>
    <message>
        <source>%1:00</source>
        <translation>%1시</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>미분류</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>미응대</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>상담실 없음</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>상담 건이 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (%2판)</translation>
    </message>
    <message>
        <source>The case was changed while you read it; it has been loaded again.</source>
        <translation>검토하는 사이에 상담 건이 바뀌어 다시 불러왔습니다.</translation>
    </message>
    <message>
        <source>Say what the counselor should correct before returning the case.</source>
        <translation>보완을 요청하려면 상담사가 고칠 점을 적어 주세요.</translation>
    </message>
    <message>
        <source>Only a completed case can be reviewed.</source>
        <translation>완료된 상담 건만 검토할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only a supervisor can review cases.</source>
        <translation>관리자만 상담 건을 검토할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <source>Headline figures</source>
        <translation>주요 지표</translation>
    </message>
    <message>
        <source>Contacts by hour of arrival</source>
        <translation>시간대별 인입</translation>
    </message>
    <message>
        <source>Service level by channel against its target</source>
        <translation>채널별 서비스 수준과 목표</translation>
    </message>
    <message>
        <source>Contacts by category</source>
        <translation>분류별 인입</translation>
    </message>
    <message>
        <source>Contacts by day</source>
        <translation>일별 인입</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>시간대별</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>채널별</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>분류별</translation>
    </message>
    <message>
        <source>By counselor</source>
        <translation>상담사별</translation>
    </message>
    <message>
        <source>By room</source>
        <translation>상담실별</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>일별</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>검토</translation>
    </message>
    <message>
        <source>Open forwards by department</source>
        <translation>부서별 미종결 이관</translation>
    </message>
    <message>
        <source>Overdue forwards, most overdue first</source>
        <translation>기한 지난 이관 (오래된 순)</translation>
    </message>
    <message>
        <source>No forward is open.</source>
        <translation>미종결 이관이 없습니다.</translation>
    </message>
    <message>
        <source>No case was reviewed.</source>
        <translation>검토한 상담 건이 없습니다.</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>응대</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>포기</translation>
    </message>
    <message>
        <source>Not yet answered</source>
        <translation>응대 전</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>서비스 수준</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>미종결</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>기한 지남</translation>
    </message>
    <message>
        <source>Oldest sent</source>
        <translation>가장 오래된 이관</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>이관 시각</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>상담 건</translation>
    </message>
    <message>
        <source>Moment of the contact</source>
        <translation>상담 단계</translation>
    </message>
    <message>
        <source>Average score (0–5)</source>
        <translation>평균 점수 (0–5)</translation>
    </message>
    <message>
        <source>Days and hours are Seoul time; contacts count on the day and hour they arrived. Service level: answered within the channel&apos;s threshold ÷ (answered + abandoned − abandoned within the grace period). ASA: arrival to claim. AHT: talk plus after-contact work. FCR: completed cases without a callback and without another contact from the same citizen about the same category within the set number of days.</source>
        <translation>날짜와 시간은 서울 시각이며, 문의는 인입된 날과 시간대에 집계합니다. 서비스 수준: 채널 기준 시간 이내 응대 ÷ (응대 + 포기 − 유예 시간 내 포기). 평균 응답 시간: 인입부터 응대까지. 평균 처리 시간: 통화와 후처리. 첫 통화 해결률: 회신 요청이 없고 정해진 기간 안에 같은 시민의 같은 분류 재문의가 없는 완료 건의 비율.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Generated %1, Seoul time</source>
        <translation>작성 %1 (서울 시각)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2쪽</translation>
    </message>
    <message>
        <source>Reviewed: %1 — approved %2, returned %3</source>
        <translation>검토 %1건 — 승인 %2건, 보완 요청 %3건</translation>
    </message>
    <message numerus="yes">
        <source>Average scores of %n fully scored review(s):</source>
        <translation>
            <numerusform>모든 항목을 채점한 검토 %n건의 평균 점수:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) abandoned within the grace period are left out of the service level.</source>
        <translation>
            <numerusform>유예 시간 안에 포기한 %n건은 서비스 수준에서 제외했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>응대 준비</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>첫인사</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>상담 태도</translation>
    </message>
    <message>
        <source>Handling of the request</source>
        <translation>요청 처리</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>끝인사</translation>
    </message>
    <message>
        <source>Reception conditions: answered promptly, line and surroundings ready</source>
        <translation>응대 준비: 신속한 응답, 통화 상태와 주변 환경</translation>
    </message>
    <message>
        <source>Greeting: the center and the counselor named, a friendly opening</source>
        <translation>첫인사: 기관명과 상담사 소개, 친절한 시작</translation>
    </message>
    <message>
        <source>Counseling attitude: courteous, attentive, patient wording and tone</source>
        <translation>상담 태도: 정중하고 경청하는 말씨와 어조</translation>
    </message>
    <message>
        <source>Handling of the request: correct guidance in force today, complete record</source>
        <translation>요청 처리: 오늘 시행 중인 지침에 따른 정확한 안내, 빠짐없는 기록</translation>
    </message>
    <message>
        <source>Closing: summary, further questions asked, a proper farewell</source>
        <translation>끝인사: 요약, 추가 문의 확인, 마무리 인사</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <source>Show personal data</source>
        <translation>개인정보 보기</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>사유(&amp;R):</translation>
    </message>
    <message>
        <source>For example: calling the citizen back</source>
        <translation>예: 시민에게 회신 전화</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Contact number:</source>
        <translation>연락처:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>주소:</translation>
    </message>
</context>
<context>
    <name>Simulator</name>
    <message>
        <source>Simulated desk %1 cannot sign in: %2</source>
        <translation>모의 상담석 %1이(가) 로그인하지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>UserAccounts</name>
    <message>
        <source>Nobody signs in with this name.</source>
        <translation>이 이름으로 로그인하는 사용자가 없습니다.</translation>
    </message>
    <message>
        <source>You may not do this: supervisors manage counselors only, and nobody changes or disables their own account.</source>
        <translation>이 작업은 할 수 없습니다. 관리자는 상담사 계정만 관리할 수 있으며, 누구도 자신의 계정을 바꾸거나 중지할 수 없습니다.</translation>
    </message>
    <message>
        <source>This sign-in name is taken.</source>
        <translation>이미 사용 중인 로그인 이름입니다.</translation>
    </message>
    <message>
        <source>This sign-in name belongs to a privileged database role.</source>
        <translation>이 로그인 이름은 특수 권한이 있는 데이터베이스 역할의 이름입니다.</translation>
    </message>
    <message>
        <source>A sign-in name is 2 to 63 lower-case letters, digits or _, starting with a letter.</source>
        <translation>로그인 이름은 영문 소문자로 시작하는 2~63자의 영문 소문자, 숫자, _ 입니다.</translation>
    </message>
    <message>
        <source>A sign-in name is 2 to 63 lower-case letters, digits or _, starting with a letter, and does not begin with minwon_ or pg_.</source>
        <translation>로그인 이름은 영문 소문자로 시작하는 2~63자의 영문 소문자, 숫자, _ 이며, minwon_ 이나 pg_ 로 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>A password has at least 10 characters.</source>
        <translation>비밀번호는 10자 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>A password has at most 200 characters.</source>
        <translation>비밀번호는 200자를 넘을 수 없습니다.</translation>
    </message>
    <message>
        <source>A password cannot contain a NUL character.</source>
        <translation>비밀번호에는 NUL 문자를 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; one of: %2.</source>
        <translation>알 수 없는 역할 &quot;%1&quot;입니다. 다음 중 하나를 지정하십시오: %2.</translation>
    </message>
    <message>
        <source>Department staff need a department.</source>
        <translation>부서 담당자에게는 소속 부서가 필요합니다.</translation>
    </message>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation>사용자 이름을 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>UserAdminPanel</name>
    <message>
        <source>People and sign-in</source>
        <translation>사용자와 로그인</translation>
    </message>
    <message>
        <source>People</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>역할 변경(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>사용 중지(&amp;D)</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>비밀번호 재설정(&amp;P)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>새로 고침(&amp;F)</translation>
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
        <translation>사용법: minwon-admin user add 로그인 --name 이름 --role 역할 [--room N] [--department 부서코드]
                                [--password-file 파일|-]
       minwon-admin user set-role 로그인 역할 [--room N] [--department 부서코드]
       minwon-admin user reset-password 로그인 [--password-file 파일|-]
       minwon-admin user disable 로그인
       minwon-admin user enable 로그인
       minwon-admin user list
역할: counselor, supervisor, kb_editor, kb_approver, department, admin.
비밀번호는 명령줄로 받지 않습니다. 터미널에서 두 번 묻거나,
파일의 첫 줄에서 읽습니다 (- 는 표준 입력).
</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>비밀번호 파일 %1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>No terminal to ask for the password: use --password-file FILE or -.</source>
        <translation>비밀번호를 물어볼 터미널이 없습니다. --password-file 파일 또는 - 를 쓰십시오.</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>새 비밀번호: </translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>한 번 더: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>두 비밀번호가 다릅니다. 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>--room takes a room number.</source>
        <translation>--room에는 상담실 번호를 지정하십시오.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; one of: %2.</source>
        <translation>알 수 없는 역할 &quot;%1&quot;입니다. 다음 중 하나를 지정하십시오: %2.</translation>
    </message>
    <message>
        <source>%1 (%2) can now sign in as %3.</source>
        <translation>%1(%2) 님이 이제 %3(으)로 로그인할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 now has the role %2.</source>
        <translation>%1 님의 역할이 %2(으)로 바뀌었습니다.</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>%1 님의 비밀번호를 바꾸었습니다.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in; open sessions were ended.</source>
        <translation>%1 님은 이제 로그인할 수 없습니다. 열려 있던 연결을 종료했습니다.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 님이 다시 로그인할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>minwon::AgentStateWidget</name>
    <message>
        <source>Your state: Ctrl+1 available, Ctrl+2 break, Ctrl+3 offline; F4 ends the contact</source>
        <translation>내 상태: Ctrl+1 상담 가능, Ctrl+2 휴식, Ctrl+3 오프라인, F4 응대 종료</translation>
    </message>
    <message>
        <source>(%1 left)</source>
        <translation>(%1 남음)</translation>
    </message>
    <message>
        <source>(%1 over)</source>
        <translation>(%1 초과)</translation>
    </message>
</context>
<context>
    <name>minwon::ArticleEditor</name>
    <message>
        <source>What changed and why</source>
        <translation>무엇을 왜 바꿨는지</translation>
    </message>
    <message>
        <source>&lt;b&gt;New article&lt;/b&gt; — saved as a draft; an approver publishes it.</source>
        <translation>&lt;b&gt;새 지침&lt;/b&gt; — 임시 저장되며, 게시는 승인자가 합니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Version %1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1판&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>written by %1, %2</source>
        <translation>작성 %1, %2</translation>
    </message>
    <message>
        <source>approved by %1, %2</source>
        <translation>승인 %1, %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;published on %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 게시 예정&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Returned by %1: %2</source>
        <translation>%1 반려: %2</translation>
    </message>
    <message>
        <source>An older version is shown; saving makes version %1 with this text.</source>
        <translation>이전 판을 보고 있습니다. 저장하면 이 내용으로 %1판이 만들어집니다.</translation>
    </message>
    <message>
        <source>You wrote this version: another approver must review it.</source>
        <translation>직접 작성한 판입니다. 다른 승인자가 검토해야 합니다.</translation>
    </message>
    <message>
        <source>The id may contain only lowercase letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>ID에는 영문 소문자, 숫자, &apos;-&apos;, &apos;_&apos;만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>The title is missing.</source>
        <translation>제목을 입력하십시오.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>분류를 선택하십시오.</translation>
    </message>
    <message>
        <source>The end of the in-force period is before its start.</source>
        <translation>종료일이 시행일보다 앞섭니다.</translation>
    </message>
    <message>
        <source>Save guidance</source>
        <translation>지침 저장</translation>
    </message>
    <message>
        <source>Version %1 of %2 was submitted for review.</source>
        <translation>%2의 %1판을 검토 요청했습니다.</translation>
    </message>
    <message>
        <source>Version %1 of %2 was saved as a draft.</source>
        <translation>%2의 %1판을 임시 저장했습니다.</translation>
    </message>
    <message>
        <source>Approve guidance</source>
        <translation>지침 승인</translation>
    </message>
    <message>
        <source>Version %1 of %2 is approved and will be published on its in-force date.</source>
        <translation>%2의 %1판을 승인했습니다. 시행일에 게시됩니다.</translation>
    </message>
    <message>
        <source>Version %1 of %2 is published.</source>
        <translation>%2의 %1판을 게시했습니다.</translation>
    </message>
    <message>
        <source>Return to author</source>
        <translation>반려</translation>
    </message>
    <message>
        <source>What must change before it can be published?</source>
        <translation>게시하려면 무엇을 고쳐야 합니까?</translation>
    </message>
    <message>
        <source>Version %1 of %2 was returned to its author.</source>
        <translation>%2의 %1판을 작성자에게 반려했습니다.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>회수</translation>
    </message>
    <message>
        <source>Version %1 of %2 was withdrawn.</source>
        <translation>%2의 %1판을 회수했습니다.</translation>
    </message>
    <message>
        <source>In force until</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>corrects version %1</source>
        <translation>%1판 정정</translation>
    </message>
</context>
<context>
    <name>minwon::CallbackList</name>
    <message>
        <source>Mark as &amp;called back</source>
        <translation>회신 완료로 표시(&amp;C)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>상담 일시</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>민원인</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>상담사</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>지침</translation>
    </message>
    <message>
        <source>Wrong version</source>
        <translation>잘못된 판</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>정정 판</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>회신 완료</translation>
    </message>
    <message>
        <source>No citizen answered with a corrected version is waiting for a call-back.</source>
        <translation>정정된 판으로 안내받고 회신 전화를 기다리는 민원인이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n citizen(s) were answered with a version that was later corrected.&lt;/b&gt; Call them back with the corrected guidance.</source>
        <translation>
            <numerusform>&lt;b&gt;나중에 정정된 판으로 안내받은 민원인이 %n명 있습니다.&lt;/b&gt; 정정된 지침으로 회신 전화를 해 주십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>Citizens to call back</source>
        <translation>회신 전화할 민원인</translation>
    </message>
</context>
<context>
    <name>minwon::CaseFormPanel</name>
    <message>
        <source>— choose —</source>
        <translation>— 선택 —</translation>
    </message>
    <message>
        <source>%1 from %2 · arrived %3</source>
        <translation>%1 · 발신 %2 · 인입 %3</translation>
    </message>
    <message>
        <source>No earlier cases.</source>
        <translation>이전 상담 건이 없습니다.</translation>
    </message>
    <message>
        <source>Take a contact first; then the guidance can be attached to its case.</source>
        <translation>먼저 문의를 받아야 지침을 상담 건에 첨부할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (버전 %2)</translation>
    </message>
    <message>
        <source>The summary is longer than 4,000 characters.</source>
        <translation>문의 요지가 4,000자를 넘습니다.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>분류를 선택하십시오.</translation>
    </message>
    <message>
        <source>Write what the citizen asked.</source>
        <translation>민원인의 문의 내용을 입력하십시오.</translation>
    </message>
    <message>
        <source>Choose the result of the contact.</source>
        <translation>상담 결과를 선택하십시오.</translation>
    </message>
    <message>
        <source>Cannot complete yet: %1</source>
        <translation>아직 완료할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장하는 중…</translation>
    </message>
    <message>
        <source>Completed at %1.</source>
        <translation>%1에 완료했습니다.</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>%1에 저장했습니다.</translation>
    </message>
    <message>
        <source>Guidance given: %1</source>
        <translation>안내한 지침: %1</translation>
    </message>
    <message>
        <source>No contact taken. Press F2 to take the next one.</source>
        <translation>받은 문의가 없습니다. F2 키를 눌러 다음 건을 받으십시오.</translation>
    </message>
    <message>
        <source>No mask</source>
        <translation>마스크 미착용</translation>
    </message>
    <message>
        <source>Private gathering of five or more</source>
        <translation>5인 이상 사적모임</translation>
    </message>
    <message>
        <source>Business open after hours</source>
        <translation>영업시간 제한 위반</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Esc does not discard the form. Complete it (Ctrl+Enter) or release the contact.</source>
        <translation>Esc 키로는 작성 중인 내용을 버리지 않습니다. 완료(Ctrl+Enter)하거나 대기열로 돌려놓으십시오.</translation>
    </message>
    <message>
        <source>The draft could not be kept on this computer: %1</source>
        <translation>작성 중인 내용을 이 컴퓨터에 보관하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Returned by a supervisor: %1</source>
        <translation>관리자 보완 요청: %1</translation>
    </message>
    <message>
        <source>Case of %1 · %2</source>
        <translation>%1 상담 건 · %2</translation>
    </message>
    <message>
        <source>Forwarded: %1</source>
        <translation>이관: %1</translation>
    </message>
    <message>
        <source>Enter: continue this case (a second contact about the same matter)</source>
        <translation>Enter: 이 상담 건 이어서 처리(같은 내용의 재문의)</translation>
    </message>
    <message>
        <source>That case is still open.</source>
        <translation>그 상담 건은 아직 진행 중입니다.</translation>
    </message>
    <message>
        <source>Continue an earlier case</source>
        <translation>이전 상담 건 이어서 처리</translation>
    </message>
    <message>
        <source>Continue the case of %1 (%2) with this contact? The new form is dropped.</source>
        <translation>%1의 상담 건(%2)을 이번 문의로 이어서 처리하시겠습니까? 새로 작성 중인 양식은 버려집니다.</translation>
    </message>
    <message>
        <source>Supervisor: %1</source>
        <translation>관리자: %1</translation>
    </message>
    <message>
        <source>Returned to me (%1)</source>
        <translation>보완 요청된 상담 (%1)</translation>
    </message>
    <message>
        <source>Finish the case in hand first.</source>
        <translation>먼저 작성 중인 상담 건을 마치십시오.</translation>
    </message>
    <message>
        <source>✎ Being edited by %1</source>
        <translation>✎ %1 상담사가 편집 중</translation>
    </message>
    <message>
        <source>Forwarded to %1: %2</source>
        <translation>%1(으)로 이관: %2</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Likely duplicate: %n report(s) of the same place within three hours, the first at %1 (%2).</source>
        <translation>
            <numerusform>⚠ 중복 의심: 3시간 안에 같은 장소의 신고가 %n건 있습니다. 첫 신고 %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a phone number (for example 010-1234-5678).</source>
        <translation>전화번호 형식이 아닙니다(예: 010-1234-5678).</translation>
    </message>
    <message>
        <source>The answer is longer than 8,000 characters.</source>
        <translation>답변 내용이 8,000자를 넘습니다.</translation>
    </message>
    <message>
        <source>Choose a subcategory.</source>
        <translation>세부 분류를 선택하십시오.</translation>
    </message>
    <message>
        <source>This category needs the address.</source>
        <translation>이 분류는 주소를 입력해야 합니다.</translation>
    </message>
    <message>
        <source>A callback needs the time the citizen wants to be called.</source>
        <translation>회신 전화는 민원인이 원하는 통화 시각이 필요합니다.</translation>
    </message>
    <message>
        <source>The callback time is in the past.</source>
        <translation>회신 전화 시각이 이미 지났습니다.</translation>
    </message>
    <message>
        <source>A callback needs a contact number.</source>
        <translation>회신 전화에는 연락처가 필요합니다.</translation>
    </message>
    <message>
        <source>Choose the department to forward to.</source>
        <translation>이관할 부서를 선택하십시오.</translation>
    </message>
    <message>
        <source>the place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>what was seen</source>
        <translation>목격 내용</translation>
    </message>
    <message>
        <source>a time observed that is not in the future</source>
        <translation>미래가 아닌 목격 시각</translation>
    </message>
    <message>
        <source>the enforcement team</source>
        <translation>단속부서</translation>
    </message>
    <message>
        <source>The report needs %1.</source>
        <translation>신고에 다음 항목이 필요합니다: %1.</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields.</source>
        <translation>저장하지 않았습니다: 표시된 항목을 고치십시오.</translation>
    </message>
    <message>
        <source>Masked before saving: %1.</source>
        <translation>저장 전에 가렸습니다: %1.</translation>
    </message>
    <message>
        <source>The database cannot be reached: kept on this computer and sent when it is back.</source>
        <translation>데이터베이스에 연결할 수 없어 이 컴퓨터에 보관했습니다. 연결되면 전송합니다.</translation>
    </message>
    <message>
        <source>Not saved: your version is still in the form.</source>
        <translation>저장하지 않았습니다: 작성하신 내용은 양식에 그대로 있습니다.</translation>
    </message>
    <message>
        <source>Merged. Check the form and save again (Ctrl+S).</source>
        <translation>병합했습니다. 양식을 확인하고 다시 저장하십시오(Ctrl+S).</translation>
    </message>
    <message>
        <source>Show personal data…</source>
        <translation>개인정보 보기…</translation>
    </message>
</context>
<context>
    <name>minwon::CasePageModel</name>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>이관</translation>
    </message>
    <message>
        <source>Returned before</source>
        <translation>보완 요청 이력</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>회신</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>접수</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>상담사</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>상담실</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>표시</translation>
    </message>
</context>
<context>
    <name>minwon::CaseReviewPanel</name>
    <message>
        <source>Show the whole days</source>
        <translation>하루 전체 보기</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>검토(&amp;R)…</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>모든 상담실</translation>
    </message>
    <message>
        <source>All counselors</source>
        <translation>모든 상담사</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>모든 분류</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>모든 채널</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>모든 결과</translation>
    </message>
    <message>
        <source>Forwarded or not</source>
        <translation>이관 여부 전체</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>이관</translation>
    </message>
    <message>
        <source>Not forwarded</source>
        <translation>이관 안 함</translation>
    </message>
    <message>
        <source>Returned or not</source>
        <translation>보완 요청 여부 전체</translation>
    </message>
    <message>
        <source>Returned by a review</source>
        <translation>검토에서 보완 요청됨</translation>
    </message>
    <message>
        <source>Never returned</source>
        <translation>보완 요청 이력 없음</translation>
    </message>
    <message>
        <source>Search the summary and the answer</source>
        <translation>요약과 답변에서 검색</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>조건 지우기</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>접수</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>조건</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>CSV로 내보내기…</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Only %1 – %2</source>
        <translation>%1 ~ %2만</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>The case was approved.</source>
        <translation>상담 건을 승인했습니다.</translation>
    </message>
    <message>
        <source>The case was returned to the counselor.</source>
        <translation>상담 건을 상담사에게 보완을 요청했습니다.</translation>
    </message>
    <message>
        <source>Opened from</source>
        <translation>접수 시작일</translation>
    </message>
    <message>
        <source>Opened until</source>
        <translation>접수 종료일</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>상담실</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>상담사</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>상담 결과</translation>
    </message>
    <message>
        <source>Forwarded?</source>
        <translation>이관 여부</translation>
    </message>
    <message>
        <source>Returned?</source>
        <translation>보완 요청 여부</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>상담 건 목록</translation>
    </message>
</context>
<context>
    <name>minwon::ConflictDialog</name>
    <message>
        <source>Someone else saved this case first</source>
        <translation>다른 사용자가 이 상담 건을 먼저 저장했습니다</translation>
    </message>
    <message>
        <source>Citizen name</source>
        <translation>민원인 이름</translation>
    </message>
    <message>
        <source>Contact number</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Subcategory</source>
        <translation>세부 분류</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>문의 요지</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>답변 내용</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>상담 결과</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>회신 전화</translation>
    </message>
    <message>
        <source>Another desk saved this case while you were editing it. Nothing was overwritten. Choose, for each field that differs, which text stays.</source>
        <translation>편집하는 동안 다른 상담석에서 이 상담 건을 저장했습니다. 덮어쓴 내용은 없습니다. 서로 다른 항목마다 남길 내용을 선택하십시오.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;항목&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation>&lt;b&gt;내가 작성한 내용&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved by the other desk&lt;/b&gt;</source>
        <translation>&lt;b&gt;다른 상담석에서 저장한 내용&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(비어 있음)</translation>
    </message>
    <message>
        <source>%1: keep yours</source>
        <translation>%1: 내 내용 유지</translation>
    </message>
    <message>
        <source>%1: keep theirs</source>
        <translation>%1: 다른 상담석 내용 사용</translation>
    </message>
</context>
<context>
    <name>minwon::ConnectionDialog</name>
    <message>
        <source>disable: no encryption</source>
        <translation>disable: 암호화 안 함</translation>
    </message>
    <message>
        <source>allow: encrypt if the server insists</source>
        <translation>allow: 서버가 요구할 때만 암호화</translation>
    </message>
    <message>
        <source>prefer: encrypt when possible</source>
        <translation>prefer: 가능하면 암호화</translation>
    </message>
    <message>
        <source>require: always encrypt</source>
        <translation>require: 항상 암호화</translation>
    </message>
    <message>
        <source>verify-ca: encrypt and check the certificate</source>
        <translation>verify-ca: 암호화 및 인증서 확인</translation>
    </message>
    <message>
        <source>verify-full: encrypt, check the certificate and the host name</source>
        <translation>verify-full: 암호화, 인증서 및 호스트 이름 확인</translation>
    </message>
    <message>
        <source>Root certificate</source>
        <translation>루트 인증서</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>인증서 (*.crt *.pem);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Trying to connect…</source>
        <translation>연결하는 중…</translation>
    </message>
</context>
<context>
    <name>minwon::DbSession</name>
    <message>
        <source>The database does not answer.</source>
        <translation>데이터베이스가 응답하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>minwon::DbWorker</name>
    <message>
        <source>Connecting to the database…</source>
        <translation>데이터베이스에 연결하는 중…</translation>
    </message>
</context>
<context>
    <name>minwon::DepartmentLoadModel</name>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>미종결</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>기한 지남</translation>
    </message>
    <message>
        <source>Oldest waiting</source>
        <translation>가장 오래 대기</translation>
    </message>
</context>
<context>
    <name>minwon::DeskController</name>
    <message>
        <source>MinwonDesk</source>
        <translation>민원데스크</translation>
    </message>
    <message>
        <source>No shared server is configured and nobody is registered in the private database of this computer.

Load the demo city and sign in as a demo counselor?</source>
        <translation>공용 서버가 설정되어 있지 않고, 이 컴퓨터의 개인용 데이터베이스에 등록된 사용자도 없습니다.

시연용 도시 데이터를 불러와 시연용 상담사로 로그인하시겠습니까?</translation>
    </message>
    <message>
        <source>Preparing the database…</source>
        <translation>데이터베이스를 준비하는 중…</translation>
    </message>
    <message>
        <source>MinwonDesk cannot start</source>
        <translation>민원데스크를 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>MinwonDesk cannot sign in</source>
        <translation>민원데스크에 로그인할 수 없습니다</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>연결 설정</translation>
    </message>
    <message>
        <source>The new settings apply from the next start.</source>
        <translation>새 설정은 다음 시작 때부터 적용됩니다.</translation>
    </message>
    <message>
        <source>Drafts cannot be kept on this computer (%1). Save often.</source>
        <translation>작성 중인 내용을 이 컴퓨터에 보관할 수 없습니다(%1). 자주 저장하십시오.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Unfinished complaint forms</source>
        <translation>작성 중이던 민원 양식</translation>
    </message>
    <message>
        <source>These forms were being written when MinwonDesk last stopped. Open one to finish it (the others are kept):</source>
        <translation>민원데스크가 마지막으로 종료될 때 작성 중이던 양식입니다. 이어서 작성할 양식을 여십시오(나머지는 보관됩니다):</translation>
    </message>
    <message>
        <source>A kept save was refused</source>
        <translation>보관된 저장이 거부됨</translation>
    </message>
    <message>
        <source>The database refused a case kept on this computer (%1). It is in your unfinished forms; open it, correct it and save again.</source>
        <translation>이 컴퓨터에 보관된 민원을 데이터베이스가 거부했습니다 (%1). 작성 중인 양식에 남아 있으니 열어서 고친 뒤 다시 저장하십시오.</translation>
    </message>
</context>
<context>
    <name>minwon::EditorPanel</name>
    <message>
        <source>&amp;New article</source>
        <translation>새 지침(&amp;N)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Ver.</source>
        <translation>판</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>시행</translation>
    </message>
    <message>
        <source>By</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Article id</source>
        <translation>지침 ID</translation>
    </message>
    <message>
        <source>Filter by title or id</source>
        <translation>제목이나 ID로 거르기</translation>
    </message>
    <message>
        <source>Guidance articles</source>
        <translation>상담 지침 목록</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>이력(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Call-backs</source>
        <translation>회신 전화(&amp;C)</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>%1판</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n version(s) wait for you.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;처리를 기다리는 판이 %n개 있습니다.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation>처리를 기다리는 판이 없습니다.</translation>
    </message>
</context>
<context>
    <name>minwon::EditorWorkspace</name>
    <message>
        <source>Counse&amp;lors&apos; view</source>
        <translation>상담사 화면(&amp;K)</translation>
    </message>
</context>
<context>
    <name>minwon::FiguresPanel</name>
    <message>
        <source>Today&apos;s service figures</source>
        <translation>오늘의 서비스 지표</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>어제</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>이번 달</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>지난달</translation>
    </message>
    <message>
        <source>⚠ Not up to date</source>
        <translation>⚠ 최신 정보 아님</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Live, updated %1</source>
        <translation>실시간, %1 갱신</translation>
    </message>
    <message>
        <source>%1, computed %2</source>
        <translation>%1, %2 집계</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>종료일</translation>
    </message>
</context>
<context>
    <name>minwon::ForwardModel</name>
    <message>
        <source>%1 overdue</source>
        <translation>%1 지연</translation>
    </message>
    <message>
        <source> (for information)</source>
        <translation> (공유)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>이관 일시</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>경과</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>신고</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
</context>
<context>
    <name>minwon::ForwardTrackingModel</name>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>상담 건</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>이관 시각</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>경과</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Overdue by</source>
        <translation>기한 초과</translation>
    </message>
    <message>
        <source>Past its due time</source>
        <translation>처리 기한이 지났습니다</translation>
    </message>
</context>
<context>
    <name>minwon::ForwardTrackingPanel</name>
    <message>
        <source>Open forwards by department (overdue first)</source>
        <translation>부서별 미종결 이관 (기한 지난 것 먼저)</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>모든 부서</translation>
    </message>
    <message>
        <source>⚠ Not up to date</source>
        <translation>⚠ 최신 정보 아님</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>미종결 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>기한 지남 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Open forwards by department</source>
        <translation>부서별 처리 중인 이관 건</translation>
    </message>
    <message>
        <source>Open forwards</source>
        <translation>처리 중인 이관 건</translation>
    </message>
</context>
<context>
    <name>minwon::ForwardsPanel</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>접수(&amp;A)</translation>
    </message>
    <message>
        <source>Field check &amp;done</source>
        <translation>현장 점검 완료(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>종결(&amp;C)</translation>
    </message>
    <message>
        <source>Reports forwarded to your department</source>
        <translation>우리 부서로 이관된 신고</translation>
    </message>
    <message>
        <source>Forwarded reports</source>
        <translation>이관된 신고</translation>
    </message>
    <message>
        <source>Result of the field check (required to mark it done)</source>
        <translation>현장 점검 결과 (점검 완료 시 필수)</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>메모 (선택)</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>결과(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>No open forwards.</source>
        <translation>처리할 이관 건이 없습니다.</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>장소: %1</translation>
    </message>
    <message>
        <source>Seen at: %1</source>
        <translation>목격 시각: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>처리 기한: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>결과: %1</translation>
    </message>
    <message>
        <source>Write the result of the field check.</source>
        <translation>현장 점검 결과를 입력하십시오.</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>기록했습니다.</translation>
    </message>
</context>
<context>
    <name>minwon::KbChangesPanel</name>
    <message>
        <source>Sho&amp;w</source>
        <translation>보기(&amp;W)</translation>
    </message>
    <message>
        <source>Conf&amp;irm read</source>
        <translation>확인함(&amp;K)</translation>
    </message>
    <message>
        <source>Records that you have read the selected changes (all when none is selected).</source>
        <translation>선택한 변경 사항을 읽었다고 기록합니다 (선택하지 않으면 전체).</translation>
    </message>
    <message>
        <source>[correction]</source>
        <translation>[정정]</translation>
    </message>
    <message>
        <source>[expired]</source>
        <translation>[만료]</translation>
    </message>
    <message>
        <source>No guidance changed since you last confirmed.</source>
        <translation>마지막 확인 이후 바뀐 지침이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n guidance change(s) since your last shift&lt;/b&gt; to read and confirm.</source>
        <translation>
            <numerusform>&lt;b&gt;지난 근무 이후 바뀐 지침 %n건&lt;/b&gt;을 읽고 확인해 주십시오.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) confirmed as read.</source>
        <translation>
            <numerusform>변경 사항 %n건을 읽음으로 확인했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>minwon::KbPanel</name>
    <message>
        <source>&amp;Use in answer (Ctrl+Q)</source>
        <translation>답변에 인용(&amp;U) (Ctrl+Q)</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>상담 지침</translation>
    </message>
    <message>
        <source>Search guidance (Ctrl+K): e.g. 선별진료소, 거리두기, ㄱㄹㄷㄱ</source>
        <translation>상담 지침 검색 (Ctrl+K): 예) 선별진료소, 거리두기, ㄱㄹㄷㄱ</translation>
    </message>
    <message>
        <source>Search guidance</source>
        <translation>상담 지침 검색</translation>
    </message>
    <message>
        <source>In force on</source>
        <translation>시행 기준일</translation>
    </message>
    <message>
        <source>In force &amp;on:</source>
        <translation>시행 기준일(&amp;O):</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <source>Guidance text</source>
        <translation>지침 본문</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) in force on this day</source>
        <translation>
            <numerusform>이날 시행 중인 지침 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>검색 결과 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>*In force from %1%2 · version %3*</source>
        <translation>*시행일 %1%2 · 버전 %3*</translation>
    </message>
    <message>
        <source> until %1</source>
        <translation>, 종료일 %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>Also old &amp;guidance</source>
        <translation>지난 지침도(&amp;J)</translation>
    </message>
    <message>
        <source>Also show superseded and expired versions, marked as no longer in force</source>
        <translation>대체되었거나 종료된 지침도 &apos;시행 중 아님&apos;으로 표시해 보여 줍니다</translation>
    </message>
    <message>
        <source>⚠ This version is not in force on the chosen day; it cannot be quoted.</source>
        <translation>⚠ 이 버전은 선택한 날짜에 시행 중이 아니어서 인용할 수 없습니다.</translation>
    </message>
    <message>
        <source>not in force: %1</source>
        <translation>시행 중 아님: %1</translation>
    </message>
    <message>
        <source>not in force</source>
        <translation>시행 중 아님</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · 버전 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n not in force</source>
        <translation>
            <numerusform>시행 중 아님 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the guidance…</source>
        <translation>상담 지침을 불러오는 중…</translation>
    </message>
    <message>
        <source>Not in force on %1 (%2). Do not give this rule as today&apos;s.</source>
        <translation>%1 기준 시행 중이 아닙니다(%2). 오늘 적용되는 지침으로 안내하지 마십시오.</translation>
    </message>
    <message>
        <source>Correction of the previous version: %1</source>
        <translation>이전 버전 정정: %1</translation>
    </message>
    <message>
        <source>New guidance in force: %1 (version %2)</source>
        <translation>새 지침 시행: %1 (버전 %2)</translation>
    </message>
    <message>
        <source>Guidance no longer in force: %1 (version %2)</source>
        <translation>지침 종료: %1 (버전 %2)</translation>
    </message>
    <message>
        <source>Guidance replaced: %1 (version %2)</source>
        <translation>지침 대체: %1 (버전 %2)</translation>
    </message>
    <message>
        <source>show</source>
        <translation>보기</translation>
    </message>
</context>
<context>
    <name>minwon::MainWindow</name>
    <message>
        <source>MinwonDesk — %1</source>
        <translation>민원데스크 — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Connection settings…</source>
        <translation>연결 설정(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>상담(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Take next contact</source>
        <translation>다음 건 받기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Search guidance</source>
        <translation>상담 지침 검색(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Use guidance in answer</source>
        <translation>지침을 답변에 인용(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Save case</source>
        <translation>상담 건 저장(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Complete case</source>
        <translation>상담 건 완료(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>글자 크게(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>글자 작게(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About MinwonDesk</source>
        <translation>민원데스크 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About MinwonDesk</source>
        <translation>민원데스크 정보</translation>
    </message>
    <message>
        <source>&lt;b&gt;MinwonDesk %1&lt;/b&gt;&lt;p&gt;The civil-complaint call-center workstation.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;b&gt;민원데스크 %1&lt;/b&gt;&lt;p&gt;민원콜센터 상담 업무 프로그램입니다.&lt;/p&gt;&lt;p&gt;Apache License 2.0에 따라 사용이 허가됩니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Take the next contact</source>
        <translation>다음 건 받기</translation>
    </message>
    <message>
        <source>Take the selected contact (in the queue)</source>
        <translation>선택한 건 받기(대기열)</translation>
    </message>
    <message>
        <source>Search guidance</source>
        <translation>상담 지침 검색</translation>
    </message>
    <message>
        <source>Use the shown guidance in the answer</source>
        <translation>표시된 지침을 답변에 인용</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>상담 건 저장</translation>
    </message>
    <message>
        <source>Complete the case</source>
        <translation>상담 건 완료</translation>
    </message>
    <message>
        <source>Larger or smaller text</source>
        <translation>글자 크게 또는 작게</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>이 목록</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>상태(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;End the contact (after-contact work)</source>
        <translation>응대 종료 - 후처리 시작(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Release the contact to the queue</source>
        <translation>대기열로 돌려놓기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Transfer the contact…</source>
        <translation>상담 전환(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Decline the ringing call</source>
        <translation>배정된 전화 거절(&amp;D)</translation>
    </message>
    <message>
        <source>End the contact: after-contact work begins</source>
        <translation>응대 종료: 후처리 시작</translation>
    </message>
    <message>
        <source>Transfer the contact to a counselor or a room</source>
        <translation>다른 상담사나 상담실로 전환</translation>
    </message>
    <message>
        <source>Available / break / offline</source>
        <translation>상담 가능 / 휴식 / 오프라인</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>보고서(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Daily report (PDF and CSV)…</source>
        <translation>일일 보고서(PDF, CSV)(&amp;D)…</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>언어(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>시스템 언어(&amp;S)</translation>
    </message>
    <message>
        <source>Applies after restarting MinwonDesk</source>
        <translation>민원데스크를 다시 시작하면 적용됩니다</translation>
    </message>
    <message>
        <source>The language changes when MinwonDesk is started again.</source>
        <translation>언어는 민원데스크를 다시 시작하면 바뀝니다.</translation>
    </message>
</context>
<context>
    <name>minwon::OutageBanner</name>
    <message>
        <source>Database connection</source>
        <translation>데이터베이스 연결</translation>
    </message>
    <message>
        <source>⚠ The database cannot be reached. Guidance search and the complaint form keep working; what you save is kept on this computer and sent when the connection is back. The queue is not up to date.</source>
        <translation>⚠ 데이터베이스에 연결할 수 없습니다. 지침 검색과 민원 양식은 계속 쓸 수 있으며, 저장한 내용은 이 컴퓨터에 보관했다가 연결이 돌아오면 보냅니다. 대기열은 최신 상태가 아닙니다.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to be sent: %n.</source>
        <translation>
            <numerusform>전송 대기: %n건.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying to reconnect…</source>
        <translation>다시 연결하는 중…</translation>
    </message>
    <message>
        <source>✓ Connected again. Sending what was kept on this computer: %1 of %2.</source>
        <translation>✓ 다시 연결되었습니다. 이 컴퓨터에 보관한 내용을 보내는 중: %2건 중 %1건.</translation>
    </message>
    <message numerus="yes">
        <source>✓ Connected again. %n save(s) could not be sent yet.</source>
        <translation>
            <numerusform>✓ 다시 연결되었습니다. 아직 보내지 못한 저장이 %n건 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Connected again. Everything kept on this computer has been sent.</source>
        <translation>✓ 다시 연결되었습니다. 이 컴퓨터에 보관한 내용을 모두 보냈습니다.</translation>
    </message>
</context>
<context>
    <name>minwon::OverviewPanel</name>
    <message>
        <source>⚠ Not up to date</source>
        <translation>⚠ 최신 정보 아님</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>minwon::PrivateServer</name>
    <message>
        <source>The PostgreSQL server programs (initdb, pg_ctl, postgres) were not found. Install them with &quot;apt install postgresql&quot;, or set MINWON_PG_BINDIR to their directory.</source>
        <translation>PostgreSQL 서버 프로그램(initdb, pg_ctl, postgres)을 찾을 수 없습니다. &quot;apt install postgresql&quot;로 설치하거나 MINWON_PG_BINDIR에 해당 디렉터리를 지정하십시오.</translation>
    </message>
    <message>
        <source>The database runs as the system user &quot;%1&quot; because this program runs as root, but that user cannot enter %2. Choose a data directory outside it (for example under /var/lib or /tmp) or run as a normal user.</source>
        <translation>이 프로그램이 root로 실행되어 데이터베이스는 시스템 사용자 &quot;%1&quot; 권한으로 실행되지만, 이 사용자는 %2에 접근할 수 없습니다. 그 바깥의 데이터 디렉터리(예: /var/lib 또는 /tmp 아래)를 선택하거나 일반 사용자로 실행하십시오.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>디렉터리를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot hand the directory %1 to the user %2.</source>
        <translation>디렉터리 %1의 소유권을 사용자 %2에게 넘길 수 없습니다.</translation>
    </message>
    <message>
        <source>Creating the private database (first start)…</source>
        <translation>개인용 데이터베이스를 만드는 중(최초 실행)…</translation>
    </message>
    <message>
        <source>Creating the database cluster failed:
%1</source>
        <translation>데이터베이스 클러스터를 만들지 못했습니다:
%1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Recovering the private database after an unclean stop…</source>
        <translation>비정상 종료된 개인용 데이터베이스를 복구하는 중…</translation>
    </message>
    <message>
        <source>PostgreSQL cannot run as root and no unprivileged user (postgres or nobody) was found.</source>
        <translation>PostgreSQL은 root로 실행할 수 없는데, 권한이 제한된 사용자(postgres 또는 nobody)를 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>The directory %1 is not empty and holds no database. Move its contents away or choose another directory.</source>
        <translation>디렉터리 %1에 다른 파일이 있으며 데이터베이스는 없습니다. 안의 내용을 다른 곳으로 옮기거나 다른 디렉터리를 선택하십시오.</translation>
    </message>
    <message>
        <source>The private database was made by PostgreSQL %1 but the installed server is %2. Install PostgreSQL %1 or upgrade the cluster with pg_upgrade.</source>
        <translation>개인용 데이터베이스는 PostgreSQL %1 버전에서 만들어졌지만 설치된 서버는 %2 버전입니다. PostgreSQL %1 버전을 설치하거나 pg_upgrade로 클러스터를 업그레이드하십시오.</translation>
    </message>
    <message>
        <source>Starting the private database…</source>
        <translation>개인용 데이터베이스를 시작하는 중…</translation>
    </message>
    <message>
        <source>The private database did not start:
%1
%2</source>
        <translation>개인용 데이터베이스가 시작되지 않았습니다:
%1
%2</translation>
    </message>
    <message>
        <source>Stopping the private database failed: %1</source>
        <translation>개인용 데이터베이스를 중지하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>데이터베이스 %1 생성에 실패했습니다: %2</translation>
    </message>
    <message>
        <source>Another program is starting the private database and does not finish.</source>
        <translation>다른 프로그램이 개인용 데이터베이스를 시작하고 있으나 끝나지 않습니다.</translation>
    </message>
    <message>
        <source>%1 already holds a database.</source>
        <translation>%1에 이미 데이터베이스가 있습니다.</translation>
    </message>
    <message>
        <source>Copying the primary failed: %1</source>
        <translation>주 서버 복사에 실패했습니다: %1</translation>
    </message>
    <message>
        <source>Promoting the standby failed: %1</source>
        <translation>대기 서버 승격에 실패했습니다: %1</translation>
    </message>
    <message>
        <source>Cannot hand the file %1 to the user %2.</source>
        <translation>파일 %1의 소유권을 사용자 %2에게 넘길 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>minwon::QueueModel</name>
    <message>
        <source>%1 over</source>
        <translation>%1 초과</translation>
    </message>
    <message>
        <source>%1 soon</source>
        <translation>%1 임박</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>배정 중</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Waiting longer than the service-level target of this channel.</source>
        <translation>이 채널의 서비스 수준 목표 시간을 넘겨 대기하고 있습니다.</translation>
    </message>
    <message>
        <source>Close to the service-level target of this channel.</source>
        <translation>이 채널의 서비스 수준 목표 시간에 가까워졌습니다.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>From</source>
        <translation>발신</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>대기</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>상담사</translation>
    </message>
    <message>
        <source>%1, over the service-level target</source>
        <translation>%1, 서비스 목표 시간 초과</translation>
    </message>
    <message>
        <source>%1, close to the service-level target</source>
        <translation>%1, 서비스 목표 시간 임박</translation>
    </message>
</context>
<context>
    <name>minwon::QueuePanel</name>
    <message>
        <source>&amp;Take next (F2)</source>
        <translation>다음 건 받기(&amp;T) (F2)</translation>
    </message>
    <message>
        <source>Ta&amp;ke this one</source>
        <translation>이 건 받기(&amp;G)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>대기열</translation>
    </message>
    <message>
        <source>⚠ Not up to date: the database cannot be reached</source>
        <translation>⚠ 최신 정보 아님: 데이터베이스에 연결할 수 없습니다</translation>
    </message>
    <message>
        <source>Queue of waiting contacts</source>
        <translation>대기 중인 문의 대기열</translation>
    </message>
    <message>
        <source>Take the next contact</source>
        <translation>다음 건 받기</translation>
    </message>
    <message>
        <source>Take the selected contact</source>
        <translation>선택한 건 받기</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>대기 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a contact first.</source>
        <translation>먼저 문의를 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 is already handling this contact.</source>
        <translation>%1 상담사가 이미 이 건을 응대하고 있습니다.</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>돌려놓기(&amp;L)</translation>
    </message>
    <message>
        <source>Transfer… (Ctrl+T)</source>
        <translation>전환(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;End contact (F4)</source>
        <translation>응대 종료(&amp;E) (F4)</translation>
    </message>
    <message>
        <source>Show channel</source>
        <translation>표시할 채널</translation>
    </message>
    <message>
        <source>Show room</source>
        <translation>표시할 상담실</translation>
    </message>
    <message>
        <source>&amp;Answer (F2)</source>
        <translation>받기(&amp;A) (F2)</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>거절(&amp;D)</translation>
    </message>
    <message>
        <source>Put the contact in hand back into the queue</source>
        <translation>응대 중인 건을 대기열로 돌려놓습니다</translation>
    </message>
    <message>
        <source>Hand the contact in hand to a counselor or a room</source>
        <translation>응대 중인 건을 다른 상담사나 상담실로 넘깁니다</translation>
    </message>
    <message>
        <source>The call is over: start after-contact work</source>
        <translation>통화가 끝났습니다: 후처리를 시작합니다</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>전체 채널</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>전체 상담실</translation>
    </message>
    <message numerus="yes">
        <source>☎ Call for you from %1 — %n second(s) left</source>
        <translation>
            <numerusform>☎ %1 전화가 배정되었습니다 — %n초 남음</numerusform>
        </translation>
    </message>
    <message>
        <source>The contact is back in the queue.</source>
        <translation>문의를 대기열로 돌려놓았습니다.</translation>
    </message>
    <message>
        <source>The contact was transferred.</source>
        <translation>상담을 전환했습니다.</translation>
    </message>
    <message>
        <source>After-contact work: complete the case with its result (Ctrl+Enter).</source>
        <translation>후처리 중: 상담 결과를 입력해 상담 건을 완료하십시오(Ctrl+Enter).</translation>
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
        <translation>엑셀용 CSV</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation>일일 보고서</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
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
        <translation>선택…</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>저장 위치</translation>
    </message>
    <message>
        <source>daily-report-%1</source>
        <translation>일일보고서-%1</translation>
    </message>
    <message>
        <source>Choose where to save the PDF, the CSV or both.</source>
        <translation>PDF나 CSV, 또는 둘 다 저장할 곳을 고르세요.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>minwon::ReportExporter</name>
    <message>
        <source>Reading the figures…</source>
        <translation>지표를 읽는 중…</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Drawing page 1…</source>
        <translation>1쪽을 그리는 중…</translation>
    </message>
    <message>
        <source>Drawing page %1…</source>
        <translation>%1쪽을 그리는 중…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장하는 중…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Counting the cases…</source>
        <translation>상담 건을 세는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n case(s) to %1.</source>
        <translation>
            <numerusform>상담 건 %n건을 %1에 저장했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 cases…</source>
        <translation>%2건 중 %1건…</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>내보내기를 취소했습니다. 파일을 만들지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>minwon::RevealDialog</name>
    <message>
        <source>Personal data of %1 is masked. Say why you need to see it: your name, the time and the reason are recorded.</source>
        <translation>%1의 개인정보는 가려져 있습니다. 확인이 필요한 사유를 적어 주십시오. 이름, 시각, 사유가 기록됩니다.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>보기(&amp;S)</translation>
    </message>
    <message>
        <source>Give a reason to see personal data.</source>
        <translation>개인정보를 보려면 사유를 적어 주십시오.</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>요청하는 중…</translation>
    </message>
    <message>
        <source>Shown and recorded.</source>
        <translation>표시했으며 기록을 남겼습니다.</translation>
    </message>
</context>
<context>
    <name>minwon::ReviewDialog</name>
    <message>
        <source>&amp;Approve</source>
        <translation>승인(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Return to the counselor</source>
        <translation>상담사에게 보완 요청(&amp;R)</translation>
    </message>
    <message>
        <source>Review a case</source>
        <translation>상담 건 검토</translation>
    </message>
    <message>
        <source>Review checklist</source>
        <translation>검토 체크리스트</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>채점 안 함</translation>
    </message>
    <message>
        <source>%1: not scored</source>
        <translation>%1: 채점 안 함</translation>
    </message>
    <message>
        <source>%1: %2 of 5</source>
        <translation>%1: 5점 중 %2점</translation>
    </message>
    <message>
        <source>Comment for the counselor; required when returning the case</source>
        <translation>상담사에게 남길 의견 (보완을 요청할 때는 필수)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>의견</translation>
    </message>
    <message>
        <source>Loading the case…</source>
        <translation>상담 건을 불러오는 중…</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>상담사</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>인입</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>응대 시작</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>통화 종료</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>회신</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>요청됨</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>Answer given</source>
        <translation>안내한 답변</translation>
    </message>
    <message>
        <source>Guidance quoted</source>
        <translation>인용한 지침</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>이관</translation>
    </message>
    <message>
        <source>Earlier reviews</source>
        <translation>이전 검토</translation>
    </message>
    <message>
        <source>The counselor has not completed this case yet; it can be reviewed once completed.</source>
        <translation>상담사가 아직 완료하지 않은 건입니다. 완료되면 검토할 수 있습니다.</translation>
    </message>
    <message>
        <source>Returned: waiting for the counselor&apos;s correction.</source>
        <translation>보완 요청됨: 상담사의 수정을 기다리는 중입니다.</translation>
    </message>
    <message>
        <source>Approved already; you may still return it with a comment.</source>
        <translation>이미 승인했습니다. 의견을 적어 보완을 요청할 수는 있습니다.</translation>
    </message>
    <message>
        <source>Say what the counselor should correct before returning the case.</source>
        <translation>보완을 요청하려면 상담사가 고칠 점을 적어 주세요.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장하는 중…</translation>
    </message>
</context>
<context>
    <name>minwon::StartupDialog</name>
    <message>
        <source>MinwonDesk</source>
        <translation>민원데스크</translation>
    </message>
    <message>
        <source>Starting MinwonDesk</source>
        <translation>민원데스크 시작 중</translation>
    </message>
    <message>
        <source>Start-up progress</source>
        <translation>시작 진행 상황</translation>
    </message>
</context>
<context>
    <name>minwon::StatusBar</name>
    <message>
        <source>Signed in as %1</source>
        <translation>로그인 사용자: %1</translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation>● 연결됨</translation>
    </message>
    <message>
        <source>◌ Connecting…</source>
        <translation>◌ 연결 중…</translation>
    </message>
    <message>
        <source>✕ Database unreachable</source>
        <translation>✕ 데이터베이스 연결 끊김</translation>
    </message>
    <message>
        <source>✕ Not connected</source>
        <translation>✕ 연결 안 됨</translation>
    </message>
</context>
<context>
    <name>minwon::SupervisorDesk</name>
    <message>
        <source>Queue by channel</source>
        <translation>채널별 대기열</translation>
    </message>
    <message>
        <source>Counselors now</source>
        <translation>상담사 현황</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>현황</translation>
    </message>
    <message>
        <source>Service figures</source>
        <translation>서비스 지표</translation>
    </message>
    <message>
        <source>Cases to review</source>
        <translation>상담 건 검토</translation>
    </message>
    <message>
        <source>Forward tracking</source>
        <translation>이관 추적</translation>
    </message>
    <message>
        <source>Daily report…</source>
        <translation>일일 보고서…</translation>
    </message>
    <message>
        <source>Make the daily report as PDF and CSV</source>
        <translation>일일 보고서를 PDF와 CSV로 만듭니다</translation>
    </message>
    <message>
        <source>cases-%1.csv</source>
        <translation>상담건-%1.csv</translation>
    </message>
    <message>
        <source>Export cases</source>
        <translation>상담 건 내보내기</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting cases…</source>
        <translation>상담 건을 내보내는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>minwon::SupervisorWorkspace</name>
    <message>
        <source>&amp;People</source>
        <translation>사용자(&amp;P)</translation>
    </message>
</context>
<context>
    <name>minwon::SurgeBanner</name>
    <message numerus="yes">
        <source>Surge: %1 — %n case(s) from %2 to %3</source>
        <translation>
            <numerusform>급증: %1 — %2~%3 사이 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 times the usual %2 for this hour</source>
        <translation>이 시간대 평소(%2건)의 %1배</translation>
    </message>
    <message>
        <source>usually none at this hour</source>
        <translation>평소 이 시간대에는 없음</translation>
    </message>
    <message>
        <source>Show these cases</source>
        <translation>해당 상담 건 보기</translation>
    </message>
</context>
<context>
    <name>minwon::TransferDialog</name>
    <message>
        <source>To a &amp;counselor:</source>
        <translation>상담사에게(&amp;C):</translation>
    </message>
    <message>
        <source>To the queue of a &amp;room:</source>
        <translation>상담실 대기열로(&amp;R):</translation>
    </message>
    <message>
        <source>Transfer the contact</source>
        <translation>상담 전환</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>상담사</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>상담실</translation>
    </message>
    <message>
        <source>Why, in a few words (required)</source>
        <translation>전환 사유를 간단히 (필수)</translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation>사유(&amp;A):</translation>
    </message>
    <message>
        <source>⚠ Write the reason for the transfer.</source>
        <translation>⚠ 전환 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>⚠ Choose a counselor.</source>
        <translation>⚠ 상담사를 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>minwon::UserAdminPanel</name>
    <message>
        <source>Counselor</source>
        <translation>상담사</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>Guidance editor</source>
        <translation>지침 편집자</translation>
    </message>
    <message>
        <source>Guidance approver</source>
        <translation>지침 승인자</translation>
    </message>
    <message>
        <source>Department staff</source>
        <translation>부서 담당자</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>시스템 관리자</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>로그인 이름</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>사용 중지</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>사용 중지(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>사용 재개(&amp;E)</translation>
    </message>
    <message>
        <source>%1 can now sign in as %2.</source>
        <translation>%1 님이 이제 %2(으)로 로그인할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 님의 역할: %2.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 님이 다시 로그인할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 님은 이제 로그인할 수 없습니다.</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>%1 님의 비밀번호를 바꾸었습니다.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>새 비밀번호</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>%1 님의 새 비밀번호:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>한 번 더:</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>두 비밀번호가 다릅니다. 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>사용자 추가</translation>
    </message>
    <message>
        <source>Sign-in name:</source>
        <translation>로그인 이름:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>역할:</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>역할 변경</translation>
    </message>
    <message>
        <source>New role of %1:</source>
        <translation>%1 님의 새 역할:</translation>
    </message>
</context>
<context>
    <name>minwon::VersionHistory</name>
    <message>
        <source>Version</source>
        <translation>판</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>작성 일시</translation>
    </message>
    <message>
        <source>Approved or returned by</source>
        <translation>승인·반려자</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>게시 일시</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Differences between the versions</source>
        <translation>판 사이의 차이</translation>
    </message>
    <message>
        <source>Compare version</source>
        <translation>비교할 판</translation>
    </message>
    <message>
        <source>with</source>
        <translation>대상 판</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1 예정</translation>
    </message>
    <message>
        <source>Correction of version %1</source>
        <translation>%1판 정정</translation>
    </message>
    <message>
        <source>returned: %1</source>
        <translation>반려: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Only one version so far.&lt;/p&gt;</source>
        <translation>&lt;p&gt;아직 판이 하나뿐입니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Body: %1 words inserted, %2 deleted</source>
        <translation>본문: %1어절 추가, %2어절 삭제</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>시행</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Versions of the article</source>
        <translation>지침의 판 목록</translation>
    </message>
</context>
</TS>
