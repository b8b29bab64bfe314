#include "node/NodeThread.h"

namespace medchain::node {

NodeThread::NodeThread(std::unique_ptr<Node> node) : m_node(node.release())
{
    m_thread.setObjectName(QStringLiteral("medchain-node"));
    m_node->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_node, &QObject::deleteLater);
    QObject::connect(&m_thread, &QThread::started, m_node, &Node::start);
    m_thread.start();
}

NodeThread::~NodeThread()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace medchain::node
