// Certificates made elsewhere, for the X.509 tests: published vectors and certificates made with
// the openssl command-line tool, so MedChain's parser is checked against other implementations.
#pragma once

namespace vectors {

// RFC 8410 §10.2 "Example X25519 Certificate": signed with Ed25519, but it certifies an X25519
// key, which MedChain must refuse. (Its extensions spell out DEFAULT FALSE booleans, which DER
// forbids; OpenSSL still parses it.)
inline constexpr char kRfc8410X25519Certificate[] = R"pem(-----BEGIN CERTIFICATE-----
MIIBLDCB36ADAgECAghWAUdKKo3DMDAFBgMrZXAwGTEXMBUGA1UEAwwOSUVURiBUZX
N0IERlbW8wHhcNMTYwODAxMTIxOTI0WhcNNDAxMjMxMjM1OTU5WjAZMRcwFQYDVQQD
DA5JRVRGIFRlc3QgRGVtbzAqMAUGAytlbgMhAIUg8AmJMKdUdIt93LQ+91oNvzoNJj
ga9OukqY6qm05qo0UwQzAPBgNVHRMBAf8EBTADAQEAMA4GA1UdDwEBAAQEAwIDCDAg
BgNVHQ4BAQAEFgQUmx9e7e0EM4Xk97xiPFl1uQvIuzswBQYDK2VwA0EAryMB/t3J5v
/BzKc9dNZIpDmAgs3babFOTQbs+BolzlDUwsPrdGxO3YNGhW7Ibz3OGhhlxXrCe1Cg
w1AH9efZBw==
-----END CERTIFICATE-----
)pem";

// RFC 8410 §10.3 private key (the seed) and §10.1 public key that belongs to it.
inline constexpr char kRfc8410SeedHex[]
    = "d4ee72dbf913584ad5b6d8f1f769f8ad3afe7c28cbf1d4fbe097a88f44755842";
inline constexpr char kRfc8410PublicKeyHex[]
    = "19bf44096984cdfe8541bac167dc3b96c85086aa30b6b6cb0c5c38ad703166e1";

// Made with OpenSSL 3.0.22's command-line tool from the RFC 8410 key above:
//   openssl req -x509 -new -key rfc8410.pem -utf8 -days 9000 -set_serial 0x4d6564436861696e
//     -subj "/ST=CN-SH/O=上海市卫生健康委员会/OU=authority/CN=MedChain Interop Authority"
//   with basicConstraints=critical,CA:TRUE,pathlen:1, keyUsage=critical,keyCertSign,cRLSign,
//   subjectKeyIdentifier=hash. Expected values below are what `openssl x509 -text` printed;
//   notAfter is a GeneralizedTime (year 2051).
inline constexpr char kOpensslAuthority[] = R"pem(-----BEGIN CERTIFICATE-----
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
)pem";
inline constexpr char kOpensslAuthorityNotBefore[] = "2026-11-23T21:33:10Z";
inline constexpr char kOpensslAuthorityNotAfter[] = "2051-07-15T21:33:10Z";
inline constexpr char kOpensslAuthoritySerialHex[] = "4d6564436861696e";
inline constexpr char kOpensslAuthoritySha256[]
    = "6589c547f92edc49ce1c5b96611ff30c49940834ed816caf9ce020abf25c7fe2";

