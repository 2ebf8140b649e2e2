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
    <name>CapturedFiles</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The capture is kept at %1.</source>
        <translation>The capture is kept at %1.</translation>
    </message>
</context>
<context>
    <name>CaseAction</name>
    <message>
        <source>Submit for approval to open</source>
        <translation>Submit for approval to open</translation>
    </message>
    <message>
        <source>Approve opening the case</source>
        <translation>Approve opening the case</translation>
    </message>
    <message>
        <source>Return the lead</source>
        <translation>Return the lead</translation>
    </message>
    <message>
        <source>Submit the investigation report</source>
        <translation>Submit the investigation report</translation>
    </message>
    <message>
        <source>Return for further investigation</source>
        <translation>Return for further investigation</translation>
    </message>
    <message>
        <source>Issue the advance notice</source>
        <translation>Issue the advance notice</translation>
    </message>
    <message>
        <source>Decide not to penalise</source>
        <translation>Decide not to penalise</translation>
    </message>
    <message>
        <source>Transfer the case</source>
        <translation>Transfer the case</translation>
    </message>
    <message>
        <source>Record the hearing request</source>
        <translation>Record the hearing request</translation>
    </message>
    <message>
        <source>Close statement and defence</source>
        <translation>Close statement and defence</translation>
    </message>
    <message>
        <source>Finish the hearing</source>
        <translation>Finish the hearing</translation>
    </message>
    <message>
        <source>Complete the legal review</source>
        <translation>Complete the legal review</translation>
    </message>
    <message>
        <source>Complete the collective discussion</source>
        <translation>Complete the collective discussion</translation>
    </message>
    <message>
        <source>Sign the decision</source>
        <translation>Sign the decision</translation>
    </message>
    <message>
        <source>Record service of the decision</source>
        <translation>Record service of the decision</translation>
    </message>
    <message>
        <source>Complete execution</source>
        <translation>Complete execution</translation>
    </message>
    <message>
        <source>Submit for closing</source>
        <translation>Submit for closing</translation>
    </message>
    <message>
        <source>Approve closing the case</source>
        <translation>Approve closing the case</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Withdraw the case</source>
        <translation>Withdraw the case</translation>
    </message>
</context>
<context>
    <name>CaseClocks</name>
    <message>
        <source>Decide whether to open the case</source>
        <translation>Decide whether to open the case</translation>
    </message>
    <message>
        <source>Decide the case</source>
        <translation>Decide the case</translation>
    </message>
    <message>
        <source>The party&apos;s time to request a hearing ends</source>
        <translation>The party&apos;s time to request a hearing ends</translation>
    </message>
    <message>
        <source>The party&apos;s statement and defence window ends</source>
        <translation>The party&apos;s statement and defence window ends</translation>
    </message>
    <message>
        <source>The fine is due</source>
        <translation>The fine is due</translation>
    </message>
    <message>
        <source>Decide on the evidence preserved</source>
        <translation>Decide on the evidence preserved</translation>
    </message>
    <message>
        <source>The seal-up or seizure term ends</source>
        <translation>The seal-up or seizure term ends</translation>
    </message>
    <message>
        <source>Re-inspect after the correction order</source>
        <translation>Re-inspect after the correction order</translation>
    </message>
    <message>
        <source>The time to open the case has already been extended once; it cannot be extended again.</source>
        <translation>The time to open the case has already been extended once; it cannot be extended again.</translation>
    </message>
    <message>
        <source>The time to decide has already been extended twice; it cannot be extended again.</source>
        <translation>The time to decide has already been extended twice; it cannot be extended again.</translation>
    </message>
    <message>
        <source>A second extension of the time to decide needs a collective discussion (集体讨论) first.</source>
        <translation>A second extension of the time to decide needs a collective discussion (集体讨论) first.</translation>
    </message>
    <message>
        <source>The seal-up or seizure has already been extended once; the law allows no second extension.</source>
        <translation>The seal-up or seizure has already been extended once; the law allows no second extension.</translation>
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
    <message>
        <source>&amp;Documents…</source>
        <translation>&amp;Documents…</translation>
    </message>
</context>
<context>
    <name>CaseProcedure</name>
    <message>
        <source>Your roles may not record: %1.</source>
        <translation>Your roles may not record: %1.</translation>
    </message>
    <message>
        <source>The case clock is already paused; resume it first.</source>
        <translation>The case clock is already paused; resume it first.</translation>
    </message>
    <message>
        <source>The case clock is not paused.</source>
        <translation>The case clock is not paused.</translation>
    </message>
    <message>
        <source>The clock cannot resume before it was paused (%1).</source>
        <translation>The clock cannot resume before it was paused (%1).</translation>
    </message>
    <message>
        <source>site inspection record %1</source>
        <translation>site inspection record %1</translation>
    </message>
    <message>
        <source>interview record of %1</source>
        <translation>interview record of %1</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>The case no longer exists.</translation>
    </message>
    <message>
        <source>This step is signed with the device key, which is not available.</source>
        <translation>This step is signed with the device key, which is not available.</translation>
    </message>
    <message>
        <source>The device could not sign the step.</source>
        <translation>The device could not sign the step.</translation>
    </message>
    <message>
        <source>Only a team leader signs an amendment off.</source>
        <translation>Only a team leader signs an amendment off.</translation>
    </message>
    <message>
        <source>The amendment does not exist or has already been signed off.</source>
        <translation>The amendment does not exist or has already been signed off.</translation>
    </message>
</context>
<context>
    <name>CaseRecordDialog</name>
    <message>
        <source>Case suspended</source>
        <translation>Case suspended</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>Testing, inspection or appraisal</source>
        <translation>Testing, inspection or appraisal</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>Public notice</translation>
    </message>
    <message>
        <source>Service of documents</source>
        <translation>Service of documents</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Left at the address with a witness</source>
        <translation>Left at the address with a witness</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>By post</translation>
    </message>
    <message>
        <source>Electronically, with the party&apos;s signed consent</source>
        <translation>Electronically, with the party&apos;s signed consent</translation>
    </message>
    <message>
        <source>By public notice</source>
        <translation>By public notice</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Agree</translation>
    </message>
    <message>
        <source>Agree after the changes below</source>
        <translation>Agree after the changes below</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Disagree</translation>
    </message>
</context>
<context>
    <name>CaseRecordKind</name>
    <message>
        <source>Procedure step</source>
        <translation>Procedure step</translation>
    </message>
    <message>
        <source>No conflict of interest declared</source>
        <translation>No conflict of interest declared</translation>
    </message>
    <message>
        <source>Advance notice served</source>
        <translation>Advance notice served</translation>
    </message>
    <message>
        <source>Statement and defence waived in writing</source>
        <translation>Statement and defence waived in writing</translation>
    </message>
    <message>
        <source>Hearing requested</source>
        <translation>Hearing requested</translation>
    </message>
    <message>
        <source>Hearing held</source>
        <translation>Hearing held</translation>
    </message>
    <message>
        <source>Legal review opinion</source>
        <translation>Legal review opinion</translation>
    </message>
    <message>
        <source>Collective discussion</source>
        <translation>Collective discussion</translation>
    </message>
    <message>
        <source>Decision served</source>
        <translation>Decision served</translation>
    </message>
    <message>
        <source>Execution completed</source>
        <translation>Execution completed</translation>
    </message>
    <message>
        <source>Case clock paused</source>
        <translation>Case clock paused</translation>
    </message>
    <message>
        <source>Case clock resumed</source>
        <translation>Case clock resumed</translation>
    </message>
    <message>
        <source>Time to open the case extended</source>
        <translation>Time to open the case extended</translation>
    </message>
    <message>
        <source>Time to decide extended</source>
        <translation>Time to decide extended</translation>
    </message>
    <message>
        <source>Attempt to interfere recorded</source>
        <translation>Attempt to interfere recorded</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <source>Correction order served</source>
        <translation>Correction order served</translation>
    </message>
    <message>
        <source>Re-inspection made</source>
        <translation>Re-inspection made</translation>
    </message>
    <message>
        <source>Evidence registered for preservation</source>
        <translation>Evidence registered for preservation</translation>
    </message>
    <message>
        <source>Decision on preserved evidence made</source>
        <translation>Decision on preserved evidence made</translation>
    </message>
    <message>
        <source>Seal-up or seizure decided</source>
        <translation>Seal-up or seizure decided</translation>
    </message>
    <message>
        <source>Seal-up or seizure extended</source>
        <translation>Seal-up or seizure extended</translation>
    </message>
    <message>
        <source>Seal-up or seizure lifted</source>
        <translation>Seal-up or seizure lifted</translation>
    </message>
    <message>
        <source>Intended penalties besides the fine</source>
        <translation>Intended penalties besides the fine</translation>
    </message>
</context>
<context>
    <name>CaseSignOff</name>
    <message>
        <source>The evidence check was cancelled; nothing was signed.</source>
        <translation>The evidence check was cancelled; nothing was signed.</translation>
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
    <message>
        <source>Advance notice: statement and defence</source>
        <translation>Advance notice: statement and defence</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>Awaiting collective discussion</source>
        <translation>Awaiting collective discussion</translation>
    </message>
    <message>
        <source>Serving the decision</source>
        <translation>Serving the decision</translation>
    </message>
    <message>
        <source>No penalty decided</source>
        <translation>No penalty decided</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferred</translation>
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
    <name>CheckInDialog</name>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Distance to the registered location:</source>
        <translation>Distance to the registered location:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Satellites in use:</source>
        <translation>Satellites in use:</translation>
    </message>
    <message>
        <source>Checked in (device clock):</source>
        <translation>Checked in (device clock):</translation>
    </message>
    <message>
        <source>GPS time of the fix:</source>
        <translation>GPS time of the fix:</translation>
    </message>
    <message>
        <source>Position source:</source>
        <translation>Position source:</translation>
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
    <name>DeviceKey</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>The cryptography library could not start.</translation>
    </message>
    <message>
        <source>The device key in the system secret store is damaged.</source>
        <translation>The device key in the system secret store is damaged.</translation>
    </message>
    <message>
        <source>The device key in the system secret store is not this profile&apos;s key.</source>
        <translation>The device key in the system secret store is not this profile&apos;s key.</translation>
    </message>
    <message>
        <source>This profile&apos;s device key is missing from the system secret store. Evidence can be viewed and verified, but not added, until the key is restored.</source>
        <translation>This profile&apos;s device key is missing from the system secret store. Evidence can be viewed and verified, but not added, until the key is restored.</translation>
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
    <name>DocumentDrafts</name>
    <message>
        <source>the document draft does not name its case and document</source>
        <translation>the document draft does not name its case and document</translation>
    </message>
</context>
<context>
    <name>DocumentFonts</name>
    <message>
        <source>The font file %1 could not be loaded (it holds %2).</source>
        <translation>The font file %1 could not be loaded (it holds %2).</translation>
    </message>
    <message>
        <source>The font %1 for printed documents is missing: install the package %2 (expected at %3).</source>
        <translation>The font %1 for printed documents is missing: install the package %2 (expected at %3).</translation>
    </message>
    <message>
        <source>Documents can only be rendered in a program with a QGuiApplication (offscreen will do).</source>
        <translation>Documents can only be rendered in a program with a QGuiApplication (offscreen will do).</translation>
    </message>
</context>
<context>
    <name>DocumentNumber</name>
    <message>
        <source>Enter a pattern for document numbers.</source>
        <translation>Enter a pattern for document numbers.</translation>
    </message>
    <message>
        <source>The pattern has an unknown placeholder %1; use {agency}, {category}, {year} and {serial}.</source>
        <translation>The pattern has an unknown placeholder %1; use {agency}, {category}, {year} and {serial}.</translation>
    </message>
    <message>
        <source>Put some text between %1 and %2 in the pattern, or a number could not be read back.</source>
        <translation>Put some text between %1 and %2 in the pattern, or a number could not be read back.</translation>
    </message>
    <message>
        <source>The pattern needs %1 exactly once.</source>
        <translation>The pattern needs %1 exactly once.</translation>
    </message>
    <message>
        <source>The pattern may name {agency} only once.</source>
        <translation>The pattern may name {agency} only once.</translation>
    </message>
