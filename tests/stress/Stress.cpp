// aksara_stress: on-demand stress runs of issue 15 part 4 (never part of the test run; see
// docs/performance.md, "Races and kill storms", and tools/stress).
//
//   aksara_stress race --db URL_OR_PATH [--rounds 10000] [--check-every 500]
//       Two worker processes (this program, "race-worker") check out the same copy at the same
//       moment, round after round, through the service core's circulation path (Loans::checkout,
//       each worker with its own database connection, as two desks). Between rounds this process
//       takes the copy back. Every --check-every rounds and at the end it checks the database: no
//       item with two open loans, as many loans as checkouts acknowledged, as many 'checkout' ok
//       records in the operation log. Prints the rounds, checkouts won, refusals by code, failures
//       and double loans (must be 0).
//
//   aksara_stress killstorm --db URL_OR_PATH [--kills 100] [--machines 4] [--port 16201]
//       aksara-server (SIP2 on loopback) under a mixed load: --machines SIP2 clients lending and
//       returning their own items (11/09), and a "desk-worker" process lending and returning other
//       items through Loans in the same database. The server is killed with SIGKILL --kills times
//       at a random moment (0.3 to 1.5 s of load); after every restart, before the load goes on:
//       every checkout acknowledged to a client (a 12 reply with ok 1, its BK the operation id; a
//       desk call that returned ok) must have its loan row and its 'ok' operation record, no loan
//       or item row may name an operation that has no record, and `aksara verify` must pass.
//       Prints acknowledged, found, lost (must be 0) and verify failures (must be 0).
//
// URL_OR_PATH: a new SQLite file, or a postgresql:// URL of an empty database (tools/stress makes a
// throwaway cluster and database for --db pg).
#include "circulation/LoanRules.h"
#include "circulation/Loans.h"
#include "circulation/Patrons.h"
#include "core/Migrator.h"
#include "core/ServiceCore.h"
#include "server/Sip2Accounts.h"
#include "sip2/Sip2Codec.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <ctime>
#include <iostream>
#include <thread>
#include <memory>
#include <string>
#include <vector>

using namespace Aksara;

