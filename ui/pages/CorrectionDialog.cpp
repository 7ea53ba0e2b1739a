// SPDX-License-Identifier: GPL-3.0-or-later
#include "CorrectionDialog.h"

#include "domain/Vocabulary.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace dpo {

namespace {
// What the field takes, as the import writes it (SubjectFields), for the placeholder.
QString shapeOf(const QString& field)
{
    if (field == QStringLiteral("birth_date"))
        return CorrectionDialog::tr("YYYY-MM-DD");
    if (field == QStringLiteral("sex"))
        return CorrectionDialog::tr("F or M");
    if (field == QStringLiteral("inn"))
        return CorrectionDialog::tr("14 digits");
    if (field == QStringLiteral("phone"))
        return CorrectionDialog::tr("+996XXXXXXXXX");
    if (field == QStringLiteral("id_document"))
        return CorrectionDialog::tr("e.g. ID1234567");
    if (field == QStringLiteral("surname") || field == QStringLiteral("given_name"))
        return {}; // the record cannot be without them
    return CorrectionDialog::tr("empty removes it");
}
} // namespace

CorrectionDialog::CorrectionDialog(qint64 claimId, const QStringList& correctedAlready,
                                   QWidget* parent)
    //: A dialog's title. %1: the claim's number.
    : SubmitDialog(tr("Correct the data of request No. %1").arg(claimId),
                   tr("Correct", "the dialog's button: make the corrections"), parent)
{
    setObjectName(QStringLiteral("correctionDialog"));
    auto* intro = new QLabel(tr("Tick each field the subject's documents show to be wrong and "
                                "write it as they show it. The old value is kept only as a "
                                "digest; every recipient that received the field is to be told "
                                "(privacy policy 12.3, 1.1.7)."),
                             this);
    intro->setWordWrap(true);
    form()->addRow(intro);
    const Vocabulary words;
    for (const QString& field : RectificationService::fields()) {
        auto* tick = new QCheckBox(words.name(Vocabulary::Kind::SubjectField, field), this);
        auto* value = new QLineEdit(this);
        tick->setObjectName(QStringLiteral("correct_") + field);
        value->setObjectName(QStringLiteral("value_") + field);
        value->setAccessibleName(words.name(Vocabulary::Kind::SubjectField, field));
        tick->setToolTip(tr("Tick to correct this field; its new value goes on the right"));
        value->setToolTip(tr("The correct value as the subject's documents show it"));
        value->setPlaceholderText(shapeOf(field));
        value->setEnabled(false);
        if (correctedAlready.contains(field)) {
            tick->setEnabled(false);
            value->setPlaceholderText(tr("corrected in this case already"));
        }
        connect(tick, &QCheckBox::toggled, value, [value](bool on) {
            value->setEnabled(on);
            if (on)
                value->setFocus();
        });
        form()->addRow(tick, value);
        m_ticks.insert(field, tick);
        m_values.insert(field, value);
    }
    setMinimumWidth(660); // the Russian placeholders fit
}

QList<RectificationService::Correction> CorrectionDialog::corrections() const
{
    QList<RectificationService::Correction> out;
    for (const QString& field : RectificationService::fields())
        if (m_ticks.value(field)->isChecked())
            out << RectificationService::Correction{field, m_values.value(field)->text()};
    return out;
}

void CorrectionDialog::setCorrection(const QString& field, const QString& value)
{
    m_ticks.value(field)->setChecked(true);
    m_values.value(field)->setText(value);
}

} // namespace dpo
