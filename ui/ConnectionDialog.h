// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionProfiles.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QLabel;

namespace dpo {

// Chooses the consent database: a saved profile, or a URL typed in and optionally saved.
// It only chooses; opening and its errors are the caller's (StartupFlow).
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionDialog(ConnectionProfiles& profiles, QWidget* parent = nullptr);

    QString url() const;
    QString profileName() const;
    void showError(const QString& message);

private:
    void profileChosen(int index);
    void saveProfile();
    void validateAndAccept();

    ConnectionProfiles& m_profiles;
    QComboBox* m_profileBox;
    QLineEdit* m_urlEdit;
    QLineEdit* m_nameEdit;
    QLabel* m_errorLabel;
};

} // namespace dpo