</context>
<context>
    <name>DocumentNumbers</name>
    <message>
        <source>Name the document category, e.g. 责改.</source>
        <translation>Name the document category, e.g. 责改.</translation>
    </message>
    <message>
        <source>The year %1 is not a valid year for document numbers.</source>
        <translation>The year %1 is not a valid year for document numbers.</translation>
    </message>
    <message>
        <source>Enter the first and the last serial of the %1 block.</source>
        <translation>Enter the first and the last serial of the %1 block.</translation>
    </message>
    <message>
        <source>The %1 block runs backwards: its first serial %2 is after its last %3.</source>
        <translation>The %1 block runs backwards: its first serial %2 is after its last %3.</translation>
    </message>
    <message>
        <source>Serials up to %1 have already been issued from the %2 block; its last serial cannot be lower.</source>
        <translation>Serials up to %1 have already been issued from the %2 block; its last serial cannot be lower.</translation>
    </message>
    <message>
        <source>The new %1 block overlaps serials this device has already issued in %2 (up to %3); it must start above them.</source>
        <translation>The new %1 block overlaps serials this device has already issued in %2 (up to %3); it must start above them.</translation>
    </message>
    <message>
        <source>The document to number is incomplete (category, kind or content).</source>
        <translation>The document to number is incomplete (category, kind or content).</translation>
    </message>
    <message>
        <source>Enter the agency&apos;s short name under Document numbers in Settings before issuing numbered documents.</source>
        <translation>Enter the agency&apos;s short name under Document numbers in Settings before issuing numbered documents.</translation>
    </message>
    <message>
        <source>No block of %1 numbers for %2 is set on this device: enter the block the bureau reserved under Document numbers in Settings.</source>
        <translation>No block of %1 numbers for %2 is set on this device: enter the block the bureau reserved under Document numbers in Settings.</translation>
    </message>
    <message>
        <source>The block of %1 numbers for %2 is used up (its last serial is %3): ask the bureau for a new block and enter it in Settings.</source>
        <translation>The block of %1 numbers for %2 is used up (its last serial is %3): ask the bureau for a new block and enter it in Settings.</translation>
    </message>
    <message>
        <source>The document number changed meanwhile; try again.</source>
        <translation>The document number changed meanwhile; try again.</translation>
    </message>
    <message>
        <source>The document could not be produced; no number was used.</source>
        <translation>The document could not be produced; no number was used.</translation>
    </message>
</context>
<context>
    <name>DocumentTemplate</name>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>must be a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>must be lower-case names joined by dots, such as party.name: &quot;%1&quot;</source>
        <translation>must be lower-case names joined by dots, such as party.name: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be lower-case letters, digits and &quot;_&quot;: &quot;%1&quot;</source>
        <translation>must be lower-case letters, digits and &quot;_&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a &quot;{{&quot; without its &quot;}}&quot; (or the reverse)</source>
        <translation>a &quot;{{&quot; without its &quot;}}&quot; (or the reverse)</translation>
    </message>
    <message>
        <source>must be justify, left, center or right</source>
        <translation>must be justify, left, center or right</translation>
    </message>
    <message>
        <source>{{number}} is the document number, not a field</source>
        <translation>{{number}} is the document number, not a field</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot; (text, date, datetime, money, flag or list)</source>
        <translation>unknown type &quot;%1&quot; (text, date, datetime, money, flag or list)</translation>
    </message>
    <message>
        <source>a field is required, or required when, not both</source>
        <translation>a field is required, or required when, not both</translation>
    </message>
    <message>
        <source>a flag cannot be required: false is a value</source>
        <translation>a flag cannot be required: false is a value</translation>
    </message>
    <message>
        <source>only a list field has this key</source>
        <translation>only a list field has this key</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is listed twice</source>
        <translation>the column &quot;%1&quot; is listed twice</translation>
    </message>
    <message>
        <source>{{.}} is for lists of texts</source>
        <translation>{{.}} is for lists of texts</translation>
    </message>
    <message>
        <source>the placeholder {{%1}} names no column of this list</source>
        <translation>the placeholder {{%1}} names no column of this list</translation>
    </message>
    <message>
        <source>the placeholder {{%1}} names no declared field</source>
        <translation>the placeholder {{%1}} names no declared field</translation>
    </message>
    <message>
        <source>the flag {{%1}} is for &quot;when&quot; only, it has no printed form</source>
        <translation>the flag {{%1}} is for &quot;when&quot; only, it has no printed form</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a declared list field</source>
        <translation>&quot;%1&quot; is not a declared list field</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a declared signature place</source>
        <translation>&quot;%1&quot; is not a declared signature place</translation>
    </message>
    <message>
        <source>a row names a field or has a value, not both</source>
        <translation>a row names a field or has a value, not both</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a declared printable field</source>
        <translation>&quot;%1&quot; is not a declared printable field</translation>
    </message>
    <message>
        <source>is not a key of a &quot;%1&quot; block</source>
        <translation>is not a key of a &quot;%1&quot; block</translation>
    </message>
    <message>
        <source>a key/value table needs at least one row</source>
        <translation>a key/value table needs at least one row</translation>
    </message>
    <message>
        <source>a list of objects needs its item text</source>
        <translation>a list of objects needs its item text</translation>
    </message>
    <message>
        <source>the placeholder {{%1}} names no column of %2</source>
        <translation>the placeholder {{%1}} names no column of %2</translation>
    </message>
    <message>
        <source>a table needs a list of objects with columns</source>
        <translation>a table needs a list of objects with columns</translation>
    </message>
    <message>
        <source>a table needs at least one column</source>
        <translation>a table needs at least one column</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column of %2</source>
        <translation>&quot;%1&quot; is not a column of %2</translation>
    </message>
    <message>
        <source>name at least one signature place</source>
        <translation>name at least one signature place</translation>
    </message>
    <message>
        <source>must be the id of a signature place</source>
        <translation>must be the id of a signature place</translation>
    </message>
    <message>
        <source>unknown block type &quot;%1&quot; (heading, paragraph, fields, list, table or signatures)</source>
        <translation>unknown block type &quot;%1&quot; (heading, paragraph, fields, list, table or signatures)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a declared field</source>
        <translation>&quot;%1&quot; is not a declared field</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected %2)</source>
        <translation>unknown format &quot;%1&quot; (expected %2)</translation>
    </message>
    <message>
        <source>not a valid regular expression: %1</source>
        <translation>not a valid regular expression: %1</translation>
    </message>
    <message>
        <source>must be {&quot;category&quot;: …} or null for a document without number</source>
        <translation>must be {&quot;category&quot;: …} or null for a document without number</translation>
    </message>
    <message>
        <source>the footer knows only {{page}} and {{pages}}, not {{%1}}</source>
        <translation>the footer knows only {{page}} and {{pages}}, not {{%1}}</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is declared twice</source>
        <translation>the field &quot;%1&quot; is declared twice</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; cannot both be fields: one holds the other</source>
        <translation>&quot;%1&quot; and &quot;%2&quot; cannot both be fields: one holds the other</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not another declared field</source>
        <translation>&quot;%1&quot; is not another declared field</translation>
    </message>
    <message>
        <source>the signature place &quot;%1&quot; is declared twice</source>
        <translation>the signature place &quot;%1&quot; is declared twice</translation>
    </message>
    <message>
        <source>at most four places fit in the band of every page</source>
        <translation>at most four places fit in the band of every page</translation>
    </message>
    <message>
        <source>a document needs at least one block</source>
        <translation>a document needs at least one block</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is declared but the body never uses it</source>
        <translation>&quot;%1&quot; is declared but the body never uses it</translation>
    </message>
    <message>
        <source>the place &quot;%1&quot; is neither on every page nor in the body</source>
        <translation>the place &quot;%1&quot; is neither on every page nor in the body</translation>
    </message>
</context>
<context>
    <name>EvidenceIntake</name>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Body camera</source>
        <translation>Body camera</translation>
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
    <name>EvidenceRecords</name>
    <message>
        <source>The evidence record could not be saved: %1</source>
        <translation>The evidence record could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>EvidenceService</name>
    <message>
        <source>%1 was not added: this device has no signing key.</source>
        <translation>%1 was not added: this device has no signing key.</translation>
    </message>
    <message>
        <source>%1 was not added: it belongs to no case or inspection.</source>
        <translation>%1 was not added: it belongs to no case or inspection.</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>%1 was not added: %2</translation>
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
    <name>FreeSpace</name>
    <message>
        <source>The free space on the evidence disk cannot be determined.</source>
        <translation>The free space on the evidence disk cannot be determined.</translation>
    </message>
    <message>
        <source>Only %1 is free on the evidence disk; at least %2 is advised. The capture may stop when the disk is full.</source>
        <translation>Only %1 is free on the evidence disk; at least %2 is advised. The capture may stop when the disk is full.</translation>
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
    <name>Inspections</name>
    <message>
        <source>The task no longer exists.</source>
        <translation>The task no longer exists.</translation>
    </message>
    <message>
        <source>The inspection of this task has already started, or the task is closed (%1).</source>
        <translation>The inspection of this task has already started, or the task is closed (%1).</translation>
    </message>
    <message>
        <source>Only an officer assigned to the task can start its inspection.</source>
        <translation>Only an officer assigned to the task can start its inspection.</translation>
    </message>
    <message>
        <source>Someone else has started this task&apos;s inspection; reload the task list.</source>
        <translation>Someone else has started this task&apos;s inspection; reload the task list.</translation>
    </message>
    <message>
        <source>The inspection no longer exists.</source>
        <translation>The inspection no longer exists.</translation>
    </message>
    <message>
        <source>This inspection was already completed (%1).</source>
        <translation>This inspection was already completed (%1).</translation>
    </message>
    <message>
        <source>The inspected party has not signed the site inspection record, and no refusal with a witness is recorded.</source>
        <translation>The inspected party has not signed the site inspection record, and no refusal with a witness is recorded.</translation>
    </message>
    <message>
        <source>A case opened from the inspection needs its cause.</source>
        <translation>A case opened from the inspection needs its cause.</translation>
    </message>
    <message>
        <source>Someone else has completed this inspection; reload it.</source>
        <translation>Someone else has completed this inspection; reload it.</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>%1: the file is missing from the evidence store.</source>
        <translation>%1: the file is missing from the evidence store.</translation>
    </message>
    <message>
        <source>%1: the file has been altered since it was recorded.</source>
        <translation>%1: the file has been altered since it was recorded.</translation>
    </message>
    <message>
        <source>%1: the record does not match the device&apos;s signature; it has been changed.</source>
        <translation>%1: the record does not match the device&apos;s signature; it has been changed.</translation>
    </message>
</context>
<context>
    <name>IntegrityDialog</name>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Altered</source>
        <translation>Altered</translation>
    </message>
    <message>
        <source>Record changed</source>
        <translation>Record changed</translation>
    </message>
