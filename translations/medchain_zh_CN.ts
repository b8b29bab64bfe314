<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdminSession</name>
    <message>
        <source>%1 names no identity keystore; say which one signs with --as.</source>
        <translation>%1 未指定身份密钥库；请用 --as 指定由哪个密钥库签名。</translation>
    </message>
    <message>
        <source>The identity %1 is not enrolled on this chain.</source>
        <translation>身份 %1 未在此链上登记。</translation>
    </message>
    <message>
        <source>The identity %1 has been revoked; it can sign nothing.</source>
        <translation>身份 %1 已被撤销，不能再签署任何内容。</translation>
    </message>
    <message>
        <source>The transaction was refused: %1</source>
        <translation>交易被拒绝：%1</translation>
    </message>
    <message>
        <source>%1 names neither a validator keystore (&quot;%2&quot;) nor a node keystore (&quot;node&quot;): this folder can neither commit transactions nor reach the network&apos;s validators.</source>
        <translation>%1 既未指定验证者密钥库（“%2”），也未指定节点密钥库（“node”）：此文件夹既不能提交交易，也无法连接网络的验证者。</translation>
    </message>
    <message numerus="yes">
        <source>The network did not commit the transaction within %1 s (%n peer(s) connected). A block needs more than two thirds of the validators: are their nodes running?</source>
        <translation>
            <numerusform>网络在 %1 秒内未提交该交易（已连接 %n 个对端）。区块需要超过三分之二的验证者：它们的节点是否在运行？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aead</name>
    <message>
        <source>A decryption key must be %1 bytes, not %2.</source>
        <translation>解密密钥必须为 %1 字节，而不是 %2 字节。</translation>
    </message>
    <message>
        <source>The encrypted data is cut short: it has %1 bytes, but even an empty message has %2.</source>
        <translation>加密数据不完整：只有 %1 字节，而即使是空消息也有 %2 字节。</translation>
    </message>
    <message>
        <source>The encrypted data could not be decrypted: the key is wrong, or the data or its context was altered.</source>
        <translation>无法解密加密数据：密钥错误，或者数据或其上下文已被篡改。</translation>
    </message>
</context>
<context>
    <name>Argon2id</name>
    <message>
        <source>The passphrase settings ask for %1 Argon2id passes; only %2 to %3 are accepted. The key file may be damaged.</source>
        <translation>口令设置要求 %1 轮 Argon2id 迭代；只接受 %2 到 %3 轮。密钥文件可能已损坏。</translation>
    </message>
    <message>
        <source>The passphrase settings ask for %1 KiB of Argon2id memory; only %2 KiB to %3 MiB are accepted. The key file may be damaged.</source>
        <translation>口令设置要求 %1 KiB 的 Argon2id 内存；只接受 %2 KiB 到 %3 MiB。密钥文件可能已损坏。</translation>
    </message>
    <message>
        <source>An Argon2id salt must be %1 bytes, not %2.</source>
        <translation>Argon2id 盐值必须为 %1 字节，而不是 %2 字节。</translation>
    </message>
    <message>
        <source>Argon2id can derive keys of %1 to %2 bytes, not %3.</source>
        <translation>Argon2id 只能派生 %1 到 %2 字节的密钥，无法派生 %3 字节的密钥。</translation>
    </message>
    <message>
        <source>The passphrase is too long.</source>
        <translation>口令过长。</translation>
    </message>
    <message>
        <source>The key could not be derived from the passphrase: %1 MiB of memory could not be allocated. Close other programs and try again.</source>
        <translation>无法从口令派生密钥：无法分配 %1 MiB 内存。请关闭其他程序后重试。</translation>
    </message>
</context>
<context>
    <name>BenchCommand</name>
    <message>
        <source>How many record transactions (default 20000).</source>
        <translation>病历交易的数量（默认 20000）。</translation>
    </message>
    <message>
        <source>Worker threads (default: one per core).</source>
        <translation>工作线程数（默认：每个 CPU 核心一个）。</translation>
    </message>
    <message>
        <source>--transactions needs a number of at least 1000.</source>
        <translation>--transactions 需要一个不小于 1000 的数字。</translation>
    </message>
    <message>
        <source>--threads needs a number.</source>
        <translation>--threads 需要一个数字。</translation>
    </message>
    <message>
        <source>Cannot create a scratch folder.</source>
        <translation>无法创建临时文件夹。</translation>
    </message>
    <message>
        <source>ingest:       %1 tx/s</source>
        <translation>导入：    %1 笔交易/秒</translation>
    </message>
    <message>
        <source>verify limit: %1 signatures/s</source>
        <translation>验证上限：%1 个签名/秒</translation>
    </message>
    <message>
        <source>ratio:        %1 (goal: at least 0.5)</source>
        <translation>比值：    %1（目标：至少 0.5）</translation>
    </message>
    <message>
        <source>Measure transactions ingested per second against bare signature checks.</source>
        <translation>测量每秒导入的交易数，并与单纯的签名验证速度对比。</translation>
    </message>
    <message>
        <source>How many record transactions (default 200000, the size the goal is set for).</source>
        <translation>记录交易的数量（默认 200000，目标所针对的规模）。</translation>
    </message>
    <message>
        <source>Serving nodes, each in its own thread (default 2).</source>
        <translation>提供数据的节点数，每个节点各用一个线程（默认 2）。</translation>
    </message>
    <message>
        <source>Transactions per block (default 5000).</source>
        <translation>每个区块的交易数（默认 5000）。</translation>
    </message>
    <message>
        <source>--transactions needs a number of at least 100.</source>
        <translation>--transactions 需要至少为 100 的数字。</translation>
    </message>
    <message>
        <source>--servers needs a number from 1 to 8.</source>
        <translation>--servers 需要 1 至 8 之间的数字。</translation>
    </message>
    <message>
        <source>--block-size needs a number from 1 to 20000.</source>
        <translation>--block-size 需要 1 至 20000 之间的数字。</translation>
    </message>
    <message>
        <source>sync:   %1 tx/s (%2 blocks, %3 transactions in %4 s from %5 serving node(s))</source>
        <translation>同步：%1 笔/秒（%2 个区块，%3 笔交易，用时 %4 秒，来自 %5 个节点）</translation>
    </message>
    <message>
        <source>replay: %1 tx/s (the same blocks from disk in %2 s)</source>
        <translation>重放：%1 笔/秒（从磁盘重放相同区块，用时 %2 秒）</translation>
    </message>
    <message>
        <source>ratio:  %1 (goal: at least 0.7)</source>
        <translation>比值：%1（目标：至少 0.7）</translation>
    </message>
    <message>
        <source>Measure a fresh replica syncing from peers against replaying the same blocks from disk.</source>
        <translation>测量新副本从对端同步的速度，并与从磁盘重放相同区块的速度比较。</translation>
    </message>
    <message>
        <source>Records in the patient&apos;s history (default 10000).</source>
        <translation>患者历史中的病历份数（默认 10000）。</translation>
    </message>
    <message>
        <source>--records needs a number from 200 to 200000.</source>
        <translation>--records 需要 200 至 200000 之间的数字。</translation>
    </message>
    <message>
        <source>timeline: %1 records/s (%2 records in %3 ms)</source>
        <translation>时间线：%1 份/秒（%2 份病历，用时 %3 毫秒）</translation>
    </message>
    <message>
        <source>crypto:   %1 records/s (the sealed keys and contents alone)</source>
        <translation>解密：  %1 份/秒（仅解封密钥并解密内容）</translation>
    </message>
    <message>
        <source>ratio:    %1</source>
        <translation>比值：  %1</translation>
    </message>
    <message>
        <source>first rows after %1 ms (the index took %2 ms); a click waits at most %3 ms behind a batch</source>
        <translation>首批行在 %1 毫秒后显示（建索引用时 %2 毫秒）；点击操作最多排在一个批次之后等待 %3 毫秒</translation>
    </message>
    <message>
        <source>Measure a patient&apos;s timeline opening against the bare decryption of the same records.</source>
        <translation>测量打开患者时间线的速度，并与单纯解密相同病历的速度对比。</translation>
    </message>
    <message>
        <source>Records with supervision summaries (default 20000).</source>
        <translation>带监管摘要的病历份数（默认 20000）。</translation>
    </message>
    <message>
        <source>--records needs a number from 1000 to 2000000.</source>
        <translation>--records 需要 1000 至 2000000 之间的数字。</translation>
    </message>
    <message>
        <source>store:     %1 summaries/s (%2 records read in %3 ms)</source>
        <translation>入库：    %1 份摘要/秒（读取 %2 份病历，用时 %3 毫秒）</translation>
    </message>
    <message>
        <source>crypto:    %1 summaries/s (opened and decoded alone)</source>
        <translation>解密：    %1 份摘要/秒（仅解密并解码摘要）</translation>
    </message>
    <message>
        <source>ratio:     %1</source>
        <translation>比值：    %1</translation>
    </message>
    <message>
        <source>reopened:  %1 ms (a new session: the store opened and the dashboard read)</source>
        <translation>重新打开：%1 毫秒（新会话：打开监管数据库并读取看板）</translation>
    </message>
    <message>
        <source>Measure the regulator&apos;s supervision store filling against the bare opening of the same summaries, and its dashboard.</source>
        <translation>测量监管机构的监管数据库写入速度，并与单纯解密相同摘要的速度对比；同时测量其看板。</translation>
    </message>
    <message>
        <source>rules:     %1 ms (the supervision rules over the same year)</source>
        <translation>规则：    %1 毫秒（同一年内的监管规则）</translation>
    </message>
    <message>
        <source>dashboard: %1 ms (a year, every district and disease)</source>
        <translation>看板：    %1 毫秒（一年，所有区县和疾病）</translation>
    </message>
    <message>
        <source>alerts:    %1 ms (C2 over the same year: %2 alert(s))</source>
        <translation>预警：    %1 毫秒（同一年内的 C2：%2 条预警）</translation>
    </message>
</context>
<context>
    <name>BenchmarkChain</name>
    <message>
        <source>Enrolling %1 practitioners and %2 patients…</source>
        <translation>正在登记 %1 名医务人员和 %2 名患者…</translation>
    </message>
    <message>
        <source>Signing %1 record transactions…</source>
        <translation>正在签署 %1 笔病历交易…</translation>
    </message>
    <message>
        <source>A benchmark transaction failed its checks.</source>
        <translation>有一笔基准测试交易未通过检查。</translation>
    </message>
</context>
<context>
    <name>Block</name>
    <message>
        <source>the header counts %1 transactions, the block holds %2</source>
        <translation>区块头记录了 %1 笔交易，而区块中有 %2 笔</translation>
    </message>
    <message>
        <source>Invalid block: %1</source>
        <translation>区块无效：%1</translation>
    </message>
    <message>
        <source>Invalid block: it is not in canonical form.</source>
        <translation>区块无效：未采用规范形式。</translation>
    </message>
</context>
<context>
    <name>BlockCommand</name>
    <message>
        <source>--height needs a block height of 1 or more, not &quot;%1&quot;.</source>
        <translation>--height 需要大于等于 1 的区块高度，而不是“%1”。</translation>
    </message>
    <message>
        <source>There is no block %1: the tip is at height %2.</source>
        <translation>不存在区块 %1：最新区块的高度为 %2。</translation>
    </message>
    <message>
        <source>Block %1 cannot be read from this replica; run verify.</source>
        <translation>无法从此副本读取区块 %1；请运行 verify。</translation>
    </message>
    <message>
        <source>Block %1 of %2</source>
        <translation>区块 %1（链 %2）</translation>
    </message>
    <message>
        <source>  hash:               %1</source>
        <translation>  哈希：          %1</translation>
    </message>
    <message>
        <source>  time:               %1</source>
        <translation>  时间：          %1</translation>
    </message>
    <message>
        <source>  previous:           %1</source>
        <translation>  前一区块：      %1</translation>
    </message>
    <message>
        <source>  transaction root:   %1</source>
        <translation>  交易根：        %1</translation>
    </message>
    <message>
        <source>  state hash:         %1</source>
        <translation>  状态哈希：      %1</translation>
    </message>
    <message>
        <source>  validator set hash: %1</source>
        <translation>  验证节点集哈希：%1</translation>
    </message>
    <message>
        <source>  proposer:           %1</source>
        <translation>  提议者：        %1</translation>
    </message>
    <message>
        <source>  commit (round %1), signed by:</source>
        <translation>  提交证书（第 %1 轮），签名者：</translation>
    </message>
    <message numerus="yes">
        <source>  %n transaction(s):</source>
        <translation>
            <numerusform>  %n 笔交易：</numerusform>
        </translation>
    </message>
    <message>
        <source>(undecodable)</source>
        <translation>（无法解码）</translation>
    </message>
    <message>
        <source>Print a block&apos;s header fields, its commit signers and its transactions&apos; hashes and types.</source>
        <translation>显示区块的区块头字段、提交证书的签名者以及其中各交易的哈希和类型。</translation>
    </message>
    <message>
        <source>The block&apos;s height (1 is the first block).</source>
        <translation>区块高度（1 为第一个区块）。</translation>
    </message>
</context>
<context>
    <name>BlockDownload</name>
    <message>
        <source>A header does not decode.</source>
        <translation>区块头无法解码。</translation>
    </message>
    <message>
        <source>The headers are not the ones asked for.</source>
        <translation>收到的区块头不是所请求的。</translation>
    </message>
    <message>
        <source>A header contradicts the verified chain.</source>
        <translation>区块头与已验证的链相矛盾。</translation>
    </message>
    <message>
        <source>A header does not follow the one before it.</source>
        <translation>区块头未接续前一个区块头。</translation>
    </message>
    <message>
        <source>A header names a validator set other than the current one.</source>
        <translation>区块头指定的验证者集合不是当前集合。</translation>
    </message>
    <message>
        <source>A header&apos;s commit certificate does not decode.</source>
        <translation>区块头的提交证书无法解码。</translation>
    </message>
    <message>
        <source>A header&apos;s commit certificate is for another block.</source>
        <translation>区块头的提交证书属于另一个区块。</translation>
    </message>
    <message>
        <source>A header&apos;s commit certificate does not verify: %1</source>
        <translation>区块头的提交证书验证失败：%1</translation>
    </message>
</context>
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
    <name>Catalog</name>
    <message>
        <source>a required field is empty.</source>
        <translation>必需字段为空。</translation>
    </message>
    <message>
        <source>The medical catalog is damaged: %1</source>
        <translation>医学目录已损坏：%1</translation>
    </message>
    <message>
        <source>a chapter runs from one category such as A00 to a later one such as B99.</source>
        <translation>每一章的范围必须从一个类目（如 A00）到其后的某个类目（如 B99）。</translation>
    </message>
    <message>
        <source>chapters %1 and %2 overlap.</source>
        <translation>第 %1 章与第 %2 章的范围重叠。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ICD-10 code such as J10.1 or I10.</source>
        <translation>“%1”不是有效的 ICD-10 编码（例如 J10.1 或 I10）。</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 重复列出。</translation>
    </message>
    <message>
        <source>%1 belongs to no chapter.</source>
        <translation>%1 不属于任何一章。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 7-character ATC code such as J01CA04.</source>
        <translation>“%1”不是 7 位的 ATC 编码（例如 J01CA04）。</translation>
    </message>
    <message>
        <source>days_min is more than days_max.</source>
        <translation>days_min 大于 days_max。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a frequency code (%2).</source>
        <translation>“%1”不是有效的给药频次代码（可用代码：%2）。</translation>
    </message>
    <message>
        <source>the usual dose %1 given %2 exceeds the maximum daily dose %3.</source>
        <translation>常用剂量 %1 微克按 %2 给药时超过每日最大剂量 %3 微克。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an exam code (capitals, digits and hyphens).</source>
        <translation>“%1”不是有效的检查项目代码（应由大写字母、数字和连字符组成）。</translation>
    </message>
    <message>
        <source>kind must be Laboratory, Imaging or Functional.</source>
        <translation>kind 必须为 Laboratory、Imaging 或 Functional。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a six-digit GB/T 2260 code.</source>
        <translation>“%1”不是六位的 GB/T 2260 行政区划代码。</translation>
    </message>
    <message>
        <source>only the province (a code ending in 0000) has no parent, and there is one province.</source>
        <translation>只有省级区划（代码以 0000 结尾）可以没有上级，且只能有一个省。</translation>
    </message>
    <message>
        <source>the parent of city %1 must be %2.</source>
        <translation>市 %1 的上级必须为 %2。</translation>
    </message>
    <message>
        <source>the parent of district %1 must be %2.</source>
        <translation>区县 %1 的上级必须为 %2。</translation>
    </message>
    <message>
        <source>the parent %1 must be listed before %2.</source>
        <translation>上级区划 %1 必须列在 %2 之前。</translation>
    </message>
    <message>
        <source>%1 lists no province.</source>
        <translation>%1 中没有列出省级区划。</translation>
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
    <name>Certificate</name>
    <message>
        <source>The certificate is not valid: %1</source>
        <translation>证书无效：%1</translation>
    </message>
    <message>
        <source>its serial number must be positive and at most 20 bytes long.</source>
        <translation>其序列号必须为正数，且长度不超过 20 字节。</translation>
    </message>
    <message>
        <source>it names a malformed IP address.</source>
        <translation>包含格式错误的 IP 地址。</translation>
    </message>
    <message>
        <source>one of its extensions is malformed or repeated.</source>
        <translation>其某个扩展格式错误或重复。</translation>
    </message>
    <message>
        <source>it has a critical extension that MedChain does not understand.</source>
        <translation>包含医链无法识别的关键扩展。</translation>
    </message>
    <message>
        <source>a %1 certificate may not be a certificate authority.</source>
        <translation>%1 角色的证书不能作为证书颁发机构。</translation>
    </message>
    <message>
        <source>its validity period is malformed.</source>
        <translation>其有效期格式错误。</translation>
    </message>
    <message>
        <source>The text is not a PEM certificate: it must start with &quot;%1&quot; and end with &quot;%2&quot;.</source>
        <translation>该文本不是 PEM 证书：必须以 &quot;%1&quot; 开头并以 &quot;%2&quot; 结尾。</translation>
    </message>
    <message>
        <source>The PEM text holds more than one block; give one certificate.</source>
        <translation>该 PEM 文本包含多个块；请只提供一个证书。</translation>
    </message>
    <message>
        <source>The PEM certificate is not valid Base64.</source>
        <translation>该 PEM 证书不是有效的 Base64。</translation>
    </message>
    <message>
        <source>The certificate of &quot;%1&quot; was not issued by &quot;%2&quot;: %3</source>
        <translation>“%1”的证书不是由“%2”签发的：%3</translation>
    </message>
    <message>
        <source>the certificates could not be read.</source>
        <translation>无法读取这些证书。</translation>
    </message>
    <message>
        <source>it names a different issuer.</source>
        <translation>其签发者是另一个机构。</translation>
    </message>
    <message>
        <source>its authority key identifier belongs to another key.</source>
        <translation>其颁发机构密钥标识符属于另一个密钥。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a certificate authority.</source>
        <translation>“%1”不是证书颁发机构。</translation>
    </message>
    <message>
        <source>its signature does not verify under the issuer&apos;s key.</source>
        <translation>使用签发者的密钥无法验证其签名。</translation>
    </message>
    <message>
        <source>The certificate is empty.</source>
        <translation>证书为空。</translation>
    </message>
    <message>
        <source>The data is not an X.509 certificate, or it is truncated.</source>
        <translation>该数据不是 X.509 证书，或已被截断。</translation>
    </message>
    <message>
        <source>The certificate is followed by %1 unexpected bytes.</source>
        <translation>证书后面有 %1 个多余字节。</translation>
    </message>
    <message>
        <source>it is not encoded in canonical DER.</source>
        <translation>未采用规范 DER 编码。</translation>
    </message>
    <message>
        <source>only X.509 version 3 certificates are accepted.</source>
        <translation>仅接受 X.509 第 3 版证书。</translation>
    </message>
    <message>
        <source>it is not signed with Ed25519, the only signature MedChain accepts.</source>
        <translation>未使用 Ed25519 签名，而医链只接受这一种签名。</translation>
    </message>
    <message>
        <source>its public key is of type %1; MedChain accepts only Ed25519 keys.</source>
        <translation>其公钥类型为 %1；医链只接受 Ed25519 密钥。</translation>
    </message>
    <message>
        <source>its Ed25519 public key is malformed.</source>
        <translation>其 Ed25519 公钥格式错误。</translation>
    </message>
    <message>
        <source>its subject must have exactly one non-empty common name.</source>
        <translation>其主体必须有且仅有一个非空的通用名称。</translation>
    </message>
    <message>
        <source>its subject names more than one organisation.</source>
        <translation>其主体列出了多个组织。</translation>
    </message>
    <message>
        <source>its subject does not name exactly one MedChain role.</source>
        <translation>其主体必须有且仅有一个医链角色。</translation>
    </message>
    <message>
        <source>its subject does not carry exactly one valid region code.</source>
        <translation>其主体必须有且仅有一个有效的行政区划代码。</translation>
    </message>
</context>
<context>
    <name>CertificateChain</name>
    <message>
        <source>There is no certificate to verify.</source>
        <translation>没有要验证的证书。</translation>
    </message>
    <message>
        <source>A certificate chain can only be verified at a valid time.</source>
        <translation>只能在有效的时间点验证证书链。</translation>
    </message>
    <message>
        <source>The certificate chain could not be prepared for verification.</source>
        <translation>无法准备证书链以进行验证。</translation>
    </message>
    <message>
        <source>The certificate of &quot;%1&quot; expired on %2.</source>
        <translation>“%1”的证书已于 %2 过期。</translation>
    </message>
    <message>
        <source>The certificate of &quot;%1&quot; is not valid before %2.</source>
        <translation>“%1”的证书在 %2 之前尚未生效。</translation>
    </message>
    <message>
        <source>The certificate of &quot;%1&quot; was not issued by a trusted authority.</source>
        <translation>“%1”的证书不是由受信任的证书颁发机构签发的。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a certificate authority, so certificates it signed are not valid.</source>
        <translation>“%1”不是证书颁发机构，因此由其签发的证书无效。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may not have certificate authorities below it, but the chain has one (path length exceeded).</source>
        <translation>“%1”之下不允许有证书颁发机构，但该证书链中有一个（超出路径长度限制）。</translation>
    </message>
    <message>
        <source>The signature on the certificate of &quot;%1&quot; does not verify: the certificate was altered or forged.</source>
        <translation>“%1”的证书签名验证失败：该证书已被篡改或伪造。</translation>
    </message>
    <message>
        <source>The certificate of &quot;%1&quot; failed verification: %2.</source>
        <translation>“%1”的证书验证失败：%2。</translation>
    </message>
</context>
<context>
    <name>CertificateIssuer</name>
    <message>
        <source>Cannot issue the certificate: %1</source>
        <translation>无法签发证书：%1</translation>
    </message>
    <message>
        <source>OpenSSL reported an error (%1).</source>
        <translation>OpenSSL 报告了一个错误（%1）。</translation>
    </message>
    <message>
        <source>a root certificate must be a certificate authority.</source>
        <translation>根证书必须是证书颁发机构证书。</translation>
    </message>
    <message>
        <source>a root certificate must certify the key that signs it.</source>
        <translation>根证书必须认证用于签署它的密钥。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a certificate authority.</source>
        <translation>“%1”不是证书颁发机构。</translation>
    </message>
    <message>
        <source>the signing key does not belong to &quot;%1&quot;.</source>
        <translation>签名密钥不属于“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may not certify other certificate authorities.</source>
        <translation>“%1”不能为其他证书颁发机构签发证书。</translation>
    </message>
    <message>
        <source>a certificate authority below &quot;%1&quot; must have a path length below %2.</source>
        <translation>“%1”之下的证书颁发机构的路径长度必须小于 %2。</translation>
    </message>
    <message>
        <source>the validity %1 to %2 lies outside that of &quot;%3&quot; (%4 to %5).</source>
        <translation>有效期 %1 至 %2 超出了“%3”的有效期（%4 至 %5）。</translation>
    </message>
    <message>
        <source>the name must have 1 to %1 characters.</source>
        <translation>名称长度必须为 1 到 %1 个字符。</translation>
    </message>
    <message>
        <source>the organisation must have at most %1 characters.</source>
        <translation>组织名称最多只能有 %1 个字符。</translation>
    </message>
    <message>
        <source>the region code &quot;%1&quot; is not 1 to 16 letters, digits or hyphens.</source>
        <translation>行政区划代码“%1”无效：应由 1 到 16 个字母、数字或连字符组成。</translation>
    </message>
    <message>
        <source>the validity must lie between the years %1 and %2.</source>
        <translation>有效期必须在 %1 年至 %2 年之间。</translation>
    </message>
    <message>
        <source>the validity must end after it starts.</source>
        <translation>有效期的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>a %1 certificate may not be a certificate authority.</source>
        <translation>%1 角色的证书不能作为证书颁发机构。</translation>
    </message>
    <message>
        <source>the path length must be between 0 and %1.</source>
        <translation>路径长度必须在 0 到 %1 之间。</translation>
    </message>
    <message>
        <source>only node certificates carry DNS names or IP addresses.</source>
        <translation>只有节点证书可以包含 DNS 名称或 IP 地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid DNS name.</source>
        <translation>“%1”不是有效的 DNS 名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address.</source>
        <translation>“%1”不是 IPv4 或 IPv6 地址。</translation>
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
    <message>
        <source>Print the version, the self-test result and the libraries in use.</source>
        <translation>显示版本、自检结果以及所用的库。</translation>
    </message>
    <message>
        <source>The node&apos;s data folder (genesis, replica, node.json).</source>
        <translation>节点的数据文件夹（创世文件、副本、node.json）。</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE (- for standard input) rather than from MEDCHAIN_PASSPHRASE.</source>
        <translation>从 FILE 的第一行读取口令（- 表示标准输入），而不是从 MEDCHAIN_PASSPHRASE 读取。</translation>
    </message>
    <message>
        <source>MedChain command line: scripting, administration and verification.</source>
        <translation>医链命令行：脚本、管理与验证。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run &quot;medchain-cli COMMAND --help&quot; for a command&apos;s options.

Environment:
  MEDCHAIN_PASSPHRASE  the passphrase, when --passphrase-file is not given
  MEDCHAIN_FAST_KDF=1  derive keys with minimal cost: for automated tests only, never for real keys

Exit status:
  0  success; a check found everything in order
  1  a check failed, or the operation could not be done
  2  usage error: unknown command, missing or malformed option</source>
        <translation>运行 &quot;medchain-cli COMMAND --help&quot; 可查看某个命令的选项。

环境变量：
  MEDCHAIN_PASSPHRASE  口令（未指定 --passphrase-file 时使用）
  MEDCHAIN_FAST_KDF=1  以最低开销派生密钥：仅用于自动化测试，切勿用于真实密钥

退出状态：
  0  成功；检查未发现任何问题
  1  检查未通过，或操作无法完成
  2  用法错误：未知命令、缺少选项或选项格式错误</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand: %2. See --help.</source>
        <translation>“%1”需要一个子命令：%2。请参阅 --help。</translation>
    </message>
    <message>
        <source>Wrong number of arguments. Usage: medchain-cli %1 %2</source>
        <translation>参数个数错误。用法：medchain-cli %1 %2</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>This command needs the data folder: give --datadir DIR.</source>
        <translation>此命令需要数据文件夹：请指定 --datadir DIR。</translation>
    </message>
    <message>
        <source>%1 holds no MedChain network (there is no genesis.cbor). Create one with init, or give the right --datadir.</source>
        <translation>%1 中没有医链网络（不存在 genesis.cbor）。请用 init 创建一个，或指定正确的 --datadir。</translation>
    </message>
    <message>
        <source>%1 has no replica yet (there is no replica.db).</source>
        <translation>%1 中还没有副本（不存在 replica.db）。</translation>
    </message>
    <message>
        <source>This command needs the passphrase: give --passphrase-file FILE or set MEDCHAIN_PASSPHRASE.</source>
        <translation>此命令需要口令：请指定 --passphrase-file FILE 或设置 MEDCHAIN_PASSPHRASE。</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>必须指定选项 --%1。</translation>
    </message>
    <message>
        <source>Run medchain-cli --help for the commands and their options.</source>
        <translation>运行 medchain-cli --help 可查看各命令及其选项。</translation>
    </message>
</context>
<context>
    <name>ClinicalSummaryHtml</name>
    <message>
        <source>Allergies: none recorded in the records you can read.</source>
        <translation>过敏：您可查阅的病历中未见记录。</translation>
    </message>
    <message>
        <source>⚠ Allergies:</source>
        <translation>⚠ 过敏：</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Current medications: none.</source>
        <translation>当前用药：无。</translation>
    </message>
    <message>
        <source>Current medications</source>
        <translation>当前用药</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>药品</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>剂量</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) you can read</source>
        <translation>
            <numerusform>您可查阅的病历 %n 份</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n not covered by your access</source>
        <translation>
            <numerusform>%n 份不在您的访问权限范围内</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommitAssembly</name>
    <message>
        <source>A vote in the commit is not a precommit for this block, height and round.</source>
        <translation>提交中的某张投票不是针对此区块、高度和轮次的预提交。</translation>
    </message>
    <message>
        <source>A precommit is by a node outside the validator set.</source>
        <translation>有一张预提交来自验证者集合之外的节点。</translation>
    </message>
    <message>
        <source>A precommit&apos;s signature does not verify.</source>
        <translation>有一张预提交的签名无法验证。</translation>
    </message>
    <message>
        <source>The precommits hold %1 of %2 voting power; more than two thirds is needed.</source>
        <translation>这些预提交只占 %2 投票权中的 %1；需要超过三分之二。</translation>
    </message>
</context>
<context>
    <name>CommitCertificate</name>
    <message>
        <source>round %1 is out of range</source>
        <translation>轮次 %1 超出范围</translation>
    </message>
    <message>
        <source>a commit signature must have two parts</source>
        <translation>提交签名必须由两部分组成</translation>
    </message>
    <message>
        <source>commit signatures must be sorted by validator, without repeats</source>
        <translation>提交签名必须按验证节点排序，且不得重复</translation>
    </message>
    <message>
        <source>Invalid commit certificate: %1</source>
        <translation>提交证书无效：%1</translation>
    </message>
    <message>
        <source>Invalid commit certificate: it is not in canonical form.</source>
        <translation>提交证书无效：未采用规范形式。</translation>
    </message>
    <message>
        <source>A commit signature is by a node outside the validator set.</source>
        <translation>有一个提交签名来自验证节点集之外的节点。</translation>
    </message>
    <message>
        <source>A commit signature does not verify.</source>
        <translation>有一个提交签名验证失败。</translation>
    </message>
    <message>
        <source>The commit is signed by %1 of %2 voting power; more than two thirds is needed.</source>
        <translation>签署该提交的投票权为 %1（共 %2）；需要超过三分之二。</translation>
    </message>
</context>
<context>
    <name>ConsentRules</name>
    <message>
        <source>Only the patient decides who may read their records.</source>
        <translation>只有患者本人才能决定谁可以查阅其病历。</translation>
    </message>
    <message>
        <source>The expiry lies in the past.</source>
        <translation>到期时间已过。</translation>
    </message>
    <message>
        <source>Access cannot be given for that long.</source>
        <translation>授权期限过长。</translation>
    </message>
    <message>
        <source>A shared key is for an unknown record.</source>
        <translation>共享的密钥对应一份未知的病历。</translation>
    </message>
    <message>
        <source>A sealed content key has the wrong size.</source>
        <translation>封装的内容密钥大小不正确。</translation>
    </message>
    <message>
        <source>A shared key is for a record the reader may not read.</source>
        <translation>共享的密钥所对应的病历不允许该读者查阅。</translation>
    </message>
    <message>
        <source>The reader already holds the key of a shared record.</source>
        <translation>读者已持有所共享病历的密钥。</translation>
    </message>
    <message>
        <source>Access can be granted to an active practitioner or institution only.</source>
        <translation>只能向在职的医务人员或有效的医疗机构授权。</translation>
    </message>
    <message>
        <source>The answered request is not this patient&apos;s request from this grantee.</source>
        <translation>所答复的访问申请不是该被授权方向此患者提出的申请。</translation>
    </message>
    <message>
        <source>The request has already been answered.</source>
        <translation>该访问申请已答复。</translation>
    </message>
    <message>
        <source>There is no such grant.</source>
        <translation>不存在该授权。</translation>
    </message>
    <message>
        <source>Only the patient who gave a grant may revoke it.</source>
        <translation>只有授权的患者本人才能撤销该授权。</translation>
    </message>
    <message>
        <source>This grant is already revoked.</source>
        <translation>该授权已被撤销。</translation>
    </message>
    <message>
        <source>Only practitioners and institutions request access.</source>
        <translation>只有医务人员和医疗机构可以提出访问申请。</translation>
    </message>
    <message>
        <source>The patient is not an active registered patient.</source>
        <translation>该患者不是有效的已注册患者。</translation>
    </message>
    <message>
        <source>A request needs a stated purpose.</source>
        <translation>访问申请必须注明目的。</translation>
    </message>
    <message>
        <source>There is no such request.</source>
        <translation>不存在该访问申请。</translation>
    </message>
    <message>
        <source>Only the patient asked may decline a request.</source>
        <translation>只有被申请的患者本人才能拒绝该访问申请。</translation>
    </message>
    <message>
        <source>Only practitioners may use emergency access.</source>
        <translation>只有医务人员可以使用紧急访问。</translation>
    </message>
    <message>
        <source>The practitioner&apos;s institution is not active.</source>
        <translation>该医务人员所属的医疗机构不处于有效状态。</translation>
    </message>
    <message>
        <source>Emergency access needs a reason of at least ten characters.</source>
        <translation>紧急访问需要填写至少十个字符的理由。</translation>
    </message>
    <message>
        <source>Keys can be shared with an active practitioner or institution only.</source>
        <translation>只能与在职的医务人员或有效的医疗机构共享密钥。</translation>
    </message>
    <message>
        <source>There are no keys to share.</source>
        <translation>没有可共享的密钥。</translation>
    </message>
    <message>
        <source>The scope lists a record that is not this patient&apos;s.</source>
        <translation>范围中列出了不属于该患者的病历。</translation>
    </message>
