#include "kiosk/OfflineQueue.h"
#include "kiosk/SealedPin.h"

#include "QtCatch.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Aksara;
using namespace Aksara::Kiosk;

namespace {
NewRequest checkin(const QString &barcode, qint64 at = 1000)
{
    NewRequest r;
    r.kind = QStringLiteral("checkin");
    r.barcode = barcode;
    r.station = QStringLiteral("kiosk-1");
    r.acceptedAt = at;
    r.offline = true;
    return r;
}
} // namespace

TEST_CASE("offline queue: requests are kept in order, with unique request ids, until settled", "[kiosk][queue]")
{
    QTemporaryDir dir;
    auto q = OfflineQueue::open(dir.filePath(QStringLiteral("q/queue.sqlite")));
    REQUIRE(q.ok());
    auto a = (*q)->add(checkin(QStringLiteral("B-1"), 1000));
    auto b = (*q)->add(checkin(QStringLiteral("B-2"), 2000));
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a->requestId.startsWith(QStringLiteral("kiosk-1:")));
    CHECK(a->requestId != b->requestId);
    CHECK(a->requestId.size() <= 128);
    CHECK(a->isPending());
    CHECK(a->offline);

    auto pending = (*q)->pending();
    REQUIRE(pending.ok());
    REQUIRE(pending->size() == 2);
    CHECK(pending->at(0).barcode == QStringLiteral("B-1"));
    CHECK(pending->at(1).barcode == QStringLiteral("B-2"));

    REQUIRE((*q)->noteAttempt(a->id, 3000, QStringLiteral("storage.unavailable"), QStringLiteral("cannot connect")).ok());
    auto again = (*q)->get(a->id);
    REQUIRE(again.ok());
    CHECK(again->isPending());
    CHECK(again->attempts == 1);
    CHECK(again->resultCode == QStringLiteral("storage.unavailable"));

    REQUIRE((*q)->finish(a->id, QueuedRequest::State::Applied, 4000, {}, QStringLiteral("Returned."), 77, QStringLiteral("Laskar Pelangi")).ok());
    auto done = (*q)->get(a->id);
    REQUIRE(done.ok());
    CHECK(done->state == QueuedRequest::State::Applied);
    CHECK(done->operationId == 77);
    CHECK(done->title == QStringLiteral("Laskar Pelangi"));
    CHECK(done->attempts == 2);
    CHECK(*(*q)->pendingCount() == 1);

    // Newest first for the staff view.
    auto recent = (*q)->recent(10);
    REQUIRE(recent.ok());
    REQUIRE(recent->size() == 2);
    CHECK(recent->at(0).barcode == QStringLiteral("B-2"));

    // Settled requests are pruned after a while; pending ones never.
    CHECK(*(*q)->prune(5000) == 1);
    CHECK(*(*q)->prune(999999) == 0);
    CHECK(*(*q)->pendingCount() == 1);
}

