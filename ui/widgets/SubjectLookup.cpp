// SPDX-License-Identifier: GPL-3.0-or-later
#include "SubjectLookup.h"

#include "core/Error.h"
#include "domain/DocumentLanguage.h"
#include "domain/Inn.h"
#include "services/SubjectRecordService.h"
#include "services/SubjectService.h"

#include <QCompleter>
#include <QStandardItemModel>
#include <QTimer>

namespace dpo {

namespace {
constexpr int kSuggestions = 15;
constexpr int kPauseMs = 250;
} // namespace

SubjectLookup::SubjectLookup(Database& database, Session session, QWidget* parent)
    : QLineEdit(parent), m_database(database), m_session(std::move(session)),
      m_suggestions(new QStandardItemModel(this)), m_pause(new QTimer(this))
{
    setPlaceholderText(tr("Name, INN, phone or platform reference"));
    auto* completer = new QCompleter(m_suggestions, this);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCompletionRole(Qt::UserRole); // choosing puts the platform reference in the field
    setCompleter(completer);
    m_pause->setSingleShot(true);
    m_pause->setInterval(kPauseMs);
    connect(m_pause, &QTimer::timeout, this, &SubjectLookup::search);
    connect(this, &QLineEdit::textEdited, m_pause, qOverload<>(&QTimer::start));
}

int SubjectLookup::suggestionCount() const
{
    return m_suggestions->rowCount();
}

void SubjectLookup::search()
{
    m_suggestions->clear();
    const QString text = this->text().trimmed();
    if (text.size() < 2)
        return;
    QList<SubjectSummary> found;
    try {
        found = SubjectService(m_database).search(m_session, text, kSuggestions);
    } catch (const Error&) {
        return; // a search that fails offers nothing; registering still checks the reference
    }
    const QString blocked = SubjectRecordService::blockedMarker();
    for (const SubjectSummary& s : found) {
        const QString name = s.isBlocked(QLatin1StringView("personal_details"))
                                 ? blocked
                                 : QStringList{s.surname, s.givenName, s.patronymic}
                                       .join(QLatin1Char(' '))
                                       .simplified();
        const QString inn =
            s.isBlocked(QLatin1StringView("identity_document")) ? blocked : Mask::inn(s.inn);
        auto* item =
            //: A subject found. %1: the platform reference; %2: the full name; %3: the tax number,
            //: masked; %4: the birth date.
            new QStandardItem(tr("%1 — %2 (INN %3, born %4)")
                                  .arg(s.platformRef, name, inn, displayDate(s.birthDate)));
        item->setData(s.platformRef, Qt::UserRole);
        m_suggestions->appendRow(item);
    }
    completer()->complete();
}

} // namespace dpo
