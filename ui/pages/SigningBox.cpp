// SPDX-License-Identifier: GPL-3.0-or-later
#include "SigningBox.h"

#include "domain/DocumentLanguage.h"
#include "domain/Permissions.h"
#include "security/Certificate.h"
#include "services/AuditAnchorService.h"
#include "services/SigningKeyService.h"
#include "widgets/CaseWidgets.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace dpo {

SigningBox::SigningBox(Database& database, const Session& session, const StepRunner& steps,
                       QWidget* parent)
    : QGroupBox(tr("Signed exports"), parent), m_database(database), m_session(session),
      m_steps(steps), m_key(new QLabel(this)), m_certificate(new QLabel(this)),
      m_anchor(new QLabel(this)), m_url(new QLineEdit(this)),
      m_save(new QPushButton(tr("Save the authority"), this))
{
    setObjectName(QStringLiteral("signingBox"));
    m_key->setObjectName(QStringLiteral("signingKey"));
    m_key->setWordWrap(true);
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse); // a fingerprint is read out
    m_certificate->setObjectName(QStringLiteral("signingCertificate"));
    m_certificate->setWordWrap(true);
    m_certificate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_anchor->setObjectName(QStringLiteral("lastAnchor"));
    m_anchor->setWordWrap(true);
    m_url->setObjectName(QStringLiteral("timeStampingUrl"));
    m_url->setMaxLength(500);
    m_url->setPlaceholderText(tr("none: exports carry no time-stamp"));
    m_url->setToolTip(tr("The RFC 3161 time-stamping authority (http or https) whose token every "
                         "export's signature and every anchor of the chain carries"));
    m_url->setAccessibleName(tr("Time-stamping authority"));
    m_save->setObjectName(QStringLiteral("saveTimeStamping"));
    m_save->setToolTip(tr("Save the authority; an empty field means none. Audited"));
    connect(m_save, &QPushButton::clicked, this, &SigningBox::save);
    connect(m_url, &QLineEdit::returnPressed, this, &SigningBox::save);

    auto* form = new QFormLayout(this);
    form->addRow(tr("Signing key:"), m_key);
    form->addRow(tr("Its certificate:"), m_certificate);
    form->addRow(tr("Time-stamping authority:"), m_url);
    form->addRow(QString(), m_save);
    form->addRow(tr("Anchor of the chain:"), m_anchor);

    const bool edits = Permissions::allows(m_session.role, Permission::ManageSigningKey);
    m_url->setReadOnly(!edits);
    m_save->setEnabled(edits);
}

void SigningBox::reload()
{
    // The page catches a read error.
    const SigningKeyService keys(m_database);
    const QStringList fingerprints = keys.activeFingerprints();
    m_certificate->clear();
    if (fingerprints.isEmpty()) {
        m_key->setText(tr("None: exports are not signed. An administrator makes the key on the "
                          "command line: dpo-console keys init."));
    } else {
        const QString fingerprint = fingerprints.last();
        m_key->setText(fingerprint);
        if (const std::optional<CertificateChain> chain = keys.certificateChain(fingerprint))
            //: %1: the certificate's subject, e.g. CN=..., O=...; %2: the date it expires.
            m_certificate->setText(
                tr("%1, valid until %2")
                    .arg(chain->subject(), displayDate(chain->notAfter().date())));
        else
            m_certificate->setText(
                tr("none: an Ed25519 key of before, whose exports carry FILE.sig"));
    }
    m_url->setText(keys.timeStampingUrl());
    const QList<AuditAnchor> anchors = AuditAnchorService(m_database).anchors();
    if (anchors.isEmpty()) {
        m_anchor->setText(tr("none yet (dpo-console audit anchor, daily)"));
        return;
    }
    //: %1: the entry's number; %2: the date and time it was time-stamped.
    m_anchor->setText(tr("entry %1, time-stamped %2")
                          .arg(anchors.last().headSeq)
                          .arg(displayInstant(anchors.last().stampedAt)));
}

void SigningBox::save()
{
    const QString url = m_url->text().trimmed();
    m_steps.run([this, url] { SigningKeyService(m_database).setTimeStampingUrl(m_session, url); },
                url.isEmpty() ? tr("No time-stamping authority: exports are signed without a "
                                   "time-stamp.")
                              : tr("Exports are time-stamped by the authority from now on."));
}

} // namespace dpo
