// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliSupport.h"

#include "core/TextSafety.h"
#include "db/Database.h"
#include "db/DatabaseUrl.h"
#include "domain/DocumentLanguage.h"
#include "import/SubjectFields.h"
#include "services/AccessControl.h"
#include "services/LetterService.h"
#include "services/OfficerService.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <termios.h>
#include <unistd.h>

namespace dpo::cli {

QString tr(const char* text)
{
    return QCoreApplication::translate("dpo::cli", text);
}

namespace {
// A cell a spreadsheet would run as a formula (=, +, -, @, a tab or a carriage return first) is
// prefixed with an apostrophe, as OWASP's CSV injection advice says; a plain number (-3 days
// left, +996…) is no formula and stays as it is.
QString csvField(const QString& text)
{
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+([.,][0-9]+)?$"));
    const QString value = SubjectFields::startsAsFormula(text) && !number.match(text).hasMatch()
                              ? QLatin1Char('\'') + text
                              : text;
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
} // namespace

QString terminalSafe(const QString& text, bool keepLineBreaks)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool lineOrTab = u == u'\n' || u == u'\t';
        if ((TextSafety::isControl(u) && !(keepLineBreaks && lineOrTab)) ||
            TextSafety::isDirectionControl(u))
            out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

void printOut(const QString& text)
{
    // What is printed for a person repeats what the database, a file or a signature file holds:
    // an escape sequence in any of them is shown as \uXXXX, never obeyed by the terminal.
    printExact(terminalSafe(text, true));
}

void printExact(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    fflush(stdout);
}

void printErr(const QString& text)
{
    // Messages repeat what was typed (an unknown format, a file name): shown, never obeyed.
    const QByteArray bytes = terminalSafe(text, true).toUtf8();
    fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    if (!text.endsWith(QLatin1Char('\n')))
        fputc('\n', stderr);
    fflush(stderr);
}

QCommandLineOption databaseOption()
{
    return QCommandLineOption(QStringLiteral("database"),
                              tr("The consent database: sqlite:PATH or "
                                 "postgresql://user@host:port/dbname (with ?sslmode=MODE when "
                                 "needed). The PostgreSQL password comes from PGPASSWORD or "
                                 "~/.pgpass."),
                              QStringLiteral("URL"));
}

QCommandLineOption officerOption()
{
    return QCommandLineOption(QStringLiteral("officer"),
                              tr("The officer who makes the change; the password comes from "
                                 "DPO_CONSOLE_PASSWORD or a prompt on the terminal."),
                              QStringLiteral("NAME"));
}

QCommandLineOption countOnOption()
{
    return {QStringLiteral("on"),
            tr("Count days left and overdue against this day, YYYY-MM-DD (default today)."),
            QStringLiteral("DATE")};
}

QDate countOnDate(const QCommandLineParser& parser)
{
    return parser.isSet(QStringLiteral("on")) ? dateOption(parser, QStringLiteral("on"))
                                              : bishkekToday();
}

int runDaysSetting(const QStringList& arguments, const DaysSetting& setting)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(setting.description);
    parser.addOption(databaseOption());
    parser.addOption(officerOption());
    parser.addOption({QStringLiteral("days"), setting.daysHelp, QStringLiteral("N")});
    int code = 0;
    if (!parseCommand(parser, arguments, setting.usage, code))
        return code;
    return runGuarded([&] {
        bool ok = false;
        const int days = parser.value(QStringLiteral("days")).toInt(&ok);
        if (!ok)
            throw Error(Error::Kind::BadInput, setting.invalidDays);
        auto database = openDatabase(parser);
        const Session session = signInFromCommandLine(*database, parser);
        printOut(setting.apply(*database, session, days));
        return int(Success);
    });
}

int runOpenCases(const QStringList& arguments, const OpenCasesCommand& command)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command.description);
    parser.addOption(databaseOption());
    parser.addOption(officerOption());
    parser.addOption({QStringLiteral("subject"), tr("The subject's platform reference."),
                      QStringLiteral("REF")});
    parser.addOption({QStringLiteral("all"), command.allHelp});
    for (const QCommandLineOption& option : command.options)
        parser.addOption(option);
    int code = 0;
    if (!parseCommand(parser, arguments, command.usage, code))
        return code;
    return runGuarded([&] {
        const bool all = parser.isSet(QStringLiteral("all"));
        if (all == parser.isSet(QStringLiteral("subject")))
            throw Error(Error::Kind::BadInput, tr("Give either --subject or --all."));
        if (command.check)
            command.check(parser, all);
        auto database = openDatabase(parser);
        const Session session = signInFromCommandLine(*database, parser);
        if (!all) {
            printOut(QStringLiteral("%1\n").arg(command.openOne(*database, session, parser)));
            return int(Success);
        }
        const auto [opened, alreadyOpen] = command.openAll(*database, session);
        for (const qint64 id : opened)
            printOut(QStringLiteral("%1\n").arg(id));
        printErr(command.summary.arg(opened.size()).arg(alreadyOpen));
        return int(Success);
    });
}

