<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Accounts</name>
    <message>
        <source>An account needs a login name and the person&apos;s name.</source>
        <translation>账号须填写登录名和姓名。</translation>
    </message>
    <message>
        <source>The login name %1 is already taken.</source>
        <translation>登录名 %1 已被占用。</translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory).</source>
        <translation>无法对密码进行加密处理（内存不足）。</translation>
    </message>
    <message>
        <source>The login name or the password is wrong.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <source>The account could not be read: %1</source>
        <translation>无法读取账号信息：%1</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>密码错误次数过多，请 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The login name or the password is wrong. Wait %n second(s) before the next try.</source>
        <translation>
            <numerusform>登录名或密码错误，请等待 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n character(s).</source>
        <translation>
            <numerusform>密码长度至少为 %n 位。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>The audit log is intact.</source>
        <translation>审计日志完整，校验通过。</translation>
    </message>
    <message>
        <source>Audit event %1 is out of sequence: an event before it is missing.</source>
        <translation>审计记录 %1 序号不连续：此前有记录缺失。</translation>
    </message>
    <message>
        <source>Audit event %1 does not link to the event before it: the log was altered.</source>
        <translation>审计记录 %1 与前一条记录无法衔接：日志已被篡改。</translation>
    </message>
    <message>
        <source>Audit event %1 was changed after it was written.</source>
        <translation>审计记录 %1 在写入后被修改。</translation>
    </message>
</context>
<context>
    <name>CapturedFiles</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The capture is kept at %1.</source>
        <translation>采集的文件保留在 %1。</translation>
    </message>
</context>
<context>
    <name>CaseAction</name>
    <message>
        <source>Submit for approval to open</source>
        <translation>提请立案审批</translation>
    </message>
    <message>
        <source>Approve opening the case</source>
        <translation>批准立案</translation>
    </message>
    <message>
        <source>Return the lead</source>
        <translation>退回线索</translation>
    </message>
    <message>
        <source>Submit the investigation report</source>
        <translation>提交案件调查报告</translation>
    </message>
    <message>
        <source>Return for further investigation</source>
        <translation>退回补充调查</translation>
    </message>
    <message>
        <source>Issue the advance notice</source>
        <translation>发出事先（听证）告知书</translation>
    </message>
    <message>
        <source>Decide not to penalise</source>
        <translation>决定不予处罚</translation>
    </message>
    <message>
        <source>Transfer the case</source>
        <translation>移送案件</translation>
    </message>
    <message>
        <source>Record the hearing request</source>
        <translation>登记听证申请</translation>
    </message>
    <message>
        <source>Close statement and defence</source>
        <translation>结束陈述申辩</translation>
    </message>
    <message>
        <source>Finish the hearing</source>
        <translation>结束听证</translation>
    </message>
    <message>
        <source>Complete the legal review</source>
        <translation>完成法制审核</translation>
    </message>
    <message>
        <source>Complete the collective discussion</source>
        <translation>完成集体讨论</translation>
    </message>
    <message>
        <source>Sign the decision</source>
        <translation>签发行政处罚决定书</translation>
    </message>
    <message>
        <source>Record service of the decision</source>
        <translation>登记决定书送达</translation>
    </message>
    <message>
        <source>Complete execution</source>
        <translation>执行完毕</translation>
    </message>
    <message>
        <source>Submit for closing</source>
        <translation>提请结案</translation>
    </message>
    <message>
        <source>Approve closing the case</source>
        <translation>批准结案</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Withdraw the case</source>
        <translation>销案</translation>
    </message>
