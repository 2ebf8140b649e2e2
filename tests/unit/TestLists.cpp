#include "Lists.h"
#include "Seeder.h"
#include "TempProfile.h"

#include <QSqlQuery>

using namespace fieldcase;
using namespace fieldcase::store;

class TestLists : public QObject {
    Q_OBJECT

private:
    TempProfile* m_profile = nullptr;

    QStringList allIds(const CaseList& list, int pageSize) {
        QStringList ids;
        for (int offset = 0; offset < list.count(); offset += pageSize) {
            for (const CaseRow& row : list.page(offset, pageSize))
                ids << row.id.toString();
        }
        return ids;
    }

private slots:
    void initTestCase() {
        m_profile = new TempProfile;
        QVERIFY(demo::Seeder::seed(m_profile->store(), {300, 2500}));
    }
    void cleanupTestCase() { delete m_profile; }

    void pagesCoverEveryRowOnceInOrder() {
        CaseList list(m_profile->db());
        list.setSort(CaseList::Subject, Qt::AscendingOrder);
        const QStringList ids = allIds(list, 200);
        QCOMPARE(ids.size(), list.count());
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
        QStringList names;
        for (int offset = 0; offset < list.count(); offset += 500) {
            for (const CaseRow& row : list.page(offset, 500))
                names << row.subjectName;
        }
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString& a, const QString& b) { return a.toUtf8() < b.toUtf8(); });
        QCOMPARE(names, sorted);
    }

    void descendingIsTheReverseOfAscending() {
        CaseList ascending(m_profile->db());
        ascending.setSort(CaseList::OpenedAt, Qt::AscendingOrder);
        CaseList descending(m_profile->db());
        descending.setSort(CaseList::OpenedAt, Qt::DescendingOrder);
        QStringList up = allIds(ascending, 1000);
        const QStringList down = allIds(descending, 1000);
        std::reverse(up.begin(), up.end());
        QCOMPARE(up, down);
    }

    void filtersCombineStateOfficerAndText() {
        CaseList list(m_profile->db());
        CaseListFilter filter;
        filter.states = {CaseState::OpeningApproval, CaseState::CaseReview, CaseState::Decision,
                         CaseState::ClosingApproval};
        list.setFilter(filter);
        const int queue = list.count();
        QVERIFY(queue > 0 && queue < 2548);
        for (const CaseRow& row : list.page(0, 5000))
            QVERIFY(needsLeaderDecision(row.state));

        filter.text = QStringLiteral("化工");
        list.setFilter(filter);
        QVERIFY(list.count() > 0 && list.count() < queue);
        for (const CaseRow& row : list.page(0, 5000))
            QVERIFY(row.subjectName.contains(QStringLiteral("化工")) ||
                    row.cause.contains(QStringLiteral("化工")));
    }

    void literalSqlReturnsTheSameRows() {
        // The benchmark runs this text through the sqlite3 shell as its baseline; it must be the same query.
        CaseList list(m_profile->db());
        CaseListFilter filter;
        filter.text = QStringLiteral("电镀");
        filter.states = {CaseState::Investigating};
        list.setFilter(filter);
        list.setSort(CaseList::OpenedAt, Qt::DescendingOrder);
        QSqlQuery query(m_profile->db());
        QVERIFY(query.exec(list.query().literalPageSql(0, 50)));
        QStringList literalIds;
        while (query.next())
            literalIds << QUuid::fromString(query.value(0).toString()).toString();
        QStringList ids;
        for (const CaseRow& row : list.page(0, 50))
            ids << row.id.toString();
        QVERIFY(!ids.isEmpty());
        QCOMPARE(literalIds, ids);
    }

    void subjectsFilterByTextAndClass() {
        SubjectList list(m_profile->db());
        SubjectListFilter filter;
        filter.subjectClass = SubjectClass::Special;
        list.setFilter(filter);
        QVERIFY(list.count() > 0);
        for (const SubjectRow& row : list.page(0, 1000))
            QCOMPARE(row.subjectClass, SubjectClass::Special);
        filter = {};
        filter.text = QStringLiteral("化工");
        list.setFilter(filter);
        QVERIFY(list.count() > 0);
        for (const SubjectRow& row : list.page(0, 1000))
            QVERIFY(row.name.contains(QStringLiteral("化工")));
    }
};

QTEST_GUILESS_MAIN(TestLists)
#include "TestLists.moc"
