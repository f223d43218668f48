// Patrons' personal data under UU PDP (issue 17, docs/privacy.md): the operation log holds
// pseudonyms and sealed fields only; consent; export; erasure that keeps the statistics, the chain
// and the trail, and leaves no byte of the patron in the database file or its WAL.
#include "CirculationFixture.h"

#include "circulation/CardNumber.h"
#include "circulation/PatronPrivacy.h"

#include "core/Privacy.h"

#include "reports/CirculationStats.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>

using namespace Aksara;
using namespace Aksara::Circulation;
using namespace Aksara::Test;

namespace {
const QString kNik = QStringLiteral("3601015708850002");
const QString kName = QStringLiteral("Wulandari Kusumastuti");
const QString kPhone = QStringLiteral("081398765432");
const QString kEmail = QStringLiteral("wulan.kusuma@example.id");

struct Run {
    int code = -1;
    QJsonValue json;
    QString out;
    QString err;
};

Run aksara(const QString &db, QStringList args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("AKSARA_DB"));
    p.setProcessEnvironment(env);
    args.prepend(db);
    args.prepend(QStringLiteral("--db"));
    p.start(QStringLiteral(AKSARA_CLI), args);
    REQUIRE(p.waitForFinished(120000));
    Run r;
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    r.json = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    return r;
}

QStringList codes(const Error &e)
{
    QStringList out;
    for (const auto &x : e.details.value(QStringLiteral("reasons")).toArray())
        out << x.toObject().value(QStringLiteral("code")).toString();
    return out;
}

QStringList codes(const Run &r)
{
    QStringList out;
    for (const auto &x : r.json.toObject().value(QStringLiteral("reasons")).toArray())
        out << x.toObject().value(QStringLiteral("code")).toString();
    return out;
}

// Every operation record as one text: what a person reading the log (or the file) would see.
QString wholeLog(Database &db)
{
    auto q = db.exec(QStringLiteral("SELECT COALESCE(subject, ''), COALESCE(error_message, ''), COALESCE(details, '') "
                                    "FROM operations ORDER BY seq"));
    REQUIRE(q.ok());
    QString all;
    while (q->next())
        all += q->value(0).toString() + QLatin1Char('|') + q->value(1).toString() + QLatin1Char('|') + q->value(2).toString()
               + QLatin1Char('\n');
    q->finish();
    return all;
}

// The bytes of a file, read by another process: closing a descriptor of the database file in this
// process would drop SQLite's POSIX locks on it (and let the next program delete the WAL under us).
QByteArray bytesOf(const QString &file)
{
    QProcess p;
    p.start(QStringLiteral("cat"), {file});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return p.readAllStandardOutput();
}

QStringList checksOf(const QList<VerifyFinding> &findings)
{
    QStringList out;
    for (const auto &f : findings)
        out << f.check + QStringLiteral(": ") + f.problem;
    return out;
}
} // namespace

TEST_CASE("privacy: redaction patterns and search shapes", "[privacy]")
{
    CHECK(Privacy::redactPatterns(QStringLiteral("The NIK 3601015708850002 is already registered"))
          == QStringLiteral("The NIK [nik] is already registered"));
    CHECK(Privacy::redactPatterns(QStringLiteral("NIK 3601 0157 0885 0002.")) == QStringLiteral("NIK [nik]."));
    CHECK(Privacy::redactPatterns(QStringLiteral("\"siti@example.id\" is not valid")) == QStringLiteral("\"[email]\" is not valid"));
    CHECK(Privacy::redactPatterns(QStringLiteral("call 0813-9876-5432 or +62 812 3456 7890"))
          == QStringLiteral("call [phone] or [phone]"));
    // Not personal: dates, amounts, barcodes, ISBNs, card numbers (those are looked up as aliases).
    for (const QString &s : {QStringLiteral("due 2026-03-16"), QStringLiteral("Rp 50.000"), QStringLiteral("item B0001234567"),
                             QStringLiteral("ISBN 9786020332956"), QStringLiteral("card AKS00000018")})
        CHECK(Privacy::redactPatterns(s) == s);
    CHECK(Privacy::searchShape(kNik) == QStringLiteral("search:nik"));
    CHECK(Privacy::searchShape(QStringLiteral("3601 0157 0885 0002")) == QStringLiteral("search:nik"));
    CHECK(Privacy::searchShape(kPhone) == QStringLiteral("search:number"));
    CHECK(Privacy::searchShape(kName) == QStringLiteral("search:name"));
    CHECK(Privacy::searchShape(kEmail) == QStringLiteral("search:email"));
    CHECK(Privacy::searchShape(QStringLiteral("AKS00000018")) == QStringLiteral("search:card"));
}

