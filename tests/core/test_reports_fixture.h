// SPDX-License-Identifier: Apache-2.0
#pragma once

// The supervisor figures' fixture day, shared by the core and UI tests.

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace minwon::test {

// The fixture day: Friday 16 April 2021, Seoul. Every figure below is
// computed by hand in docs/figures.md ("A worked day").
//   C1 phone 09:00:00, claimed +10 s, talk 180 s, ACW 60 s, tax, counselor A (room 1)
//   C2 phone 09:10:00, claimed +30 s (after the 20 s threshold), talk 120 s, ACW 30 s, tax, B (room 2);
//      the same citizen calls again about tax on the 18th (not resolved at the first contact)
//   C3 phone 10:00:00, abandoned after 3 s (within the 5 s grace period)
//   C4 phone 10:05:00, abandoned after 40 s
//   C5 KakaoTalk 23:50:00, claimed 00:20 the next day (1,800 s, threshold 1 h), talk 600 s, ACW 120 s,
//   COVID-19, A C6 phone 14:00:00, claimed +5 s, talk 300 s, ACW 60 s, welfare, B, callback requested C7
//   phone 15:00:00, claimed +20 s (exactly the threshold), talk 120 s, ACW 40 s, tax, A, returned by a
//   review;
//      the same citizen calls the next day about welfare (another category: still resolved)
//   C9 phone 16:00:00, claimed +8 s, talk 240 s, case still open, resident, B
//   K10 a case without a contact (a visitor), 11:00, completed, transport, B
//   C0 phone 23:59:59 the day before (not this day); C1's citizen calls again after 9 days (outside 7 days).
inline const char* const kFixture = R"SQL(
SET session_replication_role = replica;
INSERT INTO people (id, login, display_name, role, room_id) VALUES
 ('00000000-0000-0000-0000-00000000000a', 'fx_a', '김상담', 'counselor', 1),
 ('00000000-0000-0000-0000-00000000000b', 'fx_b', '이상담', 'counselor', 2),
 ('00000000-0000-0000-0000-00000000000c', 'fx_s', '박관리', 'supervisor', 1);
INSERT INTO departments (code, name_ko, name_en, kind, forward_due_hours) VALUES
 ('welfare', '복지정책과', 'Welfare policy', 'service', 48);
INSERT INTO contacts (id, channel, sender, state, arrived_at, claimed_by, claimed_at, done_at, abandoned_at) VALUES
 ('c0000000-0000-0000-0000-000000000000','phone','01000000000','done','2021-04-15 23:59:59+09','00000000-0000-0000-0000-00000000000a','2021-04-16 00:00:09+09','2021-04-16 00:02:09+09',NULL),
 ('c0000000-0000-0000-0000-000000000001','phone','01000000001','done','2021-04-16 09:00:00+09','00000000-0000-0000-0000-00000000000a','2021-04-16 09:00:10+09','2021-04-16 09:03:10+09',NULL),
 ('c0000000-0000-0000-0000-000000000002','phone','01000000002','done','2021-04-16 09:10:00+09','00000000-0000-0000-0000-00000000000b','2021-04-16 09:10:30+09','2021-04-16 09:12:30+09',NULL),
 ('c0000000-0000-0000-0000-000000000003','phone','01000000003','abandoned','2021-04-16 10:00:00+09',NULL,NULL,NULL,'2021-04-16 10:00:03+09'),
 ('c0000000-0000-0000-0000-000000000004','phone','01000000004','abandoned','2021-04-16 10:05:00+09',NULL,NULL,NULL,'2021-04-16 10:05:40+09'),
 ('c0000000-0000-0000-0000-000000000005','kakao_channel','kakao_channel:user5','done','2021-04-16 23:50:00+09','00000000-0000-0000-0000-00000000000a','2021-04-17 00:20:00+09','2021-04-17 00:30:00+09',NULL),
 ('c0000000-0000-0000-0000-000000000006','phone','01000000006','done','2021-04-16 14:00:00+09','00000000-0000-0000-0000-00000000000b','2021-04-16 14:00:05+09','2021-04-16 14:05:05+09',NULL),
 ('c0000000-0000-0000-0000-000000000007','phone','01000000007','done','2021-04-16 15:00:00+09','00000000-0000-0000-0000-00000000000a','2021-04-16 15:00:20+09','2021-04-16 15:02:20+09',NULL),
 ('c0000000-0000-0000-0000-000000000009','phone','01000000009','done','2021-04-16 16:00:00+09','00000000-0000-0000-0000-00000000000b','2021-04-16 16:00:08+09','2021-04-16 16:04:08+09',NULL),
 ('c0000000-0000-0000-0000-000000000012','phone','01000000002','done','2021-04-18 10:00:00+09','00000000-0000-0000-0000-00000000000a','2021-04-18 10:00:05+09','2021-04-18 10:02:05+09',NULL),
 ('c0000000-0000-0000-0000-000000000011','phone','01000000001','done','2021-04-25 10:00:00+09','00000000-0000-0000-0000-00000000000a','2021-04-25 10:00:05+09','2021-04-25 10:02:05+09',NULL),
 ('c0000000-0000-0000-0000-000000000017','phone','01000000007','done','2021-04-17 10:00:00+09','00000000-0000-0000-0000-00000000000b','2021-04-17 10:00:05+09','2021-04-17 10:02:05+09',NULL);
INSERT INTO cases (id, contact_id, channel, sender, category_code, subcategory_code, summary, answer, wrapup_code, callback_requested, state, counselor_id, room_id, opened_at, completed_at, review_comment) VALUES
 ('a0000000-0000-0000-0000-000000000000','c0000000-0000-0000-0000-000000000000','phone','01000000000','other','other.general','자정 직전 문의','','answered',false,'completed','00000000-0000-0000-0000-00000000000a',1,'2021-04-16 00:00:09+09','2021-04-16 00:03:09+09',NULL),
 ('a0000000-0000-0000-0000-000000000001','c0000000-0000-0000-0000-000000000001','phone','01000000001','tax','tax.property','재산세 납부 기한 문의','7월과 9월에 나누어 냅니다.','answered',false,'completed','00000000-0000-0000-0000-00000000000a',1,'2021-04-16 09:00:10+09','2021-04-16 09:04:10+09',NULL),
 ('a0000000-0000-0000-0000-000000000002','c0000000-0000-0000-0000-000000000002','phone','01000000002','tax','tax.vehicle','자동차세 연납 문의','1월에 연납하면 공제됩니다.','answered',false,'approved','00000000-0000-0000-0000-00000000000b',2,'2021-04-16 09:10:30+09','2021-04-16 09:13:00+09',NULL),
 ('a0000000-0000-0000-0000-000000000005','c0000000-0000-0000-0000-000000000005','kakao_channel','kakao_channel:user5','covid19','covid19.testing','선별진료소 운영 시간','','answered',false,'completed','00000000-0000-0000-0000-00000000000a',1,'2021-04-17 00:20:00+09','2021-04-17 00:32:00+09',NULL),
 ('a0000000-0000-0000-0000-000000000006','c0000000-0000-0000-0000-000000000006','phone','01000000006','welfare','welfare.basic','기초생활수급 신청 서류','','forwarded',true,'completed','00000000-0000-0000-0000-00000000000b',2,'2021-04-16 14:00:05+09','2021-04-16 14:06:05+09',NULL),
 ('a0000000-0000-0000-0000-000000000007','c0000000-0000-0000-0000-000000000007','phone','01000000007','tax','tax.local','지방세 체납 안내','','answered',false,'returned','00000000-0000-0000-0000-00000000000a',1,'2021-04-16 15:00:20+09','2021-04-16 15:03:00+09','안내한 지침을 인용해 주세요.'),
 ('a0000000-0000-0000-0000-000000000009','c0000000-0000-0000-0000-000000000009','phone','01000000009','resident','resident.certificates','등본 발급 문의','',NULL,false,'open','00000000-0000-0000-0000-00000000000b',2,'2021-04-16 16:00:08+09',NULL,NULL),
 ('a0000000-0000-0000-0000-000000000010',NULL,'phone','01000000010','transport','transport.bus','버스 노선 민원(방문)','','answered',false,'completed','00000000-0000-0000-0000-00000000000b',2,'2021-04-16 11:00:00+09','2021-04-16 11:05:00+09',NULL),
 ('a0000000-0000-0000-0000-000000000012','c0000000-0000-0000-0000-000000000012','phone','01000000002','tax','tax.vehicle','자동차세 재문의','','answered',false,'completed','00000000-0000-0000-0000-00000000000a',1,'2021-04-18 10:00:05+09','2021-04-18 10:03:05+09',NULL),
 ('a0000000-0000-0000-0000-000000000011','c0000000-0000-0000-0000-000000000011','phone','01000000001','tax','tax.property','재산세 고지서','','answered',false,'completed','00000000-0000-0000-0000-00000000000a',1,'2021-04-25 10:00:05+09','2021-04-25 10:03:05+09',NULL),
 ('a0000000-0000-0000-0000-000000000017','c0000000-0000-0000-0000-000000000017','phone','01000000007','welfare','welfare.senior','노인 일자리','','answered',false,'completed','00000000-0000-0000-0000-00000000000b',2,'2021-04-17 10:00:05+09','2021-04-17 10:03:05+09',NULL);
UPDATE contacts c SET case_id = k.id FROM cases k WHERE k.contact_id = c.id AND k.completed_at IS NOT NULL;
INSERT INTO forwards (id, case_id, department_code, purpose, state, sent_at, due_at) VALUES
 ('f0000000-0000-0000-0000-000000000006','a0000000-0000-0000-0000-000000000006','welfare','action','sent','2021-04-16 14:06:05+09','2021-04-18 14:06:05+09');
INSERT INTO case_reviews (case_id, reviewer_id, decision, comment, score_reception, score_greeting, score_attitude, score_handling, score_closing, reviewed_at) VALUES
 ('a0000000-0000-0000-0000-000000000007','00000000-0000-0000-0000-00000000000c','returned','안내한 지침을 인용해 주세요.',5,4,5,3,4,'2021-04-16 17:00:00+09'),
 ('a0000000-0000-0000-0000-000000000002','00000000-0000-0000-0000-00000000000c','approved','',5,5,5,5,5,'2021-04-16 17:05:00+09');
SET session_replication_role = origin;
)SQL";

inline const QDate kDay(2021, 4, 16);

inline QDateTime seoul(const QDate& day, int h, int m = 0)
{
    return QDateTime(day, QTime(h, m), QTimeZone(QByteArrayLiteral("Asia/Seoul")));
}

} // namespace minwon::test
