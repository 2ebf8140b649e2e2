<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Accounts</name>
    <message>
        <source>An account needs a login name and the person&apos;s name.</source>
        <translation>An account needs a login name and the person&apos;s name.</translation>
    </message>
    <message>
        <source>The login name %1 is already taken.</source>
        <translation>The login name %1 is already taken.</translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory).</source>
        <translation>The password could not be protected (not enough memory).</translation>
    </message>
    <message>
        <source>The login name or the password is wrong.</source>
        <translation>The login name or the password is wrong.</translation>
    </message>
    <message>
        <source>The account could not be read: %1</source>
        <translation>The account could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passwords. Try again in %n second.</numerusform>
            <numerusform>Too many wrong passwords. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The login name or the password is wrong. Wait %n second(s) before the next try.</source>
        <translation>
            <numerusform>The login name or the password is wrong. Wait %n second before the next try.</numerusform>
            <numerusform>The login name or the password is wrong. Wait %n seconds before the next try.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n character(s).</source>
        <translation>
            <numerusform>The password needs at least %n character.</numerusform>
            <numerusform>The password needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>The audit log is intact.</source>
        <translation>The audit log is intact.</translation>
    </message>
    <message>
        <source>Audit event %1 is out of sequence: an event before it is missing.</source>
        <translation>Audit event %1 is out of sequence: an event before it is missing.</translation>
    </message>
    <message>
        <source>Audit event %1 does not link to the event before it: the log was altered.</source>
        <translation>Audit event %1 does not link to the event before it: the log was altered.</translation>
    </message>
    <message>
        <source>Audit event %1 was changed after it was written.</source>
        <translation>Audit event %1 was changed after it was written.</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Back to the list (Esc)</translation>
    </message>
    <message>
        <source>Regulated subject:</source>
        <translation>Regulated subject:</translation>
    </message>
    <message>
        <source>Unified social credit code:</source>
        <translation>Unified social credit code:</translation>
    </message>
    <message>
        <source>Cause of action:</source>
        <translation>Cause of action:</translation>
    </message>
    <message>
        <source>Lead officer:</source>
        <translation>Lead officer:</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>Opened:</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <source>Act start</source>
        <translation>Act start</translation>
    </message>
    <message>
        <source>Act end</source>
        <translation>Act end</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Violation</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Case history</source>
        <translation>Case history</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>&amp;Penalty discretion…</source>
        <translation>&amp;Penalty discretion…</translation>
    </message>
    <message>
        <source>Compute the recommended fine for a violation under the installed discretion standard</source>
        <translation>Compute the recommended fine for a violation under the installed discretion standard</translation>
    </message>
    <message>
        <source>Penalty discretion</source>
        <translation>Penalty discretion</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a saved result</source>
        <translation>Double-click or press Enter to open a saved result</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>CaseState</name>
    <message>
        <source>Lead registered</source>
        <translation>Lead registered</translation>
    </message>
    <message>
        <source>Awaiting approval to open</source>
        <translation>Awaiting approval to open</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>Investigating</translation>
    </message>
    <message>
        <source>Awaiting case review</source>
        <translation>Awaiting case review</translation>
    </message>
    <message>
        <source>Legal review</source>
        <translation>Legal review</translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <translation>Awaiting decision</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Execution</translation>
    </message>
    <message>
        <source>Awaiting approval to close</source>
        <translation>Awaiting approval to close</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>A violation cannot end before it started.</source>
        <translation>A violation cannot end before it started.</translation>
    </message>
    <message>
        <source>The subject of the case does not exist.</source>
        <translation>The subject of the case does not exist.</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>The case no longer exists.</translation>
    </message>
    <message>
        <source>The case is no longer in the state &quot;%1&quot;; reload it and try again.</source>
        <translation>The case is no longer in the state &quot;%1&quot;; reload it and try again.</translation>
    </message>
    <message>
        <source>The case needs a cause of action.</source>
        <translation>The case needs a cause of action.</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>&amp;Checklist:</source>
        <translation>&amp;Checklist:</translation>
    </message>
    <message>
        <source>C&amp;lear answers</source>
        <translation>C&amp;lear answers</translation>
    </message>
    <message>
        <source>&amp;Findings for the site inspection record:</source>
        <translation>&amp;Findings for the site inspection record:</translation>
    </message>
    <message>
        <source>&amp;Proposed violations:</source>
        <translation>&amp;Proposed violations:</translation>
    </message>
    <message>
        <source>C&amp;opy findings</source>
        <translation>C&amp;opy findings</translation>
    </message>
    <message>
        <source>Copy the findings to the clipboard, for the site inspection record</source>
        <translation>Copy the findings to the clipboard, for the site inspection record</translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <source>The unified social credit code is empty.</source>
        <translation>The unified social credit code is empty.</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters.</source>
        <translation>A unified social credit code has 18 characters.</translation>
    </message>
    <message>
        <source>Character %1 (&quot;%2&quot;) is not allowed in a unified social credit code (allowed: digits and letters except I, O, S, V, Z).</source>
        <translation>Character %1 (&quot;%2&quot;) is not allowed in a unified social credit code (allowed: digits and letters except I, O, S, V, Z).</translation>
    </message>
    <message>
        <source>The check character (18th) does not match: it is &quot;%1&quot;, the first 17 characters require &quot;%2&quot;.</source>
        <translation>The check character (18th) does not match: it is &quot;%1&quot;, the first 17 characters require &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The case database %1 cannot be read: %2</source>
        <translation>The case database %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a FieldCase case database, or it is damaged. It has not been changed.</source>
        <translation>The file %1 is not a FieldCase case database, or it is damaged. It has not been changed.</translation>
    </message>
    <message>
        <source>The case database cannot be created in %1: the folder is not writable.</source>
        <translation>The case database cannot be created in %1: the folder is not writable.</translation>
    </message>
    <message>
        <source>The case database %1 cannot be opened: %2</source>
        <translation>The case database %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>The case database %1 is in use by another program. Close it and try again.</source>
        <translation>The case database %1 is in use by another program. Close it and try again.</translation>
    </message>
    <message>
        <source>The case database %1 is damaged and cannot be read (%2). It has not been changed.</source>
        <translation>The case database %1 is damaged and cannot be read (%2). It has not been changed.</translation>
    </message>
    <message>
        <source>The case database %1 was written by a newer version of FieldCase (schema %2; this version knows up to %3). Update FieldCase to open it. It has not been changed.</source>
        <translation>The case database %1 was written by a newer version of FieldCase (schema %2; this version knows up to %3). Update FieldCase to open it. It has not been changed.</translation>
    </message>
    <message>
        <source>The case database %1 failed its integrity check (%2). It has not been changed.</source>
        <translation>The case database %1 failed its integrity check (%2). It has not been changed.</translation>
    </message>
    <message>
        <source>The case database %1 cannot be opened for writing: %2</source>
        <translation>The case database %1 cannot be opened for writing: %2</translation>
    </message>
    <message>
        <source>The case database %1 could not be upgraded; it was left at schema %2: %3</source>
        <translation>The case database %1 could not be upgraded; it was left at schema %2: %3</translation>
    </message>
