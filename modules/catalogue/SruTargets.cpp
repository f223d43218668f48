#include "catalogue/SruTargets.h"

#include "core/FieldErrors.h"
#include "service/Changes.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace Aksara::Catalogue {

namespace {
const QString kColumns = QStringLiteral("id, name, base_url, version, record_schema, title_index, author_index, isbn_index, "
                                        "enabled, position");

SruTarget targetFrom(const Query &q)
{
    SruTarget t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.baseUrl = q.value(2).toString();
    t.version = q.value(3).toString();
    t.recordSchema = q.value(4).toString();
    t.titleIndex = q.value(5).toString();
    t.authorIndex = q.value(6).toString();
    t.isbnIndex = q.value(7).toString();
    t.enabled = q.value(8).toInt() != 0;
    t.position = q.value(9).toInt();
    return t;
}

Result<std::optional<SruTarget>> findByName(Database &db, const QString &name, qint64 excludeId = 0)
{
    auto q = db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM sru_targets WHERE lower(name) = lower(?) AND id <> ?"),
                     {name.trimmed(), excludeId});
    if (!q.ok())
        return q.error();
    std::optional<SruTarget> out;
    if (q->next())
        out = targetFrom(*q);
    q->finish();
    return out;
}

QString compact(const SruTarget &t)
{
    QJsonObject o = t.toJson();
    o.remove(QStringLiteral("id"));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// A CQL term in quotes (quotes and backslashes inside escaped).
QString quoted(const QString &term)
{
    QString t = term.simplified();
    t.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    t.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + t + QLatin1Char('"');
}
} // namespace

QJsonObject SruTarget::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("url"), baseUrl},
            {QStringLiteral("version"), version},
            {QStringLiteral("schema"), recordSchema},
            {QStringLiteral("title_index"), titleIndex},
            {QStringLiteral("author_index"), authorIndex},
            {QStringLiteral("isbn_index"), isbnIndex},
            {QStringLiteral("enabled"), enabled},
            {QStringLiteral("position"), position}};
}

QString SruTarget::queryFor(const QString &title, const QString &author, const QString &isbn) const
{
    QStringList parts;
    if (!title.trimmed().isEmpty())
        parts << titleIndex + QLatin1Char('=') + quoted(title);
    if (!author.trimmed().isEmpty())
        parts << authorIndex + QLatin1Char('=') + quoted(author);
    if (!isbn.trimmed().isEmpty()) {
        QString digits = isbn;
        digits.remove(QRegularExpression(QStringLiteral("[^0-9Xx]")));
        parts << isbnIndex + QLatin1Char('=') + quoted(digits.isEmpty() ? isbn : digits);
    }
    return parts.join(QStringLiteral(" and "));
}

SruRequest SruTarget::request(const QString &cql, int startRecord, int maximumRecords) const
{
    SruRequest r;
    r.baseUrl = QUrl(baseUrl);
    r.query = cql;
    r.startRecord = startRecord;
    r.maximumRecords = maximumRecords;
    r.version = version;
    r.recordSchema = recordSchema;
    return r;
}

void SruTargets::check(FieldErrors &errors, const SruTarget &t)
{
    if (t.name.trimmed().isEmpty() || t.name.trimmed().size() > 80)
        errors.add(QStringLiteral("name"), QStringLiteral("catalogue.sru_target_bad_name"),
                   tr("A target needs a name of 1 to 80 characters."));
    const QUrl url(t.baseUrl.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty())
        errors.add(QStringLiteral("url"), QStringLiteral("catalogue.sru_target_bad_url"),
                   tr("\"%1\" is not the http(s) address of an SRU server (such as http://lx2.loc.gov:210/LCDB).")
                       .arg(t.baseUrl.trimmed()));
    if (t.version != QLatin1String("1.1") && t.version != QLatin1String("1.2") && t.version != QLatin1String("2.0"))
        errors.add(QStringLiteral("version"), QStringLiteral("catalogue.sru_target_bad_version"),
                   tr("The SRU version is 1.1, 1.2 or 2.0, not \"%1\".").arg(t.version));
    static const QRegularExpression word(QStringLiteral("^[A-Za-z0-9._:/-]{1,100}$"));
    if (!word.match(t.recordSchema).hasMatch())
        errors.add(QStringLiteral("schema"), QStringLiteral("catalogue.sru_target_bad_schema"),
                   tr("The record schema is a name such as marcxml, without spaces, not \"%1\".").arg(t.recordSchema));
    const std::pair<const char *, const QString *> indexes[] = {
        {"title_index", &t.titleIndex}, {"author_index", &t.authorIndex}, {"isbn_index", &t.isbnIndex}};
    for (const auto &[field, value] : indexes) {
        if (!word.match(*value).hasMatch())
            errors.add(QString::fromLatin1(field), QStringLiteral("catalogue.sru_target_bad_index"),
                       tr("\"%1\" is not a CQL index name (such as dc.title).").arg(*value));
    }
    if (t.position < 0 || t.position > 9999)
        errors.add(QStringLiteral("position"), QStringLiteral("catalogue.sru_target_bad_position"),
                   tr("The position is a number from 0 to 9999."));
}

