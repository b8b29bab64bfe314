#include "net/BlockDownload.h"

#include "codec/CborReader.h"

#include <algorithm>

namespace medchain::net {

namespace {
// A block's bytes besides its transactions: header, lastCommit, the entry's commit.
constexpr qsizetype kBlockOverheadBytes = 1024;
// Until blocks have arrived, a guess at a transaction's size.
constexpr qint64 kInitialBytesPerTransaction = 1024;
} // namespace

BlockDownload::BlockDownload(Settings settings) : m_settings(settings) { }

void BlockDownload::setTip(quint64 height, const chain::Hash &hash)
{
    const Header *known = header(height);
    const bool conflict = height < m_tip || (height == m_tip && hash != m_tipHash)
        || (known && known->hash != hash);
    if (conflict || height > lastHeader()) {
        // Headers that disagree with the chain are worthless; answers to requests already
        // sent find no header and are ignored.
        m_headers.clear();
        m_wanted.clear();
        m_buffer.clear();
        m_bufferedBytes = 0;
        m_waitingForSet = false;
    }
    while (!m_headers.empty() && m_tip < height) {
        m_headers.pop_front();
        ++m_tip;
    }
    m_tip = height;
    m_tipHash = hash;
    m_wanted.erase(m_wanted.begin(), m_wanted.upper_bound(height));
    for (auto it = m_buffer.begin(); it != m_buffer.end() && it->first <= height;) {
        m_bufferedBytes -= it->second.bytes;
        it = m_buffer.erase(it);
    }
}

quint64 BlockDownload::headersWanted() const
{
    if (m_waitingForSet && !m_headers.empty())
        return 0; // the next headers name a new set: known once the tip reaches it
    const quint64 missing = target() - lastHeader();
    const quint64 room = m_settings.headersAhead
        - std::min<quint64>(m_settings.headersAhead, quint64(m_headers.size()));
    const quint64 batch = std::min(wire::MaxHeadersPerMessage, m_settings.headersAhead);
    const quint64 wanted = std::min({missing, room, wire::MaxHeadersPerMessage});
    // Wait for room for a whole batch rather than ask for a few headers after each block.
    return wanted < batch && wanted < missing ? 0 : wanted;
}

Result<void> BlockDownload::addHeaders(PeerId peer, const GetHeaders &asked,
                                       const QList<CommittedHeader> &entries,
                                       const QList<identity::Validator> &validators,
                                       const QString &chainId)
{
    QList<chain::BlockHeader> headers;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        codec::CborReader reader(entries[i].header);
        chain::BlockHeader header = chain::BlockHeader::decode(reader);
        reader.finish();
        if (reader.hasError())
            return Error {tr("A header does not decode.")};
        if (header.height != asked.fromHeight + quint64(i) || header.chainId != chainId)
            return Error {tr("The headers are not the ones asked for.")};
        headers.append(std::move(header));
    }
    if (auto known = m_peers.find(peer); known != m_peers.end() && asked.fromHeight > 0) {
        const quint64 shown = asked.fromHeight + quint64(headers.size()) - 1;
        if (quint64(headers.size()) < asked.count)
            known->second.height = shown; // it has nothing beyond
        else
            known->second.height = std::max(known->second.height, shown);
    }