namespace {

int fail(const QString &what)
{
    std::fprintf(stderr, "aksara_stress: %s\n", qPrintable(what));
    return 2;
}

const Caller kAdmin = Caller::system(QStringLiteral("stress"));

struct Library {
    SystemClock clock;
    std::shared_ptr<Database> db;
    std::unique_ptr<ServiceCore> core;
};

std::unique_ptr<Library> open(const QString &url, bool create, QString *error)
{
    auto config = DatabaseConfig::parse(url);
    if (!config.ok()) {
        *error = config.error().message;
        return {};
    }
    auto lib = std::make_unique<Library>();
    auto db = Database::open(*config, create ? Database::OpenMode::CreateIfMissing : Database::OpenMode::MustExist);
    if (!db.ok()) {
        *error = db.error().message;
        return {};
    }
    lib->db = std::move(*db);
    if (create) {
        if (auto m = Migrator(*lib->db, lib->clock).migrate(kAdmin); !m.ok()) {
            *error = m.error().message;
            return {};
        }
    }
    lib->core = std::make_unique<ServiceCore>(lib->db, lib->clock);
    return lib;
}

// One branch MAIN, one category ADULT, `patrons` patrons and `items` items (barcodes S0000001…),
// loan rules generous enough that only the copy's state can refuse a checkout.
bool seed(ServiceCore &core, int patrons, int items, QStringList *cards, QStringList *barcodes, QString *error)
{
    Status st = core.run(kAdmin, {Services::Administration, QStringLiteral("stress.seed"), {}}, [&](OperationContext &ctx) -> Status {
        Database &db = ctx.db();
        const qint64 op = ctx.operationId();
        auto one = [&](const QString &sql, const QVariantList &binds) -> Result<qint64> {
            auto q = db.exec(sql, binds);
            if (!q.ok())
                return q.error();
            qint64 id = 0;
            if (q->next())
                id = q->value(0).toLongLong();
            q->finish();
            return id;
        };
        auto branch = one(QStringLiteral("INSERT INTO branches (code, name, created_op, updated_op) VALUES ('MAIN', 'Main', ?, ?) RETURNING id"),
                          {op, op});
        if (!branch.ok())
            return branch.error();
        auto cat = one(QStringLiteral("INSERT INTO patron_categories (code, name, debt_limit, created_op, updated_op) "
                                      "VALUES ('ADULT', 'Adult', 1000000, ?, ?) RETURNING id"),
                       {op, op});
        if (!cat.ok())
            return cat.error();
        auto bib = one(QStringLiteral("INSERT INTO bib_records (title, created_at, updated_at, created_op, updated_op) "
                                      "VALUES ('Stress title', 0, 0, ?, ?) RETURNING id"),
                       {op, op});
        if (!bib.ok())
            return bib.error();
        for (int i = 0; i < items; ++i) {
            const QString code = QStringLiteral("S%1").arg(i + 1, 7, 10, QLatin1Char('0'));
            auto it = one(QStringLiteral("INSERT INTO items (barcode, bib_id, branch_id, item_type, created_op, updated_op) "
                                         "VALUES (?, ?, ?, 'book', ?, ?) RETURNING id"),
                          {code, *bib, *branch, op, op});
            if (!it.ok())
                return it.error();
            *barcodes << code;
        }
        return {};
    });
    if (!st.ok()) {
        *error = st.error().message;
        return false;
    }
    Circulation::LoanRules rules(core);
    if (auto r = rules.set(kAdmin, {}, {}, {}, {{QStringLiteral("max_loans"), QStringLiteral("100000")}}); !r.ok()) {
        *error = r.error().message;
        return false;
    }
    Circulation::Patrons p(core);
    for (int i = 0; i < patrons; ++i) {
        Circulation::PatronInput in;
        in.name = QStringLiteral("Stress patron %1").arg(i + 1);
        auto reg = p.registerPatron(kAdmin, in);
        if (!reg.ok()) {
            *error = reg.error().message;
            return false;
        }
        *cards << reg->cardNumber;
    }
    return true;
}

qint64 scalar(Database &db, const QString &sql, const QVariantList &binds = {})
{
    auto q = db.exec(sql, binds);
    if (!q.ok()) {
        std::fprintf(stderr, "aksara_stress: %s: %s\n", qPrintable(sql), qPrintable(q.error().message));
        return -1;
    }
    const qint64 v = q->next() ? q->value(0).toLongLong() : -1;
    q->finish();
    return v;
}

QSet<qint64> ids(Database &db, const QString &sql)
{
    QSet<qint64> out;
    auto q = db.exec(sql, {});
    if (!q.ok()) {
        std::fprintf(stderr, "aksara_stress: %s: %s\n", qPrintable(sql), qPrintable(q.error().message));
        return out;
    }
    while (q->next())
        out.insert(q->value(0).toLongLong());
    q->finish();
    return out;
}

Caller desk(int station)
{
    return Caller::staff(Channel::Desk, station, QStringLiteral("stress%1").arg(station), Role::Librarian,
                         QStringLiteral("stress-desk-%1").arg(station));
}

std::string readLine()
{
    std::string line;
    if (!std::getline(std::cin, line))
        return {};
    return line;
}

void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

// ---- race ---------------------------------------------------------------------------------------

qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// A worker: on every "go" line, one checkout; answers "ok OPID", "refused CODE" or "failed CODE",
// then the start and end of the call on the machine's monotonic clock (shared by the processes).
int raceWorker(const QString &url, const QString &card, const QString &barcode, int station)
{
    QString error;
    auto lib = open(url, false, &error);
    if (!lib)
        return fail(error);
    Circulation::Loans loans(*lib->core);
    const Caller caller = desk(station);
    say(QStringLiteral("ready"));
    for (;;) {
        // "go AT": start at AT on the monotonic clock, the same moment as the other worker.
        const std::string line = readLine();
        if (line.rfind("go ", 0) != 0)
            return 0;
        const qint64 at = std::stoll(line.substr(3));
        while (monotonicNs() < at) {
            if (at - monotonicNs() > 200'000)
                QThread::usleep(100);
        }
        const qint64 start = monotonicNs();
        auto out = loans.checkout(caller, card, barcode);
        const qint64 end = monotonicNs();
        if (out.ok())
            say(QStringLiteral("ok %1 %2 %3").arg(ServiceCore::lastOperationId()).arg(start).arg(end));
        else
            say(QStringLiteral("%1 %2 %3 %4")
                    .arg(out.error().isRefusal() ? QStringLiteral("refused") : QStringLiteral("failed"), out.error().code)
                    .arg(start)
                    .arg(end));
    }
}

QString childLine(QProcess &p)
{
    while (!p.canReadLine()) {
        if (!p.waitForReadyRead(30000))
            return {};
    }
    return QString::fromUtf8(p.readLine()).trimmed();
}

int race(const QString &url, int rounds, int checkEvery)
{
    QString error;
    auto lib = open(url, true, &error);
    if (!lib)
        return fail(error);
    QStringList cards, barcodes;
    if (!seed(*lib->core, 2, 1, &cards, &barcodes, &error))
        return fail(error);
    Circulation::Loans loans(*lib->core);
    const Caller taker = desk(9);

    std::vector<std::unique_ptr<QProcess>> workers;
    for (int w = 0; w < 2; ++w) {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("race-worker"), QStringLiteral("--db"), url, QStringLiteral("--card"), cards.at(w),
                  QStringLiteral("--barcode"), barcodes.first(), QStringLiteral("--station"), QString::number(w + 1)});
        if (!p->waitForStarted(10000) || childLine(*p) != QLatin1String("ready"))
            return fail(QStringLiteral("a race worker did not start"));
        workers.push_back(std::move(p));
    }
    qint64 won = 0, bothWon = 0, noneWon = 0, failed = 0, checks = 0, checkProblems = 0, overlapped = 0;
    QMap<QString, qint64> refusals;
    const auto check = [&](const char *when) {
        ++checks;
        Database &db = *lib->db;
        const qint64 doubled = scalar(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT item_id FROM loans WHERE returned_at IS NULL "
                                                         "GROUP BY item_id HAVING COUNT(*) > 1) d"));
        const qint64 loanRows = scalar(db, QStringLiteral("SELECT COUNT(*) FROM loans"));
        const qint64 records = scalar(db, QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'checkout' "
                                                         "AND outcome = 'ok'"));
        const qint64 orphans = scalar(db, QStringLiteral("SELECT COUNT(*) FROM loans l LEFT JOIN operations o ON o.id = l.created_op "
                                                         "WHERE o.id IS NULL"));
        if (doubled != 0 || loanRows != won || records != won || orphans != 0) {
            ++checkProblems;
            std::printf("check %s: %lld item(s) with two open loans, %lld loans, %lld checkout records, %lld acknowledged, "
                        "%lld loans without their record\n",
                        when, doubled, loanRows, records, won, orphans);
        }
    };
    QElapsedTimer wall;
    wall.start();
    for (int r = 1; r <= rounds; ++r) {
        // Both start at the same moment, a little ahead (the barrier of the round).
        const QByteArray go = "go " + QByteArray::number(monotonicNs() + 3'000'000) + "\n";
        for (auto &w : workers)
            w->write(go);
        for (auto &w : workers)
            w->waitForBytesWritten(10000);
        int ok = 0;
        qint64 starts[2] = {0, 0}, ends[2] = {0, 0};
        for (int w = 0; w < 2; ++w) {
            const QString line = childLine(*workers[size_t(w)]);
            const QStringList parts = line.split(QLatin1Char(' '));
            if (parts.size() == 4) {
                starts[w] = parts.at(2).toLongLong();
                ends[w] = parts.at(3).toLongLong();
            }
            if (parts.size() == 4 && parts.first() == QLatin1String("ok")) {
                ++ok;
            } else if (parts.size() == 4 && parts.first() == QLatin1String("refused")) {
                ++refusals[parts.at(1)];
            } else {
                ++failed;
                if (failed <= 5)
                    std::fprintf(stderr, "round %d: %s\n", r, qPrintable(line.isEmpty() ? QStringLiteral("(no answer)") : line));
                if (line.isEmpty())
                    return fail(QStringLiteral("a race worker stopped answering"));
            }
        }
        // The two calls ran at the same time (each began before the other ended).
        if (starts[0] > 0 && starts[1] > 0 && starts[0] < ends[1] && starts[1] < ends[0])
            ++overlapped;
        won += ok;
        if (ok == 2)
            ++bothWon;
        if (ok == 0)
            ++noneWon;
        if (r % checkEvery == 0)
            check(qPrintable(QStringLiteral("after round %1").arg(r)));
        if (ok > 0) {
            auto in = loans.checkin(taker, barcodes.first());
            if (!in.ok())
                return fail(QStringLiteral("round %1: the copy could not be taken back: %2").arg(r).arg(in.error().message));
        }
        if (r % 1000 == 0) {
            std::printf("  %d rounds, %.0f s\n", r, double(wall.elapsed()) / 1000.0);
            std::fflush(stdout);
        }
    }
    check("at the end");
    for (auto &w : workers) {
        w->closeWriteChannel();
        w->waitForFinished(10000);
    }
    QStringList refused;
    for (auto it = refusals.cbegin(); it != refusals.cend(); ++it)
        refused << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    std::printf("race on %s: %d rounds in %.1f s (the two calls overlapped in time in %lld); checkouts won %lld; refused: %s; "
                "failed %lld; rounds nobody won %lld\n",
                lib->db->isSqlite() ? "SQLite" : "PostgreSQL", rounds, double(wall.elapsed()) / 1000.0, overlapped, won,
                refused.isEmpty() ? "none" : qPrintable(refused.join(QStringLiteral(", "))), failed, noneWon);
    std::printf("double loans: %lld (rounds both won); database checks: %lld, with problems: %lld\n", bothWon, checks,
                checkProblems);
    return bothWon == 0 && checkProblems == 0 ? 0 : 1;
}