Result<QList<SruTarget>> SruTargets::list(const Caller &caller, bool enabledOnly)
{
    return m_core.execute<QList<SruTarget>>(
        caller, {Services::Cataloguing, QStringLiteral("sru_target.list"), Rights::CatalogueEdit, {}, false},
        [&](OperationContext &ctx) -> Result<QList<SruTarget>> {
            auto q = ctx.db().exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM sru_targets")
                                   + (enabledOnly ? QStringLiteral(" WHERE enabled = 1") : QString())
                                   + QStringLiteral(" ORDER BY position, name"));
            if (!q.ok())
                return q.error();
            QList<SruTarget> out;
            while (q->next())
                out << targetFrom(*q);
            q->finish();
            return out;
        });
}

Result<SruTarget> SruTargets::target(const Caller &caller, const QString &name)
{
    return m_core.execute<SruTarget>(
        caller, {Services::Cataloguing, QStringLiteral("sru_target.show"), Rights::CatalogueEdit, name, false},
        [&](OperationContext &ctx) -> Result<SruTarget> {
            auto found = findByName(ctx.db(), name);
            if (!found.ok())
                return found.error();
            if (!*found)
                return Error::refused(QStringLiteral("catalogue.sru_target_unknown"), tr("There is no SRU target \"%1\".").arg(name));
            return **found;
        });
}

