#include "kiosk/ApiJson.h"

#include <QJsonArray>

namespace Aksara::Kiosk::ApiJson {

namespace {
QString s(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
qint64 n(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toVariant().toLongLong();
}
QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}
QDate date(const QJsonObject &o, const char *key)
{
    return QDate::fromString(s(o, key), Qt::ISODate);
}

QJsonObject fee(const Circulation::Fee &f)
{
    return {{QStringLiteral("id"), f.id},           {QStringLiteral("kind"), f.kind},
            {QStringLiteral("item"), f.barcode},     {QStringLiteral("amount"), f.amount},
            {QStringLiteral("balance"), f.balance},  {QStringLiteral("description"), f.description},
            {QStringLiteral("created_at"), f.createdAt}};
}
Circulation::Fee fee(const QJsonObject &o, qint64 patronId)
{
    Circulation::Fee f;
    f.id = n(o, "id");
    f.patronId = patronId;
    f.kind = s(o, "kind");
    f.barcode = s(o, "item");
    f.amount = n(o, "amount");
    f.balance = n(o, "balance");
    f.description = s(o, "description");
    f.createdAt = n(o, "created_at");
    return f;
}

QJsonObject hold(const Circulation::Hold &h)
{
    return {{QStringLiteral("id"), h.id},
            {QStringLiteral("title"), h.title},
            {QStringLiteral("level"), h.level},
            {QStringLiteral("pickup_branch"), h.pickupBranchCode},
            {QStringLiteral("status"), h.status},
            {QStringLiteral("placed_at"), h.placedAt},
            {QStringLiteral("ready_at"), h.readyAt},
            {QStringLiteral("expires_at"), h.expiresAt},
            {QStringLiteral("not_after"), date(h.notAfter)},
            {QStringLiteral("position"), h.position}};
}
Circulation::Hold hold(const QJsonObject &o, qint64 patronId)
{
    Circulation::Hold h;
    h.id = n(o, "id");
    h.patronId = patronId;
    h.title = s(o, "title");
    h.level = s(o, "level");
    h.pickupBranchCode = s(o, "pickup_branch");
    h.status = s(o, "status");
    h.placedAt = n(o, "placed_at");
    h.readyAt = n(o, "ready_at");
    h.expiresAt = n(o, "expires_at");
    h.notAfter = date(o, "not_after");
    h.position = int(n(o, "position"));
    return h;
}

QJsonObject reasonsOnly(const QJsonArray &reasons)
{
    QJsonArray out;
    for (const QJsonValue &v : reasons)
        out << QJsonObject{{QStringLiteral("code"), v.toObject().value(QStringLiteral("code"))},
                           {QStringLiteral("message"), v.toObject().value(QStringLiteral("message"))}};
    return {{QStringLiteral("reasons"), out}};
}
} // namespace

QJsonObject patron(const Circulation::Patron &p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("card"), p.cardNumber},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("language"), p.language},
            {QStringLiteral("open_loans"), p.openLoans},
            {QStringLiteral("overdue_loans"), p.overdueLoans},
            {QStringLiteral("active_holds"), p.activeHolds},
            {QStringLiteral("balance"), p.balance},
            {QStringLiteral("debt_limit"), p.debtLimit},
            {QStringLiteral("expires_on"), date(p.expiresOn)}};
}

Circulation::Patron patron(const QJsonObject &o)
{
    Circulation::Patron p;
    p.id = n(o, "id");
    p.cardNumber = s(o, "card");
    p.name = s(o, "name");
    p.language = s(o, "language");
    p.openLoans = int(n(o, "open_loans"));
    p.overdueLoans = int(n(o, "overdue_loans"));
    p.activeHolds = int(n(o, "active_holds"));
    p.balance = n(o, "balance");
    p.debtLimit = n(o, "debt_limit");
    p.expiresOn = date(o, "expires_on");
    return p;
}