// Also made with the openssl tool: Ed25519 CAs outside MedChain's profile (a patient that claims
// to be a CA; an OU that is no MedChain role).
inline constexpr char kOpensslPatientCa[] = R"pem(-----BEGIN CERTIFICATE-----
MIIBpDCCAVagAwIBAgIBBzAFBgMrZXAwWDEOMAwGA1UECAwFQ04tU0gxFTATBgNV
BAoMDFJvZ3VlIENsaW5pYzEQMA4GA1UECwwHcGF0aWVudDEdMBsGA1UEAwwUUGF0
aWVudCBQb3NpbmcgQXMgQ0EwHhcNMjYxMTIzMjEzNDAwWhcNMzYxMTIwMjEzNDAw
WjBYMQ4wDAYDVQQIDAVDTi1TSDEVMBMGA1UECgwMUm9ndWUgQ2xpbmljMRAwDgYD
VQQLDAdwYXRpZW50MR0wGwYDVQQDDBRQYXRpZW50IFBvc2luZyBBcyBDQTAqMAUG
AytlcAMhACqEGFjeZqBiW8CP/dk5pgWj1HUo98pL/b0yDaBL7tmvo0UwQzASBgNV
HRMBAf8ECDAGAQH/AgEAMA4GA1UdDwEB/wQEAwIBBjAdBgNVHQ4EFgQUX2o7cQk/
UsJ8YmqEZr5KXNEnPBQwBQYDK2VwA0EA1or2gJ6i7WnSiTeLTqFzeiH5fbaQ52UR
9B2Xw3+In3GkcmDJPLGVCb0kvMNbr3nR+rhTcqvMlfEYG60D4T5rCg==
-----END CERTIFICATE-----
)pem";
inline constexpr char kOpensslUnknownRole[] = R"pem(-----BEGIN CERTIFICATE-----
MIIBkjCCAUSgAwIBAgIBCDAFBgMrZXAwTzEOMAwGA1UECAwFQ04tU0gxFTATBgNV
BAoMDFJvZ3VlIENsaW5pYzEPMA0GA1UECwwGZG9jdG9yMRUwEwYDVQQDDAxVbmtu
b3duIFJvbGUwHhcNMjYxMTIzMjEzNDAwWhcNMzYxMTIwMjEzNDAwWjBPMQ4wDAYD
VQQIDAVDTi1TSDEVMBMGA1UECgwMUm9ndWUgQ2xpbmljMQ8wDQYDVQQLDAZkb2N0
b3IxFTATBgNVBAMMDFVua25vd24gUm9sZTAqMAUGAytlcAMhACqEGFjeZqBiW8CP
/dk5pgWj1HUo98pL/b0yDaBL7tmvo0UwQzASBgNVHRMBAf8ECDAGAQH/AgEAMA4G
A1UdDwEB/wQEAwIBBjAdBgNVHQ4EFgQUX2o7cQk/UsJ8YmqEZr5KXNEnPBQwBQYD
K2VwA0EAMwWY8XCSBXc91ICEul5mDoqD5OitQ/SHK8ydM/y27n/w+0ZIXfLeYgoQ
QTZ42fFx3PMlhRWjBl3hTyymTvYMCA==
-----END CERTIFICATE-----
)pem";

// ISRG Root X2 (Let's Encrypt, Mozilla root store): an ECDSA P-384 certificate.
inline constexpr char kIsrgRootX2[] = R"pem(-----BEGIN CERTIFICATE-----
MIICGzCCAaGgAwIBAgIQQdKd0XLq7qeAwSxs6S+HUjAKBggqhkjOPQQDAzBPMQsw
CQYDVQQGEwJVUzEpMCcGA1UEChMgSW50ZXJuZXQgU2VjdXJpdHkgUmVzZWFyY2gg
R3JvdXAxFTATBgNVBAMTDElTUkcgUm9vdCBYMjAeFw0yMDA5MDQwMDAwMDBaFw00
MDA5MTcxNjAwMDBaME8xCzAJBgNVBAYTAlVTMSkwJwYDVQQKEyBJbnRlcm5ldCBT
ZWN1cml0eSBSZXNlYXJjaCBHcm91cDEVMBMGA1UEAxMMSVNSRyBSb290IFgyMHYw
EAYHKoZIzj0CAQYFK4EEACIDYgAEzZvVn4CDCuwJSvMWSj5cz3es3mcFDR0HttwW
+1qLFNvicWDEukWVEYmO6gbf9yoWHKS5xcUy4APgHoIYOIvXRdgKam7mAHf7AlF9
ItgKbppbd9/w+kHsOdx1ymgHDB/qo0IwQDAOBgNVHQ8BAf8EBAMCAQYwDwYDVR0T
AQH/BAUwAwEB/zAdBgNVHQ4EFgQUfEKWrt5LSDv6kviejM9ti6lyN5UwCgYIKoZI
zj0EAwMDaAAwZQIwe3lORlCEwkSHRhtFcP9Ymd70/aTSVaYgLXTWNLxBo1BfASdW
tL4ndQavEi51mI38AjEAi/V3bNTIZargCyzuFJ0nN6T5U6VR5CmD1/iQMVtCnwr1
/q4AaOeMSQ+2b1tbFfLn
-----END CERTIFICATE-----
)pem";