TEST_CASE("privacy: sealed fields open with their secret only", "[privacy]")
{
    const QByteArray key(32, 'k');
    const QByteArray other(32, 'o');
    const QByteArray sealed = Privacy::seal(key, QByteArrayLiteral("Wulandari is blocked"));
    REQUIRE(!sealed.isEmpty());
    CHECK(!sealed.contains("Wulandari"));
    CHECK(Privacy::open(key, sealed).value_or(QByteArray()) == QByteArrayLiteral("Wulandari is blocked"));
    CHECK(!Privacy::open(other, sealed).has_value());
    CHECK(!Privacy::open(QByteArray(), sealed).has_value());
}

TEST_CASE_METHOD(CirculationFixture, "a patron search by NIK, name or phone leaves none of them in the operation log",
                 "[db][circulation][privacy]")
{
    PatronInput in;
    in.name = kName;
    in.nik = kNik;
    in.birthDate = QDate(1985, 8, 17);
    in.phone = kPhone;
    in.email = kEmail;
    auto p = patrons.registerPatron(librarian, in);
    REQUIRE_OK(p);
    for (const QString &text : {kNik, QStringLiteral("3601 0157 0885 0002"), QStringLiteral("wulandari"), kPhone, p->cardNumber}) {
        auto found = patrons.search(librarian, text);
        REQUIRE_OK(found);
    }
    // A refused registration that names the NIK and the card of the patron who has it.
    PatronInput again;
    again.name = QStringLiteral("Orang Lain");
    again.nik = kNik;
    auto dup = patrons.registerPatron(librarian, again);
    REQUIRE(!dup.ok());
    CHECK(codes(dup.error()) == QStringList{QStringLiteral("circulation.duplicate_nik")});
    CHECK(dup.error().message.contains(kNik)); // the desk is told; the log is not
    // Blocking with a reason that names the patron: the reason is sealed.
    REQUIRE_OK(patrons.block(librarian, p->cardNumber, QStringLiteral("Wulandari lost two books")));

    const QString log = wholeLog(db());
    INFO(log.toStdString());
    CHECK(!log.contains(kNik));
    CHECK(!log.contains(QStringLiteral("3601 0157")));
    CHECK(!log.contains(QStringLiteral("Wulandari"), Qt::CaseInsensitive));
    CHECK(!log.contains(kPhone));
    CHECK(!log.contains(kEmail));
    CHECK(!log.contains(p->cardNumber));
    // What the log keeps instead: the shape of the search, and whose record it showed.
    auto pseudonym = Privacy(db()).logNameOf(p->cardNumber);
    REQUIRE_OK(pseudonym);
    CHECK(pseudonym->startsWith(QStringLiteral("P-")));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'patron.search' AND subject = 'search:nik'")) == 2);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'patron.search' AND subject = 'search:name'")) == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'patron.search' AND subject = ?"), {*pseudonym}) == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'patron.search' AND details LIKE ?"),
                {QString(QLatin1Char('%') + *pseudonym + QLatin1Char('%'))})
          == 3); // the NIK, the name and the card found them; the spaced NIK and the phone nobody
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'patron.register' AND outcome = 'refused' "
                               "AND error_message LIKE '%[nik]%' AND error_message LIKE ?"),
                {QString(QLatin1Char('%') + *pseudonym + QLatin1Char('%'))})
          == 1);
    // The sealed reason reads back while the patron exists.
    auto q = db().exec(QStringLiteral("SELECT id, subject, details FROM operations WHERE operation = 'patron.block'"));
    REQUIRE(q.ok());
    REQUIRE(q->next());
    OperationRecord r;
    r.subject = q->value(1).toString();
    r.details = QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object();
    q->finish();
    auto opened = Privacy(db()).unseal(r);
    REQUIRE_OK(opened);
    CHECK(opened->value(QStringLiteral("reason")).toString() == QStringLiteral("Wulandari lost two books"));

    // Wrong PINs still lock the card: the count reads the log by pseudonym.
    REQUIRE_OK(patrons.unblock(librarian, p->cardNumber));
    REQUIRE(patrons.setPin(librarian, p->cardNumber, QStringLiteral("2468")).ok());
    const Caller kiosk = Caller::staff(Channel::Kiosk, 9, QStringLiteral("kiosk1"), Role::Kiosk, QStringLiteral("kiosk-1"));
    for (int i = 0; i < Patrons::kMaxPinFailures; ++i)
        CHECK(patrons.authenticate(kiosk, p->cardNumber, QStringLiteral("1111")).error().code == QStringLiteral("circulation.bad_pin"));
    CHECK(patrons.authenticate(kiosk, p->cardNumber, QStringLiteral("2468")).error().code == QStringLiteral("circulation.pin_locked"));

    auto findings = Verifier(db()).run();
    REQUIRE_OK(findings);
    CHECK(checksOf(*findings) == QStringList{});
}

