// libFuzzer harness: SIP2 frames through the codec and a whole session (fuzz/README.md).
//
// The input is split at CR into messages and fed to a Session in two chunks (so partial frames and
// buffering are exercised too), then every frame is parsed on its own by both codecs (UTF-8 and
// CP850). The backend answers from fixed data without a database: the harness looks for crashes,
// hangs, unbounded growth and undefined behaviour in the protocol code, not for library rules
// (those are tested in server_tests against the real library).
#include "sip2/Sip2Codec.h"
#include "sip2/Sip2Session.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

using namespace Aksara;
using namespace Aksara::Sip2;

namespace {
class FixedBackend final : public Backend {
public:
    QString libraryName() override { return QStringLiteral("Fuzz"); }
    QByteArray timeZone() override { return QByteArrayLiteral("Asia/Jakarta"); }
    qint64 nowMs() override { return 1'780'000'000'000; }
    std::function<bool()> loginCheck(const QString &, const QString &password) override
    {
        const bool ok = password == QLatin1String("pw");
        return [ok] { return ok; };
    }
    Result<Account> login(const QString &user, bool passwordOk, const QString &location) override
    {
        if (!passwordOk)
            return Error::refused(QStringLiteral("sip2.bad_login"), QStringLiteral("no"));
        Account a;
        a.id = 1;
        a.login = user;
        a.institution = QStringLiteral("FUZZ");
        a.location = location;
        a.mayBlockPatrons = user.size() % 2 == 0;
        a.mayTakePayments = user.size() % 3 == 0;
        return a;
    }
    PatronInfo patron(const Account &, const QString &card, const QString &password, bool withPassword) override
    {
        PatronInfo p;
        p.card = card;
        p.found = card.startsWith(QLatin1String("AKS"));
        p.passwordGiven = withPassword;
        p.passwordOk = withPassword && password == QLatin1String("1234");
        p.personal = p.found && p.passwordOk;
        if (p.personal) {
            p.name = card + QStringLiteral(" | name\r\n");
            p.address = QString(300, QLatin1Char('x'));
            p.email = QStringLiteral("a@b");
            p.phone = QStringLiteral("0812");
            p.chargedItems = QStringList(card.size() % 5, card);
            p.feeAmount = card.size() * 1000;
        }
        p.screenMessage = password;
        return p;
    }
    CirculationResult circ(const QString &card, const QString &item)
    {
        CirculationResult r;
        r.ok = item.size() % 2 == 0;
        r.card = card;
        r.barcode = item;
        r.title = item + item;
        r.dueAtMs = nowMs() + item.size() * 86'400'000LL;
        r.screenMessage = card;
        return r;
    }
    CirculationResult checkout(const Account &, const QString &card, const QString &, const QString &item, bool, bool, qint64) override
    {
        return circ(card, item);
    }
    CirculationResult checkin(const Account &, const QString &item, qint64, const QString &, bool) override { return circ({}, item); }
    ItemInfo item(const Account &, const QString &item) override
    {
        ItemInfo i;
        i.found = !item.isEmpty();
        i.barcode = item;
        i.title = item;
        return i;
    }
    CirculationResult renew(const Account &, const QString &card, const QString &, const QString &item) override { return circ(card, item); }
    RenewAllResult renewAll(const Account &, const QString &card, const QString &) override
    {
        RenewAllResult r;
        r.ok = true;
        r.renewed = QStringList(card.size() % 4, card);
        return r;
    }
    bool endSession(const Account &, const QString &, const QString &password, QString *message) override
    {
        *message = password;
        return password.size() % 2 == 0;
    }
    FeePaidResult feePaid(const Account &, const QString &, const QString &, qint64 amount, const QString &, const QString &id) override
    {
        FeePaidResult r;
        r.accepted = amount > 0;
        r.transactionId = id;
        return r;
    }
    HoldResult hold(const Account &, QChar, const QString &, const QString &, const QString &item, const QString &pickup) override
    {
        HoldResult h;
        h.ok = !item.isEmpty();
        h.title = item;
        h.pickupLocation = pickup;
        return h;
    }
    PatronInfo block(const Account &a, const QString &card, bool, const QString &message) override
    {
        return patron(a, card, message, false);
    }
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_sip2";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    for (Charset charset : {Charset::Utf8, Charset::Cp850}) {
        const Codec codec(charset);
        for (const QByteArray &frame : bytes.split('\r'))
            (void)codec.parse(frame);
    }

    FixedBackend backend;
    Session session(backend);
    const qsizetype half = bytes.size() / 2;
    for (const QByteArray &chunk : {bytes.left(half), bytes.mid(half)}) {
        Session::Output out = session.feed(chunk);
        // Replies are bounded: never more than a frame per message received, each at most a frame.
        if (out.bytes.size() > (bytes.count('\r') + 2) * (Codec::kMaxFrame + 64))
            __builtin_trap();
        if (out.waiting)
            out = session.loginChecked(backend.loginCheck({}, QStringLiteral("pw"))());
        if (out.close)
            break;
    }
    return 0;
}