</context>
<context>
    <name>DetachedSignature</name>
    <message>
        <source>The signature cannot be checked: the cryptography library did not start.</source>
        <translation>The signature cannot be checked: the cryptography library did not start.</translation>
    </message>
    <message>
        <source>The file is not signed.</source>
        <translation>The file is not signed.</translation>
    </message>
    <message>
        <source>The signature file is damaged or uses an unknown algorithm.</source>
        <translation>The signature file is damaged or uses an unknown algorithm.</translation>
    </message>
    <message>
        <source>The signature file is damaged.</source>
        <translation>The signature file is damaged.</translation>
    </message>
    <message>
        <source>The file is signed with the key &quot;%1&quot;, which this device does not trust.</source>
        <translation>The file is signed with the key &quot;%1&quot;, which this device does not trust.</translation>
    </message>
    <message>
        <source>The signature does not match the file: it was changed after %1 signed it.</source>
        <translation>The signature does not match the file: it was changed after %1 signed it.</translation>
    </message>
    <message>
        <source>Trusted key %1 is incomplete or not an Ed25519 public key.</source>
        <translation>Trusted key %1 is incomplete or not an Ed25519 public key.</translation>
    </message>
</context>
<context>
    <name>DiscretionDialog</name>
    <message>
        <source>Penalty discretion</source>
        <translation>Penalty discretion</translation>
    </message>
    <message>
        <source>&amp;Violation:</source>
        <translation>&amp;Violation:</translation>
    </message>
    <message>
        <source>Words, code or article</source>
        <translation>Words, code or article</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>Circumstances</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Act &amp;ended:</source>
        <translation>Act &amp;ended:</translation>
    </message>
    <message>
        <source>&amp;Decision date:</source>
        <translation>&amp;Decision date:</translation>
    </message>
    <message>
        <source>Pollution or ecological damage resulted: the limitation period is five years instead of two</source>
        <translation>Pollution or ecological damage resulted: the limitation period is five years instead of two</translation>
    </message>
    <message>
        <source>&amp;Harm resulted (5-year limitation period)</source>
        <translation>&amp;Harm resulted (5-year limitation period)</translation>
    </message>
    <message>
        <source>Apology reduction</source>
        <translation>Apology reduction</translation>
    </message>
    <message>
        <source>The party corrected the violation, apologised publicly and pledged to comply.</source>
        <translation>The party corrected the violation, apologised publicly and pledged to comply.</translation>
    </message>
    <message>
        <source>&amp;Reduce by</source>
        <translation>&amp;Reduce by</translation>
    </message>
    <message>
        <source>Outside the range</source>
        <translation>Outside the range</translation>
    </message>
    <message>
        <source>Mitigation below the minimum (Administrative Penalty Law, Art. 32):</source>
        <translation>Mitigation below the minimum (Administrative Penalty Law, Art. 32):</translation>
    </message>
    <message>
        <source>No penalty (Administrative Penalty Law, Art. 33):</source>
        <translation>No penalty (Administrative Penalty Law, Art. 33):</translation>
    </message>
    <message>
        <source>Recommended fine</source>
        <translation>Recommended fine</translation>
    </message>
    <message>
        <source>How the amount was found</source>
        <translation>How the amount was found</translation>
    </message>
    <message>
        <source>Fine decided</source>
        <translation>Fine decided</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation>&amp;Amount (yuan):</translation>
    </message>
    <message>
        <source>As recommended</source>
        <translation>As recommended</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Act s&amp;tarted:</source>
        <translation>Act s&amp;tarted:</translation>
    </message>
    <message>
        <source>&amp;Written reason (required with any ground):</source>
        <translation>&amp;Written reason (required with any ground):</translation>
    </message>
    <message>
        <source>Reaso&amp;n for a different amount:</source>
        <translation>Reaso&amp;n for a different amount:</translation>
    </message>
