// aksara-kiosk in remote mode as it runs: the real kiosk binary against the real aksara-server,
// and what it leaves on the kiosk's disk.
#include "FixedClock.h"
#include "QtCatch.h"
#include "ServerProcess.h"
#include "TestDatabase.h"

#include "service/Stations.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace Aksara;
using namespace Aksara::Test;

namespace {
int modeOf(const QString &path)
{
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return int(st.st_mode & 0777);
}

struct Run {
    int exitCode = -1;
    QString output;
};

Run kiosk(const QTemporaryDir &home, const QStringList &args, const QString &token = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const char *name : {"AKSARA_DB", "AKSARA_STATION", "AKSARA_STATION_TOKEN", "AKSARA_KIOSK_USER", "AKSARA_KIOSK_PASSWORD"})
        env.remove(QString::fromLatin1(name));
    if (!token.isEmpty())
        env.insert(QStringLiteral("AKSARA_STATION_TOKEN"), token);
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(AKSARA_KIOSK), args);
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAll())};
}
} // namespace

TEST_CASE("aksara-kiosk --server holds no database URL, and its station token only in a 0600 file", "[db][server][kiosk]")
{
    FixedClock clock;
    TestDatabase tdb(clock);
    SystemClock realTime;
    ServiceCore core(tdb.db(), realTime);
    const Caller admin = Caller::localAdministrator(QStringLiteral("tester"));
    ServiceManagement::NewStation station;
    station.code = QStringLiteral("kiosk-lobby");
    station.kind = QStringLiteral("kiosk");
    auto registered = ServiceManagement::Stations(core).registerStation(admin, station);
    REQUIRE(registered.ok());
    const QString token = registered->second;

    QTemporaryDir serverDir;
    const QString keyPath = serverDir.filePath(QStringLiteral("kiosk.key"));
    ServerProcess server(QStringLiteral(AKSARA_SERVER), tdb.url(), {QStringLiteral("--kiosk-key"), keyPath});
    CHECK(modeOf(keyPath) == 0600);

    QTemporaryDir home;
    const QString shot = home.filePath(QStringLiteral("kiosk.png"));
    const QStringList args{QStringLiteral("--server"), server.url(QString()), QStringLiteral("--station"),
                           QStringLiteral("kiosk-lobby"), QStringLiteral("--lang"), QStringLiteral("en"),
                           QStringLiteral("--screenshot"), shot};
    // First start: the token comes from the environment and is written to the token file.
    Run first = kiosk(home, args, token);
    INFO(first.output.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(QFileInfo::exists(shot));
    const QString tokenFile = home.filePath(QStringLiteral("config/Aksara/aksara-kiosk/station-token"));
    REQUIRE(QFileInfo::exists(tokenFile));
    CHECK(modeOf(tokenFile) == 0600);

    // Every file the kiosk left: no database URL or path, and the token only in its file.
    const QString dbText = tdb.url();
    int files = 0;
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path == shot)
            continue;
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        INFO(path.toStdString());
        ++files;
        CHECK_FALSE(bytes.contains(dbText.toUtf8()));
        CHECK_FALSE(bytes.contains("postgresql://"));
        CHECK_FALSE(bytes.contains("database/url"));
        if (path != tokenFile)
            CHECK_FALSE(bytes.contains(token.toUtf8()));
    }
    CHECK(files >= 2); // the settings and the token file at least (and the offline queue)

    // Next start: the token from its file alone.
    Run again = kiosk(home, args);
    INFO(again.output.toStdString());
    CHECK(again.exitCode == 0);

    // A token file others can read is refused, and says how to fix it.
    REQUIRE(QFile::setPermissions(tokenFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    Run unsafe = kiosk(home, args);
    CHECK(unsafe.exitCode != 0);
    CHECK(unsafe.output.contains(QStringLiteral("chmod 600")));

    // A wrong token: the kiosk starts (it may be offline), but the server gives it nothing.
    QTemporaryDir other;
    Run wrong = kiosk(other, args, QStringLiteral("not-the-token"));
    CHECK(wrong.exitCode == 0);
    CHECK(wrong.output.contains(QStringLiteral("token")));
}