// ---- kill storm ---------------------------------------------------------------------------------

// The desk: lends and returns its items in turn until stdin closes; prints "ack OPID" for every
// checkout that returned ok (only after it returned), and "refused CODE" / "failed CODE".
int deskWorker(const QString &url, const QStringList &cards, const QStringList &barcodes)
{
    QString error;
    auto lib = open(url, false, &error);
    if (!lib)
        return fail(error);
    Circulation::Loans loans(*lib->core);
    const Caller caller = desk(7);
    // stdin closing (the parent ends the run) stops the loop.
    std::atomic<bool> stop{false};
    std::thread watcher([&] {
        readLine();
        stop = true;
    });
    for (int i = 0; !stop; i = (i + 1) % int(barcodes.size())) {
        const QString &b = barcodes.at(i);
        auto out = loans.checkout(caller, cards.at(i % cards.size()), b);
        if (out.ok())
            say(QStringLiteral("ack %1").arg(ServiceCore::lastOperationId()));
        else
            say(QStringLiteral("%1 %2").arg(out.error().isRefusal() ? QStringLiteral("refused") : QStringLiteral("failed"),
                                            out.error().code));
        QThread::msleep(10); // a busy desk, not a flood: the SIP2 machines get their share
        auto in = loans.checkin(caller, b);
        if (!in.ok() && in.error().code != QLatin1String("circulation.not_on_loan"))
            say(QStringLiteral("%1 %2").arg(in.error().isRefusal() ? QStringLiteral("refused") : QStringLiteral("failed"),
                                           in.error().code));
    }
    watcher.join();
    return 0;
}

