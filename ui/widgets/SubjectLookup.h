// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"

#include <QLineEdit>

class QStandardItemModel;
class QTimer;

namespace dpo {

class Database;

// The subject field of a registration: type a name, INN, phone or platform reference and choose
// from what the subjects search finds (INN masked), searched as `session`; the field then holds
// the platform reference.
class SubjectLookup : public QLineEdit
{
    Q_OBJECT
public:
    SubjectLookup(Database& database, Session session, QWidget* parent = nullptr);
    void search(); // what typing triggers after a short pause
    int suggestionCount() const;

private:
    Database& m_database;
    const Session m_session;
    QStandardItemModel* m_suggestions;
    QTimer* m_pause;
};

} // namespace dpo
