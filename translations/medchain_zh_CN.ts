<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CanonicalCbor</name>
    <message>
        <source>map keys are duplicated or not in canonical order</source>
        <translation>映射的键重复或未按规范顺序排列</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>嵌套深度超过 %1 层</translation>
    </message>
    <message>
        <source>the data ends too early</source>
        <translation>数据提前结束</translation>
    </message>
    <message>
        <source>The value holds a type outside MedChain&apos;s canonical CBOR: floats, tags and undefined cannot be encoded.</source>
        <translation>该值包含医链规范 CBOR 之外的类型：浮点数、标签和 undefined 无法编码。</translation>
    </message>
</context>
<context>
    <name>CborMapReader</name>
    <message>
        <source>required field %1 is missing or out of order</source>
        <translation>必需字段 %1 缺失或顺序错误</translation>
    </message>
    <message>
        <source>unknown or out-of-order field %1</source>
        <translation>未知或顺序错误的字段 %1</translation>
    </message>
    <message>
        <source>map keys must be small unsigned integers</source>
        <translation>映射的键必须是小的无符号整数</translation>
    </message>
</context>
<context>
    <name>CborReader</name>
    <message>
        <source>the input is %1 bytes, more than the %2 allowed</source>
        <translation>输入为 %1 字节，超过允许的 %2 字节</translation>
    </message>
    <message>
        <source>Malformed data at byte %1: %2.</source>
        <translation>第 %1 字节处的数据格式错误：%2。</translation>
    </message>
    <message>
        <source>the data ends too early</source>
        <translation>数据提前结束</translation>
    </message>
    <message>
        <source>indefinite-length items are not allowed</source>
        <translation>不允许不定长度的项</translation>
    </message>
    <message>
        <source>reserved additional information %1</source>
        <translation>保留的附加信息 %1</translation>
    </message>
    <message>
        <source>a number is not in its shortest encoding</source>
        <translation>数字未采用最短编码</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>此处应为%1</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>此处应为整数</translation>
    </message>
    <message>
        <source>an integer is outside the 64-bit signed range</source>
        <translation>整数超出 64 位有符号范围</translation>
    </message>
    <message>
        <source>expected an unsigned integer</source>
        <translation>此处应为无符号整数</translation>
    </message>
    <message>
        <source>a byte string</source>
        <translation>字节串</translation>
    </message>
    <message>
        <source>a text string</source>
        <translation>文本串</translation>
    </message>
    <message>
        <source>a string of %1 bytes is longer than the %2 allowed</source>
        <translation>%1 字节的字符串超过允许的 %2 字节</translation>
    </message>
    <message>
        <source>expected %1 bytes, found %2</source>
        <translation>应为 %1 字节，实际为 %2 字节</translation>
    </message>
    <message>
        <source>a text string is not valid UTF-8</source>
        <translation>文本串不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>此处应为 true 或 false</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an array of %1 items is larger than allowed</source>
        <translation>包含 %1 项的数组超出允许大小</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>映射</translation>
    </message>
    <message>
        <source>a map of %1 entries is larger than allowed</source>
        <translation>包含 %1 个条目的映射超出允许大小</translation>
    </message>
    <message>
        <source>tags are not allowed</source>
        <translation>不允许使用标签</translation>
    </message>
    <message>
        <source>floating-point numbers are not allowed</source>
        <translation>不允许使用浮点数</translation>
    </message>
    <message>
        <source>simple value %1 is not allowed</source>
        <translation>不允许使用简单值 %1</translation>
    </message>
    <message>
        <source>%1 unexpected bytes follow the data</source>
        <translation>数据后面有 %1 个多余字节</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>MedChain %1</source>
        <translation>医链 %1</translation>
    </message>
    <message>
        <source>Crypto self-test: passed</source>
        <translation>密码自检：通过</translation>
    </message>
    <message>
        <source>MedChain command line: scripting, administration and verification.

Commands:
  info    Print the version, the self-test result and the libraries in use.</source>
        <translation>医链命令行：脚本、管理和验证。

命令：
  info    输出版本、自检结果和所用的库。</translation>
    </message>
    <message>
        <source>Print machine-readable JSON instead of text.</source>
        <translation>输出机器可读的 JSON，而不是文本。</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>要运行的命令。</translation>
    </message>
    <message>
        <source>No command given; see --help.</source>
        <translation>未指定命令；请参阅 --help。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see --help.</source>
        <translation>未知命令“%1”；请参阅 --help。</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>The libsodium library could not be initialised.</source>
        <translation>无法初始化 libsodium 库。</translation>
    </message>
</context>
<context>
    <name>Ed25519SigningKey</name>
    <message>
        <source>An Ed25519 seed must be %1 bytes, not %2.</source>
        <translation>Ed25519 种子必须为 %1 字节，而不是 %2 字节。</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>无法将截图写入 %1。</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>Ed25519 self-test %1 failed: %2</source>
        <translation>Ed25519 自检 %1 失败：%2</translation>
    </message>
    <message>
        <source>Ed25519 self-test %1 failed: wrong public key.</source>
        <translation>Ed25519 自检 %1 失败：公钥错误。</translation>
    </message>
    <message>
        <source>Ed25519 self-test %1 failed: wrong signature.</source>
        <translation>Ed25519 自检 %1 失败：签名错误。</translation>
    </message>
    <message>
        <source>Ed25519 self-test %1 failed: a valid signature was refused.</source>
        <translation>Ed25519 自检 %1 失败：有效签名被拒绝。</translation>
    </message>
    <message>
        <source>Ed25519 self-test %1 failed: OpenSSL refused a valid signature.</source>
        <translation>Ed25519 自检 %1 失败：OpenSSL 拒绝了有效签名。</translation>
    </message>
    <message>
        <source>Ed25519 self-test %1 failed: a corrupted signature was accepted.</source>
        <translation>Ed25519 自检 %1 失败：损坏的签名被接受。</translation>
    </message>
    <message>
        <source>SHA-256 self-test %1 failed: wrong digest.</source>
        <translation>SHA-256 自检 %1 失败：摘要错误。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>MedChain cannot start because its cryptography self-test failed: %1
