#include "Accounts.h"
#include "CreditCode.h"
#include "DemoData.h"
#include "Lists.h"
#include "TempProfile.h"

#include <QSqlQuery>

using namespace fieldcase;
using namespace fieldcase::store;

class TestDemoData : public QObject {
    Q_OBJECT

private:
    TempProfile* m_profile = nullptr;

private slots:
    void initTestCase() {
        m_profile = new TempProfile;
        QVERIFY(demo::DemoData::create(m_profile->store()));
    }
    void cleanupTestCase() { delete m_profile; }

    void isMarkedAsDemo() { QVERIFY(demo::DemoData::isDemoProfile(m_profile->store())); }

    void everyAccountSignsInWithTheDocumentedPassword() {
        Accounts accounts(m_profile->store());
        Roles covered;
        for (const demo::DemoAccount& account : demo::DemoData::accounts()) {
            const auto result = accounts.login(account.login, account.password, 0);
            QVERIFY2(result.ok(), qPrintable(account.login));
            covered |= result.user.roles;
        }
        for (Role role : enumValues<Role>())
            QVERIFY2(covered.testFlag(role), qPrintable(enumKey(role)));
    }

    void subjectsHaveValidCreditCodes() {
        QSqlQuery query(m_profile->db());
        QVERIFY(query.exec(QStringLiteral("SELECT credit_code FROM subjects")));
        int count = 0;
        while (query.next()) {
            QVERIFY2(CreditCode::isValid(query.value(0).toString()), qPrintable(query.value(0).toString()));
            ++count;
        }
        QCOMPARE(count, 200);
        QVERIFY(query.exec(QStringLiteral("SELECT count(DISTINCT industry) FROM subjects")) && query.next());
        QVERIFY(query.value(0).toInt() >= 5);
    }

    void everyHomeHasSomethingToShow() {
        const auto inspector = Accounts(m_profile->store()).userByLogin(QStringLiteral("zhangwei"));
        QVERIFY(inspector);
        QVERIFY(!tasksForOfficer(m_profile->db(), inspector->id).isEmpty());

        CaseList mine(m_profile->db());
        mine.setFilter({{}, {}, inspector->id});
        QVERIFY(mine.count() > 0);

        CaseList queue(m_profile->db());
        queue.setFilter({{},
                         {CaseState::OpeningApproval, CaseState::CaseReview, CaseState::Decision,
                          CaseState::ClosingApproval},
                         {}});
        QVERIFY(queue.count() > 0);

        CaseList archive(m_profile->db());
        archive.setFilter({{}, {CaseState::Closed, CaseState::Archived, CaseState::Withdrawn}, {}});
        QVERIFY(archive.count() > 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "TestDemoData.moc"
