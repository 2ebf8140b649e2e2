#include "Generator.h"

#include "CreditCode.h"
#include "Uuid7.h"

namespace fieldcase::demo {

namespace {

const char* const Brands[] = {"东方", "华润", "金陵", "长江", "新港", "恒达", "宏远", "泰和", "瑞丰", "永兴",
                              "江宁", "秦淮", "中鑫", "汇通", "天元", "盛世", "鼎力", "百川", "润泽", "嘉禾",
                              "宝华", "华业", "银河", "龙腾", "清源", "绿洲", "远航", "凯达", "明辉", "联创"};

struct Industry {
    const char* name;     // the industry as the subject directory shows it
    const char* business; // what goes into the company name
    SubjectClass typical;
};
const Industry Industries[] = {
    {"化学原料和化学制品制造业", "化工", SubjectClass::Key},
    {"医药制造业", "制药", SubjectClass::Key},
    {"纺织业（印染）", "印染", SubjectClass::Key},
    {"金属表面处理及热处理加工（电镀）", "电镀", SubjectClass::Key},
    {"造纸和纸制品业", "纸业", SubjectClass::Key},
    {"黑色金属冶炼和压延加工业", "钢铁", SubjectClass::Key},
    {"水泥制造", "建材", SubjectClass::General},
    {"污水处理及其再生利用", "水务", SubjectClass::Key},
    {"危险废物治理", "环保科技", SubjectClass::Special},
    {"非金属矿采选业", "矿业", SubjectClass::General},
    {"农副食品加工业", "食品", SubjectClass::General},
    {"汽车修理与维护", "汽车维修", SubjectClass::General},
    {"家具制造业", "家具", SubjectClass::General},
    {"畜牧业（生猪养殖）", "牧业", SubjectClass::General},
};
const char* const Suffixes[] = {"有限公司", "股份有限公司", "有限责任公司", "实业有限公司"};
const char* const Streets[] = {"天元中路",   "双龙大道", "胜太路", "将军大道", "秣周东路",
                               "清水亭西路", "诚信大道", "格致路", "苏源大道", "滨江大道"};
const char* const Towns[] = {"东山街道", "秣陵街道", "禄口街道", "湖熟街道",
                             "淳化街道", "江宁街道", "谷里街道"};
const char* const Surnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵",
                                "吴", "周", "徐", "孙", "马", "朱", "胡"};
const char* const GivenNames[] = {"伟",   "芳",   "娜",   "敏",   "静",   "强",  "磊", "军",
                                  "洋",   "勇",   "艳",   "杰",   "涛",   "明",  "超", "秀英",
                                  "建华", "志强", "海燕", "晓东", "丽华", "国平"};

const Generator::CaseCause Causes[] = {
    {"超标排放水污染物案", "废水总排口化学需氧量浓度超过排放标准",
     "《中华人民共和国水污染防治法》第十条、第八十三条第二项"},
    {"通过暗管逃避监管排放水污染物案", "利用暗管将生产废水排入雨水管网",
     "《中华人民共和国水污染防治法》第三十九条、第八十三条第三项"},
    {"未按规定设置危险废物识别标志案", "危险废物贮存场所未设置识别标志",
     "《中华人民共和国固体废物污染环境防治法》第七十七条、第一百一十二条第一款第一项"},
    {"未按照国家有关规定贮存危险废物案", "废矿物油露天堆放，未采取防渗漏措施",
     "《中华人民共和国固体废物污染环境防治法》第八十一条、第一百一十二条第一款第六项"},
    {"建设项目未批先建案", "扩建喷涂生产线未依法报批环境影响评价文件即开工建设",
     "《中华人民共和国环境影响评价法》第二十五条、第三十一条第一款"},
    {"不正常运行大气污染防治设施案", "活性炭吸附装置未按要求更换活性炭",
     "《中华人民共和国大气污染防治法》第二十条第二款、第九十九条第三项"},
    {"无证排污案", "未取得排污许可证排放污染物", "《排污许可管理条例》第二条、第三十三条第一项"},
    {"未按规定开展自行监测案", "未按排污许可证要求开展自行监测",
     "《排污许可管理条例》第十九条、第三十六条第六项"},
    {"篡改自动监测数据案", "干扰在线监测设备采样，致使监测数据失真",
     "《中华人民共和国大气污染防治法》第二十四条、第九十九条第三项"},
};

constexpr QStringView CodeAlphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY";

} // namespace

QString Generator::creditCode(const QString& division) {
    // 9: registered by the market regulator; 1: enterprise; then the division and a 9-character
    // organisation code.
    QString code = QStringLiteral("91") + division;
    for (int i = 0; i < 9; ++i)
        code += CodeAlphabet[m_random.bounded(i < 8 ? 10 : 31)];
    return code + CreditCode::checkCharacter(code);
}

QString Generator::personName() {
    return QString::fromUtf8(pick(Surnames)) + QString::fromUtf8(pick(GivenNames));
}

QString Generator::phone() {
    return QStringLiteral("13%1%2")
        .arg(m_random.bounded(10))
        .arg(m_random.bounded(100000000), 8, 10, QLatin1Char('0'));
}

Subject Generator::subject(int index) {
    const Industry& industry = pick(Industries);
    Subject s;
    s.id = Uuid7::create();
    // The first thirty subjects read like real firms; later ones combine two brand names, which
    // keeps large benchmark profiles varied without pretending every name is unique.
    const QString brand = QString::fromUtf8(Brands[index % std::size(Brands)]) +
                          (index >= int(std::size(Brands)) ? QString::fromUtf8(pick(Brands)) : QString());
    s.name = brand + QString::fromUtf8(industry.business) + QString::fromUtf8(pick(Suffixes));
    s.creditCode = creditCode(QStringLiteral("320115"));
    s.address = QStringLiteral("南京市江宁区%1%2%3号")
                    .arg(QString::fromUtf8(pick(Towns)), QString::fromUtf8(pick(Streets)))
                    .arg(1 + m_random.bounded(300));
    s.position =
        GeoPoint{31.85 + m_random.bounded(2000) / 10000.0, 118.72 + m_random.bounded(2500) / 10000.0};
    s.industry = QString::fromUtf8(industry.name);
    s.subjectClass = m_random.bounded(10) == 0 ? SubjectClass::Special : industry.typical;
    if (s.subjectClass == SubjectClass::Key)
        s.dischargePermitNumber = s.creditCode + QStringLiteral("001P");
    s.grid = QStringLiteral("江宁-%1网格").arg(1 + m_random.bounded(12), 2, 10, QLatin1Char('0'));
    s.contacts = {{personName(), QStringLiteral("法定代表人"), phone()},
                  {personName(), QStringLiteral("环保负责人"), phone()}};
    return s;
}

Generator::CaseCause Generator::caseCause() {
    return pick(Causes);
}

CaseState Generator::caseState() {
    // Most cases on a device are under way; some wait for a leader, some are finished.
    static const CaseState states[] = {CaseState::Investigating,   CaseState::Investigating,
                                       CaseState::Investigating,   CaseState::Lead,
                                       CaseState::OpeningApproval, CaseState::CaseReview,
                                       CaseState::LegalReview,     CaseState::Decision,
                                       CaseState::Execution,       CaseState::ClosingApproval,
                                       CaseState::Closed,          CaseState::Archived};
    return pick(states);
}

} // namespace fieldcase::demo
