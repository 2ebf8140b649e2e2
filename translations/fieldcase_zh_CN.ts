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
</context>
<context>
    <name>ShippedData</name>
    <message>
        <source>The trusted bureau keys could not be read: %1</source>
        <translation>无法读取受信任的生态环境部门密钥：%1</translation>
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
        <source>FieldCase headless commands: seed, audit-verify, discretion</source>
        <translation>FieldCase 命令行工具：seed、audit-verify、discretion</translation>
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
