#include "Cases.h"
#include "Search.h"
#include "Subjects.h"
#include "TempProfile.h"
#include "Uuid7.h"

using namespace fieldcase;
using namespace fieldcase::store;

class TestSearch : public QObject {
    Q_OBJECT

private:
    TempProfile* m_profile = nullptr;
    QUuid m_chemicalId;
    QUuid m_caseId;

    QUuid addSubject(const QString& name, const QString& code, const QString& address = {}) {
        Subject s;
        s.id = Uuid7::create();
        s.name = name;
        s.creditCode = code;
        s.address = address;
        if (!Subjects(m_profile->store()).create({}, s))
            qFatal("cannot add subject");
        return s.id;
    }

    QStringList titles(const QString& text, Search::Kind kind) {
        QStringList out;
        for (const Search::Hit& hit : Search(m_profile->db()).find(text)) {
            if (hit.kind == kind)
                out << hit.title;
        }
        return out;
    }

private slots:
    void initTestCase() {
        m_profile = new TempProfile;
        m_chemicalId = addSubject(QStringLiteral("东方化工有限公司"), QStringLiteral("91350100M000100Y43"),
                                  QStringLiteral("南京市江宁区天元中路8号"));
        addSubject(QStringLiteral("金陵印染股份有限公司"), QStringLiteral("91110000600037341L"));
        addSubject(QStringLiteral("长江水务有限公司"), QStringLiteral("9132011570486288U0"));
        Case c;
        c.id = m_caseId = Uuid7::create();
        c.provisionalLabel = QStringLiteral("临-2026-AB12-0001");
        c.subjectId = m_chemicalId;
        c.cause = QStringLiteral("东方化工有限公司超标排放水污染物案");
        c.openedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(Cases(m_profile->store()).create({}, c));
    }
    void cleanupTestCase() { delete m_profile; }

    void twoChineseCharactersFindTheSubject() {
        QCOMPARE(titles(QStringLiteral("化工"), Search::Kind::Subject),
                 QStringList{QStringLiteral("东方化工有限公司")});
    }

    void twoCharactersAtTheVeryEndOfANameAreFound() {
        // "公司" ends every name: the trailing separator in the index makes it the start of a trigram.
        QCOMPARE(titles(QStringLiteral("公司"), Search::Kind::Subject).size(), 3);
        QCOMPARE(titles(QStringLiteral("水务"), Search::Kind::Subject),
                 QStringList{QStringLiteral("长江水务有限公司")});
    }

    void longerFragmentsAndSeveralWordsNarrowTheResult() {
        QCOMPARE(titles(QStringLiteral("印染股份"), Search::Kind::Subject).size(), 1);
        QCOMPARE(titles(QStringLiteral("有限 金陵"), Search::Kind::Subject),
                 QStringList{QStringLiteral("金陵印染股份有限公司")});
        QVERIFY(titles(QStringLiteral("化工 水务"), Search::Kind::Subject).isEmpty());
    }

    void aCreditCodeFragmentFindsItsSubject() {
        QCOMPARE(titles(QStringLiteral("M000100"), Search::Kind::Subject),
                 QStringList{QStringLiteral("东方化工有限公司")});
        // Case does not matter: codes are typed in lower case on tablets.
        QCOMPARE(titles(QStringLiteral("m000100y4"), Search::Kind::Subject),
                 QStringList{QStringLiteral("东方化工有限公司")});
    }

    void anAddressFragmentFindsTheSubject() {
        QCOMPARE(titles(QStringLiteral("天元中路"), Search::Kind::Subject),
                 QStringList{QStringLiteral("东方化工有限公司")});
    }

    void casesAreFoundByCauseSubjectAndLabel() {
        QCOMPARE(titles(QStringLiteral("超标"), Search::Kind::Case),
                 QStringList{QStringLiteral("临-2026-AB12-0001")});
        QCOMPARE(titles(QStringLiteral("AB12"), Search::Kind::Case).size(), 1);
        // The subject's credit code finds its cases too.
        QCOMPARE(titles(QStringLiteral("M000100Y43"), Search::Kind::Case).size(), 1);
    }

    void aSingleCharacterStillFinds() {
        QCOMPARE(titles(QStringLiteral("染"), Search::Kind::Subject),
                 QStringList{QStringLiteral("金陵印染股份有限公司")});
    }

    void nothingIsFoundForAbsentText() {
        QVERIFY(Search(m_profile->db()).find(QStringLiteral("钢铁")).isEmpty());
        QVERIFY(Search(m_profile->db()).find(QStringLiteral("不存在的企业")).isEmpty());
        QVERIFY(Search(m_profile->db()).find(QStringLiteral("   ")).isEmpty());
    }

    void quotesAndOperatorsAreSearchedLiterally() {
        // FTS5 syntax in user input must not raise errors or match everything.
        QVERIFY(Search(m_profile->db()).find(QStringLiteral("\"化工 OR *")).isEmpty());
        QVERIFY(Search(m_profile->db()).find(QStringLiteral("NEAR(")).isEmpty());
    }

    void aRenamedSubjectIsFoundByItsNewNameInCasesToo() {
        Subject s = *Subjects(m_profile->store()).subject(m_chemicalId);
        s.name = QStringLiteral("东方新材料有限公司");
        QVERIFY(Subjects(m_profile->store()).update({}, s));
        QVERIFY(titles(QStringLiteral("化工有限"), Search::Kind::Subject).isEmpty());
        QCOMPARE(titles(QStringLiteral("新材料"), Search::Kind::Subject), QStringList{s.name});
        QCOMPARE(titles(QStringLiteral("新材料"), Search::Kind::Case).size(), 1);
        QCOMPARE(Cases(m_profile->store()).subjectName(m_caseId), s.name);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "TestSearch.moc"
