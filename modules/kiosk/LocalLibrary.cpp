#include "kiosk/LocalLibrary.h"

#include "kiosk/KioskTypes.h"

#include "circulation/Loans.h"
#include "circulation/Patrons.h"
#include "circulation/SettingKeys.h"
#include "collection/Collection.h"
#include "core/LibraryProfile.h"
#include "service/Changes.h"
#include "service/Stations.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Aksara::Kiosk {

namespace {
const QString kOfflineCheckout = QStringLiteral("kiosk.offline_checkout");
// The settings a kiosk reads (and remembers for when the library cannot be reached).
const QStringList kKeys{QStringLiteral("library.name"),
                        LibraryKeys::Address,
                        LibraryKeys::Phone,
                        QStringLiteral("card.prefix"),
                        kOfflineCheckout,
                        Circulation::SettingKeys::CardCheck,
                        Circulation::SettingKeys::PinMinLength,
                        Circulation::SettingKeys::PinMaxLength};
} // namespace

LocalLibrary::LocalLibrary(ServiceCore &core, Caller kiosk, QString keyPath, StaffThrottle *throttle)
    : m_core(core)
    , m_kiosk(std::move(kiosk))
    , m_keyPath(keyPath.isEmpty() ? defaultKeyPath(core.db()) : std::move(keyPath))
    , m_ownThrottle(throttle ? nullptr : std::make_unique<StaffThrottle>(core.clock()))
    , m_throttle(throttle ? throttle : m_ownThrottle.get())
{
    m_kiosk.channel = Channel::Kiosk;
    m_kiosk.requestId.clear();
    m_kiosk.patronId = 0;
}

LocalLibrary::~LocalLibrary() = default;

QString LocalLibrary::defaultKeyPath(const Database &db)
{
    if (db.isSqlite())
        return db.config().path + QStringLiteral(".kiosk-key");
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(QStringLiteral("kiosk.key"));
}

void LocalLibrary::setPatron(qint64 patronId, const QString &card, const QString &language)
{
    m_patronId = patronId;
    m_card = card;
    m_language = language;
}

qint64 LocalLibrary::nowMs() const
{
    return m_core.clock().nowMs();
}

Status LocalLibrary::probe()
{
    Database &db = m_core.db();
    if (db.isSqlite() && !QFileInfo::exists(db.config().path))
        return Error::failed(QStringLiteral("kiosk.offline"), QCoreApplication::translate("Aksara::Kiosk::LibraryLink", "The library database %1 cannot be found.").arg(db.config().path));
    auto v = db.scalar(QStringLiteral("SELECT 1 FROM schema_migrations LIMIT 1"));
    if (!v.ok())
        return v.error();
    // SQLite keeps a connection to a file that was moved away working on the moved file: only a
    // file still at its path counts.
    if (db.isSqlite() && !QFileInfo::exists(db.config().path))
        return Error::failed(QStringLiteral("kiosk.offline"), QCoreApplication::translate("Aksara::Kiosk::LibraryLink", "The library database %1 cannot be found.").arg(db.config().path));
    return {};
}

void LocalLibrary::releaseConnection()
{
    m_core.db().releaseThreadConnection();
}

Result<KioskSettings> LocalLibrary::settings()
{
    const OperationSpec spec{Services::Kiosk, QStringLiteral("kiosk.settings"), Rights::SelfService, m_kiosk.station, false};
    return m_core.execute<KioskSettings>(m_kiosk, spec, [&](OperationContext &ctx) -> Result<KioskSettings> {
        KioskSettings out;
        for (const QString &key : kKeys) {
            auto v = ctx.db().scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
            if (!v.ok())
                return v.error();
            if (!v->isNull())
                out.values.insert(key, v->toString());
        }
        auto logo = ctx.db().scalar(QStringLiteral("SELECT data FROM library_files WHERE name = 'logo'"));
        if (!logo.ok())
            return logo.error();
        out.logo = logo->toByteArray();
        auto q = ctx.db().exec(QStringLiteral("SELECT code, name FROM branches"));
        if (!q.ok())
            return q.error();
        while (q->next())
            out.branches.insert(q->value(0).toString(), q->value(1).toString());
        q->finish();
        return out;
    });
}

Caller LocalLibrary::patronCaller() const
{
    Caller c = m_kiosk;
    c.patronId = m_patronId;
    c.actor = QStringLiteral("patron:") + m_card;
    if (!m_language.isEmpty())
        c.language = m_language;
    return c;
}

