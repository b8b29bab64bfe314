<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AdminSession</name>
    <message>
        <source>%1 names no identity keystore; say which one signs with --as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity %1 is not enrolled on this chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity %1 has been revoked; it can sign nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names neither a validator keystore (&quot;%2&quot;) nor a node keystore (&quot;node&quot;): this folder can neither commit transactions nor reach the network&apos;s validators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The network did not commit the transaction within %1 s (%n peer(s) connected). A block needs more than two thirds of the validators: are their nodes running?</source>
        <translation>
            <numerusform>The network did not commit the transaction within %1 s (%n peer connected). A block needs more than two thirds of the validators: are their nodes running?</numerusform>
            <numerusform>The network did not commit the transaction within %1 s (%n peers connected). A block needs more than two thirds of the validators: are their nodes running?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Aead</name>
    <message>
        <source>A decryption key must be %1 bytes, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted data is cut short: it has %1 bytes, but even an empty message has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted data could not be decrypted: the key is wrong, or the data or its context was altered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Argon2id</name>
    <message>
        <source>The passphrase settings ask for %1 Argon2id passes; only %2 to %3 are accepted. The key file may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase settings ask for %1 KiB of Argon2id memory; only %2 KiB to %3 MiB are accepted. The key file may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Argon2id salt must be %1 bytes, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argon2id can derive keys of %1 to %2 bytes, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be derived from the passphrase: %1 MiB of memory could not be allocated. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchCommand</name>
    <message>
        <source>How many record transactions (default 20000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker threads (default: one per core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--transactions needs a number of at least 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threads needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a scratch folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingest:       %1 tx/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify limit: %1 signatures/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratio:        %1 (goal: at least 0.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure transactions ingested per second against bare signature checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many record transactions (default 200000, the size the goal is set for).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving nodes, each in its own thread (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions per block (default 5000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--transactions needs a number of at least 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--servers needs a number from 1 to 8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--block-size needs a number from 1 to 20000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync:   %1 tx/s (%2 blocks, %3 transactions in %4 s from %5 serving node(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay: %1 tx/s (the same blocks from disk in %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratio:  %1 (goal: at least 0.7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure a fresh replica syncing from peers against replaying the same blocks from disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records in the patient&apos;s history (default 10000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--records needs a number from 200 to 200000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline: %1 records/s (%2 records in %3 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crypto:   %1 records/s (the sealed keys and contents alone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratio:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first rows after %1 ms (the index took %2 ms); a click waits at most %3 ms behind a batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure a patient&apos;s timeline opening against the bare decryption of the same records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records with supervision summaries (default 20000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--records needs a number from 1000 to 2000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store:     %1 summaries/s (%2 records read in %3 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crypto:    %1 summaries/s (opened and decoded alone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratio:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopened:  %1 ms (a new session: the store opened and the dashboard read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure the regulator&apos;s supervision store filling against the bare opening of the same summaries, and its dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules:     %1 ms (the supervision rules over the same year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashboard: %1 ms (a year, every district and disease)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts:    %1 ms (C2 over the same year: %2 alert(s))</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchmarkChain</name>
    <message>
        <source>Enrolling %1 practitioners and %2 patients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing %1 record transactions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A benchmark transaction failed its checks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Block</name>
    <message>
        <source>the header counts %1 transactions, the block holds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid block: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid block: it is not in canonical form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockCommand</name>
    <message>
        <source>--height needs a block height of 1 or more, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no block %1: the tip is at height %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1 cannot be read from this replica; run verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  hash:               %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  time:               %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  previous:           %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  transaction root:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  state hash:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  validator set hash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  proposer:           %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  commit (round %1), signed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  %n transaction(s):</source>
        <translation>
            <numerusform>  %n transaction:</numerusform>
            <numerusform>  %n transactions:</numerusform>
        </translation>
    </message>
    <message>
        <source>(undecodable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a block&apos;s header fields, its commit signers and its transactions&apos; hashes and types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The block&apos;s height (1 is the first block).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockDownload</name>
    <message>
        <source>A header does not decode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headers are not the ones asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header contradicts the verified chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header does not follow the one before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header names a validator set other than the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header&apos;s commit certificate does not decode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header&apos;s commit certificate is for another block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header&apos;s commit certificate does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>Catalog</name>
    <message>
        <source>a required field is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medical catalog is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chapter runs from one category such as A00 to a later one such as B99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chapters %1 and %2 overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ICD-10 code such as J10.1 or I10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to no chapter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 7-character ATC code such as J01CA04.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days_min is more than days_max.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a frequency code (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the usual dose %1 given %2 exceeds the maximum daily dose %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an exam code (capitals, digits and hyphens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind must be Laboratory, Imaging or Functional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a six-digit GB/T 2260 code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the province (a code ending in 0000) has no parent, and there is one province.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent of city %1 must be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent of district %1 must be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent %1 must be listed before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists no province.</source>
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
    <name>Certificate</name>
    <message>
        <source>The certificate is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its serial number must be positive and at most 20 bytes long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names a malformed IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of its extensions is malformed or repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has a critical extension that MedChain does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 certificate may not be a certificate authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its validity period is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not a PEM certificate: it must start with &quot;%1&quot; and end with &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM text holds more than one block; give one certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM certificate is not valid Base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of &quot;%1&quot; was not issued by &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificates could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names a different issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its authority key identifier belongs to another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a certificate authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signature does not verify under the issuer&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is not an X.509 certificate, or it is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is followed by %1 unexpected bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not encoded in canonical DER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only X.509 version 3 certificates are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not signed with Ed25519, the only signature MedChain accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its public key is of type %1; MedChain accepts only Ed25519 keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its Ed25519 public key is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its subject must have exactly one non-empty common name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its subject names more than one organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its subject does not name exactly one MedChain role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its subject does not carry exactly one valid region code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateChain</name>
    <message>
        <source>There is no certificate to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate chain can only be verified at a valid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate chain could not be prepared for verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of &quot;%1&quot; expired on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of &quot;%1&quot; is not valid before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of &quot;%1&quot; was not issued by a trusted authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a certificate authority, so certificates it signed are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; may not have certificate authorities below it, but the chain has one (path length exceeded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature on the certificate of &quot;%1&quot; does not verify: the certificate was altered or forged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of &quot;%1&quot; failed verification: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateIssuer</name>
    <message>
        <source>Cannot issue the certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL reported an error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a root certificate must be a certificate authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a root certificate must certify the key that signs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a certificate authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signing key does not belong to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; may not certify other certificate authorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate authority below &quot;%1&quot; must have a path length below %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the validity %1 to %2 lies outside that of &quot;%3&quot; (%4 to %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name must have 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation must have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the region code &quot;%1&quot; is not 1 to 16 letters, digits or hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the validity must lie between the years %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the validity must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 certificate may not be a certificate authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path length must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only node certificates carry DNS names or IP addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid DNS name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address.</source>
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
    <message>
        <source>Print the version, the self-test result and the libraries in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node&apos;s data folder (genesis, replica, node.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE (- for standard input) rather than from MEDCHAIN_PASSPHRASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MedChain command line: scripting, administration and verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand: %2. See --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number of arguments. Usage: medchain-cli %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>This command needs the data folder: give --datadir DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no MedChain network (there is no genesis.cbor). Create one with init, or give the right --datadir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no replica yet (there is no replica.db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command needs the passphrase: give --passphrase-file FILE or set MEDCHAIN_PASSPHRASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run medchain-cli --help for the commands and their options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicalSummaryHtml</name>
    <message>
        <source>Allergies: none recorded in the records you can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Allergies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current medications: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) you can read</source>
        <translation>
            <numerusform>%n record you can read</numerusform>
            <numerusform>%n records you can read</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n not covered by your access</source>
        <translation>
            <numerusform>%n not covered by your access</numerusform>
            <numerusform>%n not covered by your access</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommitAssembly</name>
    <message>
        <source>A vote in the commit is not a precommit for this block, height and round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A precommit is by a node outside the validator set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A precommit&apos;s signature does not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The precommits hold %1 of %2 voting power; more than two thirds is needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitCertificate</name>
    <message>
        <source>round %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a commit signature must have two parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit signatures must be sorted by validator, without repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid commit certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid commit certificate: it is not in canonical form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A commit signature is by a node outside the validator set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A commit signature does not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commit is signed by %1 of %2 voting power; more than two thirds is needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentRules</name>
    <message>
        <source>Only the patient decides who may read their records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry lies in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access cannot be given for that long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared key is for an unknown record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sealed content key has the wrong size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared key is for a record the reader may not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader already holds the key of a shared record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access can be granted to an active practitioner or institution only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answered request is not this patient&apos;s request from this grantee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has already been answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the patient who gave a grant may revoke it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This grant is already revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only practitioners and institutions request access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient is not an active registered patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request needs a stated purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the patient asked may decline a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only practitioners may use emergency access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practitioner&apos;s institution is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency access needs a reason of at least ten characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys can be shared with an active practitioner or institution only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no keys to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope lists a record that is not this patient&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentTx</name>
    <message>
        <source>categories must be sorted, without repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scope by category must name at least one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scope by record must name at least one</source>
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
    <name>CsvTable</name>
    <message>
        <source>%1 is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is not closed properly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the header should be &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3 fields where the header has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardReport</name>
    <message>
        <source>µg a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveillance dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICD-10 chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disease category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated exam window (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summaries read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases by region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases by ICD-10 chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diseases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases by disease category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbreak alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disease code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-glass reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveillance dashboard of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in this window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataDir</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica&apos;s key file names an unknown key derivation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica %1 has lost its key file %2; it cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no replica at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use by %2 (process %3): a running node or an admin command is writing the replica. Stop it, or send the transaction through that node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock %1 for writing (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The replica %1 was not opened: its integrity guard could not be installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database connection has been closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A replica key must be %1 bytes, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a replica at %1: a file with that name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica file %1 is empty: it has been truncated or replaced. Restore it from a backup or resynchronise the replica from the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transaction has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>The new folder for the demo network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many patients (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many clinical records (default 2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generator&apos;s seed (default 1): the same seed and start give the same network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--patients needs a number from 10 to 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--records needs a number from --patients to 10000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start needs a date like 2025-11-01, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the population and a year of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo network created in %1 (%2 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chain %1, height %2, %3 transactions, tip %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 institutions, %2 practitioners, %3 patients, %4 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log in as (passphrase &quot;%1&quot; unless you gave your own):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a synthetic Anhui health network with a year of care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of the simulated year, YYYY-MM-DD (default: the first day of this month a year ago).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many validator nodes (default 4, 1 to 16): the authority&apos;s, then one per hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many non-validating nodes (default 0, 0 to 16), run by the next hospitals, then the authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first node&apos;s port on 127.0.0.1, the next ones following (default: free ports picked now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--nodes needs a number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--replicas needs a number from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-port needs 0 or a port from 1 that leaves room for %1 nodes below 65536.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nodes (network.json lists them with their keys):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2, %3, run by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only write the node folders; do not run the nodes to make the network&apos;s first block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the nodes until they commit a block</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the %n node(s) ran on loopback and committed block %1 together; start them again with medchain-node --datadir FOLDER.</source>
        <translation>
            <numerusform>the node ran on loopback and committed block %1; start it again with medchain-node --datadir FOLDER.</numerusform>
            <numerusform>the %n nodes ran on loopback and committed block %1 together; start them again with medchain-node --datadir FOLDER.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>&quot;%1&quot; is not an age band such as 5-14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age bands look like &quot;0-4:40;5-14:28&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chronic condition needs a unique id and a sex of F, M or *.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a condition needs a unique id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1 is not in chronic.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICD-10 code %1 is not in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a diagnosis weight must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>icd10 lists codes such as &quot;J06.9:8;J00:3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months lists twelve weights, January first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a condition must occur in some month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex must be F, M or *.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>specialty %1 is not in specialties.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>levels are 1, 2 or 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>levels look like &quot;1:6;2:3;3:2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chronic condition %1 has no visits in conditions.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condition %1 is not in conditions.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ages is empty or a band such as 0-13.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind must be complaint or note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: condition %2 needs a complaint and a note for all ages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind must be drug or exam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drug %1 is not in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a drug has no result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this dose exceeds the maximum daily dose at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exam %1 is not in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exam has no dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every row of a slot has the same chance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s seed data is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age bands must follow each other from 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no age bands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the surname is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character needs a sex of F, M or U.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name lists are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name needs a three-digit country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind must be family, female or male.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: country %2 needs family, female and male names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists no names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a specialty needs a unique name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not another specialty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role must be one of %1, with both names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 must be a whole number from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 must list acute conditions of conditions.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is empty or malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the community directions need as many English as Chinese names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the authority&apos;s region must be the province and the outbreak&apos;s a district of the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the repeated exam and the overdose drug must be in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind must be one of %1 with a reason; only notes have a supplement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no reason of kind %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>specialties.csv must list %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditions.csv must list %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chronic.csv must list %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provincial hospitals, the gateway, the sponsor and the fund manager name their district; patterns name none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the gateway, the sponsor and the fund manager have level 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assistance_codes must list ICD-10 codes or categories of the clinical model&apos;s diagnoses, sorted, without repeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assistance_codes is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoFolder</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Delete the demo folder %3 to have it made again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names a node folder that is not inside the demo folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists no nodes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoLaunch</name>
    <message>
        <source>The node in %1 stopped:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nodes made no block together within %1 s; the first node said:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node in %1 did not stop cleanly:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoNetwork</name>
    <message>
        <source>A demo transaction was refused (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node committed %1 of %2 demo transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty: the demo needs a new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolling institutions, practitioners and patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing keystores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 node 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording a year of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the node folders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoNodes</name>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo network has 1 to %1 validator nodes, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo network has 0 to %1 replica nodes, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ports from %1 for %2 nodes do not fit below %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find a free port on 127.0.0.1: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica %1 is still open: a copy of it would be incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoTransactions</name>
    <message>
        <source>The demo cannot carry out event %1 of its scenario: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskInput</name>
    <message>
        <source>Type the number on the patient&apos;s identity card or passport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid resident ID: its last character should be %2 for the 17 digits before it. Check the number on the card for a mistyped digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document number has only letters and digits; “%1” is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document number has %1 to %2 letters and digits, and a resident ID has 18; this one has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the patient&apos;s region code (for example 340104).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A region code has 1 to 16 letters, digits or hyphens; “%1” is not one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskShortcuts</name>
    <message>
        <source>Register a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a patient&apos;s registration request file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter (in the national ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on to the region code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter (in the region code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the patient, or issue the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the staff, or find a patient to invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter (in the patient search)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the chain for the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About MedChain</source>
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
    <name>EncounterChecks</name>
    <message>
        <source>WARNING: %1 a day (%2, %3) is above the maximum daily dose of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: %1 was already done on %2 (%3). Is it needed again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: %1 was already done on %2 (%3) at %4. Is it needed again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a chief complaint or at least one diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollCommands</name>
    <message>
        <source>&quot;%1&quot; is not a region code (1 to 16 letters, digits or &apos;-&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing keystore&apos;s role is &quot;%1&quot;; this command must be signed by an identity whose role is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled a new %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  identity:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  keystore:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  block:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be one of hospital, clinic, laboratory, payment-gateway, trial-sponsor, regulator-office, fund-manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authority&apos;s keystore holds no registration key to hand to the institution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--identity needs an identity&apos;s public key (64 hex digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity %1 is not enrolled on this chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity %1 is already revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing identity&apos;s keystore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of --as, when it differs from the data folder&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the new identity&apos;s keystore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new keystore&apos;s passphrase (default: the data folder&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region code, e.g. 340104.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll an institution, signed by the authority (node.json&apos;s identity unless --as).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hospital, clinic, laboratory, payment-gateway, trial-sponsor, regulator-office or fund-manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll a practitioner, signed by their institution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The licence number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The specialty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a patient after an ID check, signed by an institution; the chain keeps only a keyed hash of the national ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke an identity, signed by the authority (default), its enrolling institution or itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity&apos;s public key (64 hex digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This institution&apos;s keystore holds no registration key to hand to the practitioner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --request (keys the patient made) or --out (keys made here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered the patient of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made a patient identity; take the request to a registration desk with your identity card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  request:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration request the patient&apos;s device made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without --request: make the keys here and write their keystore to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make your own patient identity: its keystore (under the passphrase) and the request a registration desk imports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write your new keystore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the registration request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network the identity is for, if known.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EquivocationEvidence</name>
    <message>
        <source>Invalid equivocation evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid equivocation evidence: the votes are not in canonical order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two votes are not by one validator for one height, round and kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two votes are for the same value: that is not equivocation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The equivocating node is not in the validator set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signature in the evidence does not verify.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceBundle</name>
    <message>
        <source>No committed transaction has this hash on this replica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1 is missing from this replica; run verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validator set of block %1 is missing from this replica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender is not on this replica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A validator of block %1 is not on this replica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence format %1 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Merkle proof has three parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid evidence file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid evidence file: it is not in canonical form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence does not hold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction belongs to another chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction&apos;s signature does not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the block header is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the block belongs to another chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Merkle proof does not lead to the block&apos;s transaction root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the commit signatures are for another block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the validator set is not the one the block names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender&apos;s certificate certifies another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a validator&apos;s certificate is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a validator&apos;s certificate certifies another key or role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceCommands</name>
    <message>
        <source>--tx needs a transaction hash of 64 hex digits, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the evidence file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the evidence for %1 to %2 (%3 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the evidence file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be an evidence file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: the evidence holds. Transaction %1 (%2) was committed on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  sender: %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  sent:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  block:  %1 at height %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  signed by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the dispute evidence for a committed transaction: the transaction, its Merkle proof, block header, commit signatures and certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction&apos;s hash (64 hex digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the evidence file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check an evidence file offline (no data folder or passphrase needed); exits 1 and says why if it does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceRules</name>
    <message>
        <source>Only the authority or a current validator may report an equivocation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence is about height %1, above this block&apos;s %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accused node is not in the current validator set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This equivocation is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Executor</name>
    <message>
        <source>The transaction is for another chain (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction&apos;s signature does not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender is not an enrolled identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s identity has been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonce %1 is out of turn: the sender&apos;s next nonce is %2 (a replay, or a transaction missing before it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction&apos;s time is too far from the block&apos;s time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The genesis root certificate is invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The genesis root certificate does not certify the authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The genesis node &quot;%1&quot; has no valid node certificate from the root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every genesis validator must be one of the genesis nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The genesis region &quot;%1&quot; is not a region code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The genesis encryption key is not a usable X25519 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The genesis names node &quot;%1&quot; twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFiles</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldCodec</name>
    <message>
        <source>a key envelope must have two parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key envelopes must be sorted by recipient, without repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key share must have two parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key shares must be sorted by record, without repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of hashes must be sorted, without repeats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>Overdose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prescription whose daily dose (the dose times the administrations a day) is above the drug&apos;s maximum daily dose in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: set a window of one day or more to find patients given the same exam again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The same patient had the same exam in another record, at any institution, within %n day(s) before. Two on one day count once.</source>
        <translation>
            <numerusform>The same patient had the same exam in another record, at any institution, within %n day before. Two on one day count once.</numerusform>
            <numerusform>The same patient had the same exam in another record, at any institution, within %n days before. Two on one day count once.</numerusform>
        </translation>
    </message>
    <message>
        <source>A record whose fees are above three times the median, or the upper quartile plus three interquartile ranges, of the other records with the same diagnosis in the window and region. Judged only when there are at least 20 of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prescribed at %2, above its maximum of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 again %2 (the window is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees of %1 for %2, above the limit of %3 its peers set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameReader</name>
    <message>
        <source>A peer announced a frame of %1 bytes; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Genesis</name>
    <message>
        <source>a chain parameter is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no validators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid genesis document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid genesis document: it is not in canonical form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrantText</name>
    <message>
        <source>All records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n listed record(s)</source>
        <translation>
            <numerusform>%n listed record</numerusform>
            <numerusform>%n listed records</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (less than a day left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 (%n day left)</numerusform>
            <numerusform>%1 (%n days left)</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityRules</name>
    <message>
        <source>This identity is already enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption key is not a usable X25519 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is for the role &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate certifies a different key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s role may not send this transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An institution needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of institution does not employ clinicians.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A practitioner needs a name and a licence number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only hospitals and clinics register patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is already registered; revoke the old identity first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This identity is already revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health authority cannot be revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the authority, the enrolling institution or the identity itself may revoke it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revocation needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this node from the validator set before revoking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validator set cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every validator must be an active enrolled node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was not issued by the sender: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate names another person, place or region than the transaction.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityTx</name>
    <message>
        <source>a validator entry must have two parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a validator&apos;s voting power must be between 1 and 1000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validators must be sorted by key, without repeats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IngestBenchmark</name>
    <message>
        <source>Measuring bare Ed25519 verification on %1 threads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A benchmark signature did not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingesting in blocks of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  block %1: %2 transactions, executed and committed in %3 ms (waited %4 ms for checks)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyDerivation</name>
    <message>
        <source>A master key of %1 bytes is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key derivation context of %1 bytes is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subkey could not be derived.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyboardShortcuts</name>
    <message>
        <source>Find a patient by name or identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter (in the search field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all patients on the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the patient&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New encounter for the selected patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the encounter form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the amendments you proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter (in the history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected record (the read is receipted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter (in a form field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the diagnosis, prescription, exam or fee typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected line of the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and submit the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About MedChain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keystore</name>
    <message>
        <source>Could not read the keystore %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is too large to be a keystore: it is damaged or is not a MedChain keystore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the keystore %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keystore %1 is damaged: the keys inside it do not match the identity it names. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase: an empty one would leave the keys unprotected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already exists; it was left as it is. Choose another name, or move the existing file away first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the keystore %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity&apos;s public keys do not match the keys to be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extra secret must be 1 to %1 bytes long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is wrong: it does not unlock the keystore %1. Check it (and the keyboard layout) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keystore %1 has been altered or damaged: the passphrase is right, but the file fails its integrity check. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeystoreFile</name>
    <message>
        <source>an empty optional field must be left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encryption key is not a usable X25519 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key derivation settings need two numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key derivation settings (%1 passes, %2 KiB) are out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keystore file was made by a newer version of MedChain (format version %1). Upgrade MedChain to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sealed keys are too short to hold two keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not in canonical form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keystore file is damaged or is not a MedChain keystore. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase settings ask for %1 MiB of memory; a keystore may ask for at most %2 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity&apos;s label is too long: at most %1 bytes of UTF-8 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain id is too long: at most %1 bytes of UTF-8 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity&apos;s role is not one MedChain knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity&apos;s encryption key is not a usable X25519 key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeystoreUnlock</name>
    <message>
        <source>Wrong passphrase: it does not open this keystore. Check Caps Lock and the keyboard layout, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>The replica&apos;s chain summary is missing; run verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica %1 has no genesis; it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica %1 belongs to another network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This node is not a validator of the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This validator cannot commit blocks on its own: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1 is refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it belongs to another chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next block expected is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not extend this replica&apos;s tip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its time is not after its parent&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names another validator set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its proposer is not a validator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds more transactions than a block may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its transactions do not match the header&apos;s Merkle root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not carry its parent&apos;s commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the commit certificate is for another block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executing it gives another state hash; this replica and the proposer disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica file %1 is damaged or has been tampered with: %2 part(s) fail the integrity check, the first: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This replica was opened for reading only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1 breaks the conservation of money: %2 The node stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica&apos;s books do not balance (balances %1 fen, deposits %2, withdrawals %3, %4 negative balances, %5 statements and %6 funds that do not add up). Rebuild it from the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica has lost the commit of block %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first block has no parent to commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica has lost the header of block %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerState</name>
    <message>
        <source>A receipt refers to an unknown record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A money movement is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A movement would overdraw or overflow an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The block&apos;s payments overflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account&apos;s balance is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money is not conserved: the balances changed by %1 fen, but deposits minus withdrawals were %2 fen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet audit could not read the replica: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Merkle</name>
    <message>
        <source>There is no entry %1 in a Merkle tree of %2 entries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageCodec</name>
    <message>
        <source>%1 %2 are more than the %3 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 bytes is larger than the %3 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry must have two parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a commit certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hash list is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hashes must be sorted, without repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 headers asked for, more than the %2 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a request for no headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a request for no blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heights must be ascending, without repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown consensus kind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a consensus message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A peer sent an invalid message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes, more than the %2 a frame may hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown message type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not in canonical form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkBootstrap</name>
    <message>
        <source>A chain id of 1 to %1 bytes is needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkCommands</name>
    <message>
        <source>--block-interval-ms needs a number of milliseconds from 10 to 3600000, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region code (1 to 16 letters, digits or &apos;-&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: %2 already holds a network. Choose an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the network&apos;s keys and genesis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 node 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the encrypted replica…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the network %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  genesis:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  authority: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  validator: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new network in --datadir: the health authority&apos;s keys, root certificate and validator, genesis, replica and keystores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new chain&apos;s id (1 to 64 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health authority&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authority&apos;s region code, e.g. 340000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds between blocks (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkConfig</name>
    <message>
        <source>node.json: &quot;listen&quot; must be an address like 127.0.0.1:7101, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node.json: each peer needs an &quot;address&quot; like 127.0.0.1:7102 and its &quot;node&quot; key in hex (&quot;%1&quot; has not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node.json: &quot;emptyBlockIntervalMs&quot; must be at least 100.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewKeystorePath</name>
    <message>
        <source>Choose where to save the new keystore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the keystore&apos;s full path, or choose it with Browse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file: a keystore is never written over another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeLog</name>
    <message>
        <source>Cannot open the log file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeNetworking</name>
    <message>
        <source>This node&apos;s key is not enrolled on the chain as a node; enroll it before it joins the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) connected.</source>
        <translation>
            <numerusform>%n peer connected.</numerusform>
            <numerusform>%n peers connected.</numerusform>
        </translation>
    </message>
    <message>
        <source>The signing log ended in a torn record (a crash while writing it); the record was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutbreakDetection</name>
    <message>
        <source>EARS C1 (mild): compares each day&apos;s count with the mean of the 7 days just before it and alerts when the count is more than 3 standard deviations above that mean (a standard deviation below one case counts as one case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EARS C3 (high): adds, over the day and the 2 days before it, how far each day&apos;s C2 value exceeds 1 standard deviation, and alerts when the sum is above 2, so a moderate rise sustained for several days is caught.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUSUM: adds up each day&apos;s excess over the C2 baseline (days 3 to 9 before), in standard deviations and less an allowance of %1, and alerts when the sum exceeds %2; after an alert it starts again from zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EARS C2 (medium): like C1, but the 7-day baseline ends 3 days before the day (days 3 to 9 before), so a rise over the last two days does not raise the baseline; alerts above 3 standard deviations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartyText</name>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known to this replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical-trial sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulator&apos;s office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund manager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseSource</name>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file %1 does not start with a passphrase line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEDCHAIN_PASSPHRASE is set but empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientReads</name>
    <message>
        <source>This record is not in your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof chains to another network&apos;s root certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is not in this patient&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeerAdmission</name>
    <message>
        <source>The peer is not enrolled on this chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer&apos;s identity is not a node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer node has been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The institution that runs the peer node has been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeerProtocol</name>
    <message>
        <source>A peer&apos;s unfinished message needs more than %1 bytes of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A peer sent more than %1 messages a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A peer sent a message before its Hello.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A peer sent a second Hello.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer closed the connection (reason %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A peer sent an answer to a request this node did not make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A peer sent more than %1 bytes a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A peer has more than %1 requests waiting for answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A peer speaks protocol version %1; this node speaks version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A peer is on chain &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A peer&apos;s chain starts from a different genesis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This node connected to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A peer&apos;s Hello names a node other than its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A peer did not say Hello within %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A peer did not answer within %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the peer is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol sends Hello, Pong and Goodbye itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already %1 requests are waiting for this peer&apos;s answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer did not ask for this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message of %1 bytes is too large to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This node closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A peer is not reading: more than %1 bytes wait to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Proposal</name>
    <message>
        <source>the proof-of-lock round must be -1 or earlier than the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid proposal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid proposal: it is not in canonical form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordAccess</name>
    <message>
        <source>You hold no key to this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s transaction is missing from this replica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That transaction is not a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordContent</name>
    <message>
        <source>a prescription has five parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fee has two parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fee cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a diagnosis has two parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exam has three parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid record content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dose cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a duration must be between 0 and 3650 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not in canonical form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordCrypto</name>
    <message>
        <source>This record&apos;s key is not addressed to you, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record&apos;s key has the wrong size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record does not decrypt: it was altered or does not belong to this header.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDiff</name>
    <message>
        <source>Chief complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordFormat</name>
    <message>
        <source>%1 µg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twice a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>three times a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>four times a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every 4 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every 8 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every 12 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every other day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twice a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once, immediately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown identity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amended; amendment pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3, for %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordHtml</name>
    <message>
        <source>This record cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chief complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its content cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no proof was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting the patient&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordReport</name>
    <message>
        <source>Medical records of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient identity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported from MedChain on %1; %n record(s).</source>
        <translation>
            <numerusform>Exported from MedChain on %1; %n record.</numerusform>
            <numerusform>Exported from MedChain on %1; %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each record ends with its integrity proof: the block in which the network committed it, who signed it and whether the proof checks out. The dispute evidence file of a record lets anyone verify it offline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordRules</name>
    <message>
        <source>Only enrolled practitioners write records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practitioner&apos;s institution is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sealed content key has the wrong size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record must be sealed to exactly the patient, the author, the author&apos;s institution and the patient&apos;s active grantees (%1 expected, %2 given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient is not an active registered patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encounter lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record needs its content and its supervision summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the record&apos;s author may propose an amendment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amendment of this record already awaits the patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amendment needs its content and its supervision summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such amendment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the patient confirms or rejects an amendment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This amendment has already been answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients do not leave receipts for their own records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A read needs a stated purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender holds no key to this record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationRequest</name>
    <message>
        <source>This is not a registration request: it is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This registration request was made by a newer MedChain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a registration request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This registration request&apos;s signature does not match its keys: it was altered, or not made by the keys&apos; owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a registration request: it is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another file for the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegulatorShortcuts</name>
    <message>
        <source>Show the surveillance tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the outbreak alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the break-glass accesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter (in By region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the regions within the chosen one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go up one region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter (in By disease)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrow down to the chosen chapter or category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the disease chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count every category of the chapter again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter (in the alerts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the alert&apos;s district and disease around its day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About MedChain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the records that break a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace a record by its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the validators and peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the institutions, practitioners, validators and subsidy programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter (in the findings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace the finding&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplicaKeyFile</name>
    <message>
        <source>A replica salt must be %1 bytes, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A replica key must be %1 bytes, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica key file %1 is missing. Without it the replica cannot be unlocked; restore it from the backup you made with the replica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the replica key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica key file %1 is too large to be one; it is damaged or has been replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica key file %1 is damaged or has been altered; restore it from the backup you made with the replica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica key file %1 was made by a newer MedChain (format version %2). Upgrade MedChain to open this replica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the replica key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase: it does not unlock this replica. Check the passphrase and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplicaVerifier</name>
    <message>
        <source>Cannot create a scratch folder in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The genesis does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1 is missing or unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica&apos;s recorded tip disagrees with its own blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica&apos;s state tables differ from what its blocks produce: they were changed outside the chain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <source>Regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund manager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioGenerator</name>
    <message>
        <source>A demo network needs from %1 to %2 patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo network needs at least one record per patient and at most %1 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo period lasts from %1 to %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>The schema migrations are out of order: entry %1 produces version %2 instead of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica %1 was made by a newer MedChain (schema version %2; this version understands up to %3). Upgrade MedChain to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica %1 can only be upgraded through its writer connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the replica %1 to schema version %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica %1 has schema version %2 but this MedChain needs %3; it is upgraded when the node opens it for writing.</source>
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
    <message>
        <source>%1 self-test %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no shared secret could be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate with an altered signature was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong MAC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vector is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong ciphertext.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a valid ciphertext was refused or decrypted wrongly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an altered ciphertext was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong shared secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sealed box did not open for its recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sealed box opened for the wrong key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an altered sealed box was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a valid inclusion proof was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a forged inclusion proof was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its fields were read wrongly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its key does not match the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>%1 is not an active practitioner or institution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your identity is not on this replica&apos;s chain yet; wait for it to catch up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your identity has been revoked; it can no longer sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This keystore does not carry the network&apos;s registration key, which a record&apos;s supervision summary needs. Ask your institution for a keystore that does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient is not an active patient of the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an active practitioner can write records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is not on the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the record&apos;s author can propose an amendment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the record needs amending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an active institution can register patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This keystore does not carry the network&apos;s registration key, so it cannot register patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These keys are already registered on this chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the national ID from the patient&apos;s identity card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A patient with this national ID is already registered on this chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an active institution can enroll practitioners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This keystore does not carry the network&apos;s registration key, which practitioners need to write records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the practitioner&apos;s name and licence number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase for the new keystore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the health authority can enroll institutions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This keystore does not carry the network&apos;s registration key, which institutions need to register patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the institution&apos;s name and region.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutListDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningGuard</name>
    <message>
        <source>Refusing to sign a second, different value at height %1, round %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to sign at height %1, round %2: this validator has already signed at a later step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningLog</name>
    <message>
        <source>The signing log is damaged at byte %1 (impossible record length). Do not delete it: restore it from a backup or stop this validator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing log is damaged at byte %1 (a record fails its checksum). Do not delete it: restore it from a backup or stop this validator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing log is damaged at byte %1 (records out of order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the signing log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(file %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot cut the torn record off the signing log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the signing log %1: %2</source>
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
    <name>Statement</name>
    <message>
        <source>This statement is no longer usable (it was moved from).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement parameter %1 does not exist (the statement has %2 parameters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Chain:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip time:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State hash:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validators:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity:     none (node.json names no identity keystore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the chain id, height, tip, state hash and this node&apos;s identity and role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The disk holding the replica %1 is full. Free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MedChain could not read or write the replica %1 (%2). Check that the disk is working and that the file is accessible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MedChain could not open the replica %1 (%2). Check that its folder exists and that you may read and write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica %1 cannot be changed through this connection (%2). It is open read-only, or the file&apos;s permissions forbid writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica %1 is busy: another connection holds a lock on it. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MedChain ran out of memory while using the replica %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change to the replica %1 was refused because it would break a rule of the database (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database operation on the replica %1 failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica file %1 is damaged or has been tampered with: part of it fails its integrity check, so MedChain will not read from it. Restore the file from a backup or resynchronise the replica from the network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionStore</name>
    <message>
        <source>The supervision store %1 is damaged: it has no progress row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1 could not be read from the replica.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionSummary</name>
    <message>
        <source>Invalid supervision summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth year %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex must be F, M, X or empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveillanceBenchmark</name>
    <message>
        <source>The medical catalog could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading %n record(s) into the supervision store…</source>
        <translation>
            <numerusform>Reading %n record into the supervision store…</numerusform>
            <numerusform>Reading %n records into the supervision store…</numerusform>
        </translation>
    </message>
    <message>
        <source>The reopened store answered differently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A benchmark summary did not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveillanceText</name>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All diseases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>chapter: roman numeral, title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>category: code, title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C1 (mild)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C2 (medium)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C3 (high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUSUM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncBenchmark</name>
    <message>
        <source>Committing the chain to the serving replica…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting %1 serving node(s) and a fresh replica…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  synced %1 of %2 blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stalled at block %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  synced %1 blocks in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying %1 blocks from disk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1 is missing from the serving replica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  replayed %1 of %2 blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The synced or replayed replica ends at another tip than the served one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextTemplate</name>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a } without its {.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a { without its }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1} is neither a choice {x|y} nor a range {low~high} whose ends have the same decimals.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineBenchmark</name>
    <message numerus="yes">
        <source>Opening the timeline of %n record(s)…</source>
        <translation>
            <numerusform>Opening the timeline of %n record…</numerusform>
            <numerusform>Opening the timeline of %n records…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of the benchmark could not be read.</source>
        <translation>
            <numerusform>%n record of the benchmark could not be read.</numerusform>
            <numerusform>%n records of the benchmark could not be read.</numerusform>
        </translation>
    </message>
    <message>
        <source>A benchmark record is missing from the replica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A benchmark record could not be decrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>A peer connection needs this node&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS library did not take the node&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer presented no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer&apos;s certificate is not a MedChain certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer&apos;s certificate is not a node&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer&apos;s certificate does not chain to this network&apos;s root: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsPrivateKeyHandle</name>
    <message>
        <source>OpenSSL could not load the Ed25519 key for TLS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrailReads</name>
    <message>
        <source>No committed transaction has this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transaction is not about a record: enter a record&apos;s id, or an amendment, answer or access receipt of one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is not in this replica&apos;s state.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>unknown transaction type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnavailableView</name>
    <message>
        <source>&lt;p&gt;The view for the role “%1” is not available in this version of MedChain yet.&lt;/p&gt;&lt;p&gt;Your identity is open and your node keeps the replica up to date. Use File ▸ Switch Identity to log in as someone else.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidatorSetCheck</name>
    <message>
        <source>Removes %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds %1 with power %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the power of %1 from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks will need the votes of validators holding at least %1 of the %2 voting power.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validators&apos; state has not been read yet, so whether the new set can make blocks was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 sign(s) blocks now and would stop voting.</source>
        <translation>
            <numerusform>%1 signs blocks now and would stop voting.</numerusform>
            <numerusform>%1 sign blocks now and would stop voting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 neither sign(s) blocks nor is connected to this node now.</source>
        <translation>
            <numerusform>%1 neither signs blocks nor is connected to this node now.</numerusform>
            <numerusform>%1 neither sign blocks nor are connected to this node now.</numerusform>
        </translation>
    </message>
    <message>
        <source>Validators up now hold only %1 of the %2 voting power, not more than two thirds: the network would stop making blocks, and could not take this change back, until enough of them run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Verification failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no replica at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified %1/%2 blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: every check holds (height %1, %2 transactions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State hash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-check the whole replica: page integrity, hashes, signatures, commits, Merkle roots and replayed state hashes. Exits 1 and says what failed and where if anything does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking every page, then replaying every block…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vote</name>
    <message>
        <source>round %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid vote: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid vote: it is not in canonical form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalletBook</name>
    <message>
        <source>The balance is too low for this payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving account cannot hold that much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money goes in and out only through the scenario&apos;s payment gateway, for an identity of the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount must be more than nothing and at most the most one transaction may move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment needs a reference of its own that the gateway has not used before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a hospital or clinic may bill a patient, for more than nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice&apos;s encounter must be an earlier record of this patient at this institution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an open invoice can be paid or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the health authority or a trial sponsor may open a subsidy program, with a name, sorted ICD-10 codes and an amount per record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money can only be added to an existing program&apos;s pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A patient can only be enrolled in an existing program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient is enrolled in this program already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record needs a patient and an author of the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record may claim only existing programs with diagnosis codes, each once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a licensed fund manager may issue a fund, under a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fund order needs an existing fund, a patient and an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This amount does not buy a whole number of shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holding is worth less than the amount to redeem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A yield needs an existing fund and a daily rate of at most 0.1%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A yield must be for a later day than the last, one that began at least six hours before it is published.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalletCommand</name>
    <message>
        <source>--identity takes an identity id: 64 hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node.json names no identity keystore; say whose wallet with --identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund redemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund yield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance:       ¥%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund:          %1, %2 shares worth ¥%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open invoices: %1 (¥%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the program&apos;s pool is exhausted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the cap per patient is reached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  nothing paid by %3 for record %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3¥%4  balance ¥%5  %6 %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No money has moved in this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height:               %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposits:             ¥%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawals:          ¥%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of balances:      ¥%1 over %2 accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative balances:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements off:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund shares off:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conservation holds: balances = deposits - withdrawals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONSERVATION FAILS: the books do not balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose wallet (an identity id); the node&apos;s own identity if left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print an identity&apos;s balance, fund holdings and open invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print every movement of an identity&apos;s money, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute the books over the whole replica and say whether balances equal deposits minus withdrawals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3 accrued ¥%4 on %5 shares (in the fund)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalletReads</name>
    <message>
        <source>Registration fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record management fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online consultation fee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalletRules</name>
    <message>
        <source>The balance is too low for this payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving account cannot hold that much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such subsidy program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the program&apos;s owner may do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such fund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fund&apos;s issuer has been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a payment gateway may deposit money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is not an active identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment reference has been used already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money can only be withdrawn through an active payment gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have used this withdrawal reference already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a hospital or clinic may issue an invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient is not an active registered patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice&apos;s encounter is not a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice&apos;s encounter is not this patient&apos;s record at this institution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice has been paid already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice has been cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the invoiced patient may pay it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuing institution has been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the issuing institution may cancel an invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the health authority or a trial sponsor may create a subsidy program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient is enrolled in this program already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record claims an unknown subsidy program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record claims a program without diagnosis codes; such programs pay without a claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a licensed fund manager may issue a fund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This amount does not buy a whole number of shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holding is worth less than the amount to redeem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the fund&apos;s issuer may publish its yield.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A yield for this day or a later one has been published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The yield&apos;s day has not begun.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalletSettlement</name>
    <message>
        <source>The demo&apos;s wallet plan broke a rule of the chain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalletText</name>
    <message>
        <source>¥%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsidy received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund redemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund yield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program&apos;s pool is exhausted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cap per patient is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encounter of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing paid, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: paid in part, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shares bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shares sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accrued to your %1 shares: raises their value, not your balance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalletTx</name>
    <message>
        <source>an amount above the most one transaction may move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amount of zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a payment without its reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a blank name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ICD-10 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagnosis codes must be sorted, without repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown record category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a day beyond the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a daily yield above 0.1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalletValidation</name>
    <message>
        <source>Enter an amount in yuan, for example 100 or 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan: use digits with at most two decimals, for example 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the payout reference the gateway gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference is too long: at most %1 bytes (about %2 Chinese characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have already used the reference %1; each withdrawal needs a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>X25519SecretKey</name>
    <message>
        <source>An X25519 secret key must be %1 bytes, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This X25519 secret key is unusable. Generate a new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sealed box is cut short: it has %1 bytes, but even an empty one has %2. Ask the sender to share it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sealed box cannot be opened with your key: it was sealed for someone else, or it was altered on the way.</source>
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
    <message>
        <source>Run the demo network: made in your data folder the first time, then started, with its identities to log in as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of your node (its replica opens with your keystore&apos;s passphrase); with --demo, the demo&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo, log in at once as the demo&apos;s first identity of this role: patient, doctor, institution (the registration desk) or regulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; use patient, doctor, institution or regulator.</source>
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
        <source>The node needs the replica&apos;s passphrase: give --passphrase-file FILE or set MEDCHAIN_PASSPHRASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node&apos;s data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE (- for standard input) instead of MEDCHAIN_PASSPHRASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the node&apos;s data folder with --datadir DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal %1: stopping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node halted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::chain</name>
    <message>
        <source>unknown code %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::client::Session</name>
    <message>
        <source>The network has not committed this within a minute. Check the connection in the status bar and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the health authority reads supervision summaries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::net::PeerConnection</name>
    <message>
        <source>The peer&apos;s certificate is another node&apos;s than the one dialled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::net::PeerNetwork</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer is kept out for a while after misbehaving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A block or its commit certificate does not decode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A block is not one asked for, or does not match its header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A block from a peer is refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transaction no node should pass on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A malformed or forged consensus message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A peer is cut off for misbehaving: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::node::ConsensusDriver</name>
    <message>
        <source>Cannot propose block %1 (round %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal for block %1 (round %2) is invalid: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1 was decided but cannot be committed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validator %1 signed two different votes at height %2, round %3; reporting it on chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::node::Node</name>
    <message>
        <source>The node has stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transaction is already known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node is busy; try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender has already used this nonce; sign the transaction again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s nonce moved past this transaction; sign it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::node::NodeClient</name>
    <message>
        <source>%1 holds no MedChain network (there is no genesis.cbor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1 committed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving %1: chain %2 at height %3 (%4), %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node.json names no node keystore: the node serves this folder&apos;s replica without peers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Listening on %1 port %2; %n configured peer(s).</source>
        <translation>
            <numerusform>Listening on %1 port %2; %n configured peer.</numerusform>
            <numerusform>Listening on %1 port %2; %n configured peers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped; %1 is free.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::node::NodeProcesses</name>
    <message>
        <source>Cannot start %1 for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::records</name>
    <message>
        <source>an empty claim list must be left out</source>
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
    <name>medchain::ui::AccessLogModel</name>
    <message>
        <source>Record of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency access declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMERGENCY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-glass access without your grant, for the reason given. The regulator is told of it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::AccessPage</name>
    <message>
        <source>Your records could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granting access to %1… (waiting for the chain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was not granted to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop %1 from reading %2?

Records added from now on will not be shared with them. What they have already read cannot be taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking the access of %1… (waiting for the chain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access of %1 was not revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline the request of %1 to read %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declining the request of %1… (waiting for the chain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request of %1 was not declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may read your records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grant access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let a doctor or institution read some or all of your records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected grantee from reading new records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show active grants &amp;only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests waiting for your answer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests waiting for your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting for an answer from you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who read your records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;emergency access only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your records were opened in an emergency %n time(s), without your grant. Each is marked EMERGENCY below with the reason given; the regulator was told too.</source>
        <translation>
            <numerusform>Your records were opened in an emergency %n time, without your grant. Each is marked EMERGENCY below with the reason given; the regulator was told too.</numerusform>
            <numerusform>Your records were opened in an emergency %n times, without your grant. Each is marked EMERGENCY below with the reason given; the regulator was told too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>medchain::ui::AccessRequestDialog</name>
    <message>
        <source>Tick at least one kind of record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why you need access: the patient reads this before answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask %1 for access to their records. The request is recorded on the chain; the patient sees it with your purpose and decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you ask to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records of these &amp;kinds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For how &amp;long:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up of hypertension, referral from …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::AccessRequestModel</name>
    <message>
        <source>%1 (answering…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::AdministrationController</name>
    <message>
        <source>Enrolling %1: writing its keystore, then waiting for the chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is enrolled. Its keystore is %2: hand it to the institution on a removable drive, never by e-mail; it opens with the passphrase typed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not enrolled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not revoked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the new validator set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new validator set is on chain; it makes the blocks from the next one on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validator set was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the program %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program %1 is created with %2 in its pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program %1 was not created: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::AdministrationPage</name>
    <message>
        <source>The directory could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is revoked already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke for Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke %1?

Reason: %2

This cannot be undone: the identity can never sign again, and it would have to be enrolled anew, with new keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ins&amp;titutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioners &amp;&amp; no&amp;des</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsidy pro&amp;grams</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::AlertModel</name>
    <message>
        <source>Enter or double-click to see this district&apos;s cases of the disease around that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mean daily count of the method&apos;s 7-day baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method&apos;s statistic on that day; it alerts when above the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::AlertsPage</name>
    <message>
        <source>No alerts for %1 in %2 from %3 to %4 under %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) for %1 in %2 from %3 to %4 under %5. Enter on one shows its district&apos;s cases of that disease around that day.</source>
        <translation>
            <numerusform>%n alert for %1 in %2 from %3 to %4 under %5. Enter on it shows its district&apos;s cases of that disease around that day.</numerusform>
            <numerusform>%n alerts for %1 in %2 from %3 to %4 under %5. Enter on one shows its district&apos;s cases of that disease around that day.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outbreak alerts, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alerts could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for alerts for %1 in %2 from %3 to %4 under %5…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::AmendmentListModel</name>
    <message>
        <source>Record of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::AmendmentsPage</name>
    <message>
        <source>A doctor can correct a record only with your consent. Compare each proposed amendment with the version in force, then confirm it (it replaces that version) or reject it (the record stays as it is).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the amendment: it becomes the version in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the amendment: the record stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No amendments are waiting for your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 proposes to amend your record of %2 at %3 (proposed %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the amendment %1 proposed to your record of %2? The amended version replaces the one in force; the original stays in the record&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirming the amendment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejecting the amendment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amendment could not be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amendment could not be rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::AuthoredAmendmentModel</name>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending: the patient has not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by the patient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::AuthoredAmendmentsPage</name>
    <message>
        <source>Amendments you proposed take effect only when the patient confirms them. Press Enter on one to show its patient and record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::BreakGlassPage</name>
    <message>
        <source>No emergency accesses from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n emergency access(es) from %1 to %2: practitioners who read a patient&apos;s records without their grant, giving a reason.</source>
        <translation>
            <numerusform>%n emergency access from %1 to %2: a practitioner who read a patient&apos;s records without their grant, giving a reason.</numerusform>
            <numerusform>%n emergency accesses from %1 to %2: practitioners who read a patient&apos;s records without their grant, giving a reason.</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;mergency accesses, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::CreateProgramDialog</name>
    <message>
        <source>Name the program as patients will see it in their wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the ICD-10 catalog: %1. Use codes such as E11.9, or three-character categories such as E11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A program takes at most %1 codes; use three-character categories to cover several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the most one payment may be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount per record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap per patient: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cap per patient is less than one payment (%1). Raise it, or leave it empty for no cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the authority&apos;s balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the ICD-10 catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No codes: every record of an enrolled patient qualifies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a Subsidy Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program pays each enrolled patient a fixed amount for every qualifying record, from its pool, until the pool or the patient&apos;s cap runs out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICD-10 c&amp;odes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. E10, E11 (empty: any diagnosis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount per record (¥):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;p per patient (¥):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Funding (¥):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authority&apos;s account holds %1; the funding moves from it into the program&apos;s pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::DailyCasesChart</name>
    <message>
        <source>Cases by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::DashboardExportButton</name>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the dashboard as shown — counts, alerts, findings and charts — as a spreadsheet (CSV) or a report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a spreadsheet (&amp;CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a report (&amp;PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::DashboardExporter</name>
    <message>
        <source>Export the dashboard as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the dashboard as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>surveillance-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>surveillance-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::DemoNetworkSetup</name>
    <message>
        <source>%1 is not empty and holds no demo network (it has no network.json). Move it away, or give another folder with --datadir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the unfinished demo in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the medical catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the population and a year of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo network could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the new demo from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo node in %1 stopped (exit code %2):
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s node could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s node stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::DeskView</name>
    <message>
        <source>Registration desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a patient from the request their device made (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This institution&apos;s practitioners and nodes (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue invoices and follow the ones issued (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts (Ctrl+/)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::DiagnosisSection</name>
    <message>
        <source>Type an ICD-10 code or part of a diagnosis, then pick it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an ICD-10 code. Pick one from the list (it matches codes and titles in English and Chinese).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnosis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICD-10 code or title, English or Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::DirectoryPanel</name>
    <message>
        <source>An identity id is 64 hexadecimal digits (0–9, a–f), as the identity&apos;s details show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s), %1 active</source>
        <translation>
            <numerusform>%n institution, %1 active</numerusform>
            <numerusform>%n institutions, %1 active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practitioner(s) and node(s), %1 active</source>
        <translation>
            <numerusform>%n practitioner and node, %1 active</numerusform>
            <numerusform>%n practitioners and nodes, %1 active</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Match:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, kind or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, institution or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enroll institution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll a new institution and write its keystore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the selected identity, with a reason; it cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any identit&amp;y (64 hex digits):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. a patient&apos;s id, from their records or a grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rev&amp;oke by id…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::DiseaseCountModel</name>
    <message>
        <source>Enter or double-click to see the categories of this chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::DoctorView</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records of this patient you may read (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new record (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed amendments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendments you proposed and the patients&apos; answers (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts (Ctrl+/)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::EmergencyAccessDialog</name>
    <message>
        <source>The reason will be recorded exactly as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason of at least %1 characters (%2 so far).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency access (break-glass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;EMERGENCY ACCESS — BREAK-GLASS&lt;/b&gt;&lt;br/&gt;You are about to read the records of %1 without their permission. This is recorded on the chain with your name and your reason, shown to the patient as an emergency access, and reported to the regulator. Use it only when the patient&apos;s care cannot wait for their consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconscious on arrival at the emergency department; history of medication needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declare emergency access</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::EmergencyModel</name>
    <message>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-glass access: read without the patient&apos;s grant, with the reason given. The patient was told too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::EncounterFields</name>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chief complaint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the patient&apos;s words: fever and cough for three days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the amendment (&amp;why):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: the patient reads it before confirming</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::EncounterForm</name>
    <message>
        <source>Submit or cancel the amendment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form holds a draft that has not been submitted. Discard it and amend the record instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a patient first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft is for %1. Select %1 again to submit it, or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the amendment: the patient reads it before confirming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amendment changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encounter time is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish or clear the line being typed in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing and sending the amendment for %1… (waiting for the next block)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amendment was not proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing and sending the record for %1… (waiting for the next block)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment proposed to %1; it takes effect when they confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record added to the chain for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this amendment? The record stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this encounter? Nothing has been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a patient to write an encounter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment of the record of %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New encounter for %1 (ID %2…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft is for %1, not for the patient selected now. Select %1 again to submit it, or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the draft (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and su&amp;bmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign with your key and send to the chain (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::EncounterSection</name>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the list (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected line (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::EnrollDialogBase</name>
    <message>
        <source>MedChain keystores (*.mcid);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::EnrollInstitutionDialog</name>
    <message>
        <source>%1, %2</source>
        <comment>district, city</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>district code and place</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six digits (GB/T 2260), e.g. 340104; or type a place&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in this program&apos;s list of places; check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the institution&apos;s name as on its licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the institution&apos;s district, or type its six-digit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a district code: six digits, e.g. 340104.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The institution&apos;s representative types it again, twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll an Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The institution gets a keystore of its own: its keys, and the network&apos;s registration key its desk needs to register patients. Hand it over on a removable drive, never by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 340104, or a district&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key&amp;store file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The institution&apos;s representative types the passphrase themselves, twice (at least %n characters). It opens the institution&apos;s keystore; no one else should know it.</source>
        <translation>
            <numerusform>The institution's representative types the passphrase themselves, twice (at least %n characters). It opens the institution's keystore; no one else should know it.</numerusform>
            <numerusform>The institution's representative types the passphrase themselves, twice (at least %n characters). It opens the institution's keystore; no one else should know it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>medchain::ui::EnrollPractitionerDialog</name>
    <message>
        <source>Type the practitioner&apos;s name as on their licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the practitioner&apos;s licence number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the practitioner&apos;s keystore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The practitioner types it again, twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll a Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practitioner gets a keystore of their own: their keys, and the network&apos;s registration key their records need. Hand it over on their workstation or on a removable drive, never by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licence number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Specialty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Respiratory medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keystore file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Turn the screen to the practitioner: they type the passphrase themselves, twice (at least %n characters). It opens their keystore; no one else should know it.</source>
        <translation>
            <numerusform>Turn the screen to the practitioner: they type the passphrase themselves, twice (at least %n character). It opens their keystore; no one else should know it.</numerusform>
            <numerusform>Turn the screen to the practitioner: they type the passphrase themselves, twice (at least %n characters). It opens their keystore; no one else should know it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>medchain::ui::ExamSection</name>
    <message>
        <source>Type an exam&apos;s code or name, then pick it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an exam of the catalog. Pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is ordered already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code or name, English or Chinese</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::FeeSection</name>
    <message>
        <source>Name the fee, such as “Registration”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount in yuan, such as 15 or 15.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee ite&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (¥):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15.00</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::FindingModel</name>
    <message>
        <source>%1
Enter or double-click to trace the record and export its evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily dose, the days since the same exam, or the record&apos;s fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drug&apos;s maximum daily dose, the repeated-exam window, or the fees its peers allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug, exam or diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::FindingsPage</name>
    <message>
        <source> day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for records that break the rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the year up to the newest record</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) flagged for %1 in %2, %3.</source>
        <translation>
            <numerusform>%n record flagged for %1 in %2, %3.</numerusform>
            <numerusform>%n records flagged for %1 in %2, %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown.</source>
        <translation>
            <numerusform>%n shown.</numerusform>
            <numerusform>%n shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>A finding is a reason to look, not a verdict: Enter on one traces its record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each record in the dashboard&apos;s window, region and disease is checked against three rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many days back the same exam for the same patient counts as repeated; 0 turns the rule off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged r&amp;ecords, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::GrantDialog</name>
    <message>
        <source>As asked: until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick who may read your records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one kind of record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an end date within a year from today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may read: %2, until %3. You can revoke this at any time; what they have already read stays read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer an access request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who asks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who may read your records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, institution or specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they may read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All my records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records of these &amp;kinds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records they asked for (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For how &amp;long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grant access</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::GrantListModel</name>
    <message>
        <source>Revoking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they may read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::InvoicesPage</name>
    <message>
        <source>The invoices could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoices issued yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s); open: %1, %2 unpaid.</source>
        <translation>
            <numerusform>%n invoice; open: %1, %2 unpaid.</numerusform>
            <numerusform>%n invoices; open: %1, %2 unpaid.</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued invoices (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::IssueInvoiceForm</name>
    <message>
        <source>%1 · region %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a patient&apos;s identity, pseudonym or national ID first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registered patient matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patients match: pick one with the arrow keys.</source>
        <translation>
            <numerusform>%n patient matches: pick it with the arrow keys.</numerusform>
            <numerusform>%n patients match: pick one with the arrow keys.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find the patient first: type their identity, pseudonym or national ID and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice must be for more than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount in yuan, for example 25 or 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue an Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue this invoice?

Patient: %1
Fee: %2
Amount: %3

The patient sees it in their wallet and pays it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing %1… (waiting for the chain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice issued: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice of %1 was not issued: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient id, pseudonym or national ID, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (¥):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 25.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iss&amp;ue invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the invoice to the patient (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to search the chain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::IssuedInvoiceModel</name>
    <message>
        <source>Identity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the encounter of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::LockPage</name>
    <message>
        <source>MedChain is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session of %1 (%2) is locked: its keys have been wiped from memory. Type the passphrase to continue where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch Identity…</source>
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
        <source>&amp;Open Keystore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Patient Identity…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::NetworkPage</name>
    <message>
        <source>The network&apos;s state could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the network&apos;s state…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This replica holds no blocks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This replica is at block %1, committed %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block hash %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n validator(s) signing recently, with %2 of %3 voting power.</source>
        <translation>
            <numerusform>%1 of %n validator signing recently, with %2 of %3 voting power.</numerusform>
            <numerusform>%1 of %n validators signing recently, with %2 of %3 voting power.</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocks need more than two thirds of the power: the network can go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks need more than two thirds of the power: the network may stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No double votes recorded on chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n double vote(s) recorded on chain: a validator signed two different blocks at one height.</source>
        <translation>
            <numerusform>%n double vote recorded on chain: a validator signed two different blocks at one height.</numerusform>
            <numerusform>%n double votes recorded on chain: a validator signed two different blocks at one height.</numerusform>
        </translation>
    </message>
    <message>
        <source>No peers connected: this node runs alone, or cannot reach the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validators of the current set (red: silent or behind; see the tooltip):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected p&amp;eers of this node:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::NetworkStatus</name>
    <message>
        <source>No network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting node…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s)</source>
        <translation>
            <numerusform>%n peer</numerusform>
            <numerusform>%n peers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · catching up: height %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · height %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No peer is connected: the replica may be behind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::NewIdentityDialog</name>
    <message>
        <source>Choose where to save the keystore and the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keystore and the request need two different files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file: an existing keystore is never replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making your keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Your identity &lt;b&gt;%1&lt;/b&gt; is made.&lt;/p&gt;&lt;p&gt;Take &lt;b&gt;%2&lt;/b&gt; (it holds only public keys) and your identity card to a hospital&apos;s registration desk. Once they have registered you, open &lt;b&gt;%3&lt;/b&gt; with File ▸ Open Keystore… and your passphrase.&lt;/p&gt;&lt;p&gt;Keep the keystore and your passphrase safe: nobody, not even the hospital, can recover them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Patient Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your keys are made on this computer and never leave it. MedChain writes your keystore, locked by your passphrase, and a small registration request for the hospital&apos;s desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keystore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quest for the desk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MedChain keystores (*.mcid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration requests (*.mcreq)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::NewPassphraseFields</name>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>The passphrase needs at least %n character.</numerusform>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::PartyTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>region name (code)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked on chain: this identity can no longer sign or read anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::PassphraseForm</name>
    <message>
        <source>Type the keystore&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the keystore…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::PatientHeader</name>
    <message>
        <source>No patient selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a patient on the left (Ctrl+F).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency (break-glass) access in force: every record you open is shown to the patient and the regulator as an emergency read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access granted to your institution until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access granted to you until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked for access; the patient has not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access: you see only the records you wrote. Request access, or declare an emergency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMERGENCY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;urpose of reading:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded with every record you open; the patient sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New encounter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new record for this patient (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::PatientHistory</name>
    <message>
        <source>Opening the record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording your reading of the record of %1 on the chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading of the record of %1 was not receipted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reading of the record of %1 was receipted on chain; the patient sees it in their access log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a patient to see the records you may read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no records of this patient that you may read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or click a record to open it. Each opening is recorded on the chain with the purpose chosen above, and the patient sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose a corrected version; it takes effect when the patient confirms it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the author can amend a record, one proposal at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the selected record in full (Enter); the read is receipted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose &amp;amendment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::PatientListModel</name>
    <message>
        <source>%1
Identity: %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMERGENCY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency (break-glass) access in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access granted to your institution until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access granted to you until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked for access; no answer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access: request it, or declare an emergency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::PatientLookup</name>
    <message>
        <source>Your patients could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your patients matches; searching all patients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active patient matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) found on the chain.</source>
        <translation>
            <numerusform>%n patient found on the chain.</numerusform>
            <numerusform>%n patients found on the chain.</numerusform>
        </translation>
    </message>
    <message>
        <source>You asked already; the patient has not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the selected patient for access to their records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 for access… (waiting for the chain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has your request and will answer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaring emergency access to %1… (waiting for the chain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency access to %1 was not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency access to %1 is recorded; the patient and the regulator are told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;patient (Ctrl+F):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or identity (64 hex digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quest access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emer&amp;gency access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-glass access with a stated reason, recorded and shown to the patient and the regulator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::PatientView</name>
    <message>
        <source>&amp;Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mendments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mendments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes your doctors proposed to your records, waiting for your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may read your records, who asked, and who did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wallet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::PeerModel</name>
    <message>
        <source>Validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n behind)</source>
        <translation>
            <numerusform>%1 (%n behind)</numerusform>
            <numerusform>%1 (%n behind)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n ahead)</source>
        <translation>
            <numerusform>%1 (%n ahead)</numerusform>
            <numerusform>%1 (%n ahead)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) behind this replica: it is catching up, or cannot keep up.</source>
        <translation>
            <numerusform>%n block behind this replica: it is catching up, or cannot keep up.</numerusform>
            <numerusform>%n blocks behind this replica: it is catching up, or cannot keep up.</numerusform>
        </translation>
    </message>
    <message>
        <source>Identity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks this peer sent that this node checked and applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks applied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::PendingActions</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without keyboard or mouse input for this long, the session locks: its keys are wiped from memory until the passphrase is typed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeated exams:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encounter form warns a doctor who orders an exam the patient already had within this many days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::PrescriptionSection</name>
    <message>
        <source>Type a drug&apos;s name or ATC code, then pick it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the dose per administration in mg, such as 500 or 62.5 (at most three decimals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the catalog: the maximum daily dose cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;rug:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or ATC code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;se (mg):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::ProgramModel</name>
    <message>
        <source>Any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less than one payment is left: the program pays nothing more until it is funded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Enough for %n more payment(s).</source>
        <translation>
            <numerusform>Enough for %n more payment.</numerusform>
            <numerusform>Enough for %n more payments.</numerusform>
        </translation>
    </message>
    <message>
        <source>Program %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICD-10 codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pays per record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap per patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::ProgramsPanel</name>
    <message>
        <source>The authority&apos;s account holds %1, which funds new programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subsidy program paid from the authority&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::ProgressPage</name>
    <message>
        <source>Preparing the demo network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first start makes a synthetic health network in your data folder: a year of care for 200 patients, committed block by block. Later starts reuse it and take a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting your node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer keeps its own encrypted copy of the chain and brings it up to date from its peers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::RecordExporter</name>
    <message>
        <source>Export records as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medical-records-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export dispute evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record-%1-%2.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MedChain evidence (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::RecordTimelineModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::RecordsPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis, doctor, institution, complaint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected records as a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected record&apos;s dispute evidence, which anyone can verify offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no records yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s) shown</source>
        <translation>
            <numerusform>%1 of %n record shown</numerusform>
            <numerusform>%1 of %n records shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::RegionBreadcrumb</name>
    <message>
        <source>Back up to %1 (Backspace goes up one level)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::RegionCasesChart</name>
    <message>
        <source>Cases by region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No regions below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::RegionCountModel</name>
    <message>
        <source>Enter or double-click to see the regions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::RegisterPatientPage</name>
    <message>
        <source>Import Registration Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration requests (*.mcreq);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used: %2 Ask the patient to make a new request on their device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These keys are already registered: %1 is on the chain. The patient can open their keystore in MedChain now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering %1… (waiting for the chain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is registered. The patient can now open their keystore in MedChain on their own device (File ▸ Open Keystore…) with the passphrase they chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not registered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration request from the patient&apos;s device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Im&amp;port request file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .mcreq file the patient&apos;s MedChain wrote when they made their identity (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read these digits to the patient: their MedChain shows the same on the screen where they made the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request made:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity document (checked in person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;National ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident ID card or passport number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it from the card in front of you. The chain keeps only a salted hash of it, so no one can register the same person twice; the number itself is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 340104</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s region (administrative division code); the last one used is kept for the next patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register this patient on the chain (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::RegulatorDashboard</name>
    <message>
        <source>&amp;Surveillance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases by day, region and disease (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alerts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days on which a disease rose above its baseline in a district (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Break-glass (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Break-glass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency reads of patients&apos; records without their grant (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::RegulatorView</name>
    <message>
        <source>The supervision summaries could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts (Ctrl+/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the supervision summaries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>read up to block %1 · %Ln summary(ies)</source>
        <translation>
            <numerusform>read up to block %1 · %Ln summary</numerusform>
            <numerusform>read up to block %1 · %Ln summaries</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 unreadable</source>
        <comment>summaries that could not be decrypted</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summaries not sealed to this identity&apos;s key, or damaged, are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;ndings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;ndings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records that break a supervision rule: overdoses, repeated exams, fees far above their peers (Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record tra&amp;il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the chain says about a record, for a dispute, with its evidence (Ctrl+5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validators&apos; newest commits and this node&apos;s peers (Ctrl+6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants &amp;&amp; programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll and revoke institutions and practitioners, change the validator set, create subsidy programs (Ctrl+7)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::RevokeDialog</name>
    <message>
        <source>identity %1, which is no institution, practitioner or node this replica knows (a patient, perhaps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason: it is recorded on chain with the revocation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke an Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke %1? From the next block on it can sign nothing, and peers refuse its node certificate. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. licence withdrawn, key lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::RolePicker</name>
    <message>
        <source>Log in to the demo network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the keystore of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick whom to be: each identity&apos;s keystore opens with the demo&apos;s published passphrase, %1. Use File ▸ Switch Identity to come back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::SaveFileField</name>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::Shell</name>
    <message>
        <source>Starting the demo&apos;s nodes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo network has no identity with the role &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Keystore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MedChain keystores (*.mcid);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your replica could not be opened for reading: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the replica in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your node in %1 could not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your node stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::StaffPage</name>
    <message>
        <source>The staff list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolling %1: writing their keystore, then waiting for the chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is enrolled. Their keystore is %2: hand it to them on their workstation or a removable drive; they open it in MedChain with the passphrase they typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not enrolled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n active practitioner(s)</source>
        <translation>
            <numerusform>%n active practitioner</numerusform>
            <numerusform>%n active practitioners</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fil&amp;ter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, specialty or licence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enroll practitioner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll a practitioner of this institution and write their keystore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::SurveillanceFilters</name>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day counted; by default the day of the newest summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disease:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count every category of the chapter again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::SurveillancePage</name>
    <message>
        <source>%1 · %2 · %3 to %4: %5 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By re&amp;gion (Enter to drill in, Backspace to go up):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By dis&amp;ease (Enter to narrow down):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::TracePage</name>
    <message>
        <source>Paste a record&apos;s id, or the id of one of its amendments, answers or access receipts: 64 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an id: an id has 64 hexadecimal digits (0–9, a–f).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1. Anyone can check it offline: medchain-cli evidence verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Verified — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Verified — %1, signed by validators %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its evidence checks offline: the transaction signed by %1, in the block&apos;s Merkle tree, the block committed by more than two thirds of the validators, their certificates up to the network&apos;s root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no proof was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record or transaction id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>64 hexadecimal digits, from a finding, a receipt or evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everything the chain says about the record (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vents, oldest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected event&apos;s dispute evidence (the record&apos;s creation when none is selected), which anyone can verify offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::TrailEventModel</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-glass declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose or reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::UnlockDialog</name>
    <message>
        <source>Open Keystore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase of the %1 keystore %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase of %1 (%2), keystore %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::ValidatorHealthModel</name>
    <message>
        <source>%1 (%2%)</source>
        <comment>voting power and its share of the whole set</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>none in the newest %n block(s)</source>
        <translation>
            <numerusform>none in the newest %n block</numerusform>
            <numerusform>none in the newest %n blocks</numerusform>
        </translation>
    </message>
    <message>
        <source>block %1 (the newest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>block %1, %n block(s) ago</source>
        <translation>
            <numerusform>block %1, %n block ago</numerusform>
            <numerusform>block %1, %n blocks ago</numerusform>
        </translation>
    </message>
    <message>
        <source>none recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected, at block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Signed no commit in the newest %n block(s) this replica holds: it may be down, cut off from the others, or not caught up.</source>
        <translation>
            <numerusform>Signed no commit in the newest %n block this replica holds: it may be down, cut off from the others, or not caught up.</numerusform>
            <numerusform>Signed no commit in the newest %n blocks this replica holds: it may be down, cut off from the others, or not caught up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its newest signature is %n block(s) behind the tip: it is missing votes.</source>
        <translation>
            <numerusform>Its newest signature is %n block behind the tip: it is missing votes.</numerusform>
            <numerusform>Its newest signature is %n blocks behind the tip: it is missing votes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has shown this node block %1 only, %n block(s) behind: it is falling behind.</source>
        <translation>
            <numerusform>It has shown this node block %1 only, %n block behind: it is falling behind.</numerusform>
            <numerusform>It has shown this node block %1 only, %n blocks behind: it is falling behind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Identity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to this node now; it may still vote through other peers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::ValidatorSetModel</name>
    <message>
        <source>%1 (%2%)</source>
        <comment>voting power and its share of the whole set</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signing or connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>power was %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up: it signed one of the newest blocks, or is a peer of this node and caught up. Blocks need validators up with more than two thirds of the power.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::ValidatorsPanel</name>
    <message>
        <source>%1 — %2</source>
        <comment>node — its institution</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this validator set? It replaces the whole set from the next block on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the Validator Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The set cannot be empty: without validators no block is ever made again. Add a node, or reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the set on chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validators make and sign the blocks. Each has a voting power; a block needs the signatures of validators holding more than two thirds of it, so the set keeps going while less than a third is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ode to add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to s&amp;et</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Po&amp;wer of the selected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the set on chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appl&amp;y validator set…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::WalletFundDialog</name>
    <message>
        <source>There is no fund to subscribe to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You hold no fund shares to redeem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what your holding is worth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe to the savings fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeem fund shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fund:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (¥):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 100.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ll my balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ll of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fund is offered on this network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You hold no fund shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by %1. Your balance is %2; you hold %3 shares worth %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You hold %1 shares worth %2. The shares that cover the amount are sold, rounded up to a whole share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redeem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::WalletHistoryModel</name>
    <message>
        <source>Your share of the fund&apos;s yield: it raised the value of your holding; your balance did not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::WalletInvoiceModel</name>
    <message>
        <source>Paying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::WalletPage</name>
    <message>
        <source>Your wallet could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fund holds %1 in %2 shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an open invoice to pay it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invoice is being paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balance (%1) is less than this invoice (%2): top up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no money to withdraw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You hold no fund shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay an invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay %1 to %2?

For: %3
Your balance after paying: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying %1 to %2… (waiting for the chain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice of %1 was not paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawing %1… (waiting for the chain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribing %1 to the fund… (waiting for the chain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription of %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeeming %1 from the fund… (waiting for the chain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redemption of %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Top up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ithdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subscribe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;edeem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open invoice(s), %1 in all.</source>
        <translation>
            <numerusform>%n open invoice, %1 in all.</numerusform>
            <numerusform>%n open invoices, %1 in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::WalletTopUpDialog</name>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money comes into your wallet through a payment gateway: pay the gateway in its own app or at its counter and give it your account number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;account number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment gateway is enrolled on this network yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateways on this network: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balance rises once the gateway confirms the payment on the chain; this window sends nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medchain::ui::WalletWithdrawDialog</name>
    <message>
        <source>There is no payment gateway to withdraw through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment gateway is enrolled on this network, so nothing can be withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway pays the amount out to you, quoting the reference below. Your balance is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (¥):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 100.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
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