QJsonObject loan(const Circulation::Loan &l)
{
    return {{QStringLiteral("id"), l.id},
            {QStringLiteral("item"), l.barcode},
            {QStringLiteral("title"), l.title},
            {QStringLiteral("branch"), l.branchCode},
            {QStringLiteral("issued_at"), l.issuedAt},
            {QStringLiteral("due_at"), l.dueAt},
            {QStringLiteral("due_date"), date(l.dueDate)},
            {QStringLiteral("renewals"), l.renewals}};
}

Circulation::Loan loan(const QJsonObject &o)
{
    Circulation::Loan l;
    l.id = n(o, "id");
    l.barcode = s(o, "item");
    l.title = s(o, "title");
    l.branchCode = s(o, "branch");
    l.issuedAt = n(o, "issued_at");
    l.dueAt = n(o, "due_at");
    l.dueDate = date(o, "due_date");
    l.renewals = int(n(o, "renewals"));
    return l;
}

QJsonObject account(const Circulation::PatronAccount &a)
{
    QJsonArray loans, holds, fees;
    for (const auto &l : a.loans)
        loans << loan(l);
    for (const auto &h : a.holds)
        holds << hold(h);
    for (const auto &f : a.fees)
        fees << fee(f);
    return {{QStringLiteral("patron"), patron(a.patron)},
            {QStringLiteral("loans"), loans},
            {QStringLiteral("holds"), holds},
            {QStringLiteral("fees"), fees}};
}

Circulation::PatronAccount account(const QJsonObject &o)
{
    Circulation::PatronAccount a;
    a.patron = patron(o.value(QStringLiteral("patron")).toObject());
    for (const QJsonValue &v : o.value(QStringLiteral("loans")).toArray()) {
        a.loans << loan(v.toObject());
        a.loans.last().patronId = a.patron.id;
        a.loans.last().cardNumber = a.patron.cardNumber;
    }
    for (const QJsonValue &v : o.value(QStringLiteral("holds")).toArray())
        a.holds << hold(v.toObject(), a.patron.id);
    for (const QJsonValue &v : o.value(QStringLiteral("fees")).toArray())
        a.fees << fee(v.toObject(), a.patron.id);
    return a;
}

QJsonObject checkout(const Circulation::CheckoutResult &r)
{
    return {{QStringLiteral("outcome"), QStringLiteral("ok")}, {QStringLiteral("loan"), loan(r.loan)}};
}

Circulation::CheckoutResult checkout(const QJsonObject &o)
{
    Circulation::CheckoutResult r;
    r.loan = loan(o.value(QStringLiteral("loan")).toObject());
    return r;
}

QJsonObject checkin(const Circulation::CheckinResult &r, bool own)
{
    QJsonObject o{{QStringLiteral("outcome"), QStringLiteral("ok")},
                  {QStringLiteral("item"), r.barcode},
                  {QStringLiteral("title"), r.title},
                  {QStringLiteral("was_on_loan"), r.wasOnLoan},
                  {QStringLiteral("own"), own && r.loan.has_value()},
                  {QStringLiteral("leave_at_desk"), r.hold.has_value() || !r.transferTo.isEmpty()},
                  {QStringLiteral("item_status"), r.itemStatus}};
    if (own && r.loan) {
        o.insert(QStringLiteral("loan"), loan(*r.loan));
        if (r.fee)
            o.insert(QStringLiteral("fee"), fee(*r.fee));
    }
    return o;
}

Circulation::CheckinResult checkin(const QJsonObject &o, qint64 patronId)
{
    Circulation::CheckinResult r;
    r.barcode = s(o, "item");
    r.title = s(o, "title");
    r.wasOnLoan = o.value(QStringLiteral("was_on_loan")).toBool();
    r.itemStatus = s(o, "item_status");
    if (o.value(QStringLiteral("own")).toBool() && o.contains(QStringLiteral("loan"))) {
        r.loan = loan(o.value(QStringLiteral("loan")).toObject());
        r.loan->patronId = patronId;
        if (o.contains(QStringLiteral("fee")))
            r.fee = fee(o.value(QStringLiteral("fee")).toObject(), patronId);
    }
    // Somebody waits for it or it travels: the kiosk says "leave it at the desk", no more.
    if (o.value(QStringLiteral("leave_at_desk")).toBool())
        r.hold = Circulation::Hold{};
    return r;
}

