// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLocale>
#include <QPushButton>
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

} // namespace dpo::test