QDate dateOption(const QCommandLineParser& parser, const QString& name)
{
    if (!parser.isSet(name))
        return {};
    const QDate date = QDate::fromString(parser.value(name), Qt::ISODate);
    if (!date.isValid())
        throw Error(
            Error::Kind::BadInput,
            //: %1: the option's name without dashes, e.g. "received"; %2: the value typed.
            tr("--%1 must be a date YYYY-MM-DD, not \"%2\".").arg(name, parser.value(name)));
    return date;
}

QCommandLineOption formatOption()
{
    return QCommandLineOption(QStringLiteral("format"), tr("Output format: table, csv or json."),
                              QStringLiteral("FORMAT"), QStringLiteral("table"));
}

bool parseCommand(QCommandLineParser& parser, const QStringList& arguments, const QString& usage,
                  int& exitCode)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments)) {
        printErr(parser.errorText() + QLatin1Char('\n') + tr("Run with --help for the usage."));
        exitCode = BadUsage;
        return false;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // QCommandLineParser names the program; show the command's own usage line instead.
        const int firstBreak = int(text.indexOf(QLatin1Char('\n')));
        //: %1: the command's usage line(s).
        printOut(tr("Usage: %1").arg(usage) + text.mid(firstBreak));
        exitCode = Success;
        return false;
    }
    return true;
}

std::unique_ptr<Database> openDatabase(const QCommandLineParser& parser, bool createIfMissing)
{
    if (!parser.isSet(QStringLiteral("database")))
        throw Error(Error::Kind::BadInput, tr("--database URL is required."));
    auto database =
        std::make_unique<Database>(DatabaseUrl::parse(parser.value(QStringLiteral("database"))));
    database->open(createIfMissing ? Database::OpenMode::CreateIfMissing
                                   : Database::OpenMode::MustExist);
    return database;
}

namespace {
// The secrets a command may be given in its environment, moved out of it when the command
// starts: left there, they would be readable for the life of the process (/proc/PID/environ)
// and passed on to any child it starts.
QHash<QByteArray, QByteArray>& takenSecrets()
{
    static QHash<QByteArray, QByteArray> secrets;
    return secrets;
}
} // namespace

void takeSecretsFromEnvironment()
{
    for (const char* variable :
         {"DPO_CONSOLE_PASSWORD", "DPO_CONSOLE_NEW_PASSWORD", "DPO_CONSOLE_KEY_PASSPHRASE"}) {
        if (!qEnvironmentVariableIsSet(variable))
            continue;
        takenSecrets().insert(variable, qgetenv(variable));
        // unsetenv alone leaves the bytes where the kernel put them, readable in /proc/PID/environ:
        // they are overwritten first.
        if (char* value = std::getenv(variable))
            explicit_bzero(value, std::strlen(value));
        qunsetenv(variable);
    }
}

QByteArray environmentSecret(const char* variable)
{
    return qEnvironmentVariableIsSet(variable) ? qgetenv(variable) : takenSecrets().value(variable);
}

