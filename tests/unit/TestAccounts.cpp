#include "Accounts.h"
#include "TempProfile.h"
#include "Uuid7.h"

#include <QSqlQuery>

using namespace fieldcase;
using namespace fieldcase::store;

class TestAccounts : public QObject {
    Q_OBJECT

private:
    User m_user;
    TempProfile* m_profile = nullptr;
    const QString m_password = QStringLiteral("现场执法2026!");

private slots:
    void init() {
        m_profile = new TempProfile;
        m_user = {Uuid7::create(), QStringLiteral("zhangwei"),    QStringLiteral("张伟"),
                  Role::Inspector, QStringLiteral("32011520001"), {}};
        QVERIFY(Accounts(m_profile->store()).createUser({}, m_user, m_password));
    }
    void cleanup() { delete m_profile; }

    void theRightPasswordSignsIn() {
        const auto result = Accounts(m_profile->store()).login(QStringLiteral("ZhangWei"), m_password, 0);
        QVERIFY(result.ok());
        QCOMPARE(result.user.id, m_user.id);
        QCOMPARE(result.user.name, m_user.name);
        QVERIFY(result.user.canEnforce());
    }

    void thePasswordIsNotStored() {
        QSqlQuery query(m_profile->db());
        QVERIFY(query.exec(QStringLiteral("SELECT password_verifier FROM users")));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toString().startsWith(QLatin1String("$argon2id$")));
        QVERIFY(!query.value(0).toString().contains(m_password));
    }

    void wrongPasswordAndUnknownLoginGetTheSameMessage() {
        Accounts accounts(m_profile->store());
        const auto wrong = accounts.login(QStringLiteral("zhangwei"), QStringLiteral("wrong password"), 0);
        const auto unknown = accounts.login(QStringLiteral("nobody"), QStringLiteral("wrong password"), 0);
        QCOMPARE(wrong.status, Accounts::LoginResult::Status::WrongCredentials);
        QCOMPARE(unknown.status, Accounts::LoginResult::Status::WrongCredentials);
        QCOMPARE(wrong.message, unknown.message);
    }

    void repeatedFailuresImposeAGrowingDelay() {
        Accounts accounts(m_profile->store());
        qint64 now = 1'000'000;
        for (int i = 0; i < Accounts::FreeAttempts - 1; ++i)
            QCOMPARE(accounts.login(m_user.login, QStringLiteral("bad"), now).retryAfterSeconds, 0);
        const auto third = accounts.login(m_user.login, QStringLiteral("bad"), now);
        QCOMPARE(third.retryAfterSeconds, 5);
        QVERIFY(third.message.contains(QLatin1String("5")));

        // Even the right password waits until the delay is over.
        const auto early = accounts.login(m_user.login, m_password, now + 2000);
        QCOMPARE(early.status, Accounts::LoginResult::Status::TooManyAttempts);
        QCOMPARE(early.retryAfterSeconds, 3);

        const auto fourth = accounts.login(m_user.login, QStringLiteral("bad"), now + 6000);
        QCOMPARE(fourth.retryAfterSeconds, 10);
        QVERIFY(accounts.login(m_user.login, m_password, now + 17000).ok());
        // A success resets the count.
        QCOMPARE(accounts.login(m_user.login, QStringLiteral("bad"), now + 18000).retryAfterSeconds, 0);
    }

    void theDelayIsCapped() {
        QCOMPARE(Accounts::delaySecondsAfter(0), 0);
        QCOMPARE(Accounts::delaySecondsAfter(3), 5);
        QCOMPARE(Accounts::delaySecondsAfter(50), 300);
    }

    void theDelaySurvivesARestart() {
        for (int i = 0; i < Accounts::FreeAttempts; ++i)
            Accounts(m_profile->store()).login(m_user.login, QStringLiteral("bad"), 5000);
        const QString dir = m_profile->profile.directory();
        m_profile->profile.close();
        QVERIFY(m_profile->profile.open(dir, false).ok());
        QCOMPARE(Accounts(m_profile->store()).login(m_user.login, m_password, 6000).status,
                 Accounts::LoginResult::Status::TooManyAttempts);
    }

    void unlockChecksTheSignedInUsersPassword() {
        Accounts accounts(m_profile->store());
        QVERIFY(accounts.unlock(m_user.id, m_password, 0).ok());
        QVERIFY(!accounts.unlock(m_user.id, QStringLiteral("bad"), 0).ok());
    }

    void loginsAreAudited() {
        Accounts(m_profile->store()).login(m_user.login, m_password, 0);
        Accounts(m_profile->store()).login(m_user.login, QStringLiteral("bad"), 0);
        QSqlQuery query(m_profile->db());
        QVERIFY(query.exec(
            QStringLiteral("SELECT action FROM audit_events WHERE action LIKE 'user.login%' ORDER BY row")));
        QStringList actions;
        while (query.next())
            actions << query.value(0).toString();
        QCOMPARE(actions, (QStringList{QStringLiteral("user.login"), QStringLiteral("user.login_failed")}));
    }

    void weakPasswordsAndDuplicateLoginsAreRefused() {
        Accounts accounts(m_profile->store());
        User other{Uuid7::create(), QStringLiteral("lina"), QStringLiteral("李娜"), Role::TeamLeader, {}, {}};
        QVERIFY(!accounts.createUser({}, other, QStringLiteral("short")).ok());
        other.login = QStringLiteral("ZHANGWEI");
        QVERIFY(!accounts.createUser({}, other, m_password).ok());
        QCOMPARE(accounts.userCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "TestAccounts.moc"