Error LocalLibrary::notSignedIn() const
{
    return Error::refused(QStringLiteral("kiosk.not_signed_in"),
                          QCoreApplication::translate("Aksara::Kiosk::KioskSession", "Please sign in with your card and PIN first."));
}

Result<Circulation::Patron> LocalLibrary::signIn(const QString &card, const QString &pin)
{
    signOut();
    auto who = Circulation::Patrons(m_core).authenticate(m_kiosk, card, pin);
    if (who.ok())
        setPatron(who->id, who->cardNumber, who->language);
    return who;
}

void LocalLibrary::signOut()
{
    setPatron(0, {}, {});
}

Result<Circulation::CheckoutResult> LocalLibrary::borrow(const QString &barcode, const QString &requestId)
{
    if (m_patronId == 0)
        return notSignedIn();
    Caller caller = patronCaller();
    caller.requestId = requestId;
    return Circulation::Loans(m_core).checkout(caller, m_card, barcode);
}

Result<Circulation::RenewResult> LocalLibrary::renew(const QString &barcode, const QString &requestId)
{
    if (m_patronId == 0)
        return notSignedIn();
    Caller caller = patronCaller();
    caller.requestId = requestId;
    return Circulation::Loans(m_core).renew(caller, barcode);
}

Result<QList<Circulation::RenewAllLine>> LocalLibrary::renewAll(const QString &requestId)
{
    if (m_patronId == 0)
        return notSignedIn();
    Caller caller = patronCaller();
    caller.requestId = requestId;
    return Circulation::Loans(m_core).renewAll(caller, m_card);
}

Result<Circulation::PatronAccount> LocalLibrary::account()
{
    if (m_patronId == 0)
        return notSignedIn();
    return Circulation::Patrons(m_core).account(patronCaller(), m_card);
}

Result<Circulation::CheckinResult> LocalLibrary::giveBack(const QString &barcode, const QString &returnBranch,
                                                          const QString &requestId)
{
    Caller caller = m_kiosk;
    caller.requestId = requestId;
    auto done = Circulation::Loans(m_core).checkin(caller, barcode, returnBranch);
    // The loan (and its fee) is told only to its own patron, signed in here.
    if (done.ok() && done->loan && (m_patronId == 0 || done->loan->patronId != m_patronId)) {
        done->loan.reset();
        done->fee.reset();
    }
    return done;
}

Result<Catalogue::SearchResult> LocalLibrary::search(const QString &query, int limit)
{
    Catalogue::SearchRequest request;
    request.query = query.trimmed();
    request.limit = qBound(1, limit, 50);
    request.withItems = true;
    return Catalogue::Catalogue(m_core).search(m_patronId ? patronCaller() : m_kiosk, request);
}

Result<QString> LocalLibrary::itemTitle(const QString &barcode)
{
    auto item = Collection::Collection(m_core).item(m_kiosk, barcode);
    if (!item.ok())
        return item.error();
    return item->title;
}

Result<SealedPin::KeyPair> LocalLibrary::keys()
{
    if (m_keys)
        return *m_keys;
    if (m_keyPath.isEmpty())
        return Error::failed(QStringLiteral("kiosk.key_unavailable"),
                             tr("No key file is set for sealing PINs (kiosk key); borrowing while offline cannot be used."));
    auto keys = SealedPin::loadOrCreate(m_keyPath);
    if (!keys.ok())
        return keys.error();
    m_keys = *keys;
    return *m_keys;
}

Result<QByteArray> LocalLibrary::publicKey()
{
    auto k = keys();
    if (!k.ok())
        return k.error();
    return k->publicKey;
}

