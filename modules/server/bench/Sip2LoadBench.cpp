// SIP2 load: N concurrent self-check connections doing checkout/checkin loops against the real
// aksara-server on loopback (a second process), for a fixed time. Prints SIP2 transactions per
// second and the latency percentiles of the request/response round trips.
//
//   bench_sip2 [--connections 50] [--seconds 20] [--db PATH_OR_URL] [--threads N]
//
// Without --db it builds a fresh SQLite library in a temporary folder: one patron and one item per
// connection, and the SIP2 account "bench". Not part of the test run.
#include "circulation/Patrons.h"
#include "core/Migrator.h"
#include "core/ServiceCore.h"
#include "server/Sip2Accounts.h"
#include "sip2/Sip2Codec.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Aksara;

namespace {
struct Client {
    QTcpSocket socket;
    QString card;
    QString barcode;
    QByteArray buffer;
    bool loggedIn = false;
    bool lent = false;
    QElapsedTimer sent;
};

int fail(const QString &what)
{
    std::fprintf(stderr, "bench_sip2: %s\n", qPrintable(what));
    return 1;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({QStringLiteral("connections"), QStringLiteral("concurrent connections"), QStringLiteral("N"), QStringLiteral("50")});
    p.addOption({QStringLiteral("seconds"), QStringLiteral("duration"), QStringLiteral("S"), QStringLiteral("20")});
    p.addOption({QStringLiteral("db"), QStringLiteral("database (default: a new SQLite file)"), QStringLiteral("URL")});
    p.addOption({QStringLiteral("port"), QStringLiteral("SIP2 port"), QStringLiteral("PORT"), QStringLiteral("16001")});
    p.addOption({QStringLiteral("threads"), QStringLiteral("the server's --sip2-threads (default: the server's own)"),
                 QStringLiteral("N")});
    p.process(app);
    const int n = p.value(QStringLiteral("connections")).toInt();
    const int seconds = p.value(QStringLiteral("seconds")).toInt();
    const quint16 port = quint16(p.value(QStringLiteral("port")).toInt());

    QTemporaryDir dir;
    const QString url = p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db")) : dir.filePath(QStringLiteral("sip2.sqlite"));
    QStringList cards, barcodes;
    {
        auto config = DatabaseConfig::parse(url);
        if (!config.ok())
            return fail(config.error().message);
        auto db = Database::open(*config, Database::OpenMode::CreateIfMissing);
        if (!db.ok())
            return fail(db.error().message);
        SystemClock clock;
        const Caller admin = Caller::system(QStringLiteral("bench"));
        if (auto m = Migrator(**db, clock).migrate(admin); !m.ok())
            return fail(m.error().message);
        ServiceCore core(*db, clock);
        auto insert = [&](const QString &sql, QVariantList binds) -> qint64 {
            qint64 id = 0;
            Status st = core.run(admin, {Services::Administration, QStringLiteral("bench.setup"), {}}, [&](OperationContext &ctx) -> Status {
                binds << ctx.operationId() << ctx.operationId();
                auto q = ctx.db().exec(sql, binds);
                if (!q.ok())
                    return q.error();
                if (q->next())
                    id = q->value(0).toLongLong();
                q->finish();
                return {};
            });
            return st.ok() ? id : -1;
        };
        const QString suffix = QString::number(QDateTime::currentMSecsSinceEpoch() % 100000);
        const qint64 branch = insert(QStringLiteral("INSERT INTO branches (code, name, created_op, updated_op) VALUES (?, 'Bench', ?, ?) RETURNING id"),
                                     QVariantList{QVariant(QString(QStringLiteral("B") + suffix))});
        const qint64 cat = insert(QStringLiteral("INSERT INTO patron_categories (code, name, created_op, updated_op) VALUES (?, 'Bench', ?, ?) RETURNING id"),
                                  QVariantList{QVariant(QString(QStringLiteral("C") + suffix))});
        const qint64 bib = insert(QStringLiteral("INSERT INTO bib_records (title, created_at, updated_at, created_op, updated_op) VALUES ('Bench', 0, 0, ?, ?) RETURNING id"), QVariantList{});
        if (branch < 0 || cat < 0 || bib < 0)
            return fail(QStringLiteral("cannot set up the library"));
        Circulation::Patrons patrons(core);
        for (int i = 0; i < n; ++i) {
            Circulation::PatronInput in;
            in.name = QStringLiteral("Bench %1").arg(i);
            in.branchCode = QStringLiteral("B") + suffix;
            in.categoryCode = QStringLiteral("C") + suffix;
            auto pt = patrons.registerPatron(admin, in);
            if (!pt.ok())
                return fail(pt.error().message);
            cards << pt->cardNumber;
            barcodes << QStringLiteral("SIP%1-%2").arg(suffix).arg(i);
            if (insert(QStringLiteral("INSERT INTO items (barcode, bib_id, branch_id, item_type, created_op, updated_op) VALUES (?, ?, ?, 'book', ?, ?) RETURNING id"),
                       QVariantList{barcodes.last(), bib, branch}) < 0)
                return fail(QStringLiteral("cannot add items"));
        }
        Server::Sip2Accounts accounts(core);
        auto acc = accounts.create(admin, QStringLiteral("bench") + suffix, QStringLiteral("bench-password"), QStringLiteral("BENCH"),
                                   QStringLiteral("B") + suffix, false);
        if (!acc.ok())
            return fail(acc.error().message);
        cards.prepend(acc->login); // remembered below
    }
    const QString login = cards.takeFirst();

    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList serverArgs{QStringLiteral("--db"), url, QStringLiteral("--http-port"), QStringLiteral("0"),
                           QStringLiteral("--sip2-port"), QString::number(port), QStringLiteral("--sip2-address"),
                           QStringLiteral("127.0.0.1")};
    if (p.isSet(QStringLiteral("threads")))
        serverArgs << QStringLiteral("--sip2-threads") << p.value(QStringLiteral("threads"));
    server.start(QStringLiteral(AKSARA_SERVER_BIN), serverArgs);
    if (!server.waitForStarted(10000))
        return fail(QStringLiteral("cannot start aksara-server"));
    // Wait for it to listen.
    for (int i = 0; i < 100; ++i) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        if (probe.waitForConnected(100))
            break;
        QThread::msleep(50);
    }

