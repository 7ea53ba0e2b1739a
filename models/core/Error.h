// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <stdexcept>

namespace dpo {

// Every service failure the user must read carries one of these kinds; the command line
// maps them to exit codes and the GUI to message boxes. Services throw, a TransactionGuard
// on the stack rolls back, so a failed user action leaves nothing half-written.
class Error : public std::runtime_error
{
public:
    enum class Kind
    {
        BadInput,  // the user gave something wrong: exit 2
        NotFound,  // a named thing does not exist: exit 2
        Forbidden, // the signed-in officer's role does not allow it
        Unauthenticated,
        Connection,       // cannot reach or open the database
        PasswordRequired, // the server wants a password we do not have (GUI asks for one)
        SchemaTooNew,     // the database was made by a newer program
        Database,         // the database refused a statement
        Crypto,
        Conflict,  // another officer changed the record since it was read (optimistic locking)
        Cancelled, // the officer stopped a long job; what it had begun was rolled back
    };

    Error(Kind kind, const QString& message)
        : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message)
    {
    }

    Kind kind() const { return m_kind; }
    const QString& message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace dpo
