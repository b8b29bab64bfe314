// The per-peer session: the handshake and its failures, every limit with an injected clock
// (message and byte rates, memory, requests in flight, timeouts), and what each violation does.
#include "net/PeerProtocol.h"

#include "NetFixture.h"

#include <QTest>

using namespace medchain;
using namespace medchain::net;

namespace {
/// The messages in a run of frames (what a session wrote).
QList<Message> messagesIn(const QByteArray &stream)
{
    FrameReader reader;
    reader.feed(stream);
    QList<Message> messages;
    while (const auto payload = reader.next()) {
        const auto decoded = MessageCodec::decode(*payload);
        if (decoded.ok())
            messages.append(decoded.value());
    }
    return messages;
}

/// A session that has accepted the Hello of node 2 at time 0.
struct Connected {
    PeerProtocol session;
    explicit Connected(PeerLimits limits = {}) : session(fixture::configFor(1, limits), 0)
    {
        session.start();
        [[maybe_unused]] const PeerOutput out
            = session.receive(MessageCodec::frame(fixture::helloFrom(2)), 0);
        Q_ASSERT(session.state() == PeerProtocol::State::Established && out.messages.size() == 1);
    }
    PeerOutput feed(const Message &message, qint64 nowMs)
    {
        return session.receive(MessageCodec::frame(message), nowMs);
    }
};

void expectDisconnect(const PeerOutput &out, DisconnectReason reason, bool discourage)
{
    QVERIFY(out.disconnect.has_value());
    QCOMPARE(int(out.disconnect->reason), int(reason));
    QCOMPARE(out.disconnect->discourage, discourage);
    QVERIFY(!out.disconnect->detail.isEmpty());
    // The peer is told why, in a Goodbye, unless it is the one that left.
    const QList<Message> written = messagesIn(out.toSend);
    if (reason != DisconnectReason::PeerSaidGoodbye && reason != DisconnectReason::SendBacklog) {
        QVERIFY(!written.isEmpty());
        QVERIFY(written.last() == Message(Goodbye {reason}));
    }
}

TxInventory inventory()
{
    return TxInventory {{fixture::hashOf("tx")}};
}
} // namespace

Q_DECLARE_METATYPE(medchain::net::Hello)
Q_DECLARE_METATYPE(medchain::net::DisconnectReason)

class TestPeerProtocol : public QObject {
    Q_OBJECT
private slots:
    void twoNodesShakeHands()
    {
        PeerProtocol a(fixture::configFor(1), 0);
        PeerProtocol b(fixture::configFor(2), 0);
        const QByteArray helloA = a.start().toSend;
        const QByteArray helloB = b.start().toSend;
        QVERIFY(messagesIn(helloA) == QList<Message> {fixture::helloFrom(1)});

        // B gets A's Hello one byte at a time; nothing is delivered until it is whole.
        PeerOutput outB;
        for (qsizetype i = 0; i < helloA.size(); ++i) {
            outB = b.receive(helloA.sliced(i, 1), 5);
            QCOMPARE(outB.messages.isEmpty(), i + 1 < helloA.size());
        }
        QCOMPARE(b.state(), PeerProtocol::State::Established);
        QVERIFY(outB.messages.first() == Message(fixture::helloFrom(1)));
        QVERIFY(!outB.disconnect);

        const PeerOutput outA = a.receive(helloB, 5);
        QCOMPARE(a.state(), PeerProtocol::State::Established);
        QVERIFY(a.peerHello() == fixture::helloFrom(2));
        QVERIFY(!outA.disconnect);

        // Established: a message goes through, and a Ping is answered by the protocol itself.
        const auto sent = a.send(inventory(), 6);
        QVERIFY(sent.ok());
        const PeerOutput got
            = b.receive(QByteArray(sent.value() + MessageCodec::frame(Ping {9})), 6);
        QVERIFY(got.messages == QList<Message> {inventory()});
        QVERIFY(messagesIn(got.toSend) == QList<Message> {Pong {9}});
    }