</context>
<context>
    <name>ConsentTx</name>
    <message>
        <source>categories must be sorted, without repeats</source>
        <translation>类别必须排序，且不得重复</translation>
    </message>
    <message>
        <source>a scope by category must name at least one</source>
        <translation>按类别限定的范围必须至少指定一个类别</translation>
    </message>
    <message>
        <source>a scope by record must name at least one</source>
        <translation>按病历限定的范围必须至少指定一份病历</translation>
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
    <name>CsvTable</name>
    <message>
        <source>%1 is not valid UTF-8.</source>
        <translation>%1 不是有效的 UTF-8 编码。</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is not closed properly.</source>
        <translation>%1 第 %2 行：带引号的字段未正确闭合。</translation>
    </message>
    <message>
        <source>%1, line %2: the header should be &quot;%3&quot;.</source>
        <translation>%1 第 %2 行：表头应为“%3”。</translation>
    </message>
    <message>
        <source>%1, line %2: %3 fields where the header has %4.</source>
        <translation>%1 第 %2 行：有 %3 个字段，而表头有 %4 个。</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row.</source>
        <translation>%1 为空：没有表头行。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1 必须是 %2 到 %3 之间的整数，而不是“%4”。</translation>
    </message>
</context>
<context>
    <name>DashboardReport</name>
    <message>
        <source>µg a day</source>
        <translation>µg/日</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>fen</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Surveillance dashboard</source>
        <translation>疫情监测看板</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Health authority</source>
        <translation>卫生健康主管部门</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>ICD-10 chapter</source>
        <translation>ICD-10 章</translation>
    </message>
    <message>
        <source>Disease category</source>
        <translation>疾病类别</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Alert method</source>
        <translation>预警方法</translation>
    </message>
    <message>
        <source>Repeated exam window (days)</source>
        <translation>重复检查时间窗（天）</translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Block height</source>
        <translation>区块高度</translation>
    </message>
    <message>
        <source>Summaries read</source>
        <translation>已读取摘要数</translation>
    </message>
    <message>
        <source>Unreadable summaries</source>
        <translation>无法读取的摘要数</translation>
    </message>
    <message>
        <source>Cases by day</source>
        <translation>每日病例数</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>病例数</translation>
    </message>
    <message>
        <source>Cases by region</source>
        <translation>各地区病例数</translation>
    </message>
    <message>
        <source>Cases by ICD-10 chapter</source>
        <translation>各 ICD-10 章病例数</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>章</translation>
    </message>
    <message>
        <source>Diseases</source>
        <translation>疾病</translation>
    </message>
    <message>
        <source>Cases by disease category</source>
        <translation>各疾病类别病例数</translation>
    </message>
    <message>
        <source>Disease</source>
        <translation>疾病</translation>
    </message>
    <message>
        <source>Outbreak alerts</source>
        <translation>暴发预警</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>区划代码</translation>
    </message>
    <message>
        <source>Disease code</source>
        <translation>疾病编码</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>检测方法</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>期望值</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>统计量</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Break-glass reads</source>
        <translation>紧急访问（破窗）查阅</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>医务人员</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>医疗机构</translation>
    </message>
    <message>
        <source>Patient pseudonym</source>
        <translation>患者化名</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Supervision findings</source>
        <translation>监管违规发现</translation>
    </message>
    <message>
        <source>Rule code</source>
        <translation>规则编码</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Subject code</source>
        <translation>涉及项目编码</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>涉及项目</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>限值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>病历</translation>
    </message>
    <message>
        <source>Surveillance dashboard of %1</source>
        <translation>%1疫情监测看板</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>周起始日</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>None in this window.</source>
        <translation>此时间窗内无记录。</translation>
    </message>
</context>
<context>
    <name>DataDir</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 过大。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 不是 JSON 对象：%2</translation>
    </message>
    <message>
        <source>The replica&apos;s key file names an unknown key derivation.</source>
        <translation>副本的密钥文件指定了未知的密钥派生方式。</translation>
    </message>
    <message>
        <source>The replica %1 has lost its key file %2; it cannot be opened.</source>
        <translation>副本 %1 的密钥文件 %2 已丢失，无法打开该副本。</translation>
    </message>
    <message>
        <source>There is no replica at %1.</source>
        <translation>%1 处没有副本。</translation>
    </message>
    <message>
        <source>%1 is in use by %2 (process %3): a running node or an admin command is writing the replica. Stop it, or send the transaction through that node.</source>
        <translation>%1 正被 %2（进程 %3）使用：正在运行的节点或管理命令在写入副本。请先停止它，或通过该节点发送交易。</translation>
    </message>
    <message>
        <source>Cannot lock %1 for writing (%2).</source>
        <translation>无法锁定 %1 以写入（%2）。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The replica %1 was not opened: its integrity guard could not be installed.</source>
        <translation>未打开副本 %1：无法安装其完整性保护。</translation>
    </message>
    <message>
        <source>This database connection has been closed.</source>
        <translation>此数据库连接已关闭。</translation>
    </message>
    <message>
        <source>A replica key must be %1 bytes, not %2.</source>
        <translation>副本密钥必须为 %1 字节，而不是 %2 字节。</translation>
    </message>
    <message>
        <source>Cannot create a replica at %1: a file with that name already exists.</source>
        <translation>无法在 %1 创建副本：已存在同名文件。</translation>
    </message>
    <message>
        <source>The replica file %1 does not exist.</source>
        <translation>副本文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The replica file %1 is empty: it has been truncated or replaced. Restore it from a backup or resynchronise the replica from the network.</source>
        <translation>副本文件 %1 为空：它已被截断或替换。请从备份中恢复，或从网络重新同步副本。</translation>
    </message>
    <message>
        <source>This transaction has already ended.</source>
        <translation>此数据库事务已结束。</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>The new folder for the demo network.</source>
        <translation>用于存放演示网络的新文件夹。</translation>
    </message>
    <message>
        <source>How many patients (default 200).</source>
        <translation>患者人数（默认 200）。</translation>
    </message>
    <message>
        <source>How many clinical records (default 2000).</source>
        <translation>临床病历数量（默认 2000）。</translation>
    </message>
    <message>
        <source>The generator&apos;s seed (default 1): the same seed and start give the same network.</source>
        <translation>生成器的随机种子（默认 1）：种子和起始日期相同，生成的网络也相同。</translation>
    </message>
    <message>
        <source>--patients needs a number from 10 to 1000000.</source>
        <translation>--patients 需要 10 到 1000000 之间的数字。</translation>
    </message>
    <message>
        <source>--records needs a number from --patients to 10000000.</source>
        <translation>--records 需要介于 --patients 的值与 10000000 之间的数字。</translation>
    </message>
    <message>
        <source>--seed needs a number.</source>
        <translation>--seed 需要一个数字。</translation>
    </message>
    <message>
        <source>--start needs a date like 2025-11-01, not &quot;%1&quot;.</source>
        <translation>--start 需要形如 2025-11-01 的日期，而不是“%1”。</translation>
    </message>
    <message>
        <source>Generating the population and a year of care</source>
        <translation>正在生成人口和一年的诊疗</translation>
    </message>
    <message>
        <source>Demo network created in %1 (%2 s).</source>
        <translation>演示网络已创建于 %1（耗时 %2 秒）。</translation>
    </message>
    <message>
        <source>chain %1, height %2, %3 transactions, tip %4</source>
        <translation>链 %1，高度 %2，%3 笔交易，最新区块 %4</translation>
    </message>
    <message>
        <source>%1 institutions, %2 practitioners, %3 patients, %4 records</source>
        <translation>%1 个医疗机构，%2 名医务人员，%3 名患者，%4 份病历</translation>
    </message>
    <message>
        <source>log in as (passphrase &quot;%1&quot; unless you gave your own):</source>
        <translation>可用以下身份登录（口令为“%1”，除非您指定了自己的口令）：</translation>
    </message>
    <message>
        <source>Create a synthetic Anhui health network with a year of care.</source>
        <translation>创建一个模拟的安徽省医疗卫生网络，包含一年的诊疗数据。</translation>
    </message>
    <message>
        <source>The first day of the simulated year, YYYY-MM-DD (default: the first day of this month a year ago).</source>
        <translation>模拟年份的第一天，格式为 YYYY-MM-DD（默认：一年前同月的 1 日）。</translation>
    </message>
    <message>
        <source>How many validator nodes (default 4, 1 to 16): the authority&apos;s, then one per hospital.</source>
        <translation>验证者节点数（默认 4，1 至 16）：先是卫生主管部门的，然后每家医院一个。</translation>
    </message>
    <message>
        <source>How many non-validating nodes (default 0, 0 to 16), run by the next hospitals, then the authority.</source>
        <translation>非验证节点数（默认 0，0 至 16），依次由其余医院运行，然后由卫生主管部门运行。</translation>
    </message>
    <message>
        <source>The first node&apos;s port on 127.0.0.1, the next ones following (default: free ports picked now).</source>
        <translation>第一个节点在 127.0.0.1 上的端口，其余节点依次递增（默认：现在选取空闲端口）。</translation>
    </message>
    <message>
        <source>--nodes needs a number from 1 to %1.</source>
        <translation>--nodes 需要 1 至 %1 之间的数字。</translation>
    </message>
    <message>
        <source>--replicas needs a number from 0 to %1.</source>
        <translation>--replicas 需要 0 至 %1 之间的数字。</translation>
    </message>
    <message>
        <source>--base-port needs 0 or a port from 1 that leaves room for %1 nodes below 65536.</source>
        <translation>--base-port 需要 0，或一个从 1 起、能在 65536 以下容纳 %1 个节点的端口。</translation>
    </message>
    <message>
        <source>nodes (network.json lists them with their keys):</source>
        <translation>节点（network.json 列出了它们及其密钥）：</translation>
    </message>
    <message>
        <source>  %1: %2, %3, run by %4</source>
        <translation>  %1：%2，%3，由%4运行</translation>
    </message>
    <message>
        <source>validator</source>
        <translation>验证者</translation>
    </message>
    <message>
        <source>replica</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>Only write the node folders; do not run the nodes to make the network&apos;s first block.</source>
        <translation>只写入节点文件夹；不运行节点来产生网络的第一个区块。</translation>
    </message>
    <message>
        <source>Running the nodes until they commit a block</source>
        <translation>正在运行节点，直到它们共同提交一个区块</translation>
    </message>
    <message numerus="yes">
        <source>the %n node(s) ran on loopback and committed block %1 together; start them again with medchain-node --datadir FOLDER.</source>
        <translation>
            <numerusform>%n 个节点已在本机回环地址上运行，并共同提交了区块 %1；可用 medchain-node --datadir FOLDER 再次启动它们。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>&quot;%1&quot; is not an age band such as 5-14.</source>
        <translation>“%1”不是有效的年龄段（例如 5-14）。</translation>
    </message>
    <message>
        <source>age bands look like &quot;0-4:40;5-14:28&quot;.</source>
        <translation>年龄段的格式应类似“0-4:40;5-14:28”。</translation>
    </message>
    <message>
        <source>a chronic condition needs a unique id and a sex of F, M or *.</source>
        <translation>慢性病必须有唯一的 id，且性别须为 F、M 或 *。</translation>
    </message>
    <message>
        <source>a condition needs a unique id.</source>
        <translation>病症必须有唯一的 id。</translation>
    </message>
    <message>
        <source>group %1 is not in chronic.csv.</source>
        <translation>分组 %1 未在 chronic.csv 中列出。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record category.</source>
        <translation>“%1”不是病历类别。</translation>
    </message>
    <message>
        <source>ICD-10 code %1 is not in the catalog.</source>
        <translation>ICD-10 编码 %1 不在目录中。</translation>
    </message>
    <message>
        <source>a diagnosis weight must be at least 1.</source>
        <translation>诊断的权重必须至少为 1。</translation>
    </message>
    <message>
        <source>icd10 lists codes such as &quot;J06.9:8;J00:3&quot;.</source>
        <translation>icd10 列应按“J06.9:8;J00:3”的格式列出编码及权重。</translation>
    </message>
    <message>
        <source>months lists twelve weights, January first.</source>
        <translation>months 列应列出十二个权重，从一月开始。</translation>
    </message>
    <message>
        <source>a condition must occur in some month.</source>
        <translation>病症必须至少在一个月份中出现。</translation>
    </message>
    <message>
        <source>sex must be F, M or *.</source>
        <translation>性别必须为 F、M 或 *。</translation>
    </message>
    <message>
        <source>specialty %1 is not in specialties.csv.</source>
        <translation>专业 %1 未在 specialties.csv 中列出。</translation>
    </message>
    <message>
        <source>levels are 1, 2 or 3.</source>
        <translation>机构级别只能为 1、2 或 3。</translation>
    </message>
    <message>
        <source>levels look like &quot;1:6;2:3;3:2&quot;.</source>
        <translation>机构级别的格式应类似“1:6;2:3;3:2”。</translation>
    </message>
    <message>
        <source>chronic condition %1 has no visits in conditions.csv.</source>
        <translation>慢性病 %1 在 conditions.csv 中没有对应的就诊类型。</translation>
    </message>
    <message>
        <source>condition %1 is not in conditions.csv.</source>
        <translation>病症 %1 未在 conditions.csv 中列出。</translation>
    </message>
    <message>
        <source>ages is empty or a band such as 0-13.</source>
        <translation>ages 列必须为空或为年龄段（例如 0-13）。</translation>
    </message>
    <message>
        <source>the text is empty.</source>
        <translation>文本为空。</translation>
    </message>
    <message>
        <source>kind must be complaint or note.</source>
        <translation>kind 必须为 complaint 或 note。</translation>
    </message>
    <message>
        <source>%1: condition %2 needs a complaint and a note for all ages.</source>
        <translation>%1：病症 %2 需要有适用于所有年龄的主诉和备注。</translation>
    </message>
    <message>
        <source>kind must be drug or exam.</source>
        <translation>kind 必须为 drug 或 exam。</translation>
    </message>
    <message>
        <source>drug %1 is not in the catalog.</source>
        <translation>药品 %1 不在目录中。</translation>
    </message>
    <message>
        <source>a drug has no result.</source>
        <translation>药品不能填写结果。</translation>
    </message>
    <message>
        <source>this dose exceeds the maximum daily dose at %1.</source>
        <translation>该剂量按 %1 给药时超过每日最大剂量。</translation>
    </message>
    <message>
        <source>exam %1 is not in the catalog.</source>
        <translation>检查 %1 不在目录中。</translation>
    </message>
    <message>
        <source>an exam has no dose.</source>
        <translation>检查不能填写剂量。</translation>
    </message>
    <message>
        <source>every row of a slot has the same chance.</source>
        <translation>同一槽位（slot）的每一行必须具有相同的概率（chance）。</translation>
    </message>
    <message>
        <source>The demo&apos;s seed data is damaged: %1</source>
        <translation>演示网络的基础数据已损坏：%1</translation>
    </message>
    <message>
        <source>age bands must follow each other from 0.</source>
        <translation>年龄段必须从 0 岁开始依次衔接。</translation>
    </message>
    <message>
        <source>%1 has no age bands.</source>
        <translation>%1 中没有年龄段。</translation>
    </message>
    <message>
        <source>the surname is empty.</source>
        <translation>姓氏为空。</translation>
    </message>
    <message>
        <source>a character needs a sex of F, M or U.</source>
        <translation>名字用字的性别必须为 F、M 或 U。</translation>
    </message>
    <message>
        <source>the name lists are empty.</source>
        <translation>姓名列表为空。</translation>
    </message>
    <message>
        <source>a name needs a three-digit country code.</source>
        <translation>姓名需要三位数字的国家代码。</translation>
    </message>
    <message>
        <source>kind must be family, female or male.</source>
        <translation>kind 必须为 family、female 或 male。</translation>
    </message>
    <message>
        <source>%1: country %2 needs family, female and male names.</source>
        <translation>%1：国家 %2 必须同时有姓氏、女性名和男性名。</translation>
    </message>
    <message>
        <source>%1 lists no names.</source>
        <translation>%1 中没有列出任何姓名。</translation>
    </message>
    <message>
        <source>a specialty needs a unique name.</source>
        <translation>专业必须有唯一的名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not another specialty.</source>
        <translation>“%1”不是另一个已列出的专业。</translation>
    </message>
    <message>
        <source>role must be one of %1, with both names.</source>
        <translation>role 必须是 %1 之一，且中英文名称都必须填写。</translation>
    </message>
    <message>
        <source>%1 has no %2 row.</source>
        <translation>%1 中没有 %2 行。</translation>
    </message>
    <message>
        <source>%1 needs a value for %2.</source>
        <translation>%1 中必须为 %2 提供取值。</translation>
    </message>
    <message>
        <source>%1: %2 must be a whole number from %3 to %4.</source>
        <translation>%1：%2 必须是 %3 到 %4 之间的整数。</translation>
    </message>
    <message>
        <source>%1: %2 must list acute conditions of conditions.csv.</source>
        <translation>%1：%2 必须列出 conditions.csv 中的急性病症。</translation>
    </message>
    <message>
        <source>%1: %2 is empty or malformed.</source>
        <translation>%1：%2 为空或格式错误。</translation>
    </message>
    <message>
        <source>%1: the community directions need as many English as Chinese names.</source>
        <translation>%1：社区方位名称的英文数量必须与中文数量相同。</translation>
    </message>
    <message>
        <source>%1: the authority&apos;s region must be the province and the outbreak&apos;s a district of the catalog.</source>
        <translation>%1：主管部门所在区划必须是省，疫情发生地必须是目录中的区县。</translation>
    </message>
    <message>
        <source>%1: the repeated exam and the overdose drug must be in the catalog.</source>
        <translation>%1：重复检查项目和超量用药的药品必须在目录中。</translation>
    </message>
    <message>
        <source>kind must be one of %1 with a reason; only notes have a supplement.</source>
        <translation>kind 必须是 %1 之一并填写理由；只有 note 类可以有补充内容。</translation>
    </message>
    <message>
        <source>%1 has no reason of kind %2.</source>
        <translation>%1 中没有类型为 %2 的理由。</translation>
    </message>
    <message>
        <source>%1 has no %2 rows.</source>
        <translation>%1 中没有 %2 行。</translation>
    </message>
    <message>
        <source>specialties.csv must list %1.</source>
        <translation>specialties.csv 必须列出 %1。</translation>
    </message>
    <message>
        <source>conditions.csv must list %1.</source>
        <translation>conditions.csv 必须列出 %1。</translation>
    </message>
    <message>
        <source>chronic.csv must list %1.</source>
        <translation>chronic.csv 必须列出 %1。</translation>
    </message>
    <message>
        <source>provincial hospitals, the gateway, the sponsor and the fund manager name their district; patterns name none.</source>
        <translation>省级医院、支付机构、试验申办方和基金管理人须填写所在区县；模板不填。</translation>
    </message>
    <message>
        <source>only the gateway, the sponsor and the fund manager have level 0.</source>
        <translation>只有支付机构、试验申办方和基金管理人的级别为 0。</translation>
    </message>
    <message>
        <source>assistance_codes must list ICD-10 codes or categories of the clinical model&apos;s diagnoses, sorted, without repeats.</source>
        <translation>assistance_codes 必须列出临床模型所用诊断的 ICD-10 编码或类目，按序排列且不重复。</translation>
    </message>
    <message>
        <source>assistance_codes is empty.</source>
        <translation>assistance_codes 为空。</translation>
    </message>
</context>
<context>
    <name>DemoFolder</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Delete the demo folder %3 to have it made again.</source>
        <translation>%1 已损坏（%2）。请删除演示文件夹 %3，以便重新创建。</translation>
    </message>
    <message>
        <source>%1 names a node folder that is not inside the demo folder.</source>
        <translation>%1 指定的节点文件夹不在演示文件夹内。</translation>
    </message>
    <message>
        <source>%1 lists no nodes.</source>
        <translation>%1 中没有列出任何节点。</translation>
    </message>
</context>
<context>
    <name>DemoLaunch</name>
    <message>
        <source>The node in %1 stopped:
%2</source>
        <translation>%1 中的节点已停止：
%2</translation>
    </message>
    <message>
        <source>The nodes made no block together within %1 s; the first node said:
%2</source>
        <translation>节点在 %1 秒内未能共同产生区块；第一个节点的输出：
%2</translation>
    </message>
    <message>
        <source>The node in %1 did not stop cleanly:
%2</source>
        <translation>%1 中的节点未能正常停止：
%2</translation>
    </message>
</context>
<context>
    <name>DemoNetwork</name>
    <message>
        <source>A demo transaction was refused (%1): %2</source>
        <translation>一笔演示交易被拒绝（%1）：%2</translation>
    </message>
    <message>
        <source>The node committed %1 of %2 demo transactions.</source>
        <translation>节点只提交了 %2 笔演示交易中的 %1 笔。</translation>
    </message>
    <message>
        <source>%1 is not empty: the demo needs a new folder.</source>
        <translation>%1 不是空文件夹：演示网络需要一个新文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Enrolling institutions, practitioners and patients</source>
        <translation>正在登记医疗机构、医务人员和患者</translation>
    </message>
    <message>
        <source>Institution %1: %2</source>
        <translation>医疗机构 %1：%2</translation>
    </message>
    <message>
        <source>Practitioner %1: %2</source>
        <translation>医务人员 %1：%2</translation>
    </message>
    <message>
        <source>Patient %1: %2</source>
        <translation>患者 %1：%2</translation>
    </message>
    <message>
        <source>Writing keystores</source>
        <translation>正在写入密钥库</translation>
    </message>
    <message>
        <source>%1 node 1</source>
        <translation>%1 1 号节点</translation>
    </message>
    <message>
        <source>Recording a year of care</source>
        <translation>正在记录一年的诊疗</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Creating the node folders</source>
        <translation>正在创建节点文件夹</translation>
    </message>
</context>
<context>
    <name>DemoNodes</name>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>无法将 %1 复制到 %2。</translation>
    </message>
    <message>
        <source>A demo network has 1 to %1 validator nodes, not %2.</source>
        <translation>演示网络有 1 至 %1 个验证者节点，而不是 %2 个。</translation>
    </message>
    <message>
        <source>A demo network has 0 to %1 replica nodes, not %2.</source>
        <translation>演示网络有 0 至 %1 个副本节点，而不是 %2 个。</translation>
    </message>
    <message>
        <source>The ports from %1 for %2 nodes do not fit below %3.</source>
        <translation>从 %1 开始为 %2 个节点分配的端口超出了 %3。</translation>
    </message>
    <message>
        <source>Node %1: %2</source>
        <translation>节点 %1：%2</translation>
    </message>
    <message>
        <source>Cannot find a free port on 127.0.0.1: %1</source>
        <translation>在 127.0.0.1 上找不到空闲端口：%1</translation>
    </message>
    <message>
        <source>The replica %1 is still open: a copy of it would be incomplete.</source>
        <translation>副本 %1 仍处于打开状态：复制出的文件将不完整。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>DemoTransactions</name>
    <message>
        <source>The demo cannot carry out event %1 of its scenario: %2</source>
        <translation>演示无法执行其场景中的第 %1 个事件：%2</translation>
    </message>
</context>
<context>
    <name>DeskInput</name>
    <message>
        <source>Type the number on the patient&apos;s identity card or passport.</source>
        <translation>请输入患者身份证或护照上的号码。</translation>
    </message>
    <message>
        <source>%1 is not a valid resident ID: its last character should be %2 for the 17 digits before it. Check the number on the card for a mistyped digit.</source>
        <translation>%1 不是有效的居民身份证号：根据前 17 位数字，最后一位应为 %2。请对照证件检查是否有数字输错。</translation>
    </message>
    <message>
        <source>A document number has only letters and digits; “%1” is not one.</source>
        <translation>证件号码只能由字母和数字组成；“%1”不符合要求。</translation>
    </message>
    <message>
        <source>A document number has %1 to %2 letters and digits, and a resident ID has 18; this one has %3.</source>
        <translation>证件号码应为 %1 至 %2 位字母和数字，居民身份证号应为 18 位；此号码为 %3 位。</translation>
    </message>
    <message>
        <source>Type the patient&apos;s region code (for example 340104).</source>
        <translation>请输入患者的行政区划代码（例如 340104）。</translation>
    </message>
    <message>
        <source>A region code has 1 to 16 letters, digits or hyphens; “%1” is not one.</source>
        <translation>行政区划代码应由 1 到 16 个字母、数字或连字符组成；“%1”不符合要求。</translation>
    </message>
</context>
<context>
    <name>DeskShortcuts</name>
    <message>
        <source>Register a patient</source>
        <translation>登记患者</translation>
    </message>
    <message>
        <source>Show the staff</source>
        <translation>显示员工</translation>
    </message>
    <message>
        <source>Show the invoices</source>
        <translation>显示账单</translation>
    </message>
    <message>
        <source>Import a patient&apos;s registration request file</source>
        <translation>导入患者的登记申请文件</translation>
    </message>
    <message>
        <source>Enter (in the national ID)</source>
        <translation>Enter（在证件号码框中）</translation>
    </message>
    <message>
        <source>Go on to the region code</source>
        <translation>转到行政区划代码</translation>
    </message>
    <message>
        <source>Enter (in the region code)</source>
        <translation>Enter（在行政区划代码框中）</translation>
    </message>
    <message>
        <source>Register the patient</source>
        <translation>登记该患者</translation>
    </message>
    <message>
        <source>Register the patient, or issue the invoice</source>
        <translation>登记该患者，或开具账单</translation>
    </message>
    <message>
        <source>Filter the staff, or find a patient to invoice</source>
        <translation>筛选员工，或查找要开具账单的患者</translation>
    </message>
    <message>
        <source>Enter (in the patient search)</source>
        <translation>Enter（在患者搜索框中）</translation>
    </message>
    <message>
        <source>Search the chain for the patient</source>
        <translation>在链上搜索该患者</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>本列表</translation>
    </message>
    <message>
        <source>Lock the session</source>
        <translation>锁定会话</translation>
    </message>
    <message>
        <source>About MedChain</source>
        <translation>关于医链</translation>
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
    <name>EncounterChecks</name>
    <message>
        <source>WARNING: %1 a day (%2, %3) is above the maximum daily dose of %4.</source>
        <translation>警告：每日 %1（%2，%3）超过每日最大剂量 %4。</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 天前</translation>
    </message>
    <message>
        <source>WARNING: %1 was already done on %2 (%3). Is it needed again?</source>
        <translation>警告：%1 已于 %2（%3）做过。确需再次检查吗？</translation>
    </message>
    <message>
        <source>WARNING: %1 was already done on %2 (%3) at %4. Is it needed again?</source>
        <translation>警告：%1 已于 %2（%3）在 %4 做过。确需再次检查吗？</translation>
    </message>
    <message>
        <source>Enter a chief complaint or at least one diagnosis.</source>
        <translation>请填写主诉或至少一项诊断。</translation>
    </message>
</context>
<context>
    <name>EnrollCommands</name>
    <message>
        <source>&quot;%1&quot; is not a region code (1 to 16 letters, digits or &apos;-&apos;).</source>
        <translation>“%1”不是行政区划代码（应为 1 到 16 个字母、数字或 &apos;-&apos;）。</translation>
    </message>
    <message>
        <source>The signing keystore&apos;s role is &quot;%1&quot;; this command must be signed by an identity whose role is &quot;%2&quot;.</source>
        <translation>签名密钥库的角色为“%1”；此命令必须由角色为“%2”的身份签名。</translation>
    </message>
    <message>
        <source>Enrolled a new %1.</source>
        <translation>已登记新身份（%1）。</translation>
    </message>
    <message>
        <source>  identity:    %1</source>
        <translation>  身份：  %1</translation>
    </message>
    <message>
        <source>  keystore:    %1</source>
        <translation>  密钥库：%1</translation>
    </message>
    <message>
        <source>  transaction: %1</source>
        <translation>  交易：  %1</translation>
    </message>
    <message>
        <source>  block:       %1</source>
        <translation>  区块：  %1</translation>
    </message>
    <message>
        <source>--kind must be one of hospital, clinic, laboratory, payment-gateway, trial-sponsor, regulator-office, fund-manager.</source>
        <translation>--kind 必须是以下之一：hospital、clinic、laboratory、payment-gateway、trial-sponsor、regulator-office、fund-manager。</translation>
    </message>
    <message>
        <source>The authority&apos;s keystore holds no registration key to hand to the institution.</source>
        <translation>主管部门的密钥库中没有可交给医疗机构的注册密钥。</translation>
    </message>
    <message>
        <source>--identity needs an identity&apos;s public key (64 hex digits).</source>
        <translation>--identity 需要身份的公钥（64 位十六进制数字）。</translation>
    </message>
    <message>
        <source>The identity %1 is not enrolled on this chain.</source>
        <translation>身份 %1 未在此链上登记。</translation>
    </message>
    <message>
        <source>The identity %1 is already revoked.</source>
        <translation>身份 %1 已被撤销。</translation>
    </message>
    <message>
        <source>Revoked %1.</source>
        <translation>已撤销 %1。</translation>
    </message>
    <message>
        <source>The signing identity&apos;s keystore.</source>
        <translation>签名身份的密钥库。</translation>
    </message>
    <message>
        <source>The passphrase of --as, when it differs from the data folder&apos;s.</source>
        <translation>--as 的口令（与数据文件夹的口令不同时使用）。</translation>
    </message>
    <message>
        <source>Where to write the new identity&apos;s keystore.</source>
        <translation>新身份密钥库的写入位置。</translation>
    </message>
    <message>
        <source>The new keystore&apos;s passphrase (default: the data folder&apos;s).</source>
        <translation>新密钥库的口令（默认：与数据文件夹的口令相同）。</translation>
    </message>
    <message>
        <source>The display name.</source>
        <translation>显示名称。</translation>
    </message>
    <message>
        <source>The region code, e.g. 340104.</source>
        <translation>行政区划代码，例如 340104。</translation>
    </message>
    <message>
        <source>Enroll an institution, signed by the authority (node.json&apos;s identity unless --as).</source>
        <translation>登记医疗机构，由主管部门签名（除非指定 --as，否则使用 node.json 中的身份）。</translation>
    </message>
    <message>
        <source>hospital, clinic, laboratory, payment-gateway, trial-sponsor, regulator-office or fund-manager.</source>
        <translation>hospital、clinic、laboratory、payment-gateway、trial-sponsor、regulator-office 或 fund-manager。</translation>
    </message>
    <message>
        <source>Enroll a practitioner, signed by their institution.</source>
        <translation>登记医务人员，由其所属医疗机构签名。</translation>
    </message>
    <message>
        <source>The licence number.</source>
        <translation>执业证书编号。</translation>
    </message>
    <message>
        <source>The specialty.</source>
        <translation>专业。</translation>
    </message>
    <message>
        <source>Register a patient after an ID check, signed by an institution; the chain keeps only a keyed hash of the national ID.</source>
        <translation>核验身份证件后注册患者，由医疗机构签名；链上只保存身份证号的带密钥哈希。</translation>
    </message>
    <message>
        <source>The national ID number.</source>
        <translation>身份证号。</translation>
    </message>
    <message>
        <source>Revoke an identity, signed by the authority (default), its enrolling institution or itself.</source>
        <translation>撤销身份，由主管部门（默认）、为其登记的医疗机构或该身份本人签名。</translation>
    </message>
    <message>
        <source>The identity&apos;s public key (64 hex digits).</source>
        <translation>身份的公钥（64 位十六进制数字）。</translation>
    </message>
    <message>
        <source>Why it is revoked.</source>
        <translation>撤销原因。</translation>
    </message>
    <message>
        <source>This institution&apos;s keystore holds no registration key to hand to the practitioner.</source>
        <translation>该医疗机构的密钥库中没有可交给医务人员的登记密钥。</translation>
    </message>
    <message>
        <source>Give either --request (keys the patient made) or --out (keys made here).</source>
        <translation>请指定 --request（患者自行生成的密钥）或 --out（在此生成密钥）二者之一。</translation>
    </message>
    <message>
        <source>Registered the patient of %1.</source>
        <translation>已登记申请文件 %1 中的患者。</translation>
    </message>
    <message>
        <source>Made a patient identity; take the request to a registration desk with your identity card.</source>
        <translation>已创建患者身份；请携带申请文件和身份证到挂号登记处办理登记。</translation>
    </message>
    <message>
        <source>  request:     %1</source>
        <translation>  申请：  %1</translation>
    </message>
    <message>
        <source>The registration request the patient&apos;s device made.</source>
        <translation>患者设备生成的登记申请。</translation>
    </message>
    <message>
        <source>Without --request: make the keys here and write their keystore to this file.</source>
        <translation>不使用 --request 时：在此生成密钥，并将其密钥库写入此文件。</translation>
    </message>
    <message>
        <source>Make your own patient identity: its keystore (under the passphrase) and the request a registration desk imports.</source>
        <translation>创建您自己的患者身份：生成其密钥库（由口令保护）以及供挂号登记处导入的登记申请。</translation>
    </message>
    <message>
        <source>Where to write your new keystore.</source>
        <translation>新密钥库的写入位置。</translation>
    </message>
    <message>
        <source>Where to write the registration request.</source>
        <translation>登记申请的写入位置。</translation>
    </message>
    <message>
        <source>The network the identity is for, if known.</source>
        <translation>该身份所属的网络（如已知）。</translation>
    </message>
</context>
<context>
    <name>EquivocationEvidence</name>
    <message>
        <source>Invalid equivocation evidence: %1</source>
        <translation>无效的双重签名证据：%1</translation>
    </message>
    <message>
        <source>Invalid equivocation evidence: the votes are not in canonical order.</source>
        <translation>无效的双重签名证据：投票不是规范顺序。</translation>
    </message>
    <message>
        <source>The two votes are not by one validator for one height, round and kind.</source>
        <translation>两张投票并非同一验证者在同一高度、轮次和类型下所投。</translation>
    </message>
    <message>
        <source>The two votes are for the same value: that is not equivocation.</source>
        <translation>两张投票针对同一个值：这不是双重签名。</translation>
    </message>
    <message>
        <source>The equivocating node is not in the validator set.</source>
        <translation>双重签名的节点不在验证者集合中。</translation>
    </message>
    <message>
        <source>A signature in the evidence does not verify.</source>
        <translation>证据中有签名无法验证。</translation>
    </message>
