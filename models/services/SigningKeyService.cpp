// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/SigningKeyService.h"
#include "services/AccessControl.h"
#include "services/ServiceStep.h"

#include "core/Error.h"
#include "core/SaveFile.h"
#include "core/Session.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "security/Certificate.h"
#include "security/SigningKey.h"
#include "services/AuditService.h"
#include "services/HolderService.h"
#include "services/SettingsService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QUrl>

namespace dpo {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dpo::SigningKeyService", text);
}
} // namespace

SigningKeyService::SigningKeyService(Database& database) : m_database(database) {}

QString SigningKeyService::createKey(const Session& session, const QString& privateKeyPath,
                                     const QByteArray& passphrase,
                                     SigningKey::Algorithm algorithm) const
{
    return runStep(m_database, session, Permission::ManageSigningKey,
                   tr("create the export-signing key"),
                   [&](const QSqlDatabase& db) {
        if (passphrase.size() < 12)
            throw Error(Error::Kind::BadInput,
                        tr("The key's passphrase must have at least 12 characters."));
        if (QFile::exists(privateKeyPath))
            throw Error(
                Error::Kind::BadInput,
                //: %1: the private key file's path.
                tr("%1 exists already; a signing key is never overwritten.").arg(privateKeyPath));
        const SigningKey key = SigningKey::generate(algorithm);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVariant certificate(QMetaType::fromType<QString>()); // NULL for Ed25519
        if (algorithm == SigningKey::Algorithm::EcdsaP256) {
            const Holder holder = HolderService::holder(db);
            const QString organisation =
                holder.nameRu.isEmpty()
                    ? (holder.nameKy.isEmpty() ? QStringLiteral("DPO Console") : holder.nameKy)
                    : holder.nameRu;
            certificate = QString::fromLatin1(
                CertificateChain::selfSigned(key, organisation, now, 10).toPem());
        }
        if (m_database.isPostgres()) {
            // The server checks the officer's role and audits the key (schema 27).
            execBound(db, QStringLiteral("SELECT dpo_add_signing_key(?, ?, ?, ?)"),
                      {session.officerId, key.fingerprint(), QString::fromLatin1(key.publicPem()),
                       certificate},
                      QT_TRANSLATE_NOOP("dpo::Sql", "store the signing key"));
            writeFileAtomically(privateKeyPath, key.encryptedPrivatePem(passphrase), kOwnerOnly);
            return key.fingerprint();
        }
        QSqlQuery insert = prepareQuery(
            db, QStringLiteral("INSERT INTO signing_keys (fingerprint, public_key_pem, "
                               "created_at, created_by, active, certificate_pem) "
                               "VALUES (?, ?, ?, ?, 1, ?)"));
        insert.addBindValue(key.fingerprint());
        insert.addBindValue(QString::fromLatin1(key.publicPem()));
        insert.addBindValue(now);
        insert.addBindValue(session.officerId);
        insert.addBindValue(certificate);
        execQuery(insert, QT_TRANSLATE_NOOP("dpo::Sql", "store the signing key"));
        AuditService::append(db, session, QStringLiteral("signing_key.create"),
                             QStringLiteral("signing_key"), key.fingerprint(), 0,
                             QJsonObject{{QStringLiteral("fingerprint"), key.fingerprint()}});
        // The owner's eyes only, as every file the console writes.
        writeFileAtomically(privateKeyPath, key.encryptedPrivatePem(passphrase), kOwnerOnly);
        return key.fingerprint();
    });
}