QJsonObject renewal(const Circulation::RenewResult &r)
{
    return {{QStringLiteral("outcome"), QStringLiteral("ok")},
            {QStringLiteral("loan"), loan(r.loan)},
            {QStringLiteral("previous_due_at"), r.previousDueAt}};
}

Circulation::RenewResult renewal(const QJsonObject &o)
{
    Circulation::RenewResult r;
    r.loan = loan(o.value(QStringLiteral("loan")).toObject());
    r.previousDueAt = n(o, "previous_due_at");
    return r;
}

QJsonObject renewAll(const QList<Circulation::RenewAllLine> &lines)
{
    QJsonArray a;
    for (const auto &l : lines) {
        QJsonObject o{{QStringLiteral("item"), l.barcode},
                      {QStringLiteral("title"), l.title},
                      {QStringLiteral("renewed"), l.renewed && l.result.has_value()}};
        if (l.renewed && l.result)
            o.insert(QStringLiteral("loan"), loan(l.result->loan));
        else
            o.insert(QStringLiteral("error"), error(l.error));
        a << o;
    }
    return {{QStringLiteral("outcome"), QStringLiteral("ok")}, {QStringLiteral("lines"), a}};
}

QList<Circulation::RenewAllLine> renewAll(const QJsonObject &o)
{
    QList<Circulation::RenewAllLine> out;
    for (const QJsonValue &v : o.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject x = v.toObject();
        Circulation::RenewAllLine l;
        l.barcode = s(x, "item");
        l.title = s(x, "title");
        l.renewed = x.value(QStringLiteral("renewed")).toBool();
        if (l.renewed) {
            Circulation::RenewResult r;
            r.loan = loan(x.value(QStringLiteral("loan")).toObject());
            l.result = r;
        } else {
            l.error = error(x.value(QStringLiteral("error")).toObject());
        }
        out << l;
    }
    return out;
}

QJsonObject search(const Catalogue::SearchResult &r)
{
    QJsonArray hits;
    for (const Catalogue::SearchHit &h : r.hits) {
        QJsonArray items;
        for (const Collection::Item &i : h.items)
            items << QJsonObject{{QStringLiteral("item"), i.barcode},
                                 {QStringLiteral("branch"), i.branchCode},
                                 {QStringLiteral("branch_name"), i.branchName},
                                 {QStringLiteral("location"), i.location},
                                 {QStringLiteral("call_number"), i.callNumber},
                                 {QStringLiteral("status"), i.status},
                                 {QStringLiteral("due_at"), i.dueAt}};
        hits << QJsonObject{{QStringLiteral("record"), h.bibId},   {QStringLiteral("title"), h.title},
                            {QStringLiteral("author"), h.author},  {QStringLiteral("publisher"), h.publisher},
                            {QStringLiteral("year"), h.year},      {QStringLiteral("isbn"), h.isbn},
                            {QStringLiteral("call_number"), h.callNumber}, {QStringLiteral("items"), items}};
    }
    return {{QStringLiteral("outcome"), QStringLiteral("ok")}, {QStringLiteral("total"), r.total}, {QStringLiteral("hits"), hits}};
}

