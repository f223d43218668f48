// SRU load: N concurrent HTTP clients sending searchRetrieve requests (CQL, ten records in
// MARCXML each) to the real aksara-server on loopback, for a fixed time. Prints searches per second
// and the latency percentiles of the request/response round trips.
//
//   bench_sru [--clients 4] [--seconds 15] [--db PATH_OR_URL] [--marc FILE] [--port PORT]
//
// Without --db it builds a fresh SQLite catalogue in a temporary folder from --marc (default:
// ../shared/data/marc/real-bib-utf8.mrc, the shared real records; it is not in the repository).
// Not part of the test run.
#include "catalogue/Catalogue.h"
#include "core/Migrator.h"
#include "core/ServiceCore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Aksara;

namespace {
int fail(const QString &why)
{
    std::fprintf(stderr, "bench_sru: %s\n", qPrintable(why));
    return 1;
}

// Title, author and subject words and phrases of the kind a union catalogue sends, with the
// boolean, truncation and fielded forms of CQL.
const QStringList kQueries{
    QStringLiteral("history"),
    QStringLiteral("dc.title=music"),
    QStringLiteral("dc.creator=smith"),
    QStringLiteral("dc.subject=\"united states\""),
    QStringLiteral("science and technology"),
    QStringLiteral("poetry or fiction"),
    QStringLiteral("art not music"),
    QStringLiteral("educat*"),
    QStringLiteral("dc.title=\"the history of\""),
    QStringLiteral("library"),
    QStringLiteral("dc.subject=law"),
    QStringLiteral("indonesia"),
    QStringLiteral("dc.date=1995"),
    QStringLiteral("language and culture"),
    QStringLiteral("dc.creator=john"),
    QStringLiteral("war"),
};
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({QStringLiteral("clients"), QStringLiteral("concurrent HTTP clients"), QStringLiteral("N"), QStringLiteral("4")});
    p.addOption({QStringLiteral("seconds"), QStringLiteral("duration"), QStringLiteral("S"), QStringLiteral("15")});
    p.addOption({QStringLiteral("db"), QStringLiteral("database with a catalogue (default: a new SQLite file)"), QStringLiteral("URL")});
    p.addOption({QStringLiteral("marc"), QStringLiteral("records for the new catalogue"), QStringLiteral("FILE"),
                 QStringLiteral(AKSARA_SOURCE_DIR "/../shared/data/marc/real-bib-utf8.mrc")});
    p.addOption({QStringLiteral("port"), QStringLiteral("HTTP port"), QStringLiteral("PORT"), QStringLiteral("18080")});
    p.process(app);
    const int n = p.value(QStringLiteral("clients")).toInt();
    const int seconds = p.value(QStringLiteral("seconds")).toInt();
    const quint16 port = quint16(p.value(QStringLiteral("port")).toInt());
    if (n < 1 || seconds < 1)
        return fail(QStringLiteral("--clients and --seconds must be positive"));