    const chain::Hash setHash = chain::BlockHeader::hashValidatorSet(validators);
    QList<Header> fresh;
    qsizetype lastFresh = -1;
    bool newSet = false;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const chain::BlockHeader &header = headers[i];
        const quint64 height = header.height;
        if (height < m_tip)
            continue;
        const chain::Hash hash = header.hash();
        if (height <= lastHeader()) {
            const chain::Hash &known = height == m_tip ? m_tipHash : this->header(height)->hash;
            if (hash != known)
                return Error {tr("A header contradicts the verified chain.")};
            continue;
        }
        if (height != lastHeader() + 1 + quint64(fresh.size()))
            break; // asked before the chain moved on; nothing to chain it to
        const chain::Hash &previous = fresh.isEmpty() ? lastHeaderHash() : fresh.last().hash;
        if (header.previous != previous)
            return Error {tr("A header does not follow the one before it.")};
        if (header.validatorSetHash != setHash) {
            if (height == m_tip + 1)
                return Error {tr("A header names a validator set other than the current one.")};
            newSet = true;
            break;
        }
        if (quint64(m_headers.size() + fresh.size()) >= m_settings.headersAhead)
            break;
        fresh.append({hash, header.transactionCount});
        lastFresh = i;
    }
    if (fresh.isEmpty())
        return {};
    auto commit = chain::CommitCertificate::decode(entries[lastFresh].commit);
    if (!commit)
        return Error {tr("A header's commit certificate does not decode.")};
    if (commit->height != headers[lastFresh].height || commit->blockHash != fresh.last().hash)
        return Error {tr("A header's commit certificate is for another block.")};
    if (auto ok = commit->verify(validators, chainId); !ok)
        return Error {tr("A header's commit certificate does not verify: %1").arg(ok.error())};
    for (const Header &header : fresh) {
        m_headers.push_back(header);
        m_wanted.insert(lastHeader());
    }
    m_waitingForSet = newSet;
    return {};
}

void BlockDownload::addPeer(PeerId peer, quint64 height)
{
    m_peers[peer] = Peer {height, {}};
}

void BlockDownload::removePeer(PeerId peer)
{
    const auto found = m_peers.find(peer);
    if (found == m_peers.end())
        return;
    const std::deque<Request> requests = std::move(found->second.requests);
    m_peers.erase(found);
    for (const Request &request : requests)
        for (quint64 height : request.heights)
            release(height);
}

std::optional<quint64> BlockDownload::peerHeight(PeerId peer) const
{
    const auto found = m_peers.find(peer);
    if (found == m_peers.end())
        return std::nullopt;
    return found->second.height;
}

quint64 BlockDownload::target() const
{
    quint64 best = lastHeader();
    for (const auto &entry : m_peers)
        best = std::max(best, entry.second.height);
    return best;
}

QList<quint64> BlockDownload::nextRequest(PeerId peer, qint64 nowMs)
{
    const auto found = m_peers.find(peer);
    if (found == m_peers.end() || m_wanted.empty())
        return {};
    Peer &p = found->second;
    if (int(p.requests.size()) >= m_settings.requestsPerPeer
        || std::any_of(p.requests.cbegin(), p.requests.cend(),
                       [](const Request &r) { return r.expired; }))
        return {};
    qsizetype peerBytes = 0;
    for (const Request &request : p.requests)
        peerBytes += request.expectedBytes;
    if (!p.requests.empty() && peerBytes >= m_settings.maxPeerBytes)
        return {};
    // The block the chain waits for is always asked for, whatever the buffer holds.
    const bool chainWaits = *m_wanted.begin() == m_tip + 1;
    if (!chainWaits && m_bufferedBytes + bytesInFlight() >= m_settings.maxBufferedBytes)
        return {};

    Request request;
    for (quint64 height : m_wanted) {
        if (height > p.height || quint64(request.heights.size()) >= wire::MaxBlocksPerMessage)
            break;
        const qsizetype bytes = expectedBytes(height);
        if (!request.heights.isEmpty() && request.expectedBytes + bytes > m_settings.requestBytes)
            break;
        request.heights.append(height);
        request.expectedBytes += bytes;
    }
    if (request.heights.isEmpty())
        return {};
    for (quint64 height : request.heights)
        m_wanted.erase(height);
    request.deadlineMs = nowMs + m_settings.stallMs;
    p.requests.push_back(request);
    return request.heights;
}

void BlockDownload::unsend(PeerId peer)
{
    const auto found = m_peers.find(peer);
    if (found == m_peers.end() || found->second.requests.empty())
        return;
    const Request request = found->second.requests.back();
    found->second.requests.pop_back();
    for (quint64 height : request.heights)
        release(height);
}