QString SigningKeyService::importCertificate(const Session& session, const QByteArray& pem) const
{
    const CertificateChain chain = CertificateChain::fromPem(pem);
    const QString fingerprint = chain.keyFingerprint();
    return runStep(m_database, session, Permission::ManageSigningKey,
                   tr("store the signing key's certificate"),
                   [&](const QSqlDatabase& db) {
        QSqlQuery key = prepareQuery(
            db, QStringLiteral("SELECT public_key_pem FROM signing_keys WHERE active = 1 AND "
                               "fingerprint = ?"));
        key.addBindValue(fingerprint);
        execQuery(key, QT_TRANSLATE_NOOP("dpo::Sql", "read the signing keys"));
        if (!key.next())
            throw Error(Error::Kind::BadInput,
                        //: %1: the key's fingerprint (hex).
                        tr("The certificate is for key %1, which is not an active signing key of "
                           "this database.")
                            .arg(fingerprint));
        if (SigningKey::fromPublicPem(key.value(0).toString().toLatin1()).algorithm() !=
            SigningKey::Algorithm::EcdsaP256)
            throw Error(Error::Kind::BadInput,
                        tr("The certificate is for an Ed25519 key, which cannot make a CMS "
                           "signature OpenSSL checks; make a new key (keys init)."));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!(chain.notBefore() <= now && now < chain.notAfter()))
            throw Error(Error::Kind::BadInput,
                        //: %1 and %2: dates and times (UTC) the certificate is valid from and to.
                        tr("The certificate is valid from %1 to %2, not now.")
                            .arg(chain.notBefore().toString(Qt::ISODate),
                                 chain.notAfter().toString(Qt::ISODate)));
        const QJsonObject details{
            {QStringLiteral("subject"), chain.subject()},
            {QStringLiteral("certificates"), qint64(chain.certificates().size())},
            {QStringLiteral("self_issued"), chain.selfIssued()},
            {QStringLiteral("not_after"), chain.notAfter().toString(Qt::ISODate)}};
        if (m_database.isPostgres()) {
            execBound(db, QStringLiteral("SELECT dpo_set_signing_certificate(?, ?, ?, ?)"),
                      {session.officerId, fingerprint, QString::fromLatin1(chain.toPem()),
                       QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))},
                      QT_TRANSLATE_NOOP("dpo::Sql", "store the signing key"));
            return fingerprint;
        }
        QSqlQuery update = prepareQuery(
            db,
            QStringLiteral("UPDATE signing_keys SET certificate_pem = ? WHERE fingerprint = ?"));
        update.addBindValue(QString::fromLatin1(chain.toPem()));
        update.addBindValue(fingerprint);
        execQuery(update, QT_TRANSLATE_NOOP("dpo::Sql", "store the signing key"));
        AuditService::append(db, session, QStringLiteral("signing_key.certificate"),
                             QStringLiteral("signing_key"), fingerprint, 0, details);
        return fingerprint;
    });
}

std::optional<CertificateChain>
SigningKeyService::certificateChain(const QString& fingerprint) const
{
    QSqlQuery q = prepareQuery(
        m_database.connection(),
        QStringLiteral("SELECT certificate_pem FROM signing_keys WHERE fingerprint = ?"));
    q.addBindValue(fingerprint);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the signing keys"));
    if (!q.next() || q.value(0).isNull())
        return std::nullopt;
    return CertificateChain::fromPem(q.value(0).toString().toLatin1());
}

QByteArray SigningKeyService::activeCertificatesPem() const
{
    QSqlQuery q = prepareQuery(m_database.connection(),
                               QStringLiteral("SELECT certificate_pem FROM signing_keys WHERE "
                                              "active = 1 AND certificate_pem IS NOT NULL "
                                              "ORDER BY created_at, fingerprint"));
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the signing keys"));
    QByteArray pem;
    while (q.next())
        pem += q.value(0).toString().toLatin1();
    return pem;
}

QString SigningKeyService::timeStampingUrl() const
{
    QSqlQuery q = prepareQuery(
        m_database.connection(),
        QStringLiteral("SELECT value FROM console_settings WHERE key = 'time_stamping_url'"));
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the settings"));
    return q.next() ? q.value(0).toString() : QString();
}

