// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalAuthority.h"

#include <QDir>
#include <QElapsedTimer>

namespace dpo::test {

bool LocalAuthority::start(const QString& dir)
{
    if (!QDir().mkpath(dir)) {
        m_error = QStringLiteral("cannot make ") + dir;
        return false;
    }
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral("python3"),
                    {QStringLiteral(DPO_SOURCE_DIR "/tests/support/tsa_server.py"), dir});
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return false;
    }
    // The first line says where it listens: "PORT ROOT_CERTIFICATE".
    QElapsedTimer waited;
    waited.start();
    while (!m_process.canReadLine() && waited.elapsed() < 60000 &&
           m_process.state() == QProcess::Running)
        m_process.waitForReadyRead(1000);
    const QStringList first =
        QString::fromUtf8(m_process.readLine()).trimmed().split(QLatin1Char(' '));
    if (first.size() != 2) {
        m_error = QStringLiteral("the authority did not say where it listens");
        return false;
    }
    m_url = QStringLiteral("http://127.0.0.1:%1/tsa").arg(first[0]);
    m_root = first[1];
    return true;
}

LocalAuthority::~LocalAuthority()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel(); // it stops when its input closes
    if (!m_process.waitForFinished(10000))
        m_process.kill();
}

} // namespace dpo::test
