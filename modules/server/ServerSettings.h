#pragma once

#include "core/Result.h"

#include <QHash>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace Aksara::Server {

// aksara-server's settings: its command-line options and the configuration file that may name
// them ("name = value" lines, '#' starts a comment; a flag wins over the file, the file over the
// defaults), read and checked in one place. A refused setting is an error whose message names
// it; the server prints it and exits with status 2.
//
// A whole-number setting is one line of kIntSettings (ServerSettings.cpp): its name, help,
// default, bounds and field.
struct ServerSettings {
    QString db;
    QString configPath; // the configuration file read, if any (the kiosk key's default place)

    // HTTP
    int httpPort = 8080;
    QHostAddress httpAddress;
    int httpMaxConnections = 512;
    int httpMaxPerAddress = 32;
    int httpHeaderTimeout = 10; // seconds
    int httpBodyTimeout = 30;   // seconds
    int httpIdleTimeout = 15;   // seconds
    int httpMaxBody = 64 * 1024;
    int httpThreads = 0; // 0: auto (one per core)

    // SIP2
    int sip2Port = 6001;
    QHostAddress sip2Address;
    QString sip2Charset; // utf-8 | cp850
    int sip2IdleTimeout = 300;
    int sip2Threads = 1;
    int sip2MaxConnections = 256;  // 0: no cap
    int sip2MaxPerAddress = 64;    // 0: no cap (several machines may share one NAT)
    int sip2LoginTimeout = 60;     // seconds; 0: no deadline

    // SRU
    QString sruDatabase;
    int sruMaxRecords = 50;

    QString station;
    int evaluateEvery = 60; // 0: the incident rules are not run
    std::optional<QSslConfiguration> tls;
    QString kioskKey;
    QString signingKey;      // the key's file
    bool signingKeyGiven = false; // else the default, used only when it exists
    qint64 checkpointEvery = 3600; // 0: none
    QString witness;

    // Declares every option on `parser` (before parser.process()).
    static void addOptions(QCommandLineParser &parser);
    // The settings from the processed command line and the configuration file; `environmentDb`
    // is $AKSARA_DB (used when no db is given).
    static Result<ServerSettings> load(const QCommandLineParser &parser, const QString &environmentDb);

    // File descriptors the configured caps may need (connections, plus a margin for the database,
    // logs and listeners).
    int descriptorsNeeded() const;
    // Raises the soft RLIMIT_NOFILE to the hard limit; returns a warning when even that is less
    // than `needed` (empty when it fits).
    static QString raiseFileLimit(int needed);
};

// A configuration file's "name = value" lines into `values`; `known` are the names allowed.
Status readConfigFile(const QString &path, const QStringList &known, QHash<QString, QString> &values);

// TLS from a PEM certificate (chain) and its PEM private key (RSA or EC); errors name the file,
// never its contents.
Result<QSslConfiguration> loadTls(const QString &certPath, const QString &keyPath);

} // namespace Aksara::Server
