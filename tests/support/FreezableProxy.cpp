// SPDX-License-Identifier: GPL-3.0-or-later
#include "FreezableProxy.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace dpo::test {

void FreezableProxy::listen()
{
    m_server = new QTcpServer(this);
    m_server->listen(QHostAddress::LocalHost, 0);
    m_port.storeRelease(m_server->serverPort());
    connect(m_server, &QTcpServer::newConnection, this, &FreezableProxy::accept);
}

void FreezableProxy::setFrozen(bool frozen)
{
    m_frozen.storeRelease(frozen ? 1 : 0);
    if (!frozen)
        pumpAll();
}

void FreezableProxy::accept()
{
    while (QTcpSocket* client = m_server->nextPendingConnection()) {
        auto* upstream = new QTcpSocket(this);
        upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
        m_pairs << qMakePair(QPointer<QTcpSocket>(client), QPointer<QTcpSocket>(upstream));
        connect(client, &QTcpSocket::readyRead, this, &FreezableProxy::pumpAll);
        connect(upstream, &QTcpSocket::readyRead, this, &FreezableProxy::pumpAll);
        connect(upstream, &QTcpSocket::connected, this, &FreezableProxy::pumpAll);
        connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
    }
}

void FreezableProxy::pumpAll()
{
    if (m_frozen.loadAcquire())
        return;
    for (const auto& [client, upstream] : std::as_const(m_pairs)) {
        if (!client || !upstream || upstream->state() != QAbstractSocket::ConnectedState)
            continue;
        if (client->bytesAvailable())
            upstream->write(client->readAll());
        if (upstream->bytesAvailable())
            client->write(upstream->readAll());
    }
}

} // namespace dpo::test
