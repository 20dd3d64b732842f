// SPDX-License-Identifier: Apache-2.0
#include "generate/KbCorpus.h"

#include <QDate>
#include <QSet>

#include <array>
#include <functional>

namespace minwon::corpus {

namespace {

// splitmix64: small, fast and the same everywhere (std distributions are not).
class Random
{
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed)
    {
    }
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename List> const auto& pick(const List& list)
    {
        return list[below(static_cast<int>(list.size()))];
    }

private:
    std::uint64_t m_state;
};

QStringList split(const char* words)
{
    return QString::fromUtf8(words).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

const QStringList& districts()
{
    static const QStringList list = split("중구 동구 서구 남구 북구 한빛구 새솔구 푸른구 가람구 누리구");
    return list;
}

// Place names: made from syllables, as real proper nouns make a large vocabulary.
QString placeName(Random& r)
{
    static const QStringList syllables = split(
        "가 나 다 라 마 바 사 아 자 차 하 새 솔 빛 들 누 리 온 샘 별 달 꽃 숲 봄 길 강 산 내 벌 골 목 터 울 "
        "진 안 평 "
        "화 정 명 성 신 원 은 금 송 매 죽 연 청 백 문 영 태 보 광 덕 흥 장 수 미 해 운 대 학 동 서 남 북");
    QString name;
    const int length = r.between(2, 3);
    for (int i = 0; i < length; ++i)
        name += r.pick(syllables);
    return name;
}

struct Topic
{
    const char* category;
    const char* titles; // '|' separated, {구} {동} {n} {m} {year} {age} {level} slots
    const char* tags;
    const char* headings; // '|' separated
    const char* sentences; // '|' separated
};

const std::array<Topic, 10>& topics()
{
    static const std::array<Topic, 10> list = {{
        {"covid19.testing",
         "{구} 선별진료소 운영 안내|{동} 임시 선별검사소 설치 안내|PCR 검사 결과 통보 "
         "안내({n}차)|신속항원검사 키트 "
         "배부 안내|{구} 보건소 검사 시간 변경|해외입국자 PCR 검사 안내",
         "검사 선별진료소 PCR 무료검사 임시선별검사소 신속항원검사 보건소",
         "운영 시간|검사 대상|준비물|결과 통보|상담 시 안내 요령|문의",
         "{구} 보건소 선별진료소는 평일 {시간}에 운영합니다.|주말과 공휴일에는 {시간}까지 운영합니다.|"
         "발열이나 기침 등 의심 증상이 있으면 가까운 선별진료소에서 PCR 검사를 받습니다.|"
         "{동} 임시 선별검사소에서는 증상이 없어도 누구나 무료로 검사를 받을 수 있습니다.|"
         "검사 결과는 다음 날 오전에 문자(SMS)로 알려 드립니다.|신분증과 마스크를 꼭 챙겨 오도록 안내합니다.|"
         "익명 검사는 휴대전화 번호만 적으면 됩니다.|결과 문자를 받지 못하면 1339 또는 {전화}로 문의합니다.|"
         "{장소}센터 앞 주차장에 드라이브 스루 검사소를 {날짜}부터 운영합니다.|"
         "자가검사키트로 양성이 나오면 보건소에서 확인 PCR 검사를 받습니다."},
        {"covid19.distancing",
         "사회적 거리두기 {level}단계 시행 안내|{n}인 이상 사적모임 금지 연장|다중이용시설 영업시간 "
         "제한({m}시)|"
         "QR코드 전자출입명부 의무화|{구} 방역수칙 위반 신고 안내|실내외 마스크 착용 의무화",
         "거리두기 사적모임 집합금지 영업시간 QR코드 출입명부 마스크 방역수칙",
         "적용 기간|주요 내용|예외|위반 시|상담 시 안내 요령",
         "{날짜}부터 {날짜2}까지 사회적 거리두기 {level}단계가 적용됩니다.|"
         "{n}인 이상 사적모임이 금지되며 직계가족은 예외입니다.|식당과 카페는 {m}시 이후 포장과 배달만 할 수 "
         "있습니다.|"
         "유흥시설 {n}종은 집합금지가 유지됩니다.|위반하면 운영자에게 과태료 {돈}이 부과됩니다.|"
         "출입할 때 QR코드나 안심콜로 출입명부를 작성합니다.|KF94 또는 KF80 마스크 착용을 권고합니다.|"
         "방역수칙 위반 신고는 {전화}나 안전신문고로 접수합니다.|종교시설은 좌석 수의 {n}0%까지 대면 예배를 "
         "할 수 "
         "있습니다.|결혼식장과 장례식장은 {n}9명까지 모일 수 있습니다."},
        {"covid19.grants",
         "{n}차 재난지원금 신청 안내|소상공인 버팀목자금 지급 안내|자가격리 생활지원비 신청 "
         "방법|긴급고용안정지원금 "
         "안내|{구} 소상공인 임대료 지원|택시 기사 생계지원금 안내",
         "재난지원금 지원금 버팀목자금 생활지원비 소상공인 신청",
         "지원 대상|지원 금액|신청 방법|지급 일정|필요 서류",
         "모든 시민에게 1인당 {돈}을 지역화폐로 지급합니다.|집합금지 업종은 {돈}, 영업제한 업종은 {돈2}을 "
         "받습니다.|"
         "신청은 {날짜}부터 누리집이나 {동} 주민센터에서 합니다.|출생연도 끝자리에 따라 요일제로 신청합니다.|"
         "매출 감소를 증빙하는 서류를 함께 냅니다.|지원금은 신청 후 {n}일 안에 계좌로 들어갑니다.|"
         "자가격리자에게는 가구원 수에 따라 생활지원비를 드립니다.|문의는 {전화} 또는 120 콜센터로 합니다.|"
         "이미 받은 경우 중복 지원되지 않습니다.|{장소}시장 상인회를 통해서도 신청할 수 있습니다."},
        {"covid19.vaccination",
         "{age}세 이상 백신 접종 예약 안내|AZ 백신 {n}차 접종 일정|화이자 백신 접종센터 운영|백신 이상반응 "
         "신고 "
         "및 보상|{구} 예방접종센터 위치 안내|잔여 백신 당일 예약",
         "백신 접종 예약 AZ 화이자 이상반응 예방접종센터",
         "예약 방법|접종 대상|접종 장소|접종 후 주의사항|이상반응",
         "{age}세 이상은 {날짜}부터 누리집이나 1339로 예약합니다.|AZ(아스트라제네카) 백신은 {n}주 간격으로 "
         "2차 "
         "접종을 합니다.|화이자 백신은 {구} 예방접종센터에서 맞습니다.|접종 후 15분에서 30분 동안 머물며 "
         "이상반응을 "
         "살핍니다.|열이 나면 해열제를 먹고 쉬도록 안내합니다.|호흡곤란이나 두드러기가 있으면 119에 "
         "신고합니다.|"
         "잔여 백신은 네이버나 카카오 앱으로 당일 예약합니다.|접종 당일에는 신분증을 가져옵니다.|"
         "{장소}체육관을 접종센터로 {날짜}부터 운영합니다.|보호자가 예약을 도와줄 수 있습니다."},
        {"covid19.quarantine",
         "자가격리자 생활수칙|해외입국자 자가격리 안내|격리해제 전 PCR 검사|자가격리 앱 설치 안내|{구} "
         "격리시설 "
         "운영",
         "자가격리 격리 해외입국자 격리해제 생활수칙", "격리 기간|생활수칙|지원|격리 해제|위반 시",
         "자가격리자는 {n}4일 동안 집 밖으로 나갈 수 없습니다.|자가격리자에게는 생필품 꾸러미를 드립니다.|"
         "격리 해제 전에 PCR 검사를 받고 음성이면 해제됩니다.|자가격리자 안전보호 앱을 설치하고 하루 두 번 "
         "증상을 "
         "입력합니다.|무단으로 이탈하면 1년 이하 징역이나 {돈} 이하 벌금을 받습니다.|"
         "해외입국자는 입국 후 {n}일 안에 검사를 받습니다.|가족과 따로 지내고 식사도 따로 합니다.|"
         "{장소}연수원을 임시생활시설로 씁니다."},
        {"tax",
         "{year}년 재산세 납부 안내|자동차세 연납 신청|지방소득세 신고 기한 연장|주민세 납부 안내|{구} "
         "취득세 감면 "
         "안내|체납 지방세 분할 납부",
         "재산세 자동차세 지방세 세금 납부 위택스 연납", "납부 기간|납부 방법|감면|체납|문의",
         "주택분 재산세는 7월과 9월에 절반씩 냅니다.|위택스나 은행 앱으로 낼 수 있습니다.|"
         "1월에 자동차세를 한 번에 내면 {n}% 공제를 받습니다.|지방소득세 신고 기한이 {날짜}까지 "
         "연장되었습니다.|"
         "고지서를 잃어버렸으면 {구}청 세무과({전화})로 문의합니다.|코로나19 피해 소상공인은 납부를 미룰 수 "
         "있습니다.|"
         "ARS {전화}로 카드 납부를 할 수 있습니다.|체납액은 {n}개월까지 나누어 낼 수 있습니다."},
        {"resident",
         "전입신고 방법 안내|주민등록등본 발급|가족관계증명서 온라인 발급|인감증명서 대리 발급|{동} 주민센터 "
         "운영 "
         "시간",
         "전입신고 주민등록 등본 가족관계 인감 주민센터", "신고 기한|방법|필요 서류|수수료|문의",
         "이사한 날부터 14일 안에 전입신고를 합니다.|정부24 누리집에서 온라인으로 신고할 수 있습니다.|"
         "{동} 주민센터는 평일 {시간}에 문을 엽니다.|등본 발급 수수료는 {n}00원입니다.|"
         "대리 발급에는 위임장과 신분증이 필요합니다.|무인민원발급기는 {장소}역과 {구}청에 있습니다.|"
         "전입신고를 늦게 하면 과태료를 냅니다."},
        {"transport",
         "{n}{m}번 시내버스 노선 변경|심야버스 운행 시간 조정|공영주차장 요금 안내|교통카드 환불 방법|{구} "
         "어린이 "
         "보호구역 단속",
         "버스 노선 심야버스 주차 교통카드 단속 과태료", "변경 내용|시행일|정류장|요금|문의",
         "{n}{m}번 버스 노선이 {날짜}부터 바뀝니다.|심야버스는 22시 이후 배차 간격을 늘립니다.|"
         "정류장 위치는 정류장 안내판과 누리집에서 확인합니다.|공영주차장은 처음 30분 무료이고 이후 10분마다 "
         "{n}00원입니다.|교통카드 잔액 환불은 {장소}역 고객센터에서 합니다.|어린이 보호구역에서 시속 30km를 "
         "넘으면 "
         "과태료를 냅니다.|{장소}로 {n}{m}번길 공사로 버스가 돌아갑니다.|문의는 교통과 {전화}로 합니다."},
        {"environment",
         "대형폐기물 배출 신고|음식물 쓰레기 종량제 안내|{구} 재활용 분리배출 요일|층간소음 상담 "
         "안내|미세먼지 "
         "비상저감조치",
         "대형폐기물 쓰레기 분리배출 층간소음 미세먼지", "배출 방법|수수료|배출 요일|상담|문의",
         "냉장고나 소파 같은 대형폐기물은 {구}청 누리집에서 신고합니다.|스티커를 붙여 {시간} 사이에 "
         "내놓습니다.|"
         "재활용품은 {동}에서 화요일과 금요일에 내놓습니다.|층간소음은 이웃사이센터({전화})에 상담을 "
         "신청합니다.|"
         "미세먼지 비상저감조치 때는 5등급 차량 운행을 제한합니다.|음식물 쓰레기는 RFID 카드로 무게만큼 "
         "냅니다."},
        {"welfare",
         "긴급복지 생계지원 안내|기초연금 신청|{구} 무료 급식소 운영|돌봄 공백 아동 지원|노인 일자리 모집",
         "긴급복지 기초연금 급식 돌봄 일자리 복지", "대상|지원 내용|신청|문의",
         "갑자기 소득을 잃은 가구는 긴급복지 생계지원을 신청합니다.|기초연금은 만 65세 이상이 받습니다.|"
         "{동} 주민센터 복지팀({전화})에서 상담합니다.|무료 급식소는 {장소}복지관에서 {시간}에 운영합니다.|"
         "돌봄 공백이 생긴 가정은 아이돌봄 서비스를 {n}0% 할인받습니다.|노인 일자리는 {날짜}까지 "
         "모집합니다."},
    }};
    return list;
}

// Everyday phrases editors add around the rules.
const QStringList& commonPhrases()
{
    static const QStringList list
        = QString::fromUtf8("자세한 내용은 누리집 공지사항을 참고합니다.|상담사는 최신 지침을 확인한 뒤 "
                            "안내합니다.|변경될 수 있으니 방문 전에 전화로 확인합니다.|민원인이 같은 "
                            "질문을 반복하면 문자로 링크를 보냅니다.|주말과 공휴일에는 운영하지 "
                            "않습니다.|대리인이 신청할 때는 위임장이 필요합니다.|시각장애인은 점자 "
                            "안내문을 요청할 수 있습니다.|외국인은 다국어 상담을 연결합니다.")
              .split(QLatin1Char('|'));
    return list;
}

QString fill(QString text, Random& r, const QString& district, int year)
{
    static const QStringList moneys = split("10만원 20만원 50만원 100만원 200만원 300만원 5만원 3만원");
    static const QStringList levels = split("1 1.5 2 2.5 3 4");
    static const QStringList ages = split("18 30 50 60 65 70 75 80");
    const auto date = [&] {
        const QDate d = QDate(year, 1, 1).addDays(r.below(365));
        return r.chance(50) ? QStringLiteral("%1년 %2월 %3일").arg(d.year()).arg(d.month()).arg(d.day())
                            : d.toString(Qt::ISODate);
    };
    const auto time = [&] {
        const int open = r.between(7, 10);
        return QStringLiteral("%1:00~%2:00").arg(open, 2, 10, QLatin1Char('0')).arg(r.between(13, 22));
    };
    const auto phone = [&] {
        return QStringLiteral("0%1-%2-%3")
            .arg(r.between(31, 64))
            .arg(r.between(100, 999))
            .arg(r.between(1000, 9999));
    };
    const struct
    {
        QStringView slot;
        std::function<QString()> value;
    } fillers[] = {
        {u"{구}", [&] { return district; }},
        {u"{동}", [&] { return placeName(r) + QStringLiteral("동"); }},
        {u"{장소}", [&] { return placeName(r); }},
        {u"{날짜2}", date},
        {u"{날짜}", date},
        {u"{시간}", time},
        {u"{전화}", phone},
        {u"{돈2}", [&] { return r.pick(moneys); }},
        {u"{돈}", [&] { return r.pick(moneys); }},
        {u"{n}", [&] { return QString::number(r.between(1, 9)); }},
        {u"{m}", [&] { return QString::number(r.between(0, 9)); }},
        {u"{level}", [&] { return r.pick(levels); }},
        {u"{age}", [&] { return r.pick(ages); }},
        {u"{year}", [&] { return QString::number(year); }},
    };
    for (const auto& s : fillers) {
        for (qsizetype at = text.indexOf(s.slot); at >= 0; at = text.indexOf(s.slot, at)) {
            const QString value = s.value();
            text.replace(at, s.slot.size(), value);
            at += value.size();
        }
    }
    return text;
}

QString makeBody(const Topic& topic, Random& r, const QString& district, int year, int target, int maxLength)
{
    const QStringList headings = QString::fromUtf8(topic.headings).split(QLatin1Char('|'));
    const QStringList sentences = QString::fromUtf8(topic.sentences).split(QLatin1Char('|'));
    const QStringList& common = commonPhrases();
    QString body;
    int heading = r.below(static_cast<int>(headings.size()));
    while (body.size() < target) {
        body += QStringLiteral("## ") + headings[heading % headings.size()] + QLatin1Char('\n');
        ++heading;
        const int lines = r.between(2, 5);
        for (int i = 0; i < lines && body.size() < target; ++i) {
            QString line = fill(r.pick(sentences), r, district, year);
            if (r.chance(25)) {
                // an emphasised phrase, as editors write them
                const qsizetype space = line.indexOf(QLatin1Char(' '));
                if (space > 0)
                    line = QStringLiteral("**") + line.left(space) + QStringLiteral("**") + line.mid(space);
            }
            if (r.chance(20))
                line += QLatin1Char(' ') + r.pick(common);
            body += QStringLiteral("- ") + line + QLatin1Char('\n');
        }
        body += QLatin1Char('\n');
    }
    // Stay within the length asked for: cut after the last whole line that fits.
    if (body.size() > maxLength) {
        const qsizetype cut = body.lastIndexOf(QLatin1Char('\n'), maxLength - 1);
        body.truncate(cut > 0 ? cut + 1 : maxLength);
    }
    return body;
}

} // namespace

QList<SearchDocument> generateKbCorpus(const KbCorpusOptions& options)
{
    Random r(options.seed);
    QList<SearchDocument> docs;
    docs.reserve(options.articles);
    int articleNo = 0;
    const bool byArticle = options.articleCount > 0;
    auto more = [&] { return byArticle ? articleNo < options.articleCount : docs.size() < options.articles; };
    while (more()) {
        const Topic& topic = r.pick(topics());
        const QString district = r.pick(districts());
        int year = r.between(options.firstYear, options.lastYear);
        if (year < 2020 && QByteArray(topic.category).startsWith("covid19"))
            year = 2020 + (year & 1); // no COVID-19 guidance before 2020

        const QStringList titles = QString::fromUtf8(topic.titles).split(QLatin1Char('|'));
        const QString title = fill(r.pick(titles), r, district, year);
        const QStringList topicTags = QString::fromUtf8(topic.tags).split(QLatin1Char(' '));
        QStringList tags;
        const int tagCount = r.between(2, 4);
        for (int t = 0; t < tagCount; ++t) {
            const QString tag = r.pick(topicTags);
            if (!tags.contains(tag))
                tags << tag;
        }
        const QString id
            = QStringLiteral("%1-%2")
                  .arg(QString::fromLatin1(topic.category).replace(QLatin1Char('.'), QLatin1Char('-')))
                  .arg(++articleNo, 5, 10, QLatin1Char('0'));

        // 1-3 versions; the older ones superseded, some expired, some not yet, a few drafts
        const int versions
            = r.chance(100 - options.multiVersionPercent) ? 1 : r.between(2, qMax(2, options.maxVersions));
        QDate from = QDate(year, 1, 1).addDays(r.below(300));
        for (int v = 1; v <= versions && (byArticle || docs.size() < options.articles); ++v) {
            SearchDocument doc;
            doc.articleId = id;
            doc.version = v;
            doc.title = v == 1 ? title : title + QStringLiteral(" (%1차 변경)").arg(v - 1);
            doc.tags = tags;
            doc.category = QString::fromLatin1(topic.category);
            doc.body = makeBody(topic, r, district, year, r.between(options.minBody, options.maxBody),
                                options.maxBody);
            doc.effectiveFrom = from;
            const bool last = v == versions;
            if (!last) {
                doc.effectiveUntil = from.addDays(r.between(14, 90));
                doc.status = QStringLiteral("superseded");
                from = doc.effectiveUntil.addDays(1);
            } else if (r.chance(5)) {
                doc.status = QStringLiteral("draft");
            } else if (r.chance(8)) {
                doc.effectiveUntil = from.addDays(r.between(14, 60));
                doc.status = QStringLiteral("expired");
            } else {
                doc.status = QStringLiteral("published");
            }
            docs.append(doc);
        }
    }
    return docs;
}

QList<BenchQuery> benchQueries()
{
    const std::pair<const char*, const char*> groups[] = {
        {"1-syllable", "검 세 백 버 신 격 지 마 전 주 예 접 선 보 거 모 납 층 쓰 돌"},
        {"2-syllable",
         "검사 진료 백신 접종 격리 지원 버스 주차 재산 신고 예약 거리 모임 마스크 문자 결과 "
         "주민 노선 환불 급식 연금 소음 폐기 감면 체납 단속 보건 임시 익명 해제"},
        {"3-4 syllables",
         "선별진료 거리두기 재난지원금 자가격리 자동차세 전입신고 사적모임 선별검사소 "
         "영업시간 출입명부 생활지원비 이상반응 예방접종 대형폐기물 심야버스 주민센터 "
         "기초연금 위택스 화이자 버팀목자금"},
        {"particle",
         "백신을 거리두기를 지원금은 선별진료소에서 자가격리자에게 마스크를 재산세는 버스로 "
         "주민센터에서 보건소에 검사를 예약은 전입신고는 과태료가 접종센터까지"},
        {"choseong",
         "ㄱㄹㄷㄱ ㅅㅂㅈㄹㅅ ㅈㄱㄱㄹ ㅈㄷㅊㅅ ㅂㅅ ㅈㅇㅅㄱ ㄱㅅ ㅈㅅ ㄷㅎㅍㄱㅁ ㅇㅂㅈㅈ "
         "ㅅㅈㅁㅇ ㅂㅌㅁㅈㄱ ㅎㅇㅈ ㅊㅇㅁㅂ ㅈㅁㅅㅌ ㄱㄹ두기 ㅅㅂ진료"},
        {"two words",
         "백신 예약|심야 버스|선별진료소 주말|PCR 검사|자가격리 지원|재산세 납부|거리두기 2단계|"
         "QR코드 출입명부|버스 노선|마스크 과태료|보건소 검사|전입신고 온라인|AZ 접종|"
         "대형폐기물 신고|재난지원금 신청|주민센터 운영|화이자 2차|임시 선별검사소|"
         "사적모임 직계가족|층간소음 상담"},
        {"latin", "PCR pcr QR qr AZ az KF94 SMS ARS RFID pc kf Pcr"},
        {"digits", "1339 2단계 2.5단계 5인 코로나19 10만원 2021 120 14일 22시 300만원 1.5단계 119"},
        {"none", "ㅋㅋㅋ|zzzz|뷁|검사 zzzz|ㅎㅎㅎㅎ"},
    };
    QList<BenchQuery> queries;
    for (const auto& [kind, list] : groups) {
        const QString text = QString::fromUtf8(list);
        const QChar separator = text.contains(QLatin1Char('|')) ? QLatin1Char('|') : QLatin1Char(' ');
        for (const QString& q : text.split(separator, Qt::SkipEmptyParts))
            queries.append({q, QString::fromLatin1(kind)});
    }
    // Fill up to 200 with pairs of words.
    Random r(1339);
    QStringList pairable;
    for (const BenchQuery& q : queries) {
        if (q.kind == QStringLiteral("2-syllable") || q.kind == QStringLiteral("3-4 syllables"))
            pairable << q.text;
    }
    QSet<QString> seen;
    for (const BenchQuery& q : queries)
        seen.insert(q.text);
    while (queries.size() < 200) {
        const QString pair = r.pick(pairable) + QLatin1Char(' ') + r.pick(pairable);
        if (!seen.contains(pair)) {
            seen.insert(pair);
            queries.append({pair, QStringLiteral("two words")});
        }
    }
    queries.resize(200);
    return queries;
}

} // namespace minwon::corpus
