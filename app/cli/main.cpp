#include "BackupCommands.h"
#include "CatalogueCommands.h"
#include "Cli.h"
#include "CirculationCommands.h"
#include "CoreCommands.h"
#include "DemoCommands.h"
#include "LabelCommands.h"
#include "LibraryCommands.h"
#include "MigrateCommands.h"
#include "PrivacyCommands.h"
#include "NoticeCommands.h"
#include "Sip2Commands.h"
#include "ServiceCommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("aksara"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AKSARA_VERSION));
    Aksara::SystemClock clock;
    Aksara::Cli::installLanguage(QCoreApplication::arguments());
    Aksara::Cli::Registry registry;
    Aksara::Cli::registerCoreCommands(registry);
    Aksara::Cli::registerLibraryCommands(registry);
    Aksara::Cli::registerCirculationCommands(registry);
    Aksara::Cli::registerDemoCommands(registry);
    Aksara::Cli::registerSip2Commands(registry);
    Aksara::Cli::registerServiceCommands(registry);
    Aksara::Cli::registerCatalogueCommands(registry);
    Aksara::Cli::registerLabelCommands(registry);
    Aksara::Cli::registerMigrateCommands(registry);
    Aksara::Cli::registerBackupCommands(registry);
    Aksara::Cli::registerPrivacyCommands(registry);
    Aksara::Cli::registerNoticeCommands(registry);
    return Aksara::Cli::run(registry, QCoreApplication::arguments(), clock);
}