</context>
<context>
    <name>DiscretionPack</name>
    <message>
        <source>names no factor of this violation: &quot;%1&quot;</source>
        <translation>names no factor of this violation: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of factor &quot;%2&quot;</source>
        <translation>&quot;%1&quot; is not an option of factor &quot;%2&quot;</translation>
    </message>
    <message>
        <source>must name at least one option</source>
        <translation>must name at least one option</translation>
    </message>
    <message>
        <source>unknown range kind &quot;%1&quot; (amount, investment_share, cost_multiple)</source>
        <translation>unknown range kind &quot;%1&quot; (amount, investment_share, cost_multiple)</translation>
    </message>
    <message>
        <source>needs a minimum, a maximum or both</source>
        <translation>needs a minimum, a maximum or both</translation>
    </message>
    <message>
        <source>bounds must not be negative</source>
        <translation>bounds must not be negative</translation>
    </message>
    <message>
        <source>is upside down: the minimum %1 is above the maximum %2</source>
        <translation>is upside down: the minimum %1 is above the maximum %2</translation>
    </message>
    <message>
        <source>a share or a multiple needs both a minimum and a maximum</source>
        <translation>a share or a multiple needs both a minimum and a maximum</translation>
    </message>
    <message>
        <source>a factor needs at least one option</source>
        <translation>a factor needs at least one option</translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; is listed twice</source>
        <translation>the option &quot;%1&quot; is listed twice</translation>
    </message>
    <message>
        <source>ends before the basis takes effect</source>
        <translation>ends before the basis takes effect</translation>
    </message>
    <message>
        <source>unknown mode &quot;%1&quot; (weights, tiers, fallback)</source>
        <translation>unknown mode &quot;%1&quot; (weights, tiers, fallback)</translation>
    </message>
    <message>
        <source>the factor &quot;%1&quot; is listed twice</source>
        <translation>the factor &quot;%1&quot; is listed twice</translation>
    </message>
    <message>
        <source>must be a percentage from 0 to 100</source>
        <translation>must be a percentage from 0 to 100</translation>
    </message>
    <message>
        <source>fallback mode needs the factor &quot;circumstance&quot;</source>
        <translation>fallback mode needs the factor &quot;circumstance&quot;</translation>
    </message>
    <message>
        <source>the factor &quot;circumstance&quot; needs the option &quot;%1&quot;</source>
        <translation>the factor &quot;circumstance&quot; needs the option &quot;%1&quot;</translation>
    </message>
    <message>
        <source>tiers mode needs at least one tier</source>
        <translation>tiers mode needs at least one tier</translation>
    </message>
    <message>
        <source>a violation needs at least one legal basis</source>
        <translation>a violation needs at least one legal basis</translation>
    </message>
    <message>
        <source>weights mode needs a statutory maximum</source>
        <translation>weights mode needs a statutory maximum</translation>
    </message>
    <message>
        <source>the range of %1 needs the input &quot;%2&quot;</source>
        <translation>the range of %1 needs the input &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the percentages must run from a minimum to a maximum within 0 to 100</source>
        <translation>the percentages must run from a minimum to a maximum within 0 to 100</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected %2)</source>
        <translation>unknown format &quot;%1&quot; (expected %2)</translation>
    </message>
    <message>
        <source>ends before the standard takes effect</source>
        <translation>ends before the standard takes effect</translation>
    </message>
    <message>
        <source>a pack needs at least one violation</source>
        <translation>a pack needs at least one violation</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; is used twice</source>
        <translation>the code &quot;%1&quot; is used twice</translation>
    </message>
