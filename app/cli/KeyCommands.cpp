// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/KeyCommands.h"

#include "cli/CliSupport.h"
#include "db/Database.h"
#include "services/SigningKeyService.h"

#include <QCoreApplication>
#include <QFile>

namespace dpo::cli {

namespace {
int keysInitCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Creates the organisation's key pair for signing audit exports (ECDSA P-256): the "
           "private key in a passphrase-protected PKCS#8 PEM file (passphrase from "
           "DPO_CONSOLE_KEY_PASSPHRASE, at least 12 characters), the public key and a self-signed "
           "certificate for it in the database. Administrators only."));
    parser.addOption(databaseOption());
    parser.addOption(officerOption());
    parser.addOption({QStringLiteral("key"),
                      tr("Where to write the private key; never overwritten."),
                      QStringLiteral("FILE")});
    int code = 0;
    if (!parseCommand(
            parser, arguments,
            QStringLiteral("dpo-console keys init --database URL --officer NAME --key FILE"), code))
        return code;
    return runGuarded([&] {
        if (!parser.isSet(QStringLiteral("key")))
            throw Error(Error::Kind::BadInput, tr("--key FILE is required."));
        const QByteArray passphrase = keyPassphrase();
        auto database = openDatabase(parser);
        const Session session = signInFromCommandLine(*database, parser);
        const QString fingerprint = SigningKeyService(*database).createKey(
            session, parser.value(QStringLiteral("key")), passphrase);
        SigningKeyService::rememberKeyPath(fingerprint, parser.value(QStringLiteral("key")));
        printOut(fingerprint + QLatin1Char('\n'));
        //: %1: the new key's fingerprint (hex); %2: the path of the private key file.
        printErr(tr("Signing key %1 created; the private key is in %2. Keep the file and its "
                    "passphrase apart.")
                     .arg(fingerprint, parser.value(QStringLiteral("key"))));
        return int(Success);
    });
}

int keysPublicCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the public half of the database's active signing keys (PEM): what the "
           "organisation hands to whoever checks its exports with `audit verify-export "
           "--public-key` or with openssl, without the database."));
    parser.addOption(databaseOption());
    int code = 0;
    if (!parseCommand(parser, arguments, QStringLiteral("dpo-console keys public --database URL"),
                      code))
        return code;
    return runGuarded([&] {
        auto database = openDatabase(parser);
        const QByteArray pem = SigningKeyService(*database).activePublicKeysPem();
        if (pem.isEmpty())
            throw Error(Error::Kind::BadInput,
                        tr("This database has no signing key (dpo-console keys init)."));
        printOut(QString::fromLatin1(pem));
        return int(Success);
    });
}

int keysCertificateCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the certificates of the database's active signing keys (PEM): what whoever "
           "checks an export's CMS signature gives `openssl cms -verify` as -CAfile."));
    parser.addOption(databaseOption());
    int code = 0;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("dpo-console keys certificate --database URL"), code))
        return code;
    return runGuarded([&] {
        auto database = openDatabase(parser);
        const QByteArray pem = SigningKeyService(*database).activeCertificatesPem();
        if (pem.isEmpty())
            throw Error(Error::Kind::BadInput,
                        tr("No active signing key of this database has a certificate "
                           "(dpo-console keys init)."));
        printOut(QString::fromLatin1(pem));
        return int(Success);
    });
}

int keysImportCertificateCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Stores a certification authority's certificate for an active signing key, in place "
           "of the one stored: FILE is PEM, the key's certificate first, then the certificates "
           "that issued it. Exports are signed with it from then on. Administrators only."));
    parser.addOption(databaseOption());
    parser.addOption(officerOption());
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The certificate chain (PEM)."));
    int code = 0;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("dpo-console keys import-certificate --database URL "
                                     "--officer NAME FILE"),
                      code))
        return code;
    return runGuarded([&] {
        if (parser.positionalArguments().size() != 1)
            throw Error(Error::Kind::BadInput, tr("Give exactly one FILE."));
        const QString path = parser.positionalArguments().first();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw Error(Error::Kind::BadInput,
                        //: %1: the file's path; %2: the system's reason.
                        tr("Cannot read %1: %2").arg(path, file.errorString()));
        auto database = openDatabase(parser);
        const Session session = signInFromCommandLine(*database, parser);
        const QString fingerprint =
            SigningKeyService(*database).importCertificate(session, file.read(1 << 20));
        //: %1: the key's fingerprint (hex).
        printErr(tr("The certificate of signing key %1 is stored; exports are signed with it.")
                     .arg(fingerprint));
        return int(Success);
    });
}
int keysTimeStampingCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Sets the RFC 3161 time-stamping authority whose token every export's CMS signature "
           "carries from then on (CAdES-T), or --none. An export is refused while the authority "
           "cannot be reached. Administrators only; audited."));
    parser.addOption(databaseOption());
    parser.addOption(officerOption());
    parser.addOption({QStringLiteral("url"), tr("The authority's address (http or https)."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("none"), tr("No time-stamps.")});
    int code = 0;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("dpo-console keys time-stamping --database URL --officer "
                                     "NAME (--url URL | --none)"),
                      code))
        return code;
    return runGuarded([&] {
        if (parser.isSet(QStringLiteral("url")) == parser.isSet(QStringLiteral("none")))
            throw Error(Error::Kind::BadInput, tr("Give --url URL or --none."));
        auto database = openDatabase(parser);
        const Session session = signInFromCommandLine(*database, parser);
        const SigningKeyService keys(*database);
        keys.setTimeStampingUrl(session, parser.value(QStringLiteral("url")));
        const QString url = keys.timeStampingUrl();
        //: %1: the time-stamping authority's address.
        if (!url.isEmpty())
            printOut(tr("Exports and anchors are time-stamped by %1 from now on.\n").arg(url));
        else
            printOut(tr("No time-stamping authority: exports are signed without a time-stamp, "
                        "and the chain cannot be anchored.\n"));
        return int(Success);
    });
}
} // namespace

int keysCommand(const QStringList& arguments)
{
    return runSubcommand(
        arguments,
        {{"init", keysInitCommand},
         {"public", keysPublicCommand},
         {"certificate", keysCertificateCommand},
         {"import-certificate", keysImportCertificateCommand},
         {"time-stamping", keysTimeStampingCommand}},
        tr("Usage: dpo-console keys init --database URL --officer NAME --key FILE\n"
           "       dpo-console keys public --database URL\n"
           "       dpo-console keys certificate --database URL\n"
           "       dpo-console keys import-certificate --database URL --officer NAME FILE\n"
           "       dpo-console keys time-stamping --database URL --officer NAME (--url URL | "
           "--none)\n"));
}

} // namespace dpo::cli
