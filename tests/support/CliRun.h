// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The dpo-console executable run as a user runs it (DPO_CONSOLE_EXECUTABLE, defined by the test's
// target): its exit code, stdout and stderr, in English, with this test's own settings.
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace dpo::test {

struct CliRun
{
    int code;
    QString out;
    QString err;
};

// `language`: the console's (DPO_CONSOLE_LANGUAGE), English unless a test compares with a window
// shown in another. `keyPassphrase`: DPO_CONSOLE_KEY_PASSPHRASE, unset when empty.
inline CliRun runConsole(const QStringList& arguments, const QByteArray& password,
                         const QString& language = QStringLiteral("en"),
                         const QString& keyPassphrase = QStringLiteral("cli key passphrase"))
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DPO_CONSOLE_PASSWORD"), QString::fromLatin1(password));
    // An officer added on the command line gets the same one.
    env.insert(QStringLiteral("DPO_CONSOLE_NEW_PASSWORD"), QString::fromLatin1(password));
    env.insert(QStringLiteral("DPO_CONSOLE_LANGUAGE"), language);
    // Settings of this test only (keys init records the key's path there).
    static QTemporaryDir config;
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    if (keyPassphrase.isEmpty())
        env.remove(QStringLiteral("DPO_CONSOLE_KEY_PASSPHRASE"));
    else
        env.insert(QStringLiteral("DPO_CONSOLE_KEY_PASSPHRASE"), keyPassphrase);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DPO_CONSOLE_EXECUTABLE), arguments);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        return {-1, {}, QStringLiteral("timed out")};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace dpo::test