Reinstall MedChain; if this persists, report it together with the version that --version prints.</source>
        <translation>医链无法启动，因为其密码自检失败：%1
请重新安装医链；如果问题仍然存在，请报告此问题并附上 --version 输出的版本号。</translation>
    </message>
</context>
<context>
    <name>medchain</name>
    <message>
        <source>MedChain desktop: medical records shared over a permissioned blockchain.</source>
        <translation>医链桌面端：通过许可区块链共享的病历。</translation>
    </message>
    <message>
        <source>Save the main window as a PNG image to &lt;file&gt; once it has loaded, then exit.</source>
        <translation>主窗口加载完成后将其保存为 PNG 图像 &lt;file&gt;，然后退出。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Use this language for this run: en or zh_CN.</source>
        <translation>本次运行使用的语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use en or zh_CN.</source>
        <translation>未知语言“%1”；请使用 en 或 zh_CN。</translation>
    </message>
    <message>
        <source>MedChain</source>
        <translation>医链</translation>
    </message>
</context>
<context>
    <name>medchain-node</name>
    <message>
        <source>MedChain node: keeps an encrypted replica of the chain and serves peers.</source>
        <translation>医链节点：保存链的加密副本并为对等节点提供服务。</translation>
    </message>
    <message>
        <source>medchain-node: this build has no node service yet.</source>
        <translation>medchain-node：此版本尚未包含节点服务。</translation>
    </message>
</context>
<context>
    <name>medchain::ui::AboutDialog</name>
    <message>
        <source>About MedChain</source>
        <translation>关于医链</translation>
    </message>
    <message>
        <source>MedChain %1</source>
        <translation>医链 %1</translation>
    </message>
    <message>
        <source>Medical records shared between patients, doctors, institutions and regulators over a permissioned blockchain, with an encrypted replica on every machine.</source>
        <translation>通过许可区块链在患者、医生、医疗机构和监管部门之间共享病历，每台计算机上都保存一份加密副本。</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
</context>
<context>
    <name>medchain::ui::MainWindow</name>
    <message>
        <source>MedChain</source>
        <translation>医链</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About MedChain</source>
        <translation>关于医链(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>No identity open</source>
        <translation>未打开身份</translation>
    </message>
    <message>
        <source>Not connected to a network</source>
        <translation>未连接到网络</translation>
    </message>
</context>
<context>
    <name>medchain::ui::WelcomePage</name>
    <message>
        <source>Welcome to MedChain</source>
        <translation>欢迎使用医链</translation>
    </message>
    <message>
        <source>MedChain keeps your medical records on a permissioned blockchain shared by hospitals, clinics and the health authority. Records are encrypted: only you, the doctor who wrote them and the people you authorize can read them, and every read is logged for you to see. Nothing on the chain can be changed without a trace.</source>
        <translation>医链将您的病历保存在由医院、诊所和卫生主管部门共同维护的许可区块链上。病历经过加密：只有您本人、书写病历的医生以及您授权的人可以阅读，每一次查阅都会被记录并供您查看。链上的任何内容都无法在不留痕迹的情况下被更改。</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation>适用对象</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Patients&lt;/b&gt; browse their records, decide which doctors and institutions may read them, see who did, confirm corrections and pay fees from their wallet.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Doctors&lt;/b&gt; enter diagnoses at their workstation and read the history their patients shared with them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Regulators&lt;/b&gt; watch case dashboards and outbreak alerts and trace any record in a dispute.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;患者&lt;/b&gt;浏览自己的病历，决定哪些医生和机构可以查阅，查看谁查阅过，确认更正，并通过钱包支付费用。&lt;/p&gt;&lt;p&gt;&lt;b&gt;医生&lt;/b&gt;在工作站录入诊断，并查阅患者授权共享的病史。&lt;/p&gt;&lt;p&gt;&lt;b&gt;监管部门&lt;/b&gt;查看病例统计看板和疫情预警，并在纠纷中追溯任何病历。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How to start</source>
        <translation>如何开始</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your identity is a key file issued at a hospital&apos;s registration desk (patients) or by your institution (doctors and staff). Keep its passphrase to yourself: nobody, including MedChain, can recover it.&lt;/p&gt;&lt;p&gt;Use the &lt;b&gt;Language&lt;/b&gt; menu to switch between English and Chinese at any time, and &lt;b&gt;Help ▸ About MedChain&lt;/b&gt; to see the version and libraries in use.&lt;/p&gt;</source>
        <translation>&lt;p&gt;您的身份是一个密钥文件，由医院挂号登记处（患者）或您所在的机构（医生和工作人员）签发。请妥善保管其口令：任何人（包括医链）都无法找回。&lt;/p&gt;&lt;p&gt;可随时通过&lt;b&gt;语言&lt;/b&gt;菜单在英文和中文之间切换，通过&lt;b&gt;帮助 ▸ 关于医链&lt;/b&gt;查看所用的版本和库。&lt;/p&gt;</translation>
    </message>
</context>
</TS>
