#include "crypto/KnownAnswerVectors.h"

namespace medchain::crypto {

namespace {

constexpr Ed25519Vector kRfc8032Vectors[] = {
    {"RFC 8032 TEST 1", "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
     "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
     "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e3970"
     "1cf9b46bd25bf5f0595bbe24655141438e7a100b"},
    {"RFC 8032 TEST 2", "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
     "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72",
     "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613"
     "d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"},
    {"RFC 8032 TEST 3", "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
     "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025", "af82",
     "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760"
     "984dc6594a7c15e9716ed28dc027beceea1ec40a"},
    {"RFC 8032 TEST SHA(abc)", "833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42",
     "ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf",
     "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3"
     "feebbd454d4423643ce80e2a9ac94fa54ca49f",
     "dc2a4459e7369633a52b1bf277839a00201009a3efbf3ecb69bea2186c26b58909351fc9ac90b3ecfdfbc7c664"
     "31e0303dca179c138ac17ad9bef1177331a704"},
};

constexpr Sha256Vector kSha256Vectors[] = {
    {"SHA-256 empty", "", 1, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
    {"SHA-256 \"abc\"", "abc", 1,
     "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
    {"SHA-256 448 bits", "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 1,
     "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
};

constexpr HmacSha256Vector kRfc4231Vectors[] = {
    {"RFC 4231 test case 1", "0b", 20, "Hi There", 1,
     "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"},
    {"RFC 4231 test case 2", "4a656665", 1, "what do ya want for nothing?", 1,
     "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"},
    {"RFC 4231 test case 3", "aa", 20, "\xdd", 50,
     "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"},
    {"RFC 4231 test case 4", "0102030405060708090a0b0c0d0e0f10111213141516171819", 1, "\xcd", 50,
     "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"},
    {"RFC 4231 test case 6", "aa", 131, "Test Using Larger Than Block-Size Key - Hash Key First", 1,
     "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"},
    {"RFC 4231 test case 7", "aa", 131,
     "This is a test using a larger than block-size key and a larger than block-size data. The "
     "key needs to be hashed before being used by the HMAC algorithm.",
     1, "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"},
};

constexpr AeadVector kXChaCha20Poly1305Vectors[] = {
    {"draft-irtf-cfrg-xchacha-03 A.3.1",
     "808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f",
     "404142434445464748494a4b4c4d4e4f5051525354555657", "50515253c0c1c2c3c4c5c6c7",
     "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, "
     "sunscreen would be it.",
     "bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb731c7f1b0b4aa6440bf3a82f4"
     "eda7e39ae64c6708c54c216cb96b72e1213b4522f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76"
     "b2383565d3fff921f9664c97637da9768812f615c68b13b52e",
     "c0875924c1c7987947deafd8780acf49"},
};

constexpr X25519Vector kRfc7748Vectors[] = {
    {"RFC 7748 6.1", "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a",
     "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a",
     "5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb",
     "de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f",
     "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742"},
};

// At libsodium commit 58441ad2fdf6d18b51ec388285f2c45771fc0a73 (later commits changed tv2's
// memory limit and outputs together); the .c file lists a 32-byte salt but reads 16 bytes of it.
constexpr Argon2idVector kArgon2idVectors[] = {
    {"libsodium argon2id tv2[1]",
     "a347ae92bce9f80f6f595a4480fc9c2fe7e7d7148d371e9487d75f5c23008ffae065577a928febd9b1973a"
     "5a95073acdbeb6a030cfc0d79caa2dc5cd011cef02c08da232d76d52dfbca38ca8dcbd665b17d1665f7cf5"
     "fe59772ec909733b24de97d6f58d220b20c60d7c07ec1fd93c52c31020300c6c1facd77937a597c7a6",
     "5541fbc995d5c197ba290346d2c559de", 3, 1397645,
     "34b207147fb7ef83e1ca1a97e30aa6e08ea9b6b1048c59c9c13050dff33e76ce3c440d7f018f817e6b8593"
     "e78f339ba633b9d7ec3519b5eafbcc4bc2d20b5136bbc7e5b7e92ff37d024bbbecf5738f718ab22c8adcdb"
     "82ceffc233b8ad61f91850abdfe8bb119775d9c4243ec1ac761dfbd132489228dfeab5268c7f0ddc29f56b"
     "957d1b76c874cdd77e16139e0df9b847248fd782c9a1147b8480"},
};

constexpr const char *kCtMerkleLeafHex[] = {"",
                                            "00",
                                            "10",
                                            "2021",
                                            "3031",
                                            "40414243",
                                            "5051525354555657",
                                            "606162636465666768696a6b6c6d6e6f"};

constexpr MerkleRootVector kCtMerkleRootVectors[] = {
    {"CT root of 0 leaves", 0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
    {"CT root of 1 leaf", 1, "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"},
    {"CT root of 2 leaves", 2, "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"},
    {"CT root of 3 leaves", 3, "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77"},
    {"CT root of 4 leaves", 4, "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"},
    {"CT root of 5 leaves", 5, "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4"},
    {"CT root of 6 leaves", 6, "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef"},
    {"CT root of 7 leaves", 7, "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c"},
    {"CT root of 8 leaves", 8, "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"},
};

// Made with OpenSSL 3.0.22's command-line tool from the RFC 8410 §10.3 key (whose public half is
// RFC 8410 §10.1's):
//   openssl req -x509 -new -key rfc8410.pem -utf8 -days 9000 -set_serial 0x4d6564436861696e
//     -subj "/ST=CN-SH/O=上海市卫生健康委员会/OU=authority/CN=MedChain Interop Authority"
//   with basicConstraints=critical,CA:TRUE,pathlen:1, keyUsage=critical,keyCertSign,cRLSign,
//   subjectKeyIdentifier=hash. Expected values are what `openssl x509 -text` printed; notAfter
//   is a GeneralizedTime (year 2051).
constexpr CertificateVector kCertificateVectors[] = {
    {"OpenSSL-made MedChain authority",
     R"pem(-----BEGIN CERTIFICATE-----
MIIB4TCCAZOgAwIBAgIITWVkQ2hhaW4wBQYDK2VwMHIxDjAMBgNVBAgMBUNOLVNI
MScwJQYDVQQKDB7kuIrmtbfluILljavnlJ/lgaXlurflp5TlkZjkvJoxEjAQBgNV
BAsMCWF1dGhvcml0eTEjMCEGA1UEAwwaTWVkQ2hhaW4gSW50ZXJvcCBBdXRob3Jp
dHkwIBcNMjYxMTIzMjEzMzEwWhgPMjA1MTA3MTUyMTMzMTBaMHIxDjAMBgNVBAgM
BUNOLVNIMScwJQYDVQQKDB7kuIrmtbfluILljavnlJ/lgaXlurflp5TlkZjkvJox
EjAQBgNVBAsMCWF1dGhvcml0eTEjMCEGA1UEAwwaTWVkQ2hhaW4gSW50ZXJvcCBB
dXRob3JpdHkwKjAFBgMrZXADIQAZv0QJaYTN/oVBusFn3DuWyFCGqjC2tssMXDit
cDFm4aNFMEMwEgYDVR0TAQH/BAgwBgEB/wIBATAOBgNVHQ8BAf8EBAMCAQYwHQYD
VR0OBBYEFKKMwfhuWWDT4DrnXJYsl6jUSCk8MAUGAytlcANBANbEOIHuSykjQjnj
6q2VIYfhg1d71+4a0keBfl8Hr2bXeUSIbTd7Lf1L61u0jtN7tHeOQZc0Zah9IZ61
geQjkQE=
-----END CERTIFICATE-----
)pem",
     "d4ee72dbf913584ad5b6d8f1f769f8ad3afe7c28cbf1d4fbe097a88f44755842",
     "19bf44096984cdfe8541bac167dc3b96c85086aa30b6b6cb0c5c38ad703166e1",
     "MedChain Interop Authority", "4d6564436861696e", "2026-11-23T21:33:10Z",
     "2051-07-15T21:33:10Z", "6589c547f92edc49ce1c5b96611ff30c49940834ed816caf9ce020abf25c7fe2"},
};

} // namespace

std::span<const Ed25519Vector> rfc8032Vectors()
{
    return kRfc8032Vectors;
}

std::span<const Sha256Vector> sha256Vectors()
{
    return kSha256Vectors;
}

std::span<const HmacSha256Vector> rfc4231Vectors()
{
    return kRfc4231Vectors;
}

std::span<const AeadVector> xchacha20Poly1305Vectors()
{
    return kXChaCha20Poly1305Vectors;
}

std::span<const X25519Vector> rfc7748Vectors()
{
    return kRfc7748Vectors;
}

std::span<const Argon2idVector> argon2idVectors()
{
    return kArgon2idVectors;
}

std::span<const char *const> ctMerkleLeafHex()
{
    return kCtMerkleLeafHex;
}

std::span<const MerkleRootVector> ctMerkleRootVectors()
{
    return kCtMerkleRootVectors;
}

std::span<const CertificateVector> certificateVectors()
{
    return kCertificateVectors;
}

} // namespace medchain::crypto
