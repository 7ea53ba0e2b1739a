// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/AuditCommands.h"

#include "cli/CliSupport.h"
#include "db/Database.h"
#include "security/SigningKey.h"
#include "services/AuditAnchorService.h"
#include "services/AuditExportService.h"
#include "services/AuditVerifier.h"
#include "services/ExportVerifier.h"
#include "services/SigningKeyService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace dpo::cli {

namespace {
constexpr const char* kVerifyExportUsage =
    "dpo-console audit verify-export FILE|DIR (--public-key FILE | --fingerprint HEX | --database "
    "URL)";

QString utcTime(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// The anchors `audit verify` is asked to check: the database's (--anchors) and those copied out
// of it (--anchors-from DIR), oldest head first within each.
QList<AuditAnchor> anchorsToCheck(const QCommandLineParser& parser, Database& database)
{
    QList<AuditAnchor> anchors;
    if (parser.isSet(QStringLiteral("anchors")))
        anchors = AuditAnchorService(database).anchors();
    if (parser.isSet(QStringLiteral("anchors-from")))
        anchors += AuditAnchorService::readFiles(parser.value(QStringLiteral("anchors-from")));
    return anchors;
}

int verifyCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Re-computes the whole audit chain (docs/audit.md). Exit 0 and the entry count and head "
           "hash when it is intact; exit 1 naming the first entry that breaks and how "
           "(hash_mismatch, sequence_gap, broken_link) when not. With --anchors (the database's) "
           "or --anchors-from DIR (anchors copied out of it), also that the chain still has each "
           "anchored head: exit 1 naming the first anchor it does not, which finds a rewrite of "
           "the history even when every hash was recomputed."));
    parser.addOption(databaseOption());
    parser.addOption({QStringLiteral("format"), tr("Output format: text or json."),
                      QStringLiteral("FORMAT"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("anchors"), tr("Check the database's anchors too.")});
    parser.addOption({QStringLiteral("anchors-from"),
                      tr("Check the anchors in this folder too (as `audit anchors --out` wrote "
                         "them)."),
                      QStringLiteral("DIR")});
    int code = 0;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("dpo-console audit verify --database URL [--anchors] "
                                     "[--anchors-from DIR] [--format text|json]"),
                      code))
        return code;
    return runGuarded([&] {
        const QString format = parser.value(QStringLiteral("format"));
        if (format != QStringLiteral("text") && format != QStringLiteral("json"))
            throw Error(Error::Kind::BadInput,
                        //: %1: the format name as typed after --format.
                        tr("Unknown format \"%1\": use text or json.").arg(format));
        auto database = openDatabase(parser);
        const bool withAnchors =
            parser.isSet(QStringLiteral("anchors")) || parser.isSet(QStringLiteral("anchors-from"));
        const QList<AuditAnchor> anchors = anchorsToCheck(parser, *database);
        QElapsedTimer timer;
        timer.start();
        const AuditVerification v = AuditVerifier(*database).verify();
        const AnchorCheck a =
            v.intact() ? AuditAnchorService(*database).check(anchors) : AnchorCheck{};
        const double seconds = double(timer.elapsed()) / 1000.0;
        const bool holds = v.intact() && a.holds();
        if (format == QStringLiteral("json")) {
            QJsonObject o{{QStringLiteral("intact"), holds},
                          {QStringLiteral("entries_checked"), v.entries},
                          {QStringLiteral("head_seq"), v.headSeq},
                          {QStringLiteral("head_hash"), v.headHash}};
            if (!v.intact()) {
                o.insert(QStringLiteral("broken_seq"), v.brokenSeq);
                o.insert(QStringLiteral("problem"), AuditVerification::problemCode(v.problem));
                o.insert(QStringLiteral("detail"), v.detail);
            }
            if (withAnchors && v.intact())
                o.insert(QStringLiteral("anchors_checked"), a.checked);
            if (!a.holds()) {
                o.insert(QStringLiteral("problem"), QStringLiteral("anchor_not_held"));
                o.insert(QStringLiteral("anchor_seq"), a.brokenAt);
                o.insert(QStringLiteral("anchor_stamped_at"),
                         a.brokenStampedAt.toString(Qt::ISODate));
                if (!a.brokenSource.isEmpty())
                    o.insert(QStringLiteral("anchor_file"), a.brokenSource);
                o.insert(QStringLiteral("detail"), a.problem);
            }
            printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) +
                     QLatin1Char('\n'));
        } else if (!v.intact()) {
            //: %1: the sequence number of the first broken entry; %2: a problem code, e.g. "hash";
            //: %3: what is wrong, in words; %4: the number of entries before it.
            printOut(tr("The audit chain is broken at entry %1 (%2): %3. The %4 entries before it "
                        "verify.\n")
                         .arg(v.brokenSeq)
                         .arg(AuditVerification::problemCode(v.problem), v.detail)
                         .arg(v.entries));
        } else if (!a.holds()) {
            //: %1: the anchored entry's sequence number; %2: the time-stamp's time (UTC); %3:
            //: where the anchor was read, "the database" or a file's path; %4: why it does not
            //: hold.
            printOut(tr("The audit chain does not hold the anchor of entry %1, time-stamped at %2 "
                        "UTC (%3): %4. Its entries hash and link, so the history up to that entry "
                        "was rewritten after it was anchored.\n")
                         .arg(a.brokenAt)
                         .arg(utcTime(a.brokenStampedAt),
                              a.brokenSource.isEmpty() ? tr("the database") : a.brokenSource,
                              a.problem));
        } else {
            //: %1: the number of entries; %2: the head entry's sequence number; %3: its SHA-256
            //: hash in hex.
            printOut(tr("The audit chain is intact: %1 entries, head %2 %3.\n")
                         .arg(v.entries)
                         .arg(v.headSeq)
                         .arg(v.headHash));
            //: %1: the number of anchors; %2: the last anchored entry's number; %3: its time (UTC).
            if (a.checked > 0)
                printOut(tr("It holds all %1 anchors; the last pins entry %2, time-stamped at %3 "
                            "UTC.\n")
                             .arg(a.checked)
                             .arg(a.lastSeq)
                             .arg(utcTime(a.lastStampedAt)));
            else if (withAnchors)
                printOut(tr("There are no anchors to check (dpo-console audit anchor).\n"));
        }
        //: %1: seconds with two decimals, e.g. "0.42".
        printErr(tr("Checked in %1 s.").arg(seconds, 0, 'f', 2));
        return int(holds ? Success : CheckFailed);
    });
}

int anchorCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Anchors the audit chain: the time-stamping authority set with `keys time-stamping` "
           "stamps the chain's head (its number and hash), and the token is kept in the database "
           "(docs/audit.md, \"Anchors\"). Meant for a daily timer; `audit anchors --out DIR` "
           "copies the anchors out, `audit verify --anchors` checks them."));
    parser.addOption(databaseOption());
    parser.addOption(officerOption());
    int code = 0;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("dpo-console audit anchor --database URL --officer NAME"),
                      code))
        return code;
    return runGuarded([&] {
        auto database = openDatabase(parser);
        const Session session = signInFromCommandLine(*database, parser);
        const AuditAnchor anchor = AuditAnchorService(*database).anchor(session);
        //: %1: the entry's sequence number; %2: its hash; %3: the authority's time (UTC); %4: the
        //: authority's address.
        printOut(tr("Anchored entry %1 (%2): time-stamped at %3 UTC by %4.\n")
                     .arg(anchor.headSeq)
                     .arg(anchor.headHash, utcTime(anchor.stampedAt), anchor.authorityUrl));
        return int(Success);
    });
}

int anchorsCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the anchors of the audit chain: the entry, the authority's time, the hash. "
           "With --out, writes each as anchor-SEQ.txt (what was stamped) and anchor-SEQ.tst (the "
           "authority's token), which `openssl ts -verify -data anchor-SEQ.txt -in "
           "anchor-SEQ.tst -token_in -CAfile ROOT` checks; keep them away from the database."));
    parser.addOption(databaseOption());
    parser.addOption(
        {QStringLiteral("out"), tr("The folder to write the anchors to."), QStringLiteral("DIR")});
    int code = 0;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("dpo-console audit anchors --database URL [--out DIR]"), code))
        return code;
    return runGuarded([&] {
        auto database = openDatabase(parser);
        const QList<AuditAnchor> anchors = AuditAnchorService(*database).anchors();
        for (const AuditAnchor& a : anchors)
            printOut(QStringLiteral("%1\t%2\t%3\n")
                         .arg(a.headSeq)
                         .arg(utcTime(a.stampedAt), a.headHash));
        if (parser.isSet(QStringLiteral("out"))) {
            const QString dir = parser.value(QStringLiteral("out"));
            AuditAnchorService::writeFiles(anchors, dir);
            //: %1: the number of anchors; %2: the folder.
            printErr(tr("Wrote %1 anchors to %2.").arg(anchors.size()).arg(dir));
        } else if (anchors.isEmpty()) {
            printErr(tr("There are no anchors (dpo-console audit anchor)."));
        }
        return int(Success);
    });
}

int exportCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Exports the audit trail for an inspection: PDF for "
                                        "printing (Kyrgyz or Russian), CSV or JSON "
                                        "Lines for other tools. Days are Bishkek days, both "
                                        "included. The export is itself audited."));
    parser.addOption(databaseOption());
    parser.addOption(officerOption());
    parser.addOption(
        {QStringLiteral("from"), tr("First day, YYYY-MM-DD."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"), tr("Last day, YYYY-MM-DD."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("subject"),
                      tr("Only the entries about this subject (platform reference)."),
                      QStringLiteral("REF")});
    parser.addOption({QStringLiteral("format"),
                      tr("pdf, csv or jsonl; several, comma-separated (pdf,csv,jsonl), make a set "
                         "in the folder --out: a file each and a signed manifest."),
                      QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("lang"), tr("The PDF's language: ky or ru (default ru)."),
                      QStringLiteral("LANG"), QStringLiteral("ru")});
    parser.addOption({QStringLiteral("out"), tr("The file to write (a set: the folder)."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("key"),
         tr("The organisation's signing key (PKCS#8 PEM); required once the database has one. "
            "Default: the path `keys init` configured. The passphrase comes from "
            "DPO_CONSOLE_KEY_PASSPHRASE."),
         QStringLiteral("FILE")});
    const QString usage = QStringLiteral(
        "dpo-console audit export --database URL --officer NAME [--from D] [--to D] "
        "[--subject REF] --format pdf|csv|jsonl[,...] [--lang ky|ru] [--key FILE] --out FILE|DIR");
    int code = 0;
    if (!parseCommand(parser, arguments, usage, code))
        return code;
    return runGuarded([&] {
        if (!parser.isSet(QStringLiteral("format")))
            throw Error(Error::Kind::BadInput, tr("--format pdf|csv|jsonl is required."));
        if (!parser.isSet(QStringLiteral("out")))
            throw Error(Error::Kind::BadInput, tr("--out FILE is required."));
        AuditExportService::Options options;
        QList<AuditExportService::Format> formats;
        for (const QString& formatCode :
             parser.value(QStringLiteral("format")).split(QLatin1Char(',')))
            formats.append(AuditExportService::formatFromCode(formatCode.trimmed()));
        options.format = formats.first();
        options.language = parser.value(QStringLiteral("lang"));
        if (options.language != QStringLiteral("ky") && options.language != QStringLiteral("ru"))
            throw Error(Error::Kind::BadInput, tr("--lang must be ky or ru."));
        options.filter.from = dateOption(parser, QStringLiteral("from"));
        options.filter.to = dateOption(parser, QStringLiteral("to"));
        if (options.filter.from.isValid() && options.filter.to.isValid() &&
            options.filter.to < options.filter.from)
            throw Error(Error::Kind::BadInput, tr("--to is before --from."));
        options.filter.subjectRef = parser.value(QStringLiteral("subject"));
        auto database = openDatabase(parser);
        const Session session = signInFromCommandLine(*database, parser);
        // A database with a key signs every export: with --key, or the path `keys init` recorded
        // on this computer for that database's key (a path, never the passphrase). A database
        // without one asks for no passphrase, whatever another database's key.
        const SigningKeyService keys(*database);
        if (keys.hasActiveKey()) {
            options.signingKeyPath = parser.isSet(QStringLiteral("key"))
                                         ? parser.value(QStringLiteral("key"))
                                         : keys.rememberedKeyPath();
            if (!options.signingKeyPath.isEmpty())
                options.passphrase = keyPassphrase();
        }
        const QString out = parser.value(QStringLiteral("out"));
        QElapsedTimer timer;
        timer.start();
        const AuditExportService service(*database);
        const AuditExportSummary s = formats.size() > 1
                                         ? service.exportSet(session, options, formats, out)
                                         : service.exportTo(session, options, out);
        //: %1: the number of entries; %2 and %3: the first and last sequence numbers; %4: the
        //: output file's path; %5: seconds with two decimals; %6: the head entry's sequence number;
        //: %7: its SHA-256 hash.
        printErr(tr("Exported %1 entries (%2 to %3) to %4 in %5 s; chain head %6 %7.")
                     .arg(s.entries)
                     .arg(s.firstSeq)
                     .arg(s.lastSeq)
                     .arg(out)
                     .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2)
                     .arg(s.headSeq)
                     .arg(s.headHash));
        if (!s.manifestPath.isEmpty()) {
            QStringList names;
            for (const AuditExportService::Format format : formats)
                names << AuditExportService::setFileName(format);
            //: %1: the path of a set's manifest; %2: the files it lists, comma-separated.
            printErr(tr("A set: %1 lists %2 with their SHA-256, and is what is signed.")
                         .arg(s.manifestPath, names.join(QStringLiteral(", "))));
        }
        //: %1: the signing key's fingerprint (hex); %2: the path of the signature file written.
        if (!s.signaturePath.isEmpty())
            printErr(tr("Signed with key %1: %2").arg(s.keyFingerprint, s.signaturePath));
        //: %1: the time-stamping authority's date and time (UTC), e.g. 2026-12-06 21:27:36.
        if (s.timeStampedAt.isValid())
            printErr(tr("Time-stamped by the authority at %1 UTC.")
                         .arg(s.timeStampedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
        else if (s.signaturePath.endsWith(QLatin1String(".p7s")))
            printErr(tr("No time-stamp: no time-stamping authority is set "
                        "(dpo-console keys time-stamping)."));
        if (s.signaturePath.isEmpty())
            printErr(tr("Not signed: this database has no signing key (dpo-console keys init)."));
        return int(Success);
    });
}
// The trusted signer's fingerprint from --fingerprint or --public-key; empty when neither.
QString trustedFingerprint(const QCommandLineParser& parser)
{
    const bool byFingerprint = parser.isSet(QStringLiteral("fingerprint"));
    const bool byKey = parser.isSet(QStringLiteral("public-key"));
    if (byFingerprint && byKey)
        throw Error(Error::Kind::BadInput, tr("Give --public-key or --fingerprint, not both."));
    if (byFingerprint) {
        const QString hex = parser.value(QStringLiteral("fingerprint")).trimmed().toLower();
        static const QRegularExpression sha256Hex(QStringLiteral("^[0-9a-f]{64}$"));
        if (!sha256Hex.match(hex).hasMatch())
            throw Error(Error::Kind::BadInput,
                        tr("--fingerprint: a key's fingerprint is 64 hexadecimal digits."));
        return hex;
    }
    if (!byKey)
        return {};
    const QString path = parser.value(QStringLiteral("public-key"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::BadInput,
                    //: %1: the path given to --public-key; %2: the system's reason, e.g. "No such
                    //: file or directory".
                    tr("--public-key: cannot read %1: %2").arg(path, file.errorString()));
    return SigningKey::fromPublicPem(file.read(64 * 1024)).fingerprint();
}

int verifyExportCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks an audit export against its signature file, FILE.p7s (CMS) or FILE.sig (made "
           "before): the file's hash, the signature and its signer, who must be the key given by "
           "--public-key (PEM, as `keys public` prints it) or --fingerprint, or a signing key of "
           "the --database; with --database also that the chain head is in its chain and (CSV, "
           "JSON Lines) that every entry hashes to its hash, follows the one before it and "
           "matches the chain. A set (its folder or its manifest): the manifest's signature, and "
           "every file it lists has the SHA-256 listed and entries that hold. "
           "Exit 0 when it holds, 1 when not (an unknown signer included)."));
    parser.addOption({QStringLiteral("database"),
                      tr("The consent database to check the signer and the entries against."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("public-key"),
                      tr("The organisation's public key (PEM) the export must be signed with."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("fingerprint"),
                      tr("The SHA-256 fingerprint (hex) of the key the export must be signed "
                         "with."),
                      QStringLiteral("HEX")});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("The export, or a set's folder or manifest (every file it "
                                    "lists is checked too)."));
    int code = 0;
    if (!parseCommand(parser, arguments, QString::fromLatin1(kVerifyExportUsage), code))
        return code;
    return runGuarded([&] {
        if (parser.positionalArguments().size() != 1)
            throw Error(Error::Kind::BadInput, tr("Give exactly one FILE."));
        const QString path = parser.positionalArguments().first();
        const QString trusted = trustedFingerprint(parser);
        std::unique_ptr<Database> database;
        if (parser.isSet(QStringLiteral("database")))
            database = openDatabase(parser);
        const ExportCheck check = ExportVerifier::verify(path, database.get(), trusted);
        if (!check.ok) {
            //: %1: the export file's path; %2: why it does not verify, a sentence.
            printOut(tr("%1 does not verify: %2\n").arg(path, check.problem));
            return int(CheckFailed);
        }
        //: %1: the export file's path; %2: the key's fingerprint; %3: the number of entries; %4:
        //: the head's sequence number; %5: its hash; %6: either empty or "; matches the database (N
        //: entries compared)".
        printOut(tr("%1 verifies: signed by key %2; %3 entries, chain head %4 %5%6.\n")
                     .arg(path, check.keyFingerprint)
                     .arg(check.entries)
                     .arg(check.headSeq)
                     .arg(check.headHash, database
                                              //: Appended to the verification sentence. %1: the
                                              //: number of entries compared with the database.
                                              ? tr("; matches the database (%1 entries compared)")
                                                    .arg(check.entriesMatched)
                                              : QString()));
        //: %1: the time-stamping authority's date and time (UTC), e.g. 2026-12-06 21:27:36.
        if (check.timeStampedAt.isValid())
            printOut(tr("Its signature carries a time-stamp of %1 UTC; whether its authority is "
                        "to be trusted is checked with the authority's root certificate "
                        "(docs/audit.md, step 3).\n")
                         .arg(check.timeStampedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
        return int(Success);
    });
}
} // namespace

int auditCommand(const QStringList& arguments)
{
    return runSubcommand(
        arguments,
        {{"verify", verifyCommand},
         {"anchor", anchorCommand},
         {"anchors", anchorsCommand},
         {"export", exportCommand},
         {"verify-export", verifyExportCommand}},
        //: The command line's usage text; %1: the usage of "audit verify-export", which follows it.
        //: Command words, option names and values in capitals stay as they are.
        tr("Usage: dpo-console audit verify --database URL [--anchors] [--anchors-from DIR] "
           "[--format text|json]\n"
           "       dpo-console audit anchor --database URL --officer NAME\n"
           "       dpo-console audit anchors --database URL [--out DIR]\n"
           "       dpo-console audit export --database URL --officer NAME [--from D] "
           "[--to D] [--subject REF] "
           "--format pdf|csv|jsonl[,...] [--lang ky|ru] [--key FILE] --out FILE|DIR\n"
           "       %1\n")
            .arg(QString::fromLatin1(kVerifyExportUsage)));
}

} // namespace dpo::cli
