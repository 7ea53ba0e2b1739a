// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAtomicInteger>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

class QTcpServer;
class QTcpSocket;

namespace dpo::test {

// Forwards 127.0.0.1:<port()> to the server, on its own thread. Frozen, it stops reading either
// side: what is sent waits in the sockets' buffers until it thaws.
class FreezableProxy : public QObject
{
    Q_OBJECT
public:
    explicit FreezableProxy(quint16 upstreamPort) : m_upstreamPort(upstreamPort) {}

    void listen();
    quint16 port() const { return quint16(m_port.loadAcquire()); }
    void setFrozen(bool frozen);

private:
    void accept();
    void pumpAll();

    quint16 m_upstreamPort;
    QTcpServer* m_server = nullptr;
    QAtomicInteger<int> m_port = 0;
    QAtomicInteger<int> m_frozen = 0;
    QList<QPair<QPointer<QTcpSocket>, QPointer<QTcpSocket>>> m_pairs;
};

} // namespace dpo::test
