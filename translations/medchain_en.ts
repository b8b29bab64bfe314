<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CanonicalCbor</name>
    <message>
        <source>map keys are duplicated or not in canonical order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data ends too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value holds a type outside MedChain&apos;s canonical CBOR: floats, tags and undefined cannot be encoded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CborMapReader</name>
    <message>
        <source>required field %1 is missing or out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown or out-of-order field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map keys must be small unsigned integers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CborReader</name>
    <message>
        <source>the input is %1 bytes, more than the %2 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed data at byte %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data ends too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indefinite-length items are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved additional information %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number is not in its shortest encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer is outside the 64-bit signed range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an unsigned integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a byte string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string of %1 bytes is longer than the %2 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 bytes, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text string is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of %1 items is larger than allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a map of %1 entries is larger than allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>floating-point numbers are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simple value %1 is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unexpected bytes follow the data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>MedChain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crypto self-test: passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MedChain command line: scripting, administration and verification.

Commands:
  info    Print the version, the self-test result and the libraries in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print machine-readable JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>The libsodium library could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ed25519SigningKey</name>
    <message>
        <source>An Ed25519 seed must be %1 bytes, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>Ed25519 self-test %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519 self-test %1 failed: wrong public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519 self-test %1 failed: wrong signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519 self-test %1 failed: a valid signature was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519 self-test %1 failed: OpenSSL refused a valid signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519 self-test %1 failed: a corrupted signature was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 self-test %1 failed: wrong digest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>MedChain cannot start because its cryptography self-test failed: %1
Reinstall MedChain; if this persists, report it together with the version that --version prints.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain</name>
    <message>
        <source>MedChain desktop: medical records shared over a permissioned blockchain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the main window as a PNG image to &lt;file&gt; once it has loaded, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this language for this run: en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MedChain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain-node</name>
    <message>
        <source>MedChain node: keeps an encrypted replica of the chain and serves peers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medchain-node: this build has no node service yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::AboutDialog</name>
    <message>
        <source>About MedChain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MedChain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical records shared between patients, doctors, institutions and regulators over a permissioned blockchain, with an encrypted replica on every machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::MainWindow</name>
    <message>
        <source>MedChain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About MedChain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::WelcomePage</name>
    <message>
        <source>Welcome to MedChain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MedChain keeps your medical records on a permissioned blockchain shared by hospitals, clinics and the health authority. Records are encrypted: only you, the doctor who wrote them and the people you authorize can read them, and every read is logged for you to see. Nothing on the chain can be changed without a trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Patients&lt;/b&gt; browse their records, decide which doctors and institutions may read them, see who did, confirm corrections and pay fees from their wallet.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Doctors&lt;/b&gt; enter diagnoses at their workstation and read the history their patients shared with them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Regulators&lt;/b&gt; watch case dashboards and outbreak alerts and trace any record in a dispute.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Your identity is a key file issued at a hospital&apos;s registration desk (patients) or by your institution (doctors and staff). Keep its passphrase to yourself: nobody, including MedChain, can recover it.&lt;/p&gt;&lt;p&gt;Use the &lt;b&gt;Language&lt;/b&gt; menu to switch between English and Chinese at any time, and &lt;b&gt;Help ▸ About MedChain&lt;/b&gt; to see the version and libraries in use.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
