// Headers-first catch-up as pure logic: verified headers ahead of the tip, which heights to ask
// which peer for (several peers, several requests each), and a bounded reorder buffer that hands
// blocks over strictly in height order. No sockets and no clock: PeerNetwork feeds it.
#pragma once

#include "chain/Block.h"
#include "net/Messages.h"

#include <QCoreApplication>
#include <QList>

#include <deque>
#include <map>
#include <optional>
#include <set>

namespace medchain::net {

/// A block received ahead of its turn.
struct DownloadedBlock {
    chain::Block block;
    chain::CommitCertificate commit;
    qsizetype bytes = 0; // encoded size, counted against the memory bound
    quint64 from = 0; // the peer that sent it
};

class BlockDownload {
    Q_DECLARE_TR_FUNCTIONS(BlockDownload)
public:
    using PeerId = quint64;

    struct Settings {
        /// GetBlocks in flight to one peer; PeerNetwork keeps room for a GetHeaders and a Ping
        /// within PeerLimits::maxOutstandingRequests.
        int requestsPerPeer = 6;
        /// Blocks held ahead of the tip plus what the requests in flight are expected to bring.
        /// A request for the very next block is always allowed, so the download cannot stall.
        qsizetype maxBufferedBytes = 64 * 1024 * 1024;
        /// Expected answer bytes in flight to one peer: what it queues for us, which its
        /// maxSendQueueBytes bounds.
        qsizetype maxPeerBytes = 16 * 1024 * 1024;
        /// What one GetBlocks should bring, by the headers' transaction counts (≥ one block).
        qsizetype requestBytes = 4 * 1024 * 1024;
        /// A request unanswered this long is given to another peer; a late answer still counts.
        qint64 stallMs = 20'000;
        /// Verified headers kept beyond the tip.
        quint64 headersAhead = 4096;
    };

    explicit BlockDownload(Settings settings);

    // The chain: the tip applied, and verified headers beyond it.

    /// The tip moved (a block applied here, or committed by consensus): what is at or below it
    /// is dropped. A header that disagrees with the new tip throws away everything ahead.
    void setTip(quint64 height, const chain::Hash &hash);
    quint64 tip() const { return m_tip; }
    /// The highest verified header, or the tip.
    quint64 lastHeader() const { return m_tip + quint64(m_headers.size()); }
    /// How many headers to ask for next (after lastHeader()), or 0 when none is worth asking.
    quint64 headersWanted() const;
    /// A Headers answer from peer to GetHeaders `asked`. Every header must follow the one before
    /// it (height and previous hash) from the known chain; headers are kept up to the first that
    /// names a validator set other than `validators` (the set after the tip) and within
    /// headersAhead, and the commit of the last one kept must verify against that set — by the
    /// hash chain it vouches for every header before it. Headers already known must match.
    /// Raises the peer's height to what it showed (or lowers it when it had fewer than asked).
    /// An error means the peer sent something false or malformed.
    Result<void> addHeaders(PeerId peer, const GetHeaders &asked,
                            const QList<CommittedHeader> &entries,
                            const QList<identity::Validator> &validators, const QString &chainId);

    // Peers.

    void addPeer(PeerId peer, quint64 height);
    /// Its requests go back to the wanted heights; blocks it sent stay (they matched headers).
    void removePeer(PeerId peer);
    std::optional<quint64> peerHeight(PeerId peer) const;
    /// The best height any peer showed, or the last header if higher.
    quint64 target() const;

    // Requests and answers.

    /// The next GetBlocks for peer, recorded as in flight; empty when it has enough in flight,
    /// the memory bound is reached, or it has none of the heights wanted.
    QList<quint64> nextRequest(PeerId peer, qint64 nowMs);
    /// The last request nextRequest() gave for peer could not be sent.
    void unsend(PeerId peer);
    /// Requests unanswered for stallMs: their heights are wanted again, from another peer, and
    /// the peer gets nothing more until it answers.
    void expire(qint64 nowMs);
    /// Blocks (decoded by the caller) answering peer's oldest request. False when the peer
    /// sent a block it was not asked for or one that does not match its verified header: it
    /// should be punished. Heights asked for and not brought are wanted again.
    bool receive(PeerId peer, QList<DownloadedBlock> blocks);

    /// The block after the tip, if it has arrived, taken out of the buffer. The caller applies
    /// it and calls setTip(), or refused().
    std::optional<DownloadedBlock> takeNext();
    /// A block takeNext() gave was refused: it is wanted again, and every other block its
    /// sender brought is dropped. The caller punishes the sender (block.from).
    void refused(const DownloadedBlock &block);

    qsizetype bufferedBytes() const { return m_bufferedBytes; }
    int requestsInFlight() const;
    bool isWanted(quint64 height) const { return m_wanted.count(height) > 0; }

private:
    struct Header {
        chain::Hash hash;
        quint64 transactionCount = 0;
    };
    struct Request {
        QList<quint64> heights;
        qsizetype expectedBytes = 0;
        qint64 deadlineMs = 0;
        bool expired = false;
    };
    struct Peer {
        quint64 height = 0;
        std::deque<Request> requests; // oldest first, as the protocol answers them
    };

    const Header *header(quint64 height) const;
    chain::Hash lastHeaderHash() const;
    qsizetype expectedBytes(quint64 height) const;
    qsizetype bytesInFlight() const;
    /// Some peer's live (not expired) request covers height.
    bool isRequested(quint64 height) const;
    /// Puts height back among the wanted ones, unless it is buffered, applied or asked for.
    void release(quint64 height);

    Settings m_settings;
    quint64 m_tip = 0;
    chain::Hash m_tipHash;
    std::deque<Header> m_headers; // heights tip + 1 … lastHeader()
    std::set<quint64> m_wanted; // headers known, block neither buffered nor asked for
    std::map<quint64, DownloadedBlock> m_buffer; // the reorder buffer
    qsizetype m_bufferedBytes = 0;
    std::map<PeerId, Peer> m_peers;
    bool m_waitingForSet = false; // headers beyond the last name a set the tip does not know yet
    // Bytes per transaction seen so far, to size requests from the headers' counts.
    qint64 m_receivedBytes = 0;
    qint64 m_receivedTransactions = 0;
};

} // namespace medchain::net