TEST_CASE_METHOD(CirculationFixture, "consent is recorded with its purpose, notice version and a minor's guardian",
                 "[db][circulation][privacy]")
{
    PatronPrivacy privacy(core);
    PatronInput kid;
    kid.name = QStringLiteral("Adi");
    kid.birthDate = QDate(2016, 5, 1);
    auto k = patrons.registerPatron(librarian, kid);
    REQUIRE_OK(k);
    // Nothing given, and a minor without a guardian: every reason at once, nothing stored.
    auto none = privacy.setConsent(librarian, k->cardNumber, Consent{{}, {}, QDate(2026, 3, 5), {}});
    REQUIRE(!none.ok());
    CHECK(codes(none.error())
          == QStringList{QStringLiteral("privacy.purpose_required"), QStringLiteral("privacy.notice_version_required"),
                         QStringLiteral("privacy.bad_consent_date"), QStringLiteral("privacy.guardian_required")});
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM patrons WHERE consent_on IS NOT NULL")) == 0);
    // At registration: the same rules, in the same operation (a minor without a guardian registers nothing).
    PatronInput minor;
    minor.name = QStringLiteral("Budi Kecil");
    minor.birthDate = QDate(2015, 1, 1);
    minor.consentPurposes = QStringLiteral("membership");
    minor.consentNoticeVersion = QStringLiteral("2026-01");
    auto noGuardian = patrons.registerPatron(librarian, minor);
    REQUIRE(!noGuardian.ok());
    CHECK(codes(noGuardian.error()) == QStringList{QStringLiteral("privacy.guardian_required")});
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM patrons WHERE name = 'Budi Kecil'")) == 0);
    minor.guardianName = QStringLiteral("Pak Budi");
    auto registered = patrons.registerPatron(librarian, minor);
    REQUIRE_OK(registered);
    CHECK(text(QStringLiteral("SELECT guardian_name FROM patrons WHERE id = ?"), {registered->id}) == QStringLiteral("Pak Budi"));
    auto ok = privacy.setConsent(librarian, k->cardNumber,
                                 Consent{QStringLiteral("membership,notices"), QStringLiteral("2026-01"), {}, QStringLiteral("Ibu Sari")});
    REQUIRE_OK(ok);
    CHECK(text(QStringLiteral("SELECT consent_purposes || '/' || consent_notice_version || '/' || consent_on || '/' || guardian_name "
                              "FROM patrons WHERE id = ?"),
               {k->id})
          == QStringLiteral("membership,notices/2026-01/2026-03-02/Ibu Sari"));
    // A change is an operation of its own; the guardian's name is not in the log.
    REQUIRE_OK(privacy.setConsent(librarian, k->cardNumber,
                                  Consent{QStringLiteral("membership"), QStringLiteral("2026-02"), {}, QStringLiteral("Ibu Sari")}));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'patron.consent' AND outcome = 'ok'")) == 2);
    CHECK(!wholeLog(db()).contains(QStringLiteral("Ibu Sari")));
    CHECK(!wholeLog(db()).contains(QStringLiteral("Pak Budi")));
}