</context>
<context>
    <name>EvidenceBundle</name>
    <message>
        <source>No committed transaction has this hash on this replica.</source>
        <translation>此副本中没有具有该哈希的已提交交易。</translation>
    </message>
    <message>
        <source>Block %1 is missing from this replica; run verify.</source>
        <translation>此副本中缺少区块 %1；请运行 verify。</translation>
    </message>
    <message>
        <source>The validator set of block %1 is missing from this replica.</source>
        <translation>此副本中缺少区块 %1 的验证节点集。</translation>
    </message>
    <message>
        <source>The sender is not on this replica.</source>
        <translation>此副本中没有该发送方。</translation>
    </message>
    <message>
        <source>A validator of block %1 is not on this replica.</source>
        <translation>区块 %1 的某个验证节点不在此副本中。</translation>
    </message>
    <message>
        <source>evidence format %1 is not supported</source>
        <translation>不支持证据格式 %1</translation>
    </message>
    <message>
        <source>a Merkle proof has three parts</source>
        <translation>默克尔证明由三部分组成</translation>
    </message>
    <message>
        <source>This is not a valid evidence file: %1</source>
        <translation>这不是有效的证据文件：%1</translation>
    </message>
    <message>
        <source>This is not a valid evidence file: it is not in canonical form.</source>
        <translation>这不是有效的证据文件：未采用规范形式。</translation>
    </message>
    <message>
        <source>The evidence does not hold: %1</source>
        <translation>证据不成立：%1</translation>
    </message>
    <message>
        <source>the transaction belongs to another chain.</source>
        <translation>该交易属于另一条链。</translation>
    </message>
    <message>
        <source>the transaction&apos;s signature does not verify.</source>
        <translation>该交易的签名验证失败。</translation>
    </message>
    <message>
        <source>the block header is malformed.</source>
        <translation>区块头格式错误。</translation>
    </message>
    <message>
        <source>the block belongs to another chain.</source>
        <translation>该区块属于另一条链。</translation>
    </message>
    <message>
        <source>the Merkle proof does not lead to the block&apos;s transaction root.</source>
        <translation>默克尔证明无法推导出该区块的交易根。</translation>
    </message>
    <message>
        <source>the commit signatures are for another block.</source>
        <translation>提交签名属于另一个区块。</translation>
    </message>
    <message>
        <source>the validator set is not the one the block names.</source>
        <translation>验证节点集与区块指定的不一致。</translation>
    </message>
    <message>
        <source>the sender&apos;s certificate certifies another key.</source>
        <translation>发送方的证书认证的是另一个密钥。</translation>
    </message>
    <message>
        <source>a validator&apos;s certificate is missing.</source>
        <translation>缺少某个验证节点的证书。</translation>
    </message>
    <message>
        <source>a validator&apos;s certificate certifies another key or role.</source>
        <translation>某个验证节点的证书认证的是另一个密钥或角色。</translation>
    </message>
</context>
<context>
    <name>EvidenceCommands</name>
    <message>
        <source>--tx needs a transaction hash of 64 hex digits, not &quot;%1&quot;.</source>
        <translation>--tx 需要由 64 位十六进制数字组成的交易哈希，而不是“%1”。</translation>
    </message>
    <message>
        <source>Cannot write the evidence file %1: %2</source>
        <translation>无法写入证据文件 %1：%2</translation>
    </message>
    <message>
        <source>Wrote the evidence for %1 to %2 (%3 bytes).</source>
        <translation>已将 %1 的证据写入 %2（%3 字节）。</translation>
    </message>
    <message>
        <source>Cannot read the evidence file %1: %2</source>
        <translation>无法读取证据文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large to be an evidence file.</source>
        <translation>%1 过大，不可能是证据文件。</translation>
    </message>
    <message>
        <source>OK: the evidence holds. Transaction %1 (%2) was committed on %3.</source>
        <translation>正常：证据成立。交易 %1（%2）已在链 %3 上提交。</translation>
    </message>
    <message>
        <source>  sender: %1 (%2, %3)</source>
        <translation>  发送方：  %1（%2，%3）</translation>
    </message>
    <message>
        <source>  sent:   %1</source>
        <translation>  发送时间：%1</translation>
    </message>
    <message>
        <source>  block:  %1 at height %2, %3</source>
        <translation>  区块：    %1，高度 %2，%3</translation>
    </message>
    <message>
        <source>  signed by: %1</source>
        <translation>  签名者：  %1</translation>
    </message>
    <message>
        <source>Write the dispute evidence for a committed transaction: the transaction, its Merkle proof, block header, commit signatures and certificates.</source>
        <translation>为已提交的交易导出纠纷证据：交易本身及其默克尔证明、区块头、提交签名和证书。</translation>
    </message>
    <message>
        <source>The transaction&apos;s hash (64 hex digits).</source>
        <translation>交易的哈希（64 位十六进制数字）。</translation>
    </message>
    <message>
        <source>Where to write the evidence file.</source>
        <translation>证据文件的写入位置。</translation>
    </message>
    <message>
        <source>Check an evidence file offline (no data folder or passphrase needed); exits 1 and says why if it does not hold.</source>
        <translation>离线检查证据文件（无需数据文件夹或口令）；如果证据不成立，以状态 1 退出并说明原因。</translation>
    </message>
</context>
<context>
    <name>EvidenceRules</name>
    <message>
        <source>Only the authority or a current validator may report an equivocation.</source>
        <translation>只有卫生主管部门或当前验证者可以举报双重投票。</translation>
    </message>
    <message>
        <source>The evidence is about height %1, above this block&apos;s %2.</source>
        <translation>证据涉及高度 %1，高于本区块的高度 %2。</translation>
    </message>
    <message>
        <source>The accused node is not in the current validator set.</source>
        <translation>被举报的节点不在当前验证者集合中。</translation>
    </message>
    <message>
        <source>This equivocation is already recorded.</source>
        <translation>此双重投票已有记录。</translation>
    </message>
</context>
<context>
    <name>Executor</name>
    <message>
        <source>The transaction is for another chain (%1).</source>
        <translation>该交易属于另一条链（%1）。</translation>
    </message>
    <message>
        <source>The transaction&apos;s signature does not verify.</source>
        <translation>交易签名验证失败。</translation>
    </message>
    <message>
        <source>The sender is not an enrolled identity.</source>
        <translation>发送方不是已登记的身份。</translation>
    </message>
    <message>
        <source>The sender&apos;s identity has been revoked.</source>
        <translation>发送方的身份已被撤销。</translation>
    </message>
    <message>
        <source>Nonce %1 is out of turn: the sender&apos;s next nonce is %2 (a replay, or a transaction missing before it).</source>
        <translation>序号 %1 不符合顺序：发送方的下一个序号应为 %2（可能是重放，或之前缺少一笔交易）。</translation>
    </message>
    <message>
        <source>The transaction&apos;s time is too far from the block&apos;s time.</source>
        <translation>交易时间与区块时间相差过大。</translation>
    </message>
    <message>
        <source>The genesis root certificate is invalid: %1</source>
        <translation>创世根证书无效：%1</translation>
    </message>
    <message>
        <source>The genesis root certificate does not certify the authority.</source>
        <translation>创世根证书未认证主管部门。</translation>
    </message>
    <message>
        <source>The genesis node &quot;%1&quot; has no valid node certificate from the root.</source>
        <translation>创世节点“%1”没有由根证书签发的有效节点证书。</translation>
    </message>
    <message>
        <source>Every genesis validator must be one of the genesis nodes.</source>
        <translation>每个创世验证节点都必须是创世节点之一。</translation>
    </message>
    <message>
        <source>The genesis region &quot;%1&quot; is not a region code.</source>
        <translation>创世文件中的地区“%1”不是行政区划代码。</translation>
    </message>
    <message>
        <source>The genesis encryption key is not a usable X25519 key.</source>
        <translation>创世文件中的加密密钥不是可用的 X25519 密钥。</translation>
    </message>
    <message>
        <source>The genesis names node &quot;%1&quot; twice.</source>
        <translation>创世文件重复列出了节点“%1”。</translation>
    </message>
</context>
<context>
    <name>ExportFiles</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The export could not be written.</source>
        <translation>无法写入导出的文件。</translation>
    </message>
</context>
<context>
    <name>FieldCodec</name>
    <message>
        <source>a key envelope must have two parts</source>
        <translation>密钥信封必须由两部分组成</translation>
    </message>
    <message>
        <source>key envelopes must be sorted by recipient, without repeats</source>
        <translation>密钥信封必须按接收方排序，且不得重复</translation>
    </message>
    <message>
        <source>a key share must have two parts</source>
        <translation>密钥共享项必须由两部分组成</translation>
    </message>
    <message>
        <source>key shares must be sorted by record, without repeats</source>
        <translation>密钥共享项必须按病历排序，且不得重复</translation>
    </message>
    <message>
        <source>a list of hashes must be sorted, without repeats</source>
        <translation>哈希列表必须排序，且不得重复</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>Overdose</source>
        <translation>超剂量</translation>
    </message>
    <message>
        <source>Repeated exam</source>
        <translation>重复检查</translation>
    </message>
    <message>
        <source>High fees</source>
        <translation>费用过高</translation>
    </message>
    <message>
        <source>A prescription whose daily dose (the dose times the administrations a day) is above the drug&apos;s maximum daily dose in the catalog.</source>
        <translation>日剂量（单次剂量乘以每日给药次数）超过目录中该药品最大日剂量的处方。</translation>
    </message>
    <message>
        <source>Off: set a window of one day or more to find patients given the same exam again.</source>
        <translation>已关闭：将时间窗设为一天或以上，即可查找重复接受同一检查的患者。</translation>
    </message>
    <message numerus="yes">
        <source>The same patient had the same exam in another record, at any institution, within %n day(s) before. Two on one day count once.</source>
        <translation>
            <numerusform>同一患者在此前 %n 天内，于任一医疗机构的另一份病历中做过同一检查。同一天内的两次只计一次。</numerusform>
        </translation>
    </message>
    <message>
        <source>A record whose fees are above three times the median, or the upper quartile plus three interquartile ranges, of the other records with the same diagnosis in the window and region. Judged only when there are at least 20 of them.</source>
        <translation>费用高于同一时间窗和地区内相同诊断的其他病历费用中位数的三倍，或高于其上四分位数加三倍四分位距的病历。仅当此类病历不少于 20 份时才作判定。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 a day</source>
        <translation>每日 %1</translation>
    </message>
    <message>
        <source>%1 after the last</source>
        <translation>距上次 %1</translation>
    </message>
    <message>
        <source>within %1</source>
        <translation>%1 内</translation>
    </message>
    <message>
        <source>%1 prescribed at %2, above its maximum of %3.</source>
        <translation>%1 的处方剂量为%2，超过最大剂量%3。</translation>
    </message>
    <message>
        <source>%1 again %2 (the window is %3).</source>
        <translation>%1 再次检查，%2（时间窗为 %3）。</translation>
    </message>
    <message>
        <source>Fees of %1 for %2, above the limit of %3 its peers set.</source>
        <translation>%2 的费用为 %1，超过同类病历得出的限值 %3。</translation>
    </message>
</context>
<context>
    <name>FrameReader</name>
    <message>
        <source>A peer announced a frame of %1 bytes; at most %2 are allowed.</source>
        <translation>对端声明了一个 %1 字节的帧；最多只允许 %2 字节。</translation>
    </message>
</context>
<context>
    <name>Genesis</name>
    <message>
        <source>a chain parameter is out of range</source>
        <translation>某个链参数超出范围</translation>
    </message>
    <message>
        <source>the chain id is empty</source>
        <translation>链 ID 为空</translation>
    </message>
    <message>
        <source>there are no validators</source>
        <translation>没有验证节点</translation>
    </message>
    <message>
        <source>Invalid genesis document: %1</source>
        <translation>创世文件无效：%1</translation>
    </message>
    <message>
        <source>Invalid genesis document: it is not in canonical form.</source>
        <translation>创世文件无效：未采用规范形式。</translation>
    </message>
</context>
<context>
    <name>GrantText</name>
    <message>
        <source>All records</source>
        <translation>全部病历</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n listed record(s)</source>
        <translation>
            <numerusform>指定的 %n 份病历</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>已于 %1 到期</translation>
    </message>
    <message>
        <source>%1 (less than a day left)</source>
        <translation>%1（剩余不到一天）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1（剩余 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Waiting for your answer</source>
        <translation>等待您答复</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>已授权</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
</context>
<context>
    <name>IdentityRules</name>
    <message>
        <source>This identity is already enrolled.</source>
        <translation>该身份已登记。</translation>
    </message>
    <message>
        <source>The encryption key is not a usable X25519 key.</source>
        <translation>该加密密钥不是可用的 X25519 密钥。</translation>
    </message>
    <message>
        <source>The certificate is for the role &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>该证书对应的角色是“%1”，而不是“%2”。</translation>
    </message>
    <message>
        <source>The certificate certifies a different key.</source>
        <translation>该证书认证的是另一个密钥。</translation>
    </message>
    <message>
        <source>The sender&apos;s role may not send this transaction.</source>
        <translation>发送方的角色无权发送此交易。</translation>
    </message>
    <message>
        <source>An institution needs a name.</source>
        <translation>医疗机构必须有名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region code.</source>
        <translation>“%1”不是行政区划代码。</translation>
    </message>
    <message>
        <source>This kind of institution does not employ clinicians.</source>
        <translation>此类机构不聘用临床医务人员。</translation>
    </message>
    <message>
        <source>A practitioner needs a name and a licence number.</source>
        <translation>医务人员必须有姓名和执业证书编号。</translation>
    </message>
    <message>
        <source>Only hospitals and clinics register patients.</source>
        <translation>只有医院和诊所可以注册患者。</translation>
    </message>
    <message>
        <source>This person is already registered; revoke the old identity first.</source>
        <translation>此人已注册；请先撤销旧身份。</translation>
    </message>
    <message>
        <source>A node needs a name.</source>
        <translation>节点必须有名称。</translation>
    </message>
    <message>
        <source>There is no such identity.</source>
        <translation>不存在该身份。</translation>
    </message>
    <message>
        <source>This identity is already revoked.</source>
        <translation>该身份已被撤销。</translation>
    </message>
    <message>
        <source>The health authority cannot be revoked.</source>
        <translation>卫生健康主管部门不能被撤销。</translation>
    </message>
    <message>
        <source>Only the authority, the enrolling institution or the identity itself may revoke it.</source>
        <translation>只有主管部门、为其登记的医疗机构或该身份本人可以撤销该身份。</translation>
    </message>
    <message>
        <source>A revocation needs a reason.</source>
        <translation>撤销必须注明原因。</translation>
    </message>
    <message>
        <source>Remove this node from the validator set before revoking it.</source>
        <translation>撤销此节点前，请先将其从验证节点集中移除。</translation>
    </message>
    <message>
        <source>The validator set cannot be empty.</source>
        <translation>验证节点集不能为空。</translation>
    </message>
    <message>
        <source>Every validator must be an active enrolled node.</source>
        <translation>每个验证节点都必须是已登记且有效的节点。</translation>
    </message>
    <message>
        <source>The certificate was not issued by the sender: %1</source>
        <translation>该证书不是由发送方签发的：%1</translation>
    </message>
    <message>
        <source>The certificate names another person, place or region than the transaction.</source>
        <translation>证书中的人员、机构或地区与交易中的不一致。</translation>
    </message>
</context>
<context>
    <name>IdentityTx</name>
    <message>
        <source>a validator entry must have two parts</source>
        <translation>验证节点条目必须由两部分组成</translation>
    </message>
    <message>
        <source>a validator&apos;s voting power must be between 1 and 1000000</source>
        <translation>验证节点的投票权必须在 1 到 1000000 之间</translation>
    </message>
    <message>
        <source>validators must be sorted by key, without repeats</source>
        <translation>验证节点必须按密钥排序，且不得重复</translation>
    </message>
</context>
<context>
    <name>IngestBenchmark</name>
    <message>
        <source>Measuring bare Ed25519 verification on %1 threads…</source>
        <translation>正在用 %1 个线程测量纯 Ed25519 验证速度…</translation>
    </message>
    <message>
        <source>A benchmark signature did not verify.</source>
        <translation>有一个基准测试签名验证失败。</translation>
    </message>
    <message>
        <source>Ingesting in blocks of %1…</source>
        <translation>正在按每个区块 %1 笔交易导入…</translation>
    </message>
    <message>
        <source>  block %1: %2 transactions, executed and committed in %3 ms (waited %4 ms for checks)</source>
        <translation>  区块 %1：%2 笔交易，执行并提交耗时 %3 毫秒（等待检查 %4 毫秒）</translation>
    </message>
</context>
<context>
    <name>KeyDerivation</name>
    <message>
        <source>A master key of %1 bytes is needed.</source>
        <translation>需要 %1 字节的主密钥。</translation>
    </message>
    <message>
        <source>A key derivation context of %1 bytes is needed.</source>
        <translation>密钥派生上下文必须为 %1 字节。</translation>
    </message>
    <message>
        <source>The subkey could not be derived.</source>
        <translation>无法派生子密钥。</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcuts</name>
    <message>
        <source>Find a patient by name or identity</source>
        <translation>按姓名或身份查找患者</translation>
    </message>
    <message>
        <source>Enter (in the search field)</source>
        <translation>Enter（在搜索框中）</translation>
    </message>
    <message>
        <source>Search all patients on the chain</source>
        <translation>在链上搜索所有患者</translation>
    </message>
    <message>
        <source>Show the patient&apos;s history</source>
        <translation>显示患者的历史病历</translation>
    </message>
    <message>
        <source>New encounter for the selected patient</source>
        <translation>为所选患者新建就诊</translation>
    </message>
    <message>
        <source>Show the encounter form</source>
        <translation>显示就诊表单</translation>
    </message>
    <message>
        <source>Show the amendments you proposed</source>
        <translation>显示您提出的修订</translation>
    </message>
    <message>
        <source>Enter (in the history)</source>
        <translation>Enter（在历史病历中）</translation>
    </message>
    <message>
        <source>Open the selected record (the read is receipted)</source>
        <translation>打开所选病历（查阅将留下访问记录）</translation>
    </message>
    <message>
        <source>Enter (in a form field)</source>
        <translation>Enter（在表单输入框中）</translation>
    </message>
    <message>
        <source>Add the diagnosis, prescription, exam or fee typed</source>
        <translation>添加已输入的诊断、处方、检查或费用</translation>
    </message>
    <message>
        <source>Remove the selected line of the form</source>
        <translation>删除表单中所选的行</translation>
    </message>
    <message>
        <source>Sign and submit the form</source>
        <translation>签名并提交表单</translation>
    </message>
    <message>
        <source>Cancel the form</source>
        <translation>取消表单</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>本列表</translation>
    </message>
    <message>
        <source>Lock the session</source>
        <translation>锁定会话</translation>
    </message>
    <message>
        <source>About MedChain</source>
        <translation>关于医链</translation>
    </message>
</context>
<context>
    <name>Keystore</name>
    <message>
        <source>Could not read the keystore %1: %2</source>
        <translation>无法读取密钥库 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is too large to be a keystore: it is damaged or is not a MedChain keystore.</source>
        <translation>文件 %1 过大，不可能是密钥库：它已损坏，或不是医链密钥库。</translation>
    </message>
    <message>
        <source>Cannot open the keystore %1. %2</source>
        <translation>无法打开密钥库 %1。%2</translation>
    </message>
    <message>
        <source>The keystore %1 is damaged: the keys inside it do not match the identity it names. Restore it from a backup.</source>
        <translation>密钥库 %1 已损坏：其中的密钥与它所指明的身份不符。请从备份中恢复。</translation>
    </message>
    <message>
        <source>Choose a passphrase: an empty one would leave the keys unprotected.</source>
        <translation>请设置口令：空口令将使密钥不受保护。</translation>
    </message>
    <message>
        <source>The file %1 already exists; it was left as it is. Choose another name, or move the existing file away first.</source>
        <translation>文件 %1 已存在，未对其作任何改动。请换一个名称，或先将现有文件移走。</translation>
    </message>
    <message>
        <source>Could not write the keystore %1: %2</source>
        <translation>无法写入密钥库 %1：%2</translation>
    </message>
    <message>
        <source>The identity&apos;s public keys do not match the keys to be stored.</source>
        <translation>身份的公钥与要存储的密钥不符。</translation>
    </message>
    <message>
        <source>An extra secret must be 1 to %1 bytes long.</source>
        <translation>附加密钥数据的长度必须为 1 到 %1 字节。</translation>
    </message>
    <message>
        <source>The passphrase is wrong: it does not unlock the keystore %1. Check it (and the keyboard layout) and try again.</source>
        <translation>口令错误：无法解锁密钥库 %1。请检查口令（以及键盘布局）后重试。</translation>
    </message>
    <message>
        <source>The keystore %1 has been altered or damaged: the passphrase is right, but the file fails its integrity check. Restore it from a backup.</source>
        <translation>密钥库 %1 已被篡改或已损坏：口令正确，但文件未通过完整性检查。请从备份中恢复。</translation>
    </message>
</context>
<context>
    <name>KeystoreFile</name>
    <message>
        <source>an empty optional field must be left out</source>
        <translation>空的可选字段必须省略</translation>
    </message>
    <message>
        <source>the encryption key is not a usable X25519 key</source>
        <translation>加密密钥不是可用的 X25519 密钥</translation>
    </message>
    <message>
        <source>the key derivation settings need two numbers</source>
        <translation>密钥派生设置需要两个数字</translation>
    </message>
    <message>
        <source>the key derivation settings (%1 passes, %2 KiB) are out of range</source>
        <translation>密钥派生设置（%1 轮，%2 KiB）超出范围</translation>
    </message>
    <message>
        <source>The keystore file was made by a newer version of MedChain (format version %1). Upgrade MedChain to open it.</source>
        <translation>该密钥库文件由更新版本的医链创建（格式版本 %1）。请升级医链后再打开。</translation>
    </message>
    <message>
        <source>unknown format version %1</source>
        <translation>未知的格式版本 %1</translation>
    </message>
    <message>
        <source>the sealed keys are too short to hold two keys</source>
        <translation>加密封装的密钥过短，无法容纳两个密钥</translation>
    </message>
    <message>
        <source>the file is not in canonical form</source>
        <translation>文件未采用规范形式</translation>
    </message>
    <message>
        <source>The keystore file is damaged or is not a MedChain keystore. %1</source>
        <translation>该密钥库文件已损坏，或不是医链密钥库。%1</translation>
    </message>
    <message>
        <source>The passphrase settings ask for %1 MiB of memory; a keystore may ask for at most %2 MiB.</source>
        <translation>口令设置要求 %1 MiB 内存；密钥库最多只能要求 %2 MiB。</translation>
    </message>
    <message>
        <source>The identity&apos;s label is too long: at most %1 bytes of UTF-8 are allowed.</source>
        <translation>身份的标签过长：最多允许 %1 字节的 UTF-8。</translation>
    </message>
    <message>
        <source>The chain id is too long: at most %1 bytes of UTF-8 are allowed.</source>
        <translation>链 ID 过长：最多允许 %1 字节的 UTF-8。</translation>
    </message>
    <message>
        <source>The identity&apos;s role is not one MedChain knows.</source>
        <translation>身份的角色不是医链已知的角色。</translation>
    </message>
    <message>
        <source>The identity&apos;s encryption key is not a usable X25519 key.</source>
        <translation>身份的加密密钥不是可用的 X25519 密钥。</translation>
    </message>
</context>
<context>
    <name>KeystoreUnlock</name>
    <message>
        <source>Wrong passphrase: it does not open this keystore. Check Caps Lock and the keyboard layout, and try again.</source>
        <translation>口令错误：无法打开此密钥库。请检查 Caps Lock 是否开启以及键盘布局，然后重试。</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>The replica&apos;s chain summary is missing; run verify.</source>
        <translation>副本缺少链摘要；请运行 verify。</translation>
    </message>
    <message>
        <source>The replica %1 has no genesis; it is damaged.</source>
        <translation>副本 %1 没有创世区块，已损坏。</translation>
    </message>
    <message>
        <source>The replica %1 belongs to another network.</source>
        <translation>副本 %1 属于另一个网络。</translation>
    </message>
    <message>
        <source>This node is not a validator of the chain.</source>
        <translation>此节点不是该链的验证节点。</translation>
    </message>
    <message>
        <source>The replica could not be written: %1</source>
        <translation>无法写入副本：%1</translation>
    </message>
    <message>
        <source>This validator cannot commit blocks on its own: %1</source>
        <translation>此验证节点无法独自提交区块：%1</translation>
    </message>
    <message>
        <source>Block %1 is refused: %2</source>
        <translation>区块 %1 被拒绝：%2</translation>
    </message>
    <message>
        <source>it belongs to another chain.</source>
        <translation>它属于另一条链。</translation>
    </message>
    <message>
        <source>the next block expected is %1.</source>
        <translation>下一个应为区块 %1。</translation>
    </message>
    <message>
        <source>it does not extend this replica&apos;s tip.</source>
        <translation>它没有接在此副本的最新区块之后。</translation>
    </message>
    <message>
        <source>its time is not after its parent&apos;s.</source>
        <translation>其时间不晚于父区块的时间。</translation>
    </message>
    <message>
        <source>it names another validator set.</source>
        <translation>它指定了另一个验证节点集。</translation>
    </message>
    <message>
        <source>its proposer is not a validator.</source>
        <translation>其提议者不是验证节点。</translation>
    </message>
    <message>
        <source>it holds more transactions than a block may.</source>
        <translation>其交易数超过了区块允许的上限。</translation>
    </message>
    <message>
        <source>its transactions do not match the header&apos;s Merkle root.</source>
        <translation>其交易与区块头中的默克尔根不符。</translation>
    </message>
    <message>
        <source>it does not carry its parent&apos;s commit.</source>
        <translation>它没有携带父区块的提交证书。</translation>
    </message>
    <message>
        <source>the commit certificate is for another block.</source>
        <translation>提交证书属于另一个区块。</translation>
    </message>
    <message>
        <source>transaction %1: %2</source>
        <translation>交易 %1：%2</translation>
    </message>
    <message>
        <source>executing it gives another state hash; this replica and the proposer disagree.</source>
        <translation>执行后得到的状态哈希不同；此副本与提议者不一致。</translation>
    </message>
    <message>
        <source>The replica file %1 is damaged or has been tampered with: %2 part(s) fail the integrity check, the first: %3</source>
        <translation>副本文件 %1 已损坏或被篡改：有 %2 处未通过完整性检查，第一处：%3</translation>
    </message>
    <message>
        <source>This replica was opened for reading only.</source>
        <translation>此副本以只读方式打开。</translation>
    </message>
    <message>
        <source>Block %1 breaks the conservation of money: %2 The node stops.</source>
        <translation>区块 %1 违反资金守恒：%2 节点已停止。</translation>
    </message>
    <message>
        <source>The replica&apos;s books do not balance (balances %1 fen, deposits %2, withdrawals %3, %4 negative balances, %5 statements and %6 funds that do not add up). Rebuild it from the network.</source>
        <translation>副本的账目不平（余额合计 %1 分，存入 %2，提取 %3，负余额 %4 个，对不上的账单 %5 份、基金 %6 只）。请从网络重建副本。</translation>
    </message>
    <message>
        <source>The replica has lost the commit of block %1.</source>
        <translation>副本丢失了区块 %1 的提交证书。</translation>
    </message>
    <message>
        <source>the first block has no parent to commit.</source>
        <translation>第一个区块没有可提交的父区块。</translation>
    </message>
    <message>
        <source>The replica has lost the header of block %1.</source>
        <translation>副本丢失了区块 %1 的区块头。</translation>
    </message>
</context>
<context>
    <name>LedgerState</name>
    <message>
        <source>A receipt refers to an unknown record.</source>
        <translation>某条访问记录引用了未知的病历。</translation>
    </message>
    <message>
        <source>A money movement is malformed.</source>
        <translation>一笔资金变动格式有误。</translation>
    </message>
    <message>
        <source>A movement would overdraw or overflow an account.</source>
        <translation>该资金变动会使账户透支或溢出。</translation>
    </message>
    <message>
        <source>The block&apos;s payments overflow.</source>
        <translation>该区块的支付金额溢出。</translation>
    </message>
    <message>
        <source>An account&apos;s balance is negative.</source>
        <translation>有账户余额为负。</translation>
    </message>
    <message>
        <source>Money is not conserved: the balances changed by %1 fen, but deposits minus withdrawals were %2 fen.</source>
        <translation>资金不守恒：余额变动了 %1 分，而存入减提取为 %2 分。</translation>
    </message>
    <message>
        <source>The wallet audit could not read the replica: %1</source>
        <translation>钱包审计无法读取副本：%1</translation>
    </message>
</context>
<context>
    <name>Merkle</name>
    <message>
        <source>There is no entry %1 in a Merkle tree of %2 entries.</source>
        <translation>包含 %2 个条目的默克尔树中没有条目 %1。</translation>
    </message>
</context>
<context>
    <name>MessageCodec</name>
    <message>
        <source>%1 %2 are more than the %3 allowed</source>
        <translation>%1 个%2，超过允许的 %3 个</translation>
    </message>
    <message>
        <source>%1 of %2 bytes is larger than the %3 allowed</source>
        <translation>%2 字节的%1超过允许的 %3 字节</translation>
    </message>
    <message>
        <source>an entry must have two parts</source>
        <translation>每个条目必须包含两部分</translation>
    </message>
    <message>
        <source>a commit certificate</source>
        <translation>提交证书</translation>
    </message>
    <message>
        <source>hashes</source>
        <translation>哈希</translation>
    </message>
    <message>
        <source>the hash list is empty</source>
        <translation>哈希列表为空</translation>
    </message>
    <message>
        <source>hashes must be sorted, without repeats</source>
        <translation>哈希必须排序且不重复</translation>
    </message>
    <message>
        <source>%1 headers asked for, more than the %2 allowed</source>
        <translation>请求了 %1 个区块头，超过允许的 %2 个</translation>
    </message>
    <message>
        <source>a request for no headers</source>
        <translation>请求的区块头数量为零</translation>
    </message>
    <message>
        <source>headers</source>
        <translation>区块头</translation>
    </message>
    <message>
        <source>a block header</source>
        <translation>区块头</translation>
    </message>
    <message>
        <source>heights</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>a request for no blocks</source>
        <translation>请求的区块数量为零</translation>
    </message>
    <message>
        <source>heights must be ascending, without repeats</source>
        <translation>高度必须递增且不重复</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>区块</translation>
    </message>
    <message>
        <source>a block</source>
        <translation>区块</translation>
    </message>
    <message>
        <source>transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>a transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>unknown consensus kind %1</source>
        <translation>未知的共识消息类型 %1</translation>
    </message>
    <message>
        <source>a consensus message</source>
        <translation>共识消息</translation>
    </message>
    <message>
        <source>A peer sent an invalid message: %1</source>
        <translation>对端发送了无效消息：%1</translation>
    </message>
    <message>
        <source>%1 bytes, more than the %2 a frame may hold</source>
        <translation>%1 字节，超过一帧可容纳的 %2 字节</translation>
    </message>
    <message>
        <source>unknown message type %1</source>
        <translation>未知的消息类型 %1</translation>
    </message>
    <message>
        <source>it is not in canonical form</source>
        <translation>它不是规范形式</translation>
    </message>
</context>
<context>
    <name>NetworkBootstrap</name>
    <message>
        <source>A chain id of 1 to %1 bytes is needed.</source>
        <translation>需要 1 到 %1 字节的链 ID。</translation>
    </message>
</context>
<context>
    <name>NetworkCommands</name>
    <message>
        <source>--block-interval-ms needs a number of milliseconds from 10 to 3600000, not &quot;%1&quot;.</source>
        <translation>--block-interval-ms 需要 10 到 3600000 之间的毫秒数，而不是“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region code (1 to 16 letters, digits or &apos;-&apos;).</source>
        <translation>“%1”不是行政区划代码（应为 1 到 16 个字母、数字或 &apos;-&apos;）。</translation>
    </message>
    <message>
        <source>%1 already exists: %2 already holds a network. Choose an empty folder.</source>
        <translation>%1 已存在：%2 中已有一个网络。请选择一个空文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>creating the network&apos;s keys and genesis…</source>
        <translation>正在创建网络的密钥和创世区块…</translation>
    </message>
    <message>
        <source>%1 node 1</source>
        <translation>%1 1 号节点</translation>
    </message>
    <message>
        <source>creating the encrypted replica…</source>
        <translation>正在创建加密本地副本…</translation>
    </message>
    <message>
        <source>Created the network %1 in %2.</source>
        <translation>已在 %2 中创建网络 %1。</translation>
    </message>
    <message>
        <source>  genesis:   %1</source>
        <translation>  创世区块：%1</translation>
    </message>
    <message>
        <source>  authority: %1 (%2)</source>
        <translation>  主管部门：%1（%2）</translation>
    </message>
    <message>
        <source>  validator: %1 (%2)</source>
        <translation>  验证节点：%1（%2）</translation>
    </message>
    <message>
        <source>Create a new network in --datadir: the health authority&apos;s keys, root certificate and validator, genesis, replica and keystores.</source>
        <translation>在 --datadir 中创建新网络：卫生健康主管部门的密钥、根证书和验证节点，以及创世区块、副本和密钥库。</translation>
    </message>
    <message>
        <source>The new chain&apos;s id (1 to 64 characters).</source>
        <translation>新链的 ID（1 到 64 个字符）。</translation>
    </message>
    <message>
        <source>The health authority&apos;s name.</source>
        <translation>卫生健康主管部门的名称。</translation>
    </message>
    <message>
        <source>The authority&apos;s region code, e.g. 340000.</source>
        <translation>主管部门的行政区划代码，例如 340000。</translation>
    </message>
    <message>
        <source>Milliseconds between blocks (default 1000).</source>
        <translation>出块间隔毫秒数（默认 1000）。</translation>
    </message>
</context>
<context>
    <name>NetworkConfig</name>
    <message>
        <source>node.json: &quot;listen&quot; must be an address like 127.0.0.1:7101, not &quot;%1&quot;.</source>
        <translation>node.json：“listen” 必须是形如 127.0.0.1:7101 的地址，而不是 “%1”。</translation>
    </message>
    <message>
        <source>node.json: each peer needs an &quot;address&quot; like 127.0.0.1:7102 and its &quot;node&quot; key in hex (&quot;%1&quot; has not).</source>
        <translation>node.json：每个对端都需要形如 127.0.0.1:7102 的 “address” 和十六进制的 “node” 密钥（“%1” 缺少）。</translation>
    </message>
    <message>
        <source>node.json: &quot;emptyBlockIntervalMs&quot; must be at least 100.</source>
        <translation>node.json：“emptyBlockIntervalMs” 至少为 100。</translation>
    </message>