</context>
<context>
    <name>DiscretionStore</name>
    <message>
        <source>The discretion standard was refused: %1</source>
        <translation>The discretion standard was refused: %1</translation>
    </message>
    <message>
        <source>A different standard %1 version %2 is already installed; a published version is never replaced.</source>
        <translation>A different standard %1 version %2 is already installed; a published version is never replaced.</translation>
    </message>
    <message>
        <source>Only a complete result can be saved.</source>
        <translation>Only a complete result can be saved.</translation>
    </message>
    <message>
        <source>A fine different from the recommended amount needs a written reason.</source>
        <translation>A fine different from the recommended amount needs a written reason.</translation>
    </message>
    <message>
        <source>A fine cannot be negative.</source>
        <translation>A fine cannot be negative.</translation>
    </message>
</context>
<context>
    <name>EvidenceKind</name>
    <message>
        <source>Documentary evidence</source>
        <translation>Documentary evidence</translation>
    </message>
    <message>
        <source>Physical evidence</source>
        <translation>Physical evidence</translation>
    </message>
    <message>
        <source>Audio-visual material</source>
        <translation>Audio-visual material</translation>
    </message>
    <message>
        <source>Electronic data</source>
        <translation>Electronic data</translation>
    </message>
    <message>
        <source>Witness testimony</source>
        <translation>Witness testimony</translation>
    </message>
    <message>
        <source>Statement of the party</source>
        <translation>Statement of the party</translation>
    </message>
    <message>
        <source>Expert opinion</source>
        <translation>Expert opinion</translation>
    </message>
    <message>
        <source>Inspection or site record</source>
        <translation>Inspection or site record</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>FieldCase – New profile</source>
        <translation>FieldCase – New profile</translation>
    </message>
    <message>
        <source>There is no FieldCase profile in this folder yet. Enter your bureau or unit and the administrator&apos;s account to create one.</source>
        <translation>There is no FieldCase profile in this folder yet. Enter your bureau or unit and the administrator&apos;s account to create one.</translation>
    </message>
    <message>
        <source>&amp;Bureau or unit:</source>
        <translation>&amp;Bureau or unit:</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;name:</source>
        <translation>Administrator&apos;s &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>&amp;Login name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Create profile</source>
        <translation>&amp;Create profile</translation>
    </message>
    <message>
        <source>&amp;Enforcement certificate number:</source>
        <translation>&amp;Enforcement certificate number:</translation>
    </message>
</context>
<context>
    <name>InspectionChecklist</name>
    <message>
        <source>must be lower-case letters, digits, &quot;-&quot; and &quot;_&quot;: &quot;%1&quot;</source>
        <translation>must be lower-case letters, digits, &quot;-&quot; and &quot;_&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a violation code such as WATER-NO-PERMIT</source>
        <translation>must be a violation code such as WATER-NO-PERMIT</translation>
    </message>
    <message>
        <source>an answer that proposes a violation needs the finding</source>
        <translation>an answer that proposes a violation needs the finding</translation>
    </message>
    <message>
        <source>must be a violation code or null</source>
        <translation>must be a violation code or null</translation>
    </message>
    <message>
        <source>a question needs at least two answers</source>
        <translation>a question needs at least two answers</translation>
    </message>
    <message>
        <source>the answer &quot;%1&quot; is listed twice</source>
        <translation>the answer &quot;%1&quot; is listed twice</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected %2)</source>
        <translation>unknown format &quot;%1&quot; (expected %2)</translation>
    </message>
    <message>
        <source>a checklist needs at least one question</source>
        <translation>a checklist needs at least one question</translation>
    </message>
    <message>
        <source>the question &quot;%1&quot; is listed twice</source>
        <translation>the question &quot;%1&quot; is listed twice</translation>
    </message>
