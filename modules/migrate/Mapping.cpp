#include "migrate/Mapping.h"

namespace Aksara::Migrate {

namespace {
// The context lupdate records for free functions of this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("Aksara::Migrate", text);
}

using Pairs = QList<std::pair<const char *, const char *>>;

Mapping make(const QString &name, const Pairs &columns, const QStringList &positional, const QStringList &dateFormats)
{
    Mapping m;
    m.name = name;
    for (const auto &[field, column] : columns)
        m.columns.insert(QString::fromLatin1(field), QString::fromUtf8(column));
    m.positional = positional;
    m.dateFormats = dateFormats;
    return m;
}

// ISO dates, with a time when the old system stored one (SLiMS and Koha keep DATE and DATETIME).
const QStringList kIso{QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyy-MM-dd HH:mm:ss"), QStringLiteral("yyyy-MM-dd HH:mm")};

// SLiMS 9 (slims/slims9_bulian): admin/modules/membership/export.php selects these columns of
// `member` (member_type_name from mst_member_type) in this order; the header row is optional
// ("Put columns names in the first row"). Dates are MySQL DATE, yyyy-MM-dd. `pin` is the form's
// "Personal ID Number" (the KTP number, i.e. the NIK). Items: admin/modules/bibliography/item_export.php.
// Loans and fines have no export screen: the `loan` and `fines` tables as a database export gives them.
Mapping slims(Kind kind)
{
    switch (kind) {
    case Kind::Patrons:
        return make(QStringLiteral("slims"),
                    {{"old_id", "member_id"}, {"name", "member_name"}, {"category", "member_type_name"},
                     {"email", "member_email"}, {"address", "member_address"}, {"postal_code", "postal_code"},
                     {"photo", "member_image"}, {"nik", "pin"}, {"phone", "member_phone"},
                     {"registered_on", "register_date"}, {"expires_on", "expire_date"}, {"birth_date", "birth_date"}},
                    {QStringLiteral("member_id"), QStringLiteral("member_name"), QStringLiteral("gender"),
                     QStringLiteral("member_type_name"), QStringLiteral("member_email"), QStringLiteral("member_address"),
                     QStringLiteral("postal_code"), QStringLiteral("inst_name"), QStringLiteral("is_new"),
                     QStringLiteral("member_image"), QStringLiteral("pin"), QStringLiteral("member_phone"),
                     QStringLiteral("member_fax"), QStringLiteral("member_since_date"), QStringLiteral("register_date"),
                     QStringLiteral("expire_date"), QStringLiteral("birth_date"), QStringLiteral("member_notes")},
                    kIso);
    case Kind::Copies:
        return make(QStringLiteral("slims"),
                    {{"barcode", "item_code"}, {"call_number", "call_number"}, {"item_type", "coll_type_name"},
                     {"acquired_on", "received_date"}, {"location", "location_name"}, {"price", "price"},
                     {"title", "title"}},
                    {QStringLiteral("item_code"), QStringLiteral("call_number"), QStringLiteral("coll_type_name"),
                     QStringLiteral("inventory_code"), QStringLiteral("received_date"), QStringLiteral("supplier_name"),
                     QStringLiteral("order_no"), QStringLiteral("location_name"), QStringLiteral("order_date"),
                     QStringLiteral("item_status_name"), QStringLiteral("site"), QStringLiteral("source"),
                     QStringLiteral("invoice"), QStringLiteral("price"), QStringLiteral("price_currency"),
                     QStringLiteral("invoice_date"), QStringLiteral("input_date"), QStringLiteral("last_update"),
                     QStringLiteral("title")},
                    kIso);
    case Kind::Loans: {
        Mapping m = make(QStringLiteral("slims"),
                         {{"old_id", "loan_id"}, {"item", "item_code"}, {"patron", "member_id"}, {"issued_on", "loan_date"},
                          {"due_on", "due_date"}},
                         {QStringLiteral("loan_id"), QStringLiteral("item_code"), QStringLiteral("member_id"),
                          QStringLiteral("loan_date"), QStringLiteral("due_date"), QStringLiteral("renewed"),
                          QStringLiteral("loan_rules_id"), QStringLiteral("actual"), QStringLiteral("is_lent"),
                          QStringLiteral("is_return"), QStringLiteral("return_date")},
                         kIso);
        m.closedColumn = QStringLiteral("is_return");
        m.closedValues = {QStringLiteral("1")};
        return m;
    }
    case Kind::Fees:
        return make(QStringLiteral("slims"),
                    {{"old_id", "fines_id"}, {"date", "fines_date"}, {"patron", "member_id"}, {"amount", "debet"},
                     {"paid", "credit"}, {"description", "description"}},
                    {QStringLiteral("fines_id"), QStringLiteral("fines_date"), QStringLiteral("member_id"),
                     QStringLiteral("debet"), QStringLiteral("credit"), QStringLiteral("description")},
                    kIso);
    }
    return {};
}

// INLISLite 3 (INLISLite-Perpusnas/INLISLIteV33): the member spreadsheet of
// Keanggotaan/Anggota (AnggotaImportController::$columnMap, the header names, lower-cased there;
// each with the `members` column it fills as an alternative, for a database export);
// its dates are yyyy-MM-dd or d/M/yyyy or d-M-yyyy (parseExcelDate). Copies, loans and fines: the
// columns of its tables `collections`, `collectionloanitems` (with the member's MemberNo and the
// copy's NomorBarcode) and `pelanggaran`.
Mapping inlislite(Kind kind)
{
    const QStringList dates{QStringLiteral("yyyy-MM-dd"), QStringLiteral("d/M/yyyy"), QStringLiteral("d-M-yyyy"),
                            QStringLiteral("yyyy-MM-dd HH:mm:ss")};
    switch (kind) {
    case Kind::Patrons:
        return make(QStringLiteral("inlislite"),
                    {{"old_id", "No Anggota|MemberNo"}, {"name", "Nama|FullName"}, {"birth_date", "Tanggal Lahir|DateOfBirth"},
                     {"address", "Alamat sesuai KTP|Address"}, {"mobile", "No. HP|NoHp"}, {"phone", "Phone"},
                     {"nik", "Nomor Identitas|IdentityNo"}, {"email", "Alamat Email|Email"},
                     {"category", "Jenis Anggota|JenisAnggota"}, {"registered_on", "Tanggal Pendaftaran|RegisterDate"},
                     {"expires_on", "Tanggal Akhir Berlaku|EndDate"}, {"photo", "Photo URL|PhotoUrl"}},
                    {}, dates);
    case Kind::Copies:
        return make(QStringLiteral("inlislite"),
                    {{"barcode", "NomorBarcode"}, {"call_number", "CallNumber"}, {"location", "LocationName"},
                     {"price", "Price"}, {"title", "Title"}, {"record", "Catalog_id"}, {"acquired_on", "TanggalPengadaan"}},
                    {}, dates);
    case Kind::Loans: {
        Mapping m = make(QStringLiteral("inlislite"),
                         {{"old_id", "CollectionLoan_id"}, {"item", "NomorBarcode"}, {"patron", "MemberNo"},
                          {"issued_on", "LoanDate"}, {"due_on", "DueDate"}},
                         {}, dates);
        m.closedColumn = QStringLiteral("ActualReturn");
        return m;
    }
    case Kind::Fees:
        return make(QStringLiteral("inlislite"),
                    {{"old_id", "ID"}, {"patron", "MemberNo"}, {"amount", "JumlahDenda"}, {"description", "JenisPelanggaran"},
                     {"date", "CreateDate"}},
                    {}, dates);
    }
    return {};
}

// Koha (Koha-Community/Koha): the patron import CSV of tools/import_borrowers
// (Koha::Patrons::Import: the header row names borrowers columns; dates zero-padded in the
// dateformat system preference, ISO by default). Copies, loans, fees: the columns of `items`,
// `issues` and `accountlines` as a report exports them, with cardnumber and barcode joined in.
Mapping koha(Kind kind)
{
    switch (kind) {
    case Kind::Patrons:
        return make(QStringLiteral("koha"),
                    {{"old_id", "cardnumber"}, {"name", "surname"}, {"first_name", "firstname"}, {"birth_date", "dateofbirth"},
                     {"address", "address"}, {"postal_code", "zipcode"}, {"phone", "phone"}, {"mobile", "mobile"},
                     {"email", "email"}, {"category", "categorycode"}, {"branch", "branchcode"},
                     {"registered_on", "dateenrolled"}, {"expires_on", "dateexpiry"}, {"language", "lang"}},
                    {}, kIso);
    case Kind::Copies:
        return make(QStringLiteral("koha"),
                    {{"barcode", "barcode"}, {"record", "biblionumber"}, {"branch", "homebranch"}, {"location", "location"},
                     {"call_number", "itemcallnumber"}, {"item_type", "itype"}, {"price", "price"},
                     {"acquired_on", "dateaccessioned"}, {"title", "title"}},
                    {}, kIso);
    case Kind::Loans: {
        Mapping m = make(QStringLiteral("koha"),
                         {{"old_id", "issue_id"}, {"item", "barcode"}, {"patron", "cardnumber"}, {"issued_on", "issuedate"},
                          {"due_on", "date_due"}, {"branch", "branchcode"}},
                         {}, kIso);
        m.closedColumn = QStringLiteral("returndate");
        return m;
    }
    case Kind::Fees:
        return make(QStringLiteral("koha"),
                    {{"old_id", "accountlines_id"}, {"patron", "cardnumber"}, {"amount", "amountoutstanding"},
                     {"description", "description"}, {"date", "date"}},
                    {}, kIso);
    }
    return {};
}
} // namespace

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Patrons: return QStringLiteral("patrons");
    case Kind::Copies: return QStringLiteral("copies");
    case Kind::Loans: return QStringLiteral("loans");
    case Kind::Fees: return QStringLiteral("fees");
    }
    return {};
}