Result<ReplayAnswer> LocalLibrary::replay(const ReplayRequest &r)
{
    ReplayAnswer answer;
    if (r.kind == QLatin1String("checkin")) {
        auto done = giveBack(r.barcode, r.returnBranch, r.requestId);
        if (!done.ok())
            return done.error();
        answer.operationId = ServiceCore::lastOperationId();
        answer.checkin = *done;
        return answer;
    }
    if (r.kind != QLatin1String("checkout"))
        return Error::refused(QStringLiteral("kiosk.bad_request"), tr("Unknown kind of request: %1").arg(r.kind));
    // A checkout accepted while the library could not be reached: the card and the PIN given at
    // the kiosk are checked first (a wrong PIN counts towards the card's lockout), or, locally
    // only, the patron the library had identified before the link dropped.
    qint64 patronId = r.patronId;
    QString card = r.card;
    QString language;
    if (patronId == 0 || !r.sealedPin.isEmpty()) {
        if (r.sealedPin.isEmpty())
            return Error::refused(QStringLiteral("circulation.bad_pin"), tr("No PIN was kept with this checkout."));
        auto k = keys();
        if (!k.ok())
            return k.error();
        auto pin = SealedPin::open(r.sealedPin, *k);
        if (!pin.ok())
            return pin.error();
        auto who = Circulation::Patrons(m_core).authenticate(m_kiosk, r.card, *pin);
        if (!who.ok()) {
            // Marked, so that the kiosk refuses the session's other checkouts without asking again.
            Error e = who.error();
            if (e.isRefusal())
                e.details.insert(QStringLiteral("stage"), QStringLiteral("sign_in"));
            return e;
        }
        patronId = who->id;
        card = who->cardNumber;
        language = who->language;
    }
    Caller caller = m_kiosk;
    caller.patronId = patronId;
    caller.actor = QStringLiteral("patron:") + card;
    caller.requestId = r.requestId;
    auto done = Circulation::Loans(m_core).checkout(caller, card, r.barcode);
    if (!done.ok())
        return done.error();
    answer.operationId = ServiceCore::lastOperationId();
    answer.card = card;
    answer.checkout = *done;
    return answer;
}

Result<StaffAccount> LocalLibrary::staffSignIn(const QString &username, const QString &password)
{
    const QString station = m_kiosk.station.isEmpty() ? QStringLiteral("kiosk") : m_kiosk.station;
    if (Status wait = m_throttle->admit(station); !wait.ok())
        return wait.error();
    Caller who;
    who.channel = Channel::Kiosk;
    who.actor = QStringLiteral("station:") + station;
    who.station = m_kiosk.station;
    auto account = StaffDirectory(m_core).authenticateAtKiosk(who, username.trimmed(), password);
    if (!account.ok()) {
        if (account.error().isRefusal())
            m_throttle->failed(station);
        return account.error();
    }
    m_throttle->succeeded(station);
    if (account->role == Role::Kiosk)
        return Error::refused(QStringLiteral("kiosk.not_staff"),
                              QCoreApplication::translate("Aksara::Kiosk::KioskSession",
                                                          "A kiosk account cannot leave the kiosk. Please sign in with your own "
                                                          "staff account."));
    return account;
}

Status LocalLibrary::setOfflineCheckout(const StaffAccount &staff, bool allowed)
{
    const Caller caller = StaffDirectory::callerFor(staff, Channel::Kiosk, m_kiosk.station);
    const QString value = allowed ? QStringLiteral("yes") : QStringLiteral("no");
    const OperationSpec spec{Services::Administration, QStringLiteral("kiosk.settings.set"), Rights::RulesManage, kOfflineCheckout};
    return m_core.run(caller, spec, [&](OperationContext &ctx) -> Status {
        auto old = ctx.db().scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {kOfflineCheckout});
        if (!old.ok())
            return old.error();
        const QString before = old->isNull() ? QStringLiteral("no") : old->toString();
        auto q = ctx.db().exec(QStringLiteral("INSERT INTO settings (key, value, updated_op) VALUES (?, ?, ?) ON CONFLICT (key) "
                                              "DO UPDATE SET value = excluded.value, updated_op = excluded.updated_op"),
                               {kOfflineCheckout, value, ctx.operationId()});
        if (!q.ok())
            return q.error();
        auto change = ServiceManagement::Changes::recordStandard(
            ctx,
            allowed ? QCoreApplication::translate("Aksara::Kiosk::KioskSession",
                                                  "Kiosks: borrowing allowed while the library system cannot be reached")
                    : QCoreApplication::translate("Aksara::Kiosk::KioskSession",
                                                  "Kiosks: no borrowing while the library system cannot be reached"),
            QStringLiteral("setting"), kOfflineCheckout, before, value);
        if (!change.ok())
            return change.error();
        ctx.setDetail(QStringLiteral("value"), value);
        return {};
    });
}

Status LocalLibrary::heartbeat()
{
    auto ack = ServiceManagement::Stations(m_core).heartbeat(m_kiosk.station, m_stationToken);
    if (!ack.ok())
        return ack.error();
    return {};
}

} // namespace Aksara::Kiosk