// DigiCert Global Root CA (Mozilla root store): an RSA 2048 certificate.
inline constexpr char kDigiCertGlobalRootCa[] = R"pem(-----BEGIN CERTIFICATE-----
MIIDrzCCApegAwIBAgIQCDvgVpBCRrGhdWrJWZHHSjANBgkqhkiG9w0BAQUFADBh
MQswCQYDVQQGEwJVUzEVMBMGA1UEChMMRGlnaUNlcnQgSW5jMRkwFwYDVQQLExB3
d3cuZGlnaWNlcnQuY29tMSAwHgYDVQQDExdEaWdpQ2VydCBHbG9iYWwgUm9vdCBD
QTAeFw0wNjExMTAwMDAwMDBaFw0zMTExMTAwMDAwMDBaMGExCzAJBgNVBAYTAlVT
MRUwEwYDVQQKEwxEaWdpQ2VydCBJbmMxGTAXBgNVBAsTEHd3dy5kaWdpY2VydC5j
b20xIDAeBgNVBAMTF0RpZ2lDZXJ0IEdsb2JhbCBSb290IENBMIIBIjANBgkqhkiG
9w0BAQEFAAOCAQ8AMIIBCgKCAQEA4jvhEXLeqKTTo1eqUKKPC3eQyaKl7hLOllsB
CSDMAZOnTjC3U/dDxGkAV53ijSLdhwZAAIEJzs4bg7/fzTtxRuLWZscFs3YnFo97
nh6Vfe63SKMI2tavegw5BmV/Sl0fvBf4q77uKNd0f3p4mVmFaG5cIzJLv07A6Fpt
43C/dxC//AH2hdmoRBBYMql1GNXRor5H4idq9Joz+EkIYIvUX7Q6hL+hqkpMfT7P
T19sdl6gSzeRntwi5m3OFBqOasv+zbMUZBfHWymeMr/y7vrTC0LUq7dBMtoM1O/4
gdW7jVg/tRvoSSiicNoxBN33shbyTApOB6jtSj1etX+jkMOvJwIDAQABo2MwYTAO
BgNVHQ8BAf8EBAMCAYYwDwYDVR0TAQH/BAUwAwEB/zAdBgNVHQ4EFgQUA95QNVbR
TLtm8KPiGxvDl7I90VUwHwYDVR0jBBgwFoAUA95QNVbRTLtm8KPiGxvDl7I90VUw
DQYJKoZIhvcNAQEFBQADggEBAMucN6pIExIK+t1EnE9SsPTfrgT1eXkIoyQY/Esr
hMAtudXH/vTBH1jLuG2cenTnmCmrEbXjcKChzUyImZOMkXDiqw8cvpOp/2PV5Adg
06O/nVsJ8dWO41P0jmP6P6fbtGbfYmbW0W5BjfIttep3Sp+dWOIrWcBAI+0tKIJF
PnlUkiaY4IBIqDfv8NZ5YBberOgOzW6sRBc4L0na4UU+Krk2U886UAb3LujEV0ls
YSEY1QSteDwsOoBrp+uvFRTp2InBuThs4pFsiv9kuXclVzDAGySj4dzp30d8tbQk
CAUw7C29C79Fv1C5qfPrmAESrciIxpg0X40KPMbp1ZWVbd4=
-----END CERTIFICATE-----
)pem";

} // namespace vectors