struct Machine {
    std::unique_ptr<QTcpSocket> socket;
    QByteArray buffer;
    QString card;
    QStringList barcodes;
    int next = 0;
    bool loggedIn = false;
    bool lent = false;
};

int killstorm(const QString &url, int kills, int machines, quint16 port)
{
    const int perMachine = 20, deskItems = 50;
    QString error;
    QStringList cards, barcodes;
    QString login = QStringLiteral("stress");
    {
        auto lib = open(url, true, &error);
        if (!lib)
            return fail(error);
        if (!seed(*lib->core, machines + 1, machines * perMachine + deskItems, &cards, &barcodes, &error))
            return fail(error);
        Server::Sip2Accounts accounts(*lib->core);
        if (auto a = accounts.create(kAdmin, login, QStringLiteral("stress-password"), QStringLiteral("STRESS"),
                                     QStringLiteral("MAIN"), false);
            !a.ok())
            return fail(a.error().message);
    }
    QString err;
    auto lib = open(url, false, &err);
    if (!lib)
        return fail(err);

    QSet<qint64> acknowledged;
    qint64 sip2Acks = 0, deskAcks = 0, refused = 0, failed = 0, sip2Answers = 0, loginsLate = 0;
    QMap<QString, qint64> refusedCodes;
    // The desk, in its own process.
    QProcess deskProcess;
    deskProcess.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    deskProcess.start(QCoreApplication::applicationFilePath(),
                      {QStringLiteral("desk-worker"), QStringLiteral("--db"), url, QStringLiteral("--cards"), cards.last(),
                       QStringLiteral("--barcodes"), barcodes.mid(machines * perMachine).join(QLatin1Char(','))});
    if (!deskProcess.waitForStarted(10000))
        return fail(QStringLiteral("the desk worker did not start"));

    QObject::connect(&deskProcess, &QProcess::readyReadStandardOutput, [&] {
        while (deskProcess.canReadLine()) {
            const QString line = QString::fromUtf8(deskProcess.readLine()).trimmed();
            if (line.startsWith(QLatin1String("ack "))) {
                acknowledged.insert(line.mid(4).toLongLong());
                ++deskAcks;
            } else if (line.startsWith(QLatin1String("refused "))) {
                ++refused;
                ++refusedCodes[QStringLiteral("desk ") + line.mid(8)];
            } else {
                ++failed;
                ++refusedCodes[QStringLiteral("desk failed ") + line.mid(7)];
            }
        }
    });

    const QByteArray date = Sip2::Codec::date(QDateTime::currentMSecsSinceEpoch(), "Asia/Jakarta").toLatin1();
    std::vector<Machine> clients(static_cast<size_t>(machines));
    for (int i = 0; i < machines; ++i) {
        clients[size_t(i)].card = cards.at(i);
        clients[size_t(i)].barcodes = barcodes.mid(i * perMachine, perMachine);
    }
    const auto send = [&](Machine &m) {
        const QByteArray b = m.barcodes.at(m.next).toUtf8();
        if (!m.lent)
            m.socket->write("11YN" + date + "                  AOSTRESS|AA" + m.card.toUtf8() + "|AB" + b + "|AC|\r");
        else
            m.socket->write("09N" + date + date + "APMAIN|AOSTRESS|AB" + b + "|AC|\r");
    };
    const auto connectAll = [&] {
        for (Machine &m : clients) {
            m.socket = std::make_unique<QTcpSocket>();
            m.buffer.clear();
            m.loggedIn = false;
            Machine *mp = &m;
            QObject::connect(m.socket.get(), &QTcpSocket::connected,
                             [&, mp] { mp->socket->write("9300CN" + login.toUtf8() + "|COstress-password|CPMAIN|\r"); });
            QObject::connect(m.socket.get(), &QTcpSocket::readyRead, [&, mp] {
                Machine &c = *mp;
                c.buffer += c.socket->readAll();
                qsizetype cr;
                while ((cr = c.buffer.indexOf('\r')) >= 0) {
                    const QByteArray reply = c.buffer.left(cr);
                    c.buffer.remove(0, cr + 1);
                    ++sip2Answers;
                    if (!c.loggedIn) {
                        c.loggedIn = reply == "941";
                        if (!c.loggedIn) {
                            ++failed;
                            continue;
                        }
                    } else if (reply.startsWith("12")) {
                        if (reply.size() > 2 && reply.at(2) == '1') {
                            const qsizetype bk = reply.indexOf("|BK");
                            const qint64 op = bk < 0 ? 0 : reply.mid(bk + 3, reply.indexOf('|', bk + 3) - bk - 3).toLongLong();
                            if (op <= 0) {
                                ++failed;
                                std::fprintf(stderr, "a 12 reply without its BK: %s\n", reply.constData());
                            } else {
                                acknowledged.insert(op);
                                ++sip2Acks;
                            }
                            c.lent = true;
                        } else {
                            ++refused;
                            // Not on loan to us after all? Then return it next (it may be ours from a
                            // checkout whose answer was lost to a kill).
                            c.lent = true;
                        }
                    } else if (reply.startsWith("10")) {
                        c.lent = false;
                        c.next = (c.next + 1) % int(c.barcodes.size());
                    }
                    send(c);
                }
            });
            m.socket->connectToHost(QHostAddress::LocalHost, port);
        }
    };
    const auto runFor = [&](int ms) {
        QEventLoop loop;
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        loop.exec();
    };

    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.setStandardOutputFile(QProcess::nullDevice());
    const QStringList serverArgs{QStringLiteral("--db"), url, QStringLiteral("--http-port"), QStringLiteral("0"),
                                 QStringLiteral("--sip2-port"), QString::number(port), QStringLiteral("--sip2-address"),
                                 QStringLiteral("127.0.0.1")};
    const auto startServer = [&]() -> bool {
        server.start(QStringLiteral(AKSARA_SERVER_BIN), serverArgs);
        if (!server.waitForStarted(10000))
            return false;
        QElapsedTimer started;
        started.start();
        while (started.elapsed() < 180000) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, port);
            if (probe.waitForConnected(100))
                return true;
            if (server.state() == QProcess::NotRunning) {
                std::fprintf(stderr, "aksara-server ended at its start: exit %d\n", server.exitCode());
                return false;
            }
            QCoreApplication::processEvents();
            QThread::msleep(50);
        }
        std::fprintf(stderr, "aksara-server not listening after 180 s (WAL file: %lld bytes)\n",
                     QFileInfo(url + QStringLiteral("-wal")).size());
        return false;
    };

    qint64 lostTotal = 0, orphansTotal = 0, verifyFailures = 0, checks = 0;
    qint64 lastFound = 0;
    const auto checkAll = [&](int cycle) {
        ++checks;
        Database &db = *lib->db;
        const QSet<qint64> loansOps = ids(db, QStringLiteral("SELECT created_op FROM loans"));
        const QSet<qint64> okOps = ids(db, QStringLiteral("SELECT id FROM operations WHERE operation = 'checkout' AND outcome = 'ok'"));
        qint64 lost = 0;
        for (qint64 op : std::as_const(acknowledged))
            if (!loansOps.contains(op) || !okOps.contains(op)) {
                ++lost;
                if (lost <= 5)
                    std::printf("cycle %d: acknowledged checkout (operation %lld) has %s\n", cycle, op,
                                !loansOps.contains(op) ? "no loan row" : "no ok operation record");
            }
        lastFound = qint64(acknowledged.size()) - lost;
        lostTotal = qMax(lostTotal, lost);
        qint64 orphans = 0;
        for (const char *table : {"loans", "items"})
            for (const char *column : {"created_op", "updated_op"})
                orphans += scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1 t LEFT JOIN operations o ON o.id = t.%2 WHERE o.id IS NULL")
                                          .arg(QString::fromLatin1(table), QString::fromLatin1(column)));
        if (orphans != 0)
            std::printf("cycle %d: %lld business row(s) name an operation without its record\n", cycle, orphans);
        orphansTotal = qMax(orphansTotal, orphans);
        QProcess verify;
        verify.setProcessChannelMode(QProcess::MergedChannels);
        verify.start(QStringLiteral(AKSARA_CLI_BIN), {QStringLiteral("--db"), url, QStringLiteral("verify")});
        const bool finished = verify.waitForFinished(300000);
        if (!finished || verify.exitStatus() != QProcess::NormalExit || verify.exitCode() != 0) {
            ++verifyFailures;
            std::printf("cycle %d: aksara verify failed (%s, exit %d):\n%s\n", cycle,
                        !finished ? "did not finish in 300 s" : verify.exitStatus() == QProcess::CrashExit ? "crashed" : "ended",
                        verify.exitCode(), verify.readAll().constData());
            if (!finished)
                verify.kill();
        }
        std::fflush(stdout);
    };

    QElapsedTimer wall;
    wall.start();
    if (!startServer())
        return fail(QStringLiteral("cannot start aksara-server"));
    for (int k = 1; k <= kills; ++k) {
        connectAll(); // each machine logs in, then lends and returns in a closed loop
        // The logins (Argon2id) first, so that the kill falls in the middle of lending and returning.
        QElapsedTimer logins;
        logins.start();
        while (logins.elapsed() < 20000
               && std::any_of(clients.begin(), clients.end(), [](const Machine &m) { return !m.loggedIn; }))
            runFor(20);
        if (std::any_of(clients.begin(), clients.end(), [](const Machine &m) { return !m.loggedIn; }))
            ++loginsLate;
        runFor(300 + int(QRandomGenerator::global()->bounded(1200)));
        server.kill(); // SIGKILL
        server.waitForFinished(10000);
        runFor(50); // the replies already received are read
        for (Machine &m : clients) {
            m.socket->disconnect();
            m.socket->abort();
        }
        if (!startServer()) {
            server.kill();
            server.waitForFinished(10000);
            deskProcess.closeWriteChannel();
            deskProcess.waitForFinished(30000);
            return fail(QStringLiteral("aksara-server did not come back after kill %1").arg(k));
        }
        checkAll(k);
        if (k % 10 == 0) {
            std::printf("  %d kills, %.0f s: %lld acknowledged (%lld SIP2, %lld desk), lost %lld, verify failures %lld\n", k,
                        double(wall.elapsed()) / 1000.0, qint64(acknowledged.size()), sip2Acks, deskAcks, lostTotal,
                        verifyFailures);
            std::fflush(stdout);
        }
    }
    // The desk stops; what it acknowledged last is read; the server ends normally.
    deskProcess.closeWriteChannel();
    deskProcess.waitForFinished(30000);
    QCoreApplication::processEvents();
    server.terminate();
    server.waitForFinished(10000);
    checkAll(kills + 1);
    QStringList codes;
    for (auto it = refusedCodes.cbegin(); it != refusedCodes.cend(); ++it)
        codes << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    std::printf("kill storm on %s: %d kills in %.0f s; SIP2 answers %lld; cycles where a machine had not logged in within 20 s: %lld\n",
                lib->db->isSqlite() ? "SQLite" : "PostgreSQL", kills, double(wall.elapsed()) / 1000.0, sip2Answers, loginsLate);
    std::printf("checkouts acknowledged %lld (SIP2 %lld, desk %lld), found %lld, lost %lld; refused %lld, failed %lld%s%s\n",
                qint64(acknowledged.size()), sip2Acks, deskAcks, lastFound, lostTotal, refused, failed,
                codes.isEmpty() ? "" : "; ", qPrintable(codes.join(QStringLiteral(", "))));
    std::printf("rows without their operation record: %lld; verify runs %lld, verify failures %lld\n", orphansTotal, checks,
                verifyFailures);
    return lostTotal == 0 && orphansTotal == 0 && verifyFailures == 0 && !acknowledged.isEmpty() ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("race or killstorm"));
    p.addOption({QStringLiteral("db"), QStringLiteral("a new SQLite file or a postgresql:// URL of an empty database"),
                 QStringLiteral("URL")});
    p.addOption({QStringLiteral("rounds"), QStringLiteral("race: rounds (default 10000)"), QStringLiteral("N"), QStringLiteral("10000")});
    p.addOption({QStringLiteral("check-every"), QStringLiteral("race: rounds between database checks (default 500)"),
                 QStringLiteral("N"), QStringLiteral("500")});
    p.addOption({QStringLiteral("kills"), QStringLiteral("killstorm: kills (default 100)"), QStringLiteral("N"), QStringLiteral("100")});
    p.addOption({QStringLiteral("machines"), QStringLiteral("killstorm: SIP2 clients (default 4)"), QStringLiteral("N"),
                 QStringLiteral("4")});
    p.addOption({QStringLiteral("port"), QStringLiteral("killstorm: SIP2 port (default 16201)"), QStringLiteral("PORT"),
                 QStringLiteral("16201")});
    // The workers' own options.
    p.addOption({QStringLiteral("card"), QStringLiteral("(worker)"), QStringLiteral("CARD")});
    p.addOption({QStringLiteral("cards"), QStringLiteral("(worker)"), QStringLiteral("CARDS")});
    p.addOption({QStringLiteral("barcode"), QStringLiteral("(worker)"), QStringLiteral("BARCODE")});
    p.addOption({QStringLiteral("barcodes"), QStringLiteral("(worker)"), QStringLiteral("BARCODES")});
    p.addOption({QStringLiteral("station"), QStringLiteral("(worker)"), QStringLiteral("N"), QStringLiteral("1")});
    p.process(app);
    const QString mode = p.positionalArguments().value(0);
    const QString url = p.value(QStringLiteral("db"));
    if (url.isEmpty())
        return fail(QStringLiteral("--db is required"));
    if (mode == QLatin1String("race"))
        return race(url, qMax(1, p.value(QStringLiteral("rounds")).toInt()), qMax(1, p.value(QStringLiteral("check-every")).toInt()));
    if (mode == QLatin1String("race-worker"))
        return raceWorker(url, p.value(QStringLiteral("card")), p.value(QStringLiteral("barcode")),
                          p.value(QStringLiteral("station")).toInt());
    if (mode == QLatin1String("killstorm"))
        return killstorm(url, qMax(1, p.value(QStringLiteral("kills")).toInt()), qMax(1, p.value(QStringLiteral("machines")).toInt()),
                         quint16(p.value(QStringLiteral("port")).toInt()));
    if (mode == QLatin1String("desk-worker"))
        return deskWorker(url, p.value(QStringLiteral("cards")).split(QLatin1Char(',')),
                          p.value(QStringLiteral("barcodes")).split(QLatin1Char(',')));
    return fail(QStringLiteral("mode: race or killstorm"));
}
