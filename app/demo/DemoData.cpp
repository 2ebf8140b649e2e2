#include "DemoData.h"

#include "Accounts.h"
#include "Cases.h"
#include "Generator.h"
#include "Subjects.h"
#include "Uuid7.h"

#include <QDateTime>

namespace fieldcase::demo {

using store::StoreResult;

namespace {

const QString DemoKey = QStringLiteral("demo_profile");

struct Officer {
    DemoAccount account;
    QString certificate;
    int unit;
};

QList<Officer> officers() {
    const QString password = QStringLiteral("fieldcase-demo");
    return {
        {{QStringLiteral("zhangwei"), password, QStringLiteral("张伟"), Role::Inspector},
         QStringLiteral("32011520001"),
         0},
        {{QStringLiteral("lina"), password, QStringLiteral("李娜"),
          Roles(Role::TeamLeader) | Role::Inspector},
         QStringLiteral("32011520002"),
         0},
        {{QStringLiteral("liuyang"), password, QStringLiteral("刘洋"), Role::LegalReviewer},
         QStringLiteral("32011520003"),
         0},
        {{QStringLiteral("wangfang"), password, QStringLiteral("王芳"), Role::EvidenceClerk}, QString(), 0},
        {{QStringLiteral("chenjing"), password, QStringLiteral("陈静"), Role::Admin}, QString(), 0},
        {{QStringLiteral("zhaoqiang"), password, QStringLiteral("赵强"), Role::Inspector},
         QStringLiteral("32011520004"),
         0},
        {{QStringLiteral("sunli"), password, QStringLiteral("孙丽"), Role::Inspector},
         QStringLiteral("32011520011"),
         1},
        {{QStringLiteral("zhoujie"), password, QStringLiteral("周杰"),
          Roles(Role::TeamLeader) | Role::Inspector},
         QStringLiteral("32011520012"),
         1},
    };
}

} // namespace

QList<DemoAccount> DemoData::accounts() {
    QList<DemoAccount> list;
    for (const Officer& officer : officers())
        list.append(officer.account);
    return list;
}

bool DemoData::isDemoProfile(const store::Store& store) {
    return store.metaValue(DemoKey) == QLatin1String("1");
}

StoreResult DemoData::create(store::Store& store) {
    store::Accounts accounts(store);
    store::Subjects subjects(store);
    store::Cases cases(store);
    store::Tasks tasks(store);
    Generator generate;

    if (StoreResult r =
            store.setMetaValue(QStringLiteral("bureau_name"), QStringLiteral("南京市江宁生态环境局"));
        !r)
        return r;
    const QList<Unit> units = {{Uuid7::create(), QStringLiteral("江宁生态环境综合行政执法局第一执法大队")},
                               {Uuid7::create(), QStringLiteral("江宁生态环境综合行政执法局第二执法大队")}};
    for (const Unit& unit : units) {
        if (StoreResult r = accounts.createUnit({}, unit); !r)
            return r;
    }

    QList<User> people;
    for (const Officer& officer : officers()) {
        User user{Uuid7::create(),       officer.account.login, officer.account.name,
                  officer.account.roles, officer.certificate,   units[officer.unit].id};
        if (StoreResult r = accounts.createUser({}, user, officer.account.password); !r)
            return r;
        people.append(user);
    }
    const User& admin = people[4];
    // The team leader of each unit approves the steps that wait for a leader.
    const auto leaderOf = [&](const User& officer) -> const User& {
        return officer.unitId == units[0].id ? people[1] : people[7];
    };
    QList<User> inspectors;
    for (const User& person : people) {
        if (person.canEnforce())
            inspectors.append(person);
    }

    QList<Subject> created;
    for (int i = 0; i < 200; ++i) {
        Subject subject = generate.subject(i);
        if (StoreResult r = subjects.create(admin.id, subject); !r)
            return r;
        created.append(subject);
    }

    // Tasks for the first inspector with a partner, so "My tasks" has work of every kind.
    const QDate today = QDate::currentDate();
    for (int i = 0; i < 16; ++i) {
        InspectionTask task;
        task.id = Uuid7::create();
        task.source = enumValues<TaskSource>().at(i % enumValues<TaskSource>().size());
        task.subjectId = created[(i * 7) % created.size()].id;
        // Most go to the first inspector; every third to the team leader, who inspects too.
        const User& first = i % 3 == 2 ? inspectors[1] : inspectors[0];
        task.officerIds = {first.id, inspectors[2 + i % 2].id};
        task.dueDate = today.addDays(i * 3 - 10);
        task.state = i < 4 ? TaskState::Completed : (i < 6 ? TaskState::InProgress : TaskState::Assigned);
        if (StoreResult r = tasks.create(people[1].id, task); !r)
            return r;
    }

    const int year = today.year();
    for (int i = 0; i < 48; ++i) {
        const Generator::CaseCause cause = generate.caseCause();
        const User& lead = inspectors[i % inspectors.size()];
        Case c;
        c.id = Uuid7::create();
        c.provisionalLabel = cases.nextProvisionalLabel(year);
        c.subjectId = created[(i * 13) % created.size()].id;
        c.cause = created[(i * 13) % created.size()].name + cause.cause;
        const CaseState reached = generate.caseState();
        // Cases past the opening approval carry the number the bureau gave them.
        if (reached >= CaseState::Investigating)
            c.officialNumber = QStringLiteral("宁环罚立字〔%1〕%2号").arg(year).arg(i + 1);
        c.leadOfficerId = lead.id;
        c.unitId = lead.unitId;
        c.openedAt = QDateTime::currentDateTimeUtc().addDays(-3 * i - 1);
        const QDate actStart = today.addDays(-3 * i - 60 - generate.bounded(90));
        c.violations = {{Uuid7::create(), cause.violation, cause.legalBasis, actStart,
                         actStart.addDays(generate.bounded(40))}};
        if (StoreResult r = cases.create(lead.id, c); !r)
            return r;
        // Walk the procedure step by step, so each case's history reads like a real one.
        for (CaseState from = CaseState::Lead; from < reached; from = CaseState(int(from) + 1)) {
            const CaseState to = CaseState(int(from) + 1);
            const User& actor = needsLeaderDecision(from) ? leaderOf(lead) : lead;
            if (StoreResult r = cases.transition(actor.id, c.id, from, to); !r)
                return r;
        }
    }
    return store.setMetaValue(DemoKey, QStringLiteral("1"));
}

} // namespace fieldcase::demo
