// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdleLock.h"
#include "core/Shades.h"

#include "core/Error.h"
#include "services/OfficerService.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dpo {

UnlockDialog::UnlockDialog(Database& database, const Session& session, QWidget* parent)
    : QDialog(parent), m_database(database), m_session(session), m_password(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowTitle(tr("The console is locked"));
    setWindowModality(Qt::ApplicationModal);
    auto* text = new QLabel(
        //: %1: the officer's name.
        tr("The console locked itself after a time without input, to keep personal data from view. "
           "Sign in again as %1 to go on where you were.")
            .arg(m_session.displayName),
        this);
    text->setWordWrap(true);
    m_password->setObjectName(QStringLiteral("unlockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Your password, to go on where you were"));
    m_error->setObjectName(QStringLiteral("unlockError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Shades::textStyle(Shades::alarm()));
    m_error->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("User name:"), new QLabel(m_session.username, this));
    form->addRow(tr("Password:"), m_password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Unlock"));
    buttons->button(QDialogButtonBox::Ok)
        ->setToolTip(tr("Check the password and show the window "
                        "again"));
    connect(buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::tryUnlock);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void UnlockDialog::tryUnlock()
{
    try {
        const Session again =
            OfficerService(m_database).signIn(m_session.username, m_password->text());
        if (again.officerId != m_session.officerId)
            throw Error(Error::Kind::Unauthenticated,
                        tr("This is not the officer who locked the console."));
    } catch (const Error& e) {
        m_password->clear();
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    m_password->clear();
    emit unlocked();
    accept();
}

IdleLock::IdleLock(Database& database, const Session& session, QWidget* window)
    : QObject(window), m_database(database), m_session(session), m_window(window)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::lock);
    qApp->installEventFilter(this);
}

void IdleLock::setInterval(int milliseconds)
{
    m_timer.start(milliseconds);
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (!isLocked())
            m_timer.start(); // input: the idle time starts again
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::lock()
{
    if (isLocked())
        return;
    // Every open dialog (a form half filled, a document shown) is covered, not closed: its input
    // is there again after the unlock.
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (top == m_window || !top->isVisible() || !qobject_cast<QDialog*>(top))
            continue;
        auto* cover = new QWidget(top);
        cover->setObjectName(QStringLiteral("lockCover"));
        cover->setAutoFillBackground(true);
        cover->setGeometry(top->rect());
        cover->show();
        cover->raise();
        m_covers << cover;
    }
    emit lockedChanged(true);
    m_dialog = new UnlockDialog(m_database, m_session, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &UnlockDialog::unlocked, this, &IdleLock::unlock);
    m_dialog->open();
}

void IdleLock::unlock()
{
    for (const QPointer<QWidget>& cover : std::as_const(m_covers))
        delete cover.data();
    m_covers.clear();
    m_dialog = nullptr; // it closes and deletes itself
    emit lockedChanged(false);
    m_timer.start();
}

} // namespace dpo