    void aHelloThatDoesNotFitIsRefused_data()
    {
        QTest::addColumn<Hello>("hello");
        QTest::addColumn<DisconnectReason>("reason");
        QTest::addColumn<bool>("discourage");
        Hello hello = fixture::helloFrom(2);
        hello.chainId = QStringLiteral("medchain-test");
        QTest::newRow("other chain") << hello << DisconnectReason::WrongChain << true;
        hello = fixture::helloFrom(2);
        hello.genesisHash = fixture::hashOf("another genesis");
        QTest::newRow("other genesis") << hello << DisconnectReason::WrongGenesis << true;
        hello = fixture::helloFrom(2);
        hello.protocolVersion = 2;
        QTest::newRow("version 2") << hello << DisconnectReason::UnsupportedVersion << false;
        QTest::newRow("itself") << fixture::helloFrom(1) << DisconnectReason::SelfConnection
                                << false;
        QTest::newRow("not the certificate's node")
            << fixture::helloFrom(3) << DisconnectReason::IdentityMismatch << true;
    }
    void aHelloThatDoesNotFitIsRefused()
    {
        QFETCH(Hello, hello);
        QFETCH(DisconnectReason, reason);
        QFETCH(bool, discourage);
        PeerProtocol::Config config = fixture::configFor(1);
        config.authenticatedPeer = fixture::nodeKey(2);
        PeerProtocol session(config, 0);
        const PeerOutput out = session.receive(MessageCodec::frame(hello), 1);
        expectDisconnect(out, reason, discourage);
        QVERIFY(out.messages.isEmpty());
        QCOMPARE(session.state(), PeerProtocol::State::Closed);
        QVERIFY(!session.peerHello());
        // Closed is final: nothing more is read or delivered.
        const PeerOutput later = session.receive(MessageCodec::frame(fixture::helloFrom(2)), 2);
        QVERIFY(later.messages.isEmpty() && later.toSend.isEmpty() && !later.disconnect);
    }

    void theFirstMessageMustBeHello()
    {
        PeerProtocol session(fixture::configFor(1), 0);
        expectDisconnect(session.receive(MessageCodec::frame(inventory()), 0),
                         DisconnectReason::MessageBeforeHello, true);
    }

