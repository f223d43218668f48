#pragma once

#include <catch2/catch.hpp>

#include <QHostAddress>
#include <QProcess>
#include <QStringList>
#include <QTcpServer>

namespace Aksara::Test {

// A loopback port nobody listens on at the moment.
inline quint16 freePort()
{
    QTcpServer s;
    REQUIRE(s.listen(QHostAddress::LocalHost, 0));
    return s.serverPort();
}

// The real aksara-server (its path given by the test target, e.g. AKSARA_SERVER) on a database,
// listening on free loopback ports; ready when constructed, terminated when destroyed. Another
// library's SRU server for copy cataloguing, or the server under test.
struct ServerProcess {
    QProcess process;
    quint16 http = 0;
    quint16 sip2 = 0;

    ServerProcess(const QString &program, const QString &db, const QStringList &more = {})
    {
        http = freePort();
        sip2 = freePort();
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, QStringList{QStringLiteral("--db"), db, QStringLiteral("--http-port"), QString::number(http),
                                           QStringLiteral("--sip2-port"), QString::number(sip2), QStringLiteral("--sip2-address"),
                                           QStringLiteral("127.0.0.1")}
                                   + more);
        REQUIRE(process.waitForStarted(10000));
        QByteArray out;
        for (int i = 0; i < 100 && !out.contains("(/health"); ++i) {
            process.waitForReadyRead(100);
            out += process.readAll();
        }
        INFO(out.toStdString());
        REQUIRE(out.contains("(/health"));
    }
    ~ServerProcess()
    {
        process.terminate();
        process.waitForFinished(10000);
    }
    QString url(const QString &path) const { return QStringLiteral("http://127.0.0.1:%1%2").arg(http).arg(path); }
};

} // namespace Aksara::Test