TEST_CASE("offline queue: what was added survives closing and reopening the file", "[kiosk][queue]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("queue.sqlite"));
    QString requestId;
    {
        auto q = OfflineQueue::open(path);
        REQUIRE(q.ok());
        auto a = (*q)->add(checkin(QStringLiteral("B-9")));
        REQUIRE(a.ok());
        requestId = a->requestId;
        REQUIRE((*q)->setMeta(QStringLiteral("kiosk.offline_checkout"), QStringLiteral("yes")).ok());
    }
    auto q = OfflineQueue::open(path);
    REQUIRE(q.ok());
    auto pending = (*q)->pending();
    REQUIRE(pending.ok());
    REQUIRE(pending->size() == 1);
    CHECK(pending->first().requestId == requestId);
    CHECK(*(*q)->meta(QStringLiteral("kiosk.offline_checkout")) == QStringLiteral("yes"));
    CHECK(*(*q)->meta(QStringLiteral("nothing"), QStringLiteral("fallback")) == QStringLiteral("fallback"));
    // Only the owner may read it (it may hold a PIN for a while).
    CHECK((QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
}

TEST_CASE("offline queue: a PIN is kept only sealed, and only until the request is settled", "[kiosk][queue]")
{
    QTemporaryDir dir;
    auto keys = SealedPin::loadOrCreate(dir.filePath(QStringLiteral("library.kiosk-key")));
    REQUIRE(keys.ok());
    const QString path = dir.filePath(QStringLiteral("queue.sqlite"));
    auto q = OfflineQueue::open(path);
    REQUIRE(q.ok());
    const QString pin = QStringLiteral("739164");
    auto sealed = SealedPin::seal(pin, keys->publicKey);
    REQUIRE(sealed.ok());
    NewRequest r;
    r.kind = QStringLiteral("checkout");
    r.barcode = QStringLiteral("B-1");
    r.card = QStringLiteral("AKS00000018");
    r.sealedPin = *sealed;
    r.session = QStringLiteral("s1");
    r.acceptedAt = 1;
    auto a = (*q)->add(r);
    REQUIRE(a.ok());
    auto kept = (*q)->sealedPinOf(a->id);
    REQUIRE(kept.ok());
    CHECK(*kept == *sealed);
    // Only the library's key opens it; any other key is refused.
    auto opened = SealedPin::open(*kept, *keys);
    REQUIRE(opened.ok());
    CHECK(*opened == pin);
    QTemporaryDir other;
    auto otherKeys = SealedPin::loadOrCreate(other.filePath(QStringLiteral("other.kiosk-key")));
    REQUIRE(otherKeys.ok());
    auto wrongKey = SealedPin::open(*kept, *otherKeys);
    REQUIRE_FALSE(wrongKey.ok());
    CHECK(wrongKey.error().code == QStringLiteral("kiosk.bad_sealed_pin"));
    // The file and its journal, read byte by byte, hold no PIN.
    const auto rawBytes = [&] {
        QByteArray all;
        for (const QString &f : QStringList{path, path + QStringLiteral("-wal")}) {
            QFile file(f);
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    };
    CHECK_FALSE(rawBytes().contains(pin.toUtf8()));
    CHECK_FALSE(rawBytes().contains(QByteArray(reinterpret_cast<const char *>(pin.utf16()), pin.size() * 2)));
    REQUIRE((*q)->finish(a->id, QueuedRequest::State::Refused, 2, QStringLiteral("circulation.bad_pin"), QStringLiteral("Wrong PIN."), 0, {}).ok());
    CHECK((*q)->sealedPinOf(a->id)->isEmpty());

    // A checkout needs a card; a request needs a barcode.
    NewRequest noCard = r;
    noCard.card.clear();
    CHECK_FALSE((*q)->add(noCard).ok());
    NewRequest noBarcode = checkin(QString());
    CHECK_FALSE((*q)->add(noBarcode).ok());
}

TEST_CASE("offline queue: a file of another program is left alone", "[kiosk][queue]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery qq(db);
        REQUIRE(qq.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    auto q = OfflineQueue::open(path);
    REQUIRE_FALSE(q.ok());
    CHECK(q.error().code == QStringLiteral("kiosk.queue_damaged"));

    QFile garbage(dir.filePath(QStringLiteral("garbage.sqlite")));
    REQUIRE(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(4096, 'x'));
    garbage.close();
    auto g = OfflineQueue::open(garbage.fileName());
    REQUIRE_FALSE(g.ok());
    CHECK(g.error().code == QStringLiteral("kiosk.queue_damaged"));
}

TEST_CASE("offline queue: an older queue file with PINs in clear is sealed and its clear PINs erased", "[kiosk][queue]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old-queue.sqlite"));
    const QString pin = QStringLiteral("582046");
    {
        // The layout of the queue before PINs were sealed: a `pin` column in clear.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old-queue"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral(
            "CREATE TABLE requests (id INTEGER PRIMARY KEY AUTOINCREMENT, request_id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, "
            "barcode TEXT NOT NULL, card TEXT, patron_id INTEGER, pin TEXT, session TEXT, station TEXT, accepted_at INTEGER "
            "NOT NULL, offline INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL "
            "DEFAULT 0, last_attempt_at INTEGER, result_code TEXT, result_message TEXT, operation_id INTEGER, title TEXT, "
            "finished_at INTEGER)")));
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE kiosk_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO requests (request_id, kind, barcode, card, pin, session, accepted_at, offline) "
                                      "VALUES ('k:1', 'checkout', 'B-1', 'AKS00000018', '%1', 's1', 1, 1)")
                           .arg(pin)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old-queue"));
    auto keys = SealedPin::loadOrCreate(dir.filePath(QStringLiteral("library.kiosk-key")));
    REQUIRE(keys.ok());
    auto q = OfflineQueue::open(path);
    REQUIRE(q.ok());
    CHECK(*(*q)->clearPinCount() == 1);
    auto sealedCount = (*q)->sealClearPins(keys->publicKey);
    REQUIRE(sealedCount.ok());
    CHECK(*sealedCount == 1);
    CHECK(*(*q)->clearPinCount() == 0);
    auto pending = (*q)->pending();
    REQUIRE(pending.ok());
    REQUIRE(pending->size() == 1);
    auto sealed = (*q)->sealedPinOf(pending->first().id);
    REQUIRE(sealed.ok());
    auto opened = SealedPin::open(*sealed, *keys);
    REQUIRE(opened.ok());
    CHECK(*opened == pin);
    QByteArray raw;
    for (const QString &f : QStringList{path, path + QStringLiteral("-wal")}) {
        QFile file(f);
        if (file.open(QIODevice::ReadOnly))
            raw += file.readAll();
    }
    CHECK_FALSE(raw.contains(pin.toUtf8()));
}

TEST_CASE("sealed PINs: the key file is made for its owner only, and one readable by others is refused", "[kiosk][queue]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("k/library.kiosk-key"));
    auto keys = SealedPin::loadOrCreate(path);
    REQUIRE(keys.ok());
    CHECK(QFileInfo(path).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    auto again = SealedPin::loadOrCreate(path);
    REQUIRE(again.ok());
    CHECK(again->publicKey == keys->publicKey);
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    auto unsafe = SealedPin::loadOrCreate(path);
    REQUIRE_FALSE(unsafe.ok());
    CHECK(unsafe.error().code == QStringLiteral("kiosk.key_unsafe"));
}
