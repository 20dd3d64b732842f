-- Reference data every installation starts from. These are rows, not code:
-- IT staff and supervisors may edit names, thresholds and categories.

INSERT INTO rooms (id, code, name_ko, name_en, site) VALUES
    (1, 'room1', '제1상담실', 'Room 1', '시청 본관'),
    (2, 'room2', '제2상담실', 'Room 2', '구청 별관');

-- Service-level thresholds: phone 80 % within 20 s; text channels within an hour.
INSERT INTO channels (code, name_ko, name_en, is_voice, sl_threshold_s, sl_target_pct, warn_ratio, sort_order) VALUES
    ('phone',         '전화',         'Phone',            true,     20, 80, 0.5, 1),
    ('sms',           '문자',         'SMS',              false,  3600, 80, 0.5, 2),
    ('kakao_friend',  '카카오톡 친구', 'KakaoTalk friend', false,  3600, 80, 0.5, 3),
    ('kakao_channel', '카카오톡 채널', 'KakaoTalk channel', false, 3600, 80, 0.5, 4),
    ('fax',           '팩스',         'Fax',              false, 14400, 80, 0.5, 5),
    ('facebook',      '페이스북',     'Facebook',         false,  3600, 80, 0.5, 6),
    ('twitter',       '트위터',       'Twitter',          false,  3600, 80, 0.5, 7),
    ('web',           '웹',           'Web',              false,  3600, 80, 0.5, 8);

INSERT INTO categories (code, parent_code, name_ko, name_en, sort_order, needs_address) VALUES
    ('covid19',              NULL,          '코로나19',            'COVID-19',                        1, false),
    ('covid19.testing',      'covid19',     '검사·선별진료소',      'Testing and screening clinics',    1, false),
    ('covid19.quarantine',   'covid19',     '자가격리',            'Self-quarantine',                  2, false),
    ('covid19.grants',       'covid19',     '지원금',              'Support grants',                   3, false),
    ('covid19.movements',    'covid19',     '확진자 동선',          'Confirmed-case movements',         4, false),
    ('covid19.distancing',   'covid19',     '사회적 거리두기',      'Social distancing rules',          5, false),
    ('covid19.vaccination',  'covid19',     '예방접종',            'Vaccination',                      6, false),
    ('covid19.violation',    'covid19',     '방역수칙 위반 신고',   'Quarantine-rule violation report', 7, true),
    ('tax',                  NULL,          '세무',                'Tax',                              2, false),
    ('tax.local',            'tax',         '지방세 일반',          'Local taxes',                      1, false),
    ('tax.property',         'tax',         '재산세',              'Property tax',                     2, false),
    ('tax.vehicle',          'tax',         '자동차세',            'Vehicle tax',                      3, false),
    ('resident',             NULL,          '주민등록·가족관계',    'Resident registration & family',   3, false),
    ('resident.registration','resident',    '주민등록·전입신고',    'Registration and moving in',       1, false),
    ('resident.family',      'resident',    '가족관계등록',         'Family relations register',        2, false),
    ('resident.certificates','resident',    '증명서 발급',          'Certificates',                     3, false),
    ('transport',            NULL,          '교통',                'Transport',                        4, false),
    ('transport.bus',        'transport',   '버스',                'Buses',                            1, false),
    ('transport.parking',    'transport',   '주정차·단속',          'Parking and enforcement',          2, true),
    ('transport.taxi',       'transport',   '택시',                'Taxis',                            3, false),
    ('welfare',              NULL,          '복지',                'Welfare',                          5, false),
    ('welfare.basic',        'welfare',     '기초생활보장',         'Basic livelihood security',        1, false),
    ('welfare.senior',       'welfare',     '노인·장애인',          'Seniors and disabled persons',     2, false),
    ('welfare.childcare',    'welfare',     '보육·아동',            'Childcare',                        3, false),
    ('environment',          NULL,          '환경·위생',            'Environment & sanitation',         6, false),
    ('environment.waste',    'environment', '생활폐기물',           'Household waste',                  1, true),
    ('environment.noise',    'environment', '소음·악취',            'Noise and odour',                  2, true),
    ('environment.hygiene',  'environment', '식품·공중위생',        'Food and public hygiene',          3, true),
    ('housing',              NULL,          '건축·주택',            'Construction & housing',           7, false),
    ('housing.permit',       'housing',     '건축 인허가',          'Building permits',                 1, true),
    ('housing.rental',       'housing',     '임대주택',            'Rental housing',                   2, false),
    ('other',                NULL,          '기타',                'Other',                            8, false),
    ('other.general',        'other',       '일반 문의',            'General enquiries',                1, false),
    ('other.praise',         'other',       '칭찬·제안',            'Praise and suggestions',           2, false);

INSERT INTO wrapup_codes (code, name_ko, name_en, sort_order) VALUES
    ('answered',     '안내 완료',   'Answered',          1),
    ('forwarded',    '부서 이관',   'Forwarded',         2),
    ('callback',     '회신 필요',   'Callback needed',   3),
    ('violation',    '위반 신고',   'Violation report',  4),
    ('transferred',  '상담 전환',   'Transferred',       5),
    ('no_response',  '무응답',      'No response',       6),
    ('nuisance',     '악성·장난',   'Nuisance',          7);

INSERT INTO app_settings (key, value) VALUES
    ('queue.acw_seconds',          '60'),     -- after-contact work time box
    ('queue.offer_timeout_seconds', '15'),    -- a ringing call goes back after this
    ('queue.auto_offer_phone',     'false'),
    ('report.surge_factor',        '2.0'),
    ('report.surge_min_count',     '10'),
    ('privacy.retention_days',     '1095');  -- personal fields of older cases are erased