    QTemporaryDir dir;
    const QString url = p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db")) : dir.filePath(QStringLiteral("sru.sqlite"));
    if (!p.isSet(QStringLiteral("db"))) {
        const QString marc = p.value(QStringLiteral("marc"));
        if (!QFileInfo::exists(marc))
            return fail(QStringLiteral("%1 is missing (give --marc FILE or --db with a catalogue)").arg(marc));
        auto config = DatabaseConfig::parse(url);
        if (!config.ok())
            return fail(config.error().message);
        auto db = Database::open(*config, Database::OpenMode::CreateIfMissing);
        if (!db.ok())
            return fail(db.error().message);
        SystemClock clock;
        const Caller admin = Caller::localAdministrator(QStringLiteral("bench"));
        if (auto m = Migrator(**db, clock).migrate(admin); !m.ok())
            return fail(m.error().message);
        ServiceCore core(*db, clock);
        Catalogue::ImportOptions options;
        options.createItems = false;
        options.source = QFileInfo(marc).fileName();
        auto report = Catalogue::Catalogue(core).importFile(admin, marc, options);
        if (!report.ok())
            return fail(report.error().message);
        std::printf("catalogue: %lld records from %s\n", static_cast<long long>(report->imported), qPrintable(marc));
    }

    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(QStringLiteral(AKSARA_SERVER_BIN), {QStringLiteral("--db"), url, QStringLiteral("--http-port"), QString::number(port),
                                                      QStringLiteral("--http-address"), QStringLiteral("127.0.0.1"),
                                                      QStringLiteral("--sip2-port"), QStringLiteral("0")});
    if (!server.waitForStarted(10000))
        return fail(QStringLiteral("cannot start aksara-server"));
    bool up = false;
    for (int i = 0; i < 100 && !up; ++i) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        up = probe.waitForConnected(100);
        if (!up)
            QThread::msleep(50);
    }
    if (!up)
        return fail(QStringLiteral("aksara-server does not answer on port %1").arg(port));

    QNetworkAccessManager nam;
    std::vector<double> latencies;
    bool measuring = false;
    bool stopping = false;
    int errors = 0;
    int errorsMeasured = 0;
    qint64 hits = 0;
    int next = 0;
    std::function<void()> send = [&] {
        if (stopping)
            return;
        QUrl u(QStringLiteral("http://127.0.0.1:%1/sru").arg(port));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("version"), QStringLiteral("1.2"));
        q.addQueryItem(QStringLiteral("operation"), QStringLiteral("searchRetrieve"));
        q.addQueryItem(QStringLiteral("query"), QString::fromLatin1(QUrl::toPercentEncoding(kQueries[next++ % kQueries.size()])));
        q.addQueryItem(QStringLiteral("maximumRecords"), QStringLiteral("10"));
        q.addQueryItem(QStringLiteral("recordSchema"), QStringLiteral("marcxml"));
        u.setQuery(q);
        auto *timer = new QElapsedTimer;
        timer->start();
        QNetworkReply *reply = nam.get(QNetworkRequest(u));
        QObject::connect(reply, &QNetworkReply::finished, [&, reply, timer] {
            const double ms = double(timer->nsecsElapsed()) / 1e6;
            delete timer;
            const QByteArray body = reply->readAll();
            const bool ok = reply->error() == QNetworkReply::NoError && body.contains("numberOfRecords>")
                            && !body.contains("<diag:diagnostic");
            if (!ok) {
                ++errors;
                if (measuring)
                    ++errorsMeasured;
            }
            // Only searches that were answered count (throughput and latency); a diagnostic or
            // an HTTP error is counted beside them.
            if (measuring && ok) {
                latencies.push_back(ms);
                const qsizetype at = body.indexOf("numberOfRecords>");
                if (at >= 0)
                    hits += body.mid(at + 16, 12).split('<').value(0).toLongLong();
            }
            reply->deleteLater();
            send();
        });
    };
    for (int i = 0; i < n; ++i)
        send();
    QElapsedTimer wall;
    QTimer::singleShot(1000, [&] {
        measuring = true;
        wall.start();
    });
    QTimer::singleShot((seconds + 1) * 1000, [&] {
        stopping = true;
        measuring = false;
        app.quit();
    });
    app.exec();
    const double elapsed = double(wall.nsecsElapsed()) / 1e9;
    server.terminate();
    server.waitForFinished(5000);
    if (latencies.empty())
        return fail(QStringLiteral("no searches completed (%1 errors)").arg(errors));
    std::sort(latencies.begin(), latencies.end());
    auto pct = [&](double q) { return latencies[size_t(q * double(latencies.size() - 1))]; };
    std::printf("SRU load on %s: %d clients, %.1f s measured, %lld queries\n",
                qPrintable(url.startsWith(QLatin1String("postgres")) ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite")), n,
                elapsed, static_cast<long long>(kQueries.size()));
    std::printf("successful searches: %zu (%.0f per second), mean hits %.0f; diagnostics or errors while measuring: %d "
                "(in all: %d)\n",
                latencies.size(), double(latencies.size()) / elapsed, double(hits) / double(latencies.size()), errorsMeasured,
                errors);
    std::printf("latency p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms\n", pct(0.5), pct(0.95), pct(0.99), latencies.back());
    return 0;
}