</context>
<context>
    <name>Interviews</name>
    <message>
        <source>This interview record was confirmed and signed; it can no longer be changed.</source>
        <translation>This interview record was confirmed and signed; it can no longer be changed.</translation>
    </message>
    <message>
        <source>An interview record cannot be moved to another case.</source>
        <translation>An interview record cannot be moved to another case.</translation>
    </message>
    <message>
        <source>An interview record belongs to a case.</source>
        <translation>An interview record belongs to a case.</translation>
    </message>
    <message>
        <source>An interview record needs the time the interview started.</source>
        <translation>An interview record needs the time the interview started.</translation>
    </message>
    <message>
        <source>The interview cannot end before it started.</source>
        <translation>The interview cannot end before it started.</translation>
    </message>
    <message>
        <source>Someone else has changed this interview record; reopen it.</source>
        <translation>Someone else has changed this interview record; reopen it.</translation>
    </message>
    <message>
        <source>The case of this interview record no longer exists.</source>
        <translation>The case of this interview record no longer exists.</translation>
    </message>
    <message>
        <source>At least two officers holding enforcement certificates conduct the interview.</source>
        <translation>At least two officers holding enforcement certificates conduct the interview.</translation>
    </message>
    <message>
        <source>The interviewee&apos;s name.</source>
        <translation>The interviewee&apos;s name.</translation>
    </message>
    <message>
        <source>At least one question with its answer.</source>
        <translation>At least one question with its answer.</translation>
    </message>
    <message>
        <source>The interviewee&apos;s signature on the record, or a refusal to sign with its witness.</source>
        <translation>The interviewee&apos;s signature on the record, or a refusal to sign with its witness.</translation>
    </message>
    <message>
        <source>The interview record no longer exists.</source>
        <translation>The interview record no longer exists.</translation>
    </message>
    <message>
        <source>This interview record was already confirmed.</source>
        <translation>This interview record was already confirmed.</translation>
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
    <message>
        <source>&amp;Check evidence…</source>
        <translation>&amp;Check evidence…</translation>
    </message>
    <message>
        <source>Re-read every evidence file and check its fingerprint and signature</source>
        <translation>Re-read every evidence file and check its fingerprint and signature</translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translation>S&amp;ync…</translation>
    </message>
    <message>
        <source>Send your work to the bureau and receive what others did</source>
        <translation>Send your work to the bureau and receive what others did</translation>
    </message>
</context>
<context>
    <name>MediaProbe</name>
    <message>
        <source>No preview: no picture could be decoded from the video.</source>
        <translation>No preview: no picture could be decoded from the video.</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>No preview: %1</translation>
    </message>
    <message>
        <source>The picture cannot be read: %1</source>
        <translation>The picture cannot be read: %1</translation>
    </message>
    <message>
        <source>No preview: video decoding is not available on this computer.</source>
        <translation>No preview: video decoding is not available on this computer.</translation>
    </message>
    <message>
        <source>The file cannot be found.</source>
        <translation>The file cannot be found.</translation>
    </message>
    <message>
        <source>Sound recordings have no picture.</source>
        <translation>Sound recordings have no picture.</translation>
    </message>
    <message>
        <source>Not a picture, video or sound recording.</source>
        <translation>Not a picture, video or sound recording.</translation>
    </message>
</context>
<context>
    <name>PdfRenderer</name>
    <message>
        <source>The number %1 does not have the form of a %2 (%3).</source>
        <translation>The number %1 does not have the form of a %2 (%3).</translation>
    </message>
    <message>
        <source>The PDF writer could not start.</source>
        <translation>The PDF writer could not start.</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>The PDF could not be finished.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The %1 is incomplete: %2.</source>
        <translation>The %1 is incomplete: %2.</translation>
    </message>
</context>
<context>
    <name>PenaltyKind</name>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>fine</translation>
    </message>
    <message>
        <source>confiscation of illegal gains or property</source>
        <translation>confiscation of illegal gains or property</translation>
    </message>
    <message>
        <source>lowering of the qualification grade</source>
        <translation>lowering of the qualification grade</translation>
    </message>
    <message>
        <source>revocation of the permit</source>
        <translation>revocation of the permit</translation>
    </message>
    <message>
        <source>suspension of production</source>
        <translation>suspension of production</translation>
    </message>
    <message>
        <source>closing down</source>
        <translation>closing down</translation>
    </message>
    <message>
        <source>restriction of practice</source>
        <translation>restriction of practice</translation>
    </message>
    <message>
        <source>transfer to the police for administrative detention</source>
        <translation>transfer to the police for administrative detention</translation>
    </message>
</context>
<context>
    <name>PositionSourceConfig</name>
    <message>
        <source>No serial port is set for the GPS receiver.</source>
        <translation>No serial port is set for the GPS receiver.</translation>
    </message>
    <message>
        <source>The NMEA network address &quot;%1&quot; is not of the form host:port.</source>
        <translation>The NMEA network address &quot;%1&quot; is not of the form host:port.</translation>
    </message>
    <message>
        <source>The NMEA file &quot;%1&quot; does not exist.</source>
        <translation>The NMEA file &quot;%1&quot; does not exist.</translation>
    </message>
</context>
<context>
    <name>Procedure</name>
    <message>
        <source>The defence window ends on %1; wait until then or record the party&apos;s written waiver.</source>
        <translation>The defence window ends on %1; wait until then or record the party&apos;s written waiver.</translation>
    </message>
    <message>
        <source>The party may request a hearing until %1; wait until then or record the party&apos;s written waiver.</source>
        <translation>The party may request a hearing until %1; wait until then or record the party&apos;s written waiver.</translation>
    </message>
    <message>
        <source>The advance notice (事先告知书) has not been served.</source>
        <translation>The advance notice (事先告知书) has not been served.</translation>
    </message>
    <message>
        <source>The officers have not declared that they have no conflict of interest in the case (recusal).</source>
        <translation>The officers have not declared that they have no conflict of interest in the case (recusal).</translation>
    </message>
    <message>
        <source>The case has no evidence.</source>
        <translation>The case has no evidence.</translation>
    </message>
    <message>
        <source>The case records no violation.</source>
        <translation>The case records no violation.</translation>
    </message>
    <message>
        <source>Write in the comment why the lead is returned.</source>
        <translation>Write in the comment why the lead is returned.</translation>
    </message>
    <message>
        <source>Write in the comment what must still be investigated.</source>
        <translation>Write in the comment what must still be investigated.</translation>
    </message>
    <message>
        <source>Write in the comment why the case is withdrawn.</source>
        <translation>Write in the comment why the case is withdrawn.</translation>
    </message>
    <message>
        <source>The case has no investigation record (site inspection record, interview record or another record).</source>
        <translation>The case has no investigation record (site inspection record, interview record or another record).</translation>
    </message>
    <message numerus="yes">
        <source>The site inspection record “%1” has %n certified officer(s); at least two are required.</source>
        <translation>
            <numerusform>The site inspection record “%1” has %n certified officer; at least two are required.</numerusform>
            <numerusform>The site inspection record “%1” has %n certified officers; at least two are required.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The interview record “%1” has %n certified officer(s); at least two are required.</source>
        <translation>
            <numerusform>The interview record “%1” has %n certified officer; at least two are required.</numerusform>
            <numerusform>The interview record “%1” has %n certified officers; at least two are required.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of evidence have not been verified; verify them before the decision is signed.</source>
        <translation>
            <numerusform>%n piece of evidence has not been verified; verify it before the decision is signed.</numerusform>
            <numerusform>%n pieces of evidence have not been verified; verify them before the decision is signed.</numerusform>
        </translation>
    </message>
    <message>
        <source>No discretion result (the recommended penalty) has been saved for the case.</source>
        <translation>No discretion result (the recommended penalty) has been saved for the case.</translation>
    </message>
    <message>
        <source>The party has no right to a hearing: the fine of %1 yuan is below the threshold of %2 yuan for an individual, and no penalty that gives a hearing is intended.</source>
        <translation>The party has no right to a hearing: the fine of %1 yuan is below the threshold of %2 yuan for an individual, and no penalty that gives a hearing is intended.</translation>
    </message>
    <message>
        <source>The party has no right to a hearing: the fine of %1 yuan is below the threshold of %2 yuan for an organisation, and no penalty that gives a hearing is intended.</source>
        <translation>The party has no right to a hearing: the fine of %1 yuan is below the threshold of %2 yuan for an organisation, and no penalty that gives a hearing is intended.</translation>
    </message>
    <message numerus="yes">
        <source>The time to request a hearing ended on %1 (%n day(s) after the notice was served).</source>
        <translation>
            <numerusform>The time to request a hearing ended on %1 (%n day after the notice was served).</numerusform>
            <numerusform>The time to request a hearing ended on %1 (%n days after the notice was served).</numerusform>
        </translation>
    </message>
    <message>
        <source>The party has requested a hearing: record the request instead of closing statement and defence.</source>
        <translation>The party has requested a hearing: record the request instead of closing statement and defence.</translation>
    </message>
    <message>
        <source>The hearing has not been recorded as held (听证笔录).</source>
        <translation>The hearing has not been recorded as held (听证笔录).</translation>
    </message>
    <message>
        <source>Execution has not been recorded as complete (payment or enforcement).</source>
        <translation>Execution has not been recorded as complete (payment or enforcement).</translation>
    </message>
    <message>
        <source>Legal review (法制审核) is required: the fine of %1 yuan reaches the threshold of %2 yuan.</source>
        <translation>Legal review (法制审核) is required: the fine of %1 yuan reaches the threshold of %2 yuan.</translation>
    </message>
    <message>
        <source>Legal review (法制审核) is required: the intended penalty “%1” is on the bureau&apos;s list for legal review.</source>
        <translation>Legal review (法制审核) is required: the intended penalty “%1” is on the bureau&apos;s list for legal review.</translation>
    </message>
    <message>
        <source>Legal review (法制审核) is required: a hearing was held.</source>
        <translation>Legal review (法制审核) is required: a hearing was held.</translation>
    </message>
    <message>
        <source>Collective discussion (集体讨论) is required: the fine of %1 yuan reaches the threshold of %2 yuan.</source>
        <translation>Collective discussion (集体讨论) is required: the fine of %1 yuan reaches the threshold of %2 yuan.</translation>
    </message>
    <message>
        <source>Collective discussion (集体讨论) is required: the intended penalty “%1” is on the bureau&apos;s list for collective discussion.</source>
        <translation>Collective discussion (集体讨论) is required: the intended penalty “%1” is on the bureau&apos;s list for collective discussion.</translation>
    </message>
    <message>
        <source>“%1” is for the role: %2.</source>
        <translation>“%1” is for the role: %2.</translation>
    </message>
    <message>
        <source>The case is in the state “%1”; “%2” is possible only in: %3.</source>
        <translation>The case is in the state “%1”; “%2” is possible only in: %3.</translation>
    </message>
    <message>
        <source>The findings are empty; write what was found, or that nothing was found.</source>
        <translation>The findings are empty; write what was found, or that nothing was found.</translation>
    </message>
    <message>
        <source>Choose the outcome: no problem found, correction required, or open a case.</source>
        <translation>Choose the outcome: no problem found, correction required, or open a case.</translation>
    </message>
    <message>
        <source>The start time of the inspection is missing.</source>
        <translation>The start time of the inspection is missing.</translation>
    </message>
    <message>
        <source>The end time of the inspection is missing.</source>
        <translation>The end time of the inspection is missing.</translation>
    </message>
    <message>
        <source>The end time %1 is not after the start time %2.</source>
        <translation>The end time %1 is not after the start time %2.</translation>
    </message>
    <message numerus="yes">
        <source>The inspection lists %n officer(s) with a certificate number; at least two are required.</source>
        <translation>
            <numerusform>The inspection lists %n officer with a certificate number; at least two are required.</numerusform>
            <numerusform>The inspection lists %n officers with a certificate number; at least two are required.</numerusform>
        </translation>
    </message>
    <message>
        <source>The legal review opinion (法制审核意见) has not been recorded.</source>
        <translation>The legal review opinion (法制审核意见) has not been recorded.</translation>
    </message>
    <message>
        <source>The record of the collective discussion (集体讨论记录) has not been made.</source>
        <translation>The record of the collective discussion (集体讨论记录) has not been made.</translation>
    </message>
    <message>
        <source>How and when the decision was served (送达回证) has not been recorded.</source>
        <translation>How and when the decision was served (送达回证) has not been recorded.</translation>
    </message>