Catalogue::SearchResult search(const QJsonObject &o)
{
    Catalogue::SearchResult r;
    r.total = n(o, "total");
    for (const QJsonValue &v : o.value(QStringLiteral("hits")).toArray()) {
        const QJsonObject x = v.toObject();
        Catalogue::SearchHit h;
        h.bibId = n(x, "record");
        h.title = s(x, "title");
        h.author = s(x, "author");
        h.publisher = s(x, "publisher");
        h.year = int(n(x, "year"));
        h.isbn = s(x, "isbn");
        h.callNumber = s(x, "call_number");
        for (const QJsonValue &iv : x.value(QStringLiteral("items")).toArray()) {
            const QJsonObject y = iv.toObject();
            Collection::Item i;
            i.barcode = s(y, "item");
            i.bibId = h.bibId;
            i.title = h.title;
            i.branchCode = s(y, "branch");
            i.branchName = s(y, "branch_name");
            i.location = s(y, "location");
            i.callNumber = s(y, "call_number");
            i.status = s(y, "status");
            i.dueAt = n(y, "due_at");
            h.items << i;
        }
        r.hits << h;
    }
    return r;
}

QJsonObject settings(const KioskSettings &st)
{
    QJsonObject values, branches;
    for (auto it = st.values.cbegin(); it != st.values.cend(); ++it)
        values.insert(it.key(), it.value());
    for (auto it = st.branches.cbegin(); it != st.branches.cend(); ++it)
        branches.insert(it.key(), it.value());
    return {{QStringLiteral("outcome"), QStringLiteral("ok")},
            {QStringLiteral("values"), values},
            {QStringLiteral("branches"), branches},
            {QStringLiteral("logo"), QString::fromLatin1(st.logo.toBase64())}};
}

KioskSettings settings(const QJsonObject &o)
{
    KioskSettings st;
    const QJsonObject values = o.value(QStringLiteral("values")).toObject();
    for (auto it = values.begin(); it != values.end(); ++it)
        st.values.insert(it.key(), it.value().toString());
    const QJsonObject branches = o.value(QStringLiteral("branches")).toObject();
    for (auto it = branches.begin(); it != branches.end(); ++it)
        st.branches.insert(it.key(), it.value().toString());
    st.logo = QByteArray::fromBase64(s(o, "logo").toLatin1());
    return st;
}

QJsonObject staff(const StaffAccount &a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("username"), a.username},
            {QStringLiteral("display_name"), a.displayName},
            {QStringLiteral("role"), roleName(a.role)},
            {QStringLiteral("language"), a.language}};
}

StaffAccount staff(const QJsonObject &o)
{
    StaffAccount a;
    a.id = n(o, "id");
    a.username = s(o, "username");
    a.displayName = s(o, "display_name");
    if (!parseRole(s(o, "role"), &a.role))
        a.role = Role::Kiosk; // unknown: the fewest rights
    a.language = s(o, "language");
    return a;
}

QJsonObject error(const Error &e)
{
    QJsonObject details;
    for (const char *key : {"max_failures", "retry_after_s", "operation_id", "stage"}) {
        const QJsonValue v = e.details.value(QLatin1String(key));
        if (!v.isUndefined())
            details.insert(QLatin1String(key), v);
    }
    if (e.details.contains(QStringLiteral("reasons")))
        details.insert(QStringLiteral("reasons"), reasonsOnly(e.details.value(QStringLiteral("reasons")).toArray()).value(QStringLiteral("reasons")));
    QJsonObject o{{QStringLiteral("outcome"), e.isRefusal() ? QStringLiteral("refused") : QStringLiteral("failed")},
                  {QStringLiteral("code"), e.code},
                  {QStringLiteral("message"), e.message}};
    if (!details.isEmpty())
        o.insert(QStringLiteral("details"), details);
    return o;
}

Error error(const QJsonObject &o)
{
    const QString code = s(o, "code").isEmpty() ? QStringLiteral("kiosk.bad_answer") : s(o, "code");
    const QJsonObject details = o.value(QStringLiteral("details")).toObject();
    return s(o, "outcome") == QLatin1String("refused") ? Error::refused(code, s(o, "message"), details)
                                                       : Error::failed(code, s(o, "message"), details);
}

} // namespace Aksara::Kiosk::ApiJson