    std::vector<std::unique_ptr<Client>> clients;
    std::vector<double> latencies;
    latencies.reserve(1 << 20);
    bool measuring = false;
    int errors = 0;         // refusals (ok flag 0) and failed logins, over the whole run
    int refusedMeasured = 0; // refusals while measuring: not transactions, not in the latencies
    const QByteArray date = Sip2::Codec::date(QDateTime::currentMSecsSinceEpoch(), "Asia/Jakarta").toLatin1();
    auto next = [&](Client &c) {
        QByteArray m;
        if (!c.lent)
            m = "11YN" + date + "                  AOBENCH|AA" + c.card.toUtf8() + "|AB" + c.barcode.toUtf8() + "|AC|\r";
        else
            m = "09N" + date + date + "APB|AOBENCH|AB" + c.barcode.toUtf8() + "|AC|\r";
        c.sent.start();
        c.socket.write(m);
    };
    for (int i = 0; i < n; ++i) {
        auto c = std::make_unique<Client>();
        c->card = cards[i];
        c->barcode = barcodes[i];
        Client *cp = c.get();
        QObject::connect(&c->socket, &QTcpSocket::readyRead, [&, cp] {
            cp->buffer += cp->socket.readAll();
            qsizetype cr;
            while ((cr = cp->buffer.indexOf('\r')) >= 0) {
                const QByteArray reply = cp->buffer.left(cr);
                cp->buffer.remove(0, cr + 1);
                if (!cp->loggedIn) {
                    cp->loggedIn = reply == "941";
                    if (!cp->loggedIn)
                        ++errors;
                } else {
                    const bool ok = reply.size() > 2 && reply.at(2) == '1';
                    if (!ok)
                        ++errors;
                    // Only a transaction that succeeded counts (throughput and latency); a
                    // refusal is counted beside it.
                    if (measuring && ok)
                        latencies.push_back(double(cp->sent.nsecsElapsed()) / 1e6);
                    else if (measuring)
                        ++refusedMeasured;
                    if (reply.startsWith("12") && ok)
                        cp->lent = true;
                    else if (reply.startsWith("10") && ok)
                        cp->lent = false;
                }
                next(*cp);
            }
        });
        c->socket.connectToHost(QHostAddress::LocalHost, port);
        if (!c->socket.waitForConnected(5000))
            return fail(QStringLiteral("cannot connect"));
        c->sent.start();
        c->socket.write("9300CN" + login.toUtf8() + "|CObench-password|CPB|\r");
        clients.push_back(std::move(c));
    }
    // A warm-up second, then the measured run.
    QTimer::singleShot(1000, [&] { measuring = true; });
    QElapsedTimer wall;
    QTimer::singleShot(1000, [&] { wall.start(); });
    QTimer::singleShot((seconds + 1) * 1000, &app, &QCoreApplication::quit);
    app.exec();
    const double elapsed = double(wall.nsecsElapsed()) / 1e9;
    measuring = false;
    server.terminate();
    server.waitForFinished(5000);
    if (latencies.empty())
        return fail(QStringLiteral("no transaction succeeded (%1 refused or failed)").arg(errors));
    std::sort(latencies.begin(), latencies.end());
    auto pct = [&](double q) { return latencies[size_t(q * double(latencies.size() - 1))]; };
    std::printf("SIP2 load on %s: %d connections, %.1f s measured\n",
                qPrintable(url.startsWith(QLatin1String("postgres")) ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite")), n, elapsed);
    std::printf("successful transactions: %zu (%.0f per second); refused while measuring: %d; refused or failed in all: %d\n",
                latencies.size(), double(latencies.size()) / elapsed, refusedMeasured, errors);
    std::printf("latency p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms\n", pct(0.5), pct(0.95), pct(0.99), latencies.back());
    return 0;
}