</context>
<context>
    <name>ProcedureStepDialog</name>
    <message>
        <source>Procedure step</source>
        <translation>Procedure step</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Conditions:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
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
    <name>PulledRecords</name>
    <message>
        <source>&quot;%1&quot; is not a valid %2.</source>
        <translation>&quot;%1&quot; is not a valid %2.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>the field &quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>the conflict does not name its record and field</source>
        <translation>the conflict does not name its record and field</translation>
    </message>
    <message>
        <source>the signed evidence record cannot be read</source>
        <translation>the signed evidence record cannot be read</translation>
    </message>
    <message>
        <source>the evidence record has no signature</source>
        <translation>the evidence record has no signature</translation>
    </message>
    <message>
        <source>The bureau sent another signing key for device %1 (%2) than the one this device knows; the known key is kept.</source>
        <translation>The bureau sent another signing key for device %1 (%2) than the one this device knows; the known key is kept.</translation>
    </message>
    <message>
        <source>The discretion standard %1 was refused: the bureau sent it without a signature.</source>
        <translation>The discretion standard %1 was refused: the bureau sent it without a signature.</translation>
    </message>
    <message>
        <source>The discretion standard %1 was refused: its content does not match its hash.</source>
        <translation>The discretion standard %1 was refused: its content does not match its hash.</translation>
    </message>
    <message>
        <source>the signed sign-off record cannot be read</source>
        <translation>the signed sign-off record cannot be read</translation>
    </message>
    <message>
        <source>the sign-off has no signature</source>
        <translation>the sign-off has no signature</translation>
    </message>
</context>
<context>
    <name>RecordingJournal</name>
    <message>
        <source>No interrupted recording is waiting for a reason.</source>
        <translation>No interrupted recording is waiting for a reason.</translation>
    </message>
    <message>
        <source>Say why the recording was interrupted.</source>
        <translation>Say why the recording was interrupted.</translation>
    </message>
    <message>
        <source>Recording interrupted; the part recorded before the interruption. Reason given: %1</source>
        <translation>Recording interrupted; the part recorded before the interruption. Reason given: %1</translation>
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
    <name>SecretStore</name>
    <message>
        <source>The system secret store did not answer: %1</source>
        <translation>The system secret store did not answer: %1</translation>
    </message>
    <message>
        <source>The system secret store did not answer.</source>
        <translation>The system secret store did not answer.</translation>
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
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>Serial &amp;port:</source>
        <translation>Serial &amp;port:</translation>
    </message>
    <message>
        <source>/dev/ttyUSB0 or COM3</source>
        <translation>/dev/ttyUSB0 or COM3</translation>
    </message>
    <message>
        <source>Network &amp;address:</source>
        <translation>Network &amp;address:</translation>
    </message>
    <message>
        <source>host:port, e.g. 127.0.0.1:2947</source>
        <translation>host:port, e.g. 127.0.0.1:2947</translation>
    </message>
    <message>
        <source>NMEA &amp;file:</source>
        <translation>NMEA &amp;file:</translation>
    </message>
    <message>
        <source>Check-in &amp;radius:</source>
        <translation>Check-in &amp;radius:</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Document numbers</source>
        <translation>Document numbers</translation>
    </message>
    <message>
        <source>&amp;Agency short name:</source>
        <translation>&amp;Agency short name:</translation>
    </message>
    <message>
        <source>e.g. 宁江</source>
        <translation>e.g. 宁江</translation>
    </message>
    <message>
        <source>Number &amp;pattern:</source>
        <translation>Number &amp;pattern:</translation>
    </message>
    <message>
        <source>Correction orders (责改):</source>
        <translation>Correction orders (责改):</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Penalty decisions (罚决):</source>
        <translation>Penalty decisions (罚决):</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Only a team leader or an administrator can change these.</source>
        <translation>Only a team leader or an administrator can change these.</translation>
    </message>
    <message>
        <source>Hearing from a fine of (organisation):</source>
        <translation>Hearing from a fine of (organisation):</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> yuan</translation>
    </message>
    <message>
        <source>Hearing from a fine of (individual):</source>
        <translation>Hearing from a fine of (individual):</translation>
    </message>
    <message>
        <source>&amp;Legal review from a fine of:</source>
        <translation>&amp;Legal review from a fine of:</translation>
    </message>
    <message>
        <source>Legal review after every &amp;hearing</source>
        <translation>Legal review after every &amp;hearing</translation>
    </message>
    <message>
        <source>Collective discussion from a fine of:</source>
        <translation>Collective discussion from a fine of:</translation>
    </message>
    <message>
        <source>Statement and defence within:</source>
        <translation>Statement and defence within:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Hearing request within:</source>
        <translation>Hearing request within:</translation>
    </message>
    <message>
        <source>Advance notices (罚告):</source>
        <translation>Advance notices (罚告):</translation>
    </message>
    <message>
        <source>Seal-up decisions (查封):</source>
        <translation>Seal-up decisions (查封):</translation>
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
    <name>SignatureDialog</name>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;name:</source>
        <translation>Signer&apos;s &amp;name:</translation>
    </message>
    <message>
        <source>Full name as on the identity document</source>
        <translation>Full name as on the identity document</translation>
    </message>
    <message>
        <source>Refusal to sign</source>
        <translation>Refusal to sign</translation>
    </message>
    <message>
        <source>The signer refused to sign. A witness confirms the refusal, and the note says how it was recorded.</source>
        <translation>The signer refused to sign. A witness confirms the refusal, and the note says how it was recorded.</translation>
    </message>
    <message>
        <source>&amp;Witness:</source>
        <translation>&amp;Witness:</translation>
    </message>
    <message>
        <source>Full name of the witness</source>
        <translation>Full name of the witness</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>How the refusal was recorded, e.g. on the body camera, and the reason the signer gave</source>
        <translation>How the refusal was recorded, e.g. on the body camera, and the reason the signer gave</translation>
    </message>
    <message>
        <source>Signer &amp;refused to sign</source>
        <translation>Signer &amp;refused to sign</translation>
    </message>
    <message>
        <source>&amp;Undo stroke</source>
        <translation>&amp;Undo stroke</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
</context>
<context>
    <name>Signatures</name>
    <message>
        <source>A refusal to sign needs the name of the witness who saw it.</source>
        <translation>A refusal to sign needs the name of the witness who saw it.</translation>
    </message>
    <message>
        <source>A signature needs the signer&apos;s name and the signature.</source>
        <translation>A signature needs the signer&apos;s name and the signature.</translation>
    </message>
    <message>
        <source>The signature image changed after it was taken; take the signature again.</source>
        <translation>The signature image changed after it was taken; take the signature again.</translation>
    </message>
