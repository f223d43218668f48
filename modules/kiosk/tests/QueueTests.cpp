#include "kiosk/OfflineQueue.h"

#include "QtCatch.h"

#include <QFile>
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

TEST_CASE("offline queue: a PIN is kept only until the request is settled", "[kiosk][queue]")
{
    QTemporaryDir dir;
    auto q = OfflineQueue::open(dir.filePath(QStringLiteral("queue.sqlite")));
    REQUIRE(q.ok());
    NewRequest r;
    r.kind = QStringLiteral("checkout");
    r.barcode = QStringLiteral("B-1");
    r.card = QStringLiteral("AKS00000018");
    r.pin = QStringLiteral("2468");
    r.session = QStringLiteral("s1");
    r.acceptedAt = 1;
    auto a = (*q)->add(r);
    REQUIRE(a.ok());
    CHECK(*(*q)->pinOf(a->id) == QStringLiteral("2468"));
    REQUIRE((*q)->finish(a->id, QueuedRequest::State::Refused, 2, QStringLiteral("circulation.bad_pin"), QStringLiteral("Wrong PIN."), 0, {}).ok());
    CHECK((*q)->pinOf(a->id)->isEmpty());

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