bool parseKind(const QString &text, Kind *kind)
{
    for (Kind k : {Kind::Patrons, Kind::Copies, Kind::Loans, Kind::Fees}) {
        if (text == kindName(k)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QStringList fieldsOf(Kind kind)
{
    switch (kind) {
    case Kind::Patrons:
        return QStringLiteral("old_id name first_name nik birth_date address postal_code phone mobile email category branch "
                              "registered_on expires_on photo language")
            .split(QLatin1Char(' '));
    case Kind::Copies:
        return QStringLiteral("barcode record isbn title branch location call_number item_type price acquired_on").split(QLatin1Char(' '));
    case Kind::Loans: return QStringLiteral("old_id item patron issued_on due_on branch").split(QLatin1Char(' '));
    case Kind::Fees: return QStringLiteral("old_id patron amount paid description date").split(QLatin1Char(' '));
    }
    return {};
}

QStringList requiredFieldsOf(Kind kind)
{
    switch (kind) {
    case Kind::Patrons: return {QStringLiteral("old_id"), QStringLiteral("name")};
    case Kind::Copies: return {QStringLiteral("barcode")};
    case Kind::Loans: return {QStringLiteral("item"), QStringLiteral("patron"), QStringLiteral("due_on")};
    case Kind::Fees: return {QStringLiteral("old_id"), QStringLiteral("patron"), QStringLiteral("amount")};
    }
    return {};
}

Result<Mapping> preset(Kind kind, const QString &name)
{
    if (name == QLatin1String("slims"))
        return slims(kind);
    if (name == QLatin1String("inlislite"))
        return inlislite(kind);
    if (name == QLatin1String("koha"))
        return koha(kind);
    if (name == QLatin1String("custom") || name.isEmpty()) {
        Mapping m;
        m.name = QStringLiteral("custom");
        m.dateFormats = kIso;
        return m;
    }
    return Error::refused(QStringLiteral("migrate.unknown_preset"),
                          tr("There is no preset \"%1\": use slims, inlislite or koha, or a mapping file.").arg(name));
}

Result<Mapping> applyMapFile(Kind kind, const QByteArray &text, Mapping base)
{
    const QStringList fields = fieldsOf(kind);
    QString section;
    int lineNo = 0;
    auto bad = [&](const QString &why) {
        return Error::refused(QStringLiteral("migrate.bad_map"), tr("Line %1 of the mapping file: %2").arg(lineNo).arg(why),
                              QJsonObject{{QStringLiteral("line"), lineNo}});
    };
    bool formatsSet = false;
    for (const QString &raw : QString::fromUtf8(text).split(QLatin1Char('\n'))) {
        ++lineNo;
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            section = line.mid(1, line.size() - 2).trimmed().toLower();
            if (!QStringList{QStringLiteral("options"), QStringLiteral("columns"), QStringLiteral("categories"),
                             QStringLiteral("branches"), QStringLiteral("item_types")}
                     .contains(section))
                return bad(tr("unknown section [%1].").arg(section));
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return bad(tr("expected \"name = value\"."));
        const QString key = line.left(eq).trimmed();
        const QString value = line.mid(eq + 1).trimmed();
        if (section.isEmpty())
            return bad(tr("a setting before the first [section]."));
        if (section == QLatin1String("options")) {
            if (key == QLatin1String("preset")) {
                auto p = preset(kind, value);
                if (!p.ok())
                    return bad(p.error().message);
                const Mapping keep = base;
                base = *p;
                // What the file said before the preset line still holds.
                for (auto it = keep.columns.cbegin(); it != keep.columns.cend(); ++it)
                    if (!base.columns.contains(it.key()))
                        base.columns.insert(it.key(), it.value());
            } else if (key == QLatin1String("date_format")) {
                if (!formatsSet)
                    base.dateFormats.clear();
                formatsSet = true;
                for (const QString &f : value.split(QLatin1Char('|'), Qt::SkipEmptyParts))
                    base.dateFormats << f.trimmed();
            } else if (key == QLatin1String("separator")) {
                if (value == QLatin1String("tab") || value == QLatin1String("\\t"))
                    base.separator = QLatin1Char('\t');
                else if (value.size() == 1)
                    base.separator = value.at(0);
                else
                    return bad(tr("the separator is one character (or \"tab\")."));
            } else if (key == QLatin1String("branch")) {
                base.branch = value;
            } else if (key == QLatin1String("closed_column")) {
                base.closedColumn = value;
            } else if (key == QLatin1String("closed_values")) {
                base.closedValues = value.split(QLatin1Char('|'), Qt::SkipEmptyParts);
            } else {
                return bad(tr("unknown option \"%1\".").arg(key));
            }
        } else if (section == QLatin1String("columns")) {
            if (!fields.contains(key))
                return bad(tr("\"%1\" is not a field of %2 (fields: %3).").arg(key, kindName(kind), fields.join(QStringLiteral(", "))));
            if (value.isEmpty())
                base.columns.remove(key);
            else
                base.columns.insert(key, value);
        } else {
            QHash<QString, QString> &table = section == QLatin1String("categories") ? base.categories
                                             : section == QLatin1String("branches") ? base.branches
                                                                                      : base.itemTypes;
            table.insert(key.toCaseFolded(), value);
        }
    }
    for (const QString &f : requiredFieldsOf(kind)) {
        if (!base.columns.contains(f)) {
            lineNo = 0;
            return Error::refused(QStringLiteral("migrate.bad_map"),
                                  tr("The mapping names no column for the required field \"%1\".").arg(f));
        }
    }
    return base;
}

} // namespace Aksara::Migrate