</context>
<context>
    <name>StampedCopy</name>
    <message>
        <source>Time of capture unknown</source>
        <translation>Time of capture unknown</translation>
    </message>
    <message>
        <source>Taken %1 %2</source>
        <translation>Taken %1 %2</translation>
    </message>
    <message>
        <source>No position</source>
        <translation>No position</translation>
    </message>
    <message>
        <source>%1°N</source>
        <translation>%1°N</translation>
    </message>
    <message>
        <source>%1°S</source>
        <translation>%1°S</translation>
    </message>
    <message>
        <source>%1°E</source>
        <translation>%1°E</translation>
    </message>
    <message>
        <source>%1°W</source>
        <translation>%1°W</translation>
    </message>
    <message>
        <source>±%1 m</source>
        <translation>±%1 m</translation>
    </message>
    <message>
        <source>accuracy unknown</source>
        <translation>accuracy unknown</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>STALE: fix %n s old</source>
        <translation>
            <numerusform>STALE: fix %n s old</numerusform>
            <numerusform>STALE: fix %n s old</numerusform>
        </translation>
    </message>
    <message>
        <source>POOR ACCURACY</source>
        <translation>POOR ACCURACY</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Officers: %1</source>
        <translation>Officers: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Case: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read as a picture: %2</source>
        <translation>%1 cannot be read as a picture: %2</translation>
    </message>
    <message>
        <source>A stamped copy may not replace the original %1.</source>
        <translation>A stamped copy may not replace the original %1.</translation>
    </message>
    <message>
        <source>%1: stamped copies are saved as JPEG or PNG.</source>
        <translation>%1: stamped copies are saved as JPEG or PNG.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
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
    <name>SyncDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Regulated subject</source>
        <translation>Regulated subject</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Inspection task</source>
        <translation>Inspection task</translation>
    </message>
    <message>
        <source>On-site inspection</source>
        <translation>On-site inspection</translation>
    </message>
    <message>
        <source>Interview record</source>
        <translation>Interview record</translation>
    </message>
    <message>
        <source>Document draft</source>
        <translation>Document draft</translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <source>The bureau cannot be reached. Check the network connection.</source>
        <translation>The bureau cannot be reached. Check the network connection.</translation>
    </message>
    <message>
        <source>The bureau did not answer in time.</source>
        <translation>The bureau did not answer in time.</translation>
    </message>
    <message>
        <source>The server is not the bureau this device was enrolled with: its certificate does not match. Nothing was sent.</source>
        <translation>The server is not the bureau this device was enrolled with: its certificate does not match. Nothing was sent.</translation>
    </message>
    <message>
        <source>The bureau answered something that is not a valid reply. Nothing was changed.</source>
        <translation>The bureau answered something that is not a valid reply. Nothing was changed.</translation>
    </message>
    <message>
        <source>The bureau&apos;s server failed. It will be tried again.</source>
        <translation>The bureau&apos;s server failed. It will be tried again.</translation>
    </message>
    <message>
        <source>The bureau speaks another version of the sync protocol. Update FieldCase.</source>
        <translation>The bureau speaks another version of the sync protocol. Update FieldCase.</translation>
    </message>
    <message>
        <source>A different bureau answers at this address.</source>
        <translation>A different bureau answers at this address.</translation>
    </message>
    <message>
        <source>This device is not enrolled with a bureau.</source>
        <translation>This device is not enrolled with a bureau.</translation>
    </message>
    <message>
        <source>The synchronised data could not be saved on this device.</source>
        <translation>The synchronised data could not be saved on this device.</translation>
    </message>
    <message>
        <source>An evidence file is missing from this device&apos;s vault.</source>
        <translation>An evidence file is missing from this device&apos;s vault.</translation>
    </message>
    <message>
        <source>Synchronisation was cancelled.</source>
        <translation>Synchronisation was cancelled.</translation>
    </message>
    <message>
        <source>The bureau did not understand the request.</source>
        <translation>The bureau did not understand the request.</translation>
    </message>
    <message>
        <source>Sign in again: the bureau did not accept the login or the session has expired.</source>
        <translation>Sign in again: the bureau did not accept the login or the session has expired.</translation>
    </message>
    <message>
        <source>The bureau has revoked this device.</source>
        <translation>The bureau has revoked this device.</translation>
    </message>
    <message>
        <source>Your role does not allow this at the bureau.</source>
        <translation>Your role does not allow this at the bureau.</translation>
    </message>
    <message>
        <source>The bureau does not know this address.</source>
        <translation>The bureau does not know this address.</translation>
    </message>
    <message>
        <source>The bureau is missing earlier changes of this device. Contact the administrator.</source>
        <translation>The bureau is missing earlier changes of this device. Contact the administrator.</translation>
    </message>
    <message>
        <source>The enrolment code was already used or has expired.</source>
        <translation>The enrolment code was already used or has expired.</translation>
    </message>
    <message>
        <source>The request is too large for the bureau.</source>
        <translation>The request is too large for the bureau.</translation>
    </message>
    <message>
        <source>The bureau refused a request without length.</source>
        <translation>The bureau refused a request without length.</translation>
    </message>
    <message>
        <source>A file arrived damaged at the bureau.</source>
        <translation>A file arrived damaged at the bureau.</translation>
    </message>
    <message>
        <source>The bureau refused the request (%1).</source>
        <translation>The bureau refused the request (%1).</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>The case database refused the change: %1</source>
        <translation>The case database refused the change: %1</translation>
    </message>
    <message>
        <source>The bureau&apos;s %1 %2 could not be saved on this device: %3</source>
        <translation>The bureau&apos;s %1 %2 could not be saved on this device: %3</translation>
    </message>
    <message>
        <source>The case database is busy: %1</source>
        <translation>The case database is busy: %1</translation>
    </message>
    <message>
        <source>The bureau answered for change %1, which this device did not send.</source>
        <translation>The bureau answered for change %1, which this device did not send.</translation>
    </message>
    <message>
        <source>The conflict no longer exists.</source>
        <translation>The conflict no longer exists.</translation>
    </message>
    <message>
        <source>The conflict was already resolved.</source>
        <translation>The conflict was already resolved.</translation>
    </message>
    <message>
        <source>The chosen value could not be saved: %1</source>
        <translation>The chosen value could not be saved: %1</translation>
    </message>
    <message>
        <source>it names a record this device does not have</source>
        <translation>it names a record this device does not have</translation>
    </message>
    <message>
        <source>The bureau sent no password verifier for offline sign-in.</source>
        <translation>The bureau sent no password verifier for offline sign-in.</translation>
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
    <name>Transfer</name>
    <message>
        <source>The bureau server cannot be reached. The transfer continues when the connection is back.</source>
        <translation>The bureau server cannot be reached. The transfer continues when the connection is back.</translation>
    </message>
    <message>
        <source>The server is not the bureau this device was enrolled with (its certificate does not match). Nothing was sent.</source>
        <translation>The server is not the bureau this device was enrolled with (its certificate does not match). Nothing was sent.</translation>
    </message>
    <message>
        <source>The bureau did not accept the sign-in. Please sign in again.</source>
        <translation>The bureau did not accept the sign-in. Please sign in again.</translation>
    </message>
    <message>
        <source>The bureau has revoked this device.</source>
        <translation>The bureau has revoked this device.</translation>
    </message>
    <message>
        <source>The file on this device cannot be read or written.</source>
        <translation>The file on this device cannot be read or written.</translation>
    </message>
    <message>
        <source>The file on this device no longer matches its recorded fingerprint.</source>
        <translation>The file on this device no longer matches its recorded fingerprint.</translation>
    </message>
    <message>
        <source>The bureau server refused the transfer.</source>
        <translation>The bureau server refused the transfer.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>The disk is full.</source>
        <translation>The disk is full.</translation>
    </message>
    <message>
        <source>The evidence store could not be written: %1</source>
        <translation>The evidence store could not be written: %1</translation>
    </message>
    <message>
        <source>The evidence store folder %1 cannot be created.</source>
        <translation>The evidence store folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>The file could not be opened: %1</translation>
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
        <source>document: the kind of document (site_inspection, penalty_decision…).</source>
        <translation>document: the kind of document (site_inspection, penalty_decision…).</translation>
    </message>
    <message>
        <source>document: the PDF to write.</source>
        <translation>document: the PDF to write.</translation>
    </message>
    <message>
        <source>document: the name of the issuing agency.</source>
        <translation>document: the name of the issuing agency.</translation>
    </message>
    <message>
        <source>Use: document --profile DIR --case CASE --kind KIND --out FILE.pdf [--agency NAME]</source>
        <translation>Use: document --profile DIR --case CASE --kind KIND --out FILE.pdf [--agency NAME]</translation>
    </message>
    <message>
        <source>Unknown document kind %1. The kinds are: %2</source>
        <translation>Unknown document kind %1. The kinds are: %2</translation>
    </message>
    <message>
        <source>The template of %1 is broken.</source>
        <translation>The template of %1 is broken.</translation>
    </message>
    <message>
        <source>No case %1 in this profile.</source>
        <translation>No case %1 in this profile.</translation>
    </message>
    <message>
        <source>The document is incomplete; nothing was written. Missing:</source>
        <translation>The document is incomplete; nothing was written. Missing:</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>evidence import needs --case.</source>
        <translation>evidence import needs --case.</translation>
    </message>
    <message>
        <source>No user %1 in this profile.</source>
        <translation>No user %1 in this profile.</translation>
    </message>
    <message>
        <source>No files to import.</source>
        <translation>No files to import.</translation>
    </message>
    <message>
        <source>added %1  %2</source>
        <translation>added %1  %2</translation>
    </message>
    <message>
        <source>already in the case, skipped: %1</source>
        <translation>already in the case, skipped: %1</translation>
    </message>
    <message>
        <source>NOT imported: %1</source>
        <translation>NOT imported: %1</translation>
    </message>
    <message>
        <source>Imported %1, skipped %2 duplicates, %3 failed.</source>
        <translation>Imported %1, skipped %2 duplicates, %3 failed.</translation>
    </message>
    <message>
        <source>All %1 evidence items are intact.</source>
        <translation>All %1 evidence items are intact.</translation>
    </message>
    <message>
        <source>%1 of %2 evidence items are missing or altered; cases affected: %3.</source>
        <translation>%1 of %2 evidence items are missing or altered; cases affected: %3.</translation>
    </message>
    <message>
        <source>evidence import: the case (its number or id).</source>
        <translation>evidence import: the case (its number or id).</translation>
    </message>
    <message>
        <source>evidence import: the login of the officer importing.</source>
        <translation>evidence import: the login of the officer importing.</translation>
    </message>
    <message>
        <source>evidence import: the files come from a body camera.</source>
        <translation>evidence import: the files come from a body camera.</translation>
    </message>
    <message>
        <source>evidence import: where the files come from (drive, camera).</source>
        <translation>evidence import: where the files come from (drive, camera).</translation>
    </message>
    <message>
        <source>evidence import: a description for every file.</source>
        <translation>evidence import: a description for every file.</translation>
    </message>
    <message>
        <source>Use: evidence import --profile DIR --case CASE FILE... | evidence verify --profile DIR</source>
        <translation>Use: evidence import --profile DIR --case CASE FILE... | evidence verify --profile DIR</translation>
    </message>
    <message>
        <source>FieldCase headless commands: seed, audit-verify, discretion, evidence, document</source>
        <translation>FieldCase headless commands: seed, audit-verify, discretion, evidence, document</translation>
    </message>
    <message>
        <source>seed | audit-verify | discretion | evidence | document</source>
        <translation>seed | audit-verify | discretion | evidence | document</translation>
    </message>
</context>
<context>
    <name>fieldcase::evidence::CaptureSession</name>
    <message>
        <source>No microphone is connected.</source>
        <translation>No microphone is connected.</translation>
    </message>
    <message>
        <source>No camera is connected.</source>
        <translation>No camera is connected.</translation>
    </message>
    <message>
        <source>The camera is starting.</source>
        <translation>The camera is starting.</translation>
    </message>
    <message>
        <source>This computer cannot take photos with this camera.</source>
        <translation>This computer cannot take photos with this camera.</translation>
    </message>
    <message>
        <source>The camera is not ready yet.</source>
        <translation>The camera is not ready yet.</translation>
    </message>
    <message>
        <source>This computer cannot record: the media system has no recorder. Install the GStreamer plugins (good and bad).</source>
        <translation>This computer cannot record: the media system has no recorder. Install the GStreamer plugins (good and bad).</translation>
    </message>
    <message>
        <source>The camera %1 stopped working.</source>
        <translation>The camera %1 stopped working.</translation>
    </message>
    <message>
        <source>The camera was not ready; the photo was not taken.</source>
        <translation>The camera was not ready; the photo was not taken.</translation>
    </message>
    <message>
        <source>The disk is full; the photo was not saved.</source>
        <translation>The disk is full; the photo was not saved.</translation>
    </message>
    <message>
        <source>The camera could not take the photo.</source>
        <translation>The camera could not take the photo.</translation>
    </message>
    <message>
        <source>The camera cannot save photos in this format.</source>
        <translation>The camera cannot save photos in this format.</translation>
    </message>
    <message>
        <source>The microphone stopped working.</source>
        <translation>The microphone stopped working.</translation>
    </message>
    <message>
        <source>The camera or the microphone stopped working.</source>
        <translation>The camera or the microphone stopped working.</translation>
    </message>
    <message>
        <source>This computer cannot record in the chosen format.</source>
        <translation>This computer cannot record in the chosen format.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>The disk is full.</translation>
    </message>
    <message>
        <source>The recording cannot be written to %1.</source>
        <translation>The recording cannot be written to %1.</translation>
    </message>
</context>
<context>
    <name>fieldcase::evidence::PositionService</name>
    <message>
        <source>Cannot open the serial port %1. Check that the GPS receiver is plugged in and that this account may use the port (on Linux, the dialout group).</source>
        <translation>Cannot open the serial port %1. Check that the GPS receiver is plugged in and that this account may use the port (on Linux, the dialout group).</translation>
    </message>
    <message>
        <source>Cannot read the NMEA file %1.</source>
        <translation>Cannot read the NMEA file %1.</translation>
    </message>
    <message>
        <source>The system does not let FieldCase use the position. Allow location access for FieldCase in the system settings.</source>
        <translation>The system does not let FieldCase use the position. Allow location access for FieldCase in the system settings.</translation>
    </message>
    <message>
        <source>The NMEA stream at %1 was closed.</source>
        <translation>The NMEA stream at %1 was closed.</translation>
    </message>
    <message>
        <source>The position source was closed; the GPS receiver may have been unplugged.</source>
        <translation>The position source was closed; the GPS receiver may have been unplugged.</translation>
    </message>
    <message>
        <source>Cannot connect to the NMEA stream at %1.</source>
        <translation>Cannot connect to the NMEA stream at %1.</translation>
    </message>
    <message>
        <source>The position source reported an error.</source>
        <translation>The position source reported an error.</translation>
    </message>
    <message>
        <source>No new position for a while.</source>
        <translation>No new position for a while.</translation>
    </message>
    <message>
        <source>Positioning is off.</source>
        <translation>Positioning is off.</translation>
    </message>
    <message>
        <source>No positioning on this device: no GPS receiver or location service was found. An NMEA receiver can be set in the settings.</source>
        <translation>No positioning on this device: no GPS receiver or location service was found. An NMEA receiver can be set in the settings.</translation>
    </message>
    <message>
        <source>Waiting for a position fix.</source>
        <translation>Waiting for a position fix.</translation>
    </message>
    <message>
        <source>Position fixed.</source>
        <translation>Position fixed.</translation>
    </message>
</context>
<context>
    <name>fieldcase::sync::client::OriginalDownloads</name>
    <message>
        <source>Sign in at the bureau (Sync) to download originals.</source>
        <translation>Sign in at the bureau (Sync) to download originals.</translation>
    </message>
    <message>
        <source>The bureau&apos;s copy of this original does not match the evidence record&apos;s fingerprint (SHA-256), so it was not saved. Tell the evidence clerk at the bureau.</source>
        <translation>The bureau&apos;s copy of this original does not match the evidence record&apos;s fingerprint (SHA-256), so it was not saved. Tell the evidence clerk at the bureau.</translation>
    </message>
    <message>
        <source>The original could not be put into the evidence store: %1</source>
        <translation>The original could not be put into the evidence store: %1</translation>
    </message>