QString readPassword(const QString& prompt, bool confirm, const char* variable)
{
    const QByteArray fromEnv = environmentSecret(variable);
    if (!fromEnv.isEmpty())
        return QString::fromUtf8(fromEnv);
    if (!isatty(STDIN_FILENO))
        throw Error(Error::Kind::BadInput,
                    //: %1: the name of the environment variable that holds the password, e.g.
                    //: DPO_PASSWORD.
                    tr("No password: set %1 or run the command on a terminal.")
                        .arg(QLatin1String(variable)));
    const auto ask = [](const QString& text) {
        printErr(text);
        termios old{};
        tcgetattr(STDIN_FILENO, &old);
        termios silent = old;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
        std::string line;
        std::getline(std::cin, line);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
        fputc('\n', stderr);
        return QString::fromStdString(line);
    };
    const QString password = ask(prompt);
    if (confirm && ask(tr("Repeat the password:")) != password)
        throw Error(Error::Kind::BadInput, tr("The two passwords differ."));
    return password;
}

Session signInFromCommandLine(Database& database, const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("officer")))
        throw Error(Error::Kind::BadInput,
                    tr("--officer NAME is required: this command changes data."));
    const QString name = parser.value(QStringLiteral("officer"));
    //: A prompt on the terminal. %1: the officer's user name.
    return OfficerService(database).signIn(name, readPassword(tr("Password for %1:").arg(name)));
}

Session signInToRead(Database& database, const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("officer")))
        throw Error(Error::Kind::BadInput,
                    tr("--officer NAME is required: this command reads the organisation's "
                       "records."));
    const QString name = parser.value(QStringLiteral("officer"));
    const Session session =
        OfficerService(database).signIn(name, readPassword(tr("Password for %1:").arg(name)));
    requirePermission(database, session, Permission::ReadPersonalData, tr("read the records"));
    return session;
}

int runGuarded(const std::function<int()>& body)
{
    try {
        return body();
    } catch (const Error& e) {
        printErr(e.message());
        switch (e.kind()) {
        case Error::Kind::Database:
        case Error::Kind::Crypto:
        case Error::Kind::Conflict:
            return Failure;
        default:
            return BadUsage;
        }
    }
}

int runSubcommand(const QStringList& arguments, std::initializer_list<Subcommand> subcommands,
                  const QString& usage)
{
    const QString sub = arguments.value(1);
    for (const Subcommand& s : subcommands)
        if (sub == QLatin1String(s.name))
            return s.run(arguments.mid(1));
    if (sub == QStringLiteral("--help") || sub == QStringLiteral("-h")) {
        printOut(usage);
        return int(Success);
    }
    printErr(
        //: %1: the command word the user typed, e.g. "claim".
        QCoreApplication::translate("dpo::cli", "Unknown %1 command; try: dpo-console %1 --help")
            .arg(arguments.value(0)));
    return int(BadUsage);
}

void requireFormat(const QString& format)
{
    if (format != QStringLiteral("table") && format != QStringLiteral("csv") &&
        format != QStringLiteral("json"))
        throw Error(Error::Kind::BadInput,
                    //: %1: the format name as typed after --format.
                    tr("Unknown format \"%1\": expected table, csv or json.").arg(format));
}