</context>
<context>
    <name>NewKeystorePath</name>
    <message>
        <source>Choose where to save the new keystore.</source>
        <translation>请选择新密钥库的保存位置。</translation>
    </message>
    <message>
        <source>Give the keystore&apos;s full path, or choose it with Browse.</source>
        <translation>请填写密钥库的完整路径，或点击“浏览”选择。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file: a keystore is never written over another.</source>
        <translation>%1 已存在。请选择其他文件：密钥库绝不会覆盖另一个密钥库。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>NodeLog</name>
    <message>
        <source>Cannot open the log file %1: %2</source>
        <translation>无法打开日志文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>NodeNetworking</name>
    <message>
        <source>This node&apos;s key is not enrolled on the chain as a node; enroll it before it joins the network.</source>
        <translation>此节点的密钥尚未作为节点登记在链上；请先登记，再加入网络。</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) connected.</source>
        <translation>
            <numerusform>已连接 %n 个对端。</numerusform>
        </translation>
    </message>
    <message>
        <source>The signing log ended in a torn record (a crash while writing it); the record was dropped.</source>
        <translation>签名日志以一条不完整的记录结尾（写入时崩溃）；该记录已丢弃。</translation>
    </message>
</context>
<context>
    <name>OutbreakDetection</name>
    <message>
        <source>EARS C1 (mild): compares each day&apos;s count with the mean of the 7 days just before it and alerts when the count is more than 3 standard deviations above that mean (a standard deviation below one case counts as one case).</source>
        <translation>EARS C1（轻度）：将每天的病例数与其前 7 天的均值比较，当病例数超出该均值 3 个标准差以上时发出预警（标准差小于 1 例时按 1 例计）。</translation>
    </message>
    <message>
        <source>EARS C3 (high): adds, over the day and the 2 days before it, how far each day&apos;s C2 value exceeds 1 standard deviation, and alerts when the sum is above 2, so a moderate rise sustained for several days is caught.</source>
        <translation>EARS C3（高度）：对当天及其前 2 天，累加每天的 C2 值超出 1 个标准差的部分，当总和大于 2 时发出预警，从而能发现持续数天的中等幅度上升。</translation>
    </message>
    <message>
        <source>CUSUM: adds up each day&apos;s excess over the C2 baseline (days 3 to 9 before), in standard deviations and less an allowance of %1, and alerts when the sum exceeds %2; after an alert it starts again from zero.</source>
        <translation>CUSUM：逐日累加当天超出 C2 基线（前第 3 至第 9 天）的部分（以标准差计，并减去容许值 %1），当累计和超过 %2 时发出预警；预警后从零重新累计。</translation>
    </message>
    <message>
        <source>EARS C2 (medium): like C1, but the 7-day baseline ends 3 days before the day (days 3 to 9 before), so a rise over the last two days does not raise the baseline; alerts above 3 standard deviations.</source>
        <translation>EARS C2（中度）：与 C1 类似，但 7 天基线截至 3 天前（取前第 3 至第 9 天），因此最近两天的上升不会抬高基线；超出 3 个标准差时发出预警。</translation>
    </message>
</context>
<context>
    <name>PartyText</name>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Not known to this replica</source>
        <translation>此副本中没有该身份的信息</translation>
    </message>
    <message>
        <source>%1, revoked</source>
        <translation>%1，已撤销</translation>
    </message>
    <message>
        <source>Health authority</source>
        <translation>卫生健康主管部门</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>医疗机构</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>医务人员</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Network node</source>
        <translation>网络节点</translation>
    </message>
    <message>
        <source>Unknown role</source>
        <translation>未知角色</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>诊所</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>检验机构</translation>
    </message>
    <message>
        <source>Payment gateway</source>
        <translation>支付机构</translation>
    </message>
    <message>
        <source>Clinical-trial sponsor</source>
        <translation>临床试验申办方</translation>
    </message>
    <message>
        <source>Regulator&apos;s office</source>
        <translation>监管机构</translation>
    </message>
    <message>
        <source>Fund manager</source>
        <translation>基金管理人</translation>
    </message>
</context>
<context>
    <name>PassphraseSource</name>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>无法读取口令文件 %1：%2</translation>
    </message>
    <message>
        <source>The passphrase file %1 does not start with a passphrase line.</source>
        <translation>口令文件 %1 的开头不是一行口令。</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>口令文件 %1 为空。</translation>
    </message>
    <message>
        <source>MEDCHAIN_PASSPHRASE is set but empty.</source>
        <translation>MEDCHAIN_PASSPHRASE 已设置但为空。</translation>
    </message>
</context>
<context>
    <name>PatientReads</name>
    <message>
        <source>This record is not in your history.</source>
        <translation>此病历不在您的病历记录中。</translation>
    </message>
    <message>
        <source>The proof chains to another network&apos;s root certificate.</source>
        <translation>该证明的证书链指向另一个网络的根证书。</translation>
    </message>
    <message>
        <source>This record is not in this patient&apos;s history.</source>
        <translation>此病历不在该患者的历史病历中。</translation>
    </message>
</context>
<context>
    <name>PeerAdmission</name>
    <message>
        <source>The peer is not enrolled on this chain.</source>
        <translation>该对端未在此链上登记。</translation>
    </message>
    <message>
        <source>The peer&apos;s identity is not a node.</source>
        <translation>该对端的身份不是节点。</translation>
    </message>
    <message>
        <source>The peer node has been revoked.</source>
        <translation>该对端节点已被吊销。</translation>
    </message>
    <message>
        <source>The institution that runs the peer node has been revoked.</source>
        <translation>运行该对端节点的医疗机构已被吊销。</translation>
    </message>
</context>
<context>
    <name>PeerProtocol</name>
    <message>
        <source>A peer&apos;s unfinished message needs more than %1 bytes of memory.</source>
        <translation>对端未完成的消息需要超过 %1 字节的内存。</translation>
    </message>
    <message>
        <source>A peer sent more than %1 messages a second.</source>
        <translation>对端每秒发送的消息超过 %1 条。</translation>
    </message>
    <message>
        <source>A peer sent a message before its Hello.</source>
        <translation>对端在 Hello 之前发送了消息。</translation>
    </message>
    <message>
        <source>A peer sent a second Hello.</source>
        <translation>对端发送了第二个 Hello。</translation>
    </message>
    <message>
        <source>The peer closed the connection (reason %1).</source>
        <translation>对端关闭了连接（原因 %1）。</translation>
    </message>
    <message>
        <source>A peer sent an answer to a request this node did not make.</source>
        <translation>对端回复了本节点未曾发出的请求。</translation>
    </message>
    <message>
        <source>A peer sent more than %1 bytes a second.</source>
        <translation>对端每秒发送超过 %1 字节。</translation>
    </message>
    <message>
        <source>A peer has more than %1 requests waiting for answers.</source>
        <translation>对端有超过 %1 个请求在等待回复。</translation>
    </message>
    <message>
        <source>A peer speaks protocol version %1; this node speaks version %2.</source>
        <translation>对端使用协议版本 %1；本节点使用版本 %2。</translation>
    </message>
    <message>
        <source>A peer is on chain &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>对端位于链“%1”，而不是“%2”。</translation>
    </message>
    <message>
        <source>A peer&apos;s chain starts from a different genesis.</source>
        <translation>对端的链起始于不同的创世区块。</translation>
    </message>
    <message>
        <source>This node connected to itself.</source>
        <translation>本节点连接到了自己。</translation>
    </message>
    <message>
        <source>A peer&apos;s Hello names a node other than its certificate.</source>
        <translation>对端的 Hello 所声明的节点与其证书不符。</translation>
    </message>
    <message>
        <source>A peer did not say Hello within %1 ms.</source>
        <translation>对端未在 %1 毫秒内发送 Hello。</translation>
    </message>
    <message>
        <source>A peer did not answer within %1 ms.</source>
        <translation>对端未在 %1 毫秒内回复。</translation>
    </message>
    <message>
        <source>The connection to the peer is not open.</source>
        <translation>与对端的连接未打开。</translation>
    </message>
    <message>
        <source>The protocol sends Hello, Pong and Goodbye itself.</source>
        <translation>Hello、Pong 和 Goodbye 由协议自行发送。</translation>
    </message>
    <message>
        <source>Already %1 requests are waiting for this peer&apos;s answers.</source>
        <translation>已有 %1 个请求在等待该对端回复。</translation>
    </message>
    <message>
        <source>The peer did not ask for this.</source>
        <translation>对端并未请求此内容。</translation>
    </message>
    <message>
        <source>A message of %1 bytes is too large to send.</source>
        <translation>%1 字节的消息过大，无法发送。</translation>
    </message>
    <message>
        <source>This node closed the connection.</source>
        <translation>本节点关闭了连接。</translation>
    </message>
    <message>
        <source>A peer is not reading: more than %1 bytes wait to be sent.</source>
        <translation>对端没有读取数据：超过 %1 字节在等待发送。</translation>
    </message>
</context>
<context>
    <name>Proposal</name>
    <message>
        <source>the proof-of-lock round must be -1 or earlier than the round</source>
        <translation>锁定证明轮次必须为 -1 或早于当前轮次</translation>
    </message>
    <message>
        <source>Invalid proposal: %1</source>
        <translation>无效的提案：%1</translation>
    </message>
    <message>
        <source>Invalid proposal: it is not in canonical form.</source>
        <translation>无效的提案：不是规范形式。</translation>
    </message>
</context>
<context>
    <name>RecordAccess</name>
    <message>
        <source>You hold no key to this record.</source>
        <translation>您没有此病历的密钥。</translation>
    </message>
    <message>
        <source>The record&apos;s transaction is missing from this replica.</source>
        <translation>此副本中缺少该病历的交易。</translation>
    </message>
    <message>
        <source>That transaction is not a record.</source>
        <translation>该交易不是病历。</translation>
    </message>
    <message>
        <source>There is no such record.</source>
        <translation>不存在该病历。</translation>
    </message>
</context>
<context>
    <name>RecordContent</name>
    <message>
        <source>a prescription has five parts</source>
        <translation>处方由五部分组成</translation>
    </message>
    <message>
        <source>a fee has two parts</source>
        <translation>费用由两部分组成</translation>
    </message>
    <message>
        <source>a fee cannot be negative</source>
        <translation>费用不能为负数</translation>
    </message>
    <message>
        <source>a diagnosis has two parts</source>
        <translation>诊断由两部分组成</translation>
    </message>
    <message>
        <source>an exam has three parts</source>
        <translation>检查由三部分组成</translation>
    </message>
    <message>
        <source>Invalid record content</source>
        <translation>病历内容无效</translation>
    </message>
    <message>
        <source>a dose cannot be negative</source>
        <translation>剂量不能为负数</translation>
    </message>
    <message>
        <source>a duration must be between 0 and 3650 days</source>
        <translation>疗程必须在 0 到 3650 天之间</translation>
    </message>
    <message>
        <source>it is not in canonical form.</source>
        <translation>未采用规范形式。</translation>
    </message>
</context>
<context>
    <name>RecordCrypto</name>
    <message>
        <source>This record&apos;s key is not addressed to you, or it is damaged.</source>
        <translation>此病历的密钥不是发给您的，或已损坏。</translation>
    </message>
    <message>
        <source>This record&apos;s key has the wrong size.</source>
        <translation>此病历的密钥大小不正确。</translation>
    </message>
    <message>
        <source>The record does not decrypt: it was altered or does not belong to this header.</source>
        <translation>病历无法解密：它已被篡改，或不属于此病历头。</translation>
    </message>
</context>
<context>
    <name>RecordDiff</name>
    <message>
        <source>Chief complaint</source>
        <translation>主诉</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation>处方</translation>
    </message>
    <message>
        <source>Examinations</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>费用</translation>
    </message>
</context>
<context>
    <name>RecordFormat</name>
    <message>
        <source>%1 µg</source>
        <translation>%1 µg</translation>
    </message>
    <message>
        <source>%1 mg</source>
        <translation>%1 mg</translation>
    </message>
    <message>
        <source>once a day</source>
        <translation>每日一次</translation>
    </message>
    <message>
        <source>twice a day</source>
        <translation>每日两次</translation>
    </message>
    <message>
        <source>three times a day</source>
        <translation>每日三次</translation>
    </message>
    <message>
        <source>four times a day</source>
        <translation>每日四次</translation>
    </message>
    <message>
        <source>every 4 hours</source>
        <translation>每 4 小时一次</translation>
    </message>
    <message>
        <source>every 6 hours</source>
        <translation>每 6 小时一次</translation>
    </message>
    <message>
        <source>every 8 hours</source>
        <translation>每 8 小时一次</translation>
    </message>
    <message>
        <source>every 12 hours</source>
        <translation>每 12 小时一次</translation>
    </message>
    <message>
        <source>at night</source>
        <translation>每晚一次</translation>
    </message>
    <message>
        <source>every other day</source>
        <translation>隔日一次</translation>
    </message>
    <message>
        <source>twice a week</source>
        <translation>每周两次</translation>
    </message>
    <message>
        <source>once a week</source>
        <translation>每周一次</translation>
    </message>
    <message>
        <source>once, immediately</source>
        <translation>立即，仅一次</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>必要时</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation>就诊</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>检验</translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation>影像</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>处方</translation>
    </message>
    <message>
        <source>Vaccination</source>
        <translation>疫苗接种</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Unknown identity %1</source>
        <translation>未知身份 %1</translation>
    </message>
    <message>
        <source>awaiting your answer</source>
        <translation>等待您答复</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Amended; amendment pending</source>
        <translation>已修订；有修订待处理</translation>
    </message>
    <message>
        <source>Amendment pending</source>
        <translation>修订待处理</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>已修订</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2, %3, for %4</source>
        <translation>%1：%2，%3，共 %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
</context>
<context>
    <name>RecordHtml</name>
    <message>
        <source>This record cannot be read: %1</source>
        <translation>无法读取此病历：%1</translation>
    </message>
    <message>
        <source>Integrity proof</source>
        <translation>完整性证明</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>医疗机构</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>医生</translation>
    </message>
    <message>
        <source>Encounter time</source>
        <translation>就诊时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Chief complaint</source>
        <translation>主诉</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation>处方</translation>
    </message>
    <message>
        <source>Examinations</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1，由 %2 提出：%3</translation>
    </message>
    <message>
        <source>Its content cannot be read.</source>
        <translation>其内容无法读取。</translation>
    </message>
    <message>
        <source>Changes nothing.</source>
        <translation>未作任何更改。</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>更改：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Amendment history</source>
        <translation>修订历史</translation>
    </message>
    <message>
        <source>✓ Verified</source>
        <translation>✓ 已验证</translation>
    </message>
    <message>
        <source>⚠ Not verified: %1</source>
        <translation>⚠ 未通过验证：%1</translation>
    </message>
    <message>
        <source>no proof was found.</source>
        <translation>未找到证明。</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>区块</translation>
    </message>
    <message>
        <source>%1 (%2…)</source>
        <translation>%1（%2…）</translation>
    </message>
    <message>
        <source>Block time</source>
        <translation>区块时间</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签署者</translation>
    </message>
    <message>
        <source>Validators</source>
        <translation>验证者</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>现行版本</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>拟修订版本</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1（已更改）</translation>
    </message>
    <message>
        <source>awaiting the patient&apos;s answer</source>
        <translation>等待患者答复</translation>
    </message>
</context>
<context>
    <name>RecordReport</name>
    <message>
        <source>Medical records of %1</source>
        <translation>%1 的病历</translation>
    </message>
    <message>
        <source>Patient identity: %1</source>
        <translation>患者身份：%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported from MedChain on %1; %n record(s).</source>
        <translation>
            <numerusform>于 %1 从 医链 导出；共 %n 份病历。</numerusform>
        </translation>
    </message>
    <message>
        <source>Each record ends with its integrity proof: the block in which the network committed it, who signed it and whether the proof checks out. The dispute evidence file of a record lets anyone verify it offline.</source>
        <translation>每份病历末尾都附有其完整性证明：网络提交该病历时所在的区块、签署者，以及证明是否核验通过。任何人都可以凭病历的证据文件离线验证该病历。</translation>
    </message>
</context>
<context>
    <name>RecordRules</name>
    <message>
        <source>Only enrolled practitioners write records.</source>
        <translation>只有已登记的医务人员可以书写病历。</translation>
    </message>
    <message>
        <source>The practitioner&apos;s institution is not active.</source>
        <translation>该医务人员所属的医疗机构不处于有效状态。</translation>
    </message>
    <message>
        <source>A sealed content key has the wrong size.</source>
        <translation>封装的内容密钥大小不正确。</translation>
    </message>
    <message>
        <source>The record must be sealed to exactly the patient, the author, the author&apos;s institution and the patient&apos;s active grantees (%1 expected, %2 given).</source>
        <translation>病历必须且只能加密封装给患者、书写者、书写者所属医疗机构以及患者当前有效的被授权方（应为 %1 个，实际为 %2 个）。</translation>
    </message>
    <message>
        <source>The patient is not an active registered patient.</source>
        <translation>该患者不是有效的已注册患者。</translation>
    </message>
    <message>
        <source>The encounter lies in the future.</source>
        <translation>就诊时间晚于当前时间。</translation>
    </message>
    <message>
        <source>A record needs its content and its supervision summary.</source>
        <translation>病历必须包含内容及其监管摘要。</translation>
    </message>
    <message>
        <source>There is no such record.</source>
        <translation>不存在该病历。</translation>
    </message>
    <message>
        <source>Only the record&apos;s author may propose an amendment.</source>
        <translation>只有病历的书写者可以提出修订。</translation>
    </message>
    <message>
        <source>An amendment of this record already awaits the patient.</source>
        <translation>此病历已有一项修订在等待患者处理。</translation>
    </message>
    <message>
        <source>An amendment needs its content and its supervision summary.</source>
        <translation>修订必须包含内容及其监管摘要。</translation>
    </message>
    <message>
        <source>There is no such amendment.</source>
        <translation>不存在该修订。</translation>
    </message>
    <message>
        <source>Only the patient confirms or rejects an amendment.</source>
        <translation>只有患者可以确认或拒绝修订。</translation>
    </message>
    <message>
        <source>This amendment has already been answered.</source>
        <translation>该修订已处理。</translation>
    </message>
    <message>
        <source>Patients do not leave receipts for their own records.</source>
        <translation>患者查阅自己的病历无需留下访问记录。</translation>
    </message>
    <message>
        <source>A read needs a stated purpose.</source>
        <translation>查阅病历必须注明目的。</translation>
    </message>
    <message>
        <source>The sender holds no key to this record.</source>
        <translation>发送方没有此病历的密钥。</translation>
    </message>
</context>
<context>
    <name>RegistrationRequest</name>
    <message>
        <source>This is not a registration request: it is too large.</source>
        <translation>这不是有效的登记申请：数据过大。</translation>
    </message>
    <message>
        <source>This registration request was made by a newer MedChain.</source>
        <translation>此登记申请由更新版本的医链生成。</translation>
    </message>
    <message>
        <source>This is not a registration request: %1</source>
        <translation>这不是有效的登记申请：%1</translation>
    </message>
    <message>
        <source>This registration request&apos;s signature does not match its keys: it was altered, or not made by the keys&apos; owner.</source>
        <translation>此登记申请的签名与其密钥不匹配：申请已被篡改，或并非由密钥持有者生成。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a registration request: it is too large.</source>
        <translation>%1 不是登记申请：文件过大。</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file for the request.</source>
        <translation>%1 已存在；请为申请另选一个文件。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>RegulatorShortcuts</name>
    <message>
        <source>Show the surveillance tab</source>
        <translation>显示“疫情监测”选项卡</translation>
    </message>
    <message>
        <source>Show the outbreak alerts</source>
        <translation>显示暴发预警</translation>
    </message>
    <message>
        <source>Show the break-glass accesses</source>
        <translation>显示紧急访问记录</translation>
    </message>
    <message>
        <source>Enter (in By region)</source>
        <translation>Enter（在“按地区”列表中）</translation>
    </message>
    <message>
        <source>Show the regions within the chosen one</source>
        <translation>显示所选地区的下级地区</translation>
    </message>
    <message>
        <source>Go up one region</source>
        <translation>返回上一级地区</translation>
    </message>
    <message>
        <source>Enter (in By disease)</source>
        <translation>Enter（在“按疾病”列表中）</translation>
    </message>
    <message>
        <source>Narrow down to the chosen chapter or category</source>
        <translation>缩小到所选的章或类目</translation>
    </message>
    <message>
        <source>Choose the disease chapter</source>
        <translation>选择疾病所属的章</translation>
    </message>
    <message>
        <source>Count every category of the chapter again</source>
        <translation>重新统计该章的全部类目</translation>
    </message>
    <message>
        <source>Enter (in the alerts)</source>
        <translation>Enter（在预警列表中）</translation>
    </message>
    <message>
        <source>Show the alert&apos;s district and disease around its day</source>
        <translation>显示该预警所在区县、该疾病在当日前后的病例</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>本列表</translation>
    </message>
    <message>
        <source>Lock the session</source>
        <translation>锁定会话</translation>
    </message>
    <message>
        <source>About MedChain</source>
        <translation>关于医链</translation>
    </message>
    <message>
        <source>Show the records that break a rule</source>
        <translation>显示违反规则的病历</translation>
    </message>
    <message>
        <source>Trace a record by its id</source>
        <translation>按 ID 追溯病历</translation>
    </message>
    <message>
        <source>Show the validators and peers</source>
        <translation>显示验证者和对等节点</translation>
    </message>
    <message>
        <source>Show the institutions, practitioners, validators and subsidy programs</source>
        <translation>显示医疗机构、医务人员、验证者和补贴项目</translation>
    </message>
    <message>
        <source>Enter (in the findings)</source>
        <translation>Enter（在违规发现列表中）</translation>
    </message>
    <message>
        <source>Trace the finding&apos;s record</source>
        <translation>追溯该违规发现所涉及的病历</translation>
    </message>
</context>
<context>
    <name>ReplicaKeyFile</name>
    <message>
        <source>A replica salt must be %1 bytes, not %2.</source>
        <translation>副本盐值必须为 %1 字节，而不是 %2 字节。</translation>
    </message>
    <message>
        <source>A replica key must be %1 bytes, not %2.</source>
        <translation>副本密钥必须为 %1 字节，而不是 %2 字节。</translation>
    </message>
    <message>
        <source>The replica key file %1 is missing. Without it the replica cannot be unlocked; restore it from the backup you made with the replica.</source>
        <translation>副本密钥文件 %1 不存在。没有它就无法解锁副本；请从您备份副本时一并备份的文件中恢复。</translation>
    </message>
    <message>
        <source>Could not read the replica key file %1: %2</source>
        <translation>无法读取副本密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>The replica key file %1 is too large to be one; it is damaged or has been replaced.</source>
        <translation>文件 %1 过大，不可能是副本密钥文件；它已损坏或被替换。</translation>
    </message>
    <message>
        <source>The replica key file %1 is damaged or has been altered; restore it from the backup you made with the replica.</source>
        <translation>副本密钥文件 %1 已损坏或被篡改；请从您备份副本时一并备份的文件中恢复。</translation>
    </message>
    <message>
        <source>The replica key file %1 was made by a newer MedChain (format version %2). Upgrade MedChain to open this replica.</source>
        <translation>副本密钥文件 %1 由更新版本的医链创建（格式版本 %2）。请升级医链后再打开此副本。</translation>
    </message>
    <message>
        <source>Could not write the replica key file %1: %2</source>
        <translation>无法写入副本密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>Wrong passphrase: it does not unlock this replica. Check the passphrase and try again.</source>
        <translation>口令错误：无法解锁此副本。请检查口令后重试。</translation>
    </message>
</context>
<context>
    <name>ReplicaVerifier</name>
    <message>
        <source>Cannot create a scratch folder in %1.</source>
        <translation>无法在 %1 中创建临时文件夹。</translation>
    </message>
    <message>
        <source>The genesis does not verify: %1</source>
        <translation>创世区块验证失败：%1</translation>
    </message>
    <message>
        <source>Block %1 is missing or unreadable.</source>
        <translation>区块 %1 缺失或无法读取。</translation>
    </message>
    <message>
        <source>The replica&apos;s recorded tip disagrees with its own blocks.</source>
        <translation>副本记录的最新区块与其自身的区块不一致。</translation>
    </message>
    <message>
        <source>The replica&apos;s state tables differ from what its blocks produce: they were changed outside the chain.</source>
        <translation>副本的状态表与其区块计算出的结果不同：这些表在链外被修改过。</translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <source>Regulator</source>
        <translation>监管机构</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>医疗机构</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>医生</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Unknown role</source>
        <translation>未知角色</translation>
    </message>
    <message>
        <source>Registration desk</source>
        <translation>挂号处</translation>
    </message>
    <message>
        <source>Payment gateway</source>
        <translation>支付机构</translation>
    </message>
    <message>
        <source>Trial sponsor</source>
        <translation>试验申办方</translation>
    </message>
    <message>
        <source>Fund manager</source>
        <translation>基金管理人</translation>
    </message>
</context>
<context>
    <name>ScenarioGenerator</name>
    <message>
        <source>A demo network needs from %1 to %2 patients.</source>
        <translation>演示网络需要 %1 到 %2 名患者。</translation>
    </message>
    <message>
        <source>A demo network needs at least one record per patient and at most %1 records.</source>
        <translation>演示网络中每名患者至少需要一份病历，且病历总数不得超过 %1 份。</translation>
    </message>
    <message>
        <source>A demo period lasts from %1 to %2 days.</source>
        <translation>演示时段必须为 %1 到 %2 天。</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>The schema migrations are out of order: entry %1 produces version %2 instead of %3.</source>
        <translation>架构迁移顺序错误：第 %1 项生成的是版本 %2，而不是 %3。</translation>
    </message>
    <message>
        <source>The replica %1 was made by a newer MedChain (schema version %2; this version understands up to %3). Upgrade MedChain to open it.</source>
        <translation>副本 %1 由更新版本的医链创建（架构版本 %2；此版本最高只支持 %3）。请升级医链后再打开。</translation>
    </message>
    <message>
        <source>The replica %1 can only be upgraded through its writer connection.</source>
        <translation>副本 %1 只能通过其写入连接进行升级。</translation>
    </message>
    <message>
        <source>Upgrading the replica %1 to schema version %2 failed: %3</source>
        <translation>将副本 %1 升级到架构版本 %2 失败：%3</translation>
    </message>
    <message>
        <source>The replica %1 has schema version %2 but this MedChain needs %3; it is upgraded when the node opens it for writing.</source>
        <translation>副本 %1 的架构版本为 %2，但此版本的医链需要 %3；节点以写入方式打开它时会自动升级。</translation>
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
    <message>
        <source>%1 self-test %2 failed: %3</source>
        <translation>%1 自检 %2 失败：%3</translation>
    </message>
    <message>
        <source>no shared secret could be computed.</source>
        <translation>无法计算共享密钥。</translation>
    </message>
    <message>
        <source>a certificate with an altered signature was accepted.</source>
        <translation>签名被篡改的证书被接受了。</translation>
    </message>
    <message>
        <source>wrong MAC.</source>
        <translation>MAC 错误。</translation>
    </message>
    <message>
        <source>the vector is malformed.</source>
        <translation>测试向量格式错误。</translation>
    </message>
    <message>
        <source>wrong ciphertext.</source>
        <translation>密文错误。</translation>
    </message>
    <message>
        <source>a valid ciphertext was refused or decrypted wrongly.</source>
        <translation>有效密文被拒绝或解密结果错误。</translation>
    </message>
    <message>
        <source>an altered ciphertext was accepted.</source>
        <translation>被篡改的密文被接受了。</translation>
    </message>
    <message>
        <source>wrong public key.</source>
        <translation>公钥错误。</translation>
    </message>
    <message>
        <source>wrong shared secret.</source>
        <translation>共享密钥错误。</translation>
    </message>
    <message>
        <source>a sealed box did not open for its recipient.</source>
        <translation>接收方无法打开发给自己的密封盒。</translation>
    </message>
    <message>
        <source>a sealed box opened for the wrong key.</source>
        <translation>密封盒被错误的密钥打开了。</translation>
    </message>
    <message>
        <source>an altered sealed box was accepted.</source>
        <translation>被篡改的密封盒被接受了。</translation>
    </message>
    <message>
        <source>wrong key.</source>
        <translation>密钥错误。</translation>
    </message>
    <message>
        <source>wrong root.</source>
        <translation>默克尔根错误。</translation>
    </message>
    <message>
        <source>a valid inclusion proof was refused.</source>
        <translation>有效的包含证明被拒绝。</translation>
    </message>
    <message>
        <source>a forged inclusion proof was accepted.</source>
        <translation>伪造的包含证明被接受了。</translation>
    </message>
    <message>
        <source>wrong fingerprint.</source>
        <translation>指纹错误。</translation>
    </message>
    <message>
        <source>its fields were read wrongly.</source>
        <translation>其字段读取错误。</translation>
    </message>
    <message>
        <source>its key does not match the certificate.</source>
        <translation>其密钥与证书不符。</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>%1 is not an active practitioner or institution.</source>
        <translation>%1 不是在职的医务人员或有效的医疗机构。</translation>
    </message>
    <message>
        <source>This identity</source>
        <translation>此身份</translation>
    </message>
    <message>
        <source>Your identity is not on this replica&apos;s chain yet; wait for it to catch up.</source>
        <translation>您的身份尚未出现在此副本的链上；请等待副本同步完成。</translation>
    </message>
    <message>
        <source>Your identity has been revoked; it can no longer sign.</source>
        <translation>您的身份已被撤销，无法再进行签署。</translation>
    </message>
    <message>
        <source>This keystore does not carry the network&apos;s registration key, which a record&apos;s supervision summary needs. Ask your institution for a keystore that does.</source>
        <translation>此密钥库未包含网络的登记密钥，而生成病历的监管摘要需要该密钥。请向您所在的医疗机构索取包含该密钥的密钥库。</translation>
    </message>
    <message>
        <source>This patient is not an active patient of the network.</source>
        <translation>该患者不是本网络的有效患者。</translation>
    </message>
    <message>
        <source>Only an active practitioner can write records.</source>
        <translation>只有在职的医务人员才能书写病历。</translation>
    </message>
    <message>
        <source>This record is not on the chain.</source>
        <translation>该病历不在链上。</translation>
    </message>
    <message>
        <source>Only the record&apos;s author can propose an amendment.</source>
        <translation>只有病历的书写者才能提出修订。</translation>
    </message>
    <message>
        <source>Say why the record needs amending.</source>
        <translation>请说明病历需要修订的理由。</translation>
    </message>
    <message>
        <source>Only an active institution can register patients.</source>
        <translation>只有有效的医疗机构才能登记患者。</translation>
    </message>
    <message>
        <source>This keystore does not carry the network&apos;s registration key, so it cannot register patients.</source>
        <translation>此密钥库未包含网络的登记密钥，因此无法登记患者。</translation>
    </message>
    <message>
        <source>These keys are already registered on this chain.</source>
        <translation>这些密钥已在此链上登记。</translation>
    </message>
    <message>
        <source>Enter the national ID from the patient&apos;s identity card.</source>
        <translation>请输入患者身份证上的身份证号。</translation>
    </message>
    <message>
        <source>A patient with this national ID is already registered on this chain.</source>
        <translation>持有该身份证号的患者已在此链上登记。</translation>
    </message>
    <message>
        <source>Only an active institution can enroll practitioners.</source>
        <translation>只有有效的医疗机构才能登记医务人员。</translation>
    </message>
    <message>
        <source>This keystore does not carry the network&apos;s registration key, which practitioners need to write records.</source>
        <translation>此密钥库未包含网络的登记密钥，而医务人员书写病历需要该密钥。</translation>
    </message>
    <message>
        <source>Enter the practitioner&apos;s name and licence number.</source>
        <translation>请输入医务人员的姓名和执业证书编号。</translation>
    </message>
    <message>
        <source>Choose a passphrase for the new keystore.</source>
        <translation>请为新密钥库设置口令。</translation>
    </message>
    <message>
        <source>Only the health authority can enroll institutions.</source>
        <translation>只有卫生健康主管部门可以注册医疗机构。</translation>
    </message>
    <message>
        <source>This keystore does not carry the network&apos;s registration key, which institutions need to register patients.</source>
        <translation>此密钥库未包含网络的登记密钥，而医疗机构登记患者需要该密钥。</translation>
    </message>
    <message>
        <source>Enter the institution&apos;s name and region.</source>
        <translation>请输入医疗机构的名称和所在地区。</translation>
    </message>
</context>
<context>
    <name>ShortcutListDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>功能</translation>
    </message>
</context>
<context>
    <name>SigningGuard</name>
    <message>
        <source>Refusing to sign a second, different value at height %1, round %2.</source>
        <translation>拒绝在高度 %1、轮次 %2 签署第二个不同的值。</translation>
    </message>
    <message>
        <source>Refusing to sign at height %1, round %2: this validator has already signed at a later step.</source>
        <translation>拒绝在高度 %1、轮次 %2 签名：该验证者已在更靠后的步骤签过名。</translation>
    </message>