Result<SruTarget> SruTargets::add(const Caller &caller, const SruTarget &input)
{
    return m_core.execute<SruTarget>(
        caller, {Services::Administration, QStringLiteral("sru_target.add"), Rights::SystemAdmin, input.name.trimmed()},
        [&](OperationContext &ctx) -> Result<SruTarget> {
            Database &db = ctx.db();
            SruTarget t = input;
            t.name = t.name.trimmed();
            t.baseUrl = t.baseUrl.trimmed();
            if (t.position == 0) {
                auto last = db.scalar(QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM sru_targets"));
                if (!last.ok())
                    return last.error();
                t.position = last->toInt() + 1;
            }
            FieldErrors errors;
            auto same = findByName(db, t.name);
            if (!same.ok())
                return same.error();
            if (*same)
                errors.add(QStringLiteral("name"), QStringLiteral("catalogue.sru_target_duplicate"),
                           tr("There is already a target named \"%1\".").arg((*same)->name));
            check(errors, t);
            if (!errors.isEmpty())
                return errors.refusal();
            auto q = db.exec(QStringLiteral("INSERT INTO sru_targets (name, base_url, version, record_schema, title_index, "
                                            "author_index, isbn_index, enabled, position, created_op, updated_op) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                             {t.name, t.baseUrl, t.version, t.recordSchema, t.titleIndex, t.authorIndex, t.isbnIndex,
                              t.enabled ? 1 : 0, t.position, ctx.operationId(), ctx.operationId()});
            if (!q.ok())
                return q.error();
            q->next();
            t.id = q->value(0).toLongLong();
            q->finish();
            auto change = ServiceManagement::Changes::recordStandard(ctx, tr("SRU target %1 added").arg(t.name),
                                                                     QStringLiteral("sru_target"), t.name, {}, compact(t));
            if (!change.ok())
                return change.error();
            ctx.setDetail(QStringLiteral("target"), t.id);
            return t;
        });
}

Result<SruTarget> SruTargets::edit(const Caller &caller, const QString &name, const SruTargetChanges &c)
{
    return m_core.execute<SruTarget>(
        caller, {Services::Administration, QStringLiteral("sru_target.edit"), Rights::SystemAdmin, name},
        [&](OperationContext &ctx) -> Result<SruTarget> {
            Database &db = ctx.db();
            auto found = findByName(db, name);
            if (!found.ok())
                return found.error();
            if (!*found)
                return Error::refused(QStringLiteral("catalogue.sru_target_unknown"), tr("There is no SRU target \"%1\".").arg(name));
            const SruTarget before = **found;
            SruTarget t = before;
            if (c.name)
                t.name = c.name->trimmed();
            if (c.baseUrl)
                t.baseUrl = c.baseUrl->trimmed();
            if (c.version)
                t.version = *c.version;
            if (c.recordSchema)
                t.recordSchema = *c.recordSchema;
            if (c.titleIndex)
                t.titleIndex = *c.titleIndex;
            if (c.authorIndex)
                t.authorIndex = *c.authorIndex;
            if (c.isbnIndex)
                t.isbnIndex = *c.isbnIndex;
            if (c.enabled)
                t.enabled = *c.enabled;
            if (c.position)
                t.position = *c.position;
            FieldErrors errors;
            auto same = findByName(db, t.name, t.id);
            if (!same.ok())
                return same.error();
            if (*same)
                errors.add(QStringLiteral("name"), QStringLiteral("catalogue.sru_target_duplicate"),
                           tr("There is already a target named \"%1\".").arg((*same)->name));
            check(errors, t);
            if (!errors.isEmpty())
                return errors.refusal();
            if (compact(t) == compact(before))
                return Error::refused(QStringLiteral("catalogue.sru_target_no_change"), tr("Nothing to change."));
            auto q = db.exec(QStringLiteral("UPDATE sru_targets SET name = ?, base_url = ?, version = ?, record_schema = ?, "
                                            "title_index = ?, author_index = ?, isbn_index = ?, enabled = ?, position = ?, "
                                            "updated_op = ? WHERE id = ?"),
                             {t.name, t.baseUrl, t.version, t.recordSchema, t.titleIndex, t.authorIndex, t.isbnIndex,
                              t.enabled ? 1 : 0, t.position, ctx.operationId(), t.id});
            if (!q.ok())
                return q.error();
            auto change = ServiceManagement::Changes::recordStandard(ctx, tr("SRU target %1 changed").arg(t.name),
                                                                     QStringLiteral("sru_target"), before.name, compact(before),
                                                                     compact(t));
            if (!change.ok())
                return change.error();
            return t;
        });
}

Status SruTargets::remove(const Caller &caller, const QString &name)
{
    return m_core.run(caller, {Services::Administration, QStringLiteral("sru_target.remove"), Rights::SystemAdmin, name},
                      [&](OperationContext &ctx) -> Status {
                          auto found = findByName(ctx.db(), name);
                          if (!found.ok())
                              return found.error();
                          if (!*found)
                              return Error::refused(QStringLiteral("catalogue.sru_target_unknown"),
                                                    tr("There is no SRU target \"%1\".").arg(name));
                          auto q = ctx.db().exec(QStringLiteral("DELETE FROM sru_targets WHERE id = ?"), {(*found)->id});
                          if (!q.ok())
                              return q.error();
                          auto change = ServiceManagement::Changes::recordStandard(
                              ctx, tr("SRU target %1 removed").arg((*found)->name), QStringLiteral("sru_target"), (*found)->name,
                              compact(**found), {});
                          if (!change.ok())
                              return change.error();
                          return {};
                      });
}

Result<SruResponse> SruTargets::search(const Caller &caller, const SruTarget &target, const QString &cql, int startRecord,
                                       int maximumRecords, SruClient &client)
{
    return m_core.execute<SruResponse>(
        caller,
        {Services::Cataloguing, QStringLiteral("sru.search"), Rights::CatalogueEdit,
         QStringLiteral("%1: %2").arg(target.name, cql).left(200), false},
        [&](OperationContext &ctx) -> Result<SruResponse> {
            ctx.setDetail(QStringLiteral("target"), target.name);
            std::optional<Result<SruResponse>> result;
            QEventLoop loop;
            client.search(target.request(cql, startRecord, maximumRecords), [&](Result<SruResponse> r) {
                result.emplace(std::move(r));
                loop.quit();
            });
            if (!result)
                loop.exec();
            return std::move(*result);
        });
}

Result<SruResponse> SruTargets::search(const Caller &caller, const SruRequest &request, SruClient &client)
{
    SruTarget t;
    t.name = request.baseUrl.toString();
    t.baseUrl = t.name;
    t.version = request.version;
    t.recordSchema = request.recordSchema;
    return search(caller, t, request.query, request.startRecord, request.maximumRecords, client);
}

} // namespace Aksara::Catalogue