</context>
<context>
    <name>InspectionOutcome</name>
    <message>
        <source>Not concluded</source>
        <translation>Not concluded</translation>
    </message>
    <message>
        <source>No problem found</source>
        <translation>No problem found</translation>
    </message>
    <message>
        <source>Problems found, correction required</source>
        <translation>Problems found, correction required</translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation>Open a case</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>line %1, offset %2</source>
        <translation>line %1, offset %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>not valid JSON: %1</translation>
    </message>
    <message>
        <source>the file must hold a JSON object</source>
        <translation>the file must hold a JSON object</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>must be a non-empty text</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <source>must be an object with &quot;zh&quot; and &quot;en&quot; texts</source>
        <translation>must be an object with &quot;zh&quot; and &quot;en&quot; texts</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>must be a date written YYYY-MM-DD</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>must be a list</translation>
    </message>
    <message>
        <source>is not a key of this format</source>
        <translation>is not a key of this format</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Filter by subject name</source>
        <translation>Filter by subject name</translation>
    </message>
    <message>
        <source>Name, credit code, industry or address</source>
        <translation>Name, credit code, industry or address</translation>
    </message>
    <message>
        <source>Case number, subject, credit code or cause</source>
        <translation>Case number, subject, credit code or cause</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>FieldCase is locked</source>
        <translation>FieldCase is locked</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>FieldCase – Sign in</source>
        <translation>FieldCase – Sign in</translation>
    </message>
    <message>
        <source>FieldCase</source>
        <translation>FieldCase</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>&amp;Login name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>Demo accounts (this is a demo profile)</source>
        <translation>Demo accounts (this is a demo profile)</translation>
    </message>
    <message>
        <source>Select an account to fill in its login name and password.</source>
        <translation>Select an account to fill in its login name and password.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Login name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>FieldCase</source>
        <translation>FieldCase</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Lock the window until you enter your password (Ctrl+L)</source>
        <translation>Lock the window until you enter your password (Ctrl+L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>%1 does not contain a FieldCase profile.</source>
        <translation>%1 does not contain a FieldCase profile.</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be created.</source>
        <translation>The profile folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The profile %1 is already open in another FieldCase window (process %2 on %3).</source>
        <translation>The profile %1 is already open in another FieldCase window (process %2 on %3).</translation>
    </message>
    <message>
        <source>The profile %1 cannot be locked: the folder is not writable.</source>
        <translation>The profile %1 cannot be locked: the folder is not writable.</translation>
    </message>
</context>
<context>
    <name>ProfileErrorDialog</name>
    <message>
        <source>FieldCase – Profile cannot be opened</source>
        <translation>FieldCase – Profile cannot be opened</translation>
    </message>
    <message>
        <source>This profile cannot be opened. Its files have not been changed.</source>
        <translation>This profile cannot be opened. Its files have not been changed.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Open another profile…</source>
        <translation>&amp;Open another profile…</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <source>Legal reviewer</source>
        <translation>Legal reviewer</translation>
    </message>
    <message>
        <source>Evidence clerk</source>
        <translation>Evidence clerk</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Subject name, credit code, case number or cause</source>
        <translation>Subject name, credit code, case number or cause</translation>
    </message>
</context>
<context>
    <name>Seeder</name>
    <message>
        <source>The profile has no certified officers to lead cases.</source>
        <translation>The profile has no certified officers to lead cases.</translation>
    </message>
    <message>
        <source>Cases need at least one subject.</source>
        <translation>Cases need at least one subject.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Display:</source>
        <translation>Display:</translation>
    </message>
    <message>
        <source>&amp;High contrast (for sunlight)</source>
        <translation>&amp;High contrast (for sunlight)</translation>
    </message>
    <message>
        <source>&amp;Tablet mode (larger text and buttons)</source>
        <translation>&amp;Tablet mode (larger text and buttons)</translation>
    </message>
    <message>
        <source>Lock after &amp;idle time:</source>
        <translation>Lock after &amp;idle time:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>ShippedData</name>
    <message>
        <source>The trusted bureau keys could not be read: %1</source>
        <translation>The trusted bureau keys could not be read: %1</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The case database refused the change: %1</source>
        <translation>The case database refused the change: %1</translation>
    </message>
    <message>
        <source>The case database is busy: %1</source>
        <translation>The case database is busy: %1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>The change could not be saved: %1</translation>
    </message>
    <message>
        <source>The change was interrupted.</source>
        <translation>The change was interrupted.</translation>
    </message>
</context>
<context>
    <name>SubjectClass</name>
    <message>
        <source>Key discharger</source>
        <translation>Key discharger</translation>
    </message>
    <message>
        <source>General discharger</source>
        <translation>General discharger</translation>
    </message>
    <message>
        <source>Special supervision</source>
        <translation>Special supervision</translation>
    </message>
</context>
<context>
    <name>Subjects</name>
    <message>
        <source>The subject needs a name.</source>
        <translation>The subject needs a name.</translation>
    </message>
    <message>
        <source>The position is outside the valid range of latitude and longitude.</source>
        <translation>The position is outside the valid range of latitude and longitude.</translation>
    </message>
    <message>
        <source>A subject with the credit code %1 is already registered.</source>
        <translation>A subject with the credit code %1 is already registered.</translation>
    </message>
    <message>
        <source>The subject no longer exists.</source>
        <translation>The subject no longer exists.</translation>
    </message>
</context>
<context>
    <name>TaskSource</name>
    <message>
        <source>Random draw</source>
        <translation>Random draw</translation>
    </message>
    <message>
        <source>Annual plan</source>
        <translation>Annual plan</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Transfer from another department</source>
        <translation>Transfer from another department</translation>
    </message>
    <message>
        <source>Follow-up inspection</source>
        <translation>Follow-up inspection</translation>
    </message>
</context>
<context>
    <name>TaskState</name>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>fieldcase-cli</name>
    <message>
        <source>%1 is a demo profile already.</source>
        <translation>%1 is a demo profile already.</translation>
    </message>
    <message>
        <source>Demo profile created in %1</source>
        <translation>Demo profile created in %1</translation>
    </message>
    <message>
        <source>Counts must not be negative.</source>
        <translation>Counts must not be negative.</translation>
    </message>
    <message>
        <source>The profile directory.</source>
        <translation>The profile directory.</translation>
    </message>
    <message>
        <source>seed: fill the profile with the demo data and accounts.</source>
        <translation>seed: fill the profile with the demo data and accounts.</translation>
    </message>
    <message>
        <source>seed: how many subjects to add.</source>
        <translation>seed: how many subjects to add.</translation>
    </message>
    <message>
        <source>seed: how many cases to add.</source>
        <translation>seed: how many cases to add.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>Added subjects: %1, cases: %2 (%3 s).</source>
        <translation>Added subjects: %1, cases: %2 (%3 s).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>No trusted keys in %1</source>
        <translation>No trusted keys in %1</translation>
    </message>
    <message>
        <source>%1 is not a valid pack: %2</source>
        <translation>%1 is not a valid pack: %2</translation>
    </message>
    <message>
        <source>%1 is refused: %2</source>
        <translation>%1 is refused: %2</translation>
    </message>
    <message>
        <source>The key file does not hold an Ed25519 secret key.</source>
        <translation>The key file does not hold an Ed25519 secret key.</translation>
    </message>
    <message>
        <source>Signed %1 (sha256 %2)</source>
        <translation>Signed %1 (sha256 %2)</translation>
    </message>
    <message>
        <source>%1: standard %2 version %3, %4 violation(s), signature valid, sha256 %5</source>
        <translation>%1: standard %2 version %3, %4 violation(s), signature valid, sha256 %5</translation>
    </message>
    <message>
        <source>--answers must be a JSON object: %1</source>
        <translation>--answers must be a JSON object: %1</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD.</source>
        <translation>Dates are written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>discretion: the standard pack (its signature is FILE.sig).</source>
        <translation>discretion: the standard pack (its signature is FILE.sig).</translation>
    </message>
    <message>
        <source>discretion: the violation code.</source>
        <translation>discretion: the violation code.</translation>
    </message>
    <message>
        <source>discretion: the answers as JSON.</source>
        <translation>discretion: the answers as JSON.</translation>
    </message>
    <message>
        <source>discretion: when the act began.</source>
        <translation>discretion: when the act began.</translation>
    </message>
    <message>
        <source>discretion: when the act ended.</source>
        <translation>discretion: when the act ended.</translation>
    </message>
    <message>
        <source>discretion: the decision date (default: today).</source>
        <translation>discretion: the decision date (default: today).</translation>
    </message>
    <message>
        <source>discretion: validate a pack and its signature.</source>
        <translation>discretion: validate a pack and its signature.</translation>
    </message>
    <message>
        <source>discretion: trusted bureau keys (default: the shipped ones).</source>
        <translation>discretion: trusted bureau keys (default: the shipped ones).</translation>
    </message>
    <message>
        <source>discretion: sign a pack (writes FILE.sig) with --key and --key-id.</source>
        <translation>discretion: sign a pack (writes FILE.sig) with --key and --key-id.</translation>
    </message>
    <message>
        <source>discretion: the secret signing key file.</source>
        <translation>discretion: the secret signing key file.</translation>
    </message>
    <message>
        <source>discretion: the signing key&apos;s id.</source>
        <translation>discretion: the signing key&apos;s id.</translation>
    </message>
    <message>
        <source>discretion: make a signing key; prints its trusted-key entry.</source>
        <translation>discretion: make a signing key; prints its trusted-key entry.</translation>
    </message>
    <message>
        <source>discretion: the bureau named in a new key&apos;s entry.</source>
        <translation>discretion: the bureau named in a new key&apos;s entry.</translation>
    </message>
    <message>
        <source>discretion needs --pack FILE --violation CODE --answers JSON, or --check-pack FILE, --sign-pack FILE or --new-key FILE.</source>
        <translation>discretion needs --pack FILE --violation CODE --answers JSON, or --check-pack FILE, --sign-pack FILE or --new-key FILE.</translation>
    </message>
    <message>
        <source>FieldCase headless commands: seed, audit-verify, discretion</source>
        <translation>FieldCase headless commands: seed, audit-verify, discretion</translation>
    </message>
    <message>
        <source>seed | audit-verify | discretion</source>
        <translation>seed | audit-verify | discretion</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::Application</name>
    <message>
        <source>The profile directory (database, evidence, settings).</source>
        <translation>The profile directory (database, evidence, settings).</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>directory</translation>
    </message>
    <message>
        <source>Open another profile</source>
        <translation>Open another profile</translation>
    </message>
    <message>
        <source>Discretion standard not installed</source>
        <translation>Discretion standard not installed</translation>
    </message>
    <message>
        <source>A discretion standard that comes with FieldCase could not be installed. Penalty discretion will use the standards installed before.</source>
        <translation>A discretion standard that comes with FieldCase could not be installed. Penalty discretion will use the standards installed before.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::CasePage</name>
    <message>
        <source>Case registered</source>
        <translation>Case registered</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Procedure step</source>
        <translation>Procedure step</translation>
    </message>
    <message>
        <source>Unknown user</source>
        <translation>Unknown user</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 yuan</translation>
    </message>
    <message>
        <source>%1 (recommended %2)</source>
        <translation>%1 (recommended %2)</translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1 version %2</translation>
    </message>
    <message>
        <source>Penalty discretion saved: %1, %2 yuan</source>
        <translation>Penalty discretion saved: %1, %2 yuan</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::CaseTableModel</name>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Regulated subject</source>
        <translation>Regulated subject</translation>
    </message>
    <message>
        <source>Cause of action</source>
        <translation>Cause of action</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Lead officer</source>
        <translation>Lead officer</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ChecklistPage</name>
    <message>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No problems recorded yet.</source>
        <translation>No problems recorded yet.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copied.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::DiscretionDialog</name>
    <message>
        <source>%1 yuan</source>
        <translation>%1 yuan</translation>
    </message>
    <message>
        <source>Eliminated or reduced the harmful consequences on its own initiative</source>
        <translation>Eliminated or reduced the harmful consequences on its own initiative</translation>
    </message>
    <message>
        <source>Acted under coercion or deception by others</source>
        <translation>Acted under coercion or deception by others</translation>
    </message>
    <message>
        <source>Confessed violations the authority did not yet know of</source>
        <translation>Confessed violations the authority did not yet know of</translation>
    </message>
    <message>
        <source>Helped the authority investigate violations with meritorious conduct</source>
        <translation>Helped the authority investigate violations with meritorious conduct</translation>
    </message>
    <message>
        <source>Another ground for mitigation in a law, regulation or rule</source>
        <translation>Another ground for mitigation in a law, regulation or rule</translation>
    </message>
    <message>
        <source>Minor violation, corrected in time, no harmful consequences</source>
        <translation>Minor violation, corrected in time, no harmful consequences</translation>
    </message>
    <message>
        <source>First violation, minor harm, corrected in time</source>
        <translation>First violation, minor harm, corrected in time</translation>
    </message>
    <message>
        <source>Evidence shows the party was not at fault</source>
        <translation>Evidence shows the party was not at fault</translation>
    </message>
    <message>
        <source>No discretion standard is installed.</source>
        <translation>No discretion standard is installed.</translation>
    </message>
    <message>
        <source>Standard: %1, version %2 (%3)</source>
        <translation>Standard: %1, version %2 (%3)</translation>
    </message>
    <message>
        <source>Choose the violation on the left.</source>
        <translation>Choose the violation on the left.</translation>
    </message>
    <message>
        <source>Not entered</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> yuan</translation>
    </message>
    <message>
        <source>Within the statutory range; weight %1%</source>
        <translation>Within the statutory range; weight %1%</translation>
    </message>
    <message>
        <source>Within the statutory range</source>
        <translation>Within the statutory range</translation>
    </message>
    <message>
        <source>Mitigated below the minimum (Art. 32)</source>
        <translation>Mitigated below the minimum (Art. 32)</translation>
    </message>
    <message>
        <source>No penalty (Art. 33)</source>
        <translation>No penalty (Art. 33)</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>Basis: %1</translation>
    </message>
    <message>
        <source>Choose a violation and complete the answers first.</source>
        <translation>Choose a violation and complete the answers first.</translation>
    </message>
    <message>
        <source>Enter the fine decided as a number of yuan, or leave it empty.</source>
        <translation>Enter the fine decided as a number of yuan, or leave it empty.</translation>
    </message>
    <message>
        <source>The fine decided differs from the recommended %1: write the reason for the difference.</source>
        <translation>The fine decided differs from the recommended %1: write the reason for the difference.</translation>
    </message>
    <message>
        <source>Penalty discretion (saved %1)</source>
        <translation>Penalty discretion (saved %1)</translation>
    </message>
    <message>
        <source>The standard this result was computed with is no longer installed; the result is shown as saved.</source>
        <translation>The standard this result was computed with is no longer installed; the result is shown as saved.</translation>
    </message>
    <message>
        <source>A newer version (%1) of this standard is installed. This result stays as computed under version %2; start a new computation to apply the newer standard.</source>
        <translation>A newer version (%1) of this standard is installed. This result stays as computed under version %2; start a new computation to apply the newer standard.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a question&apos;s label</comment>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::FirstRunDialog</name>
    <message>
        <source>Profile folder: %1</source>
        <translation>Profile folder: %1</translation>
    </message>
    <message>
        <source>Optional: if the administrator also inspects</source>
        <translation>Optional: if the administrator also inspects</translation>
    </message>
    <message>
        <source>Enter the name of your bureau or unit.</source>
        <translation>Enter the name of your bureau or unit.</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s name.</source>
        <translation>Enter the administrator&apos;s name.</translation>
    </message>
    <message>
        <source>Enter a login name for the administrator.</source>
        <translation>Enter a login name for the administrator.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n character(s).</source>
        <translation>
            <numerusform>The password needs at least %n character.</numerusform>
            <numerusform>The password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ListPage</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::LockScreen</name>
    <message>
        <source>Signed in as %1. Enter your password to continue.</source>
        <translation>Signed in as %1. Enter your password to continue.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::LoginDialog</name>
    <message>
        <source>Profile: %1</source>
        <translation>Profile: %1</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::MainWindow</name>
    <message>
        <source>My tasks</source>
        <translation>My tasks</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>My cases</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Review queue</translation>
    </message>
    <message>
        <source>Legal review queue</source>
        <translation>Legal review queue</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Subject directory</source>
        <translation>Subject directory</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Case file</translation>
    </message>
    <message>
        <source>Case not found</source>
        <translation>Case not found</translation>
    </message>
    <message>
        <source>This case is no longer on this device.</source>
        <translation>This case is no longer on this device.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Inspection checklists</source>
        <translation>Inspection checklists</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ProfileErrorDialog</name>
    <message>
        <source>Profile folder: %1</source>
        <translation>Profile folder: %1</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::RangeBar</name>
    <message>
        <source>Statutory range %1 to %2 yuan</source>
        <translation>Statutory range %1 to %2 yuan</translation>
    </message>
    <message>
        <source>Statutory range up to %1 yuan</source>
        <translation>Statutory range up to %1 yuan</translation>
    </message>
    <message>
        <source>Statutory range at least %1 yuan</source>
        <translation>Statutory range at least %1 yuan</translation>
    </message>
    <message>
        <source>No range</source>
        <translation>No range</translation>
    </message>
    <message>
        <source>%1; the amount %2 yuan</source>
        <translation>%1; the amount %2 yuan</translation>
    </message>
    <message>
        <source>Statutory range</source>
        <translation>Statutory range</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>no maximum</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::RetryCountdown</name>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>You can try again in %n second.</numerusform>
            <numerusform>You can try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::SearchPage</name>
    <message>
        <source>Type any part of a name, credit code, case number or cause. Enter opens the selected case; a subject opens in the subject directory.</source>
        <translation>Type any part of a name, credit code, case number or cause. Enter opens the selected case; a subject opens in the subject directory.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s).</source>
        <translation>
            <numerusform>%n result.</numerusform>
            <numerusform>%n results.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::SubjectTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Supervision class</source>
        <translation>Supervision class</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::TaskTableModel</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Regulated subject</source>
        <translation>Regulated subject</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
</TS>
