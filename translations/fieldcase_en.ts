<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Accounts</name>
    <message>
        <source>An account needs a login name and the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login name %1 is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login name or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The login name or the password is wrong. Wait %n second(s) before the next try.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>The audit log is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit event %1 is out of sequence: an event before it is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit event %1 does not link to the event before it: the log was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit event %1 was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulated subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause of action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseState</name>
    <message>
        <source>Lead registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting approval to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting case review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting approval to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>The case needs a cause (案由).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A violation cannot end before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject of the case does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is no longer in the state &quot;%1&quot;; reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <source>The unified social credit code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 (&quot;%2&quot;) is not allowed in a unified social credit code (allowed: digits and letters except I, O, S, V, Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character (18th) does not match: it is &quot;%1&quot;, the first 17 characters require &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The case database %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a FieldCase case database, or it is damaged. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case database cannot be created in %1: the folder is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case database %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case database %1 is in use by another program. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case database %1 is damaged and cannot be read (%2). It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case database %1 was written by a newer version of FieldCase (schema %2; this version knows up to %3). Update FieldCase to open it. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case database %1 failed its integrity check (%2). It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case database %1 cannot be opened for writing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case database %1 could not be upgraded; it was left at schema %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceKind</name>
    <message>
        <source>Documentary evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio-visual material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness testimony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of the party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection or site record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>FieldCase – New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no FieldCase profile in this folder yet. Enter your bureau or unit and the administrator&apos;s account to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bureau or unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforcement &amp;certificate number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionOutcome</name>
    <message>
        <source>Not concluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problem found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found, correction required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by subject name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, credit code, industry or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number, subject, credit code or cause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>FieldCase is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>FieldCase – Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FieldCase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo accounts (this is a demo profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an account to fill in its login name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>FieldCase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the window until you enter your password (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>%1 does not contain a FieldCase profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 is already open in another FieldCase window (process %2 on %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 cannot be locked: the folder is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileErrorDialog</name>
    <message>
        <source>FieldCase – Profile cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile cannot be opened. Its files have not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open another profile…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject name, credit code, case number or cause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seeder</name>
    <message>
        <source>The profile has no certified officers to lead cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases need at least one subject.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High contrast (for sunlight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tablet mode (larger text and buttons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after &amp;idle time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The case database refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case database is busy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectClass</name>
    <message>
        <source>Key discharger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General discharger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special supervision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Subjects</name>
    <message>
        <source>The subject needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The position is outside the valid range of latitude and longitude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subject with the credit code %1 is already registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskSource</name>
    <message>
        <source>Random draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer from another department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up inspection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskState</name>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fieldcase-cli</name>
    <message>
        <source>%1 is a demo profile already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo profile created in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeded %1 subjects and %2 cases in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FieldCase headless commands: seed, audit-verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed | audit-verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed: fill the profile with the demo data and accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed: how many subjects to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed: how many cases to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::Application</name>
    <message>
        <source>The profile directory (database, evidence, settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::CasePage</name>
    <message>
        <source>Case registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::CaseTableModel</name>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulated subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead officer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::FirstRunDialog</name>
    <message>
        <source>Profile folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: if the administrator also inspects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of your bureau or unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a login name for the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ListPage</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::LockScreen</name>
    <message>
        <source>Signed in as %1. Enter your password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::LoginDialog</name>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::MainWindow</name>
    <message>
        <source>My tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is no longer on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ProfileErrorDialog</name>
    <message>
        <source>Profile folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::RetryCountdown</name>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::SearchPage</name>
    <message>
        <source>Type any part of a name, credit code, case number or cause. Enter opens the selected case; a subject opens in the subject directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::SubjectTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::TaskTableModel</name>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulated subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