</context>
<context>
    <name>fieldcase::sync::client::SyncEngine</name>
    <message>
        <source>Synchronisation is running; cancel it first.</source>
        <translation>Synchronisation is running; cancel it first.</translation>
    </message>
    <message>
        <source>No new block of %1 numbers: %2</source>
        <translation>No new block of %1 numbers: %2</translation>
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
    <message numerus="yes">
        <source>Syncing: %n record(s) to send</source>
        <translation>
            <numerusform>Syncing: %n record to send</numerusform>
            <numerusform>Syncing: %n records to send</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Synced at %1</translation>
    </message>
    <message>
        <source>Not synced: %1</source>
        <translation>Not synced: %1</translation>
    </message>
    <message>
        <source>Sign in at the bureau to sync</source>
        <translation>Sign in at the bureau to sync</translation>
    </message>
    <message>
        <source>This device was revoked by the bureau</source>
        <translation>This device was revoked by the bureau</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::CaptureDialog</name>
    <message>
        <source>Stop and close</source>
        <translation>Stop and close</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>No microphone is connected: the video will have no sound.</source>
        <translation>No microphone is connected: the video will have no sound.</translation>
    </message>
    <message>
        <source>Recording %1</source>
        <translation>Recording %1</translation>
    </message>
    <message>
        <source>The photo was not taken: %1</source>
        <translation>The photo was not taken: %1</translation>
    </message>
    <message>
        <source>The photo cannot be shown: %1</source>
        <translation>The photo cannot be shown: %1</translation>
    </message>
    <message>
        <source>The interrupted recording was left at %1.</source>
        <translation>The interrupted recording was left at %1.</translation>
    </message>
    <message>
        <source>The recording did not start: %1</source>
        <translation>The recording did not start: %1</translation>
    </message>
    <message>
        <source>The recording stopped: %1 What was recorded is kept at %2. The next recording asks why it was interrupted and can add it to the case.</source>
        <translation>The recording stopped: %1 What was recorded is kept at %2. The next recording asks why it was interrupted and can add it to the case.</translation>
    </message>
    <message>
        <source>The same file is already evidence of this case; it was not added again.</source>
        <translation>The same file is already evidence of this case; it was not added again.</translation>
    </message>
    <message>
        <source>Added to the case as evidence.</source>
        <translation>Added to the case as evidence.</translation>
    </message>
    <message>
        <source>Stopping the recording…</source>
        <translation>Stopping the recording…</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>Take a photo</translation>
    </message>
    <message>
        <source>No camera is connected to this computer, so no photo can be taken here. Connect a camera, or import the photos from a camera or body camera instead.</source>
        <translation>No camera is connected to this computer, so no photo can be taken here. Connect a camera, or import the photos from a camera or body camera instead.</translation>
    </message>
    <message>
        <source>Record video</source>
        <translation>Record video</translation>
    </message>
    <message>
        <source>No camera is connected to this computer, so no video can be recorded here. Connect a camera, or import the videos from a camera or body camera instead.</source>
        <translation>No camera is connected to this computer, so no video can be recorded here. Connect a camera, or import the videos from a camera or body camera instead.</translation>
    </message>
    <message>
        <source>Record sound</source>
        <translation>Record sound</translation>
    </message>
    <message>
        <source>No microphone is connected to this computer, so no sound can be recorded here. Connect a microphone, or import the recordings from a recorder or body camera instead.</source>
        <translation>No microphone is connected to this computer, so no sound can be recorded here. Connect a microphone, or import the recordings from a recorder or body camera instead.</translation>
    </message>
    <message>
        <source>Import files instead</source>
        <translation>Import files instead</translation>
    </message>
    <message>
        <source>Sound only: no picture is recorded.</source>
        <translation>Sound only: no picture is recorded.</translation>
    </message>
    <message>
        <source>C&amp;amera:</source>
        <translation>C&amp;amera:</translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <translation>&amp;Microphone:</translation>
    </message>
    <message>
        <source>&amp;Take photo</source>
        <translation>&amp;Take photo</translation>
    </message>
    <message>
        <source>&amp;Start recording</source>
        <translation>&amp;Start recording</translation>
    </message>
    <message>
        <source>S&amp;top recording</source>
        <translation>S&amp;top recording</translation>
    </message>
    <message>
        <source>&amp;Retake</source>
        <translation>&amp;Retake</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>What the evidence shows, where it was taken</source>
        <translation>What the evidence shows, where it was taken</translation>
    </message>
    <message>
        <source>Record anyway: the recording may stop when the disk is full</source>
        <translation>Record anyway: the recording may stop when the disk is full</translation>
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
    <name>fieldcase::ui::CaseRecordDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source>&amp;Received by:</source>
        <translation>&amp;Received by:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Summary of the hearing:</source>
        <translation>&amp;Summary of the hearing:</translation>
    </message>
    <message>
        <source>&amp;Conclusion:</source>
        <translation>&amp;Conclusion:</translation>
    </message>
    <message>
        <source>&amp;Opinion:</source>
        <translation>&amp;Opinion:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Participants:</translation>
    </message>
    <message>
        <source>&amp;Opinions:</source>
        <translation>&amp;Opinions:</translation>
    </message>
    <message>
        <source>C&amp;onclusion:</source>
        <translation>C&amp;onclusion:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>How the party waived it in &amp;writing:</source>
        <translation>How the party waived it in &amp;writing:</translation>
    </message>
    <message>
        <source>&amp;Approval and reason:</source>
        <translation>&amp;Approval and reason:</translation>
    </message>
    <message>
        <source>A record cannot be changed or deleted once saved; a mistake is corrected by an amendment.</source>
        <translation>A record cannot be changed or deleted once saved; a mistake is corrected by an amendment.</translation>
    </message>
    <message>
        <source>What it &amp;corrects:</source>
        <translation>What it &amp;corrects:</translation>
    </message>
    <message>
        <source>The correct &amp;text:</source>
        <translation>The correct &amp;text:</translation>
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
    <name>fieldcase::ui::CheckInDialog</name>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>There was no position fix: the check-in records no location.</source>
        <translation>There was no position fix: the check-in records no location.</translation>
    </message>
    <message>
        <source>%1 from the subject&apos;s registered location, beyond the check-in radius of %2. Make sure this is the right site; the distance stays in the record.</source>
        <translation>%1 from the subject&apos;s registered location, beyond the check-in radius of %2. Make sure this is the right site; the distance stays in the record.</translation>
    </message>
    <message>
        <source>The subject has no registered location, so the distance cannot be checked.</source>
        <translation>The subject has no registered location, so the distance cannot be checked.</translation>
    </message>
    <message numerus="yes">
        <source>The position fix was %n second(s) old.</source>
        <translation>
            <numerusform>The position fix was %n second old.</numerusform>
            <numerusform>The position fix was %n seconds old.</numerusform>
        </translation>
    </message>
    <message>
        <source>The position is imprecise (±%1).</source>
        <translation>The position is imprecise (±%1).</translation>
    </message>
    <message>
        <source>The receiver did not report how accurate the position is.</source>
        <translation>The receiver did not report how accurate the position is.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (check-in radius %2)</source>
        <translation>%1 (check-in radius %2)</translation>
    </message>
    <message>
        <source>Unknown: no registered location</source>
        <translation>Unknown: no registered location</translation>
    </message>
    <message>
        <source>Unknown: no position fix</source>
        <translation>Unknown: no position fix</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (±%2)</source>
        <translation>%1 (±%2)</translation>
    </message>
    <message>
        <source>%1 (accuracy unknown)</source>
        <translation>%1 (accuracy unknown)</translation>
    </message>
    <message>
        <source>No fix</source>
        <translation>No fix</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <source>Device clock minus GPS time: %1 s</source>
        <translation>Device clock minus GPS time: %1 s</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
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
    <name>fieldcase::ui::DocumentDialog</name>
    <message>
        <source>Enforcement documents</source>
        <translation>Enforcement documents</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>Still missing:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>Nothing: the document is complete.</source>
        <translation>Nothing: the document is complete.</translation>
    </message>
    <message>
        <source>Save the document as PDF</source>
        <translation>Save the document as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Document not saved</source>
        <translation>Document not saved</translation>
    </message>
    <message>
        <source>Fill in what the case does not hold:</source>
        <translation>Fill in what the case does not hold:</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation>One item per line</translation>
    </message>
    <message>
        <source>yuan, e.g. 50000</source>
        <translation>yuan, e.g. 50000</translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation>Draft not saved</translation>
    </message>
    <message>
        <source>No number is free for %1 in %2: set this device&apos;s block in the settings.</source>
        <translation>No number is free for %1 in %2: set this device&apos;s block in the settings.</translation>
    </message>
    <message>
        <source>Save the document first: that issues its number.</source>
        <translation>Save the document first: that issues its number.</translation>
    </message>
    <message>
        <source>Document not issued</source>
        <translation>Document not issued</translation>
    </message>
    <message>
        <source>The document was issued as %1, but %2 could not be written (%3). Save it again: it keeps its number.</source>
        <translation>The document was issued as %1, but %2 could not be written (%3). Save it again: it keeps its number.</translation>
    </message>
    <message>
        <source>Set the agency&apos;s short name for document numbers in the settings.</source>
        <translation>Set the agency&apos;s short name for document numbers in the settings.</translation>
    </message>
    <message>
        <source>When saved, this document is issued as %1 from this device&apos;s block.</source>
        <translation>When saved, this document is issued as %1 from this device&apos;s block.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::EvidencePanel</name>
    <message>
        <source>No position</source>
        <translation>No position</translation>
    </message>
    <message>
        <source> ±%1 m</source>
        <translation> ±%1 m</translation>
    </message>
    <message>
        <source> (stale fix, %1 s old)</source>
        <translation> (stale fix, %1 s old)</translation>
    </message>
    <message>
        <source> (poor fix)</source>
        <translation> (poor fix)</translation>
    </message>
    <message>
        <source>%1
SHA-256: %2</source>
        <translation>%1