    void helloMustComeInTime()
    {
        PeerLimits limits;
        limits.helloTimeoutMs = 10'000;
        PeerProtocol session(fixture::configFor(1, limits), 1'000);
        QVERIFY(!session.tick(10'999).disconnect);
        expectDisconnect(session.tick(11'000), DisconnectReason::HandshakeTimeout, false);
    }

    void aLargeFrameBeforeHelloIsRefusedAtItsLength()
    {
        PeerProtocol session(fixture::configFor(1), 0);
        const QByteArray big = frame(QByteArray(2000, 'x'));
        const PeerOutput out = session.receive(big.first(4), 0);
        expectDisconnect(out, DisconnectReason::Oversized, true);
        QCOMPARE(session.bufferedBytes(), 0);

        // After the handshake the same frame size is fine (it is then a malformed message).
        Connected connected;
        expectDisconnect(connected.session.receive(big, 1), DisconnectReason::Malformed, true);
    }

    void violationsAfterTheHandshake_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<DisconnectReason>("reason");
        QTest::addColumn<bool>("discourage");
        QTest::newRow("garbage") << frame("garbage") << DisconnectReason::Malformed << true;
        QTest::newRow("unknown type")
            << frame(QByteArray::fromHex("a2001801 0105")) << DisconnectReason::Malformed << true;
        QTest::newRow("too many headers asked") << frame(QByteArray::fromHex("a3000401010219ffff"))
                                                << DisconnectReason::Oversized << true;
        QTest::newRow("second hello") << MessageCodec::frame(fixture::helloFrom(2))
                                      << DisconnectReason::DuplicateHello << true;
        QTest::newRow("headers nobody asked for")
            << MessageCodec::frame(Headers {}) << DisconnectReason::UnsolicitedResponse << true;
        QTest::newRow("blocks nobody asked for")
            << MessageCodec::frame(Blocks {}) << DisconnectReason::UnsolicitedResponse << true;
        QTest::newRow("pong without ping")
            << MessageCodec::frame(Pong {1}) << DisconnectReason::UnsolicitedResponse << true;
        QTest::newRow("goodbye") << MessageCodec::frame(Goodbye {DisconnectReason::Shutdown})
                                 << DisconnectReason::PeerSaidGoodbye << false;
    }
    void violationsAfterTheHandshake()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(DisconnectReason, reason);
        QFETCH(bool, discourage);
        Connected c;
        // A good message in the same chunk before the bad one is still delivered.
        const PeerOutput out
            = c.session.receive(QByteArray(MessageCodec::frame(inventory()) + bytes), 1);
        QVERIFY(out.messages == QList<Message> {inventory()});
        expectDisconnect(out, reason, discourage);
        QCOMPARE(c.session.disconnect()->reason, reason);
    }

    void messageRateIsLimited()
    {
        PeerLimits limits;
        limits.messagesPerSecond = 10;
        limits.messageBurst = 5;
        Connected c(limits); // the Hello took one token at time 0
        for (int i = 0; i < 4; ++i)
            QVERIFY(!c.feed(inventory(), 0).disconnect);
        // 100 ms at 10 a second is one more message, and no more.
        QVERIFY(!c.feed(inventory(), 100).disconnect);
        expectDisconnect(c.feed(inventory(), 100), DisconnectReason::RateLimited, true);
    }

    void theMessageBucketRefillsWithTime()
    {
        PeerLimits limits;
        limits.messagesPerSecond = 10;
        limits.messageBurst = 5;
        Connected c(limits);
        // A steady 10 a second never runs out, however long it goes on.
        for (int i = 1; i <= 200; ++i)
            QVERIFY(!c.feed(inventory(), i * 100).disconnect);
    }

    void byteRateIsLimited()
    {
        PeerLimits limits;
        limits.bytesPerSecond = 1000;
        limits.byteBurst = 1000;
        Connected c(limits);
        const Transactions push {{QByteArray(590, 't')}}; // a 600-byte frame
        QVERIFY(!c.feed(push, 0).disconnect);
        QVERIFY(!c.feed(push, 600).disconnect); // 600 ms refilled 600 bytes
        expectDisconnect(c.feed(push, 700), DisconnectReason::RateLimited, true);
    }

    void answersToOurRequestsDoNotSpendBytes()
    {
        PeerLimits limits;
        limits.bytesPerSecond = 100;
        limits.byteBurst = 100;
        Connected c(limits);
        QVERIFY(c.session.send(GetBlocks {{43, 44}}, 1).ok());
        QCOMPARE(c.session.outstandingRequests(), 1);
        const Blocks answer {{{QByteArray(5000, 'b'), QByteArray(100, 'c')},
                              {QByteArray(5000, 'b'), QByteArray(100, 'c')}}};
        const PeerOutput out = c.feed(answer, 2);
        QVERIFY(!out.disconnect);
        QVERIFY(out.messages == QList<Message> {answer});
        QCOMPARE(c.session.outstandingRequests(), 0);
        // The request is used up: the same answer again is unsolicited.
        expectDisconnect(c.feed(answer, 3), DisconnectReason::UnsolicitedResponse, true);
    }

    void anAnswerLargerThanTheRequestIsUnsolicited()
    {
        Connected c;
        QVERIFY(c.session.send(GetHeaders {43, 1}, 1).ok());
        const Headers two {{{QByteArray(10, 'h'), QByteArray(10, 'c')},
                            {QByteArray(10, 'i'), QByteArray(10, 'd')}}};
        expectDisconnect(c.feed(two, 2), DisconnectReason::UnsolicitedResponse, true);
    }

    void incompleteFramesAreBoundedInMemory()
    {
        PeerLimits limits;
        limits.maxInboundBufferBytes = 500;
        Connected c(limits);
        const QByteArray big = MessageCodec::frame(Transactions {{QByteArray(1000, 't')}});
        QVERIFY(!c.session.receive(big.first(500), 1).disconnect);
        QCOMPARE(c.session.bufferedBytes(), 500);
        expectDisconnect(c.session.receive(big.sliced(500, 1), 1), DisconnectReason::MemoryLimit,
                         true);
    }

    void ourRequestsInFlightAreCapped()
    {
        PeerLimits limits;
        limits.maxOutstandingRequests = 2;
        Connected c(limits);
        QVERIFY(c.session.send(GetHeaders {43, 10}, 1).ok());
        QVERIFY(c.session.send(GetTransactions {{fixture::hashOf("a")}}, 1).ok());
        const auto third = c.session.send(GetBlocks {{43}}, 1);
        QVERIFY(!third.ok());
        QCOMPARE(third.errorCode(), QStringLiteral("busy"));
        QCOMPARE(c.session.state(), PeerProtocol::State::Established); // our limit, not a fault
        // An answer frees a slot.
        QVERIFY(!c.feed(Transactions {{QByteArray(20, 't')}}, 2).disconnect);
        QVERIFY(c.session.send(GetBlocks {{43}}, 2).ok());
    }

    void thePeersUnansweredRequestsAreCapped()
    {
        PeerLimits limits;
        limits.maxPendingPeerRequests = 2;
        Connected c(limits);
        QVERIFY(!c.feed(GetHeaders {1, 10}, 1).disconnect);
        QVERIFY(!c.feed(GetBlocks {{1}}, 1).disconnect);
        QCOMPARE(c.session.pendingPeerRequests(), 2);
        // Answering one makes room for one more.
        QVERIFY(c.session.send(Headers {}, 2).ok());
        QCOMPARE(c.session.pendingPeerRequests(), 1);
        QVERIFY(!c.feed(GetHeaders {11, 10}, 3).disconnect);
        expectDisconnect(c.feed(GetHeaders {21, 10}, 3), DisconnectReason::TooManyRequests, true);
    }

    void weOnlyAnswerWhatWasAsked()
    {
        Connected c;
        const auto refused = c.session.send(Headers {}, 1);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.errorCode(), QStringLiteral("unsolicited"));
        QCOMPARE(c.session.send(Goodbye {}, 1).errorCode(), QStringLiteral("reserved"));
        // Transactions may always be pushed.
        QVERIFY(c.session.send(Transactions {{QByteArray(10, 't')}}, 1).ok());
    }

    void requestsTimeOut()
    {
        PeerLimits limits;
        limits.requestTimeoutMs = 5'000;
        limits.pingIntervalMs = 1'000'000;
        Connected c(limits);
        QVERIFY(c.session.send(GetHeaders {43, 10}, 1'000).ok());
        QVERIFY(!c.session.tick(5'999).disconnect);
        expectDisconnect(c.session.tick(6'000), DisconnectReason::RequestTimeout, false);
    }

    void anIdlePeerIsPinged()
    {
        PeerLimits limits;
        limits.pingIntervalMs = 30'000;
        limits.requestTimeoutMs = 10'000;
        Connected c(limits);
        QVERIFY(c.session.tick(29'999).toSend.isEmpty());
        const PeerOutput out = c.session.tick(30'000);
        const QList<Message> written = messagesIn(out.toSend);
        QCOMPARE(written.size(), 1);
        const auto *ping = std::get_if<Ping>(&written.first());
        QVERIFY(ping);
        QVERIFY(c.session.tick(35'000).toSend.isEmpty()); // one Ping at a time
        // The matching Pong is consumed; a wrong nonce would be unsolicited.
        const PeerOutput answered = c.feed(Pong {ping->nonce}, 36'000);
        QVERIFY(!answered.disconnect && answered.messages.isEmpty());
        QCOMPARE(c.session.outstandingRequests(), 0);

        // A peer that never answers is dropped, without blame.
        const PeerOutput again = c.session.tick(66'000);
        QCOMPARE(messagesIn(again.toSend).size(), 1);
        expectDisconnect(c.session.tick(76'000), DisconnectReason::Unresponsive, false);
    }

    void aPeerThatDoesNotReadIsDropped()
    {
        PeerLimits limits;
        limits.maxSendQueueBytes = 1000;
        Connected c(limits); // our Hello is in the queue too
        const Transactions push {{QByteArray(400, 't')}};
        QVERIFY(c.session.send(push, 1).ok());
        c.session.bytesWritten(c.session.sendQueueBytes()); // the transport caught up
        QCOMPARE(c.session.sendQueueBytes(), 0);
        QVERIFY(c.session.send(push, 2).ok());
        QVERIFY(c.session.send(push, 3).ok());
        const auto third = c.session.send(push, 4);
        QVERIFY(!third.ok());
        QCOMPARE(c.session.state(), PeerProtocol::State::Closed);
        QCOMPARE(c.session.disconnect()->reason, DisconnectReason::SendBacklog);
        QVERIFY(!c.session.disconnect()->discourage);
    }

    void aWholeStreamReadsTheSameInAnyChunking()
    {
        // Hello, then one of everything a peer may send unprompted (the fuzz seed's stream).
        QByteArray stream = MessageCodec::frame(fixture::helloFrom(2));
        QList<Message> expected {fixture::helloFrom(2)};
        for (const auto &[name, message] : fixture::everyMessage()) {
            const MessageType type = typeOf(message);
            if (type == MessageType::Hello || type == MessageType::Headers
                || type == MessageType::Blocks || type == MessageType::Pong
                || type == MessageType::Goodbye)
                continue;
            stream += MessageCodec::frame(message);
            if (type != MessageType::Ping)
                expected.append(message);
        }
        for (qsizetype chunk = 1; chunk <= 64; ++chunk) {
            PeerProtocol session(fixture::configFor(1), 0);
            QList<Message> delivered;
            QByteArray written;
            for (qsizetype at = 0; at < stream.size(); at += chunk) {
                const PeerOutput out = session.receive(
                    QByteArrayView(stream).sliced(at).first(std::min(chunk, stream.size() - at)),
                    at);
                QVERIFY(!out.disconnect);
                delivered += out.messages;
                written += out.toSend;
            }
            QVERIFY(delivered == expected);
            QVERIFY(messagesIn(written) == QList<Message> {Pong {0x0123456789abcdefULL}});
            QCOMPARE(session.pendingPeerRequests(), 3);
        }
    }

    void closingSaysGoodbye()
    {
        Connected c;
        const PeerOutput out = c.session.close(DisconnectReason::Shutdown, 1);
        expectDisconnect(out, DisconnectReason::Shutdown, false);
        QCOMPARE(c.session.send(inventory(), 2).errorCode(), QStringLiteral("closed"));
    }
};

QTEST_GUILESS_MAIN(TestPeerProtocol)
#include "TestPeerProtocol.moc"