TEST_CASE_METHOD(CirculationFixture, "erasure is refused while the patron has open loans, debts or holds", "[db][circulation][privacy]")
{
    PatronPrivacy privacy(core);
    PatronInput in;
    in.name = kName;
    in.nik = kNik;
    auto p = patrons.registerPatron(librarian, in);
    REQUIRE_OK(p);
    const QString barcode = book(QStringLiteral("PRV-1"));
    REQUIRE_OK(loans.checkout(librarian, p->cardNumber, barcode));
    REQUIRE_OK(fees.charge(librarian, p->cardNumber, 2500, QStringLiteral("Damaged spine")));
    auto refused = privacy.erase(librarian, p->cardNumber);
    REQUIRE(!refused.ok());
    CHECK(codes(refused.error()) == QStringList{QStringLiteral("privacy.open_loans"), QStringLiteral("privacy.open_debts")});
    CHECK(text(QStringLiteral("SELECT name FROM patrons WHERE id = ?"), {p->id}) == kName);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM subject_aliases")) == 1);
    auto unknown = privacy.erase(librarian, CardNumber::make(QStringLiteral("AKS"), 999));
    REQUIRE(!unknown.ok());
    CHECK(unknown.error().code == QStringLiteral("circulation.unknown_patron"));
}

TEST_CASE_METHOD(CirculationFixture, "the command line: register with consent, borrow, export, erase, and no byte of the patron is left",
                 "[db][circulation][privacy][cli]")
{
    const QString url = tdb.url();
    book(QStringLiteral("PRV-1"), QStringLiteral("Bumi Manusia"));
    book(QStringLiteral("PRV-2"), QStringLiteral("Ronggeng Dukuh Paruk"));
    // Another patron, who stays: their loans must be unchanged too.
    PatronInput other;
    other.name = QStringLiteral("Tetap Ada");
    auto stays = patrons.registerPatron(librarian, other);
    REQUIRE_OK(stays);
    REQUIRE_OK(loans.checkout(librarian, stays->cardNumber, QStringLiteral("PRV-2")));

    Run add = aksara(url, {QStringLiteral("patron"), QStringLiteral("add"), QStringLiteral("--name"), kName, QStringLiteral("--nik"), kNik,
                           QStringLiteral("--birth-date"), QStringLiteral("1985-08-17"), QStringLiteral("--phone"), kPhone,
                           QStringLiteral("--email"), kEmail, QStringLiteral("--consent-purpose"), QStringLiteral("membership"),
                           QStringLiteral("--notice-version"), QStringLiteral("2026-01"), QStringLiteral("--json")});
    INFO(add.err.toStdString());
    REQUIRE(add.code == 0);
    const QString card = add.json.toObject().value(QStringLiteral("card")).toString();
    REQUIRE(CardNumber::validate(card).ok());
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM patrons WHERE consent_purposes = 'membership' AND consent_notice_version = "
                               "'2026-01' AND consent_on IS NOT NULL")) == 1);
    // A change of consent is an operation of its own.
    Run consent = aksara(url, {QStringLiteral("patron"), QStringLiteral("consent"), card, QStringLiteral("--purpose"),
                               QStringLiteral("membership,notices"), QStringLiteral("--notice-version"), QStringLiteral("2026-02"),
                               QStringLiteral("--json")});
    INFO(consent.err.toStdString());
    REQUIRE(consent.code == 0);
    Run noPurpose = aksara(url, {QStringLiteral("patron"), QStringLiteral("consent"), card, QStringLiteral("--json")});
    CHECK(noPurpose.code == 3);
    CHECK(codes(noPurpose) == QStringList{QStringLiteral("privacy.purpose_required"), QStringLiteral("privacy.notice_version_required")});

    REQUIRE(aksara(url, {QStringLiteral("checkout"), QStringLiteral("--patron"), card, QStringLiteral("--item"), QStringLiteral("PRV-1")}).code == 0);
    REQUIRE(aksara(url, {QStringLiteral("fees"), QStringLiteral("charge"), QStringLiteral("--patron"), card, QStringLiteral("--amount"),
                         QStringLiteral("1000"), QStringLiteral("--description"), QStringLiteral("Kartu ") + card})
                .code
            == 0);
    REQUIRE(aksara(url, {QStringLiteral("patron"), QStringLiteral("find"), kNik}).code == 0);
    // Refused while the book is out and the fee unpaid.
    Run early = aksara(url, {QStringLiteral("patron"), QStringLiteral("erase"), card, QStringLiteral("--json")});
    CHECK(early.code == 3);
    CHECK(codes(early) == QStringList{QStringLiteral("privacy.open_loans"), QStringLiteral("privacy.open_debts")});
    REQUIRE(aksara(url, {QStringLiteral("checkin"), QStringLiteral("PRV-1")}).code == 0);
    REQUIRE(aksara(url, {QStringLiteral("pay"), QStringLiteral("--patron"), card, QStringLiteral("--amount"), QStringLiteral("1000")}).code == 0);

    // The export holds their data and their loan history.
    Run exported = aksara(url, {QStringLiteral("patron"), QStringLiteral("export"), card});
    INFO(exported.err.toStdString());
    REQUIRE(exported.code == 0);
    const QJsonObject data = exported.json.toObject();
    CHECK(data.value(QStringLiteral("patron")).toObject().value(QStringLiteral("name")).toString() == kName);
    CHECK(data.value(QStringLiteral("patron")).toObject().value(QStringLiteral("nik")).toString() == kNik);
    CHECK(data.value(QStringLiteral("consent")).toObject().value(QStringLiteral("notice_version")).toString() == QStringLiteral("2026-02"));
    REQUIRE(data.value(QStringLiteral("loans")).toArray().size() == 1);
    CHECK(data.value(QStringLiteral("loans")).toArray().at(0).toObject().value(QStringLiteral("title")).toString()
          == QStringLiteral("Bumi Manusia"));
    CHECK(!data.value(QStringLiteral("loans")).toArray().at(0).toObject().value(QStringLiteral("returned_at")).isNull());
    CHECK(!data.value(QStringLiteral("purpose")).toString().isEmpty());

    // The command line runs on the real clock, this fixture on 2 March 2026: the period covers both.
    Reports::CirculationStats stats(core);
    const QDate today = QDate::currentDate();
    auto before = stats.compute(admin, today.addDays(-300), today.addDays(1));
    REQUIRE_OK(before);
    CHECK(before->loans >= 1);

    Run erased = aksara(url, {QStringLiteral("patron"), QStringLiteral("erase"), card, QStringLiteral("--json")});
    INFO(erased.err.toStdString());
    REQUIRE(erased.code == 0);
    CHECK(erased.json.toObject().value(QStringLiteral("loans_kept")).toInt() == 1);
    const QString pseudonym = erased.json.toObject().value(QStringLiteral("pseudonym")).toString();
    CHECK(pseudonym.startsWith(QStringLiteral("P-")));

    // Statistics of the month unchanged.
    auto after = stats.compute(admin, today.addDays(-300), today.addDays(1));
    REQUIRE_OK(after);
    CHECK(QJsonDocument(after->toJson()).toJson() == QJsonDocument(before->toJson()).toJson());
    // The patron is gone from every table and log record ...
    for (const QString &needle : {kNik, kName, card, kPhone, kEmail}) {
        INFO(needle.toStdString());
        CHECK(!wholeLog(db()).contains(needle));
        CHECK(count(QStringLiteral("SELECT COUNT(*) FROM patrons WHERE card_number = ? OR nik = ? OR name = ? OR phone = ? OR email = ?"),
                    {needle, needle, needle, needle, needle})
              == 0);
    }
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM patron_cards WHERE card_number = ?"), {card}) == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM fees WHERE description LIKE ?"), {QString(QLatin1Char('%') + card)}) == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM subject_aliases WHERE alias = ?"), {card}) == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM data_subjects WHERE pseudonym = ? AND secret IS NULL AND erased_at IS NOT NULL"),
                {pseudonym})
          == 1);
    // ... and, on SQLite, from the bytes of the database file and its WAL.
    if (db().isSqlite()) {
        const QString path = db().config().path;
        for (const QString &file : QStringList{path, path + QStringLiteral("-wal")}) {
            if (!QFile::exists(file))
                continue;
            const QByteArray bytes = bytesOf(file);
            for (const QString &needle : {kNik, kName, card, kPhone, kEmail}) {
                INFO(file.toStdString() + " " + needle.toStdString());
                CHECK(!bytes.contains(needle.toUtf8()));
            }
        }
        // Still there (the scan can see): the patron who stays.
        CHECK(bytesOf(path).contains(QByteArrayLiteral("Tetap Ada")));
    }
    // The other patron's loan is untouched; the erased one's loan is kept without them.
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM loans l JOIN patrons p ON p.id = l.patron_id WHERE p.erased_at IS NOT NULL")) == 1);

    // verify passes ...
    Run verify = aksara(url, {QStringLiteral("verify"), QStringLiteral("--json")});
    INFO(verify.out.toStdString() + verify.err.toStdString());
    CHECK(verify.code == 0);
    CHECK(verify.json.toObject().value(QStringLiteral("ok")).toBool());

    // ... and still detects tampering: a changed record, and a business row changed around the core.
    SECTION("a changed log record")
    {
        if (db().isSqlite())
            REQUIRE(db().execDirect(QStringLiteral("DROP TRIGGER operations_no_update")).ok());
        else
            REQUIRE(db().execDirect(QStringLiteral("DROP TRIGGER operations_no_update ON operations")).ok());
        REQUIRE(db().execDirect(QStringLiteral("UPDATE operations SET subject = 'P-0000000000000000' WHERE operation = 'patron.erase'")).ok());
        CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE subject = 'P-0000000000000000'")) == 2);
        Run tampered = aksara(url, {QStringLiteral("verify"), QStringLiteral("--json")});
        CHECK(tampered.code != 0);
        CHECK(tampered.out.contains(QStringLiteral("oplog.chain")));
    }
    SECTION("the erased stub changed around the core")
    {
        REQUIRE(db().execDirect(QStringLiteral("UPDATE patrons SET name = 'Someone' WHERE erased_at IS NOT NULL")).ok());
        Run tampered = aksara(url, {QStringLiteral("verify"), QStringLiteral("--json")});
        CHECK(tampered.code != 0);
        CHECK(tampered.out.contains(QStringLiteral("rows.digest")));
    }
}

