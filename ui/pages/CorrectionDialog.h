// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/RectificationService.h"
#include "widgets/SubmitDialog.h"

#include <QHash>

class QCheckBox;
class QLineEdit;

namespace dpo {

// The corrections a subject's request asks for (policy 12.3): each field of the record that is
// ticked, with its value as the subject's documents show it. A field corrected in this case
// already is not offered again.
class CorrectionDialog : public SubmitDialog
{
    Q_OBJECT
public:
    CorrectionDialog(qint64 claimId, const QStringList& correctedAlready,
                     QWidget* parent = nullptr);
    QList<RectificationService::Correction> corrections() const;
    // For tests: the field's tick box and value.
    void setCorrection(const QString& field, const QString& value);

private:
    QHash<QString, QCheckBox*> m_ticks;
    QHash<QString, QLineEdit*> m_values;
};

} // namespace dpo
