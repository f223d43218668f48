#pragma once

#include <QCoreApplication>
#include "core/Database.h"
#include "core/OperationLog.h"

#include <QJsonObject>

#include <optional>

namespace Aksara {

// A person whose personal data the library holds (a patron), as the operation log knows them.
struct DataSubject {
    qint64 id = 0;
    QString pseudonym; // "P-" and 16 hex digits, random; what the log names instead of their card
    QString kind;      // "patron"
    QByteArray secret; // 32 bytes; empty once erased
    qint64 createdAt = 0;
    qint64 erasedAt = 0; // 0: not erased
};

// Personal data in the operation log (issue 17, UU PDP; docs/privacy.md "The log").
//
// The log is append-only and hash-chained, so it must never hold personal data in clear: the
// service core passes every record through protect() before it is chained. There:
//  - a subject or details value that is an alias of a data subject (a card number, current or
//    retired) becomes the subject's pseudonym;
//  - when the record concerns a data subject, its personal fields (the error message, the error
//    details, and what the work gave as personal details) are sealed with the subject's secret
//    (libsodium secretbox) into details.sealed; the error message reads "[sealed]";
//  - otherwise the error message and error details are redacted by pattern (NIK, e-mail and
//    telephone numbers, and any alias) and personal details are dropped.
// Erasure deletes the subject's aliases and destroys its secret: the pseudonym can no longer be
// linked to anyone and the sealed fields can no longer be read, while the chain, computed over
// pseudonyms and ciphertext, still verifies.
//
// Databases without core migration 0008 have no data subjects: protect() redacts by pattern only.
class Privacy {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Privacy)

public:
    explicit Privacy(Database &db) : m_db(db) {}

    bool available();
    // A new subject with a random pseudonym and secret (inside the caller's transaction).
    Result<DataSubject> createSubject(const QString &kind, qint64 nowMs);
    Status addAlias(qint64 subjectId, const QString &alias);
    Result<std::optional<DataSubject>> byAlias(const QString &alias);
    Result<std::optional<DataSubject>> byPseudonym(const QString &pseudonym);
    Result<std::optional<DataSubject>> byId(qint64 id);
    // What the log calls `alias`: the pseudonym of its subject, or the alias itself when no
    // subject has it (an unknown card). For authorised lookups of the log by card.
    Result<QString> logNameOf(const QString &alias);
    // Deletes every alias of the subject and destroys its secret (inside the caller's transaction).
    Status erase(qint64 subjectId, qint64 nowMs);

    // Makes `record` fit for the log (see above). `personal` holds the work's personal details.
    Status protect(OperationRecord &record, const QJsonObject &personal);
    // The sealed fields of a record, readable while its subject's secret exists (empty otherwise).
    Result<QJsonObject> unseal(const OperationRecord &record);

    // Text with NIKs (16 digits), e-mail addresses and telephone numbers replaced by [nik],
    // [email] and [phone].
    static QString redactPatterns(const QString &text);
    // What a patron search looked for, without what was typed: "search:nik", "search:card",
    // "search:phone", "search:email" or "search:name" (with the length of the text).
    static QString searchShape(const QString &text);

    static QByteArray seal(const QByteArray &secret, const QByteArray &plain);
    static std::optional<QByteArray> open(const QByteArray &secret, const QByteArray &sealed);

    static inline const QString kSealedMark = QStringLiteral("[sealed]");

private:
    Result<std::optional<DataSubject>> lookup(const char *sql, const QVariant &value);
    QString redactText(const QString &text);
    Status pseudonymiseValue(QJsonValue &value, std::optional<DataSubject> &concerned, int depth);
    Database &m_db;
    int m_available = -1;
};

} // namespace Aksara
