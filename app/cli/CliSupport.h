// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/Session.h"

#include <functional>
#include <initializer_list>
#include <memory>
#include <QCommandLineParser>
#include <QDate>
#include <QStringList>

namespace dpo {
class Database;
class LetterService;
} // namespace dpo

namespace dpo::cli {

// Exit codes shared by every command (README, "Command line").
enum ExitCode
{
    Success = 0,
    CheckFailed = 1,
    BadUsage = 2,
    Failure = 3
};

// The command line's strings, all filed under the context lupdate gives this namespace.
QString tr(const char* text);

// Data goes to stdout, messages to stderr.
// `text` with control characters (line breaks kept if asked) and bidirectional overrides written
// as \uXXXX: what a terminal shows of text from the database or the command line.
QString terminalSafe(const QString& text, bool keepLineBreaks);
// Moves DPO_CONSOLE_PASSWORD, DPO_CONSOLE_NEW_PASSWORD and DPO_CONSOLE_KEY_PASSPHRASE out of the
// process environment into memory (runCommand does it first); environmentSecret() reads them.
void takeSecretsFromEnvironment();
QByteArray environmentSecret(const char* variable);
// The signing key's passphrase: from DPO_CONSOLE_KEY_PASSPHRASE only, never an argument (it would
// show in the process list and the shell's history). Throws Error(BadInput) when it is not set.
QByteArray keyPassphrase();

// Standard output for a person: control and direction characters shown as \uXXXX.
void printOut(const QString& text);
// Standard output exactly (CSV for programs).
void printExact(const QString& text);
void printErr(const QString& text);

// Parses `arguments` (the command's own, after its name) with the options every command shares:
// --help and --database. Prints help and returns false with `exitCode` set when parsing ends
// the command.
bool parseCommand(QCommandLineParser& parser, const QStringList& arguments, const QString& usage,
                  int& exitCode);

QCommandLineOption databaseOption();
QCommandLineOption officerOption();
QCommandLineOption formatOption();

// The date in option `name` (YYYY-MM-DD); an invalid QDate when the option is not set. Throws
// Error(BadInput) naming the option when the text is not a date.
QDate dateOption(const QCommandLineParser& parser, const QString& name);

// --on DATE: the day days left and overdue are counted against; today in Bishkek when not set.
QCommandLineOption countOnOption();
QDate countOnDate(const QCommandLineParser& parser);

// The one positional argument, a record's number (a task, a request); throws Error(BadInput) with
// `refusal` when there is not exactly one, or it is not a positive number.
qint64 recordNumberArgument(const QCommandLineParser& parser, const QString& refusal);

// Opens the database named by --database (required).
std::unique_ptr<Database> openDatabase(const QCommandLineParser& parser,
                                       bool createIfMissing = false);

// The password from the environment variable `variable` (DPO_CONSOLE_PASSWORD, the signing-in
// officer's), or asked for on the terminal without echo. Throws Error(BadInput) when neither is
// available.
QString readPassword(const QString& prompt, bool confirm = false,
                     const char* variable = "DPO_CONSOLE_PASSWORD");

// Signs in as --officer (required for commands that change data).
Session signInFromCommandLine(Database& database, const QCommandLineParser& parser);

// Signs in as --officer for a command that reads the organisation's records (the lists, a
// request's details, the feed's rejected events) and checks that the session may read personal
// data: a session that must change its password reads nothing (docs/architecture.md).
Session signInToRead(Database& database, const QCommandLineParser& parser);

// Runs `body`, turning dpo::Error into a message on stderr and an exit code.
int runGuarded(const std::function<int()>& body);

// A command with subcommands (`dpo-console calendar list|import`): runs the one `arguments[1]`
// names with the arguments from its name on, prints `usage` for --help, and names the command's
// help for anything else.
struct Subcommand
{
    const char* name;
    int (*run)(const QStringList& arguments);
};
int runSubcommand(const QStringList& arguments, std::initializer_list<Subcommand> subcommands,
                  const QString& usage);

// An administrator's setting that is a number of days (--database, --officer, --days N):
// `invalidDays` is the message when N is not a number; `apply` checks the range, stores it as the
// signed-in officer and returns what to print.
struct DaysSetting
{
    QString description;
    QString daysHelp; // "Working days, 1 to 30."
    QString usage;
    QString invalidDays;
    std::function<QString(Database& database, const Session& session, int days)> apply;
};
int runDaysSetting(const QStringList& arguments, const DaysSetting& setting);

// Cases the officer opens (`withdrawals open-minor`, `retention open`): one for --subject REF or,
// with --all, every one due, in one transaction; prints each case's number, and for --all how many
// were opened and how many were open already (`summary`, %1 and %2).
struct OpenCasesCommand
{
    QString description;
    QString usage;
    QString allHelp;
    QString summary;
    QList<QCommandLineOption> options; // besides --database, --officer, --subject and --all
    // Refuses options that make no sense with --all (the parser, whether --all is set).
    std::function<void(const QCommandLineParser& parser, bool all)> check;
    std::function<qint64(Database& database, const Session& session,
                         const QCommandLineParser& parser)>
        openOne;
    // The cases opened and the count of those already open.
    std::function<QPair<QList<qint64>, int>(Database& database, const Session& session)> openAll;
};
int runOpenCases(const QStringList& arguments, const OpenCasesCommand& command);

// A case's letter as PDF (`claims letter`, `withdrawals letter`): the case's number, --database,
// --officer, --lang ky|ru|ky+ru and --out FILE; `done` is printed with the number and the file.
struct LetterCommand
{
    QString description;
    QString usage;
    QString caseRefusal; // when the number is missing or not a number
    QString done;        // "The letter on request %1 is in %2."
    std::function<std::unique_ptr<LetterService>(Database& database)> makeService;
};
int runLetterCommand(const QStringList& arguments, const LetterCommand& command);

// A listing with no options but --database and --format: `rows` reads the rows of `header`.
struct Listing
{
    QString description;
    QString usage;
    QStringList header;
    std::function<QList<QStringList>(Database& database)> rows;
    bool signedIn = true; // false only for what is published anyway (the holder's details)
};
int runListing(const QStringList& arguments, const Listing& listing);

// Rows out in table, csv or json; `format` is validated here.
void printRows(const QString& format, const QStringList& header, const QList<QStringList>& rows);
void requireFormat(const QString& format);

} // namespace dpo::cli