SHA-256: %2</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Take &amp;photo…</source>
        <translation>Take &amp;photo…</translation>
    </message>
    <message>
        <source>Record &amp;video…</source>
        <translation>Record &amp;video…</translation>
    </message>
    <message>
        <source>Record &amp;audio…</source>
        <translation>Record &amp;audio…</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <source>From &amp;body camera…</source>
        <translation>From &amp;body camera…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Captured</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Came in by</source>
        <translation>Came in by</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>On this device</source>
        <translation>On this device</translation>
    </message>
    <message>
        <source>Download failed: %1</source>
        <translation>Download failed: %1</translation>
    </message>
    <message>
        <source>Downloading the original…</source>
        <translation>Downloading the original…</translation>
    </message>
    <message>
        <source>Original on the bureau server</source>
        <translation>Original on the bureau server</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Download failed</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Resume download</source>
        <translation>Resume download</translation>
    </message>
    <message>
        <source>Download original</source>
        <translation>Download original</translation>
    </message>
    <message>
        <source>%1 of %2 are already on this device.</source>
        <translation>%1 of %2 are already on this device.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
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
    <name>fieldcase::ui::ImportDialog</name>
    <message>
        <source>Folder or body-camera drive</source>
        <translation>Folder or body-camera drive</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Files to import</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Reading %n file…</numerusform>
            <numerusform>Reading %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) ready to import.</source>
        <translation>
            <numerusform>%n file ready to import.</numerusform>
            <numerusform>%n files ready to import.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for photos, videos and audio in %1…</source>
        <translation>Looking for photos, videos and audio in %1…</translation>
    </message>
    <message numerus="yes">
        <source>Copying and hashing %n file(s)…</source>
        <translation>
            <numerusform>Copying and hashing %n file…</numerusform>
            <numerusform>Copying and hashing %n files…</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying and hashing file %1 of %2…</source>
        <translation>Copying and hashing file %1 of %2…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s).</source>
        <translation>
            <numerusform>Imported %n file.</numerusform>
            <numerusform>Imported %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were already evidence of this case and were skipped.</source>
        <translation>
            <numerusform>%n file was already evidence of this case and was skipped.</numerusform>
            <numerusform>%n files were already evidence of this case and were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) were not imported.</source>
        <translation>
            <numerusform>Cancelled: %n file was not imported.</numerusform>
            <numerusform>Cancelled: %n files were not imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Import from a body camera</source>
        <translation>Import from a body camera</translation>
    </message>
    <message>
        <source>Import evidence files</source>
        <translation>Import evidence files</translation>
    </message>
    <message>
        <source>Each file is copied into the evidence store and its SHA-256 fingerprint recorded; the original stays where it is. Untick files that do not belong to this case.</source>
        <translation>Each file is copied into the evidence store and its SHA-256 fingerprint recorded; the original stays where it is. Untick files that do not belong to this case.</translation>
    </message>
    <message>
        <source>Choose &amp;folder or drive…</source>
        <translation>Choose &amp;folder or drive…</translation>
    </message>
    <message>
        <source>Choose fi&amp;les…</source>
        <translation>Choose fi&amp;les…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modified</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::InspectionRecordDialog</name>
    <message>
        <source>Site inspection record</source>
        <translation>Site inspection record</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Started %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Started %2</translation>
    </message>
    <message>
        <source>%1 — no enforcement certificate on record</source>
        <translation>%1 — no enforcement certificate on record</translation>
    </message>
    <message>
        <source>%1, certificate %2</source>
        <translation>%1, certificate %2</translation>
    </message>
    <message>
        <source>The officers showed their enforcement certificates, told the party its rights (including to ask for an officer&apos;s recusal), and declare no conflict of interest.</source>
        <translation>The officers showed their enforcement certificates, told the party its rights (including to ask for an officer&apos;s recusal), and declare no conflict of interest.</translation>
    </message>
    <message>
        <source>What was found: production, treatment facilities, outfalls, online monitors, hazardous-waste storage…</source>
        <translation>What was found: production, treatment facilities, outfalls, online monitors, hazardous-waste storage…</translation>
    </message>
    <message>
        <source>Cause of the case, e.g. 超标排放水污染物案</source>
        <translation>Cause of the case, e.g. 超标排放水污染物案</translation>
    </message>
    <message>
        <source>Inspected party &amp;signs…</source>
        <translation>Inspected party &amp;signs…</translation>
    </message>
    <message>
        <source>&amp;Complete the record</source>
        <translation>&amp;Complete the record</translation>
    </message>
    <message>
        <source>Officers present:</source>
        <translation>Officers present:</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>&amp;Findings:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>Case c&amp;ause:</source>
        <translation>Case c&amp;ause:</translation>
    </message>
    <message>
        <source>Inspected party:</source>
        <translation>Inspected party:</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>Still missing:</translation>
    </message>
    <message>
        <source>Signature of the inspected party</source>
        <translation>Signature of the inspected party</translation>
    </message>
    <message>
        <source>The inspected party&apos;s signature, or a witnessed refusal.</source>
        <translation>The inspected party&apos;s signature, or a witnessed refusal.</translation>
    </message>
    <message>
        <source>The cause of the case to be opened.</source>
        <translation>The cause of the case to be opened.</translation>
    </message>
    <message>
        <source>✓ Nothing is missing.</source>
        <translation>✓ Nothing is missing.</translation>
    </message>
    <message>
        <source>I sign as the &amp;recorder…</source>
        <translation>I sign as the &amp;recorder…</translation>
    </message>
    <message>
        <source>Recorder:</source>
        <translation>Recorder:</translation>
    </message>
    <message>
        <source>Signature of the recorder</source>
        <translation>Signature of the recorder</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::IntegrityDialog</name>
    <message>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Evidence integrity check</source>
        <translation>Evidence integrity check</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingerprint (SHA-256)</translation>
    </message>
    <message>
        <source>Re-reading every evidence file and checking its fingerprint and signature…</source>
        <translation>Re-reading every evidence file and checking its fingerprint and signature…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1 of %2 items; %n problem(s) found so far.</source>
        <translation>
            <numerusform>Cancelled after %1 of %2 items; %n problem found so far.</numerusform>
            <numerusform>Cancelled after %1 of %2 items; %n problems found so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n evidence item(s) are intact.</source>
        <translation>
            <numerusform>The %n evidence item is intact.</numerusform>
            <numerusform>All %n evidence items are intact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s) are missing or altered. The cases below are affected; the finding is recorded in the audit log.</source>
        <translation>
            <numerusform>%n evidence item is missing or altered. The cases below are affected; the finding is recorded in the audit log.</numerusform>
            <numerusform>%n evidence items are missing or altered. The cases below are affected; the finding is recorded in the audit log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them were captured on other devices and their originals are on the bureau server; their signatures were checked.</source>
        <translation>
            <numerusform>%n of them was captured on another device and its original is on the bureau server; its signature was checked.</numerusform>
            <numerusform>%n of them were captured on other devices and their originals are on the bureau server; their signatures were checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::InterruptionDialog</name>
    <message>
        <source>Recording interrupted</source>
        <translation>Recording interrupted</translation>
    </message>
    <message>
        <source>The audio recording started at %1 with %2 did not end normally.</source>
        <translation>The audio recording started at %1 with %2 did not end normally.</translation>
    </message>
    <message>
        <source>The video recording started at %1 with %2 did not end normally.</source>
        <translation>The video recording started at %1 with %2 did not end normally.</translation>
    </message>
    <message>
        <source>It stopped with this error: %1</source>
        <translation>It stopped with this error: %1</translation>
    </message>
    <message>
        <source>Full-process recording requires the interruption to be explained before recording goes on.</source>
        <translation>Full-process recording requires the interruption to be explained before recording goes on.</translation>
    </message>
    <message>
        <source>&amp;Why was the recording interrupted?</source>
        <translation>&amp;Why was the recording interrupted?</translation>
    </message>
    <message>
        <source>Add the part recorded before the interruption (%1) to the case as evidence</source>
        <translation>Add the part recorded before the interruption (%1) to the case as evidence</translation>
    </message>
    <message>
        <source>Record the reason</source>
        <translation>Record the reason</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::InterviewDialog</name>
    <message>
        <source>%1 — no enforcement certificate on record</source>
        <translation>%1 — no enforcement certificate on record</translation>
    </message>
    <message>
        <source>%1, certificate %2</source>
        <translation>%1, certificate %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>(new question)</source>
        <translation>(new question)</translation>
    </message>
    <message>
        <source>Interview record</source>
        <translation>Interview record</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Ended at:</source>
        <translation>Ended at:</translation>
    </message>
    <message>
        <source>&amp;Add officer</source>
        <translation>&amp;Add officer</translation>
    </message>
    <message>
        <source>Remove officer</source>
        <translation>Remove officer</translation>
    </message>
    <message>
        <source>We are enforcement officers of the ecological environment authority and have shown you our enforcement certificates. We are questioning you according to law about the suspected environmental violation of the party. You must answer truthfully and assist the investigation, and must not give false information or obstruct it. If you believe an officer has a direct interest in the case or another relationship that could affect fair enforcement, you have the right to ask for the officer&apos;s recusal.</source>
        <translation>We are enforcement officers of the ecological environment authority and have shown you our enforcement certificates. We are questioning you according to law about the suspected environmental violation of the party. You must answer truthfully and assist the investigation, and must not give false information or obstruct it. If you believe an officer has a direct interest in the case or another relationship that could affect fair enforcement, you have the right to ask for the officer&apos;s recusal.</translation>
    </message>
    <message>
        <source>The interviewee&apos;s answer: do they ask for an officer&apos;s recusal?</source>
        <translation>The interviewee&apos;s answer: do they ask for an officer&apos;s recusal?</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer, in the interviewee&apos;s words</source>
        <translation>Answer, in the interviewee&apos;s words</translation>
    </message>
    <message>
        <source>Add &amp;question</source>
        <translation>Add &amp;question</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Remove question</translation>
    </message>
    <message>
        <source>Interviewee &amp;signs…</source>
        <translation>Interviewee &amp;signs…</translation>
    </message>
    <message>
        <source>&amp;Confirm the record</source>
        <translation>&amp;Confirm the record</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>Interviewee</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Gender:</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>&amp;ID number:</translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation>&amp;Employer:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <source>S&amp;tarted at:</source>
        <translation>S&amp;tarted at:</translation>
    </message>
    <message>
        <source>Officers:</source>
        <translation>Officers:</translation>
    </message>
    <message>
        <source>&amp;Recorder:</source>
        <translation>&amp;Recorder:</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Questions and answers</translation>
    </message>
    <message>
        <source>Interviewee&apos;s signature:</source>
        <translation>Interviewee&apos;s signature:</translation>
    </message>
    <message>
        <source>Still missing before the record can be confirmed:</source>
        <translation>Still missing before the record can be confirmed:</translation>
    </message>
    <message>
        <source>Signature of the interviewee</source>
        <translation>Signature of the interviewee</translation>
    </message>
    <message>
        <source>✓ Nothing is missing.</source>
        <translation>✓ Nothing is missing.</translation>
    </message>
    <message>
        <source>Confirmed on %1. The record is signed and can no longer be changed.</source>
        <translation>Confirmed on %1. The record is signed and can no longer be changed.</translation>
    </message>
    <message>
        <source>Save dra&amp;ft</source>
        <translation>Save dra&amp;ft</translation>
    </message>
    <message>
        <source>Re&amp;lation to the party:</source>
        <translation>Re&amp;lation to the party:</translation>
    </message>
    <message>
        <source>Recusal re&amp;quested:</source>
        <translation>Recusal re&amp;quested:</translation>
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
    <message numerus="yes">
        <source>%n evidence item(s) missing or altered</source>
        <translation>
            <numerusform>%n evidence item missing or altered</numerusform>
            <numerusform>%n evidence items missing or altered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::PositionIndicator</name>
    <message>
        <source>Waiting for a GPS fix</source>
        <translation>Waiting for a GPS fix</translation>
    </message>
    <message>
        <source>No position</source>
        <translation>No position</translation>
    </message>
    <message>
        <source>Fix ±%1 m</source>
        <translation>Fix ±%1 m</translation>
    </message>
    <message>
        <source>Fix, accuracy unknown</source>
        <translation>Fix, accuracy unknown</translation>
    </message>
    <message numerus="yes">
        <source>%n satellite(s)</source>
        <translation>
            <numerusform>%n satellite</numerusform>
            <numerusform>%n satellites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s old</source>
        <translation>
            <numerusform>%n s old</numerusform>
            <numerusform>%n s old</numerusform>
        </translation>
    </message>
    <message>
        <source>device clock %1 s ahead</source>
        <translation>device clock %1 s ahead</translation>
    </message>
    <message>
        <source>device clock %1 s behind</source>
        <translation>device clock %1 s behind</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Position: %1, %2</source>
        <translation>Position: %1, %2</translation>
    </message>
    <message>
        <source>GPS time: %1</source>
        <translation>GPS time: %1</translation>
    </message>
    <message numerus="yes">
        <source>The fix is older than %n second(s): a check-in now is marked stale.</source>
        <translation>
            <numerusform>The fix is older than %n second: a check-in now is marked stale.</numerusform>
            <numerusform>The fix is older than %n seconds: a check-in now is marked stale.</numerusform>
        </translation>
    </message>
    <message>
        <source>The fix is less accurate than %1 m: a check-in now is marked imprecise.</source>
        <translation>The fix is less accurate than %1 m: a check-in now is marked imprecise.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ProcedurePanel</name>
    <message>
        <source>%1: paused, %2 days left</source>
        <translation>%1: paused, %2 days left</translation>
    </message>
    <message>
        <source>%1: by %2 (%3 days left)</source>
        <translation>%1: by %2 (%3 days left)</translation>
    </message>
    <message>
        <source>%1: was due %2 (%3 days overdue)</source>
        <translation>%1: was due %2 (%3 days overdue)</translation>
    </message>
    <message>
        <source>No procedure clock is running.</source>
        <translation>No procedure clock is running.</translation>
    </message>
    <message>
        <source>Signed by %1 on %2: %3%4</source>
        <translation>Signed by %1 on %2: %3%4</translation>
    </message>
    <message>
        <source> (signature does not verify)</source>
        <translation> (signature does not verify)</translation>
    </message>
    <message>
        <source>Record an attempt to interfere</source>
        <translation>Record an attempt to interfere</translation>
    </message>
    <message>
        <source>Anyone who was asked to influence this case records it here. The record cannot be changed or deleted; leaders see it and it belongs to the case file.</source>
        <translation>Anyone who was asked to influence this case records it here. The record cannot be changed or deleted; leaders see it and it belongs to the case file.</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>By phone</translation>
    </message>
    <message>
        <source>By message</source>
        <translation>By message</translation>
    </message>
    <message>
        <source>Through someone else</source>
        <translation>Through someone else</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <source>Their &amp;post:</source>
        <translation>Their &amp;post:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <source>What was &amp;asked:</source>
        <translation>What was &amp;asked:</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>No step of the procedure is yours to take now.</source>
        <translation>No step of the procedure is yours to take now.</translation>
    </message>
    <message>
        <source>Record &amp;interference…</source>
        <translation>Record &amp;interference…</translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation>&amp;Record…</translation>
    </message>
    <message>
        <source>Wh&amp;en:</source>
        <translation>Wh&amp;en:</translation>
    </message>
    <message numerus="yes">
        <source>Sign off %n amendment(s)…</source>
        <translation>
            <numerusform>Sign off %n amendment…</numerusform>
            <numerusform>Sign off %n amendments…</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(no name yet)</translation>
    </message>
    <message>
        <source>Interview record of %1, %2 (confirmed)</source>
        <translation>Interview record of %1, %2 (confirmed)</translation>
    </message>
    <message>
        <source>Interview record of %1, %2 (draft)</source>
        <translation>Interview record of %1, %2 (draft)</translation>
    </message>
    <message>
        <source>Sign off an amendment</source>
        <translation>Sign off an amendment</translation>
    </message>
    <message>
        <source>&lt;b&gt;Corrects:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Correct text:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Reason:&lt;/b&gt; %3&lt;br&gt;Recorded %4</source>
        <translation>&lt;b&gt;Corrects:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Correct text:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Reason:&lt;/b&gt; %3&lt;br&gt;Recorded %4</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>I&amp;nterview record…</source>
        <translation>I&amp;nterview record…</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ProcedureStepDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;The case then goes to: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;The case then goes to: %2</translation>
    </message>
    <message>
        <source>✓ Every condition of this step is met.</source>
        <translation>✓ Every condition of this step is met.</translation>
    </message>
    <message>
        <source>&amp;Comment (required):</source>
        <translation>&amp;Comment (required):</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <source>This step is signed with this device&apos;s key over the case&apos;s content and the hash of every piece of evidence, which is checked again first. Enter your password to sign.</source>
        <translation>This step is signed with this device&apos;s key over the case&apos;s content and the hash of every piece of evidence, which is checked again first. Enter your password to sign.</translation>
    </message>
    <message>
        <source>Sign and take the step</source>
        <translation>Sign and take the step</translation>
    </message>
    <message>
        <source>Take the step</source>
        <translation>Take the step</translation>
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
    <message>
        <source>This device&apos;s location service</source>
        <translation>This device&apos;s location service</translation>
    </message>
    <message>
        <source>GPS receiver on a serial port (NMEA)</source>
        <translation>GPS receiver on a serial port (NMEA)</translation>
    </message>
    <message>
        <source>NMEA stream over the network</source>
        <translation>NMEA stream over the network</translation>
    </message>
    <message>
        <source>Recorded NMEA file (training)</source>
        <translation>Recorded NMEA file (training)</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Example: %1</translation>
    </message>
    <message>
        <source>Serials the bureau reserved for this device in %1:</source>
        <translation>Serials the bureau reserved for this device in %1:</translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n left</numerusform>
            <numerusform>%n left</numerusform>
        </translation>
    </message>
    <message>
        <source>none set</source>
        <translation>none set</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::SignatureDialog</name>
    <message>
        <source>Enter the witness&apos;s name.</source>
        <translation>Enter the witness&apos;s name.</translation>
    </message>
    <message>
        <source>Describe how the refusal was recorded.</source>
        <translation>Describe how the refusal was recorded.</translation>
    </message>
    <message>
        <source>Enter the signer&apos;s name and sign in the box.</source>
        <translation>Enter the signer&apos;s name and sign in the box.</translation>
    </message>
    <message>
        <source>Enter the signer&apos;s name.</source>
        <translation>Enter the signer&apos;s name.</translation>
    </message>
    <message>
        <source>Sign in the box.</source>
        <translation>Sign in the box.</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Not signed yet</translation>
    </message>
    <message>
        <source>Refused to sign; witnessed by %1</source>
        <translation>Refused to sign; witnessed by %1</translation>
    </message>
    <message>
        <source>Signed by %1 at %2</source>
        <translation>Signed by %1 at %2</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>Signature pad</translation>
    </message>
    <message>
        <source>Sign with a pen, a finger or the mouse.</source>
        <translation>Sign with a pen, a finger or the mouse.</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>Sign here</translation>
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
    <name>fieldcase::ui::SyncDialog</name>
    <message>
        <source>Synchronising…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Paused.</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n second(s).</source>
        <translation>
            <numerusform>Trying again in %n second.</numerusform>
            <numerusform>Trying again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your session at the bureau has ended. Enter your password to sign in again.</source>
        <translation>Your session at the bureau has ended. Enter your password to sign in again.</translation>
    </message>
    <message>
        <source>Synced data not removed</source>
        <translation>Synced data not removed</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) received from the bureau were removed.</source>
        <translation>
            <numerusform>%n record received from the bureau was removed.</numerusform>
            <numerusform>%n records received from the bureau were removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of your own work were kept.</source>
        <translation>
            <numerusform>%n record of your own work was kept.</numerusform>
            <numerusform>%n records of your own work were kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync with the bureau</source>
        <translation>Sync with the bureau</translation>
    </message>
    <message>
        <source>This device is not yet enrolled at a bureau. Enter the bureau&apos;s address and the one-time enrolment code your administrator gave you, or read both from the QR image. Your password signs you in at the bureau.</source>
        <translation>This device is not yet enrolled at a bureau. Enter the bureau&apos;s address and the one-time enrolment code your administrator gave you, or read both from the QR image. Your password signs you in at the bureau.</translation>
    </message>
    <message>
        <source>Bureau address:</source>
        <translation>Bureau address:</translation>
    </message>
    <message>
        <source>Enrolment code:</source>
        <translation>Enrolment code:</translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation>Your password:</translation>
    </message>
    <message>
        <source>Read QR image…</source>
        <translation>Read QR image…</translation>
    </message>
    <message>
        <source>Enrol and sign in</source>
        <translation>Enrol and sign in</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Your password at the bureau</source>
        <translation>Your password at the bureau</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Conflicts to resolve: the same field was changed here and at the bureau</source>
        <translation>Conflicts to resolve: the same field was changed here and at the bureau</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>At the bureau</source>
        <translation>At the bureau</translation>
    </message>
    <message>
        <source>On this device</source>
        <translation>On this device</translation>
    </message>
    <message>
        <source>Keep the bureau&apos;s value</source>
        <translation>Keep the bureau&apos;s value</translation>
    </message>
    <message>
        <source>Use this device&apos;s value</source>
        <translation>Use this device&apos;s value</translation>
    </message>
    <message>
        <source>The bureau has revoked this device, so it can no longer sync. This usually means it was reported lost or replaced. Your own work that was not yet sent stays on this device; ask your administrator. You can remove the records this device received from the bureau.</source>
        <translation>The bureau has revoked this device, so it can no longer sync. This usually means it was reported lost or replaced. Your own work that was not yet sent stays on this device; ask your administrator. You can remove the records this device received from the bureau.</translation>
    </message>
    <message>
        <source>Remove synced data…</source>
        <translation>Remove synced data…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>QR image of the enrolment</source>
        <translation>QR image of the enrolment</translation>
    </message>
    <message>
        <source>No FieldCase enrolment code was found in %1.</source>
        <translation>No FieldCase enrolment code was found in %1.</translation>
    </message>
    <message>
        <source>The code was read from the image.</source>
        <translation>The code was read from the image.</translation>
    </message>
    <message>
        <source>The bureau&apos;s address must start with https:// and name a server.</source>
        <translation>The bureau&apos;s address must start with https:// and name a server.</translation>
    </message>
    <message>
        <source>The enrolment code is not valid: check it with your administrator.</source>
        <translation>The enrolment code is not valid: check it with your administrator.</translation>
    </message>
    <message>
        <source>Enter your password to sign in at the bureau.</source>
        <translation>Enter your password to sign in at the bureau.</translation>
    </message>
    <message>
        <source>Contacting the bureau…</source>
        <translation>Contacting the bureau…</translation>
    </message>
    <message>
        <source>Signed in at the bureau.</source>
        <translation>Signed in at the bureau.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) to send</source>
        <translation>
            <numerusform>%n record to send</numerusform>
            <numerusform>%n records to send</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of evidence to upload</source>
        <translation>%1 of evidence to upload</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>about %n second left</numerusform>
            <numerusform>about %n seconds left</numerusform>
        </translation>
    </message>
    <message>
        <source>time left unknown</source>
        <translation>time left unknown</translation>
    </message>
    <message>
        <source>%1/s, %2</source>
        <translation>%1/s, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) sent</source>
        <translation>
            <numerusform>%n record sent</numerusform>
            <numerusform>%n records sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n received</numerusform>
            <numerusform>%n received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded</source>
        <translation>
            <numerusform>%n file uploaded</numerusform>
            <numerusform>%n files uploaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflict to resolve</numerusform>
            <numerusform>%n conflicts to resolve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the bureau</source>
        <translation>
            <numerusform>%n refused by the bureau</numerusform>
            <numerusform>%n refused by the bureau</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync complete: %1.</source>
        <translation>Sync complete: %1.</translation>
    </message>
    <message>
        <source>Sync did not complete: %1 Nothing already saved on this device was lost.</source>
        <translation>Sync did not complete: %1 Nothing already saved on this device was lost.</translation>
    </message>
    <message>
        <source>Bureau: %1 (%2)</source>
        <translation>Bureau: %1 (%2)</translation>
    </message>
    <message>
        <source>Last complete sync: %1</source>
        <translation>Last complete sync: %1</translation>
    </message>
    <message>
        <source>Not synchronised yet.</source>
        <translation>Not synchronised yet.</translation>
    </message>
    <message>
        <source>Conflict not resolved</source>
        <translation>Conflict not resolved</translation>
    </message>
    <message>
        <source>Remove synced data</source>
        <translation>Remove synced data</translation>
    </message>
    <message>
        <source>Remove every record this device received from the bureau? Your own work is kept. This cannot be undone.</source>
        <translation>Remove every record this device received from the bureau? Your own work is kept. This cannot be undone.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need attention:</source>
        <translation>
            <numerusform>%n item needs attention:</numerusform>
            <numerusform>%n items need attention:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::TaskPage</name>
    <message>
        <source>Inspection not started</source>
        <translation>Inspection not started</translation>
    </message>
    <message>
        <source>&amp;Start inspection (check in)</source>
        <translation>&amp;Start inspection (check in)</translation>
    </message>
    <message>
        <source>Records where this device is now and how far that is from the subject&apos;s registered location, and starts the inspection.</source>
        <translation>Records where this device is now and how far that is from the subject&apos;s registered location, and starts the inspection.</translation>
    </message>
    <message>
        <source>Show &amp;check-in</source>
        <translation>Show &amp;check-in</translation>
    </message>
    <message>
        <source>Site inspection &amp;record…</source>
        <translation>Site inspection &amp;record…</translation>
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
