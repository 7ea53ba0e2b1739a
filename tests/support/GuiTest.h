// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

namespace dpo::test {

// Presses a form dialog's OK button as the officer would.
inline void clickOk(QDialog* dialog)
{
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
}

// A case register page reads on a thread of its own: waits until its last reload has answered.
template <typename Page> [[nodiscard]] bool registerLoaded(const Page& page)
{
    return QTest::qWaitFor([&page] { return !page.isLoading(); }, 30000);
}

// Screenshots in Kyrgyz or Russian: DPO_SCREENSHOT_QM names the console's .qm to install, and
// the locale follows it (month and day names).
inline void installScreenshotLanguage(QTranslator& translator)
{
    const QString qm = qEnvironmentVariable("DPO_SCREENSHOT_QM");
    if (qm.isEmpty() || !translator.load(qm))
        return;
    QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(qm.contains(QStringLiteral("_ru"))
                            ? QLocale(QLocale::Russian, QLocale::Russia)
                            : QLocale(QLocale::Kyrgyz, QLocale::Kyrgyzstan));
}

// Settings of this run's own: the SQLite and PostgreSQL runs go side by side under ctest -j, and
// one run would read what the other remembered (the language, a list's layout).
inline void useOwnSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(
        QStringLiteral("dpo-console-test-%1").arg(QCoreApplication::applicationPid()));
    QSettings().clear();
}

// This run's settings, not left behind.
inline void removeOwnSettings()
{
    const QString file = QSettings().fileName();
    QFile::remove(file);
    QDir().rmdir(QFileInfo(file).absolutePath());
}

} // namespace dpo::test