</context>
<context>
    <name>SigningLog</name>
    <message>
        <source>The signing log is damaged at byte %1 (impossible record length). Do not delete it: restore it from a backup or stop this validator.</source>
        <translation>签名日志在第 %1 字节处损坏（记录长度不可能）。请勿删除：请从备份恢复，或停止此验证者。</translation>
    </message>
    <message>
        <source>The signing log is damaged at byte %1 (a record fails its checksum). Do not delete it: restore it from a backup or stop this validator.</source>
        <translation>签名日志在第 %1 字节处损坏（某条记录校验失败）。请勿删除：请从备份恢复，或停止此验证者。</translation>
    </message>
    <message>
        <source>The signing log is damaged at byte %1 (records out of order).</source>
        <translation>签名日志在第 %1 字节处损坏（记录顺序错乱）。</translation>
    </message>
    <message>
        <source>Cannot open the signing log %1: %2</source>
        <translation>无法打开签名日志 %1：%2</translation>
    </message>
    <message>
        <source>(file %1)</source>
        <translation>（文件 %1）</translation>
    </message>
    <message>
        <source>Cannot cut the torn record off the signing log %1: %2</source>
        <translation>无法从签名日志 %1 中截去残缺的记录：%2</translation>
    </message>
    <message>
        <source>Cannot write the signing log %1: %2</source>
        <translation>无法写入签名日志 %1：%2</translation>
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
    <name>Statement</name>
    <message>
        <source>This statement is no longer usable (it was moved from).</source>
        <translation>此语句已不可用（已被移出）。</translation>
    </message>
    <message>
        <source>Statement parameter %1 does not exist (the statement has %2 parameters).</source>
        <translation>语句参数 %1 不存在（该语句只有 %2 个参数）。</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Chain:        %1</source>
        <translation>链 ID：       %1</translation>
    </message>
    <message>
        <source>Height:       %1</source>
        <translation>高度：        %1</translation>
    </message>
    <message>
        <source>Tip:          %1</source>
        <translation>最新区块：    %1</translation>
    </message>
    <message>
        <source>Tip time:     %1</source>
        <translation>最新区块时间：%1</translation>
    </message>
    <message>
        <source>State hash:   %1</source>
        <translation>状态哈希：    %1</translation>
    </message>
    <message>
        <source>Validators:   %1</source>
        <translation>验证节点数：  %1</translation>
    </message>
    <message>
        <source>Identity:     none (node.json names no identity keystore)</source>
        <translation>身份：        无（node.json 未指定身份密钥库）</translation>
    </message>
    <message>
        <source>Identity:     %1</source>
        <translation>身份：        %1</translation>
    </message>
    <message>
        <source>Role:         %1</source>
        <translation>角色：        %1</translation>
    </message>
    <message>
        <source>Name:         %1</source>
        <translation>名称：        %1</translation>
    </message>
    <message>
        <source>Print the chain id, height, tip, state hash and this node&apos;s identity and role.</source>
        <translation>显示链 ID、高度、最新区块、状态哈希，以及此节点的身份和角色。</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The disk holding the replica %1 is full. Free some space, then try again.</source>
        <translation>存放副本 %1 的磁盘已满。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>MedChain could not read or write the replica %1 (%2). Check that the disk is working and that the file is accessible.</source>
        <translation>医链无法读写副本 %1（%2）。请检查磁盘是否正常工作，以及该文件是否可以访问。</translation>
    </message>
    <message>
        <source>MedChain could not open the replica %1 (%2). Check that its folder exists and that you may read and write it.</source>
        <translation>医链无法打开副本 %1（%2）。请检查其所在文件夹是否存在，以及您是否有读写权限。</translation>
    </message>
    <message>
        <source>The replica %1 cannot be changed through this connection (%2). It is open read-only, or the file&apos;s permissions forbid writing.</source>
        <translation>无法通过此连接修改副本 %1（%2）。它以只读方式打开，或文件权限禁止写入。</translation>
    </message>
    <message>
        <source>The replica %1 is busy: another connection holds a lock on it. Try again in a moment.</source>
        <translation>副本 %1 正忙：另一个连接持有其锁。请稍后重试。</translation>
    </message>
    <message>
        <source>MedChain ran out of memory while using the replica %1.</source>
        <translation>医链在使用副本 %1 时内存不足。</translation>
    </message>
    <message>
        <source>A change to the replica %1 was refused because it would break a rule of the database (%2).</source>
        <translation>对副本 %1 的修改被拒绝，因为它会违反数据库的约束规则（%2）。</translation>
    </message>
    <message>
        <source>A database operation on the replica %1 failed (%2).</source>
        <translation>对副本 %1 的数据库操作失败（%2）。</translation>
    </message>
    <message>
        <source>The replica file %1 is damaged or has been tampered with: part of it fails its integrity check, so MedChain will not read from it. Restore the file from a backup or resynchronise the replica from the network.</source>
        <translation>副本文件 %1 已损坏或被篡改：其中部分内容未通过完整性检查，因此医链不会读取该文件。请从备份中恢复该文件，或从网络重新同步副本。</translation>
    </message>
</context>
<context>
    <name>SupervisionStore</name>
    <message>
        <source>The supervision store %1 is damaged: it has no progress row.</source>
        <translation>监管数据库 %1 已损坏：缺少进度记录。</translation>
    </message>
    <message>
        <source>Block %1 could not be read from the replica.</source>
        <translation>无法从副本读取区块 %1。</translation>
    </message>
</context>
<context>
    <name>SupervisionSummary</name>
    <message>
        <source>Invalid supervision summary</source>
        <translation>监管摘要无效</translation>
    </message>
    <message>
        <source>birth year %1 is out of range</source>
        <translation>出生年份 %1 超出范围</translation>
    </message>
    <message>
        <source>sex must be F, M, X or empty</source>
        <translation>性别必须为 F、M、X 或留空</translation>
    </message>
</context>
<context>
    <name>SurveillanceBenchmark</name>
    <message>
        <source>The medical catalog could not be loaded.</source>
        <translation>无法加载医学目录。</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n record(s) into the supervision store…</source>
        <translation>
            <numerusform>正在将 %n 份病历读入监管数据库…</numerusform>
        </translation>
    </message>
    <message>
        <source>The reopened store answered differently.</source>
        <translation>重新打开的监管数据库返回了不同的结果。</translation>
    </message>
    <message>
        <source>A benchmark summary did not open.</source>
        <translation>有一份基准测试摘要无法解密。</translation>
    </message>
</context>
<context>
    <name>SurveillanceText</name>
    <message>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <source>All diseases</source>
        <translation>全部疾病</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>第 %1 章</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>chapter: roman numeral, title</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>category: code, title</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>C1 (mild)</source>
        <translation>C1（轻度）</translation>
    </message>
    <message>
        <source>C2 (medium)</source>
        <translation>C2（中度）</translation>
    </message>
    <message>
        <source>C3 (high)</source>
        <translation>C3（高度）</translation>
    </message>
    <message>
        <source>CUSUM</source>
        <translation>CUSUM</translation>
    </message>
</context>
<context>
    <name>SyncBenchmark</name>
    <message>
        <source>Committing the chain to the serving replica…</source>
        <translation>正在把链提交到提供数据的副本……</translation>
    </message>
    <message>
        <source>Starting %1 serving node(s) and a fresh replica…</source>
        <translation>正在启动 %1 个提供数据的节点和一个新副本……</translation>
    </message>
    <message>
        <source>  synced %1 of %2 blocks</source>
        <translation>  已同步 %1 / %2 个区块</translation>
    </message>
    <message>
        <source>Sync stalled at block %1 of %2.</source>
        <translation>同步停滞在第 %1 / %2 个区块。</translation>
    </message>
    <message>
        <source>  synced %1 blocks in %2 s</source>
        <translation>  已在 %2 秒内同步 %1 个区块</translation>
    </message>
    <message>
        <source>Replaying %1 blocks from disk…</source>
        <translation>正在从磁盘重放 %1 个区块……</translation>
    </message>
    <message>
        <source>Block %1 is missing from the serving replica.</source>
        <translation>提供数据的副本缺少区块 %1。</translation>
    </message>
    <message>
        <source>  replayed %1 of %2 blocks</source>
        <translation>  已重放 %1 / %2 个区块</translation>
    </message>
    <message>
        <source>The synced or replayed replica ends at another tip than the served one.</source>
        <translation>同步或重放得到的副本的链顶与源副本不同。</translation>
    </message>