void BlockDownload::expire(qint64 nowMs)
{
    for (auto &entry : m_peers)
        for (Request &request : entry.second.requests) {
            if (request.expired || request.deadlineMs > nowMs)
                continue;
            request.expired = true;
            for (quint64 height : request.heights)
                release(height);
        }
}

bool BlockDownload::receive(PeerId peer, QList<DownloadedBlock> blocks)
{
    const auto found = m_peers.find(peer);
    if (found == m_peers.end() || found->second.requests.empty())
        return true; // the protocol refuses unsolicited answers; nothing to match here
    Peer &p = found->second;
    const Request request = p.requests.front();
    p.requests.pop_front();
    bool honest = true;
    for (DownloadedBlock &downloaded : blocks) {
        const quint64 height = downloaded.block.header.height;
        if (!request.heights.contains(height)) {
            honest = false;
            break;
        }
        const Header *known = header(height);
        if (!known || m_buffer.count(height))
            continue; // applied, brought by another peer, or headers reset since
        if (downloaded.block.header.hash() != known->hash) {
            honest = false;
            break;
        }
        m_receivedBytes += downloaded.bytes;
        m_receivedTransactions += downloaded.block.transactions.size();
        downloaded.from = peer;
        m_bufferedBytes += downloaded.bytes;
        m_wanted.erase(height);
        m_buffer.emplace(height, std::move(downloaded));
    }
    for (quint64 height : request.heights)
        release(height); // unless it arrived
    // An empty answer: the peer lacks the first height asked for, whatever it said before.
    if (honest && blocks.isEmpty() && !request.heights.isEmpty())
        p.height = std::min(p.height, request.heights.first() - 1);
    return honest;
}

std::optional<DownloadedBlock> BlockDownload::takeNext()
{
    auto next = m_buffer.extract(m_tip + 1);
    if (next.empty())
        return std::nullopt;
    m_bufferedBytes -= next.mapped().bytes;
    return std::move(next.mapped());
}

void BlockDownload::refused(const DownloadedBlock &block)
{
    // The sender's other blocks matched their headers but cannot be trusted to execute.
    for (auto it = m_buffer.begin(); it != m_buffer.end();) {
        if (it->second.from != block.from) {
            ++it;
            continue;
        }
        const quint64 height = it->first;
        m_bufferedBytes -= it->second.bytes;
        it = m_buffer.erase(it);
        release(height);
    }
    release(block.block.header.height);
}

int BlockDownload::requestsInFlight() const
{
    int count = 0;
    for (const auto &entry : m_peers)
        count += int(std::count_if(entry.second.requests.cbegin(), entry.second.requests.cend(),
                                   [](const Request &r) { return !r.expired; }));
    return count;
}

const BlockDownload::Header *BlockDownload::header(quint64 height) const
{
    if (height <= m_tip || height > lastHeader())
        return nullptr;
    return &m_headers[size_t(height - m_tip - 1)];
}

chain::Hash BlockDownload::lastHeaderHash() const
{
    return m_headers.empty() ? m_tipHash : m_headers.back().hash;
}

qsizetype BlockDownload::expectedBytes(quint64 height) const
{
    const qint64 perTransaction = m_receivedTransactions > 0
        ? m_receivedBytes / m_receivedTransactions
        : kInitialBytesPerTransaction;
    const Header *known = header(height);
    return kBlockOverheadBytes + qsizetype(known ? known->transactionCount : 0) * perTransaction;
}

qsizetype BlockDownload::bytesInFlight() const
{
    qsizetype bytes = 0;
    for (const auto &entry : m_peers)
        for (const Request &request : entry.second.requests)
            if (!request.expired)
                bytes += request.expectedBytes;
    return bytes;
}

bool BlockDownload::isRequested(quint64 height) const
{
    for (const auto &entry : m_peers)
        for (const Request &request : entry.second.requests)
            if (!request.expired && request.heights.contains(height))
                return true;
    return false;
}

void BlockDownload::release(quint64 height)
{
    if (header(height) && !m_buffer.count(height) && !isRequested(height))
        m_wanted.insert(height);
}

} // namespace medchain::net