void SigningKeyService::setTimeStampingUrl(const Session& session, const QString& url) const
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (!url.trimmed().isEmpty() &&
        (!parsed.isValid() || parsed.host().isEmpty() || !parsed.userInfo().isEmpty() ||
         (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https"))))
        throw Error(Error::Kind::BadInput,
                    //: %1: the address as given.
                    tr("\"%1\" is not the address of a time-stamping authority: an http or https "
                       "URL with a host and no user name is expected.")
                        .arg(url.left(200)));
    runStep(m_database, session, Permission::ManageSigningKey,
            tr("set the time-stamping authority"), [&](const QSqlDatabase& db) {
                // Empty, not NULL, for none.
                SettingsService::store(db, QStringLiteral("time_stamping_url"),
                                       QLatin1String("") + parsed.toString(QUrl::FullyEncoded));
                AuditService::append(db, session, QStringLiteral("settings.time_stamping"),
                                     QStringLiteral("console_settings"),
                                     QStringLiteral("time_stamping_url"), 0,
                                     QJsonObject{{QStringLiteral("url"), parsed.toString()}});
                return 0;
            });
}

bool SigningKeyService::hasActiveKey() const
{
    QSqlQuery q =
        prepareQuery(m_database.connection(),
                     QStringLiteral("SELECT count(*) FROM signing_keys WHERE active = 1"));
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the signing keys"));
    return q.next() && q.value(0).toInt() > 0;
}

bool SigningKeyService::isActiveKey(const QString& fingerprint) const
{
    QSqlQuery q = prepareQuery(
        m_database.connection(),
        QStringLiteral("SELECT count(*) FROM signing_keys WHERE active = 1 AND fingerprint = ?"));
    q.addBindValue(fingerprint);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the signing keys"));
    return q.next() && q.value(0).toInt() > 0;
}

namespace {
QString keyPathSetting(const QString& fingerprint)
{
    return QStringLiteral("signing/keys/%1/path").arg(fingerprint);
}
} // namespace

QString SigningKeyService::rememberedKeyPath() const
{
    QSqlQuery q = prepareQuery(m_database.connection(),
                               QStringLiteral("SELECT fingerprint FROM signing_keys WHERE active = "
                                              "1 ORDER BY created_at DESC, fingerprint"));
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the signing keys"));
    const QSettings settings;
    while (q.next()) {
        const QString path = settings.value(keyPathSetting(q.value(0).toString())).toString();
        if (!path.isEmpty())
            return path;
    }
    // Recorded before paths were kept per key: one path for every database, which a database
    // with a key may still use (a key it does not know is refused once opened).
    return settings.value(QStringLiteral("signing/keyPath")).toString();
}

void SigningKeyService::rememberKeyPath(const QString& fingerprint, const QString& path)
{
    QSettings().setValue(keyPathSetting(fingerprint), QFileInfo(path).absoluteFilePath());
}

QStringList SigningKeyService::activeFingerprints() const
{
    QSqlQuery q = prepareQuery(m_database.connection(),
                               QStringLiteral("SELECT fingerprint FROM signing_keys "
                                              "WHERE active = 1 ORDER BY created_at, fingerprint"));
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the signing keys"));
    QStringList fingerprints;
    while (q.next())
        fingerprints << q.value(0).toString();
    return fingerprints;
}

QByteArray SigningKeyService::activePublicKeysPem() const
{
    QSqlQuery q = prepareQuery(m_database.connection(),
                               QStringLiteral("SELECT public_key_pem FROM signing_keys "
                                              "WHERE active = 1 ORDER BY created_at, fingerprint"));
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the signing keys"));
    QByteArray pem;
    while (q.next())
        pem += q.value(0).toString().toLatin1();
    return pem;
}

SigningKey SigningKeyService::openActiveKey(const QString& privateKeyPath,
                                            const QByteArray& passphrase) const
{
    QFile file(privateKeyPath);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(
            Error::Kind::BadInput,
            //: %1: the file's path; %2: the system's reason.
            tr("Cannot read the signing key %1: %2").arg(privateKeyPath, file.errorString()));
    SigningKey key = SigningKey::fromEncryptedPem(file.readAll(), passphrase);
    if (!isActiveKey(key.fingerprint()))
        throw Error(
            Error::Kind::BadInput,
            //: %1: the file's path.
            tr("The key in %1 is not an active signing key of this database.").arg(privateKeyPath));
    return key;
}

} // namespace dpo