</context>
<context>
    <name>TextTemplate</name>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>a } without its {.</source>
        <translation>有 } 缺少对应的 {。</translation>
    </message>
    <message>
        <source>a { without its }.</source>
        <translation>有 { 缺少对应的 }。</translation>
    </message>
    <message>
        <source>{%1} is neither a choice {x|y} nor a range {low~high} whose ends have the same decimals.</source>
        <translation>{%1} 既不是选项 {x|y}，也不是两端小数位数相同的范围 {low~high}。</translation>
    </message>
</context>
<context>
    <name>TimelineBenchmark</name>
    <message numerus="yes">
        <source>Opening the timeline of %n record(s)…</source>
        <translation>
            <numerusform>正在打开包含 %n 份病历的时间线…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of the benchmark could not be read.</source>
        <translation>
            <numerusform>基准测试中有 %n 份病历无法读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>A benchmark record is missing from the replica.</source>
        <translation>副本中缺少一份基准测试病历。</translation>
    </message>
    <message>
        <source>A benchmark record could not be decrypted.</source>
        <translation>有一份基准测试病历无法解密。</translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>A peer connection needs this node&apos;s certificate.</source>
        <translation>对端连接需要本节点的证书。</translation>
    </message>
    <message>
        <source>The TLS library did not take the node&apos;s key.</source>
        <translation>TLS 库未接受本节点的密钥。</translation>
    </message>
    <message>
        <source>The peer presented no certificate.</source>
        <translation>对端未出示证书。</translation>
    </message>
    <message>
        <source>The peer&apos;s certificate is not a MedChain certificate: %1</source>
        <translation>对端的证书不是 MedChain 证书：%1</translation>
    </message>
    <message>
        <source>The peer&apos;s certificate is not a node&apos;s.</source>
        <translation>对端的证书不是节点证书。</translation>
    </message>
    <message>
        <source>The peer&apos;s certificate does not chain to this network&apos;s root: %1</source>
        <translation>对端的证书无法追溯到本网络的根证书：%1</translation>
    </message>
</context>
<context>
    <name>TlsPrivateKeyHandle</name>
    <message>
        <source>OpenSSL could not load the Ed25519 key for TLS.</source>
        <translation>OpenSSL 无法加载用于 TLS 的 Ed25519 密钥。</translation>
    </message>
</context>
<context>
    <name>TrailReads</name>
    <message>
        <source>No committed transaction has this id.</source>
        <translation>没有具有此 ID 的已提交交易。</translation>
    </message>
    <message>
        <source>This transaction is not about a record: enter a record&apos;s id, or an amendment, answer or access receipt of one.</source>
        <translation>此交易与病历无关：请输入病历的 ID，或该病历的修订、答复或访问记录的 ID。</translation>
    </message>
    <message>
        <source>The record is not in this replica&apos;s state.</source>
        <translation>该病历不在此副本的状态中。</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>unknown transaction type %1</source>
        <translation>未知的交易类型 %1</translation>
    </message>
    <message>
        <source>Invalid transaction: %1</source>
        <translation>交易无效：%1</translation>
    </message>
</context>
<context>
    <name>UnavailableView</name>
    <message>
        <source>&lt;p&gt;The view for the role “%1” is not available in this version of MedChain yet.&lt;/p&gt;&lt;p&gt;Your identity is open and your node keeps the replica up to date. Use File ▸ Switch Identity to log in as someone else.&lt;/p&gt;</source>
        <translation>&lt;p&gt;此版本的 医链 尚未提供“%1”角色的界面。&lt;/p&gt;&lt;p&gt;您的身份已打开，您的节点会持续更新副本。如需以其他身份登录，请使用“文件 ▸ 切换身份”。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ValidatorSetCheck</name>
    <message>
        <source>Removes %1.</source>
        <translation>移除 %1。</translation>
    </message>
    <message>
        <source>Adds %1 with power %2.</source>
        <translation>添加 %1，投票权重为 %2。</translation>
    </message>
    <message>
        <source>Changes the power of %1 from %2 to %3.</source>
        <translation>将 %1 的投票权重从 %2 改为 %3。</translation>
    </message>
    <message>
        <source>Blocks will need the votes of validators holding at least %1 of the %2 voting power.</source>
        <translation>区块需要持有总投票权重 %2 中至少 %1 的验证者投票。</translation>
    </message>
    <message>
        <source>The validators&apos; state has not been read yet, so whether the new set can make blocks was not checked.</source>
        <translation>尚未读取验证者状态，因此未检查新集合能否出块。</translation>
    </message>
    <message numerus="yes">
        <source>%1 sign(s) blocks now and would stop voting.</source>
        <translation>
            <numerusform>%1 目前正在签署区块，变更后将停止投票。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 neither sign(s) blocks nor is connected to this node now.</source>
        <translation>
            <numerusform>%1 目前既未签署区块，也未连接到此节点。</numerusform>
        </translation>
    </message>
    <message>
        <source>Validators up now hold only %1 of the %2 voting power, not more than two thirds: the network would stop making blocks, and could not take this change back, until enough of them run.</source>
        <translation>当前在线的验证者仅持有总投票权重 %2 中的 %1，未超过三分之二：网络将停止出块，且在足够多的验证者恢复运行之前，无法撤回此变更。</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Verification failed: %1</source>
        <translation>验证失败：%1</translation>
    </message>
    <message>
        <source>there is no replica at %1.</source>
        <translation>%1 处没有副本。</translation>
    </message>
    <message>
        <source>verified %1/%2 blocks</source>
        <translation>已验证 %1/%2 个区块</translation>
    </message>
    <message>
        <source>OK: every check holds (height %1, %2 transactions).</source>
        <translation>正常：所有检查均通过（高度 %1，%2 笔交易）。</translation>
    </message>
    <message>
        <source>Tip:        %1</source>
        <translation>最新区块：%1</translation>
    </message>
    <message>
        <source>State hash: %1</source>
        <translation>状态哈希：%1</translation>
    </message>
    <message>
        <source>Re-check the whole replica: page integrity, hashes, signatures, commits, Merkle roots and replayed state hashes. Exits 1 and says what failed and where if anything does not hold.</source>
        <translation>重新检查整个副本：页面完整性、哈希、签名、提交证书、默克尔根以及重放得到的状态哈希。如有任何检查未通过，以状态 1 退出并说明失败的内容和位置。</translation>
    </message>
    <message>
        <source>checking every page, then replaying every block…</source>
        <translation>正在检查每一页，然后重放每个区块……</translation>
    </message>
</context>
<context>
    <name>Vote</name>
    <message>
        <source>round %1 is out of range</source>
        <translation>轮次 %1 超出范围</translation>
    </message>
    <message>
        <source>Invalid vote: %1</source>
        <translation>无效的投票：%1</translation>
    </message>
    <message>
        <source>Invalid vote: it is not in canonical form.</source>
        <translation>无效的投票：不是规范形式。</translation>
    </message>
</context>
<context>
    <name>WalletBook</name>
    <message>
        <source>The balance is too low for this payment.</source>
        <translation>余额不足以支付此笔款项。</translation>
    </message>
    <message>
        <source>The receiving account cannot hold that much.</source>
        <translation>收款账户无法容纳这么多金额。</translation>
    </message>
    <message>
        <source>Money goes in and out only through the scenario&apos;s payment gateway, for an identity of the network.</source>
        <translation>资金只能经由场景中的支付机构，为网络中的身份存入或提取。</translation>
    </message>
    <message>
        <source>An amount must be more than nothing and at most the most one transaction may move.</source>
        <translation>金额必须大于零，且不超过单笔交易的上限。</translation>
    </message>
    <message>
        <source>A payment needs a reference of its own that the gateway has not used before.</source>
        <translation>每笔支付都需要一个该网关未曾用过的流水号。</translation>
    </message>
    <message>
        <source>Only a hospital or clinic may bill a patient, for more than nothing.</source>
        <translation>只有医院或诊所可以向患者开具金额大于零的账单。</translation>
    </message>
    <message>
        <source>An invoice&apos;s encounter must be an earlier record of this patient at this institution.</source>
        <translation>账单关联的就诊必须是该患者此前在本机构的病历。</translation>
    </message>
    <message>
        <source>Only an open invoice can be paid or cancelled.</source>
        <translation>只有未结清的账单才能支付或撤销。</translation>
    </message>
    <message>
        <source>Only the health authority or a trial sponsor may open a subsidy program, with a name, sorted ICD-10 codes and an amount per record.</source>
        <translation>只有卫生主管部门或试验申办方可以设立补助项目，且须有名称、排序的 ICD-10 编码和每份病历的补助金额。</translation>
    </message>
    <message>
        <source>Money can only be added to an existing program&apos;s pool.</source>
        <translation>只能向已有项目的资金池注资。</translation>
    </message>
    <message>
        <source>A patient can only be enrolled in an existing program.</source>
        <translation>患者只能加入已有的项目。</translation>
    </message>
    <message>
        <source>The patient is enrolled in this program already.</source>
        <translation>该患者已加入此项目。</translation>
    </message>
    <message>
        <source>A record needs a patient and an author of the network.</source>
        <translation>病历需要网络中的患者和作者。</translation>
    </message>
    <message>
        <source>A record may claim only existing programs with diagnosis codes, each once.</source>
        <translation>病历只能申领已有且设有诊断编码的项目，每个项目一次。</translation>
    </message>
    <message>
        <source>Only a licensed fund manager may issue a fund, under a name.</source>
        <translation>只有持牌基金管理人可以发行有名称的基金。</translation>
    </message>
    <message>
        <source>A fund order needs an existing fund, a patient and an amount.</source>
        <translation>基金申购或赎回需要已有的基金、患者和金额。</translation>
    </message>
    <message>
        <source>This amount does not buy a whole number of shares.</source>
        <translation>此金额买不到整数份额。</translation>
    </message>
    <message>
        <source>The holding is worth less than the amount to redeem.</source>
        <translation>持有份额的价值低于要赎回的金额。</translation>
    </message>
    <message>
        <source>A yield needs an existing fund and a daily rate of at most 0.1%.</source>
        <translation>收益须针对已有的基金，且日收益率不超过 0.1%。</translation>
    </message>
    <message>
        <source>A yield must be for a later day than the last, one that began at least six hours before it is published.</source>
        <translation>收益所属日期必须晚于上一次，且该日至少在发布前六小时已经开始。</translation>
    </message>
</context>
<context>
    <name>WalletCommand</name>
    <message>
        <source>--identity takes an identity id: 64 hex digits.</source>
        <translation>--identity 需要一个身份标识：64 位十六进制数字。</translation>
    </message>
    <message>
        <source>node.json names no identity keystore; say whose wallet with --identity.</source>
        <translation>node.json 未指定身份密钥库；请用 --identity 指明查看谁的钱包。</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>提现</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>Program funding</source>
        <translation>项目注资</translation>
    </message>
    <message>
        <source>Subsidy</source>
        <translation>补助</translation>
    </message>
    <message>
        <source>Fund subscription</source>
        <translation>基金申购</translation>
    </message>
    <message>
        <source>Fund redemption</source>
        <translation>基金赎回</translation>
    </message>
    <message>
        <source>Fund yield</source>
        <translation>基金收益</translation>
    </message>
    <message>
        <source>Account:       %1</source>
        <translation>账户：     %1</translation>
    </message>
    <message>
        <source>Balance:       ¥%1</source>
        <translation>余额：     ¥%1</translation>
    </message>
    <message>
        <source>Fund:          %1, %2 shares worth ¥%3</source>
        <translation>基金：     %1，%2 份，价值 ¥%3</translation>
    </message>
    <message>
        <source>Open invoices: %1 (¥%2)</source>
        <translation>未付账单： %1 张（¥%2）</translation>
    </message>
    <message>
        <source>(the program&apos;s pool is exhausted)</source>
        <translation>（项目资金池已用尽）</translation>
    </message>
    <message>
        <source>(the cap per patient is reached)</source>
        <translation>（已达每位患者的上限）</translation>
    </message>
    <message>
        <source>%1  %2  nothing paid by %3 for record %4 %5</source>
        <translation>%1  %2  %3 未就病历 %4 支付任何款项 %5</translation>
    </message>
    <message>
        <source>%1  %2  %3¥%4  balance ¥%5  %6 %7</source>
        <translation>%1  %2  %3¥%4  余额 ¥%5  %6 %7</translation>
    </message>
    <message>
        <source>No money has moved in this account.</source>
        <translation>此账户尚无资金变动。</translation>
    </message>
    <message>
        <source>Height:               %1</source>
        <translation>高度：         %1</translation>
    </message>
    <message>
        <source>Deposits:             ¥%1</source>
        <translation>存入：         ¥%1</translation>
    </message>
    <message>
        <source>Withdrawals:          ¥%1</source>
        <translation>提取：         ¥%1</translation>
    </message>
    <message>
        <source>Sum of balances:      ¥%1 over %2 accounts</source>
        <translation>余额合计：     ¥%1，共 %2 个账户</translation>
    </message>
    <message>
        <source>Negative balances:    %1</source>
        <translation>负余额：       %1</translation>
    </message>
    <message>
        <source>Statements off:       %1</source>
        <translation>账单不符：     %1</translation>
    </message>
    <message>
        <source>Fund shares off:      %1</source>
        <translation>基金份额不符： %1</translation>
    </message>
    <message>
        <source>Conservation holds: balances = deposits - withdrawals.</source>
        <translation>资金守恒成立：余额 = 存入 - 提取。</translation>
    </message>
    <message>
        <source>CONSERVATION FAILS: the books do not balance.</source>
        <translation>资金守恒不成立：账目不平。</translation>
    </message>
    <message>
        <source>Whose wallet (an identity id); the node&apos;s own identity if left out.</source>
        <translation>查看谁的钱包（身份标识）；省略时为本节点的身份。</translation>
    </message>
    <message>
        <source>Print an identity&apos;s balance, fund holdings and open invoices.</source>
        <translation>显示某身份的余额、基金持仓和未付账单。</translation>
    </message>
    <message>
        <source>Print every movement of an identity&apos;s money, oldest first.</source>
        <translation>按时间先后显示某身份的全部资金变动。</translation>
    </message>
    <message>
        <source>Recompute the books over the whole replica and say whether balances equal deposits minus withdrawals.</source>
        <translation>在整个副本上重新核算账目，并说明余额是否等于存入减提取。</translation>
    </message>
    <message>
        <source>%1  %2  %3 accrued ¥%4 on %5 shares (in the fund)</source>
        <translation>%1  %2  %3 为所持 %5 份计入收益 ¥%4（留在基金中）</translation>
    </message>
</context>
<context>
    <name>WalletReads</name>
    <message>
        <source>Registration fee</source>
        <translation>挂号费</translation>
    </message>
    <message>
        <source>Record management fee</source>
        <translation>病历管理费</translation>
    </message>
    <message>
        <source>Online consultation fee</source>
        <translation>在线问诊费</translation>
    </message>
</context>
<context>
    <name>WalletRules</name>
    <message>
        <source>The balance is too low for this payment.</source>
        <translation>余额不足以支付此笔款项。</translation>
    </message>
    <message>
        <source>The receiving account cannot hold that much.</source>
        <translation>收款账户无法容纳这么多金额。</translation>
    </message>
    <message>
        <source>There is no such subsidy program.</source>
        <translation>没有这个补助项目。</translation>
    </message>
    <message>
        <source>Only the program&apos;s owner may do this.</source>
        <translation>只有项目的设立者可以这样做。</translation>
    </message>
    <message>
        <source>There is no such fund.</source>
        <translation>没有这只基金。</translation>
    </message>
    <message>
        <source>The fund&apos;s issuer has been revoked.</source>
        <translation>该基金的发行人已被吊销。</translation>
    </message>
    <message>
        <source>Only a payment gateway may deposit money.</source>
        <translation>只有支付机构可以存入资金。</translation>
    </message>
    <message>
        <source>The account is not an active identity.</source>
        <translation>该账户不是有效的身份。</translation>
    </message>
    <message>
        <source>This payment reference has been used already.</source>
        <translation>此支付流水号已被使用。</translation>
    </message>
    <message>
        <source>Money can only be withdrawn through an active payment gateway.</source>
        <translation>只能经由有效的支付机构提取资金。</translation>
    </message>
    <message>
        <source>You have used this withdrawal reference already.</source>
        <translation>您已使用过此提现流水号。</translation>
    </message>
    <message>
        <source>Only a hospital or clinic may issue an invoice.</source>
        <translation>只有医院或诊所可以开具账单。</translation>
    </message>
    <message>
        <source>The patient is not an active registered patient.</source>
        <translation>该患者不是有效的已登记患者。</translation>
    </message>
    <message>
        <source>The invoice&apos;s encounter is not a record.</source>
        <translation>账单关联的就诊不是一份病历。</translation>
    </message>
    <message>
        <source>The invoice&apos;s encounter is not this patient&apos;s record at this institution.</source>
        <translation>账单关联的就诊不是该患者在本机构的病历。</translation>
    </message>
    <message>
        <source>There is no such invoice.</source>
        <translation>没有这张账单。</translation>
    </message>
    <message>
        <source>The invoice has been paid already.</source>
        <translation>该账单已支付。</translation>
    </message>
    <message>
        <source>The invoice has been cancelled.</source>
        <translation>该账单已撤销。</translation>
    </message>
    <message>
        <source>Only the invoiced patient may pay it.</source>
        <translation>只有被开具账单的患者可以支付。</translation>
    </message>
    <message>
        <source>The issuing institution has been revoked.</source>
        <translation>开具账单的医疗机构已被吊销。</translation>
    </message>
    <message>
        <source>Only the issuing institution may cancel an invoice.</source>
        <translation>只有开具账单的医疗机构可以撤销账单。</translation>
    </message>
    <message>
        <source>Only the health authority or a trial sponsor may create a subsidy program.</source>
        <translation>只有卫生主管部门或试验申办方可以设立补助项目。</translation>
    </message>
    <message>
        <source>The patient is enrolled in this program already.</source>
        <translation>该患者已加入此项目。</translation>
    </message>
    <message>
        <source>The record claims an unknown subsidy program.</source>
        <translation>病历申领了一个不存在的补助项目。</translation>
    </message>
    <message>
        <source>The record claims a program without diagnosis codes; such programs pay without a claim.</source>
        <translation>病历申领的项目没有诊断编码；此类项目无需申领即会支付。</translation>
    </message>
    <message>
        <source>Only a licensed fund manager may issue a fund.</source>
        <translation>只有持牌基金管理人可以发行基金。</translation>
    </message>
    <message>
        <source>This amount does not buy a whole number of shares.</source>
        <translation>此金额买不到整数份额。</translation>
    </message>
    <message>
        <source>The holding is worth less than the amount to redeem.</source>
        <translation>持有份额的价值低于要赎回的金额。</translation>
    </message>
    <message>
        <source>Only the fund&apos;s issuer may publish its yield.</source>
        <translation>只有基金的发行人可以公布其收益。</translation>
    </message>
    <message>
        <source>A yield for this day or a later one has been published.</source>
        <translation>该日或更晚日期的收益已经公布。</translation>
    </message>
    <message>
        <source>The yield&apos;s day has not begun.</source>
        <translation>收益所属的日期尚未开始。</translation>
    </message>
</context>
<context>
    <name>WalletSettlement</name>
    <message>
        <source>The demo&apos;s wallet plan broke a rule of the chain: %1</source>
        <translation>演示的钱包计划违反了链上规则：%1</translation>
    </message>
</context>
<context>
    <name>WalletText</name>
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>提现</translation>
    </message>
    <message>
        <source>Fee paid</source>
        <translation>支付费用</translation>
    </message>
    <message>
        <source>Program funding</source>
        <translation>补助项目注资</translation>
    </message>
    <message>
        <source>Subsidy received</source>
        <translation>补助到账</translation>
    </message>
    <message>
        <source>Fund subscription</source>
        <translation>基金申购</translation>
    </message>
    <message>
        <source>Fund redemption</source>
        <translation>基金赎回</translation>
    </message>
    <message>
        <source>Fund yield</source>
        <translation>基金收益</translation>
    </message>
    <message>
        <source>the program&apos;s pool is exhausted</source>
        <translation>补助项目资金已用完</translation>
    </message>
    <message>
        <source>the cap per patient is reached</source>
        <translation>已达到每位患者的补助上限</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待支付</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>encounter of %1</source>
        <translation>%1 就诊</translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation>参考号 %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1: nothing paid, %2</source>
        <translation>%1：未发放，%2</translation>
    </message>
    <message>
        <source>%1: paid in part, %2</source>
        <translation>%1：部分发放，%2</translation>
    </message>
    <message>
        <source>%1 shares bought</source>
        <translation>申购 %1 份</translation>
    </message>
    <message>
        <source>%1 shares sold</source>
        <translation>赎回 %1 份</translation>
    </message>
    <message>
        <source>Accrued to your %1 shares: raises their value, not your balance</source>
        <translation>计入您持有的 %1 份：提高份额价值，不计入余额</translation>
    </message>
</context>
<context>
    <name>WalletTx</name>
    <message>
        <source>an amount above the most one transaction may move</source>
        <translation>金额超过单笔交易的上限</translation>
    </message>
    <message>
        <source>an amount of zero</source>
        <translation>金额为零</translation>
    </message>
    <message>
        <source>a payment without its reference</source>
        <translation>支付缺少流水号</translation>
    </message>
    <message>
        <source>a blank name</source>
        <translation>名称为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ICD-10 code</source>
        <translation>“%1”不是 ICD-10 编码</translation>
    </message>
    <message>
        <source>diagnosis codes must be sorted, without repeats</source>
        <translation>诊断编码必须排序且不重复</translation>
    </message>
    <message>
        <source>unknown record category %1</source>
        <translation>未知的病历类别 %1</translation>
    </message>
    <message>
        <source>a day beyond the calendar</source>
        <translation>日期超出日历范围</translation>
    </message>
    <message>
        <source>a daily yield above 0.1%</source>
        <translation>日收益率超过 0.1%</translation>
    </message>
</context>
<context>
    <name>WalletValidation</name>
    <message>
        <source>Enter an amount in yuan, for example 100 or 12.50.</source>
        <translation>请输入以元为单位的金额，例如 100 或 12.50。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan: use digits with at most two decimals, for example 12.50.</source>
        <translation>“%1”不是有效的元金额：请使用最多两位小数的数字，例如 12.50。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>%1 is more than %2 (%3).</source>
        <translation>%1 超过了%2（%3）。</translation>
    </message>
    <message>
        <source>Enter the payout reference the gateway gave you.</source>
        <translation>请输入支付机构提供给您的付款参考号。</translation>
    </message>
    <message>
        <source>The reference is too long: at most %1 bytes (about %2 Chinese characters).</source>
        <translation>参考号过长：最多 %1 字节（约 %2 个汉字）。</translation>
    </message>
    <message>
        <source>You have already used the reference %1; each withdrawal needs a new one.</source>
        <translation>您已使用过参考号 %1；每次提现都需要使用新的参考号。</translation>
    </message>
</context>
<context>
    <name>X25519SecretKey</name>
    <message>
        <source>An X25519 secret key must be %1 bytes, not %2.</source>
        <translation>X25519 私钥必须为 %1 字节，而不是 %2 字节。</translation>
    </message>
    <message>
        <source>This X25519 secret key is unusable. Generate a new key.</source>
        <translation>此 X25519 私钥不可用。请生成新的密钥。</translation>
    </message>
    <message>
        <source>This sealed box is cut short: it has %1 bytes, but even an empty one has %2. Ask the sender to share it again.</source>
        <translation>此密封盒不完整：只有 %1 字节，而即使是空的密封盒也有 %2 字节。请让发送方重新共享。</translation>
    </message>
    <message>
        <source>This sealed box cannot be opened with your key: it was sealed for someone else, or it was altered on the way.</source>
        <translation>无法用您的密钥打开此密封盒：它是发给其他人的，或在传输途中被篡改。</translation>
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
    <message>
        <source>Run the demo network: made in your data folder the first time, then started, with its identities to log in as.</source>
        <translation>运行演示网络：首次运行时在您的数据文件夹中创建，之后直接启动，并提供可供登录的身份。</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>The folder of your node (its replica opens with your keystore&apos;s passphrase); with --demo, the demo&apos;s folder.</source>
        <translation>您的节点所在的文件夹（其副本使用您密钥库的口令打开）；与 --demo 一起使用时，为演示网络的文件夹。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>With --demo, log in at once as the demo&apos;s first identity of this role: patient, doctor, institution (the registration desk) or regulator.</source>
        <translation>与 --demo 一起使用时，直接以演示网络中该角色的第一个身份登录：patient、doctor、institution（挂号登记处）或 regulator。</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; use patient, doctor, institution or regulator.</source>
        <translation>未知角色“%1”；请使用 patient、doctor、institution 或 regulator。</translation>
    </message>
</context>
<context>
    <name>medchain-node</name>
    <message>
        <source>MedChain node: keeps an encrypted replica of the chain and serves peers.</source>
        <translation>医链节点：保存链的加密副本并为对等节点提供服务。</translation>
    </message>
    <message>
        <source>The node needs the replica&apos;s passphrase: give --passphrase-file FILE or set MEDCHAIN_PASSPHRASE.</source>
        <translation>节点需要副本的口令：请提供 --passphrase-file FILE 或设置 MEDCHAIN_PASSPHRASE。</translation>
    </message>
    <message>
        <source>The node&apos;s data folder.</source>
        <translation>节点的数据文件夹。</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE (- for standard input) instead of MEDCHAIN_PASSPHRASE.</source>
        <translation>从 FILE 的第一行读取口令（- 表示标准输入），而不是 MEDCHAIN_PASSPHRASE。</translation>
    </message>
    <message>
        <source>Give the node&apos;s data folder with --datadir DIR.</source>
        <translation>请用 --datadir DIR 指定节点的数据文件夹。</translation>
    </message>
    <message>
        <source>Signal %1: stopping.</source>
        <translation>信号 %1：正在停止。</translation>
    </message>
    <message>
        <source>The node halted: %1</source>
        <translation>节点已停止：%1</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>就绪。</translation>
    </message>
</context>
<context>
    <name>medchain::chain</name>
    <message>
        <source>unknown code %1</source>
        <translation>未知代码 %1</translation>
    </message>
</context>
<context>
    <name>medchain::client::Session</name>
    <message>
        <source>The network has not committed this within a minute. Check the connection in the status bar and try again.</source>
        <translation>网络在一分钟内未提交此操作。请检查状态栏中的连接情况，然后重试。</translation>
    </message>
    <message>
        <source>Only the health authority reads supervision summaries.</source>
        <translation>只有卫生健康主管部门可以读取监管摘要。</translation>
    </message>
</context>
<context>
    <name>medchain::net::PeerConnection</name>
    <message>
        <source>The peer&apos;s certificate is another node&apos;s than the one dialled.</source>
        <translation>对端的证书属于另一个节点，而不是所拨号的节点。</translation>
    </message>
    <message>
        <source>The peer closed the connection.</source>
        <translation>对端关闭了连接。</translation>
    </message>
    <message>
        <source>The connection is not open.</source>
        <translation>连接未打开。</translation>
    </message>
</context>
<context>
    <name>medchain::net::PeerNetwork</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>无法在 %1 的端口 %2 上监听：%3</translation>
    </message>
    <message>
        <source>The peer is kept out for a while after misbehaving.</source>
        <translation>该对端因行为不当被暂时拒绝。</translation>
    </message>
    <message>
        <source>A block or its commit certificate does not decode.</source>
        <translation>区块或其提交证书无法解码。</translation>
    </message>
    <message>
        <source>A block is not one asked for, or does not match its header.</source>
        <translation>区块不是所请求的，或与其区块头不符。</translation>
    </message>
    <message>
        <source>A block from a peer is refused: %1</source>
        <translation>拒绝了来自对端的区块：%1</translation>
    </message>
    <message>
        <source>A transaction no node should pass on: %1</source>
        <translation>一笔任何节点都不应转发的交易：%1</translation>
    </message>
    <message>
        <source>A malformed or forged consensus message.</source>
        <translation>格式错误或伪造的共识消息。</translation>
    </message>
    <message>
        <source>A peer is cut off for misbehaving: %1</source>
        <translation>对端因行为不当被断开：%1</translation>
    </message>
</context>
<context>
    <name>medchain::node::ConsensusDriver</name>
    <message>
        <source>Cannot propose block %1 (round %2): %3</source>
        <translation>无法提议区块 %1（第 %2 轮）：%3</translation>
    </message>
    <message>
        <source>Proposal for block %1 (round %2) is invalid: %3</source>
        <translation>区块 %1（第 %2 轮）的提议无效：%3</translation>
    </message>
    <message>
        <source>Block %1 was decided but cannot be committed: %2</source>
        <translation>区块 %1 已达成共识，但无法提交：%2</translation>
    </message>
    <message>
        <source>Validator %1 signed two different votes at height %2, round %3; reporting it on chain.</source>
        <translation>验证者 %1 在高度 %2、第 %3 轮签署了两个不同的投票；正在上链举报。</translation>
    </message>
    <message>
        <source>The report could not be queued: %1</source>
        <translation>举报无法加入待处理队列：%1</translation>
    </message>
</context>
<context>
    <name>medchain::node::Node</name>
    <message>
        <source>The node has stopped.</source>
        <translation>节点已停止。</translation>
    </message>
    <message>
        <source>This transaction is already known.</source>
        <translation>该交易已存在。</translation>
    </message>
    <message>
        <source>The node is busy; try again shortly.</source>
        <translation>节点正忙，请稍后重试。</translation>
    </message>
    <message>
        <source>The sender has already used this nonce; sign the transaction again.</source>
        <translation>发送者已使用过此序号；请重新签署该交易。</translation>
    </message>
    <message>
        <source>The sender&apos;s nonce moved past this transaction; sign it again.</source>
        <translation>发送者的序号已越过此交易；请重新签署。</translation>
    </message>
</context>
<context>
    <name>medchain::node::NodeClient</name>
    <message>
        <source>%1 holds no MedChain network (there is no genesis.cbor).</source>
        <translation>%1 中没有 MedChain 网络（缺少 genesis.cbor）。</translation>
    </message>
    <message>
        <source>Block %1 committed (%2).</source>
        <translation>区块 %1 已提交（%2）。</translation>
    </message>
    <message>
        <source>Serving %1: chain %2 at height %3 (%4), %5.</source>
        <translation>正在服务 %1：链 %2，高度 %3（%4），%5。</translation>
    </message>
    <message>
        <source>a validator</source>
        <translation>验证者</translation>
    </message>
    <message>
        <source>not a validator</source>
        <translation>不是验证者</translation>
    </message>
    <message>
        <source>node.json names no node keystore: the node serves this folder&apos;s replica without peers.</source>
        <translation>node.json 未指定节点密钥库：节点只为此文件夹的副本服务，不连接对端。</translation>
    </message>
    <message numerus="yes">
        <source>Listening on %1 port %2; %n configured peer(s).</source>
        <translation>
            <numerusform>正在监听 %1 端口 %2；已配置 %n 个对端。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped; %1 is free.</source>
        <translation>已停止；%1 已释放。</translation>
    </message>
</context>
<context>
    <name>medchain::node::NodeProcesses</name>
    <message>
        <source>Cannot start %1 for %2: %3</source>
        <translation>无法为 %2 启动 %1：%3</translation>
    </message>
</context>
<context>
    <name>medchain::records</name>
    <message>
        <source>an empty claim list must be left out</source>
        <translation>空的申领列表必须省略</translation>
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
    <name>medchain::ui::AccessLogModel</name>
    <message>
        <source>Record of %1</source>
        <translation>%1 的病历</translation>
    </message>
    <message>
        <source>Emergency access declared</source>
        <translation>已声明紧急访问</translation>
    </message>
    <message>
        <source>Automated system</source>
        <translation>自动化系统</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>EMERGENCY</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Break-glass access without your grant, for the reason given. The regulator is told of it too.</source>
        <translation>未经您授权、基于所述理由进行的紧急访问。监管机构也会收到通知。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>访问者</translation>
    </message>
    <message>
        <source>What</source>
        <translation>访问内容</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Read by</source>
        <translation>访问者类型</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>访问类型</translation>
    </message>
</context>
<context>
    <name>medchain::ui::AccessPage</name>
    <message>
        <source>Your records could not be opened: %1</source>
        <translation>无法打开您的病历：%1</translation>
    </message>
    <message>
        <source>Granting access to %1… (waiting for the chain)</source>
        <translation>正在向 %1 授权…（等待上链确认）</translation>
    </message>
    <message>
        <source>Access was not granted to %1</source>
        <translation>未能向 %1 授权</translation>
    </message>
    <message>
        <source>Revoke access</source>
        <translation>撤销授权</translation>
    </message>
    <message>
        <source>Stop %1 from reading %2?

Records added from now on will not be shared with them. What they have already read cannot be taken back.</source>
        <translation>确定不再允许 %1 查阅%2吗？

此后新增的病历将不再与其共享。对方已查阅过的内容无法收回。</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>撤销(&amp;R)</translation>
    </message>
    <message>
        <source>Revoking the access of %1… (waiting for the chain)</source>
        <translation>正在撤销 %1 的访问权限…（等待上链确认）</translation>
    </message>
    <message>
        <source>The access of %1 was not revoked</source>
        <translation>未能撤销 %1 的访问权限</translation>
    </message>
    <message>
        <source>Decline the request</source>
        <translation>拒绝申请</translation>
    </message>
    <message>
        <source>Decline the request of %1 to read %2?</source>
        <translation>确定拒绝 %1 查阅%2的申请吗？</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>拒绝(&amp;D)</translation>
    </message>
    <message>
        <source>Declining the request of %1… (waiting for the chain)</source>
        <translation>正在拒绝 %1 的申请…（等待上链确认）</translation>
    </message>
    <message>
        <source>The request of %1 was not declined</source>
        <translation>未能拒绝 %1 的申请</translation>
    </message>
    <message>
        <source>Who may read your records</source>
        <translation>可查阅您病历的人员</translation>
    </message>
    <message>
        <source>&amp;Grant access…</source>
        <translation>授权访问(&amp;G)…</translation>
    </message>
    <message>
        <source>Let a doctor or institution read some or all of your records</source>
        <translation>允许医生或医疗机构查阅您的部分或全部病历</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>撤销(&amp;V)…</translation>
    </message>
    <message>
        <source>Stop the selected grantee from reading new records</source>
        <translation>不再允许所选的被授权方查阅新的病历</translation>
    </message>
    <message>
        <source>Show active grants &amp;only</source>
        <translation>仅显示有效授权(&amp;O)</translation>
    </message>
    <message>
        <source>Requests waiting for your answer (%1)</source>
        <translation>待您答复的访问申请（%1）</translation>
    </message>
    <message>
        <source>Requests waiting for your answer</source>
        <translation>待您答复的访问申请</translation>
    </message>
    <message>
        <source>Nobody is waiting for an answer from you.</source>
        <translation>目前没有待您答复的申请。</translation>
    </message>
    <message>
        <source>A&amp;ccept…</source>
        <translation>同意(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>拒绝(&amp;D)…</translation>
    </message>
    <message>
        <source>Who read your records</source>
        <translation>谁查阅过您的病历</translation>
    </message>
    <message>
        <source>Show &amp;emergency access only</source>
        <translation>仅显示紧急访问(&amp;E)</translation>
    </message>
    <message numerus="yes">
        <source>Your records were opened in an emergency %n time(s), without your grant. Each is marked EMERGENCY below with the reason given; the regulator was told too.</source>
        <translation>
            <numerusform>您的病历曾在未经您授权的情况下被紧急访问 %n 次。下方每条记录都标有“紧急”及所给理由；监管机构也已收到通知。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>medchain::ui::AccessRequestDialog</name>
    <message>
        <source>Tick at least one kind of record.</source>
        <translation>请至少勾选一种病历类型。</translation>
    </message>
    <message>
        <source>Say why you need access: the patient reads this before answering.</source>
        <translation>请说明您需要访问的理由：患者会在答复前阅读。</translation>
    </message>
    <message>
        <source>Request access</source>
        <translation>申请访问</translation>
    </message>
    <message>
        <source>Ask %1 for access to their records. The request is recorded on the chain; the patient sees it with your purpose and decides.</source>
        <translation>向 %1 申请访问其病历。该申请将记录在链上；患者会看到申请及您的事由，并自行决定。</translation>
    </message>
    <message>
        <source>What you ask to read</source>
        <translation>申请查阅的内容</translation>
    </message>
    <message>
        <source>&amp;All records</source>
        <translation>全部病历(&amp;A)</translation>
    </message>
    <message>
        <source>Only records of these &amp;kinds:</source>
        <translation>仅限以下类型的病历(&amp;K)：</translation>
    </message>
    <message>
        <source>For how &amp;long:</source>
        <translation>期限(&amp;L)：</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 天</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 年</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>事由(&amp;P)：</translation>
    </message>
    <message>
        <source>Follow-up of hypertension, referral from …</source>
        <translation>高血压随访，由 … 转诊</translation>
    </message>
    <message>
        <source>&amp;Send request</source>
        <translation>发送申请(&amp;S)</translation>
    </message>
</context>
<context>
    <name>medchain::ui::AccessRequestModel</name>
    <message>
        <source>%1 (answering…)</source>
        <translation>%1（正在答复…）</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Who asks</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>For what</source>
        <translation>申请范围</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止</translation>
    </message>
</context>
<context>
    <name>medchain::ui::AdministrationController</name>
    <message>
        <source>Enrolling %1: writing its keystore, then waiting for the chain…</source>
        <translation>正在注册 %1：先写入其密钥库，再等待链上确认…</translation>
    </message>
    <message>
        <source>%1 is enrolled. Its keystore is %2: hand it to the institution on a removable drive, never by e-mail; it opens with the passphrase typed here.</source>
        <translation>%1 已注册。其密钥库为 %2：请用移动存储设备交给该医疗机构，切勿通过电子邮件发送；打开时使用此处输入的口令。</translation>
    </message>
    <message>
        <source>%1 was not enrolled: %2</source>
        <translation>%1 未能注册：%2</translation>
    </message>
    <message>
        <source>Revoking %1…</source>
        <translation>正在吊销 %1…</translation>
    </message>
    <message>
        <source>%1 is revoked.</source>
        <translation>%1 已吊销。</translation>
    </message>
    <message>
        <source>%1 was not revoked: %2</source>
        <translation>%1 未能吊销：%2</translation>
    </message>
    <message>
        <source>Sending the new validator set…</source>
        <translation>正在发送新的验证者集合…</translation>
    </message>
    <message>
        <source>The new validator set is on chain; it makes the blocks from the next one on.</source>
        <translation>新的验证者集合已上链；从下一个区块起由其出块。</translation>
    </message>
    <message>
        <source>The validator set was not changed: %1</source>
        <translation>验证者集合未更改：%1</translation>
    </message>
    <message>
        <source>Creating the program %1…</source>
        <translation>正在创建项目 %1…</translation>
    </message>
    <message>
        <source>The program %1 is created with %2 in its pool.</source>
        <translation>项目 %1 已创建，资金池中有 %2。</translation>
    </message>
    <message>
        <source>The program %1 was not created: %2</source>
        <translation>项目 %1 未能创建：%2</translation>
    </message>
</context>
<context>
    <name>medchain::ui::AdministrationPage</name>
    <message>
        <source>The directory could not be read: %1</source>
        <translation>无法读取身份名录：%1</translation>
    </message>
    <message>
        <source>%1 is revoked already.</source>
        <translation>%1 已被吊销。</translation>
    </message>
    <message>
        <source>Revoke for Good</source>
        <translation>永久吊销</translation>
    </message>
    <message>
        <source>Revoke %1?

Reason: %2

This cannot be undone: the identity can never sign again, and it would have to be enrolled anew, with new keys.</source>
        <translation>吊销 %1？

理由：%2

此操作无法撤销：该身份将永远不能再签名，如需恢复，必须使用新密钥重新注册。</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>吊销(&amp;R)</translation>
    </message>
    <message>
        <source>Ins&amp;titutions</source>
        <translation>医疗机构(&amp;T)</translation>
    </message>
    <message>
        <source>Practitioners &amp;&amp; no&amp;des</source>
        <translation>医务人员和节点(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Validators</source>
        <translation>验证者(&amp;V)</translation>
    </message>
    <message>
        <source>Subsidy pro&amp;grams</source>
        <translation>补贴项目(&amp;G)</translation>
    </message>
</context>
<context>
    <name>medchain::ui::AlertModel</name>
    <message>
        <source>Enter or double-click to see this district&apos;s cases of the disease around that day</source>
        <translation>按 Enter 或双击，查看该区县在当日前后该疾病的病例</translation>
    </message>
    <message>
        <source>The mean daily count of the method&apos;s 7-day baseline</source>
        <translation>该方法 7 天基线的日均病例数</translation>
    </message>
    <message>
        <source>The method&apos;s statistic on that day; it alerts when above the threshold</source>
        <translation>该方法当日的统计量；超过阈值时发出预警</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Disease</source>
        <translation>疾病</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>病例数</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>期望值</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>统计量</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
</context>
<context>
    <name>medchain::ui::AlertsPage</name>
    <message>
        <source>No alerts for %1 in %2 from %3 to %4 under %5.</source>
        <translation>按 %5 检测，%3 至 %4 期间 %2 的 %1 没有预警。</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) for %1 in %2 from %3 to %4 under %5. Enter on one shows its district&apos;s cases of that disease around that day.</source>
        <translation>
            <numerusform>按 %5 检测，%3 至 %4 期间 %2 的 %1 共有 %n 条预警。在某条预警上按 Enter，可查看该区县在当日前后该疾病的病例。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>检测方法(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Outbreak alerts, newest first:</source>
        <translation>暴发预警（最新的在前）(&amp;O)：</translation>
    </message>
    <message>
        <source>The alerts could not be computed: %1</source>
        <translation>无法计算预警：%1</translation>
    </message>
    <message>
        <source>Looking for alerts for %1 in %2 from %3 to %4 under %5…</source>
        <translation>正在按 %5 检测 %3 至 %4 期间 %2 的 %1 预警…</translation>
    </message>
</context>
<context>
    <name>medchain::ui::AmendmentListModel</name>
    <message>
        <source>Record of</source>
        <translation>病历日期</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>医疗机构</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>提出者</translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation>提出时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Confirming…</source>
        <translation>正在确认…</translation>
    </message>
    <message>
        <source>Rejecting…</source>
        <translation>正在拒绝…</translation>
    </message>
</context>
<context>
    <name>medchain::ui::AmendmentsPage</name>
    <message>
        <source>A doctor can correct a record only with your consent. Compare each proposed amendment with the version in force, then confirm it (it replaces that version) or reject it (the record stays as it is).</source>
        <translation>医生只有在征得您同意后才能修订病历。请将每项修订提议与现行版本进行比较，然后确认（修订将取代现行版本）或拒绝（病历保持不变）。</translation>
    </message>
    <message>
        <source>&amp;Confirm…</source>
        <translation>确认(&amp;C)…</translation>
    </message>
    <message>
        <source>Accept the amendment: it becomes the version in force</source>
        <translation>接受修订：修订后的内容成为现行版本</translation>
    </message>
    <message>
        <source>Refuse the amendment: the record stays as it is</source>
        <translation>拒绝修订：病历保持不变</translation>
    </message>
    <message>
        <source>No amendments are waiting for your answer.</source>
        <translation>没有待您答复的修订。</translation>
    </message>
    <message>
        <source>%1 proposes to amend your record of %2 at %3 (proposed %4).</source>
        <translation>%1 提议修订您于 %2 在 %3 就诊的病历（提出时间：%4）。</translation>
    </message>
    <message>
        <source>Confirm amendment</source>
        <translation>确认修订</translation>
    </message>
    <message>
        <source>Confirm the amendment %1 proposed to your record of %2? The amended version replaces the one in force; the original stays in the record&apos;s history.</source>
        <translation>要确认 %1 对您 %2 就诊病历提出的修订吗？修订后的版本将取代现行版本；原始版本仍保留在病历的历史记录中。</translation>
    </message>
    <message>
        <source>&amp;Confirm amendment</source>
        <translation>确认修订(&amp;C)</translation>
    </message>
    <message>
        <source>Confirming the amendment…</source>
        <translation>正在确认修订…</translation>
    </message>
    <message>
        <source>Rejecting the amendment…</source>
        <translation>正在拒绝修订…</translation>
    </message>
    <message>
        <source>The amendment could not be confirmed</source>
        <translation>未能确认修订</translation>
    </message>
    <message>
        <source>The amendment could not be rejected</source>
        <translation>未能拒绝修订</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>拒绝(&amp;J)</translation>
    </message>
</context>
<context>
    <name>medchain::ui::AuthoredAmendmentModel</name>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Record of</source>
        <translation>病历日期</translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Pending: the patient has not answered</source>
        <translation>待处理：患者尚未答复</translation>
    </message>
    <message>
        <source>Confirmed by the patient</source>
        <translation>患者已确认</translation>
    </message>
    <message>
        <source>Rejected by the patient</source>
        <translation>患者已拒绝</translation>
    </message>
</context>
<context>
    <name>medchain::ui::AuthoredAmendmentsPage</name>
    <message>
        <source>Amendments you proposed take effect only when the patient confirms them. Press Enter on one to show its patient and record.</source>
        <translation>您提出的修订须经患者确认后才生效。在某条修订上按 Enter 可显示其患者和病历。</translation>
    </message>
</context>
<context>
    <name>medchain::ui::BreakGlassPage</name>
    <message>
        <source>No emergency accesses from %1 to %2.</source>
        <translation>%1 至 %2 期间没有紧急访问。</translation>
    </message>
    <message numerus="yes">
        <source>%n emergency access(es) from %1 to %2: practitioners who read a patient&apos;s records without their grant, giving a reason.</source>
        <translation>
            <numerusform>%1 至 %2 期间共有 %n 次紧急访问：医务人员在未经患者授权的情况下查阅其病历，并说明了理由。</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;mergency accesses, newest first:</source>
        <translation>紧急访问（最新的在前）(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>medchain::ui::CreateProgramDialog</name>
    <message>
        <source>Name the program as patients will see it in their wallet.</source>
        <translation>请填写项目名称，即患者在钱包中看到的名称。</translation>
    </message>
    <message>
        <source>Not in the ICD-10 catalog: %1. Use codes such as E11.9, or three-character categories such as E11.</source>
        <translation>不在 ICD-10 目录中：%1。请使用 E11.9 之类的编码，或 E11 之类的三位类目。</translation>
    </message>
    <message>
        <source>A program takes at most %1 codes; use three-character categories to cover several.</source>
        <translation>一个项目最多包含 %1 个编码；请使用三位类目以涵盖多个编码。</translation>
    </message>
    <message>
        <source>the most one payment may be</source>
        <translation>单笔支付上限</translation>
    </message>
    <message>
        <source>Amount per record: %1</source>
        <translation>每份病历金额：%1</translation>
    </message>
    <message>
        <source>Cap per patient: %1</source>
        <translation>每名患者上限：%1</translation>
    </message>
    <message>
        <source>The cap per patient is less than one payment (%1). Raise it, or leave it empty for no cap.</source>
        <translation>每名患者上限低于单次支付金额（%1）。请提高上限，或留空表示不设上限。</translation>
    </message>
    <message>
        <source>the authority&apos;s balance</source>
        <translation>主管部门的余额</translation>
    </message>
    <message>
        <source>Funding: %1</source>
        <translation>注资：%1</translation>
    </message>
    <message>
        <source>Not in the ICD-10 catalog: %1</source>
        <translation>不在 ICD-10 目录中：%1</translation>
    </message>
    <message>
        <source>No codes: every record of an enrolled patient qualifies.</source>
        <translation>未填编码：已加入项目的患者的每份病历均符合条件。</translation>
    </message>
    <message>
        <source>Create a Subsidy Program</source>
        <translation>创建补贴项目</translation>
    </message>
    <message>
        <source>The program pays each enrolled patient a fixed amount for every qualifying record, from its pool, until the pool or the patient&apos;s cap runs out.</source>
        <translation>项目从资金池中为每名已加入的患者的每份符合条件的病历支付固定金额，直至资金池或该患者的上限用尽。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Record &amp;kind:</source>
        <translation>病历类别(&amp;K)：</translation>
    </message>
    <message>
        <source>ICD-10 c&amp;odes:</source>
        <translation>ICD-10 编码(&amp;O)：</translation>
    </message>
    <message>
        <source>e.g. E10, E11 (empty: any diagnosis)</source>
        <translation>例如 E10, E11（留空：任意诊断）</translation>
    </message>
    <message>
        <source>&amp;Amount per record (¥):</source>
        <translation>每份病历金额（¥）(&amp;A)：</translation>
    </message>
    <message>
        <source>Ca&amp;p per patient (¥):</source>
        <translation>每名患者上限（¥）(&amp;P)：</translation>
    </message>
    <message>
        <source>empty: no cap</source>
        <translation>留空：不设上限</translation>
    </message>
    <message>
        <source>&amp;Funding (¥):</source>
        <translation>注资（¥）(&amp;F)：</translation>
    </message>
    <message>
        <source>The authority&apos;s account holds %1; the funding moves from it into the program&apos;s pool.</source>
        <translation>主管部门账户余额为 %1；注资将从该账户转入项目资金池。</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>medchain::ui::DailyCasesChart</name>
    <message>
        <source>Cases by day</source>
        <translation>每日病例数</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>病例数</translation>
    </message>
</context>
<context>
    <name>medchain::ui::DashboardExportButton</name>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>Save the dashboard as shown — counts, alerts, findings and charts — as a spreadsheet (CSV) or a report (PDF)</source>
        <translation>将看板按当前显示内容（计数、预警、违规发现和图表）保存为电子表格（CSV）或报告（PDF）</translation>
    </message>
    <message>
        <source>As a spreadsheet (&amp;CSV)…</source>
        <translation>电子表格（CSV）(&amp;C)…</translation>
    </message>
    <message>
        <source>As a report (&amp;PDF)…</source>
        <translation>报告（PDF）(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>medchain::ui::DashboardExporter</name>
    <message>
        <source>Export the dashboard as CSV</source>
        <translation>将看板导出为 CSV</translation>
    </message>
    <message>
        <source>Export the dashboard as PDF</source>
        <translation>将看板导出为 PDF</translation>
    </message>
    <message>
        <source>surveillance-%1.csv</source>
        <translation>疫情监测-%1.csv</translation>
    </message>
    <message>
        <source>surveillance-%1.pdf</source>
        <translation>疫情监测-%1.pdf</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>The dashboard was saved as %1.</source>
        <translation>看板已保存为 %1。</translation>
    </message>
</context>
<context>
    <name>medchain::ui::DemoNetworkSetup</name>
    <message>
        <source>%1 is not empty and holds no demo network (it has no network.json). Move it away, or give another folder with --datadir.</source>
        <translation>%1 不是空文件夹，且其中没有演示网络（缺少 network.json）。请将其移走，或使用 --datadir 指定其他文件夹。</translation>
    </message>
    <message>
        <source>Cannot remove the unfinished demo in %1.</source>
        <translation>无法删除 %1 中未完成的演示网络。</translation>
    </message>
    <message>
        <source>Loading the medical catalog</source>
        <translation>正在加载医学目录</translation>
    </message>
    <message>
        <source>Generating the population and a year of care</source>
        <translation>正在生成人口及一年的诊疗数据</translation>
    </message>
    <message>
        <source>The demo network could not be made: %1</source>
        <translation>无法创建演示网络：%1</translation>
    </message>
    <message>
        <source>Cannot move the new demo from %1 to %2.</source>
        <translation>无法将新的演示网络从 %1 移动到 %2。</translation>
    </message>
    <message>
        <source>The demo node in %1 stopped (exit code %2):
%3</source>
        <translation>%1 中的演示节点已停止（退出代码 %2）：
%3</translation>
    </message>
    <message>
        <source>The demo&apos;s node could not start: %1</source>
        <translation>演示网络的节点无法启动：%1</translation>
    </message>
    <message>
        <source>The demo&apos;s node stopped: %1</source>
        <translation>演示网络的节点已停止：%1</translation>
    </message>
</context>
<context>
    <name>medchain::ui::DeskView</name>
    <message>
        <source>Registration desk</source>
        <translation>挂号处</translation>
    </message>
    <message>
        <source>&amp;Register patient</source>
        <translation>登记患者(&amp;R)</translation>
    </message>
    <message>
        <source>Register a patient from the request their device made (Ctrl+1)</source>
        <translation>根据患者设备生成的申请登记患者（Ctrl+1）</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>员工(&amp;S)</translation>
    </message>
    <message>
        <source>This institution&apos;s practitioners and nodes (Ctrl+2)</source>
        <translation>本医疗机构的医务人员和节点（Ctrl+2）</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>账单(&amp;I)</translation>
    </message>
    <message>
        <source>Issue invoices and follow the ones issued (Ctrl+3)</source>
        <translation>开具账单并跟踪已开具的账单（Ctrl+3）</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts (Ctrl+/)</source>
        <translation>键盘快捷键(&amp;K)（Ctrl+/）</translation>
    </message>
</context>
<context>
    <name>medchain::ui::DiagnosisSection</name>
    <message>
        <source>Type an ICD-10 code or part of a diagnosis, then pick it from the list.</source>
        <translation>请输入 ICD-10 编码或诊断名称的一部分，然后从列表中选择。</translation>
    </message>
    <message>
        <source>“%1” is not an ICD-10 code. Pick one from the list (it matches codes and titles in English and Chinese).</source>
        <translation>“%1”不是 ICD-10 编码。请从列表中选择（列表可按中英文编码和名称匹配）。</translation>
    </message>
    <message>
        <source>%1 is listed already.</source>
        <translation>%1 已在列表中。</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>&amp;Diagnosis:</source>
        <translation>诊断(&amp;D)：</translation>
    </message>
    <message>
        <source>ICD-10 code or title, English or Chinese</source>
        <translation>ICD-10 编码或名称，中文或英文</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>medchain::ui::DirectoryPanel</name>
    <message>
        <source>An identity id is 64 hexadecimal digits (0–9, a–f), as the identity&apos;s details show it.</source>
        <translation>身份标识为 64 位十六进制数字（0–9、a–f），与身份详情中显示的一致。</translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s), %1 active</source>
        <translation>
            <numerusform>%n 个医疗机构，其中 %1 个有效</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practitioner(s) and node(s), %1 active</source>
        <translation>
            <numerusform>%n 个医务人员和节点，其中 %1 个有效</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown of %2</source>
        <translation>显示 %1 个，共 %2 个</translation>
    </message>
    <message>
        <source>&amp;Match:</source>
        <translation>筛选(&amp;M)：</translation>
    </message>
    <message>
        <source>Name, kind or region</source>
        <translation>名称、类型或地区</translation>
    </message>
    <message>
        <source>Name, institution or region</source>
        <translation>名称、医疗机构或地区</translation>
    </message>
    <message>
        <source>&amp;Enroll institution…</source>
        <translation>注册医疗机构(&amp;E)…</translation>
    </message>
    <message>
        <source>Enroll a new institution and write its keystore</source>
        <translation>注册新的医疗机构并写入其密钥库</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>吊销(&amp;R)…</translation>
    </message>
    <message>
        <source>Revoke the selected identity, with a reason; it cannot be undone</source>
        <translation>吊销所选身份（须填写理由）；此操作无法撤销</translation>
    </message>
    <message>
        <source>Any identit&amp;y (64 hex digits):</source>
        <translation>任意身份（64 位十六进制数字）(&amp;Y)：</translation>
    </message>
    <message>
        <source>e.g. a patient&apos;s id, from their records or a grant</source>
        <translation>例如患者的身份标识，可从其病历或授权中获取</translation>
    </message>
    <message>
        <source>Rev&amp;oke by id…</source>
        <translation>按身份标识吊销(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>medchain::ui::DiseaseCountModel</name>
    <message>
        <source>Enter or double-click to see the categories of this chapter</source>
        <translation>按 Enter 或双击，查看本章的各类目</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>章</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>Disease</source>
        <translation>疾病</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>病例数</translation>
    </message>
</context>
<context>
    <name>medchain::ui::DoctorView</name>
    <message>
        <source>History</source>
        <translation>历史病历</translation>
    </message>
    <message>
        <source>The records of this patient you may read (Ctrl+1)</source>
        <translation>您可查阅的该患者病历（Ctrl+1）</translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation>就诊</translation>
    </message>
    <message>
        <source>Write a new record (Ctrl+N)</source>
        <translation>书写新病历（Ctrl+N）</translation>
    </message>
    <message>
        <source>Proposed amendments</source>
        <translation>已提出的修订</translation>
    </message>
    <message>
        <source>Amendments you proposed and the patients&apos; answers (Ctrl+3)</source>
        <translation>您提出的修订及患者的答复（Ctrl+3）</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts (Ctrl+/)</source>
        <translation>键盘快捷键(&amp;K)（Ctrl+/）</translation>
    </message>
</context>
<context>
    <name>medchain::ui::EmergencyAccessDialog</name>
    <message>
        <source>The reason will be recorded exactly as written.</source>
        <translation>理由将按原文如实记录。</translation>
    </message>
    <message>
        <source>Give a reason of at least %1 characters (%2 so far).</source>
        <translation>请填写至少 %1 个字的理由（目前 %2 个字）。</translation>
    </message>
    <message>
        <source>Emergency access (break-glass)</source>
        <translation>紧急访问（破窗）</translation>
    </message>
    <message>
        <source>&lt;b&gt;EMERGENCY ACCESS — BREAK-GLASS&lt;/b&gt;&lt;br/&gt;You are about to read the records of %1 without their permission. This is recorded on the chain with your name and your reason, shown to the patient as an emergency access, and reported to the regulator. Use it only when the patient&apos;s care cannot wait for their consent.</source>
        <translation>&lt;b&gt;紧急访问 — 破窗&lt;/b&gt;&lt;br/&gt;您即将在未经 %1 许可的情况下查阅其病历。此操作将连同您的姓名和理由记录在链上，以紧急访问的形式向患者展示，并报告给监管机构。仅在患者的救治无法等待其同意时使用。</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>理由(&amp;R)（必填）：</translation>
    </message>
    <message>
        <source>Unconscious on arrival at the emergency department; history of medication needed</source>
        <translation>送达急诊科时意识不清；需了解用药史</translation>
    </message>
    <message>
        <source>&amp;Declare emergency access</source>
        <translation>声明紧急访问(&amp;D)</translation>
    </message>
</context>
<context>
    <name>medchain::ui::EmergencyModel</name>
    <message>
        <source>Emergency</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Break-glass access: read without the patient&apos;s grant, with the reason given. The patient was told too.</source>
        <translation>紧急访问（破窗）：未经患者授权查阅病历，并说明了理由。患者也已收到通知。</translation>
    </message>
    <message>
        <source>Identity %1</source>
        <translation>身份 %1</translation>
    </message>
    <message>
        <source>Transaction %1</source>
        <translation>交易 %1</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>访问类型</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>医务人员</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>医疗机构</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>medchain::ui::EncounterFields</name>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>类别(&amp;T)：</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>时间(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Chief complaint:</source>
        <translation>主诉(&amp;C)：</translation>
    </message>
    <message>
        <source>In the patient&apos;s words: fever and cough for three days</source>
        <translation>患者自述：发热、咳嗽三天</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>备注(&amp;E)：</translation>
    </message>
    <message>
        <source>Reason for the amendment (&amp;why):</source>
        <translation>修订理由(&amp;W)：</translation>
    </message>
    <message>
        <source>Required: the patient reads it before confirming</source>
        <translation>必填：患者会在确认前阅读</translation>
    </message>
</context>
<context>
    <name>medchain::ui::EncounterForm</name>
    <message>
        <source>Submit or cancel the amendment first.</source>
        <translation>请先提交或取消修订。</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>放弃草稿</translation>
    </message>
    <message>
        <source>The form holds a draft that has not been submitted. Discard it and amend the record instead?</source>
        <translation>表单中有尚未提交的草稿。要放弃草稿并改为修订该病历吗？</translation>
    </message>
    <message>
        <source>&amp;Discard the draft</source>
        <translation>放弃草稿(&amp;D)</translation>
    </message>
    <message>
        <source>Select a patient first.</source>
        <translation>请先选择患者。</translation>
    </message>
    <message>
        <source>This draft is for %1. Select %1 again to submit it, or cancel it.</source>
        <translation>此草稿属于 %1。请重新选择 %1 以提交，或取消草稿。</translation>
    </message>
    <message>
        <source>Give the reason for the amendment: the patient reads it before confirming.</source>
        <translation>请填写修订理由：患者会在确认前阅读。</translation>
    </message>
    <message>
        <source>The amendment changes nothing.</source>
        <translation>此修订未作任何更改。</translation>
    </message>
    <message>
        <source>The encounter time is in the future.</source>
        <translation>就诊时间晚于当前时间。</translation>
    </message>
    <message>
        <source>Finish or clear the line being typed in “%1”.</source>
        <translation>请完成或清除“%1”中正在输入的条目。</translation>
    </message>
    <message>
        <source>Signing and sending the amendment for %1… (waiting for the next block)</source>
        <translation>正在签名并发送 %1 的修订…（等待下一个区块）</translation>
    </message>
    <message>
        <source>The amendment was not proposed</source>
        <translation>未能提出修订</translation>
    </message>
    <message>
        <source>Signing and sending the record for %1… (waiting for the next block)</source>
        <translation>正在签名并发送 %1 的病历…（等待下一个区块）</translation>
    </message>
    <message>
        <source>The record was not added</source>
        <translation>未能添加病历</translation>
    </message>
    <message>
        <source>Amendment proposed to %1; it takes effect when they confirm it.</source>
        <translation>已向 %1 提出修订；患者确认后生效。</translation>
    </message>
    <message>
        <source>Record added to the chain for %1.</source>
        <translation>已为 %1 将病历添加到链上。</translation>
    </message>
    <message>
        <source>Discard this amendment? The record stays as it is.</source>
        <translation>要放弃此修订吗？病历将保持不变。</translation>
    </message>
    <message>
        <source>Discard this encounter? Nothing has been sent.</source>
        <translation>要放弃此次就诊吗？尚未发送任何内容。</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>Select a patient to write an encounter.</source>
        <translation>请选择患者以书写就诊病历。</translation>
    </message>
    <message>
        <source>Amendment of the record of %1 for %2</source>
        <translation>修订 %2 于 %1 就诊的病历</translation>
    </message>
    <message>
        <source>New encounter for %1 (ID %2…)</source>
        <translation>为 %1 新建就诊（ID %2…）</translation>
    </message>
    <message>
        <source>This draft is for %1, not for the patient selected now. Select %1 again to submit it, or cancel it.</source>
        <translation>此草稿属于 %1，而不是当前所选的患者。请重新选择 %1 以提交，或取消草稿。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard the draft (Esc)</source>
        <translation>放弃草稿（Esc）</translation>
    </message>
    <message>
        <source>Sign and su&amp;bmit</source>
        <translation>签名并提交(&amp;B)</translation>
    </message>
    <message>
        <source>Sign with your key and send to the chain (Ctrl+Enter)</source>
        <translation>用您的密钥签名并发送到链上（Ctrl+Enter）</translation>
    </message>
</context>
<context>
    <name>medchain::ui::EncounterSection</name>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add to the list (Enter)</source>
        <translation>添加到列表（Enter）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected line (Delete)</source>
        <translation>删除所选行（Delete）</translation>
    </message>
</context>
<context>
    <name>medchain::ui::EnrollDialogBase</name>
    <message>
        <source>MedChain keystores (*.mcid);;All files (*)</source>
        <translation>医链密钥库 (*.mcid);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>登记(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>medchain::ui::EnrollInstitutionDialog</name>
    <message>
        <source>%1, %2</source>
        <comment>district, city</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>district code and place</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Six digits (GB/T 2260), e.g. 340104; or type a place&apos;s name.</source>
        <translation>六位数字（GB/T 2260），例如 340104；也可输入地名。</translation>
    </message>
    <message>
        <source>%1 is not in this program&apos;s list of places; check it.</source>
        <translation>%1 不在本软件的地名列表中，请核对。</translation>
    </message>
    <message>
        <source>Type the institution&apos;s name as on its licence.</source>
        <translation>请按执业许可证填写医疗机构名称。</translation>
    </message>
    <message>
        <source>Choose the institution&apos;s district, or type its six-digit code.</source>
        <translation>请选择医疗机构所在区县，或输入其六位代码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a district code: six digits, e.g. 340104.</source>
        <translation>“%1”不是区县代码：应为六位数字，例如 340104。</translation>
    </message>
    <message>
        <source>%1 The institution&apos;s representative types it again, twice.</source>
        <translation>%1 请由医疗机构代表重新输入两次。</translation>
    </message>
    <message>
        <source>Enroll an Institution</source>
        <translation>注册医疗机构</translation>
    </message>
    <message>
        <source>The institution gets a keystore of its own: its keys, and the network&apos;s registration key its desk needs to register patients. Hand it over on a removable drive, never by e-mail.</source>
        <translation>该医疗机构将获得自己的密钥库：其中包含其密钥，以及其挂号处登记患者所需的网络登记密钥。请用移动存储设备交付，切勿通过电子邮件发送。</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>区县(&amp;D)：</translation>
    </message>
    <message>
        <source>e.g. 340104, or a district&apos;s name</source>
        <translation>例如 340104，或区县名称</translation>
    </message>
    <message>
        <source>Key&amp;store file:</source>
        <translation>密钥库文件(&amp;S)：</translation>
    </message>
    <message numerus="yes">
        <source>The institution&apos;s representative types the passphrase themselves, twice (at least %n characters). It opens the institution&apos;s keystore; no one else should know it.</source>
        <translation>
            <numerusform>口令由医疗机构代表亲自输入两次（至少 %n 个字符）。该口令用于打开医疗机构的密钥库，不应让其他任何人知道。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>medchain::ui::EnrollPractitionerDialog</name>
    <message>
        <source>Type the practitioner&apos;s name as on their licence.</source>
        <translation>请按执业证书上的姓名输入医务人员姓名。</translation>
    </message>
    <message>
        <source>Type the practitioner&apos;s licence number.</source>
        <translation>请输入医务人员的执业证书编号。</translation>
    </message>
    <message>
        <source>Choose where to save the practitioner&apos;s keystore.</source>
        <translation>请选择医务人员密钥库的保存位置。</translation>
    </message>
    <message>
        <source>%1 The practitioner types it again, twice.</source>
        <translation>%1 请医务人员重新输入两遍。</translation>
    </message>
    <message>
        <source>Enroll a Practitioner</source>
        <translation>登记医务人员</translation>
    </message>
    <message>
        <source>The practitioner gets a keystore of their own: their keys, and the network&apos;s registration key their records need. Hand it over on their workstation or on a removable drive, never by e-mail.</source>
        <translation>医务人员将获得自己的密钥库，其中包含本人的密钥，以及书写病历所需的网络登记密钥。请在其工作站上或通过移动存储设备交付，切勿通过电子邮件发送。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Licence number:</source>
        <translation>执业证书编号(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Specialty:</source>
        <translation>专科(&amp;S)：</translation>
    </message>
    <message>
        <source>e.g. Respiratory medicine</source>
        <translation>例如 呼吸内科</translation>
    </message>
    <message>
        <source>&amp;Keystore file:</source>
        <translation>密钥库文件(&amp;K)：</translation>
    </message>
    <message numerus="yes">
        <source>Turn the screen to the practitioner: they type the passphrase themselves, twice (at least %n characters). It opens their keystore; no one else should know it.</source>
        <translation>
            <numerusform>请将屏幕转向医务人员，由其本人输入两遍口令（至少 %n 个字符）。该口令用于打开其密钥库，不应让其他任何人知道。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>medchain::ui::ExamSection</name>
    <message>
        <source>Type an exam&apos;s code or name, then pick it from the list.</source>
        <translation>请输入检查的编码或名称，然后从列表中选择。</translation>
    </message>
    <message>
        <source>“%1” is not an exam of the catalog. Pick one from the list.</source>
        <translation>“%1”不是目录中的检查项目。请从列表中选择。</translation>
    </message>
    <message>
        <source>%1 is ordered already.</source>
        <translation>%1 已开立。</translation>
    </message>
    <message>
        <source>Exam orders</source>
        <translation>检查申请</translation>
    </message>
    <message>
        <source>E&amp;xam:</source>
        <translation>检查(&amp;X)：</translation>
    </message>
    <message>
        <source>Code or name, English or Chinese</source>
        <translation>编码或名称，中文或英文</translation>
    </message>
</context>
<context>
    <name>medchain::ui::FeeSection</name>
    <message>
        <source>Name the fee, such as “Registration”.</source>
        <translation>请填写费用名称，例如“挂号费”。</translation>
    </message>
    <message>
        <source>Enter the amount in yuan, such as 15 or 15.50.</source>
        <translation>请输入金额（元），例如 15 或 15.50。</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>Total: too large</source>
        <translation>合计：金额过大</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Fee ite&amp;m:</source>
        <translation>费用项目(&amp;M)：</translation>
    </message>
    <message>
        <source>Amount (¥):</source>
        <translation>金额（¥）：</translation>
    </message>
    <message>
        <source>15.00</source>
        <translation>15.00</translation>
    </message>
</context>
<context>
    <name>medchain::ui::FindingModel</name>
    <message>
        <source>%1
Enter or double-click to trace the record and export its evidence.</source>
        <translation>%1
按 Enter 或双击可追溯该病历并导出其证据。</translation>
    </message>
    <message>
        <source>The daily dose, the days since the same exam, or the record&apos;s fees</source>
        <translation>日剂量、距上次同一检查的天数，或病历费用</translation>
    </message>
    <message>
        <source>The drug&apos;s maximum daily dose, the repeated-exam window, or the fees its peers allow</source>
        <translation>药品最大日剂量、重复检查时间窗，或同类病历允许的费用</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Drug, exam or diagnosis</source>
        <translation>药品、检查或诊断</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>限值</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>医务人员</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>医疗机构</translation>
    </message>
</context>
<context>
    <name>medchain::ui::FindingsPage</name>
    <message>
        <source> day</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>全部规则</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Looking for records that break the rules…</source>
        <translation>正在查找违反规则的病历…</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>in the year up to the newest record</source>
        <translation>截至最新病历的一年内</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) flagged for %1 in %2, %3.</source>
        <translation>
            <numerusform>%3，%2 的 %1 共有 %n 份病历被标记。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown.</source>
        <translation>
            <numerusform>已显示 %n 份。</numerusform>
        </translation>
    </message>
    <message>
        <source>A finding is a reason to look, not a verdict: Enter on one traces its record.</source>
        <translation>违规发现只是需要核查的线索，并非定论：在某条上按 Enter 可追溯其病历。</translation>
    </message>
    <message>
        <source>Each record in the dashboard&apos;s window, region and disease is checked against three rules:</source>
        <translation>看板时间窗、地区和疾病范围内的每份病历都会按以下三条规则检查：</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>时间窗(&amp;W)：</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>How many days back the same exam for the same patient counts as repeated; 0 turns the rule off</source>
        <translation>同一患者的同一检查在多少天内再次进行算作重复；设为 0 则关闭此规则</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>规则(&amp;R)：</translation>
    </message>
    <message>
        <source>Flagged r&amp;ecords, newest first:</source>
        <translation>被标记的病历（最新的在前）(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>medchain::ui::GrantDialog</name>
    <message>
        <source>As asked: until %1</source>
        <translation>按申请：至 %1</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 天</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 年</translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation>至指定日期…</translation>
    </message>
    <message>
        <source>Loading the directory…</source>
        <translation>正在加载名录…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Pick who may read your records.</source>
        <translation>请选择可查阅您病历的人员。</translation>
    </message>
    <message>
        <source>Tick at least one kind of record.</source>
        <translation>请至少勾选一种病历类型。</translation>
    </message>
    <message>
        <source>Pick an end date within a year from today.</source>
        <translation>请选择自今天起一年以内的截止日期。</translation>
    </message>
    <message>
        <source>%1 may read: %2, until %3. You can revoke this at any time; what they have already read stays read.</source>
        <translation>%1 可查阅：%2，截至 %3。您可以随时撤销此授权；对方已查阅过的内容无法收回。</translation>
    </message>
    <message>
        <source>Answer an access request</source>
        <translation>答复访问申请</translation>
    </message>
    <message>
        <source>Grant access</source>
        <translation>授权访问</translation>
    </message>
    <message>
        <source>Who asks:</source>
        <translation>申请人：</translation>
    </message>
    <message>
        <source>&amp;Who may read your records:</source>
        <translation>可查阅您病历的人员(&amp;W)：</translation>
    </message>
    <message>
        <source>Search by name, institution or specialty</source>
        <translation>按姓名、医疗机构或专业搜索</translation>
    </message>
    <message>
        <source>What they may read</source>
        <translation>可查阅的内容</translation>
    </message>
    <message>
        <source>&amp;All my records</source>
        <translation>我的全部病历(&amp;A)</translation>
    </message>
    <message>
        <source>Only records of these &amp;kinds:</source>
        <translation>仅限以下类型的病历(&amp;K)：</translation>
    </message>
    <message>
        <source>The records they asked for (%1)</source>
        <translation>对方申请的病历（%1）</translation>
    </message>
    <message>
        <source>For how &amp;long</source>
        <translation>授权期限(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Grant access</source>
        <translation>授权访问(&amp;G)</translation>
    </message>
</context>
<context>
    <name>medchain::ui::GrantListModel</name>
    <message>
        <source>Revoking…</source>
        <translation>正在撤销…</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>授权对象</translation>
    </message>
    <message>
        <source>What they may read</source>
        <translation>可查阅的内容</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>授权日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>medchain::ui::InvoicesPage</name>
    <message>
        <source>The invoices could not be read: %1</source>
        <translation>无法读取账单：%1</translation>
    </message>
    <message>
        <source>No invoices issued yet.</source>
        <translation>尚未开具任何账单。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s); open: %1, %2 unpaid.</source>
        <translation>
            <numerusform>共 %n 张账单；待支付 %1 张，未付金额 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued invoices (newest first)</source>
        <translation>已开具的账单（最新的在前）</translation>
    </message>
</context>
<context>
    <name>medchain::ui::IssueInvoiceForm</name>
    <message>
        <source>%1 · region %2</source>
        <translation>%1 · 行政区划 %2</translation>
    </message>
    <message>
        <source>Type a patient&apos;s identity, pseudonym or national ID first.</source>
        <translation>请先输入患者的身份标识、化名或证件号码。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>Identity %1</source>
        <translation>身份 %1</translation>
    </message>
    <message>
        <source>No registered patient matches “%1”.</source>
        <translation>没有与“%1”匹配的已登记患者。</translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation>已找到 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n patients match: pick one with the arrow keys.</source>
        <translation>
            <numerusform>有 %n 位患者符合条件：请用方向键选择一位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Find the patient first: type their identity, pseudonym or national ID and press Enter.</source>
        <translation>请先查找患者：输入其身份标识、化名或证件号码，然后按 Enter。</translation>
    </message>
    <message>
        <source>An invoice must be for more than %1.</source>
        <translation>账单金额必须大于 %1。</translation>
    </message>
    <message>
        <source>Type the amount in yuan, for example 25 or 12.50.</source>
        <translation>请输入以元为单位的金额，例如 25 或 12.50。</translation>
    </message>
    <message>
        <source>Issue an Invoice</source>
        <translation>开具账单</translation>
    </message>
    <message>
        <source>Issue this invoice?

Patient: %1
Fee: %2
Amount: %3

The patient sees it in their wallet and pays it from there.</source>
        <translation>要开具此账单吗？

患者：%1
费用项目：%2
金额：%3

患者会在其钱包中看到该账单，并在钱包中支付。</translation>
    </message>
    <message>
        <source>&amp;Issue %1</source>
        <translation>开具 %1(&amp;I)</translation>
    </message>
    <message>
        <source>%1 (%2) for %3</source>
        <translation>%3的%1（%2）</translation>
    </message>
    <message>
        <source>Issuing %1… (waiting for the chain)</source>
        <translation>正在开具%1…（等待链上确认）</translation>
    </message>
    <message>
        <source>Invoice issued: %1.</source>
        <translation>账单已开具：%1。</translation>
    </message>
    <message>
        <source>The invoice of %1 was not issued: %2</source>
        <translation>%1的账单未能开具：%2</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>新建账单</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>患者(&amp;P)：</translation>
    </message>
    <message>
        <source>patient id, pseudonym or national ID, then Enter</source>
        <translation>患者身份标识、化名或证件号码，然后按 Enter</translation>
    </message>
    <message>
        <source>Fee &amp;type:</source>
        <translation>费用类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Amount (¥):</source>
        <translation>金额（¥）(&amp;A)：</translation>
    </message>
    <message>
        <source>e.g. 25.00</source>
        <translation>例如 25.00</translation>
    </message>
    <message>
        <source>Iss&amp;ue invoice…</source>
        <translation>开具账单(&amp;U)…</translation>
    </message>
    <message>
        <source>Issue the invoice to the patient (Ctrl+Return)</source>
        <translation>向患者开具账单（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Press Enter to search the chain.</source>
        <translation>按 Enter 在链上搜索。</translation>
    </message>
</context>
<context>
    <name>medchain::ui::IssuedInvoiceModel</name>
    <message>
        <source>Identity %1</source>
        <translation>身份 %1</translation>
    </message>
    <message>
        <source>For the encounter of %1</source>
        <translation>%1 的就诊</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>开具日期</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>费用项目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>medchain::ui::LockPage</name>
    <message>
        <source>MedChain is locked</source>
        <translation>医链 已锁定</translation>
    </message>
    <message>
        <source>The session of %1 (%2) is locked: its keys have been wiped from memory. Type the passphrase to continue where you left off.</source>
        <translation>%1（%2）的会话已锁定：其密钥已从内存中清除。请输入口令，从上次离开的地方继续。</translation>
    </message>
    <message>
        <source>&amp;Switch Identity…</source>
        <translation>切换身份(&amp;S)…</translation>
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
        <source>&amp;Open Keystore…</source>
        <translation>打开密钥库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Switch Identity</source>
        <translation>切换身份(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;New Patient Identity…</source>
        <translation>新建患者身份(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>medchain::ui::NetworkPage</name>
    <message>
        <source>The network&apos;s state could not be read: %1</source>
        <translation>无法读取网络状态：%1</translation>
    </message>
    <message>
        <source>Reading the network&apos;s state…</source>
        <translation>正在读取网络状态…</translation>
    </message>
    <message>
        <source>This replica holds no blocks yet.</source>
        <translation>此副本尚无区块。</translation>
    </message>
    <message>
        <source>This replica is at block %1, committed %2.</source>
        <translation>此副本的最新区块为 %1，提交于 %2。</translation>
    </message>
    <message>
        <source>Block hash %1</source>
        <translation>区块哈希 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n validator(s) signing recently, with %2 of %3 voting power.</source>
        <translation>
            <numerusform>%n 个验证者中有 %1 个近期在签名，持有总投票权重 %3 中的 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocks need more than two thirds of the power: the network can go on.</source>
        <translation>出块需要超过三分之二的投票权重：网络可以继续运行。</translation>
    </message>
    <message>
        <source>Blocks need more than two thirds of the power: the network may stop.</source>
        <translation>出块需要超过三分之二的投票权重：网络可能停止。</translation>
    </message>
    <message>
        <source>No double votes recorded on chain.</source>
        <translation>链上未记录双重投票。</translation>
    </message>
    <message numerus="yes">
        <source>%n double vote(s) recorded on chain: a validator signed two different blocks at one height.</source>
        <translation>
            <numerusform>链上记录了 %n 次双重投票：某验证者在同一高度签署了两个不同的区块。</numerusform>
        </translation>
    </message>
    <message>
        <source>No peers connected: this node runs alone, or cannot reach the network.</source>
        <translation>未连接任何对等节点：此节点在单独运行，或无法连接到网络。</translation>
    </message>
    <message>
        <source>&amp;Validators of the current set (red: silent or behind; see the tooltip):</source>
        <translation>当前集合的验证者（红色：无响应或落后；详见提示）(&amp;V)：</translation>
    </message>
    <message>
        <source>Connected p&amp;eers of this node:</source>
        <translation>此节点已连接的对等节点(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>medchain::ui::NetworkStatus</name>
    <message>
        <source>No network</source>
        <translation>无网络</translation>
    </message>
    <message>
        <source>Starting node…</source>
        <translation>正在启动节点…</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s)</source>
        <translation>
            <numerusform>%n 个对端</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · catching up: height %2 of %3</source>
        <translation>%1 · 正在同步：高度 %2 / %3</translation>
    </message>
    <message>
        <source>%1 · height %2</source>
        <translation>%1 · 高度 %2</translation>
    </message>
    <message>
        <source>No peer is connected: the replica may be behind.</source>
        <translation>未连接任何对端：副本可能不是最新的。</translation>
    </message>
</context>
<context>
    <name>medchain::ui::NewIdentityDialog</name>
    <message>
        <source>Choose where to save the keystore and the request.</source>
        <translation>请选择密钥库和申请文件的保存位置。</translation>
    </message>
    <message>
        <source>The keystore and the request need two different files.</source>
        <translation>密钥库和申请文件必须是两个不同的文件。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file: an existing keystore is never replaced.</source>
        <translation>%1 已存在。请选择其他文件：已有的密钥库绝不会被覆盖。</translation>
    </message>
    <message>
        <source>Making your keys…</source>
        <translation>正在生成您的密钥…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your identity &lt;b&gt;%1&lt;/b&gt; is made.&lt;/p&gt;&lt;p&gt;Take &lt;b&gt;%2&lt;/b&gt; (it holds only public keys) and your identity card to a hospital&apos;s registration desk. Once they have registered you, open &lt;b&gt;%3&lt;/b&gt; with File ▸ Open Keystore… and your passphrase.&lt;/p&gt;&lt;p&gt;Keep the keystore and your passphrase safe: nobody, not even the hospital, can recover them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;您的身份 &lt;b&gt;%1&lt;/b&gt; 已创建。&lt;/p&gt;&lt;p&gt;请携带 &lt;b&gt;%2&lt;/b&gt;（其中只有公钥）和您的身份证到医院挂号登记处。登记完成后，通过“文件 ▸ 打开密钥库…”并输入口令打开 &lt;b&gt;%3&lt;/b&gt;。&lt;/p&gt;&lt;p&gt;请妥善保管密钥库和口令：任何人（包括医院）都无法为您找回。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New Patient Identity</source>
        <translation>新建患者身份</translation>
    </message>
    <message>
        <source>Your keys are made on this computer and never leave it. MedChain writes your keystore, locked by your passphrase, and a small registration request for the hospital&apos;s desk.</source>
        <translation>您的密钥在这台计算机上生成，绝不会离开本机。医链会写入由您的口令保护的密钥库，以及一个供医院挂号登记处使用的小型登记申请文件。</translation>
    </message>
    <message>
        <source>&amp;Keystore:</source>
        <translation>密钥库(&amp;K)：</translation>
    </message>
    <message>
        <source>Re&amp;quest for the desk:</source>
        <translation>交登记处的申请文件(&amp;Q)：</translation>
    </message>
    <message>
        <source>MedChain keystores (*.mcid)</source>
        <translation>医链密钥库 (*.mcid)</translation>
    </message>
    <message>
        <source>Registration requests (*.mcreq)</source>
        <translation>登记申请 (*.mcreq)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
</context>
<context>
    <name>medchain::ui::NewPassphraseFields</name>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>口令至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>再次输入口令(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>medchain::ui::PartyTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>region name (code)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Identity %1</source>
        <translation>身份 %1</translation>
    </message>
    <message>
        <source>Revoked on chain: this identity can no longer sign or read anything.</source>
        <translation>已在链上撤销：此身份不能再签署或查阅任何内容。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>医疗机构</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>专科</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>执业证书编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>medchain::ui::PassphraseForm</name>
    <message>
        <source>Type the keystore&apos;s passphrase.</source>
        <translation>请输入密钥库的口令。</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Opening the keystore…</source>
        <translation>正在打开密钥库…</translation>
    </message>
</context>
<context>
    <name>medchain::ui::PatientHeader</name>
    <message>
        <source>No patient selected</source>
        <translation>未选择患者</translation>
    </message>
    <message>
        <source>Find a patient on the left (Ctrl+F).</source>
        <translation>请在左侧查找患者（Ctrl+F）。</translation>
    </message>
    <message>
        <source>ID %1…</source>
        <translation>ID %1…</translation>
    </message>
    <message>
        <source>Emergency (break-glass) access in force: every record you open is shown to the patient and the regulator as an emergency read.</source>
        <translation>紧急（破窗）访问生效中：您打开的每份病历都会以紧急查阅的形式向患者和监管机构显示。</translation>
    </message>
    <message>
        <source>Access granted to your institution until %1.</source>
        <translation>已授权您所在的医疗机构访问，有效期至 %1。</translation>
    </message>
    <message>
        <source>Access granted to you until %1.</source>
        <translation>已授权您访问，有效期至 %1。</translation>
    </message>
    <message>
        <source>You asked for access; the patient has not answered yet.</source>
        <translation>您已申请访问；患者尚未答复。</translation>
    </message>
    <message>
        <source>No access: you see only the records you wrote. Request access, or declare an emergency.</source>
        <translation>无访问权限：您只能看到自己书写的病历。请申请访问，或声明紧急访问。</translation>
    </message>
    <message>
        <source>Reading the summary…</source>
        <translation>正在读取摘要…</translation>
    </message>
    <message>
        <source>EMERGENCY</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>P&amp;urpose of reading:</source>
        <translation>查阅事由(&amp;U)：</translation>
    </message>
    <message>
        <source>Recorded with every record you open; the patient sees it</source>
        <translation>随您打开的每份病历一并记录；患者可见</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>治疗</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>会诊</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>随访</translation>
    </message>
    <message>
        <source>Emergency care</source>
        <translation>急救</translation>
    </message>
    <message>
        <source>&amp;New encounter</source>
        <translation>新建就诊(&amp;N)</translation>
    </message>
    <message>
        <source>Write a new record for this patient (Ctrl+N)</source>
        <translation>为该患者书写新病历（Ctrl+N）</translation>
    </message>
</context>
<context>
    <name>medchain::ui::PatientHistory</name>
    <message>
        <source>Opening the record…</source>
        <translation>正在打开病历…</translation>
    </message>
    <message>
        <source>Recording your reading of the record of %1 on the chain…</source>
        <translation>正在将您对 %1 病历的查阅记录到链上…</translation>
    </message>
    <message>
        <source>The reading of the record of %1 was not receipted</source>
        <translation>未能记录您对 %1 病历的查阅</translation>
    </message>
    <message>
        <source>Your reading of the record of %1 was receipted on chain; the patient sees it in their access log.</source>
        <translation>您对 %1 病历的查阅已在链上记录；患者可在其访问记录中看到。</translation>
    </message>
    <message>
        <source>Select a patient to see the records you may read.</source>
        <translation>请选择患者，以查看您可查阅的病历。</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>正在读取历史病历…</translation>
    </message>
    <message>
        <source>There are no records of this patient that you may read.</source>
        <translation>没有您可查阅的该患者病历。</translation>
    </message>
    <message>
        <source>Press Enter or click a record to open it. Each opening is recorded on the chain with the purpose chosen above, and the patient sees it.</source>
        <translation>按 Enter 或单击病历即可打开。每次打开都会连同上方所选的事由记录在链上，患者可以看到。</translation>
    </message>
    <message>
        <source>Propose a corrected version; it takes effect when the patient confirms it</source>
        <translation>提出修订版本；患者确认后生效</translation>
    </message>
    <message>
        <source>Only the author can amend a record, one proposal at a time</source>
        <translation>只有书写者可以修订病历，且每次只能有一项修订提议</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 份病历</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>打开病历(&amp;O)</translation>
    </message>
    <message>
        <source>Read the selected record in full (Enter); the read is receipted</source>
        <translation>完整查阅所选病历（Enter）；查阅将留下访问记录</translation>
    </message>
    <message>
        <source>Propose &amp;amendment…</source>
        <translation>提出修订(&amp;A)…</translation>
    </message>
    <message>
        <source>%v of %m records</source>
        <translation>%v / %m 份病历</translation>
    </message>
</context>
<context>
    <name>medchain::ui::PatientListModel</name>
    <message>
        <source>%1
Identity: %2
%3</source>
        <translation>%1
身份：%2
%3</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>访问权限</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最近就诊</translation>
    </message>
    <message>
        <source>EMERGENCY</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Via institution</source>
        <translation>经由机构</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>已授权</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>No access</source>
        <translation>无访问权限</translation>
    </message>
    <message>
        <source>Emergency (break-glass) access in force</source>
        <translation>紧急（破窗）访问生效中</translation>
    </message>
    <message>
        <source>Access granted to your institution until %1</source>
        <translation>已授权您所在的医疗机构访问，有效期至 %1</translation>
    </message>
    <message>
        <source>Access granted to you until %1</source>
        <translation>已授权您访问，有效期至 %1</translation>
    </message>
    <message>
        <source>You asked for access; no answer yet</source>
        <translation>您已申请访问；尚未答复</translation>
    </message>
    <message>
        <source>No access: request it, or declare an emergency</source>
        <translation>无访问权限：请申请访问，或声明紧急访问</translation>
    </message>
</context>
<context>
    <name>medchain::ui::PatientLookup</name>
    <message>
        <source>Your patients could not be read: %1</source>
        <translation>无法读取您的患者：%1</translation>
    </message>
    <message>
        <source>None of your patients matches; searching all patients…</source>
        <translation>您的患者中没有匹配项；正在搜索所有患者…</translation>
    </message>
    <message>
        <source>No active patient matches “%1”.</source>
        <translation>没有与“%1”匹配的有效患者。</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) found on the chain.</source>
        <translation>
            <numerusform>在链上找到 %n 名患者。</numerusform>
        </translation>
    </message>
    <message>
        <source>You asked already; the patient has not answered yet</source>
        <translation>您已申请过；患者尚未答复</translation>
    </message>
    <message>
        <source>Ask the selected patient for access to their records</source>
        <translation>向所选患者申请访问其病历</translation>
    </message>
    <message>
        <source>Asking %1 for access… (waiting for the chain)</source>
        <translation>正在向 %1 申请访问…（等待链上确认）</translation>
    </message>
    <message>
        <source>The request to %1 was not sent</source>
        <translation>未能向 %1 发送申请</translation>
    </message>
    <message>
        <source>%1 has your request and will answer it.</source>
        <translation>%1 已收到您的申请，将会答复。</translation>
    </message>
    <message>
        <source>Declaring emergency access to %1… (waiting for the chain)</source>
        <translation>正在声明对 %1 的紧急访问…（等待链上确认）</translation>
    </message>
    <message>
        <source>Emergency access to %1 was not recorded</source>
        <translation>未能记录对 %1 的紧急访问</translation>
    </message>
    <message>
        <source>Emergency access to %1 is recorded; the patient and the regulator are told.</source>
        <translation>对 %1 的紧急访问已记录；已通知患者和监管机构。</translation>
    </message>
    <message>
        <source>Find &amp;patient (Ctrl+F):</source>
        <translation>查找患者(&amp;P)（Ctrl+F）：</translation>
    </message>
    <message>
        <source>Name or identity (64 hex digits)</source>
        <translation>姓名或身份（64 位十六进制）</translation>
    </message>
    <message>
        <source>Re&amp;quest access…</source>
        <translation>申请访问(&amp;Q)…</translation>
    </message>
    <message>
        <source>Emer&amp;gency access…</source>
        <translation>紧急访问(&amp;G)…</translation>
    </message>
    <message>
        <source>Break-glass access with a stated reason, recorded and shown to the patient and the regulator</source>
        <translation>基于所述理由的紧急（破窗）访问，会被记录并告知患者和监管机构</translation>
    </message>
</context>
<context>
    <name>medchain::ui::PatientView</name>
    <message>
        <source>&amp;Records</source>
        <translation>病历(&amp;R)</translation>
    </message>
    <message>
        <source>A&amp;mendments (%1)</source>
        <translation>修订(&amp;M)（%1）</translation>
    </message>
    <message>
        <source>A&amp;mendments</source>
        <translation>修订(&amp;M)</translation>
    </message>
    <message>
        <source>Changes your doctors proposed to your records, waiting for your answer</source>
        <translation>医生对您病历提出的修改，等待您答复</translation>
    </message>
    <message>
        <source>&amp;Access</source>
        <translation>访问权限(&amp;A)</translation>
    </message>
    <message>
        <source>Who may read your records, who asked, and who did</source>
        <translation>谁可以查阅您的病历、谁提出过申请，以及谁查阅过</translation>
    </message>
    <message>
        <source>&amp;Wallet</source>
        <translation>钱包(&amp;W)</translation>
    </message>
</context>
<context>
    <name>medchain::ui::PeerModel</name>
    <message>
        <source>Validator</source>
        <translation>验证者</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>副本</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n behind)</source>
        <translation>
            <numerusform>%1（落后 %n 个区块）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n ahead)</source>
        <translation>
            <numerusform>%1（领先 %n 个区块）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) behind this replica: it is catching up, or cannot keep up.</source>
        <translation>
            <numerusform>落后此副本 %n 个区块：正在追赶，或跟不上。</numerusform>
        </translation>
    </message>
    <message>
        <source>Identity %1</source>
        <translation>身份 %1</translation>
    </message>
    <message>
        <source>Blocks this peer sent that this node checked and applied.</source>
        <translation>该对等节点发送、且经此节点检查并应用的区块。</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>对等节点</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>医疗机构</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Blocks applied</source>
        <translation>已应用区块</translation>
    </message>
</context>
<context>
    <name>medchain::ui::PendingActions</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>medchain::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>闲置锁定(&amp;L)：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Without keyboard or mouse input for this long, the session locks: its keys are wiped from memory until the passphrase is typed again.</source>
        <translation>如果在这段时间内没有键盘或鼠标操作，会话将被锁定：其密钥会从内存中清除，直到您再次输入口令。</translation>
    </message>
    <message>
        <source>&amp;Repeated exams:</source>
        <translation>重复检查提醒(&amp;R)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Never warn</source>
        <translation>从不提醒</translation>
    </message>
    <message>
        <source>The encounter form warns a doctor who orders an exam the patient already had within this many days.</source>
        <translation>医生开具检查时，如果患者在此天数内已做过该检查，就诊表单会发出提醒。</translation>
    </message>
</context>
<context>
    <name>medchain::ui::PrescriptionSection</name>
    <message>
        <source>Type a drug&apos;s name or ATC code, then pick it from the list.</source>
        <translation>请输入药品名称或 ATC 编码，然后从列表中选择。</translation>
    </message>
    <message>
        <source>Enter the dose per administration in mg, such as 500 or 62.5 (at most three decimals).</source>
        <translation>请输入每次给药剂量（mg），例如 500 或 62.5（最多三位小数）。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Not in the catalog: the maximum daily dose cannot be checked.</source>
        <translation>不在目录中：无法核对每日最大剂量。</translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation>处方</translation>
    </message>
    <message>
        <source>D&amp;rug:</source>
        <translation>药品(&amp;R)：</translation>
    </message>
    <message>
        <source>Name or ATC code</source>
        <translation>名称或 ATC 编码</translation>
    </message>
    <message>
        <source>Do&amp;se (mg):</source>
        <translation>剂量(&amp;S)（mg）：</translation>
    </message>
    <message>
        <source>500</source>
        <translation>500</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>天数：</translation>
    </message>
</context>
<context>
    <name>medchain::ui::ProgramModel</name>
    <message>
        <source>Any category</source>
        <translation>任意类别</translation>
    </message>
    <message>
        <source>any diagnosis</source>
        <translation>任意诊断</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>不设上限</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>区块 %1</translation>
    </message>
    <message>
        <source>Less than one payment is left: the program pays nothing more until it is funded again.</source>
        <translation>剩余资金不足一次支付：再次注资前，该项目不再支付。</translation>
    </message>
    <message numerus="yes">
        <source>Enough for %n more payment(s).</source>
        <translation>
            <numerusform>还够支付 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Program %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>设立方</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>适用病历</translation>
    </message>
    <message>
        <source>ICD-10 codes</source>
        <translation>ICD-10 编码</translation>
    </message>
    <message>
        <source>Pays per record</source>
        <translation>每份病历支付</translation>
    </message>
    <message>
        <source>Cap per patient</source>
        <translation>每名患者上限</translation>
    </message>
    <message>
        <source>Pool left</source>
        <translation>资金池余额</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建于</translation>
    </message>
</context>
<context>
    <name>medchain::ui::ProgramsPanel</name>
    <message>
        <source>The authority&apos;s account holds %1, which funds new programs.</source>
        <translation>主管部门账户余额为 %1，用于为新项目注资。</translation>
    </message>
    <message>
        <source>C&amp;reate program…</source>
        <translation>创建项目(&amp;R)…</translation>
    </message>
    <message>
        <source>A subsidy program paid from the authority&apos;s account</source>
        <translation>由主管部门账户出资的补贴项目</translation>
    </message>
</context>
<context>
    <name>medchain::ui::ProgressPage</name>
    <message>
        <source>Preparing the demo network</source>
        <translation>正在准备演示网络</translation>
    </message>
    <message>
        <source>The first start makes a synthetic health network in your data folder: a year of care for 200 patients, committed block by block. Later starts reuse it and take a few seconds.</source>
        <translation>首次启动时会在您的数据文件夹中创建一个模拟的医疗网络：包含 200 名患者一年的诊疗数据，逐个区块提交。之后启动时将直接复用，只需几秒钟。</translation>
    </message>
    <message>
        <source>Starting your node</source>
        <translation>正在启动您的节点</translation>
    </message>
    <message>
        <source>Your computer keeps its own encrypted copy of the chain and brings it up to date from its peers.</source>
        <translation>您的电脑保存着一份自己的加密链副本，并从对端同步至最新状态。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>medchain::ui::RecordExporter</name>
    <message>
        <source>Export records as PDF</source>
        <translation>将病历导出为 PDF</translation>
    </message>
    <message>
        <source>medical-records-%1.pdf</source>
        <translation>病历-%1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export dispute evidence</source>
        <translation>导出证据文件</translation>
    </message>
    <message>
        <source>record-%1-%2.%3</source>
        <translation>病历-%1-%2.%3</translation>
    </message>
    <message>
        <source>MedChain evidence (*.%1)</source>
        <translation>医链 证据文件 (*.%1)</translation>
    </message>
</context>
<context>
    <name>medchain::ui::RecordTimelineModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>医疗机构</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>医生</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>medchain::ui::RecordsPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Diagnosis, doctor, institution, complaint…</source>
        <translation>诊断、医生、医疗机构、主诉…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the selected records as a PDF document</source>
        <translation>将所选病历保存为 PDF 文档</translation>
    </message>
    <message>
        <source>Export &amp;evidence…</source>
        <translation>导出证据文件(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the selected record&apos;s dispute evidence, which anyone can verify offline</source>
        <translation>保存所选病历的证据文件，任何人都可以离线验证</translation>
    </message>
    <message>
        <source>%v of %m records</source>
        <translation>%v / %m 份病历</translation>
    </message>
    <message>
        <source>You have no records yet.</source>
        <translation>您还没有病历。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 份病历</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s) shown</source>
        <translation>
            <numerusform>已显示 %1 份，共 %n 份病历</numerusform>
        </translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>类别(&amp;Y)：</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>从(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>medchain::ui::RegionBreadcrumb</name>
    <message>
        <source>Back up to %1 (Backspace goes up one level)</source>
        <translation>返回 %1（按 Backspace 返回上一级）</translation>
    </message>
</context>
<context>
    <name>medchain::ui::RegionCasesChart</name>
    <message>
        <source>Cases by region</source>
        <translation>各地区病例数</translation>
    </message>
    <message>
        <source>No regions below %1</source>
        <translation>%1 没有下级地区</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>病例数</translation>
    </message>
</context>
<context>
    <name>medchain::ui::RegionCountModel</name>
    <message>
        <source>Enter or double-click to see the regions of %1</source>
        <translation>按 Enter 或双击，查看 %1 的下级地区</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>区划代码</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>病例数</translation>
    </message>
</context>
<context>
    <name>medchain::ui::RegisterPatientPage</name>
    <message>
        <source>Import Registration Request</source>
        <translation>导入登记申请</translation>
    </message>
    <message>
        <source>Registration requests (*.mcreq);;All files (*)</source>
        <translation>登记申请 (*.mcreq);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2 Ask the patient to make a new request on their device.</source>
        <translation>%1 无法使用：%2 请患者在其设备上重新生成申请。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No request imported yet.</source>
        <translation>尚未导入申请。</translation>
    </message>
    <message>
        <source>These keys are already registered: %1 is on the chain. The patient can open their keystore in MedChain now.</source>
        <translation>这些密钥已登记：%1 已在链上。患者现在即可在医链中打开其密钥库。</translation>
    </message>
    <message>
        <source>Registering %1… (waiting for the chain)</source>
        <translation>正在登记 %1…（等待链上确认）</translation>
    </message>
    <message>
        <source>%1 is registered. The patient can now open their keystore in MedChain on their own device (File ▸ Open Keystore…) with the passphrase they chose.</source>
        <translation>%1 已登记。患者现在可以在自己的设备上打开医链（“文件 ▸ 打开密钥库…”），用自己设定的口令打开密钥库。</translation>
    </message>
    <message>
        <source>%1 was not registered: %2</source>
        <translation>%1 未能登记：%2</translation>
    </message>
    <message>
        <source>Registration request from the patient&apos;s device</source>
        <translation>来自患者设备的登记申请</translation>
    </message>
    <message>
        <source>Im&amp;port request file…</source>
        <translation>导入申请文件(&amp;P)…</translation>
    </message>
    <message>
        <source>The .mcreq file the patient&apos;s MedChain wrote when they made their identity (%1)</source>
        <translation>患者创建身份时，其医链生成的 .mcreq 文件（%1）</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>患者：</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>身份：</translation>
    </message>
    <message>
        <source>Read these digits to the patient: their MedChain shows the same on the screen where they made the request.</source>
        <translation>请向患者念出这些数字：患者生成申请时，其医链界面上会显示相同的数字。</translation>
    </message>
    <message>
        <source>Request made:</source>
        <translation>申请生成时间：</translation>
    </message>
    <message>
        <source>Identity document (checked in person)</source>
        <translation>身份证件（现场核验）</translation>
    </message>
    <message>
        <source>&amp;National ID:</source>
        <translation>证件号码(&amp;N)：</translation>
    </message>
    <message>
        <source>Resident ID card or passport number</source>
        <translation>居民身份证号或护照号码</translation>
    </message>
    <message>
        <source>Type it from the card in front of you. The chain keeps only a salted hash of it, so no one can register the same person twice; the number itself is not stored.</source>
        <translation>请对照面前的证件输入。链上只保存其加盐哈希，以防同一人被重复登记；号码本身不会被存储。</translation>
    </message>
    <message>
        <source>Region &amp;code:</source>
        <translation>行政区划代码(&amp;C)：</translation>
    </message>
    <message>
        <source>e.g. 340104</source>
        <translation>例如 340104</translation>
    </message>
    <message>
        <source>The patient&apos;s region (administrative division code); the last one used is kept for the next patient.</source>
        <translation>患者所在地区（行政区划代码）；上次填写的代码会保留给下一位患者。</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>登记(&amp;G)</translation>
    </message>
    <message>
        <source>Register this patient on the chain (Ctrl+Return)</source>
        <translation>在链上登记该患者（Ctrl+Return）</translation>
    </message>
</context>
<context>
    <name>medchain::ui::RegulatorDashboard</name>
    <message>
        <source>&amp;Surveillance</source>
        <translation>疫情监测(&amp;S)</translation>
    </message>
    <message>
        <source>Cases by day, region and disease (Ctrl+1)</source>
        <translation>按日期、地区和疾病统计的病例数（Ctrl+1）</translation>
    </message>
    <message>
        <source>&amp;Alerts (%1)</source>
        <translation>预警(&amp;A)（%1）</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>预警(&amp;A)</translation>
    </message>
    <message>
        <source>Days on which a disease rose above its baseline in a district (Ctrl+2)</source>
        <translation>某种疾病在某区县超出其基线的日期（Ctrl+2）</translation>
    </message>
    <message>
        <source>&amp;Break-glass (%1)</source>
        <translation>紧急访问(&amp;B)（%1）</translation>
    </message>
    <message>
        <source>&amp;Break-glass</source>
        <translation>紧急访问(&amp;B)</translation>
    </message>
    <message>
        <source>Emergency reads of patients&apos; records without their grant (Ctrl+3)</source>
        <translation>未经患者授权、以紧急访问（破窗）方式查阅其病历的记录（Ctrl+3）</translation>
    </message>
</context>
<context>
    <name>medchain::ui::RegulatorView</name>
    <message>
        <source>The supervision summaries could not be read: %1</source>
        <translation>无法读取监管摘要：%1</translation>
    </message>
    <message>
        <source>Supervision dashboard</source>
        <translation>监管看板</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts (Ctrl+/)</source>
        <translation>键盘快捷键(&amp;K)（Ctrl+/）</translation>
    </message>
    <message>
        <source>Reading the supervision summaries…</source>
        <translation>正在读取监管摘要…</translation>
    </message>
    <message numerus="yes">
        <source>read up to block %1 · %Ln summary(ies)</source>
        <translation>
            <numerusform>已读取至区块 %1 · %Ln 份摘要</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 unreadable</source>
        <comment>summaries that could not be decrypted</comment>
        <translation>%1 · %2 份无法读取</translation>
    </message>
    <message>
        <source>Summaries not sealed to this identity&apos;s key, or damaged, are not counted.</source>
        <translation>未加密封装给此身份密钥的摘要以及已损坏的摘要不计入统计。</translation>
    </message>
    <message>
        <source>Fi&amp;ndings (%1)</source>
        <translation>违规发现(&amp;N)（%1）</translation>
    </message>
    <message>
        <source>Fi&amp;ndings</source>
        <translation>违规发现(&amp;N)</translation>
    </message>
    <message>
        <source>Records that break a supervision rule: overdoses, repeated exams, fees far above their peers (Ctrl+4)</source>
        <translation>违反监管规则的病历：超剂量、重复检查、费用远高于同类病历（Ctrl+4）</translation>
    </message>
    <message>
        <source>Record tra&amp;il</source>
        <translation>病历轨迹(&amp;I)</translation>
    </message>
    <message>
        <source>Everything the chain says about a record, for a dispute, with its evidence (Ctrl+5)</source>
        <translation>链上关于某份病历的全部记录及其证据，用于纠纷处理（Ctrl+5）</translation>
    </message>
    <message>
        <source>Network stat&amp;us</source>
        <translation>网络状态(&amp;U)</translation>
    </message>
    <message>
        <source>The validators&apos; newest commits and this node&apos;s peers (Ctrl+6)</source>
        <translation>验证者最新的提交签名和此节点的对等节点（Ctrl+6）</translation>
    </message>
    <message>
        <source>&amp;Participants &amp;&amp; programs</source>
        <translation>参与方和项目(&amp;P)</translation>
    </message>
    <message>
        <source>Enroll and revoke institutions and practitioners, change the validator set, create subsidy programs (Ctrl+7)</source>
        <translation>注册和吊销医疗机构与医务人员、变更验证者集合、创建补贴项目（Ctrl+7）</translation>
    </message>
</context>
<context>
    <name>medchain::ui::RevokeDialog</name>
    <message>
        <source>identity %1, which is no institution, practitioner or node this replica knows (a patient, perhaps)</source>
        <translation>身份 %1（不是此副本已知的医疗机构、医务人员或节点，可能是患者）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Give the reason: it is recorded on chain with the revocation.</source>
        <translation>请填写理由：理由将与吊销一同记录在链上。</translation>
    </message>
    <message>
        <source>Revoke an Identity</source>
        <translation>吊销身份</translation>
    </message>
    <message>
        <source>Revoke %1? From the next block on it can sign nothing, and peers refuse its node certificate. This cannot be undone.</source>
        <translation>吊销 %1？从下一个区块起，它将无法签署任何内容，对等节点也会拒绝其节点证书。此操作无法撤销。</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. licence withdrawn, key lost</source>
        <translation>例如：执业许可被注销、密钥丢失</translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation>继续(&amp;C)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>medchain::ui::RolePicker</name>
    <message>
        <source>Log in to the demo network</source>
        <translation>登录演示网络</translation>
    </message>
    <message>
        <source>Opening the keystore of %1…</source>
        <translation>正在打开 %1 的密钥库…</translation>
    </message>
    <message>
        <source>Pick whom to be: each identity&apos;s keystore opens with the demo&apos;s published passphrase, %1. Use File ▸ Switch Identity to come back here.</source>
        <translation>请选择要登录的身份：每个身份的密钥库都使用演示网络公开的口令 %1 打开。可通过“文件 ▸ 切换身份”回到此处。</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>medchain::ui::SaveFileField</name>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>medchain::ui::Shell</name>
    <message>
        <source>Starting the demo&apos;s nodes…</source>
        <translation>正在启动演示网络的节点…</translation>
    </message>
    <message>
        <source>The demo network has no identity with the role &quot;%1&quot;.</source>
        <translation>演示网络中没有角色为“%1”的身份。</translation>
    </message>
    <message>
        <source>Open Keystore</source>
        <translation>打开密钥库</translation>
    </message>
    <message>
        <source>MedChain keystores (*.mcid);;All files (*)</source>
        <translation>医链 密钥库 (*.mcid);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Your replica could not be opened for reading: %1</source>
        <translation>无法以读取方式打开您的副本：%1</translation>
    </message>
    <message>
        <source>Opening the replica in %1…</source>
        <translation>正在打开 %1 中的副本…</translation>
    </message>
    <message>
        <source>Your node in %1 could not start: %2</source>
        <translation>您位于 %1 的节点无法启动：%2</translation>
    </message>
    <message>
        <source>Your node stopped: %1</source>
        <translation>您的节点已停止：%1</translation>
    </message>
</context>
<context>
    <name>medchain::ui::StaffPage</name>
    <message>
        <source>The staff list could not be read: %1</source>
        <translation>无法读取员工列表：%1</translation>
    </message>
    <message>
        <source>Enrolling %1: writing their keystore, then waiting for the chain…</source>
        <translation>正在登记 %1：先写入其密钥库，然后等待链上确认…</translation>
    </message>
    <message>
        <source>%1 is enrolled. Their keystore is %2: hand it to them on their workstation or a removable drive; they open it in MedChain with the passphrase they typed.</source>
        <translation>%1 已登记。其密钥库为 %2：请在其工作站上或通过移动存储设备交给本人；本人在医链中用自己输入的口令打开。</translation>
    </message>
    <message>
        <source>%1 was not enrolled: %2</source>
        <translation>%1 未能登记：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n active practitioner(s)</source>
        <translation>
            <numerusform>%n 名在职医务人员</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown; %3</source>
        <translation>显示 %2 项中的 %1 项；%3</translation>
    </message>
    <message>
        <source>Fil&amp;ter:</source>
        <translation>筛选(&amp;T)：</translation>
    </message>
    <message>
        <source>Name, specialty or licence number</source>
        <translation>姓名、专科或执业证书编号</translation>
    </message>
    <message>
        <source>&amp;Enroll practitioner…</source>
        <translation>登记医务人员(&amp;E)…</translation>
    </message>
    <message>
        <source>Enroll a practitioner of this institution and write their keystore</source>
        <translation>登记本医疗机构的医务人员并写入其密钥库</translation>
    </message>
</context>
<context>
    <name>medchain::ui::SurveillanceFilters</name>
    <message>
        <source>Category: %1</source>
        <translation>类目：%1</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>从(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>The first day counted</source>
        <translation>计入统计的第一天</translation>
    </message>
    <message>
        <source>The last day counted; by default the day of the newest summary</source>
        <translation>计入统计的最后一天；默认为最新摘要的日期</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>地区：</translation>
    </message>
    <message>
        <source>&amp;Disease:</source>
        <translation>疾病(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Clear category</source>
        <translation>清除类目(&amp;C)</translation>
    </message>
    <message>
        <source>Count every category of the chapter again</source>
        <translation>重新统计该章的全部类目</translation>
    </message>
</context>
<context>
    <name>medchain::ui::SurveillancePage</name>
    <message>
        <source>%1 · %2 · %3 to %4: %5 cases</source>
        <translation>%1 · %2 · %3 至 %4：共 %5 例</translation>
    </message>
    <message>
        <source>By re&amp;gion (Enter to drill in, Backspace to go up):</source>
        <translation>按地区（Enter 下钻，Backspace 返回上一级）(&amp;G)：</translation>
    </message>
    <message>
        <source>By dis&amp;ease (Enter to narrow down):</source>
        <translation>按疾病（Enter 缩小范围）(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>medchain::ui::TracePage</name>
    <message>
        <source>Paste a record&apos;s id, or the id of one of its amendments, answers or access receipts: 64 hexadecimal digits.</source>
        <translation>请粘贴病历的 ID，或其某次修订、答复或访问记录的 ID：64 位十六进制数字。</translation>
    </message>
    <message>
        <source>“%1” is not an id: an id has 64 hexadecimal digits (0–9, a–f).</source>
        <translation>“%1”不是 ID：ID 为 64 位十六进制数字（0–9、a–f）。</translation>
    </message>
    <message>
        <source>Tracing %1…</source>
        <translation>正在追溯 %1…</translation>
    </message>
    <message>
        <source>Saved to %1. Anyone can check it offline: medchain-cli evidence verify.</source>
        <translation>已保存到 %1。任何人都可离线验证：medchain-cli evidence verify。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>病历</translation>
    </message>
    <message>
        <source>Identity %1</source>
        <translation>身份 %1</translation>
    </message>
    <message>
        <source>block %1 of %2</source>
        <translation>区块 %1（%2）</translation>
    </message>
    <message>
        <source>✓ Verified — %1</source>
        <translation>✓ 已验证 — %1</translation>
    </message>
    <message>
        <source>✓ Verified — %1, signed by validators %2</source>
        <translation>✓ 已验证 — %1，由验证者 %2 签署</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Its evidence checks offline: the transaction signed by %1, in the block&apos;s Merkle tree, the block committed by more than two thirds of the validators, their certificates up to the network&apos;s root.</source>
        <translation>其证据可离线校验：由 %1 签署的交易、该交易在区块默克尔树中的证明、由超过三分之二验证者提交的区块，以及直至网络根证书的各级证书。</translation>
    </message>
    <message>
        <source>⚠ Not verified: %1</source>
        <translation>⚠ 未通过验证：%1</translation>
    </message>
    <message>
        <source>no proof was found.</source>
        <translation>未找到证明。</translation>
    </message>
    <message>
        <source>&amp;Record or transaction id:</source>
        <translation>病历或交易 ID(&amp;R)：</translation>
    </message>
    <message>
        <source>64 hexadecimal digits, from a finding, a receipt or evidence</source>
        <translation>64 位十六进制数字，可取自违规发现、访问记录或证据文件</translation>
    </message>
    <message>
        <source>&amp;Trace</source>
        <translation>追溯(&amp;T)</translation>
    </message>
    <message>
        <source>Show everything the chain says about the record (Enter)</source>
        <translation>显示链上关于该病历的全部记录（Enter）</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Encounter:</source>
        <translation>就诊：</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>患者：</translation>
    </message>
    <message>
        <source>Written by:</source>
        <translation>书写人：</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>医疗机构：</translation>
    </message>
    <message>
        <source>Record id:</source>
        <translation>病历 ID：</translation>
    </message>
    <message>
        <source>E&amp;vents, oldest first:</source>
        <translation>事件（最早的在前）(&amp;V)：</translation>
    </message>
    <message>
        <source>Export &amp;evidence…</source>
        <translation>导出证据文件(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the selected event&apos;s dispute evidence (the record&apos;s creation when none is selected), which anyone can verify offline</source>
        <translation>保存所选事件的纠纷证据（未选择时为病历的创建事件），任何人都可离线验证</translation>
    </message>
</context>
<context>
    <name>medchain::ui::TrailEventModel</name>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Amendment proposed</source>
        <translation>已提出修订</translation>
    </message>
    <message>
        <source>Amendment confirmed</source>
        <translation>修订已确认</translation>
    </message>
    <message>
        <source>Amendment rejected</source>
        <translation>修订已拒绝</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>查阅</translation>
    </message>
    <message>
        <source>Emergency read</source>
        <translation>紧急查阅</translation>
    </message>
    <message>
        <source>Break-glass declared</source>
        <translation>已声明紧急访问（破窗）</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>事由：%1</translation>
    </message>
    <message>
        <source>Identity %1</source>
        <translation>身份 %1</translation>
    </message>
    <message>
        <source>Transaction %1</source>
        <translation>交易 %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作者</translation>
    </message>
    <message>
        <source>Purpose or reason</source>
        <translation>事由或理由</translation>
    </message>
</context>
<context>
    <name>medchain::ui::UnlockDialog</name>
    <message>
        <source>Open Keystore</source>
        <translation>打开密钥库</translation>
    </message>
    <message>
        <source>Type the passphrase of the %1 keystore %2.</source>
        <translation>请输入%1密钥库 %2 的口令。</translation>
    </message>
    <message>
        <source>Type the passphrase of %1 (%2), keystore %3.</source>
        <translation>请输入 %1（%2）的口令，密钥库为 %3。</translation>
    </message>
</context>
<context>
    <name>medchain::ui::ValidatorHealthModel</name>
    <message>
        <source>%1 (%2%)</source>
        <comment>voting power and its share of the whole set</comment>
        <translation>%1（%2%）</translation>
    </message>
    <message numerus="yes">
        <source>none in the newest %n block(s)</source>
        <translation>
            <numerusform>最新 %n 个区块中无</numerusform>
        </translation>
    </message>
    <message>
        <source>block %1 (the newest)</source>
        <translation>区块 %1（最新）</translation>
    </message>
    <message numerus="yes">
        <source>block %1, %n block(s) ago</source>
        <translation>
            <numerusform>区块 %1，%n 个区块之前</numerusform>
        </translation>
    </message>
    <message>
        <source>none recently</source>
        <translation>近期无</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>区块 %1</translation>
    </message>
    <message>
        <source>connected, at block %1</source>
        <translation>已连接，位于区块 %1</translation>
    </message>
    <message>
        <source>not a peer</source>
        <translation>非对等节点</translation>
    </message>
    <message numerus="yes">
        <source>Signed no commit in the newest %n block(s) this replica holds: it may be down, cut off from the others, or not caught up.</source>
        <translation>
            <numerusform>在此副本保存的最新 %n 个区块中未签署任何提交：它可能已宕机、与其他节点断开，或尚未同步。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its newest signature is %n block(s) behind the tip: it is missing votes.</source>
        <translation>
            <numerusform>其最新签名落后最新区块 %n 个区块：它有投票缺失。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has shown this node block %1 only, %n block(s) behind: it is falling behind.</source>
        <translation>
            <numerusform>它向此节点显示的最新区块仅为 %1，落后 %n 个区块：它正在落后。</numerusform>
        </translation>
    </message>
    <message>
        <source>Identity %1</source>
        <translation>身份 %1</translation>
    </message>
    <message>
        <source>Not connected to this node now; it may still vote through other peers.</source>
        <translation>当前未连接到此节点；它仍可能通过其他对等节点投票。</translation>
    </message>
    <message>
        <source>Validator</source>
        <translation>验证者</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>医疗机构</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>投票权重</translation>
    </message>
    <message>
        <source>Last signed</source>
        <translation>最近签名</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>签名时间</translation>
    </message>
    <message>
        <source>Last proposed</source>
        <translation>最近提议</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>medchain::ui::ValidatorSetModel</name>
    <message>
        <source>%1 (%2%)</source>
        <comment>voting power and its share of the whole set</comment>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>up</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>not signing or connected</source>
        <translation>未签名或未连接</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>power was %1</source>
        <translation>原投票权重为 %1</translation>
    </message>
    <message>
        <source>Identity %1</source>
        <translation>身份 %1</translation>
    </message>
    <message>
        <source>Up: it signed one of the newest blocks, or is a peer of this node and caught up. Blocks need validators up with more than two thirds of the power.</source>
        <translation>在线：已签署最新区块之一，或是此节点的对等节点且已同步。出块需要在线验证者持有超过三分之二的投票权重。</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>医疗机构</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>投票权重</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
</context>
<context>
    <name>medchain::ui::ValidatorsPanel</name>
    <message>
        <source>%1 — %2</source>
        <comment>node — its institution</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Send this validator set? It replaces the whole set from the next block on.</source>
        <translation>发送此验证者集合？从下一个区块起，它将替换整个集合。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Apply the Validator Set</source>
        <translation>应用验证者集合</translation>
    </message>
    <message>
        <source>Apply &amp;anyway</source>
        <translation>仍然应用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>The set cannot be empty: without validators no block is ever made again. Add a node, or reset.</source>
        <translation>集合不能为空：没有验证者，将再也无法出块。请添加节点，或重置。</translation>
    </message>
    <message>
        <source>This is the set on chain.</source>
        <translation>这是链上的集合。</translation>
    </message>
    <message>
        <source>The validators make and sign the blocks. Each has a voting power; a block needs the signatures of validators holding more than two thirds of it, so the set keeps going while less than a third is down.</source>
        <translation>验证者负责生成并签署区块。每个验证者都有投票权重；区块需要持有超过三分之二投票权重的验证者签名，因此只要停机的验证者不足三分之一，集合就能继续出块。</translation>
    </message>
    <message>
        <source>N&amp;ode to add:</source>
        <translation>要添加的节点(&amp;O)：</translation>
    </message>
    <message>
        <source>Add to s&amp;et</source>
        <translation>添加到集合(&amp;E)</translation>
    </message>
    <message>
        <source>Po&amp;wer of the selected:</source>
        <translation>所选节点的投票权重(&amp;W)：</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <source>Back to the set on chain</source>
        <translation>恢复为链上的集合</translation>
    </message>
    <message>
        <source>Appl&amp;y validator set…</source>
        <translation>应用验证者集合(&amp;Y)…</translation>
    </message>
</context>
<context>
    <name>medchain::ui::WalletFundDialog</name>
    <message>
        <source>There is no fund to subscribe to.</source>
        <translation>没有可申购的基金。</translation>
    </message>
    <message>
        <source>You hold no fund shares to redeem.</source>
        <translation>您没有可赎回的基金份额。</translation>
    </message>
    <message>
        <source>your balance</source>
        <translation>您的余额</translation>
    </message>
    <message>
        <source>what your holding is worth</source>
        <translation>您持有份额的价值</translation>
    </message>
    <message>
        <source>Subscribe to the savings fund</source>
        <translation>申购货币基金</translation>
    </message>
    <message>
        <source>Redeem fund shares</source>
        <translation>赎回基金份额</translation>
    </message>
    <message>
        <source>&amp;Fund:</source>
        <translation>基金(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Amount (¥):</source>
        <translation>金额（¥）(&amp;A)：</translation>
    </message>
    <message>
        <source>e.g. 100.00</source>
        <translation>例如 100.00</translation>
    </message>
    <message>
        <source>A&amp;ll my balance</source>
        <translation>全部余额(&amp;L)</translation>
    </message>
    <message>
        <source>A&amp;ll of it</source>
        <translation>全部(&amp;L)</translation>
    </message>
    <message>
        <source>No fund is offered on this network.</source>
        <translation>此网络上没有提供任何基金。</translation>
    </message>
    <message>
        <source>You hold no fund shares.</source>
        <translation>您未持有基金份额。</translation>
    </message>
    <message>
        <source>Issued by %1. Your balance is %2; you hold %3 shares worth %4.</source>
        <translation>发行方：%1。您的余额为 %2；您持有 %3 份，价值 %4。</translation>
    </message>
    <message>
        <source>You hold %1 shares worth %2. The shares that cover the amount are sold, rounded up to a whole share.</source>
        <translation>您持有 %1 份，价值 %2。将赎回足以覆盖该金额的份额，不足一份按一份计。</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>申购(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Redeem</source>
        <translation>赎回(&amp;R)</translation>
    </message>
</context>
<context>
    <name>medchain::ui::WalletHistoryModel</name>
    <message>
        <source>Your share of the fund&apos;s yield: it raised the value of your holding; your balance did not change.</source>
        <translation>您应得的基金收益：它提高了您所持份额的价值，余额不变。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>With</source>
        <translation>交易对方</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>medchain::ui::WalletInvoiceModel</name>
    <message>
        <source>Paying…</source>
        <translation>正在支付…</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>开具日期</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>医疗机构</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>费用项目</translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation>就诊</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>medchain::ui::WalletPage</name>
    <message>
        <source>Your wallet could not be opened: %1</source>
        <translation>无法打开您的钱包：%1</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>基金</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>发行方</translation>
    </message>
    <message>
        <source>Your shares</source>
        <translation>您的份额</translation>
    </message>
    <message>
        <source>Worth</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>The fund holds %1 in %2 shares.</source>
        <translation>该基金共有资产 %1，合 %2 份。</translation>
    </message>
    <message>
        <source>Select an open invoice to pay it.</source>
        <translation>请选择一张待支付的账单。</translation>
    </message>
    <message>
        <source>This invoice is being paid.</source>
        <translation>此账单正在支付中。</translation>
    </message>
    <message>
        <source>Your balance (%1) is less than this invoice (%2): top up first.</source>
        <translation>您的余额（%1）不足以支付此账单（%2）：请先充值。</translation>
    </message>
    <message>
        <source>Pay %1 to %2</source>
        <translation>向 %2 支付 %1</translation>
    </message>
    <message>
        <source>There is no money to withdraw.</source>
        <translation>没有可提现的余额。</translation>
    </message>
    <message>
        <source>You hold no fund shares.</source>
        <translation>您未持有基金份额。</translation>
    </message>
    <message>
        <source>Pay an invoice</source>
        <translation>支付账单</translation>
    </message>
    <message>
        <source>Pay %1 to %2?

For: %3
Your balance after paying: %4</source>
        <translation>确定向 %2 支付 %1 吗？

用途：%3
支付后余额：%4</translation>
    </message>
    <message>
        <source>&amp;Pay %1</source>
        <translation>支付 %1(&amp;P)</translation>
    </message>
    <message>
        <source>Paying %1 to %2… (waiting for the chain)</source>
        <translation>正在向 %2 支付 %1…（等待上链确认）</translation>
    </message>
    <message>
        <source>The invoice of %1 was not paid</source>
        <translation>%1 的账单未能支付</translation>
    </message>
    <message>
        <source>Withdrawing %1… (waiting for the chain)</source>
        <translation>正在提现 %1…（等待上链确认）</translation>
    </message>
    <message>
        <source>%1 was not withdrawn</source>
        <translation>%1 未能提现</translation>
    </message>
    <message>
        <source>Subscribing %1 to the fund… (waiting for the chain)</source>
        <translation>正在申购基金 %1…（等待上链确认）</translation>
    </message>
    <message>
        <source>The subscription of %1 failed</source>
        <translation>%1 的申购未成功</translation>
    </message>
    <message>
        <source>Redeeming %1 from the fund… (waiting for the chain)</source>
        <translation>正在从基金赎回 %1…（等待上链确认）</translation>
    </message>
    <message>
        <source>The redemption of %1 failed</source>
        <translation>%1 的赎回未成功</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>&amp;Top up…</source>
        <translation>充值(&amp;T)…</translation>
    </message>
    <message>
        <source>W&amp;ithdraw…</source>
        <translation>提现(&amp;I)…</translation>
    </message>
    <message>
        <source>Savings fund</source>
        <translation>货币基金</translation>
    </message>
    <message>
        <source>&amp;Subscribe…</source>
        <translation>申购(&amp;S)…</translation>
    </message>
    <message>
        <source>R&amp;edeem…</source>
        <translation>赎回(&amp;E)…</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>&amp;Pay…</source>
        <translation>支付(&amp;P)…</translation>
    </message>
    <message>
        <source>Nothing to pay.</source>
        <translation>没有待支付的账单。</translation>
    </message>
    <message numerus="yes">
        <source>%n open invoice(s), %1 in all.</source>
        <translation>
            <numerusform>%n 张待支付账单，共计 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>收支记录</translation>
    </message>
</context>
<context>
    <name>medchain::ui::WalletTopUpDialog</name>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Top up</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Money comes into your wallet through a payment gateway: pay the gateway in its own app or at its counter and give it your account number.</source>
        <translation>资金通过支付机构进入您的钱包：请在支付机构的应用中或其柜台付款，并提供您的账号。</translation>
    </message>
    <message>
        <source>Your &amp;account number:</source>
        <translation>您的账号(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>No payment gateway is enrolled on this network yet.</source>
        <translation>此网络上尚未登记任何支付机构。</translation>
    </message>
    <message>
        <source>Gateways on this network: %1</source>
        <translation>此网络上的支付机构：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Your balance rises once the gateway confirms the payment on the chain; this window sends nothing.</source>
        <translation>支付机构在链上确认这笔付款后，您的余额才会增加；此窗口不会发送任何内容。</translation>
    </message>
</context>
<context>
    <name>medchain::ui::WalletWithdrawDialog</name>
    <message>
        <source>There is no payment gateway to withdraw through.</source>
        <translation>没有可用于提现的支付机构。</translation>
    </message>
    <message>
        <source>your balance</source>
        <translation>您的余额</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>提现</translation>
    </message>
    <message>
        <source>No payment gateway is enrolled on this network, so nothing can be withdrawn.</source>
        <translation>此网络上没有登记任何支付机构，因此无法提现。</translation>
    </message>
    <message>
        <source>The gateway pays the amount out to you, quoting the reference below. Your balance is %1.</source>
        <translation>支付机构会将该金额支付给您，并注明下方的参考号。您的余额为 %1。</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>支付机构(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Amount (¥):</source>
        <translation>金额（¥）(&amp;A)：</translation>
    </message>
    <message>
        <source>e.g. 100.00</source>
        <translation>例如 100.00</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>参考号(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>提现(&amp;W)</translation>
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
        <translation>&lt;p&gt;&lt;b&gt;患者&lt;/b&gt;浏览自己的病历，决定哪些医生和机构可以查阅，查看谁查阅过，确认修订，并通过钱包支付费用。&lt;/p&gt;&lt;p&gt;&lt;b&gt;医生&lt;/b&gt;在工作站录入诊断，并查阅患者授权共享的病史。&lt;/p&gt;&lt;p&gt;&lt;b&gt;监管部门&lt;/b&gt;查看病例统计看板和疫情预警，并在纠纷中追溯任何病历。&lt;/p&gt;</translation>
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