void printRows(const QString& format, const QStringList& header, const QList<QStringList>& rows)
{
    requireFormat(format);
    QString out;
    if (format == QStringLiteral("csv")) {
        QStringList line;
        for (const QString& h : header)
            line << csvField(h);
        out += line.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        for (const QStringList& row : rows) {
            line.clear();
            for (const QString& f : row)
                line << csvField(f);
            out += line.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        }
        printExact(out); // for programs: the text exactly, CRLF as RFC 4180 says
        return;
    } else if (format == QStringLiteral("json")) {
        QJsonArray array;
        for (const QStringList& row : rows) {
            QJsonObject o;
            for (int i = 0; i < header.size(); ++i)
                o.insert(header[i], row.value(i));
            array.append(o);
        }
        // Qt escapes the C0 controls; the rest as \uXXXX too, the same strings to a JSON reader.
        out = terminalSafe(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)),
                           true);
    } else {
        // A table is for the terminal: the cells' control characters shown as escapes; CSV keeps
        // the text exactly, for programs.
        QList<QStringList> shown;
        for (const QStringList& row : rows) {
            QStringList cells;
            for (const QString& cell : row)
                cells << terminalSafe(cell, false);
            shown << cells;
        }
        QList<int> widths;
        for (const QString& h : header)
            widths << int(h.size());
        for (const QStringList& row : shown)
            for (int i = 0; i < row.size() && i < widths.size(); ++i)
                widths[i] = qMax(widths[i], int(row[i].size()));
        const auto line = [&](const QStringList& row) {
            QStringList cells;
            for (int i = 0; i < header.size(); ++i)
                cells << row.value(i).leftJustified(widths[i]);
            return cells.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
        };
        out += line(header);
        for (const QStringList& row : shown)
            out += line(row);
    }
    printOut(out);
}

qint64 recordNumberArgument(const QCommandLineParser& parser, const QString& refusal)
{
    const QStringList arguments = parser.positionalArguments();
    bool ok = false;
    const qint64 number = arguments.size() == 1 ? arguments.first().toLongLong(&ok) : 0;
    if (!ok || number <= 0)
        throw Error(Error::Kind::BadInput, refusal);
    return number;
}

int runLetterCommand(const QStringList& arguments, const LetterCommand& command)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command.description);
    parser.addOption(databaseOption());
    parser.addOption(officerOption());
    parser.addOption({QStringLiteral("lang"),
                      tr("The letter's language: ky, ru, or ky+ru for both (the Russian text "
                         "prevails, policy 2.5)."),
                      QStringLiteral("LANG")});
    parser.addOption({QStringLiteral("out"), tr("The PDF file to write."), QStringLiteral("FILE")});
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The case's number."));
    int code = 0;
    if (!parseCommand(parser, arguments, command.usage, code))
        return code;
    return runGuarded([&] {
        const qint64 id = recordNumberArgument(parser, command.caseRefusal);
        const QString language = parser.value(QStringLiteral("lang"));
        if (language != QStringLiteral("ky") && language != QStringLiteral("ru") &&
            language != QLatin1String(LetterService::kBilingual))
            throw Error(Error::Kind::BadInput, tr("--lang must be ky, ru or ky+ru."));
        if (!parser.isSet(QStringLiteral("out")))
            throw Error(Error::Kind::BadInput, tr("--out FILE.pdf is required."));
        auto database = openDatabase(parser);
        const Session session = signInFromCommandLine(*database, parser);
        command.makeService(*database)->writePdf(session, id, language,
                                                 parser.value(QStringLiteral("out")));
        printErr(command.done.arg(id).arg(parser.value(QStringLiteral("out"))));
        return int(Success);
    });
}

int runListing(const QStringList& arguments, const Listing& listing)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(listing.description);
    parser.addOption(databaseOption());
    parser.addOption(formatOption());
    if (listing.signedIn)
        parser.addOption(officerOption());
    int code = 0;
    if (!parseCommand(parser, arguments, listing.usage, code))
        return code;
    return runGuarded([&] {
        const QString format = parser.value(QStringLiteral("format"));
        requireFormat(format);
        auto database = openDatabase(parser);
        if (listing.signedIn)
            signInToRead(*database, parser);
        printRows(format, listing.header, listing.rows(*database));
        return int(Success);
    });
}

QByteArray keyPassphrase()
{
    const QByteArray passphrase = environmentSecret("DPO_CONSOLE_KEY_PASSPHRASE");
    if (passphrase.isEmpty())
        throw Error(Error::Kind::BadInput,
                    tr("Set DPO_CONSOLE_KEY_PASSPHRASE to the signing key's passphrase."));
    return passphrase;
}

} // namespace dpo::cli
