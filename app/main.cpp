// SPDX-License-Identifier: GPL-3.0-or-later
// dpo-console: with a COMMAND, the command line; without one, the console window.
#include "cli/Commands.h"
#include "Languages.h"
#include "StartupFlow.h"
#include "UserPrompts.h"

#include <memory>
#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QSettings>

int main(int argc, char* argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("dpo-console"));
    QCoreApplication::setApplicationName(QStringLiteral("dpo-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DPO_VERSION));

    if (argc > 1 && dpo::cli::isCommand(QString::fromLocal8Bit(argv[1]))) {
        QStringList arguments;
        for (int i = 1; i < argc; ++i)
            arguments << QString::fromLocal8Bit(argv[i]);
        std::unique_ptr<QCoreApplication> app;
        if (dpo::cli::needsGuiApplication(arguments)) {
            // A command never needs a display: it only lays out pages.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        dpo::installCommandLineTranslations(*app);
        return dpo::cli::runCommand(app->arguments().mid(1));
    }

    QApplication app(argc, argv);
    // The window's --help speaks the language DPO_CONSOLE_LANGUAGE names, as the commands' help
    // does (the window itself then takes --language, the saved choice or the system's).
    dpo::installCommandLineTranslations(app);
    QCommandLineParser parser;
    parser.setApplicationDescription(dpo::cli::commandOverview());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(
        QStringLiteral("database"),
        QCoreApplication::translate(
            "dpo::cli", "Open this database: sqlite:PATH or postgresql://user@host:port/dbname."),
        QStringLiteral("URL"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QCoreApplication::translate("dpo::cli", "Interface language: ky, ru or en."),
        QStringLiteral("LANG"));
    parser.addOption(database);
    parser.addOption(language);
    parser.process(app);

    const QString chosen = dpo::installTranslations(app, parser.value(language));
    QSettings settings;
    dpo::WidgetUserPrompts prompts;
    dpo::StartupFlow flow(settings, prompts, chosen);
    if (!flow.start(parser.value(database)))
        return 0;
    return QApplication::exec();
}