TEST_CASE_METHOD(CirculationFixture, "retention anonymises the loans older than the category's rule, and only those",
                 "[db][circulation][privacy]")
{
    PatronPrivacy privacy(core);
    auto grown = patrons.registerPatron(librarian, [] {
        PatronInput in;
        in.name = QStringLiteral("Dewasa");
        return in;
    }());
    REQUIRE_OK(grown);
    auto kid = patrons.registerPatron(librarian, [] {
        PatronInput in;
        in.name = QStringLiteral("Anak");
        in.categoryCode = QStringLiteral("CHILD");
        in.birthDate = QDate(2016, 5, 1);
        return in;
    }());
    REQUIRE_OK(kid);
    const QString b1 = book(QStringLiteral("RET-1"), QStringLiteral("Bumi Manusia"));
    const QString b2 = book(QStringLiteral("RET-2"), QStringLiteral("Cantik Itu Luka"));
    // March: both borrow and return.
    REQUIRE_OK(loans.checkout(librarian, grown->cardNumber, b1));
    REQUIRE_OK(loans.checkout(librarian, kid->cardNumber, b2));
    clock.advanceMs(3 * 86400000LL);
    REQUIRE_OK(loans.checkin(librarian, b1));
    REQUIRE_OK(loans.checkin(librarian, b2));
    // September: the adult borrows again and returns.
    clock.set(QDateTime(QDate(2026, 9, 1), QTime(10, 0), kJakarta));
    REQUIRE_OK(loans.checkout(librarian, grown->cardNumber, b1));
    clock.advanceMs(86400000LL);
    REQUIRE_OK(loans.checkin(librarian, b1));
    // 10 October: a 6-month rule for adults only.
    clock.set(QDateTime(QDate(2026, 10, 10), QTime(10, 0), kJakarta));
    CHECK(privacy.setRetention(librarian, QStringLiteral("ADULT"), 6, 0).error().code == QStringLiteral("core.forbidden"));
    CHECK(privacy.setRetention(admin, QStringLiteral("ADULT"), -1, 0).error().code == QStringLiteral("privacy.bad_retention"));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM patron_categories WHERE loan_history_months IS NOT NULL")) == 0);
    CHECK(privacy.setRetention(admin, QStringLiteral("NOPE"), 6, 0).error().code == QStringLiteral("circulation.unknown_category"));
    REQUIRE(privacy.setRetention(admin, QStringLiteral("ADULT"), 6, 0).ok());

    Reports::CirculationStats stats(core);
    auto before = stats.compute(admin, QDate(2026, 3, 1), QDate(2026, 9, 30));
    REQUIRE_OK(before);
    auto run = privacy.runRetention(librarian);
    REQUIRE_OK(run);
    CHECK(run->loansAnonymised == 1);
    // Only the adult's March loan lost its patron; the September loan and the child's loan kept theirs.
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM loans WHERE patron_id = ?"), {grown->id}) == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM loans WHERE patron_id = ?"), {kid->id}) == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM loans l JOIN patrons p ON p.id = l.patron_id WHERE p.card_number = 'ANON-ADULT' "
                               "AND p.category_id = ? AND l.anonymised_at IS NOT NULL"),
                {adult})
          == 1);
    // Counts per title, branch and category stay.
    auto after = stats.compute(admin, QDate(2026, 3, 1), QDate(2026, 9, 30));
    REQUIRE_OK(after);
    CHECK(after->loans == before->loans);
    CHECK(after->returns == before->returns);
    CHECK(after->newMembers == before->newMembers);
    REQUIRE(after->topTitles.size() == before->topTitles.size());
    for (qsizetype i = 0; i < after->topTitles.size(); ++i)
        CHECK(after->topTitles.at(i).loans == before->topTitles.at(i).loans);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM loans l JOIN patrons p ON p.id = l.patron_id WHERE p.category_id = ?"), {adult}) == 2);
    // A second run finds nothing more; the run is an operation with what it did.
    auto again = privacy.runRetention(librarian);
    REQUIRE_OK(again);
    CHECK(again->loansAnonymised == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'privacy.retention' AND outcome = 'ok'")) == 2);
    auto findings = Verifier(db()).run();
    REQUIRE_OK(findings);
    CHECK(checksOf(*findings) == QStringList{});
}