</context>
<context>
    <name>CaseClocks</name>
    <message>
        <source>Decide whether to open the case</source>
        <translation>决定是否立案</translation>
    </message>
    <message>
        <source>Decide the case</source>
        <translation>作出案件处理决定</translation>
    </message>
    <message>
        <source>The party&apos;s time to request a hearing ends</source>
        <translation>当事人申请听证期限届满</translation>
    </message>
    <message>
        <source>The party&apos;s statement and defence window ends</source>
        <translation>当事人陈述申辩期限届满</translation>
    </message>
    <message>
        <source>The fine is due</source>
        <translation>罚款缴纳期限届满</translation>
    </message>
    <message>
        <source>Decide on the evidence preserved</source>
        <translation>对先行登记保存的证据作出处理决定</translation>
    </message>
    <message>
        <source>The seal-up or seizure term ends</source>
        <translation>查封、扣押期限届满</translation>
    </message>
    <message>
        <source>Re-inspect after the correction order</source>
        <translation>责令改正后复查</translation>
    </message>
    <message>
        <source>The time to open the case has already been extended once; it cannot be extended again.</source>
        <translation>立案期限已延长过一次，不能再次延长。</translation>
    </message>
    <message>
        <source>The time to decide has already been extended twice; it cannot be extended again.</source>
        <translation>作出处理决定的期限已延长过两次，不能再次延长。</translation>
    </message>
    <message>
        <source>A second extension of the time to decide needs a collective discussion (集体讨论) first.</source>
        <translation>第二次延长作出处理决定的期限，须先经集体讨论。</translation>
    </message>
    <message>
        <source>The seal-up or seizure has already been extended once; the law allows no second extension.</source>
        <translation>查封、扣押期限已延长过一次，依法不得再次延长。</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>返回列表（Esc）</translation>
    </message>
    <message>
        <source>Regulated subject:</source>
        <translation>监管对象：</translation>
    </message>
    <message>
        <source>Unified social credit code:</source>
        <translation>统一社会信用代码：</translation>
    </message>
    <message>
        <source>Cause of action:</source>
        <translation>案由：</translation>
    </message>
    <message>
        <source>Lead officer:</source>
        <translation>主办人员：</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>立案日期：</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>违法行为</translation>
    </message>
    <message>
        <source>Act start</source>
        <translation>违法行为开始日期</translation>
    </message>
    <message>
        <source>Act end</source>
        <translation>违法行为结束日期</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>违法行为</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Case history</source>
        <translation>案件办理记录</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>操作内容</translation>
    </message>
    <message>
        <source>&amp;Penalty discretion…</source>
        <translation>处罚裁量(&amp;P)…</translation>
    </message>
    <message>
        <source>Compute the recommended fine for a violation under the installed discretion standard</source>
        <translation>按已安装的裁量基准计算违法行为的建议罚款金额</translation>
    </message>
    <message>
        <source>Penalty discretion</source>
        <translation>处罚裁量</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a saved result</source>
        <translation>双击或按回车键打开已保存的裁量结果</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>罚款金额</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>裁量基准</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation>执法文书(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>CaseProcedure</name>
    <message>
        <source>Your roles may not record: %1.</source>
        <translation>您的角色无权登记：%1。</translation>
    </message>
    <message>
        <source>The case clock is already paused; resume it first.</source>
        <translation>办案期限已暂停计算，请先恢复计算。</translation>
    </message>
    <message>
        <source>The case clock is not paused.</source>
        <translation>办案期限未暂停计算。</translation>
    </message>
    <message>
        <source>The clock cannot resume before it was paused (%1).</source>
        <translation>恢复计算的日期不能早于暂停计算的日期（%1）。</translation>
    </message>
    <message>
        <source>site inspection record %1</source>
        <translation>第 %1 份现场检查（勘察）笔录</translation>
    </message>
    <message>
        <source>interview record of %1</source>
        <translation>%1 的调查询问笔录</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>该案件已不存在。</translation>
    </message>
    <message>
        <source>This step is signed with the device key, which is not available.</source>
        <translation>本环节须使用设备密钥签名，但设备密钥不可用。</translation>
    </message>
    <message>
        <source>The device could not sign the step.</source>
        <translation>本设备未能对该环节进行签名。</translation>
    </message>
    <message>
        <source>Only a team leader signs an amendment off.</source>
        <translation>只有负责人才能审批更正。</translation>
    </message>
    <message>
        <source>The amendment does not exist or has already been signed off.</source>
        <translation>该更正不存在或已审批。</translation>
    </message>
</context>
<context>
    <name>CaseRecordDialog</name>
    <message>
        <source>Case suspended</source>
        <translation>案件中止</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>听证</translation>
    </message>
    <message>
        <source>Testing, inspection or appraisal</source>
        <translation>检测、检验或者鉴定</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>公告</translation>
    </message>
    <message>
        <source>Service of documents</source>
        <translation>文书送达</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>直接送达</translation>
    </message>
    <message>
        <source>Left at the address with a witness</source>
        <translation>留置送达（有见证人）</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>邮寄送达</translation>
    </message>
    <message>
        <source>Electronically, with the party&apos;s signed consent</source>
        <translation>电子送达（经当事人书面同意）</translation>
    </message>
    <message>
        <source>By public notice</source>
        <translation>公告送达</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Agree after the changes below</source>
        <translation>按以下意见修改后同意</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>不同意</translation>
    </message>
</context>
<context>
    <name>CaseRecordKind</name>
    <message>
        <source>Procedure step</source>
        <translation>办案环节变更</translation>
    </message>
    <message>
        <source>No conflict of interest declared</source>
        <translation>回避声明（无利害关系）</translation>
    </message>
    <message>
        <source>Advance notice served</source>
        <translation>事先（听证）告知书送达</translation>
    </message>
    <message>
        <source>Statement and defence waived in writing</source>
        <translation>书面放弃陈述申辩</translation>
    </message>
    <message>
        <source>Hearing requested</source>
        <translation>申请听证</translation>
    </message>
    <message>
        <source>Hearing held</source>
        <translation>举行听证</translation>
    </message>
    <message>
        <source>Legal review opinion</source>
        <translation>法制审核意见</translation>
    </message>
    <message>
        <source>Collective discussion</source>
        <translation>集体讨论</translation>
    </message>
    <message>
        <source>Decision served</source>
        <translation>处罚决定书送达</translation>
    </message>
    <message>
        <source>Execution completed</source>
        <translation>执行完毕</translation>
    </message>
    <message>
        <source>Case clock paused</source>
        <translation>办案期限暂停计算</translation>
    </message>
    <message>
        <source>Case clock resumed</source>
        <translation>办案期限恢复计算</translation>
    </message>
    <message>
        <source>Time to open the case extended</source>
        <translation>延长立案期限</translation>
    </message>
    <message>
        <source>Time to decide extended</source>
        <translation>延长作出处理决定期限</translation>
    </message>
    <message>
        <source>Attempt to interfere recorded</source>
        <translation>干预案件记录</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Correction order served</source>
        <translation>责令改正决定书已送达</translation>
    </message>
    <message>
        <source>Re-inspection made</source>
        <translation>已复查</translation>
    </message>
    <message>
        <source>Evidence registered for preservation</source>
        <translation>先行登记保存证据</translation>
    </message>
    <message>
        <source>Decision on preserved evidence made</source>
        <translation>已对先行登记保存的证据作出处理决定</translation>
    </message>
    <message>
        <source>Seal-up or seizure decided</source>
        <translation>作出查封（扣押）决定</translation>
    </message>
    <message>
        <source>Seal-up or seizure extended</source>
        <translation>查封（扣押）期限延长</translation>
    </message>
    <message>
        <source>Seal-up or seizure lifted</source>
        <translation>解除查封（扣押）</translation>
    </message>
    <message>
        <source>Intended penalties besides the fine</source>
        <translation>拟作出的罚款以外的处罚</translation>
    </message>
</context>
<context>
    <name>CaseSignOff</name>
    <message>
        <source>The evidence check was cancelled; nothing was signed.</source>
        <translation>证据校验已取消，未进行签名。</translation>
    </message>
</context>
<context>
    <name>CaseState</name>
    <message>
        <source>Lead registered</source>
        <translation>线索登记</translation>
    </message>
    <message>
        <source>Awaiting approval to open</source>
        <translation>立案审批中</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>调查取证</translation>
    </message>
    <message>
        <source>Awaiting case review</source>
        <translation>待案件审查</translation>
    </message>
    <message>
        <source>Legal review</source>
        <translation>法制审核</translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <translation>待作出决定</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>执行</translation>
    </message>
    <message>
        <source>Awaiting approval to close</source>
        <translation>结案审批中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已销案</translation>
    </message>
    <message>
        <source>Advance notice: statement and defence</source>
        <translation>事先告知（陈述申辩）</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>听证</translation>
    </message>
    <message>
        <source>Awaiting collective discussion</source>
        <translation>待集体讨论</translation>
    </message>
    <message>
        <source>Serving the decision</source>
        <translation>决定书送达</translation>
    </message>
    <message>
        <source>No penalty decided</source>
        <translation>决定不予处罚</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>已移送</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>A violation cannot end before it started.</source>
        <translation>违法行为结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>The subject of the case does not exist.</source>
        <translation>案件涉及的监管对象不存在。</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>该案件已不存在。</translation>
    </message>
    <message>
        <source>The case is no longer in the state &quot;%1&quot;; reload it and try again.</source>
        <translation>该案件已不处于“%1”状态，请重新加载后再试。</translation>
    </message>
    <message>
        <source>The case needs a cause of action.</source>
        <translation>请填写案由。</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check-in</source>
        <translation>现场签到</translation>
    </message>
    <message>
        <source>Distance to the registered location:</source>
        <translation>与登记位置的距离：</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <source>Satellites in use:</source>
        <translation>使用卫星数：</translation>
    </message>
    <message>
        <source>Checked in (device clock):</source>
        <translation>签到时间（设备时钟）：</translation>
    </message>
    <message>
        <source>GPS time of the fix:</source>
        <translation>定位的 GPS 时间：</translation>
    </message>
    <message>
        <source>Position source:</source>
        <translation>定位来源：</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>&amp;Checklist:</source>
        <translation>检查表(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;lear answers</source>
        <translation>清空作答(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Findings for the site inspection record:</source>
        <translation>现场检查笔录检查情况(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Proposed violations:</source>
        <translation>涉嫌违法行为(&amp;P)：</translation>
    </message>
    <message>
        <source>C&amp;opy findings</source>
        <translation>复制检查情况(&amp;O)</translation>
    </message>
    <message>
        <source>Copy the findings to the clipboard, for the site inspection record</source>
        <translation>将检查情况复制到剪贴板，用于填写现场检查笔录</translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <source>The unified social credit code is empty.</source>
        <translation>未填写统一社会信用代码。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters.</source>
        <translation>统一社会信用代码应为 18 位。</translation>
    </message>
    <message>
        <source>Character %1 (&quot;%2&quot;) is not allowed in a unified social credit code (allowed: digits and letters except I, O, S, V, Z).</source>
        <translation>第 %1 位字符“%2”不能用于统一社会信用代码（可使用数字及除 I、O、S、V、Z 以外的字母）。</translation>
    </message>
    <message>
        <source>The check character (18th) does not match: it is &quot;%1&quot;, the first 17 characters require &quot;%2&quot;.</source>
        <translation>校验码（第 18 位）不符：当前为“%1”，按前 17 位计算应为“%2”。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The case database %1 cannot be read: %2</source>
        <translation>无法读取案件数据库 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is not a FieldCase case database, or it is damaged. It has not been changed.</source>
        <translation>文件 %1 不是 FieldCase 案件数据库，或已损坏。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>The case database cannot be created in %1: the folder is not writable.</source>
        <translation>无法在 %1 中创建案件数据库：该文件夹不可写入。</translation>
    </message>
    <message>
        <source>The case database %1 cannot be opened: %2</source>
        <translation>无法打开案件数据库 %1：%2</translation>
    </message>
    <message>
        <source>The case database %1 is in use by another program. Close it and try again.</source>
        <translation>案件数据库 %1 正被其他程序使用。请关闭该程序后重试。</translation>
    </message>
    <message>
        <source>The case database %1 is damaged and cannot be read (%2). It has not been changed.</source>
        <translation>案件数据库 %1 已损坏，无法读取（%2）。该数据库未作任何改动。</translation>
    </message>
    <message>
        <source>The case database %1 was written by a newer version of FieldCase (schema %2; this version knows up to %3). Update FieldCase to open it. It has not been changed.</source>
        <translation>案件数据库 %1 由更高版本的 FieldCase 写入（数据结构版本 %2，本版本最高支持 %3）。请升级 FieldCase 后再打开。该数据库未作任何改动。</translation>
    </message>
    <message>
        <source>The case database %1 failed its integrity check (%2). It has not been changed.</source>
        <translation>案件数据库 %1 未通过完整性检查（%2）。该数据库未作任何改动。</translation>
    </message>
    <message>
        <source>The case database %1 cannot be opened for writing: %2</source>
        <translation>无法以写入方式打开案件数据库 %1：%2</translation>
    </message>
    <message>
        <source>The case database %1 could not be upgraded; it was left at schema %2: %3</source>
        <translation>案件数据库 %1 升级失败，仍为数据结构版本 %2：%3</translation>
    </message>
</context>
<context>
    <name>DetachedSignature</name>
    <message>
        <source>The signature cannot be checked: the cryptography library did not start.</source>
        <translation>无法校验签名：密码库未能启动。</translation>
    </message>
    <message>
        <source>The file is not signed.</source>
        <translation>该文件没有签名。</translation>
    </message>
    <message>
        <source>The signature file is damaged or uses an unknown algorithm.</source>
        <translation>签名文件已损坏或使用了未知的算法。</translation>
    </message>
    <message>
        <source>The signature file is damaged.</source>
        <translation>签名文件已损坏。</translation>
    </message>
    <message>
        <source>The file is signed with the key &quot;%1&quot;, which this device does not trust.</source>
        <translation>该文件使用密钥“%1”签名，本设备不信任该密钥。</translation>
    </message>
    <message>
        <source>The signature does not match the file: it was changed after %1 signed it.</source>
        <translation>签名与文件不符：文件在 %1 签名后被改动过。</translation>
    </message>
    <message>
        <source>Trusted key %1 is incomplete or not an Ed25519 public key.</source>
        <translation>第 %1 个受信任密钥不完整，或不是 Ed25519 公钥。</translation>
    </message>
</context>
<context>
    <name>DeviceKey</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>密码库未能启动。</translation>
    </message>
    <message>
        <source>The device key in the system secret store is damaged.</source>
        <translation>系统密钥库中的设备密钥已损坏。</translation>
    </message>
    <message>
        <source>The device key in the system secret store is not this profile&apos;s key.</source>
        <translation>系统密钥库中的设备密钥不属于本数据档案。</translation>
    </message>
    <message>
        <source>This profile&apos;s device key is missing from the system secret store. Evidence can be viewed and verified, but not added, until the key is restored.</source>
        <translation>系统密钥库中缺少本数据档案的设备密钥。在恢复该密钥之前，可以查看和校验证据，但不能添加证据。</translation>
    </message>
</context>
<context>
    <name>DiscretionDialog</name>
    <message>
        <source>Penalty discretion</source>
        <translation>处罚裁量</translation>
    </message>
    <message>
        <source>&amp;Violation:</source>
        <translation>违法行为(&amp;V)：</translation>
    </message>
    <message>
        <source>Words, code or article</source>
        <translation>关键词、代码或条款</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>裁量情节</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数额</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Act &amp;ended:</source>
        <translation>违法行为终了(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Decision date:</source>
        <translation>处罚决定日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Pollution or ecological damage resulted: the limitation period is five years instead of two</source>
        <translation>造成环境污染或者生态破坏后果的，追责期限为五年（一般为二年）</translation>
    </message>
    <message>
        <source>&amp;Harm resulted (5-year limitation period)</source>
        <translation>造成危害后果（追责期限五年）(&amp;H)</translation>
    </message>
    <message>
        <source>Apology reduction</source>
        <translation>公开道歉从轻</translation>
    </message>
    <message>
        <source>The party corrected the violation, apologised publicly and pledged to comply.</source>
        <translation>当事人已改正违法行为，公开道歉并承诺守法。</translation>
    </message>
    <message>
        <source>&amp;Reduce by</source>
        <translation>减少(&amp;R)</translation>
    </message>
    <message>
        <source>Outside the range</source>
        <translation>幅度以外</translation>
    </message>
    <message>
        <source>Mitigation below the minimum (Administrative Penalty Law, Art. 32):</source>
        <translation>减轻处罚（《行政处罚法》第三十二条）：</translation>
    </message>
    <message>
        <source>No penalty (Administrative Penalty Law, Art. 33):</source>
        <translation>不予处罚（《行政处罚法》第三十三条）：</translation>
    </message>
    <message>
        <source>Recommended fine</source>
        <translation>建议罚款金额</translation>
    </message>
    <message>
        <source>How the amount was found</source>
        <translation>裁量过程</translation>
    </message>
    <message>
        <source>Fine decided</source>
        <translation>决定罚款金额</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation>金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>As recommended</source>
        <translation>与建议金额相同</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Act s&amp;tarted:</source>
        <translation>违法行为开始(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Written reason (required with any ground):</source>
        <translation>书面理由（选择任一情形时必填）(&amp;W)：</translation>
    </message>
    <message>
        <source>Reaso&amp;n for a different amount:</source>
        <translation>不同于建议金额的理由(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>DiscretionPack</name>
    <message>
        <source>names no factor of this violation: &quot;%1&quot;</source>
        <translation>所指的“%1”不是本违法行为的裁量因素</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of factor &quot;%2&quot;</source>
        <translation>“%1”不是因素“%2”的选项</translation>
    </message>
    <message>
        <source>must name at least one option</source>
        <translation>须至少列出一个选项</translation>
    </message>
    <message>
        <source>unknown range kind &quot;%1&quot; (amount, investment_share, cost_multiple)</source>
        <translation>未知的幅度类型“%1”（可用：amount、investment_share、cost_multiple）</translation>
    </message>
    <message>
        <source>needs a minimum, a maximum or both</source>
        <translation>须有下限、上限或两者</translation>
    </message>
    <message>
        <source>bounds must not be negative</source>
        <translation>上下限不得为负数</translation>
    </message>
    <message>
        <source>is upside down: the minimum %1 is above the maximum %2</source>
        <translation>上下限颠倒：下限 %1 高于上限 %2</translation>
    </message>
    <message>
        <source>a share or a multiple needs both a minimum and a maximum</source>
        <translation>比例或倍数幅度须同时有下限和上限</translation>
    </message>
    <message>
        <source>a factor needs at least one option</source>
        <translation>裁量因素须至少有一个选项</translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; is listed twice</source>
        <translation>选项“%1”重复列出</translation>
    </message>
    <message>
        <source>ends before the basis takes effect</source>
        <translation>失效日期早于该法律依据的施行日期</translation>
    </message>
    <message>
        <source>unknown mode &quot;%1&quot; (weights, tiers, fallback)</source>
        <translation>未知的裁量模式“%1”（可用：weights、tiers、fallback）</translation>
    </message>
    <message>
        <source>the factor &quot;%1&quot; is listed twice</source>
        <translation>裁量因素“%1”重复列出</translation>
    </message>
    <message>
        <source>must be a percentage from 0 to 100</source>
        <translation>须为 0 至 100 的百分数</translation>
    </message>
    <message>
        <source>fallback mode needs the factor &quot;circumstance&quot;</source>
        <translation>通用规则模式须有裁量因素“circumstance”（情节）</translation>
    </message>
    <message>
        <source>the factor &quot;circumstance&quot; needs the option &quot;%1&quot;</source>
        <translation>裁量因素“circumstance”（情节）须有选项“%1”</translation>
    </message>
    <message>
        <source>tiers mode needs at least one tier</source>
        <translation>分档模式须至少有一个档次</translation>
    </message>
    <message>
        <source>a violation needs at least one legal basis</source>
        <translation>违法行为须至少有一项法律依据</translation>
    </message>
    <message>
        <source>weights mode needs a statutory maximum</source>
        <translation>权重累加模式须有法定罚款上限</translation>
    </message>
    <message>
        <source>the range of %1 needs the input &quot;%2&quot;</source>
        <translation>%1 的罚款幅度需要输入项“%2”</translation>
    </message>
    <message>
        <source>the percentages must run from a minimum to a maximum within 0 to 100</source>
        <translation>百分比须为 0 至 100 之间由小到大的范围</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected %2)</source>
        <translation>未知的格式“%1”（应为 %2）</translation>
    </message>
    <message>
        <source>ends before the standard takes effect</source>
        <translation>失效日期早于该裁量基准的施行日期</translation>
    </message>
    <message>
        <source>a pack needs at least one violation</source>
        <translation>裁量基准须至少包含一项违法行为</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; is used twice</source>
        <translation>编码“%1”重复使用</translation>
    </message>
</context>
<context>
    <name>DiscretionStore</name>
    <message>
        <source>The discretion standard was refused: %1</source>
        <translation>裁量基准未被接受：%1</translation>
    </message>
    <message>
        <source>A different standard %1 version %2 is already installed; a published version is never replaced.</source>
        <translation>已安装内容不同的裁量基准 %1 第 %2 版；已发布的版本不能被替换。</translation>
    </message>
    <message>
        <source>Only a complete result can be saved.</source>
        <translation>只能保存完整的裁量结果。</translation>
    </message>
    <message>
        <source>A fine different from the recommended amount needs a written reason.</source>
        <translation>罚款金额与建议金额不同的，须写明理由。</translation>
    </message>
    <message>
        <source>A fine cannot be negative.</source>
        <translation>罚款金额不能为负数。</translation>
    </message>
</context>
<context>
    <name>DocumentDrafts</name>
    <message>
        <source>the document draft does not name its case and document</source>
        <translation>文书草稿未写明所属案件和文书种类</translation>
    </message>
</context>
<context>
    <name>DocumentFonts</name>
    <message>
        <source>The font file %1 could not be loaded (it holds %2).</source>
        <translation>无法加载字体文件 %1（其中包含的字体为 %2）。</translation>
    </message>
    <message>
        <source>The font %1 for printed documents is missing: install the package %2 (expected at %3).</source>
        <translation>缺少打印文书所用的字体 %1：请安装软件包 %2（预期位置：%3）。</translation>
    </message>
    <message>
        <source>Documents can only be rendered in a program with a QGuiApplication (offscreen will do).</source>
        <translation>只能在带有 QGuiApplication 的程序中生成文书（可使用 offscreen 平台）。</translation>
    </message>
</context>
<context>
    <name>DocumentNumber</name>
    <message>
        <source>Enter a pattern for document numbers.</source>
        <translation>请填写文书编号格式。</translation>
    </message>
    <message>
        <source>The pattern has an unknown placeholder %1; use {agency}, {category}, {year} and {serial}.</source>
        <translation>编号格式中有未知的占位符 %1；可用的占位符为 {agency}、{category}、{year} 和 {serial}。</translation>
    </message>
    <message>
        <source>Put some text between %1 and %2 in the pattern, or a number could not be read back.</source>
        <translation>请在编号格式的 %1 与 %2 之间加入文字，否则无法从文书编号中解析出各部分。</translation>
    </message>
    <message>
        <source>The pattern needs %1 exactly once.</source>
        <translation>编号格式中须包含 %1，且只能出现一次。</translation>
    </message>
    <message>
        <source>The pattern may name {agency} only once.</source>
        <translation>编号格式中 {agency} 最多只能出现一次。</translation>
    </message>
</context>
<context>
    <name>DocumentNumbers</name>
    <message>
        <source>Name the document category, e.g. 责改.</source>
        <translation>请填写文书类别，如：责改。</translation>
    </message>
    <message>
        <source>The year %1 is not a valid year for document numbers.</source>
        <translation>%1 不是有效的文书编号年份。</translation>
    </message>
    <message>
        <source>Enter the first and the last serial of the %1 block.</source>
        <translation>请填写“%1”编号段的起始序号和终止序号。</translation>
    </message>
    <message>
        <source>The %1 block runs backwards: its first serial %2 is after its last %3.</source>
        <translation>“%1”编号段起止颠倒：起始序号 %2 大于终止序号 %3。</translation>
    </message>
    <message>
        <source>Serials up to %1 have already been issued from the %2 block; its last serial cannot be lower.</source>
        <translation>“%2”编号段已使用至序号 %1，其终止序号不能小于该序号。</translation>
    </message>
    <message>
        <source>The new %1 block overlaps serials this device has already issued in %2 (up to %3); it must start above them.</source>
        <translation>新的“%1”编号段与本设备 %2 年已使用的序号（至 %3）重叠；起始序号须大于已使用的序号。</translation>
    </message>
    <message>
        <source>The document to number is incomplete (category, kind or content).</source>
        <translation>待编号的文书信息不完整（类别、种类或内容）。</translation>
    </message>
    <message>
        <source>Enter the agency&apos;s short name under Document numbers in Settings before issuing numbered documents.</source>
        <translation>出具带编号的文书前，请在“设置”的“文书编号”中填写机关简称。</translation>
    </message>
    <message>
        <source>No block of %1 numbers for %2 is set on this device: enter the block the bureau reserved under Document numbers in Settings.</source>
        <translation>本设备未设置 %2 年“%1”文书的编号段：请在“设置”的“文书编号”中填写本单位预留的编号段。</translation>
    </message>
    <message>
        <source>The block of %1 numbers for %2 is used up (its last serial is %3): ask the bureau for a new block and enter it in Settings.</source>
        <translation>%2 年“%1”文书的编号段已用完（终止序号为 %3）：请向本单位申请新的编号段，并在“设置”中填写。</translation>
    </message>
    <message>
        <source>The document number changed meanwhile; try again.</source>
        <translation>文书编号在此期间已发生变化，请重试。</translation>
    </message>
    <message>
        <source>The document could not be produced; no number was used.</source>
        <translation>未能生成文书，未占用文书编号。</translation>
    </message>
</context>
<context>
    <name>DocumentTemplate</name>
    <message>
        <source>must be true or false</source>
        <translation>须为 true 或 false</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>须为 %1 至 %2 之间的整数</translation>
    </message>
    <message>
        <source>must be lower-case names joined by dots, such as party.name: &quot;%1&quot;</source>
        <translation>须为以点号连接的小写名称，如 party.name：“%1”</translation>
    </message>
    <message>
        <source>must be lower-case letters, digits and &quot;_&quot;: &quot;%1&quot;</source>
        <translation>只能由小写字母、数字和“_”组成：“%1”</translation>
    </message>
    <message>
        <source>a &quot;{{&quot; without its &quot;}}&quot; (or the reverse)</source>
        <translation>“{{”缺少对应的“}}”（或“}}”缺少对应的“{{”）</translation>
    </message>
    <message>
        <source>must be justify, left, center or right</source>
        <translation>须为 justify、left、center 或 right</translation>
    </message>
    <message>
        <source>{{number}} is the document number, not a field</source>
        <translation>{{number}} 是文书编号，不能用作字段</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot; (text, date, datetime, money, flag or list)</source>
        <translation>未知的类型“%1”（可用：text、date、datetime、money、flag、list）</translation>
    </message>
    <message>
        <source>a field is required, or required when, not both</source>
        <translation>字段只能设置 required 或 required_when 之一，不能同时设置</translation>
    </message>
    <message>
        <source>a flag cannot be required: false is a value</source>
        <translation>flag 字段不能设为必填：false 也是一个值</translation>
    </message>
    <message>
        <source>only a list field has this key</source>
        <translation>只有 list 字段才有此键</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is listed twice</source>
        <translation>列“%1”重复列出</translation>
    </message>
    <message>
        <source>{{.}} is for lists of texts</source>
        <translation>{{.}} 只用于文本列表</translation>
    </message>
    <message>
        <source>the placeholder {{%1}} names no column of this list</source>
        <translation>占位符 {{%1}} 不是本列表的列</translation>
    </message>
    <message>
        <source>the placeholder {{%1}} names no declared field</source>
        <translation>占位符 {{%1}} 不是已声明的字段</translation>
    </message>
    <message>
        <source>the flag {{%1}} is for &quot;when&quot; only, it has no printed form</source>
        <translation>flag 字段 {{%1}} 只能用于“when”条件，没有打印形式</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a declared list field</source>
        <translation>“%1”不是已声明的 list 字段</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a declared signature place</source>
        <translation>“%1”不是已声明的签名位置</translation>
    </message>
    <message>
        <source>a row names a field or has a value, not both</source>
        <translation>一行只能指定字段（field）或填写值（value），不能同时设置</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a declared printable field</source>
        <translation>“%1”不是已声明的可打印字段</translation>
    </message>
    <message>
        <source>is not a key of a &quot;%1&quot; block</source>
        <translation>不是“%1”块的键</translation>
    </message>
    <message>
        <source>a key/value table needs at least one row</source>
        <translation>键值表至少需要一行</translation>
    </message>
    <message>
        <source>a list of objects needs its item text</source>
        <translation>对象列表须有 item 文本</translation>
    </message>
    <message>
        <source>the placeholder {{%1}} names no column of %2</source>
        <translation>占位符 {{%1}} 不是 %2 的列</translation>
    </message>
    <message>
        <source>a table needs a list of objects with columns</source>
        <translation>表格须对应带有列的对象列表</translation>
    </message>
    <message>
        <source>a table needs at least one column</source>
        <translation>表格至少需要一列</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column of %2</source>
        <translation>“%1”不是 %2 的列</translation>
    </message>
    <message>
        <source>name at least one signature place</source>
        <translation>须至少指定一个签名位置</translation>
    </message>
    <message>
        <source>must be the id of a signature place</source>
        <translation>须为签名位置的 id</translation>
    </message>
    <message>
        <source>unknown block type &quot;%1&quot; (heading, paragraph, fields, list, table or signatures)</source>
        <translation>未知的块类型“%1”（可用：heading、paragraph、fields、list、table、signatures）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a declared field</source>
        <translation>“%1”不是已声明的字段</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected %2)</source>
        <translation>未知的格式“%1”（应为 %2）</translation>
    </message>
    <message>
        <source>not a valid regular expression: %1</source>
        <translation>不是有效的正则表达式：%1</translation>
    </message>
    <message>
        <source>must be {&quot;category&quot;: …} or null for a document without number</source>
        <translation>须为 {&quot;category&quot;: …}；无编号的文书须为 null</translation>
    </message>
    <message>
        <source>the footer knows only {{page}} and {{pages}}, not {{%1}}</source>
        <translation>页脚只能使用 {{page}} 和 {{pages}}，不能使用 {{%1}}</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is declared twice</source>
        <translation>字段“%1”重复声明</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; cannot both be fields: one holds the other</source>
        <translation>“%1”和“%2”不能同时作为字段：二者存在包含关系</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not another declared field</source>
        <translation>“%1”不是另一个已声明的字段</translation>
    </message>
    <message>
        <source>the signature place &quot;%1&quot; is declared twice</source>
        <translation>签名位置“%1”重复声明</translation>
    </message>
    <message>
        <source>at most four places fit in the band of every page</source>
        <translation>每页底部的签名栏最多容纳四个签名位置</translation>
    </message>
    <message>
        <source>a document needs at least one block</source>
        <translation>文书至少需要一个内容块</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is declared but the body never uses it</source>
        <translation>“%1”已声明，但正文中未使用</translation>
    </message>
    <message>
        <source>the place &quot;%1&quot; is neither on every page nor in the body</source>
        <translation>签名位置“%1”既未设为每页签名，也未在正文中使用</translation>
    </message>
</context>
<context>
    <name>EvidenceIntake</name>
    <message>
        <source>Camera</source>
        <translation>摄像头拍摄</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>麦克风录音</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件导入</translation>
    </message>
    <message>
        <source>Body camera</source>
        <translation>执法记录仪</translation>
    </message>
</context>
<context>
    <name>EvidenceKind</name>
    <message>
        <source>Documentary evidence</source>
        <translation>书证</translation>
    </message>
    <message>
        <source>Physical evidence</source>
        <translation>物证</translation>
    </message>
    <message>
        <source>Audio-visual material</source>
        <translation>视听资料</translation>
    </message>
    <message>
        <source>Electronic data</source>
        <translation>电子数据</translation>
    </message>
    <message>
        <source>Witness testimony</source>
        <translation>证人证言</translation>
    </message>
    <message>
        <source>Statement of the party</source>
        <translation>当事人的陈述</translation>
    </message>
    <message>
        <source>Expert opinion</source>
        <translation>鉴定意见</translation>
    </message>
    <message>
        <source>Inspection or site record</source>
        <translation>勘验笔录、现场笔录</translation>
    </message>
</context>
<context>
    <name>EvidenceRecords</name>
    <message>
        <source>The evidence record could not be saved: %1</source>
        <translation>无法保存证据记录：%1</translation>
    </message>
</context>
<context>
    <name>EvidenceService</name>
    <message>
        <source>%1 was not added: this device has no signing key.</source>
        <translation>未添加 %1：本设备没有签名密钥。</translation>
    </message>
    <message>
        <source>%1 was not added: it belongs to no case or inspection.</source>
        <translation>未添加 %1：该文件不属于任何案件或检查。</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>未添加 %1：%2</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>FieldCase – New profile</source>
        <translation>FieldCase – 新建数据档案</translation>
    </message>
    <message>
        <source>There is no FieldCase profile in this folder yet. Enter your bureau or unit and the administrator&apos;s account to create one.</source>
        <translation>此文件夹中尚无 FieldCase 数据档案。请填写单位名称和系统管理员账号，以创建数据档案。</translation>
    </message>
    <message>
        <source>&amp;Bureau or unit:</source>
        <translation>单位名称(&amp;B)：</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;name:</source>
        <translation>系统管理员姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Create profile</source>
        <translation>创建数据档案(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Enforcement certificate number:</source>
        <translation>执法证号(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>FreeSpace</name>
    <message>
        <source>The free space on the evidence disk cannot be determined.</source>
        <translation>无法确定证据存储磁盘的可用空间。</translation>
    </message>
    <message>
        <source>Only %1 is free on the evidence disk; at least %2 is advised. The capture may stop when the disk is full.</source>
        <translation>证据存储磁盘仅剩 %1 可用空间，建议至少保留 %2。磁盘写满时采集可能中断。</translation>
    </message>
</context>
<context>
    <name>InspectionChecklist</name>
    <message>
        <source>must be lower-case letters, digits, &quot;-&quot; and &quot;_&quot;: &quot;%1&quot;</source>
        <translation>只能由小写字母、数字、“-”和“_”组成：“%1”</translation>
    </message>
    <message>
        <source>must be a violation code such as WATER-NO-PERMIT</source>
        <translation>必须是违法行为代码，如 WATER-NO-PERMIT</translation>
    </message>
    <message>
        <source>an answer that proposes a violation needs the finding</source>
        <translation>指向违法行为的答案必须写明检查情况</translation>
    </message>
    <message>
        <source>must be a violation code or null</source>
        <translation>必须是违法行为代码或 null</translation>
    </message>
    <message>
        <source>a question needs at least two answers</source>
        <translation>每个检查项至少需要两个答案</translation>
    </message>
    <message>
        <source>the answer &quot;%1&quot; is listed twice</source>
        <translation>答案“%1”重复</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected %2)</source>
        <translation>未知格式“%1”（应为 %2）</translation>
    </message>
    <message>
        <source>a checklist needs at least one question</source>
        <translation>检查表至少需要一个检查项</translation>
    </message>
    <message>
        <source>the question &quot;%1&quot; is listed twice</source>
        <translation>检查项“%1”重复</translation>
    </message>
</context>
<context>
    <name>InspectionOutcome</name>
    <message>
        <source>Not concluded</source>
        <translation>尚无结论</translation>
    </message>
    <message>
        <source>No problem found</source>
        <translation>未发现问题</translation>
    </message>
    <message>
        <source>Problems found, correction required</source>
        <translation>发现问题，责令改正</translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation>立案查处</translation>
    </message>
</context>
<context>
    <name>Inspections</name>
    <message>
        <source>The task no longer exists.</source>
        <translation>该任务已不存在。</translation>
    </message>
    <message>
        <source>The inspection of this task has already started, or the task is closed (%1).</source>
        <translation>该任务的检查已经开始，或任务已结束（%1）。</translation>
    </message>
    <message>
        <source>Only an officer assigned to the task can start its inspection.</source>
        <translation>只有被指派该任务的执法人员才能开始检查。</translation>
    </message>
    <message>
        <source>Someone else has started this task&apos;s inspection; reload the task list.</source>
        <translation>其他人员已开始该任务的检查，请重新加载任务列表。</translation>
    </message>
    <message>
        <source>The inspection no longer exists.</source>
        <translation>该检查已不存在。</translation>
    </message>
    <message>
        <source>This inspection was already completed (%1).</source>
        <translation>该检查已经完成（%1）。</translation>
    </message>
    <message>
        <source>The inspected party has not signed the site inspection record, and no refusal with a witness is recorded.</source>
        <translation>被检查人尚未在现场检查（勘察）笔录上签名，也未记录有见证人在场的拒绝签名。</translation>
    </message>
    <message>
        <source>A case opened from the inspection needs its cause.</source>
        <translation>根据检查结果立案的，须填写案由。</translation>
    </message>
    <message>
        <source>Someone else has completed this inspection; reload it.</source>
        <translation>其他人员已完成该检查，请重新加载。</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>%1: the file is missing from the evidence store.</source>
        <translation>%1：证据库中缺少该文件。</translation>
    </message>
    <message>
        <source>%1: the file has been altered since it was recorded.</source>
        <translation>%1：该文件在登记后被改动过。</translation>
    </message>
    <message>
        <source>%1: the record does not match the device&apos;s signature; it has been changed.</source>
        <translation>%1：证据记录与设备签名不符，记录已被修改。</translation>
    </message>
</context>
<context>
    <name>IntegrityDialog</name>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Altered</source>
        <translation>已被改动</translation>
    </message>
    <message>
        <source>Record changed</source>
        <translation>记录被修改</translation>
    </message>
</context>
<context>
    <name>Interviews</name>
    <message>
        <source>This interview record was confirmed and signed; it can no longer be changed.</source>
        <translation>该调查询问笔录已确认并签名，不能再修改。</translation>
    </message>
    <message>
        <source>An interview record cannot be moved to another case.</source>
        <translation>调查询问笔录不能移至其他案件。</translation>
    </message>
    <message>
        <source>An interview record belongs to a case.</source>
        <translation>调查询问笔录须属于某一案件。</translation>
    </message>
    <message>
        <source>An interview record needs the time the interview started.</source>
        <translation>调查询问笔录须填写询问开始时间。</translation>
    </message>
    <message>
        <source>The interview cannot end before it started.</source>
        <translation>询问结束时间不能早于开始时间。</translation>
    </message>
    <message>
        <source>Someone else has changed this interview record; reopen it.</source>
        <translation>其他人员已修改该调查询问笔录，请重新打开。</translation>
    </message>
    <message>
        <source>The case of this interview record no longer exists.</source>
        <translation>该调查询问笔录所属的案件已不存在。</translation>
    </message>
    <message>
        <source>At least two officers holding enforcement certificates conduct the interview.</source>
        <translation>由至少两名持有执法证的执法人员进行询问。</translation>
    </message>
    <message>
        <source>The interviewee&apos;s name.</source>
        <translation>被询问人姓名。</translation>
    </message>
    <message>
        <source>At least one question with its answer.</source>
        <translation>至少一个问题及其回答。</translation>
    </message>
    <message>
        <source>The interviewee&apos;s signature on the record, or a refusal to sign with its witness.</source>
        <translation>被询问人在笔录上的签名，或有见证人在场的拒绝签名记录。</translation>
    </message>
    <message>
        <source>The interview record no longer exists.</source>
        <translation>该调查询问笔录已不存在。</translation>
    </message>
    <message>
        <source>This interview record was already confirmed.</source>
        <translation>该调查询问笔录已经确认。</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>line %1, offset %2</source>
        <translation>第 %1 行，偏移 %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>the file must hold a JSON object</source>
        <translation>文件内容须为 JSON 对象</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>须为对象</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>须为非空文本</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>须为数字</translation>
    </message>
    <message>
        <source>must be an object with &quot;zh&quot; and &quot;en&quot; texts</source>
        <translation>须为包含“zh”和“en”文本的对象</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>须为 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>须为列表</translation>
    </message>
    <message>
        <source>is not a key of this format</source>
        <translation>不是本格式的字段</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Filter by subject name</source>
        <translation>按监管对象名称筛选</translation>
    </message>
    <message>
        <source>Name, credit code, industry or address</source>
        <translation>名称、信用代码、行业或地址</translation>
    </message>
    <message>
        <source>Case number, subject, credit code or cause</source>
        <translation>案号、监管对象、信用代码或案由</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>FieldCase is locked</source>
        <translation>FieldCase 已锁定</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>FieldCase – Sign in</source>
        <translation>FieldCase – 登录</translation>
    </message>
    <message>
        <source>FieldCase</source>
        <translation>FieldCase</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Demo accounts (this is a demo profile)</source>
        <translation>演示账号（当前为演示数据档案）</translation>
    </message>
    <message>
        <source>Select an account to fill in its login name and password.</source>
        <translation>选择一个账号，即可自动填入其登录名和密码。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
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
        <translation>设置(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Lock the window until you enter your password (Ctrl+L)</source>
        <translation>锁定窗口，输入密码后方可继续使用（Ctrl+L）</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Check evidence…</source>
        <translation>证据完整性检查(&amp;C)…</translation>
    </message>
    <message>
        <source>Re-read every evidence file and check its fingerprint and signature</source>
        <translation>重新读取每个证据文件，并校验其指纹和签名</translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translation>同步(&amp;Y)…</translation>
    </message>
    <message>
        <source>Send your work to the bureau and receive what others did</source>
        <translation>将您的工作发送到局端，并接收他人的更新</translation>
    </message>
</context>
<context>
    <name>MediaProbe</name>
    <message>
        <source>No preview: no picture could be decoded from the video.</source>
        <translation>无预览：无法从视频中解码出画面。</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>无预览：%1</translation>
    </message>
    <message>
        <source>The picture cannot be read: %1</source>
        <translation>无法读取图片：%1</translation>
    </message>
    <message>
        <source>No preview: video decoding is not available on this computer.</source>
        <translation>无预览：本机不支持视频解码。</translation>
    </message>
    <message>
        <source>The file cannot be found.</source>
        <translation>找不到该文件。</translation>
    </message>
    <message>
        <source>Sound recordings have no picture.</source>
        <translation>录音没有画面。</translation>
    </message>
    <message>
        <source>Not a picture, video or sound recording.</source>
        <translation>不是图片、视频或录音文件。</translation>
    </message>
</context>
<context>
    <name>PdfRenderer</name>
    <message>
        <source>The number %1 does not have the form of a %2 (%3).</source>
        <translation>文书编号 %1 不符合%2的编号格式（%3）。</translation>
    </message>
    <message>
        <source>The PDF writer could not start.</source>
        <translation>PDF 生成器未能启动。</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>未能完成 PDF 文件的生成。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The %1 is incomplete: %2.</source>
        <translation>%1内容不完整，缺少：%2。</translation>
    </message>
</context>
<context>
    <name>PenaltyKind</name>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>罚款</translation>
    </message>
    <message>
        <source>confiscation of illegal gains or property</source>
        <translation>没收违法所得、没收非法财物</translation>
    </message>
    <message>
        <source>lowering of the qualification grade</source>
        <translation>降低资质等级</translation>
    </message>
    <message>
        <source>revocation of the permit</source>
        <translation>吊销许可证件</translation>
    </message>
    <message>
        <source>suspension of production</source>
        <translation>责令停产整治、责令停产停业</translation>
    </message>
    <message>
        <source>closing down</source>
        <translation>责令关闭</translation>
    </message>
    <message>
        <source>restriction of practice</source>
        <translation>限制从业</translation>
    </message>
    <message>
        <source>transfer to the police for administrative detention</source>
        <translation>移送公安机关行政拘留</translation>
    </message>
</context>
<context>
    <name>PositionSourceConfig</name>
    <message>
        <source>No serial port is set for the GPS receiver.</source>
        <translation>未设置 GPS 接收机的串口。</translation>
    </message>
    <message>
        <source>The NMEA network address &quot;%1&quot; is not of the form host:port.</source>
        <translation>NMEA 网络地址“%1”不符合“主机:端口”格式。</translation>
    </message>
    <message>
        <source>The NMEA file &quot;%1&quot; does not exist.</source>
        <translation>NMEA 文件“%1”不存在。</translation>
    </message>
</context>
<context>
    <name>Procedure</name>
    <message>
        <source>The defence window ends on %1; wait until then or record the party&apos;s written waiver.</source>
        <translation>陈述申辩期限至 %1 届满；请待期限届满后办理，或登记当事人书面放弃陈述申辩的情况。</translation>
    </message>
    <message>
        <source>The party may request a hearing until %1; wait until then or record the party&apos;s written waiver.</source>
        <translation>当事人申请听证的期限至 %1 届满；请待期限届满后办理，或登记当事人书面放弃听证的情况。</translation>
    </message>
    <message>
        <source>The advance notice (事先告知书) has not been served.</source>
        <translation>行政处罚事先（听证）告知书尚未送达。</translation>
    </message>
    <message>
        <source>The officers have not declared that they have no conflict of interest in the case (recusal).</source>
        <translation>执法人员尚未声明与本案无利害关系（回避）。</translation>
    </message>
    <message>
        <source>The case has no evidence.</source>
        <translation>本案尚无证据。</translation>
    </message>
    <message>
        <source>The case records no violation.</source>
        <translation>本案尚未记录违法行为。</translation>
    </message>
    <message>
        <source>Write in the comment why the lead is returned.</source>
        <translation>请在意见中写明退回线索的理由。</translation>
    </message>
    <message>
        <source>Write in the comment what must still be investigated.</source>
        <translation>请在意见中写明需要补充调查的事项。</translation>
    </message>
    <message>
        <source>Write in the comment why the case is withdrawn.</source>
        <translation>请在意见中写明销案理由。</translation>
    </message>
    <message>
        <source>The case has no investigation record (site inspection record, interview record or another record).</source>
        <translation>本案尚无调查取证笔录（现场检查（勘察）笔录、调查询问笔录或其他笔录）。</translation>
    </message>
    <message numerus="yes">
        <source>The site inspection record “%1” has %n certified officer(s); at least two are required.</source>
        <translation>
            <numerusform>%1中持有执法证的执法人员为 %n 名，至少应为两名。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The interview record “%1” has %n certified officer(s); at least two are required.</source>
        <translation>
            <numerusform>%1中持有执法证的执法人员为 %n 名，至少应为两名。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of evidence have not been verified; verify them before the decision is signed.</source>
        <translation>
            <numerusform>有 %n 项证据尚未校验，请在签发决定书前完成校验。</numerusform>
        </translation>
    </message>
    <message>
        <source>No discretion result (the recommended penalty) has been saved for the case.</source>
        <translation>本案尚未保存处罚裁量结果（建议的处罚）。</translation>
    </message>
    <message>
        <source>The party has no right to a hearing: the fine of %1 yuan is below the threshold of %2 yuan for an individual, and no penalty that gives a hearing is intended.</source>
        <translation>当事人不享有听证权利：罚款 %1 元低于对公民的听证标准 %2 元，且未拟作出其他可以要求听证的处罚。</translation>
    </message>
    <message>
        <source>The party has no right to a hearing: the fine of %1 yuan is below the threshold of %2 yuan for an organisation, and no penalty that gives a hearing is intended.</source>
        <translation>当事人不享有听证权利：罚款 %1 元低于对法人或者其他组织的听证标准 %2 元，且未拟作出其他可以要求听证的处罚。</translation>
    </message>
    <message numerus="yes">
        <source>The time to request a hearing ended on %1 (%n day(s) after the notice was served).</source>
        <translation>
            <numerusform>申请听证的期限已于 %1 届满（告知书送达后 %n 日）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The party has requested a hearing: record the request instead of closing statement and defence.</source>
        <translation>当事人已申请听证：请登记听证申请，而不是结束陈述申辩。</translation>
    </message>
    <message>
        <source>The hearing has not been recorded as held (听证笔录).</source>
        <translation>尚未登记听证已举行（听证笔录）。</translation>
    </message>
    <message>
        <source>Execution has not been recorded as complete (payment or enforcement).</source>
        <translation>尚未登记执行完毕（缴纳罚款或强制执行）。</translation>
    </message>
    <message>
        <source>Legal review (法制审核) is required: the fine of %1 yuan reaches the threshold of %2 yuan.</source>
        <translation>须进行法制审核：罚款 %1 元已达到 %2 元的法制审核标准。</translation>
    </message>
    <message>
        <source>Legal review (法制审核) is required: the intended penalty “%1” is on the bureau&apos;s list for legal review.</source>
        <translation>须进行法制审核：拟作出的“%1”属于本单位规定须经法制审核的处罚种类。</translation>
    </message>
    <message>
        <source>Legal review (法制审核) is required: a hearing was held.</source>
        <translation>须进行法制审核：本案已举行听证。</translation>
    </message>
    <message>
        <source>Collective discussion (集体讨论) is required: the fine of %1 yuan reaches the threshold of %2 yuan.</source>
        <translation>须经集体讨论：罚款 %1 元已达到 %2 元的集体讨论标准。</translation>
    </message>
    <message>
        <source>Collective discussion (集体讨论) is required: the intended penalty “%1” is on the bureau&apos;s list for collective discussion.</source>
        <translation>须经集体讨论：拟作出的“%1”属于本单位规定须经集体讨论的处罚种类。</translation>
    </message>
    <message>
        <source>“%1” is for the role: %2.</source>
        <translation>“%1”只能由以下角色办理：%2。</translation>
    </message>
    <message>
        <source>The case is in the state “%1”; “%2” is possible only in: %3.</source>
        <translation>案件当前处于“%1”状态；“%2”仅可在以下状态办理：%3。</translation>
    </message>
    <message>
        <source>The findings are empty; write what was found, or that nothing was found.</source>
        <translation>检查情况为空；请写明检查发现的情况，或写明未发现问题。</translation>
    </message>
    <message>
        <source>Choose the outcome: no problem found, correction required, or open a case.</source>
        <translation>请选择检查结论：未发现问题、责令改正或立案查处。</translation>
    </message>
    <message>
        <source>The start time of the inspection is missing.</source>
        <translation>缺少检查开始时间。</translation>
    </message>
    <message>
        <source>The end time of the inspection is missing.</source>
        <translation>缺少检查结束时间。</translation>
    </message>
    <message>
        <source>The end time %1 is not after the start time %2.</source>
        <translation>检查结束时间 %1 应晚于开始时间 %2。</translation>
    </message>
    <message numerus="yes">
        <source>The inspection lists %n officer(s) with a certificate number; at least two are required.</source>
        <translation>
            <numerusform>本次检查登记的持有执法证的执法人员为 %n 名，至少应为两名。</numerusform>
        </translation>
    </message>
    <message>
        <source>The legal review opinion (法制审核意见) has not been recorded.</source>
        <translation>尚未登记法制审核意见。</translation>
    </message>
    <message>
        <source>The record of the collective discussion (集体讨论记录) has not been made.</source>
        <translation>尚未制作集体讨论记录。</translation>
    </message>
    <message>
        <source>How and when the decision was served (送达回证) has not been recorded.</source>
        <translation>尚未登记处罚决定书的送达方式和送达时间（送达回证）。</translation>
    </message>
</context>
<context>
    <name>ProcedureStepDialog</name>
    <message>
        <source>Procedure step</source>
        <translation>办案环节</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>办理条件：</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>意见(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>%1 does not contain a FieldCase profile.</source>
        <translation>%1 中没有 FieldCase 数据档案。</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be created.</source>
        <translation>无法创建数据档案文件夹 %1。</translation>
    </message>
    <message>
        <source>The profile %1 is already open in another FieldCase window (process %2 on %3).</source>
        <translation>数据档案 %1 已在另一个 FieldCase 窗口中打开（计算机 %3 上的进程 %2）。</translation>
    </message>
    <message>
        <source>The profile %1 cannot be locked: the folder is not writable.</source>
        <translation>无法锁定数据档案 %1 以独占使用：该文件夹不可写入。</translation>
    </message>
</context>
<context>
    <name>ProfileErrorDialog</name>
    <message>
        <source>FieldCase – Profile cannot be opened</source>
        <translation>FieldCase – 无法打开数据档案</translation>
    </message>
    <message>
        <source>This profile cannot be opened. Its files have not been changed.</source>
        <translation>无法打开此数据档案。其中的文件未作任何改动。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Open another profile…</source>
        <translation>打开其他数据档案(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>PulledRecords</name>
    <message>
        <source>&quot;%1&quot; is not a valid %2.</source>
        <translation>“%1”不是有效的%2。</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>缺少字段“%1”</translation>
    </message>
    <message>
        <source>the conflict does not name its record and field</source>
        <translation>该冲突未指明记录和字段</translation>
    </message>
    <message>
        <source>the signed evidence record cannot be read</source>
        <translation>无法读取已签名的证据记录</translation>
    </message>
    <message>
        <source>the evidence record has no signature</source>
        <translation>该证据记录没有签名</translation>
    </message>
    <message>
        <source>The bureau sent another signing key for device %1 (%2) than the one this device knows; the known key is kept.</source>
        <translation>局端发送的设备 %1（%2）签名密钥与本设备已知的不同，已保留已知密钥。</translation>
    </message>
    <message>
        <source>The discretion standard %1 was refused: the bureau sent it without a signature.</source>
        <translation>已拒收裁量基准 %1：局端发送时未附签名。</translation>
    </message>
    <message>
        <source>The discretion standard %1 was refused: its content does not match its hash.</source>
        <translation>已拒收裁量基准 %1：其内容与哈希值不符。</translation>
    </message>
    <message>
        <source>the signed sign-off record cannot be read</source>
        <translation>无法读取已签名的审批签署记录</translation>
    </message>
    <message>
        <source>the sign-off has no signature</source>
        <translation>审批签署记录没有签名</translation>
    </message>
</context>
<context>
    <name>RecordingJournal</name>
    <message>
        <source>No interrupted recording is waiting for a reason.</source>
        <translation>没有待说明原因的中断录制。</translation>
    </message>
    <message>
        <source>Say why the recording was interrupted.</source>
        <translation>请说明录制中断的原因。</translation>
    </message>
    <message>
        <source>Recording interrupted; the part recorded before the interruption. Reason given: %1</source>
        <translation>录制中断，此为中断前已录制的部分。中断原因：%1</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Inspector</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Legal reviewer</source>
        <translation>法制审核人员</translation>
    </message>
    <message>
        <source>Evidence clerk</source>
        <translation>案卷管理人员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Subject name, credit code, case number or cause</source>
        <translation>监管对象名称、信用代码、案号或案由</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The system secret store did not answer: %1</source>
        <translation>系统密钥库无响应：%1</translation>
    </message>
    <message>
        <source>The system secret store did not answer.</source>
        <translation>系统密钥库无响应。</translation>
    </message>
</context>
<context>
    <name>Seeder</name>
    <message>
        <source>The profile has no certified officers to lead cases.</source>
        <translation>数据档案中没有持有执法证的人员，无人可担任案件主办人员。</translation>
    </message>
    <message>
        <source>Cases need at least one subject.</source>
        <translation>生成案件至少需要一个监管对象。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Display:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>&amp;High contrast (for sunlight)</source>
        <translation>高对比度（强光下使用）(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Tablet mode (larger text and buttons)</source>
        <translation>平板模式（放大文字和按钮）(&amp;T)</translation>
    </message>
    <message>
        <source>Lock after &amp;idle time:</source>
        <translation>空闲自动锁定(&amp;I)：</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>定位</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>定位来源(&amp;S)：</translation>
    </message>
    <message>
        <source>Serial &amp;port:</source>
        <translation>串口(&amp;P)：</translation>
    </message>
    <message>
        <source>/dev/ttyUSB0 or COM3</source>
        <translation>/dev/ttyUSB0 或 COM3</translation>
    </message>
    <message>
        <source>Network &amp;address:</source>
        <translation>网络地址(&amp;A)：</translation>
    </message>
    <message>
        <source>host:port, e.g. 127.0.0.1:2947</source>
        <translation>主机:端口，如 127.0.0.1:2947</translation>
    </message>
    <message>
        <source>NMEA &amp;file:</source>
        <translation>NMEA 文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Check-in &amp;radius:</source>
        <translation>签到半径(&amp;R)：</translation>
    </message>
    <message>
        <source> m</source>
        <translation> 米</translation>
    </message>
    <message>
        <source>Document numbers</source>
        <translation>文书编号</translation>
    </message>
    <message>
        <source>&amp;Agency short name:</source>
        <translation>机关简称(&amp;A)：</translation>
    </message>
    <message>
        <source>e.g. 宁江</source>
        <translation>如：宁江</translation>
    </message>
    <message>
        <source>Number &amp;pattern:</source>
        <translation>编号格式(&amp;P)：</translation>
    </message>
    <message>
        <source>Correction orders (责改):</source>
        <translation>责令改正决定书（责改）：</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Penalty decisions (罚决):</source>
        <translation>行政处罚决定书（罚决）：</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>办案程序</translation>
    </message>
    <message>
        <source>Only a team leader or an administrator can change these.</source>
        <translation>只有负责人或系统管理员可以修改以下设置。</translation>
    </message>
    <message>
        <source>Hearing from a fine of (organisation):</source>
        <translation>听证标准（对法人或者其他组织罚款）：</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>Hearing from a fine of (individual):</source>
        <translation>听证标准（对公民罚款）：</translation>
    </message>
    <message>
        <source>&amp;Legal review from a fine of:</source>
        <translation>法制审核标准（罚款）(&amp;L)：</translation>
    </message>
    <message>
        <source>Legal review after every &amp;hearing</source>
        <translation>举行听证的案件均须法制审核(&amp;H)</translation>
    </message>
    <message>
        <source>Collective discussion from a fine of:</source>
        <translation>集体讨论标准（罚款）：</translation>
    </message>
    <message>
        <source>Statement and defence within:</source>
        <translation>陈述申辩期限：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Hearing request within:</source>
        <translation>申请听证期限：</translation>
    </message>
    <message>
        <source>Advance notices (罚告):</source>
        <translation>行政处罚事先（听证）告知书（罚告）：</translation>
    </message>
    <message>
        <source>Seal-up decisions (查封):</source>
        <translation>查封（扣押）决定书（查封）：</translation>
    </message>
</context>
<context>
    <name>ShippedData</name>
    <message>
        <source>The trusted bureau keys could not be read: %1</source>
        <translation>无法读取受信任的生态环境部门密钥：%1</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;name:</source>
        <translation>签名人姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Full name as on the identity document</source>
        <translation>与身份证件一致的姓名</translation>
    </message>
    <message>
        <source>Refusal to sign</source>
        <translation>拒绝签名</translation>
    </message>
    <message>
        <source>The signer refused to sign. A witness confirms the refusal, and the note says how it was recorded.</source>
        <translation>签名人拒绝签名。由见证人确认拒绝签名的情况，并在备注中说明记录方式。</translation>
    </message>
    <message>
        <source>&amp;Witness:</source>
        <translation>见证人(&amp;W)：</translation>
    </message>
    <message>
        <source>Full name of the witness</source>
        <translation>见证人姓名</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>How the refusal was recorded, e.g. on the body camera, and the reason the signer gave</source>
        <translation>拒绝签名情况的记录方式（如执法记录仪录像）及签名人所述理由</translation>
    </message>
    <message>
        <source>Signer &amp;refused to sign</source>
        <translation>签名人拒绝签名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo stroke</source>
        <translation>撤销笔画(&amp;U)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
</context>
<context>
    <name>Signatures</name>
    <message>
        <source>A refusal to sign needs the name of the witness who saw it.</source>
        <translation>拒绝签名的，须填写在场见证人的姓名。</translation>
    </message>
    <message>
        <source>A signature needs the signer&apos;s name and the signature.</source>
        <translation>签名须包括签名人姓名和签名笔迹。</translation>
    </message>
    <message>
        <source>The signature image changed after it was taken; take the signature again.</source>
        <translation>签名图像在采集后发生了变化，请重新签名。</translation>
    </message>
</context>
<context>
    <name>StampedCopy</name>
    <message>
        <source>Time of capture unknown</source>
        <translation>拍摄时间不详</translation>
    </message>
    <message>
        <source>Taken %1 %2</source>
        <translation>拍摄时间：%1 %2</translation>
    </message>
    <message>
        <source>No position</source>
        <translation>无定位信息</translation>
    </message>
    <message>
        <source>%1°N</source>
        <translation>北纬 %1°</translation>
    </message>
    <message>
        <source>%1°S</source>
        <translation>南纬 %1°</translation>
    </message>
    <message>
        <source>%1°E</source>
        <translation>东经 %1°</translation>
    </message>
    <message>
        <source>%1°W</source>
        <translation>西经 %1°</translation>
    </message>
    <message>
        <source>±%1 m</source>
        <translation>±%1 米</translation>
    </message>
    <message>
        <source>accuracy unknown</source>
        <translation>精度不详</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1，%2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>STALE: fix %n s old</source>
        <translation>
            <numerusform>定位已过时：%n 秒前</numerusform>
        </translation>
    </message>
    <message>
        <source>POOR ACCURACY</source>
        <translation>定位精度差</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1【%2】</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Officers: %1</source>
        <translation>执法人员：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>案件：%1</translation>
    </message>
    <message>
        <source>%1 cannot be read as a picture: %2</source>
        <translation>无法将 %1 作为图片读取：%2</translation>
    </message>
    <message>
        <source>A stamped copy may not replace the original %1.</source>
        <translation>水印副本不得覆盖原始文件 %1。</translation>
    </message>
    <message>
        <source>%1: stamped copies are saved as JPEG or PNG.</source>
        <translation>%1：水印副本只能保存为 JPEG 或 PNG 格式。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The case database refused the change: %1</source>
        <translation>案件数据库拒绝了本次修改：%1</translation>
    </message>
    <message>
        <source>The case database is busy: %1</source>
        <translation>案件数据库正忙：%1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>无法保存修改：%1</translation>
    </message>
    <message>
        <source>The change was interrupted.</source>
        <translation>修改过程被中断，未予保存。</translation>
    </message>
</context>
<context>
    <name>SubjectClass</name>
    <message>
        <source>Key discharger</source>
        <translation>重点排污单位</translation>
    </message>
    <message>
        <source>General discharger</source>
        <translation>一般排污单位</translation>
    </message>
    <message>
        <source>Special supervision</source>
        <translation>特殊监管对象</translation>
    </message>
</context>
<context>
    <name>Subjects</name>
    <message>
        <source>The subject needs a name.</source>
        <translation>请填写监管对象名称。</translation>
    </message>
    <message>
        <source>The position is outside the valid range of latitude and longitude.</source>
        <translation>位置坐标超出有效的经纬度范围。</translation>
    </message>
    <message>
        <source>A subject with the credit code %1 is already registered.</source>
        <translation>统一社会信用代码为 %1 的监管对象已登记。</translation>
    </message>
    <message>
        <source>The subject no longer exists.</source>
        <translation>该监管对象已不存在。</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Regulated subject</source>
        <translation>监管对象</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Inspection task</source>
        <translation>检查任务</translation>
    </message>
    <message>
        <source>On-site inspection</source>
        <translation>现场检查</translation>
    </message>
    <message>
        <source>Interview record</source>
        <translation>询问笔录</translation>
    </message>
    <message>
        <source>Document draft</source>
        <translation>文书草稿</translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <source>The bureau cannot be reached. Check the network connection.</source>
        <translation>无法连接局端服务器，请检查网络连接。</translation>
    </message>
    <message>
        <source>The bureau did not answer in time.</source>
        <translation>局端服务器未及时响应。</translation>
    </message>
    <message>
        <source>The server is not the bureau this device was enrolled with: its certificate does not match. Nothing was sent.</source>
        <translation>该服务器不是本设备注册的局端：证书不匹配。未发送任何数据。</translation>
    </message>
    <message>
        <source>The bureau answered something that is not a valid reply. Nothing was changed.</source>
        <translation>局端返回的不是有效应答，未作任何更改。</translation>
    </message>
    <message>
        <source>The bureau&apos;s server failed. It will be tried again.</source>
        <translation>局端服务器出错，稍后将重试。</translation>
    </message>
    <message>
        <source>The bureau speaks another version of the sync protocol. Update FieldCase.</source>
        <translation>局端使用的同步协议版本不同，请更新 FieldCase。</translation>
    </message>
    <message>
        <source>A different bureau answers at this address.</source>
        <translation>该地址上应答的是另一个局端。</translation>
    </message>
    <message>
        <source>This device is not enrolled with a bureau.</source>
        <translation>本设备尚未在局端注册。</translation>
    </message>
    <message>
        <source>The synchronised data could not be saved on this device.</source>
        <translation>同步的数据无法保存到本设备。</translation>
    </message>
    <message>
        <source>An evidence file is missing from this device&apos;s vault.</source>
        <translation>本设备证据库中缺少一个证据文件。</translation>
    </message>
    <message>
        <source>Synchronisation was cancelled.</source>
        <translation>同步已取消。</translation>
    </message>
    <message>
        <source>The bureau did not understand the request.</source>
        <translation>局端无法识别该请求。</translation>
    </message>
    <message>
        <source>Sign in again: the bureau did not accept the login or the session has expired.</source>
        <translation>请重新登录：局端未接受登录，或会话已过期。</translation>
    </message>
    <message>
        <source>The bureau has revoked this device.</source>
        <translation>局端已注销本设备。</translation>
    </message>
    <message>
        <source>Your role does not allow this at the bureau.</source>
        <translation>您的角色在局端无权执行此操作。</translation>
    </message>
    <message>
        <source>The bureau does not know this address.</source>
        <translation>局端不认识该地址。</translation>
    </message>
    <message>
        <source>The bureau is missing earlier changes of this device. Contact the administrator.</source>
        <translation>局端缺少本设备较早的更改，请联系管理员。</translation>
    </message>
    <message>
        <source>The enrolment code was already used or has expired.</source>
        <translation>注册码已被使用或已过期。</translation>
    </message>
    <message>
        <source>The request is too large for the bureau.</source>
        <translation>请求过大，局端拒绝接收。</translation>
    </message>
    <message>
        <source>The bureau refused a request without length.</source>
        <translation>局端拒绝了未标明长度的请求。</translation>
    </message>
    <message>
        <source>A file arrived damaged at the bureau.</source>
        <translation>文件到达局端时已损坏。</translation>
    </message>
    <message>
        <source>The bureau refused the request (%1).</source>
        <translation>局端拒绝了该请求（%1）。</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>The case database refused the change: %1</source>
        <translation>案件数据库拒绝了此更改：%1</translation>
    </message>
    <message>
        <source>The bureau&apos;s %1 %2 could not be saved on this device: %3</source>
        <translation>局端的%1 %2 无法保存到本设备：%3</translation>
    </message>
    <message>
        <source>The case database is busy: %1</source>
        <translation>案件数据库正忙：%1</translation>
    </message>
    <message>
        <source>The bureau answered for change %1, which this device did not send.</source>
        <translation>局端对更改 %1 作出了应答，但本设备并未发送该更改。</translation>
    </message>
    <message>
        <source>The conflict no longer exists.</source>
        <translation>该冲突已不存在。</translation>
    </message>
    <message>
        <source>The conflict was already resolved.</source>
        <translation>该冲突已处理。</translation>
    </message>
    <message>
        <source>The chosen value could not be saved: %1</source>
        <translation>所选的值无法保存：%1</translation>
    </message>
    <message>
        <source>it names a record this device does not have</source>
        <translation>它引用了本设备上没有的记录</translation>
    </message>
    <message>
        <source>The bureau sent no password verifier for offline sign-in.</source>
        <translation>局端未发送用于离线登录的密码校验信息。</translation>
    </message>
</context>
<context>
    <name>TaskSource</name>
    <message>
        <source>Random draw</source>
        <translation>双随机抽查</translation>
    </message>
    <message>
        <source>Annual plan</source>
        <translation>年度计划</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>信访投诉</translation>
    </message>
    <message>
        <source>Transfer from another department</source>
        <translation>部门移送</translation>
    </message>
    <message>
        <source>Follow-up inspection</source>
        <translation>复查</translation>
    </message>
</context>
<context>
    <name>TaskState</name>
    <message>
        <source>Assigned</source>
        <translation>已下达</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>The bureau server cannot be reached. The transfer continues when the connection is back.</source>
        <translation>无法连接局端服务器，连接恢复后将继续传输。</translation>
    </message>
    <message>
        <source>The server is not the bureau this device was enrolled with (its certificate does not match). Nothing was sent.</source>
        <translation>该服务器不是本设备注册的局端（证书不匹配）。未发送任何数据。</translation>
    </message>
    <message>
        <source>The bureau did not accept the sign-in. Please sign in again.</source>
        <translation>局端未接受登录，请重新登录。</translation>
    </message>
    <message>
        <source>The bureau has revoked this device.</source>
        <translation>局端已注销本设备。</translation>
    </message>
    <message>
        <source>The file on this device cannot be read or written.</source>
        <translation>无法读写本设备上的文件。</translation>
    </message>
    <message>
        <source>The file on this device no longer matches its recorded fingerprint.</source>
        <translation>本设备上的文件与登记的指纹不再一致。</translation>
    </message>
    <message>
        <source>The bureau server refused the transfer.</source>
        <translation>局端服务器拒绝了该传输。</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>The disk is full.</source>
        <translation>磁盘已满。</translation>
    </message>
    <message>
        <source>The evidence store could not be written: %1</source>
        <translation>无法写入证据库：%1</translation>
    </message>
    <message>
        <source>The evidence store folder %1 cannot be created.</source>
        <translation>无法创建证据库文件夹 %1。</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
</context>
<context>
    <name>fieldcase-cli</name>
    <message>
        <source>%1 is a demo profile already.</source>
        <translation>%1 已是演示数据档案。</translation>
    </message>
    <message>
        <source>Demo profile created in %1</source>
        <translation>已在 %1 中创建演示数据档案</translation>
    </message>
    <message>
        <source>Counts must not be negative.</source>
        <translation>数量不能为负数。</translation>
    </message>
    <message>
        <source>The profile directory.</source>
        <translation>数据档案目录。</translation>
    </message>
    <message>
        <source>seed: fill the profile with the demo data and accounts.</source>
        <translation>seed：向数据档案写入演示数据和演示账号。</translation>
    </message>
    <message>
        <source>seed: how many subjects to add.</source>
        <translation>seed：要添加的监管对象数量。</translation>
    </message>
    <message>
        <source>seed: how many cases to add.</source>
        <translation>seed：要添加的案件数量。</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>Added subjects: %1, cases: %2 (%3 s).</source>
        <translation>已添加监管对象 %1 个、案件 %2 件（用时 %3 秒）。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>No trusted keys in %1</source>
        <translation>%1 中没有受信任的密钥</translation>
    </message>
    <message>
        <source>%1 is not a valid pack: %2</source>
        <translation>%1 不是有效的裁量基准：%2</translation>
    </message>
    <message>
        <source>%1 is refused: %2</source>
        <translation>%1 未被接受：%2</translation>
    </message>
    <message>
        <source>The key file does not hold an Ed25519 secret key.</source>
        <translation>密钥文件中不是 Ed25519 私钥。</translation>
    </message>
    <message>
        <source>Signed %1 (sha256 %2)</source>
        <translation>已签名 %1（sha256 %2）</translation>
    </message>
    <message>
        <source>%1: standard %2 version %3, %4 violation(s), signature valid, sha256 %5</source>
        <translation>%1：裁量基准 %2 第 %3 版，共 %4 项违法行为，签名有效，sha256 %5</translation>
    </message>
    <message>
        <source>--answers must be a JSON object: %1</source>
        <translation>--answers 须为 JSON 对象：%1</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD.</source>
        <translation>日期格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>discretion: the standard pack (its signature is FILE.sig).</source>
        <translation>discretion：裁量基准文件（签名文件为 FILE.sig）。</translation>
    </message>
    <message>
        <source>discretion: the violation code.</source>
        <translation>discretion：违法行为编码。</translation>
    </message>
    <message>
        <source>discretion: the answers as JSON.</source>
        <translation>discretion：以 JSON 表示的裁量情节答案。</translation>
    </message>
    <message>
        <source>discretion: when the act began.</source>
        <translation>discretion：违法行为开始日期。</translation>
    </message>
    <message>
        <source>discretion: when the act ended.</source>
        <translation>discretion：违法行为终了日期。</translation>
    </message>
    <message>
        <source>discretion: the decision date (default: today).</source>
        <translation>discretion：决定日期（默认：今天）。</translation>
    </message>
    <message>
        <source>discretion: validate a pack and its signature.</source>
        <translation>discretion：校验裁量基准文件及其签名。</translation>
    </message>
    <message>
        <source>discretion: trusted bureau keys (default: the shipped ones).</source>
        <translation>discretion：受信任的发布机关密钥（默认：随程序提供的密钥）。</translation>
    </message>
    <message>
        <source>discretion: sign a pack (writes FILE.sig) with --key and --key-id.</source>
        <translation>discretion：用 --key 和 --key-id 为裁量基准签名（生成 FILE.sig）。</translation>
    </message>
    <message>
        <source>discretion: the secret signing key file.</source>
        <translation>discretion：签名私钥文件。</translation>
    </message>
    <message>
        <source>discretion: the signing key&apos;s id.</source>
        <translation>discretion：签名密钥的标识。</translation>
    </message>
    <message>
        <source>discretion: make a signing key; prints its trusted-key entry.</source>
        <translation>discretion：生成签名密钥，并输出其受信任密钥条目。</translation>
    </message>
    <message>
        <source>discretion: the bureau named in a new key&apos;s entry.</source>
        <translation>discretion：新密钥条目中的发布机关名称。</translation>
    </message>
    <message>
        <source>discretion needs --pack FILE --violation CODE --answers JSON, or --check-pack FILE, --sign-pack FILE or --new-key FILE.</source>
        <translation>discretion 需要 --pack FILE --violation CODE --answers JSON，或 --check-pack FILE、--sign-pack FILE、--new-key FILE 之一。</translation>
    </message>
    <message>
        <source>document: the kind of document (site_inspection, penalty_decision…).</source>
        <translation>document：文书种类（site_inspection、penalty_decision 等）。</translation>
    </message>
    <message>
        <source>document: the PDF to write.</source>
        <translation>document：要生成的 PDF 文件。</translation>
    </message>
    <message>
        <source>document: the name of the issuing agency.</source>
        <translation>document：制作文书的行政机关名称。</translation>
    </message>
    <message>
        <source>Use: document --profile DIR --case CASE --kind KIND --out FILE.pdf [--agency NAME]</source>
        <translation>用法：document --profile DIR --case CASE --kind KIND --out FILE.pdf [--agency NAME]</translation>
    </message>
    <message>
        <source>Unknown document kind %1. The kinds are: %2</source>
        <translation>未知的文书种类 %1。可用的种类：%2</translation>
    </message>
    <message>
        <source>The template of %1 is broken.</source>
        <translation>%1 的文书模板已损坏。</translation>
    </message>
    <message>
        <source>No case %1 in this profile.</source>
        <translation>此数据档案中没有案件 %1。</translation>
    </message>
    <message>
        <source>The document is incomplete; nothing was written. Missing:</source>
        <translation>文书内容不完整，未生成文件。缺少：</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>已生成 %1（共 %n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>evidence import needs --case.</source>
        <translation>evidence import 需要 --case 参数。</translation>
    </message>
    <message>
        <source>No user %1 in this profile.</source>
        <translation>此数据档案中没有用户 %1。</translation>
    </message>
    <message>
        <source>No files to import.</source>
        <translation>没有可导入的文件。</translation>
    </message>
    <message>
        <source>added %1  %2</source>
        <translation>已添加 %1  %2</translation>
    </message>
    <message>
        <source>already in the case, skipped: %1</source>
        <translation>已在案件中，跳过：%1</translation>
    </message>
    <message>
        <source>NOT imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <source>Imported %1, skipped %2 duplicates, %3 failed.</source>
        <translation>已导入 %1 个，跳过重复 %2 个，失败 %3 个。</translation>
    </message>
    <message>
        <source>All %1 evidence items are intact.</source>
        <translation>全部 %1 项证据完好。</translation>
    </message>
    <message>
        <source>%1 of %2 evidence items are missing or altered; cases affected: %3.</source>
        <translation>%2 项证据中有 %1 项缺失或被改动；涉及案件：%3。</translation>
    </message>
    <message>
        <source>evidence import: the case (its number or id).</source>
        <translation>evidence import：案件（案号或 ID）。</translation>
    </message>
    <message>
        <source>evidence import: the login of the officer importing.</source>
        <translation>evidence import：导入证据的执法人员的登录名。</translation>
    </message>
    <message>
        <source>evidence import: the files come from a body camera.</source>
        <translation>evidence import：文件来自执法记录仪。</translation>
    </message>
    <message>
        <source>evidence import: where the files come from (drive, camera).</source>
        <translation>evidence import：文件来源（存储设备、相机等）。</translation>
    </message>
    <message>
        <source>evidence import: a description for every file.</source>
        <translation>evidence import：每个文件的证据说明。</translation>
    </message>
    <message>
        <source>Use: evidence import --profile DIR --case CASE FILE... | evidence verify --profile DIR</source>
        <translation>用法：evidence import --profile DIR --case CASE FILE... | evidence verify --profile DIR</translation>
    </message>
    <message>
        <source>FieldCase headless commands: seed, audit-verify, discretion, evidence, document</source>
        <translation>FieldCase 命令行工具：seed、audit-verify、discretion、evidence、document</translation>
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
        <translation>未连接麦克风。</translation>
    </message>
    <message>
        <source>No camera is connected.</source>
        <translation>未连接摄像头。</translation>
    </message>
    <message>
        <source>The camera is starting.</source>
        <translation>摄像头正在启动。</translation>
    </message>
    <message>
        <source>This computer cannot take photos with this camera.</source>
        <translation>本机无法使用该摄像头拍照。</translation>
    </message>
    <message>
        <source>The camera is not ready yet.</source>
        <translation>摄像头尚未就绪。</translation>
    </message>
    <message>
        <source>This computer cannot record: the media system has no recorder. Install the GStreamer plugins (good and bad).</source>
        <translation>本机无法录制：多媒体系统中没有录制组件。请安装 GStreamer 插件（good 和 bad）。</translation>
    </message>
    <message>
        <source>The camera %1 stopped working.</source>
        <translation>摄像头 %1 已停止工作。</translation>
    </message>
    <message>
        <source>The camera was not ready; the photo was not taken.</source>
        <translation>摄像头未就绪，未能拍照。</translation>
    </message>
    <message>
        <source>The disk is full; the photo was not saved.</source>
        <translation>磁盘已满，照片未保存。</translation>
    </message>
    <message>
        <source>The camera could not take the photo.</source>
        <translation>摄像头未能拍照。</translation>
    </message>
    <message>
        <source>The camera cannot save photos in this format.</source>
        <translation>摄像头无法以此格式保存照片。</translation>
    </message>
    <message>
        <source>The microphone stopped working.</source>
        <translation>麦克风已停止工作。</translation>
    </message>
    <message>
        <source>The camera or the microphone stopped working.</source>
        <translation>摄像头或麦克风已停止工作。</translation>
    </message>
    <message>
        <source>This computer cannot record in the chosen format.</source>
        <translation>本机无法以所选格式录制。</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>磁盘已满。</translation>
    </message>
    <message>
        <source>The recording cannot be written to %1.</source>
        <translation>无法将录制内容写入 %1。</translation>
    </message>
</context>
<context>
    <name>fieldcase::evidence::PositionService</name>
    <message>
        <source>Cannot open the serial port %1. Check that the GPS receiver is plugged in and that this account may use the port (on Linux, the dialout group).</source>
        <translation>无法打开串口 %1。请检查 GPS 接收机是否已连接，以及当前账户是否有权使用该串口（Linux 系统须加入 dialout 组）。</translation>
    </message>
    <message>
        <source>Cannot read the NMEA file %1.</source>
        <translation>无法读取 NMEA 文件 %1。</translation>
    </message>
    <message>
        <source>The system does not let FieldCase use the position. Allow location access for FieldCase in the system settings.</source>
        <translation>系统不允许 FieldCase 使用位置信息。请在系统设置中允许 FieldCase 访问位置信息。</translation>
    </message>
    <message>
        <source>The NMEA stream at %1 was closed.</source>
        <translation>%1 的 NMEA 数据流已关闭。</translation>
    </message>
    <message>
        <source>The position source was closed; the GPS receiver may have been unplugged.</source>
        <translation>定位来源已关闭，GPS 接收机可能已被拔出。</translation>
    </message>
    <message>
        <source>Cannot connect to the NMEA stream at %1.</source>
        <translation>无法连接到 %1 的 NMEA 数据流。</translation>
    </message>
    <message>
        <source>The position source reported an error.</source>
        <translation>定位来源报告了错误。</translation>
    </message>
    <message>
        <source>No new position for a while.</source>
        <translation>已有一段时间未收到新的定位数据。</translation>
    </message>
    <message>
        <source>Positioning is off.</source>
        <translation>定位已关闭。</translation>
    </message>
    <message>
        <source>No positioning on this device: no GPS receiver or location service was found. An NMEA receiver can be set in the settings.</source>
        <translation>本设备无法定位：未找到 GPS 接收机或系统定位服务。可在设置中配置 NMEA 接收机。</translation>
    </message>
    <message>
        <source>Waiting for a position fix.</source>
        <translation>正在等待定位。</translation>
    </message>
    <message>
        <source>Position fixed.</source>
        <translation>已定位。</translation>
    </message>
</context>
<context>
    <name>fieldcase::sync::client::OriginalDownloads</name>
    <message>
        <source>Sign in at the bureau (Sync) to download originals.</source>
        <translation>请先登录局端（同步）再下载原件。</translation>
    </message>
    <message>
        <source>The bureau&apos;s copy of this original does not match the evidence record&apos;s fingerprint (SHA-256), so it was not saved. Tell the evidence clerk at the bureau.</source>
        <translation>局端的原件与证据记录的指纹（SHA-256）不符，未予保存。请告知局端的证据管理员。</translation>
    </message>
    <message>
        <source>The original could not be put into the evidence store: %1</source>
        <translation>原件无法存入证据库：%1</translation>
    </message>
</context>
<context>
    <name>fieldcase::sync::client::SyncEngine</name>
    <message>
        <source>Synchronisation is running; cancel it first.</source>
        <translation>同步正在进行，请先取消。</translation>
    </message>
    <message>
        <source>No new block of %1 numbers: %2</source>
        <translation>未获得新的%1文书编号段：%2</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::Application</name>
    <message>
        <source>The profile directory (database, evidence, settings).</source>
        <translation>数据档案目录（数据库、证据、设置）。</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Open another profile</source>
        <translation>打开其他数据档案</translation>
    </message>
    <message>
        <source>Discretion standard not installed</source>
        <translation>裁量基准未安装</translation>
    </message>
    <message>
        <source>A discretion standard that comes with FieldCase could not be installed. Penalty discretion will use the standards installed before.</source>
        <translation>FieldCase 自带的裁量基准未能安装。处罚裁量将使用此前已安装的基准。</translation>
    </message>
    <message numerus="yes">
        <source>Syncing: %n record(s) to send</source>
        <translation>
            <numerusform>正在同步：待发送 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>已于 %1 同步</translation>
    </message>
    <message>
        <source>Not synced: %1</source>
        <translation>未同步：%1</translation>
    </message>
    <message>
        <source>Sign in at the bureau to sync</source>
        <translation>请先登录局端再同步</translation>
    </message>
    <message>
        <source>This device was revoked by the bureau</source>
        <translation>本设备已被局端注销</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::CaptureDialog</name>
    <message>
        <source>Stop and close</source>
        <translation>停止并关闭</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No microphone is connected: the video will have no sound.</source>
        <translation>未连接麦克风：录制的视频将没有声音。</translation>
    </message>
    <message>
        <source>Recording %1</source>
        <translation>正在录制 %1</translation>
    </message>
    <message>
        <source>The photo was not taken: %1</source>
        <translation>未能拍照：%1</translation>
    </message>
    <message>
        <source>The photo cannot be shown: %1</source>
        <translation>无法显示照片：%1</translation>
    </message>
    <message>
        <source>The interrupted recording was left at %1.</source>
        <translation>中断的录制文件保留在 %1。</translation>
    </message>
    <message>
        <source>The recording did not start: %1</source>
        <translation>未能开始录制：%1</translation>
    </message>
    <message>
        <source>The recording stopped: %1 What was recorded is kept at %2. The next recording asks why it was interrupted and can add it to the case.</source>
        <translation>录制已停止：%1 已录制的内容保存在 %2。下次录制时将要求说明中断原因，并可将该部分添加到案件中。</translation>
    </message>
    <message>
        <source>The same file is already evidence of this case; it was not added again.</source>
        <translation>相同的文件已是本案证据，未重复添加。</translation>
    </message>
    <message>
        <source>Added to the case as evidence.</source>
        <translation>已作为证据添加到案件中。</translation>
    </message>
    <message>
        <source>Stopping the recording…</source>
        <translation>正在停止录制…</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>No camera is connected to this computer, so no photo can be taken here. Connect a camera, or import the photos from a camera or body camera instead.</source>
        <translation>本机未连接摄像头，无法在此拍照。请连接摄像头，或改为从相机或执法记录仪导入照片。</translation>
    </message>
    <message>
        <source>Record video</source>
        <translation>录像</translation>
    </message>
    <message>
        <source>No camera is connected to this computer, so no video can be recorded here. Connect a camera, or import the videos from a camera or body camera instead.</source>
        <translation>本机未连接摄像头，无法在此录像。请连接摄像头，或改为从相机或执法记录仪导入视频。</translation>
    </message>
    <message>
        <source>Record sound</source>
        <translation>录音</translation>
    </message>
    <message>
        <source>No microphone is connected to this computer, so no sound can be recorded here. Connect a microphone, or import the recordings from a recorder or body camera instead.</source>
        <translation>本机未连接麦克风，无法在此录音。请连接麦克风，或改为从录音设备或执法记录仪导入录音。</translation>
    </message>
    <message>
        <source>Import files instead</source>
        <translation>改为导入文件</translation>
    </message>
    <message>
        <source>Sound only: no picture is recorded.</source>
        <translation>仅录制声音，不录制画面。</translation>
    </message>
    <message>
        <source>C&amp;amera:</source>
        <translation>摄像头(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <translation>麦克风(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Take photo</source>
        <translation>拍照(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Start recording</source>
        <translation>开始录制(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top recording</source>
        <translation>停止录制(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Retake</source>
        <translation>重拍(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>证据说明(&amp;D)：</translation>
    </message>
    <message>
        <source>What the evidence shows, where it was taken</source>
        <translation>证据反映的内容、拍摄（录制）地点</translation>
    </message>
    <message>
        <source>Record anyway: the recording may stop when the disk is full</source>
        <translation>仍然录制：磁盘写满时录制可能中断</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::CasePage</name>
    <message>
        <source>Case registered</source>
        <translation>案件登记</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Procedure step</source>
        <translation>办案环节变更</translation>
    </message>
    <message>
        <source>Unknown user</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>%1 (recommended %2)</source>
        <translation>%1（建议 %2）</translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1 第 %2 版</translation>
    </message>
    <message>
        <source>Penalty discretion saved: %1, %2 yuan</source>
        <translation>保存处罚裁量：%1，%2 元</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::CaseRecordDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>送达方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Received by:</source>
        <translation>签收人(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>送达地点(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Summary of the hearing:</source>
        <translation>听证情况摘要(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Conclusion:</source>
        <translation>审核结论(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Opinion:</source>
        <translation>审核意见(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>参加人员(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Opinions:</source>
        <translation>讨论意见(&amp;O)：</translation>
    </message>
    <message>
        <source>C&amp;onclusion:</source>
        <translation>讨论决定(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>How the party waived it in &amp;writing:</source>
        <translation>当事人书面放弃的情况(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Approval and reason:</source>
        <translation>审批情况及理由(&amp;A)：</translation>
    </message>
    <message>
        <source>A record cannot be changed or deleted once saved; a mistake is corrected by an amendment.</source>
        <translation>记录保存后不能修改或删除；如有错误，须通过更正予以纠正。</translation>
    </message>
    <message>
        <source>What it &amp;corrects:</source>
        <translation>更正事项(&amp;C)：</translation>
    </message>
    <message>
        <source>The correct &amp;text:</source>
        <translation>更正后的内容(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::CaseTableModel</name>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Regulated subject</source>
        <translation>监管对象</translation>
    </message>
    <message>
        <source>Cause of action</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>State</source>
        <translation>办理状态</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <source>Lead officer</source>
        <translation>主办人员</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::CheckInDialog</name>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>There was no position fix: the check-in records no location.</source>
        <translation>签到时未能定位：本次签到没有记录位置。</translation>
    </message>
    <message>
        <source>%1 from the subject&apos;s registered location, beyond the check-in radius of %2. Make sure this is the right site; the distance stays in the record.</source>
        <translation>距监管对象登记位置 %1，超出签到半径 %2。请确认是否为正确的检查现场；该距离将保留在记录中。</translation>
    </message>
    <message>
        <source>The subject has no registered location, so the distance cannot be checked.</source>
        <translation>监管对象没有登记位置，无法核对距离。</translation>
    </message>
    <message numerus="yes">
        <source>The position fix was %n second(s) old.</source>
        <translation>
            <numerusform>该定位数据为 %n 秒前获取。</numerusform>
        </translation>
    </message>
    <message>
        <source>The position is imprecise (±%1).</source>
        <translation>定位精度不足（±%1）。</translation>
    </message>
    <message>
        <source>The receiver did not report how accurate the position is.</source>
        <translation>接收机未报告定位精度。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (check-in radius %2)</source>
        <translation>%1（签到半径 %2）</translation>
    </message>
    <message>
        <source>Unknown: no registered location</source>
        <translation>未知：无登记位置</translation>
    </message>
    <message>
        <source>Unknown: no position fix</source>
        <translation>未知：未能定位</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 (±%2)</source>
        <translation>%1（±%2）</translation>
    </message>
    <message>
        <source>%1 (accuracy unknown)</source>
        <translation>%1（精度不详）</translation>
    </message>
    <message>
        <source>No fix</source>
        <translation>未定位</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source>Device clock minus GPS time: %1 s</source>
        <translation>设备时钟与 GPS 时间之差：%1 秒</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ChecklistPage</name>
    <message>
        <source>Not answered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No problems recorded yet.</source>
        <translation>尚未发现问题。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::DiscretionDialog</name>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>Eliminated or reduced the harmful consequences on its own initiative</source>
        <translation>主动消除或者减轻违法行为危害后果</translation>
    </message>
    <message>
        <source>Acted under coercion or deception by others</source>
        <translation>受他人胁迫或者诱骗实施违法行为</translation>
    </message>
    <message>
        <source>Confessed violations the authority did not yet know of</source>
        <translation>主动供述行政机关尚未掌握的违法行为</translation>
    </message>
    <message>
        <source>Helped the authority investigate violations with meritorious conduct</source>
        <translation>配合行政机关查处违法行为有立功表现</translation>
    </message>
    <message>
        <source>Another ground for mitigation in a law, regulation or rule</source>
        <translation>法律、法规、规章规定其他应当从轻或者减轻行政处罚的情形</translation>
    </message>
    <message>
        <source>Minor violation, corrected in time, no harmful consequences</source>
        <translation>违法行为轻微并及时改正，没有造成危害后果</translation>
    </message>
    <message>
        <source>First violation, minor harm, corrected in time</source>
        <translation>初次违法且危害后果轻微并及时改正</translation>
    </message>
    <message>
        <source>Evidence shows the party was not at fault</source>
        <translation>当事人有证据足以证明没有主观过错</translation>
    </message>
    <message>
        <source>No discretion standard is installed.</source>
        <translation>尚未安装裁量基准。</translation>
    </message>
    <message>
        <source>Standard: %1, version %2 (%3)</source>
        <translation>裁量基准：%1，第 %2 版（%3）</translation>
    </message>
    <message>
        <source>Choose the violation on the left.</source>
        <translation>请在左侧选择违法行为。</translation>
    </message>
    <message>
        <source>Not entered</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>Within the statutory range; weight %1%</source>
        <translation>在法定幅度内；裁量权重 %1%</translation>
    </message>
    <message>
        <source>Within the statutory range</source>
        <translation>在法定幅度内</translation>
    </message>
    <message>
        <source>Mitigated below the minimum (Art. 32)</source>
        <translation>减轻处罚，低于法定最低限（第三十二条）</translation>
    </message>
    <message>
        <source>No penalty (Art. 33)</source>
        <translation>不予处罚（第三十三条）</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>处罚依据：%1</translation>
    </message>
    <message>
        <source>Choose a violation and complete the answers first.</source>
        <translation>请先选择违法行为并完成作答。</translation>
    </message>
    <message>
        <source>Enter the fine decided as a number of yuan, or leave it empty.</source>
        <translation>决定罚款金额请填写元数，或留空。</translation>
    </message>
    <message>
        <source>The fine decided differs from the recommended %1: write the reason for the difference.</source>
        <translation>决定罚款金额与建议金额 %1 不同，请写明理由。</translation>
    </message>
    <message>
        <source>Penalty discretion (saved %1)</source>
        <translation>处罚裁量（保存于 %1）</translation>
    </message>
    <message>
        <source>The standard this result was computed with is no longer installed; the result is shown as saved.</source>
        <translation>计算此结果所用的裁量基准已不在本机，结果按保存时显示。</translation>
    </message>
    <message>
        <source>A newer version (%1) of this standard is installed. This result stays as computed under version %2; start a new computation to apply the newer standard.</source>
        <translation>本机已安装该裁量基准的新版本（%1）。此结果仍按第 %2 版计算保存；如需适用新版本，请重新计算。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a question&apos;s label</comment>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::DocumentDialog</name>
    <message>
        <source>Enforcement documents</source>
        <translation>执法文书</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>尚缺：</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>文书(&amp;D)：</translation>
    </message>
    <message>
        <source>Nothing: the document is complete.</source>
        <translation>无：文书内容已齐全。</translation>
    </message>
    <message>
        <source>Save the document as PDF</source>
        <translation>将文书另存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Document not saved</source>
        <translation>文书未保存</translation>
    </message>
    <message>
        <source>Fill in what the case does not hold:</source>
        <translation>请补充填写案件信息中没有的内容：</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation>每行一项</translation>
    </message>
    <message>
        <source>yuan, e.g. 50000</source>
        <translation>单位为元，如 50000</translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation>草稿未保存</translation>
    </message>
    <message>
        <source>No number is free for %1 in %2: set this device&apos;s block in the settings.</source>
        <translation>本设备 %2 年“%1”文书已无可用编号：请在“设置”中填写本设备的编号段。</translation>
    </message>
    <message>
        <source>Save the document first: that issues its number.</source>
        <translation>请先保存文书：保存时将为其分配文书编号。</translation>
    </message>
    <message>
        <source>Document not issued</source>
        <translation>文书未出具</translation>
    </message>
    <message>
        <source>The document was issued as %1, but %2 could not be written (%3). Save it again: it keeps its number.</source>
        <translation>文书已以编号 %1 出具，但无法写入 %2（%3）。请重新保存，文书编号保持不变。</translation>
    </message>
    <message>
        <source>Set the agency&apos;s short name for document numbers in the settings.</source>
        <translation>请在设置中填写文书编号所用的机关简称。</translation>
    </message>
    <message>
        <source>When saved, this document is issued as %1 from this device&apos;s block.</source>
        <translation>保存时，本文书将使用本设备编号段中的文号 %1 签发。</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::EvidencePanel</name>
    <message>
        <source>No position</source>
        <translation>无定位信息</translation>
    </message>
    <message>
        <source> ±%1 m</source>
        <translation> ±%1 米</translation>
    </message>
    <message>
        <source> (stale fix, %1 s old)</source>
        <translation>（定位已过时，%1 秒前）</translation>
    </message>
    <message>
        <source> (poor fix)</source>
        <translation>（定位精度差）</translation>
    </message>
    <message>
        <source>%1
SHA-256: %2</source>
        <translation>%1
SHA-256：%2</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Take &amp;photo…</source>
        <translation>拍照(&amp;P)…</translation>
    </message>
    <message>
        <source>Record &amp;video…</source>
        <translation>录像(&amp;V)…</translation>
    </message>
    <message>
        <source>Record &amp;audio…</source>
        <translation>录音(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>From &amp;body camera…</source>
        <translation>从执法记录仪导入(&amp;B)…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>证据种类</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>采集时间</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Came in by</source>
        <translation>取得方式</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>On this device</source>
        <translation>原件已在本设备</translation>
    </message>
    <message>
        <source>Download failed: %1</source>
        <translation>下载失败：%1</translation>
    </message>
    <message>
        <source>Downloading the original…</source>
        <translation>正在下载原件…</translation>
    </message>
    <message>
        <source>Original on the bureau server</source>
        <translation>原件在局端服务器</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>下载失败</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Resume download</source>
        <translation>继续下载</translation>
    </message>
    <message>
        <source>Download original</source>
        <translation>下载原件</translation>
    </message>
    <message>
        <source>%1 of %2 are already on this device.</source>
        <translation>已有 %1 / %2 在本设备上。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原件</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::FirstRunDialog</name>
    <message>
        <source>Profile folder: %1</source>
        <translation>数据档案文件夹：%1</translation>
    </message>
    <message>
        <source>Optional: if the administrator also inspects</source>
        <translation>选填：系统管理员兼任执法人员时填写</translation>
    </message>
    <message>
        <source>Enter the name of your bureau or unit.</source>
        <translation>请填写单位名称。</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s name.</source>
        <translation>请填写系统管理员姓名。</translation>
    </message>
    <message>
        <source>Enter a login name for the administrator.</source>
        <translation>请为系统管理员设置登录名。</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n character(s).</source>
        <translation>
            <numerusform>密码长度至少为 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ImportDialog</name>
    <message>
        <source>Folder or body-camera drive</source>
        <translation>文件夹或执法记录仪存储盘</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>正在读取 %n 个文件…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) ready to import.</source>
        <translation>
            <numerusform>%n 个文件待导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for photos, videos and audio in %1…</source>
        <translation>正在 %1 中查找照片、视频和音频…</translation>
    </message>
    <message numerus="yes">
        <source>Copying and hashing %n file(s)…</source>
        <translation>
            <numerusform>正在复制 %n 个文件并计算哈希值…</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying and hashing file %1 of %2…</source>
        <translation>正在复制第 %1 个文件（共 %2 个）并计算哈希值…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s).</source>
        <translation>
            <numerusform>已导入 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were already evidence of this case and were skipped.</source>
        <translation>
            <numerusform>%n 个文件已是本案证据，已跳过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) were not imported.</source>
        <translation>
            <numerusform>已取消：%n 个文件未导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Import from a body camera</source>
        <translation>从执法记录仪导入</translation>
    </message>
    <message>
        <source>Import evidence files</source>
        <translation>导入证据文件</translation>
    </message>
    <message>
        <source>Each file is copied into the evidence store and its SHA-256 fingerprint recorded; the original stays where it is. Untick files that do not belong to this case.</source>
        <translation>每个文件都将复制到证据库，并记录其 SHA-256 指纹；原文件保留在原处。请取消勾选不属于本案的文件。</translation>
    </message>
    <message>
        <source>Choose &amp;folder or drive…</source>
        <translation>选择文件夹或存储盘(&amp;F)…</translation>
    </message>
    <message>
        <source>Choose fi&amp;les…</source>
        <translation>选择文件(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::InspectionRecordDialog</name>
    <message>
        <source>Site inspection record</source>
        <translation>现场检查（勘察）笔录</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Started %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;检查开始时间：%2</translation>
    </message>
    <message>
        <source>%1 — no enforcement certificate on record</source>
        <translation>%1 — 未登记执法证号</translation>
    </message>
    <message>
        <source>%1, certificate %2</source>
        <translation>%1，执法证号 %2</translation>
    </message>
    <message>
        <source>The officers showed their enforcement certificates, told the party its rights (including to ask for an officer&apos;s recusal), and declare no conflict of interest.</source>
        <translation>执法人员已出示执法证件，已告知当事人依法享有的权利（包括申请执法人员回避的权利），并声明与本案无利害关系。</translation>
    </message>
    <message>
        <source>What was found: production, treatment facilities, outfalls, online monitors, hazardous-waste storage…</source>
        <translation>检查发现的情况：生产情况、污染防治设施、排污口、在线监测设备、危险废物贮存…</translation>
    </message>
    <message>
        <source>Cause of the case, e.g. 超标排放水污染物案</source>
        <translation>案由，如：超标排放水污染物案</translation>
    </message>
    <message>
        <source>Inspected party &amp;signs…</source>
        <translation>被检查人签名(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Complete the record</source>
        <translation>完成笔录(&amp;C)</translation>
    </message>
    <message>
        <source>Officers present:</source>
        <translation>在场执法人员：</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>检查情况(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>检查结论(&amp;O)：</translation>
    </message>
    <message>
        <source>Case c&amp;ause:</source>
        <translation>案由(&amp;A)：</translation>
    </message>
    <message>
        <source>Inspected party:</source>
        <translation>被检查人：</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>尚缺：</translation>
    </message>
    <message>
        <source>Signature of the inspected party</source>
        <translation>被检查人签名</translation>
    </message>
    <message>
        <source>The inspected party&apos;s signature, or a witnessed refusal.</source>
        <translation>被检查人签名，或有见证人在场的拒绝签名记录。</translation>
    </message>
    <message>
        <source>The cause of the case to be opened.</source>
        <translation>拟立案的案由。</translation>
    </message>
    <message>
        <source>✓ Nothing is missing.</source>
        <translation>✓ 各项内容均已齐全。</translation>
    </message>
    <message>
        <source>I sign as the &amp;recorder…</source>
        <translation>本人作为记录人签名(&amp;R)…</translation>
    </message>
    <message>
        <source>Recorder:</source>
        <translation>记录人：</translation>
    </message>
    <message>
        <source>Signature of the recorder</source>
        <translation>记录人签名</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::IntegrityDialog</name>
    <message>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Evidence integrity check</source>
        <translation>证据完整性检查</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>指纹（SHA-256）</translation>
    </message>
    <message>
        <source>Re-reading every evidence file and checking its fingerprint and signature…</source>
        <translation>正在重新读取每个证据文件，并校验其指纹和签名…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1 of %2 items; %n problem(s) found so far.</source>
        <translation>
            <numerusform>已检查 %2 项中的 %1 项后取消；目前已发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n evidence item(s) are intact.</source>
        <translation>
            <numerusform>全部 %n 项证据完好。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s) are missing or altered. The cases below are affected; the finding is recorded in the audit log.</source>
        <translation>
            <numerusform>%n 项证据缺失或被改动。以下案件受到影响；检查结果已记入审计日志。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them were captured on other devices and their originals are on the bureau server; their signatures were checked.</source>
        <translation>
            <numerusform>其中 %n 项由其他设备采集，原件在局端服务器，已核验其签名。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::InterruptionDialog</name>
    <message>
        <source>Recording interrupted</source>
        <translation>录制中断</translation>
    </message>
    <message>
        <source>The audio recording started at %1 with %2 did not end normally.</source>
        <translation>%1 使用 %2 开始的录音未正常结束。</translation>
    </message>
    <message>
        <source>The video recording started at %1 with %2 did not end normally.</source>
        <translation>%1 使用 %2 开始的录像未正常结束。</translation>
    </message>
    <message>
        <source>It stopped with this error: %1</source>
        <translation>中断时的错误信息：%1</translation>
    </message>
    <message>
        <source>Full-process recording requires the interruption to be explained before recording goes on.</source>
        <translation>按照执法全过程记录的要求，须先说明中断原因，方可继续录制。</translation>
    </message>
    <message>
        <source>&amp;Why was the recording interrupted?</source>
        <translation>录制中断的原因(&amp;W)：</translation>
    </message>
    <message>
        <source>Add the part recorded before the interruption (%1) to the case as evidence</source>
        <translation>将中断前已录制的部分（%1）作为证据添加到案件中</translation>
    </message>
    <message>
        <source>Record the reason</source>
        <translation>记录原因</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::InterviewDialog</name>
    <message>
        <source>%1 — no enforcement certificate on record</source>
        <translation>%1 — 未登记执法证号</translation>
    </message>
    <message>
        <source>%1, certificate %2</source>
        <translation>%1，执法证号 %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>(new question)</source>
        <translation>（新问题）</translation>
    </message>
    <message>
        <source>Interview record</source>
        <translation>调查询问笔录</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Ended at:</source>
        <translation>结束时间：</translation>
    </message>
    <message>
        <source>&amp;Add officer</source>
        <translation>添加执法人员(&amp;A)</translation>
    </message>
    <message>
        <source>Remove officer</source>
        <translation>移除执法人员</translation>
    </message>
    <message>
        <source>We are enforcement officers of the ecological environment authority and have shown you our enforcement certificates. We are questioning you according to law about the suspected environmental violation of the party. You must answer truthfully and assist the investigation, and must not give false information or obstruct it. If you believe an officer has a direct interest in the case or another relationship that could affect fair enforcement, you have the right to ask for the officer&apos;s recusal.</source>
        <translation>我们是生态环境主管部门的执法人员，已向你出示执法证件。现依法就当事人涉嫌环境违法行为向你进行调查询问。你应当如实回答询问并协助调查，不得提供虚假情况，不得阻挠调查。如果你认为执法人员与本案有直接利害关系或者有其他关系可能影响公正执法，你有权申请执法人员回避。</translation>
    </message>
    <message>
        <source>The interviewee&apos;s answer: do they ask for an officer&apos;s recusal?</source>
        <translation>被询问人的回答：是否申请执法人员回避？</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问</translation>
    </message>
    <message>
        <source>Answer, in the interviewee&apos;s words</source>
        <translation>答（按被询问人原话记录）</translation>
    </message>
    <message>
        <source>Add &amp;question</source>
        <translation>添加问题(&amp;Q)</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>删除问题</translation>
    </message>
    <message>
        <source>Interviewee &amp;signs…</source>
        <translation>被询问人签名(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Confirm the record</source>
        <translation>确认笔录(&amp;C)</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>被询问人</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>性别(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证件号码(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation>工作单位(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>职务(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>联系电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>询问</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>询问地点(&amp;L)：</translation>
    </message>
    <message>
        <source>S&amp;tarted at:</source>
        <translation>开始时间(&amp;T)：</translation>
    </message>
    <message>
        <source>Officers:</source>
        <translation>询问人：</translation>
    </message>
    <message>
        <source>&amp;Recorder:</source>
        <translation>记录人(&amp;R)：</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>问答记录</translation>
    </message>
    <message>
        <source>Interviewee&apos;s signature:</source>
        <translation>被询问人签名：</translation>
    </message>
    <message>
        <source>Still missing before the record can be confirmed:</source>
        <translation>确认笔录前尚缺：</translation>
    </message>
    <message>
        <source>Signature of the interviewee</source>
        <translation>被询问人签名</translation>
    </message>
    <message>
        <source>✓ Nothing is missing.</source>
        <translation>✓ 各项内容均已齐全。</translation>
    </message>
    <message>
        <source>Confirmed on %1. The record is signed and can no longer be changed.</source>
        <translation>已于 %1 确认。笔录已签名，不能再修改。</translation>
    </message>
    <message>
        <source>Save dra&amp;ft</source>
        <translation>保存草稿(&amp;F)</translation>
    </message>
    <message>
        <source>Re&amp;lation to the party:</source>
        <translation>与当事人关系(&amp;L)：</translation>
    </message>
    <message>
        <source>Recusal re&amp;quested:</source>
        <translation>是否申请回避(&amp;Q)：</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ListPage</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>共 %n 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::LockScreen</name>
    <message>
        <source>Signed in as %1. Enter your password to continue.</source>
        <translation>当前登录用户：%1。请输入密码以继续。</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::LoginDialog</name>
    <message>
        <source>Profile: %1</source>
        <translation>数据档案：%1</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::MainWindow</name>
    <message>
        <source>My tasks</source>
        <translation>我的任务</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>我的案件</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>待审批案件</translation>
    </message>
    <message>
        <source>Legal review queue</source>
        <translation>待法制审核案件</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档案件</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>全部案件</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>综合查询</translation>
    </message>
    <message>
        <source>Subject directory</source>
        <translation>监管对象名录</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>案件详情</translation>
    </message>
    <message>
        <source>Case not found</source>
        <translation>未找到案件</translation>
    </message>
    <message>
        <source>This case is no longer on this device.</source>
        <translation>本设备上已没有该案件。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Inspection checklists</source>
        <translation>现场检查表</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s) missing or altered</source>
        <translation>
            <numerusform>%n 项证据缺失或被改动</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::PositionIndicator</name>
    <message>
        <source>Waiting for a GPS fix</source>
        <translation>正在等待 GPS 定位</translation>
    </message>
    <message>
        <source>No position</source>
        <translation>无定位</translation>
    </message>
    <message>
        <source>Fix ±%1 m</source>
        <translation>已定位 ±%1 米</translation>
    </message>
    <message>
        <source>Fix, accuracy unknown</source>
        <translation>已定位，精度不详</translation>
    </message>
    <message numerus="yes">
        <source>%n satellite(s)</source>
        <translation>
            <numerusform>%n 颗卫星</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s old</source>
        <translation>
            <numerusform>%n 秒前</numerusform>
        </translation>
    </message>
    <message>
        <source>device clock %1 s ahead</source>
        <translation>设备时钟快 %1 秒</translation>
    </message>
    <message>
        <source>device clock %1 s behind</source>
        <translation>设备时钟慢 %1 秒</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>定位来源：%1</translation>
    </message>
    <message>
        <source>Position: %1, %2</source>
        <translation>位置：%1，%2</translation>
    </message>
    <message>
        <source>GPS time: %1</source>
        <translation>GPS 时间：%1</translation>
    </message>
    <message numerus="yes">
        <source>The fix is older than %n second(s): a check-in now is marked stale.</source>
        <translation>
            <numerusform>定位数据已超过 %n 秒：此时签到将被标记为定位过时。</numerusform>
        </translation>
    </message>
    <message>
        <source>The fix is less accurate than %1 m: a check-in now is marked imprecise.</source>
        <translation>定位误差超过 %1 米：此时签到将被标记为定位精度不足。</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ProcedurePanel</name>
    <message>
        <source>%1: paused, %2 days left</source>
        <translation>%1：已暂停计算，剩余 %2 天</translation>
    </message>
    <message>
        <source>%1: by %2 (%3 days left)</source>
        <translation>%1：截止 %2（剩余 %3 天）</translation>
    </message>
    <message>
        <source>%1: was due %2 (%3 days overdue)</source>
        <translation>%1：已于 %2 到期（逾期 %3 天）</translation>
    </message>
    <message>
        <source>No procedure clock is running.</source>
        <translation>当前没有正在计算的办案期限。</translation>
    </message>
    <message>
        <source>Signed by %1 on %2: %3%4</source>
        <translation>%1 于 %2 签署：%3%4</translation>
    </message>
    <message>
        <source> (signature does not verify)</source>
        <translation>（签名校验未通过）</translation>
    </message>
    <message>
        <source>Record an attempt to interfere</source>
        <translation>记录干预案件情况</translation>
    </message>
    <message>
        <source>Anyone who was asked to influence this case records it here. The record cannot be changed or deleted; leaders see it and it belongs to the case file.</source>
        <translation>任何人员遇有干预、插手本案的情况，均应在此如实记录。记录不能修改或删除，负责人可以查阅，并归入案卷。</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>By message</source>
        <translation>短信或网络消息</translation>
    </message>
    <message>
        <source>Through someone else</source>
        <translation>托人转达</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>干预人(&amp;W)：</translation>
    </message>
    <message>
        <source>Their &amp;post:</source>
        <translation>工作单位及职务(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <source>What was &amp;asked:</source>
        <translation>请托事项(&amp;A)：</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>办案程序</translation>
    </message>
    <message>
        <source>No step of the procedure is yours to take now.</source>
        <translation>当前没有需要您办理的程序环节。</translation>
    </message>
    <message>
        <source>Record &amp;interference…</source>
        <translation>记录干预案件情况(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation>登记办案记录(&amp;R)…</translation>
    </message>
    <message>
        <source>Wh&amp;en:</source>
        <translation>时间(&amp;E)：</translation>
    </message>
    <message numerus="yes">
        <source>Sign off %n amendment(s)…</source>
        <translation>
            <numerusform>审批更正（%n 项）…</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>（尚未填写姓名）</translation>
    </message>
    <message>
        <source>Interview record of %1, %2 (confirmed)</source>
        <translation>%1 的调查询问笔录，%2（已确认）</translation>
    </message>
    <message>
        <source>Interview record of %1, %2 (draft)</source>
        <translation>%1 的调查询问笔录，%2（草稿）</translation>
    </message>
    <message>
        <source>Sign off an amendment</source>
        <translation>审批更正</translation>
    </message>
    <message>
        <source>&lt;b&gt;Corrects:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Correct text:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Reason:&lt;/b&gt; %3&lt;br&gt;Recorded %4</source>
        <translation>&lt;b&gt;更正事项：&lt;/b&gt;%1&lt;br&gt;&lt;b&gt;更正后的内容：&lt;/b&gt;%2&lt;br&gt;&lt;b&gt;更正理由：&lt;/b&gt;%3&lt;br&gt;登记日期：%4</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>意见(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>I&amp;nterview record…</source>
        <translation>调查询问笔录(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ProcedureStepDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;The case then goes to: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;办理后案件进入：%2</translation>
    </message>
    <message>
        <source>✓ Every condition of this step is met.</source>
        <translation>✓ 本环节的各项条件均已满足。</translation>
    </message>
    <message>
        <source>&amp;Comment (required):</source>
        <translation>意见（必填）(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>意见(&amp;C)：</translation>
    </message>
    <message>
        <source>This step is signed with this device&apos;s key over the case&apos;s content and the hash of every piece of evidence, which is checked again first. Enter your password to sign.</source>
        <translation>本环节将使用本设备密钥，对案件内容及每份证据的哈希值进行签名，签名前将重新校验证据。请输入密码以签名。</translation>
    </message>
    <message>
        <source>Sign and take the step</source>
        <translation>签名并办理</translation>
    </message>
    <message>
        <source>Take the step</source>
        <translation>办理</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ProfileErrorDialog</name>
    <message>
        <source>Profile folder: %1</source>
        <translation>数据档案文件夹：%1</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::RangeBar</name>
    <message>
        <source>Statutory range %1 to %2 yuan</source>
        <translation>法定幅度 %1 至 %2 元</translation>
    </message>
    <message>
        <source>Statutory range up to %1 yuan</source>
        <translation>法定幅度 %1 元以下</translation>
    </message>
    <message>
        <source>Statutory range at least %1 yuan</source>
        <translation>法定幅度 %1 元以上</translation>
    </message>
    <message>
        <source>No range</source>
        <translation>无幅度</translation>
    </message>
    <message>
        <source>%1; the amount %2 yuan</source>
        <translation>%1；裁量金额 %2 元</translation>
    </message>
    <message>
        <source>Statutory range</source>
        <translation>法定幅度</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>无上限</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::RetryCountdown</name>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>请 %n 秒后重试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::SearchPage</name>
    <message>
        <source>Type any part of a name, credit code, case number or cause. Enter opens the selected case; a subject opens in the subject directory.</source>
        <translation>输入名称、信用代码、案号或案由的任意部分。按 Enter 键打开选中的案件；选中的监管对象将在监管对象名录中打开。</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>未找到相关记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s).</source>
        <translation>
            <numerusform>共找到 %n 条结果。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>This device&apos;s location service</source>
        <translation>本设备的定位服务</translation>
    </message>
    <message>
        <source>GPS receiver on a serial port (NMEA)</source>
        <translation>串口 GPS 接收机（NMEA）</translation>
    </message>
    <message>
        <source>NMEA stream over the network</source>
        <translation>网络 NMEA 数据流</translation>
    </message>
    <message>
        <source>Recorded NMEA file (training)</source>
        <translation>NMEA 记录文件（培训用）</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>示例：%1</translation>
    </message>
    <message>
        <source>Serials the bureau reserved for this device in %1:</source>
        <translation>本单位为本设备预留的 %1 年编号段：</translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>剩余 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>none set</source>
        <translation>未设置</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::SignatureDialog</name>
    <message>
        <source>Enter the witness&apos;s name.</source>
        <translation>请填写见证人姓名。</translation>
    </message>
    <message>
        <source>Describe how the refusal was recorded.</source>
        <translation>请说明拒绝签名情况的记录方式。</translation>
    </message>
    <message>
        <source>Enter the signer&apos;s name and sign in the box.</source>
        <translation>请填写签名人姓名，并在框内签名。</translation>
    </message>
    <message>
        <source>Enter the signer&apos;s name.</source>
        <translation>请填写签名人姓名。</translation>
    </message>
    <message>
        <source>Sign in the box.</source>
        <translation>请在框内签名。</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>尚未签名</translation>
    </message>
    <message>
        <source>Refused to sign; witnessed by %1</source>
        <translation>拒绝签名，见证人：%1</translation>
    </message>
    <message>
        <source>Signed by %1 at %2</source>
        <translation>%1 已于 %2 签名</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>签名板</translation>
    </message>
    <message>
        <source>Sign with a pen, a finger or the mouse.</source>
        <translation>可使用手写笔、手指或鼠标签名。</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>请在此处签名</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::SubjectTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Supervision class</source>
        <translation>监管类别</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::SyncDialog</name>
    <message>
        <source>Synchronising…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>已暂停。</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n second(s).</source>
        <translation>
            <numerusform>%n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your session at the bureau has ended. Enter your password to sign in again.</source>
        <translation>您在局端的会话已结束，请输入密码重新登录。</translation>
    </message>
    <message>
        <source>Synced data not removed</source>
        <translation>未删除同步数据</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) received from the bureau were removed.</source>
        <translation>
            <numerusform>已删除从局端接收的 %n 条记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of your own work were kept.</source>
        <translation>
            <numerusform>已保留您本人的 %n 条工作记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync with the bureau</source>
        <translation>与局端同步</translation>
    </message>
    <message>
        <source>This device is not yet enrolled at a bureau. Enter the bureau&apos;s address and the one-time enrolment code your administrator gave you, or read both from the QR image. Your password signs you in at the bureau.</source>
        <translation>本设备尚未在局端注册。请输入局端地址和管理员提供的一次性注册码，或从二维码图片中读取。您的密码用于登录局端。</translation>
    </message>
    <message>
        <source>Bureau address:</source>
        <translation>局端地址：</translation>
    </message>
    <message>
        <source>Enrolment code:</source>
        <translation>注册码：</translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation>您的密码：</translation>
    </message>
    <message>
        <source>Read QR image…</source>
        <translation>读取二维码图片…</translation>
    </message>
    <message>
        <source>Enrol and sign in</source>
        <translation>注册并登录</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Your password at the bureau</source>
        <translation>您在局端的密码</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Conflicts to resolve: the same field was changed here and at the bureau</source>
        <translation>待处理的冲突：同一字段在本设备和局端都被修改</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>At the bureau</source>
        <translation>局端的值</translation>
    </message>
    <message>
        <source>On this device</source>
        <translation>本设备的值</translation>
    </message>
    <message>
        <source>Keep the bureau&apos;s value</source>
        <translation>保留局端的值</translation>
    </message>
    <message>
        <source>Use this device&apos;s value</source>
        <translation>采用本设备的值</translation>
    </message>
    <message>
        <source>The bureau has revoked this device, so it can no longer sync. This usually means it was reported lost or replaced. Your own work that was not yet sent stays on this device; ask your administrator. You can remove the records this device received from the bureau.</source>
        <translation>局端已注销本设备，本设备无法再同步。这通常表示设备已报失或被更换。尚未发送的本人工作仍保留在本设备上，请联系管理员。您可以删除本设备从局端接收的记录。</translation>
    </message>
    <message>
        <source>Remove synced data…</source>
        <translation>删除同步数据…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>QR image of the enrolment</source>
        <translation>注册二维码图片</translation>
    </message>
    <message>
        <source>No FieldCase enrolment code was found in %1.</source>
        <translation>在 %1 中未找到 FieldCase 注册码。</translation>
    </message>
    <message>
        <source>The code was read from the image.</source>
        <translation>已从图片中读取注册码。</translation>
    </message>
    <message>
        <source>The bureau&apos;s address must start with https:// and name a server.</source>
        <translation>局端地址必须以 https:// 开头并指明服务器。</translation>
    </message>
    <message>
        <source>The enrolment code is not valid: check it with your administrator.</source>
        <translation>注册码无效，请与管理员核对。</translation>
    </message>
    <message>
        <source>Enter your password to sign in at the bureau.</source>
        <translation>请输入密码以登录局端。</translation>
    </message>
    <message>
        <source>Contacting the bureau…</source>
        <translation>正在连接局端…</translation>
    </message>
    <message>
        <source>Signed in at the bureau.</source>
        <translation>已登录局端。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) to send</source>
        <translation>
            <numerusform>待发送 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of evidence to upload</source>
        <translation>待上传证据 %1</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>约剩 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>time left unknown</source>
        <translation>剩余时间未知</translation>
    </message>
    <message>
        <source>%1/s, %2</source>
        <translation>%1/秒，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) sent</source>
        <translation>
            <numerusform>已发送 %n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>已接收 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded</source>
        <translation>
            <numerusform>已上传 %n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n 处冲突待处理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the bureau</source>
        <translation>
            <numerusform>%n 条被局端拒绝</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync complete: %1.</source>
        <translation>同步完成：%1。</translation>
    </message>
    <message>
        <source>Sync did not complete: %1 Nothing already saved on this device was lost.</source>
        <translation>同步未完成：%1 本设备上已保存的内容均未丢失。</translation>
    </message>
    <message>
        <source>Bureau: %1 (%2)</source>
        <translation>局端：%1（%2）</translation>
    </message>
    <message>
        <source>Last complete sync: %1</source>
        <translation>上次完整同步：%1</translation>
    </message>
    <message>
        <source>Not synchronised yet.</source>
        <translation>尚未同步。</translation>
    </message>
    <message>
        <source>Conflict not resolved</source>
        <translation>冲突未处理</translation>
    </message>
    <message>
        <source>Remove synced data</source>
        <translation>删除同步数据</translation>
    </message>
    <message>
        <source>Remove every record this device received from the bureau? Your own work is kept. This cannot be undone.</source>
        <translation>删除本设备从局端接收的全部记录？您本人的工作将保留。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need attention:</source>
        <translation>
            <numerusform>%n 项需要处理：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::TaskPage</name>
    <message>
        <source>Inspection not started</source>
        <translation>未能开始检查</translation>
    </message>
    <message>
        <source>&amp;Start inspection (check in)</source>
        <translation>开始检查（现场签到）(&amp;S)</translation>
    </message>
    <message>
        <source>Records where this device is now and how far that is from the subject&apos;s registered location, and starts the inspection.</source>
        <translation>记录本设备当前位置及其与监管对象登记位置的距离，并开始检查。</translation>
    </message>
    <message>
        <source>Show &amp;check-in</source>
        <translation>查看签到信息(&amp;C)</translation>
    </message>
    <message>
        <source>Site inspection &amp;record…</source>
        <translation>现场检查（勘察）笔录(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::TaskTableModel</name>
    <message>
        <source>Source</source>
        <translation>任务来源</translation>
    </message>
    <message>
        <source>Regulated subject</source>
        <translation>监管对象</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>任务状态</translation>
    </message>
</context>
</TS>
