#include "service/ReportRender.h"

#include "render/Canvas.h"
#include "service/Common.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>
#include <QTimeZone>

#include <cmath>

namespace Aksara::ServiceManagement {

using Render::Align;
using Render::Canvas;
using Render::Rgb;

QString formatBp(const QJsonValue &bp)
{
    if (bp.isNull() || bp.isUndefined() || bp.toInteger(-1) < 0)
        return QStringLiteral("–");
    return QStringLiteral("%1 %").arg(double(bp.toInteger()) / 100.0, 0, 'f', 2);
}

QString formatDurationMs(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined() || v.toInteger(-1) < 0)
        return QStringLiteral("–");
    const qint64 s = v.toInteger() / 1000;
    if (s < 60)
        return QStringLiteral("%1 s").arg(s);
    if (s < 3600)
        return QStringLiteral("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString formatUs(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined() || v.toInteger(-1) < 0)
        return QStringLiteral("–");
    const qint64 us = v.toInteger();
    if (us < 1000)
        return QStringLiteral("%1 µs").arg(us);
    if (us < 1000000)
        return QStringLiteral("%1 ms").arg(double(us) / 1000.0, 0, 'f', us < 10000 ? 1 : 0);
    return QStringLiteral("%1 s").arg(double(us) / 1e6, 0, 'f', 1);
}

namespace {
const Rgb kInk = Rgb::hex(0x1f2933);
const Rgb kMuted = Rgb::hex(0x616e7c);
const Rgb kRule = Rgb::hex(0xcbd2d9);
const Rgb kBand = Rgb::hex(0xf0f4f8);
const Rgb kGood = Rgb::hex(0x2f855a);
const Rgb kWarn = Rgb::hex(0xd69e2e);
const Rgb kBad = Rgb::hex(0xc53030);
const Rgb kAccent = Rgb::hex(0x2b6cb0);

QString ids(const QJsonValue &v, int max = 40)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size() && i < max; ++i)
        out << QStringLiteral("#%1").arg(a[i].toInteger());
    if (a.size() > max)
        out << QStringLiteral("… (%1)").arg(a.size());
    return out.isEmpty() ? QStringLiteral("–") : out.join(QStringLiteral(", "));
}

// Hours and minutes for tables: "191:00", "0:45".
QString hm(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined() || v.toInteger(-1) < 0)
        return QStringLiteral("–");
    const qint64 minutes = v.toInteger() / 60000;
    return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// A percentage in basis points without the sign, for table columns headed "%".
QString pc(const QJsonValue &bp)
{
    if (bp.isNull() || bp.isUndefined() || bp.toInteger(-1) < 0)
        return QStringLiteral("–");
    return QString::number(double(bp.toInteger()) / 100.0, 'f', 2);
}

// An ISO UTC instant of the report shown in the library's zone: "2026-02-01 00:00".
QString local(const QJsonValue &iso, const QTimeZone &zone)
{
    const QString s = iso.toString();
    if (s.isEmpty())
        return QStringLiteral("–");
    const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    return t.isValid() ? t.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : s;
}

QString num(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() ? QStringLiteral("–") : QString::number(v.toInteger());
}

// A page flow on the canvas: a cursor, page breaks with a running header and page numbers.
class Flow {
public:
    static constexpr double kLeft = 15, kRight = 195, kTop = 22, kBottom = 282;

    // pageLabel: "page %1", already translated.
    Flow(Canvas &c, QString header, QString pageLabel)
        : m_c(c), m_header(std::move(header)), m_pageLabel(std::move(pageLabel))
    {
        decorate();
    }

    Canvas &c() { return m_c; }
    double y = kTop;

    void ensure(double height)
    {
        if (y + height > kBottom)
            breakPage();
    }
    void breakPage()
    {
        m_c.newPage();
        ++m_page;
        y = kTop;
        decorate();
    }
    void heading(const QString &text)
    {
        ensure(16);
        y += 4;
        m_c.setColor(kAccent);
        m_c.setFont(12.5, true);
        m_c.text(kLeft, y + 4, text);
        y += 6;
        m_c.setColor(kRule);
        m_c.setLineWidth(0.3);
        m_c.line(kLeft, y, kRight, y);
        y += 3;
    }
    void subheading(const QString &text)
    {
        ensure(10);
        m_c.setColor(kInk);
        m_c.setFont(10, true);
        m_c.text(kLeft, y + 4, text);
        y += 6;
    }
    void paragraph(const QString &text, double size = 9, Rgb color = kInk)
    {
        m_c.setFont(size);
        const double h = m_c.fontSizeMm() * 1.25 * m_c.lineCount(kRight - kLeft, text);
        ensure(h + 1);
        m_c.setColor(color);
        m_c.paragraph(kLeft, y, kRight - kLeft, text);
        y += h + 1.5;
    }
    // A table: widths in mm, alignments, rows of cells; `flag(row, column)` colours a cell.
    void table(const QStringList &headers, const QList<double> &widths, const QList<Align> &align,
               const QList<QStringList> &rows, const std::function<Rgb(int, int)> &color = {})
    {
        const double rowH = 5.2;
        // A header wider than its column goes on two lines, split at the space that balances them
        // (translations are often longer than the English).
        m_c.setFont(6.5, true);
        QList<QStringList> headerLines;
        QList<double> headerSizes;
        bool twoLines = false;
        for (int i = 0; i < headers.size(); ++i) {
            const QString &h = headers[i];
            QStringList lines{h};
            if (m_c.textWidth(h) > widths[i] - 2.4) {
                double best = 1e9;
                for (qsizetype at = h.indexOf(QLatin1Char(' ')); at > 0; at = h.indexOf(QLatin1Char(' '), at + 1)) {
                    const double wider = std::max(m_c.textWidth(h.left(at)), m_c.textWidth(h.mid(at + 1)));
                    if (wider < best) {
                        best = wider;
                        lines = QStringList{h.left(at), h.mid(at + 1)};
                    }
                }
            }
            twoLines = twoLines || lines.size() > 1;
            headerLines << lines;
            // A single word that still does not fit is set a little smaller (down to 5 pt).
            double widest = 0;
            for (const QString &l : std::as_const(lines))
                widest = std::max(widest, m_c.textWidth(l));
            headerSizes << (widest > widths[i] - 2.4 ? std::max(5.0, 0.93 * 6.5 * (widths[i] - 2.4) / widest) : 6.5);
        }
        auto head = [&] {
            const double headH = twoLines ? rowH + 2.8 : rowH;
            m_c.setColor(kBand);
            m_c.rect(kLeft, y, kRight - kLeft, headH + 0.6, true);
            m_c.setColor(kInk);
            m_c.setFont(6.5, true);
            double x = kLeft;
            const double top = y;
            for (int i = 0; i < headerLines.size(); ++i) {
                m_c.setFont(headerSizes[i], true);
                for (int l = 0; l < headerLines[i].size(); ++l) {
                    y = top + l * 2.8;
                    cell(x, widths[i], align[i], headerLines[i][l]);
                }
                x += widths[i];
            }
            y = top + headH + 0.6;
        };
        ensure(rowH * 3);
        head();
        m_c.setFont(7);
        for (int r = 0; r < rows.size(); ++r) {
            if (y + rowH > kBottom) {
                breakPage();
                head();
                m_c.setFont(7);
            }
            double x = kLeft;
            for (int i = 0; i < rows[r].size() && i < widths.size(); ++i) {
                m_c.setColor(color ? color(r, i) : kInk);
                cell(x, widths[i], align[i], rows[r][i]);
                x += widths[i];
            }
            y += rowH;
            m_c.setColor(kRule);
            m_c.setLineWidth(0.1);
            m_c.line(kLeft, y - 0.8, kRight, y - 0.8);
        }
        m_c.setColor(kInk);
        y += 2;
    }
    void finish()
    {
        // The last page's number is drawn by decorate() of each page; nothing left to do.
    }

private:
    void cell(double x, double w, Align a, const QString &text)
    {
        const double pad = 1.2;
        const double tx = a == Align::Left ? x + pad : a == Align::Right ? x + w - pad : x + w / 2;
        m_c.text(tx, y + 3.8, text, a, w - 2 * pad);
    }
    void decorate()
    {
        m_c.setColor(kMuted);
        m_c.setFont(7.5);
        m_c.text(kLeft, 12, m_header);
        m_c.text(kRight, 12, m_pageLabel.arg(m_page), Align::Right);
        m_c.setColor(kRule);
        m_c.setLineWidth(0.2);
        m_c.line(kLeft, 14, kRight, 14);
        m_c.setColor(kInk);
    }
    Canvas &m_c;
    QString m_header;
    QString m_pageLabel;
    int m_page = 1;
};

Rgb verdict(const QJsonValue &meets)
{
    if (meets.isBool())
        return meets.toBool() ? kGood : kBad;
    return kInk;
}

void dailyChart(Flow &f, const QJsonArray &days)
{
    const double h = 50, top = f.y + 4, x0 = Flow::kLeft + 14, x1 = Flow::kRight, base = top + h;
    f.ensure(h + 16);
    Canvas &c = f.c();
    qint64 max = 1;
    for (const QJsonValue &d : days) {
        const QJsonObject o = d.toObject();
        max = std::max(max, o.value(QStringLiteral("ok")).toInteger() + o.value(QStringLiteral("refused")).toInteger()
                                + o.value(QStringLiteral("failed")).toInteger());
    }
    // A round axis maximum.
    const double magnitude = std::pow(10.0, std::floor(std::log10(double(max))));
    const double axisMax = std::ceil(double(max) / magnitude) * magnitude;
    c.setFont(7);
    c.setLineWidth(0.15);
    for (int i = 0; i <= 4; ++i) {
        const double y = base - h * i / 4.0;
        c.setColor(kRule);
        c.line(x0, y, x1, y);
        c.setColor(kMuted);
        c.text(x0 - 1.5, y + 1, QString::number(qint64(axisMax * i / 4.0)), Align::Right);
    }
    const int n = std::max<int>(1, int(days.size()));
    const double slot = (x1 - x0) / n;
    for (int i = 0; i < days.size(); ++i) {
        const QJsonObject o = days[i].toObject();
        double y = base;
        for (const auto &[key, color] : {std::pair{QStringLiteral("ok"), kGood}, std::pair{QStringLiteral("refused"), kWarn},
                                         std::pair{QStringLiteral("failed"), kBad}}) {
            const double v = double(o.value(key).toInteger());
            const double bh = h * v / axisMax;
            if (bh <= 0)
                continue;
            c.setColor(color);
            c.rect(x0 + i * slot + slot * 0.15, y - bh, slot * 0.7, bh, true);
            y -= bh;
        }
        const QString date = o.value(QStringLiteral("date")).toString();
        if (i % 2 == 0 || n <= 16) {
            c.setColor(kMuted);
            c.text(x0 + i * slot + slot / 2, base + 3.5, date.right(2), Align::Center);
        }
    }
    // Legend.
    double lx = x0;
    const double ly = base + 8;
    for (const auto &[label, color] : {std::pair{tr("ok"), kGood}, std::pair{tr("refused"), kWarn}, std::pair{tr("failed"), kBad}}) {
        c.setColor(color);
        c.rect(lx, ly - 2.3, 3, 2.5, true);
        c.setColor(kInk);
        c.text(lx + 4, ly, label);
        lx += 6 + c.textWidth(label) + 4;
    }
    f.y = ly + 4;
}

void availabilityChart(Flow &f, const QJsonArray &services)
{
    const double rowH = 5.0;
    f.ensure(rowH * double(services.size()) + 14);
    Canvas &c = f.c();
    const double labelW = 38, x0 = Flow::kLeft + labelW, x1 = Flow::kRight - 18;
    // Scale from a round floor under the lowest figure or objective to 100 %.
    double low = 100.0;
    for (const QJsonValue &v : services) {
        const QJsonObject a = v.toObject().value(QStringLiteral("availability")).toObject();
        const qint64 bp = a.value(QStringLiteral("availability_bp")).toInteger(-1);
        if (bp >= 0)
            low = std::min(low, bp / 100.0);
        low = std::min(low, a.value(QStringLiteral("objective_bp")).toInteger() / 100.0);
    }
    const double floorPct = std::max(0.0, std::floor(low - 0.5));
    auto xOf = [&](double pct) { return x0 + (x1 - x0) * (pct - floorPct) / (100.0 - floorPct); };
    double y = f.y + 2;
    c.setFont(7);
    for (const QJsonValue &v : services) {
        const QJsonObject s = v.toObject();
        const QJsonObject a = s.value(QStringLiteral("availability")).toObject();
        const qint64 bp = a.value(QStringLiteral("availability_bp")).toInteger(-1);
        const double objective = a.value(QStringLiteral("objective_bp")).toInteger() / 100.0;
        c.setColor(kInk);
        c.text(Flow::kLeft, y + 3.5, s.value(QStringLiteral("code")).toString(), Align::Left, labelW - 2);
        c.setColor(kBand);
        c.rect(x0, y + 0.5, x1 - x0, rowH - 1, true);
        if (bp >= 0) {
            c.setColor(bp / 100.0 >= objective ? kGood : kBad);
            c.rect(x0, y + 0.8, std::max(0.3, xOf(bp / 100.0) - x0), rowH - 1.6, true);
        }
        c.setColor(kInk);
        c.setLineWidth(0.4);
        c.line(xOf(objective), y, xOf(objective), y + rowH);
        c.text(Flow::kRight, y + 3.5, bp >= 0 ? formatBp(bp) : tr("no hours"), Align::Right);
        y += rowH;
    }
    c.setColor(kMuted);
    c.text(x0, y + 3.5, QStringLiteral("%1 %").arg(floorPct, 0, 'f', 0));
    c.text(x1, y + 3.5, QStringLiteral("100 %"), Align::Right);
    c.text((x0 + x1) / 2, y + 3.5, tr("bar: availability; tick: objective"), Align::Center);
    f.y = y + 7;
}

void priorityChart(Flow &f, const QJsonArray &byPriority)
{
    std::array<qint64, 5> opened{}, resolved{};
    for (const QJsonValue &v : byPriority) {
        const QJsonObject o = v.toObject();
        const int p = int(o.value(QStringLiteral("priority")).toInteger());
        if (p < 1 || p > 5)
            continue;
        opened[size_t(p - 1)] += o.value(QStringLiteral("opened")).toInteger();
        resolved[size_t(p - 1)] += o.value(QStringLiteral("resolved")).toInteger();
    }
    const double h = 30;
    f.ensure(h + 14);
    Canvas &c = f.c();
    qint64 max = 1;
    for (int i = 0; i < 5; ++i)
        max = std::max({max, opened[size_t(i)], resolved[size_t(i)]});
    const double x0 = Flow::kLeft + 10, base = f.y + 2 + h, slot = 20;
    c.setFont(7);
    for (int i = 0; i < 5; ++i) {
        const double x = x0 + i * slot;
        const double ho = h * double(opened[size_t(i)]) / double(max);
        const double hr = h * double(resolved[size_t(i)]) / double(max);
        c.setColor(kAccent);
        c.rect(x, base - ho, 6, ho, true);
        c.setColor(kGood);
        c.rect(x + 7, base - hr, 6, hr, true);
        c.setColor(kInk);
        c.text(x + 6.5, base + 3.5, QStringLiteral("P%1").arg(i + 1), Align::Center);
        c.setColor(kMuted);
        c.text(x + 3, base - ho - 1, QString::number(opened[size_t(i)]), Align::Center);
        c.text(x + 10, base - hr - 1, QString::number(resolved[size_t(i)]), Align::Center);
    }
    const double lx = x0 + 5 * slot + 6;
    c.setColor(kAccent);
    c.rect(lx, base - 20, 3, 2.5, true);
    c.setColor(kGood);
    c.rect(lx, base - 14, 3, 2.5, true);
    c.setColor(kInk);
    c.text(lx + 4.5, base - 17.8, tr("opened"));
    c.text(lx + 4.5, base - 11.8, tr("resolved"));
    f.y = base + 8;
}
} // namespace

Status writeReportPdf(const QJsonObject &r, const QString &path, const QByteArray &logo)
{
    auto canvas = Canvas::pdf(path, 210, 297);
    if (!canvas.ok())
        return canvas.error();
    QTimeZone zone(r.value(QStringLiteral("time_zone")).toString().toUtf8());
    if (!zone.isValid())
        zone = QTimeZone(QByteArrayLiteral("Asia/Jakarta"));
    auto lt = [&zone](const QJsonValue &iso) { return local(iso, zone); };
    Canvas &c = **canvas;
    const QString month = r.value(QStringLiteral("month")).toString();
    const QString library = r.value(QStringLiteral("library")).toString();
    Flow f(c, tr("%1 — monthly service report %2").arg(library, month), tr("page %1"));
    const QJsonObject period = r.value(QStringLiteral("period")).toObject();
    const QJsonValue frozen = r.value(QStringLiteral("frozen"));

    // Title and status, the library's logo beside them and its address under them.
    double titleRight = Flow::kRight;
    if (!logo.isEmpty() && c.image(Flow::kRight - 22, f.y, 22, 22, logo).ok())
        titleRight = Flow::kRight - 25;
    c.setColor(kInk);
    c.setFont(20, true);
    c.text(Flow::kLeft, f.y + 8, tr("Monthly service report"), Align::Left, titleRight - Flow::kLeft);
    c.setFont(13);
    c.text(Flow::kLeft, f.y + 15, tr("%1 — %2").arg(library, month), Align::Left, titleRight - Flow::kLeft);
    const QString contact = r.value(QStringLiteral("library_contact")).toString();
    if (!contact.isEmpty()) {
        c.setColor(kMuted);
        c.setFont(8.5);
        c.text(Flow::kLeft, f.y + 20, contact, Align::Left, titleRight - Flow::kLeft);
        f.y += 4;
    }
    f.y += 20;
    f.paragraph(tr("Period %1 to %2 (%3), figures as of %4. Prepared for ISO/IEC 20000-1 clauses 8.3.3, 8.5.1, 8.6, "
                   "8.7.1, 9.1, 9.4 and 10.")
                    .arg(lt(period.value(QStringLiteral("from"))), lt(period.value(QStringLiteral("to"))),
                         r.value(QStringLiteral("time_zone")).toString(), lt(period.value(QStringLiteral("as_of")))),
                9, kMuted);
    if (frozen.isObject()) {
        const QJsonObject fz = frozen.toObject();
        f.paragraph(tr("FROZEN: the month was closed at %1 by %2. These figures are the snapshot taken then "
                       "(SHA-256 %3); later changes to targets or records do not alter them.")
                        .arg(lt(fz.value(QStringLiteral("closed_at"))), fz.value(QStringLiteral("closed_by")).toString(),
                             fz.value(QStringLiteral("sha256")).toString()),
                    9, kGood);
    } else {
        f.paragraph(tr("PROVISIONAL: the month is not closed; figures may still change. Nonconformities are opened "
                       "when the month is closed."),
                    9, kWarn);
    }

    const QJsonObject summary = r.value(QStringLiteral("summary")).toObject();
    const QJsonObject incidents = r.value(QStringLiteral("incidents")).toObject();
    f.heading(tr("Summary"));
    f.paragraph(tr("%1 operations. %2 of %3 services met all their targets; %4 target(s) missed. Incidents: %5 opened, "
                   "%6 resolved, %7 open at the end of the month (%8 at its start).")
                    .arg(num(summary.value(QStringLiteral("operations"))), num(summary.value(QStringLiteral("services_meeting_targets"))),
                         num(summary.value(QStringLiteral("services"))), num(summary.value(QStringLiteral("missed_targets"))),
                         num(incidents.value(QStringLiteral("opened"))), num(incidents.value(QStringLiteral("resolved"))),
                         num(incidents.value(QStringLiteral("backlog_end"))), num(incidents.value(QStringLiteral("backlog_start")))));
    f.subheading(tr("Operations per day"));
    dailyChart(f, r.value(QStringLiteral("daily")).toArray());
    f.subheading(tr("Availability per service, in service hours"));
    const QJsonArray services = r.value(QStringLiteral("services")).toArray();
    availabilityChart(f, services);

    // SLA indicators against targets.
    f.heading(tr("Service levels against targets"));
    {
        QList<QStringList> rows;
        QList<QJsonObject> objs;
        for (const QJsonValue &v : services) {
            const QJsonObject s = v.toObject();
            const QJsonObject t = s.value(QStringLiteral("targets")).toObject();
            const QJsonObject b = s.value(QStringLiteral("error_budget")).toObject();
            objs << s;
            rows << QStringList{s.value(QStringLiteral("code")).toString(),
                                num(s.value(QStringLiteral("volume"))),
                                num(s.value(QStringLiteral("failed"))),
                                pc(s.value(QStringLiteral("success_bp"))),
                                pc(t.value(QStringLiteral("success_objective_bp"))),
                                pc(s.value(QStringLiteral("within_threshold_bp"))),
                                QStringLiteral("%1 ≤ %2 ms").arg(pc(t.value(QStringLiteral("latency_target_bp"))))
                                    .arg(t.value(QStringLiteral("latency_threshold_ms")).toInteger()),
                                formatUs(s.value(QStringLiteral("latency_p50_us"))),
                                formatUs(s.value(QStringLiteral("latency_p95_us"))),
                                formatUs(s.value(QStringLiteral("latency_p99_us"))),
                                pc(b.value(QStringLiteral("used_bp")))};
        }
        f.table({tr("service"), tr("volume"), tr("failed"), tr("success %"), tr("target %"), tr("in time %"),
                 tr("target % ≤ ms"), tr("p50"), tr("p95"), tr("p99"), tr("budget %")},
                {27, 13, 11, 17, 14, 15, 26, 13, 13, 13, 18},
                {Align::Left, Align::Right, Align::Right, Align::Right, Align::Right, Align::Right, Align::Right, Align::Right,
                 Align::Right, Align::Right, Align::Right},
                rows, [&](int row, int col) {
                    if (col == 3)
                        return verdict(objs[row].value(QStringLiteral("meets_success")));
                    if (col == 5)
                        return verdict(objs[row].value(QStringLiteral("meets_latency")));
                    return kInk;
                });
        f.paragraph(tr("Success = ok / (ok + failed); refusals (a business rule said no) are the service working and are "
                       "excluded. In time = share of answered operations within the latency threshold. Percentiles are "
                       "the upper bounds of the histogram buckets. Budget used = failures / failures the objective allows."),
                    7.5, kMuted);
    }

    // Workload.
    f.subheading(tr("Workload against limits"));
    {
        QList<QStringList> rows;
        QList<bool> over;
        for (const QJsonValue &v : services) {
            const QJsonObject s = v.toObject();
            const QJsonObject w = s.value(QStringLiteral("workload")).toObject();
            over << (w.value(QStringLiteral("hours_over_limit")).toInteger() > 0);
            rows << QStringList{s.value(QStringLiteral("code")).toString(), num(w.value(QStringLiteral("limit_per_hour"))),
                                num(w.value(QStringLiteral("peak_per_hour"))),
                                w.value(QStringLiteral("peak_per_hour")).toInteger() ? lt(w.value(QStringLiteral("peak_hour")))
                                                                                     : QString(),
                                num(w.value(QStringLiteral("hours_over_limit")))};
        }
        f.table({tr("service"), tr("limit / hour"), tr("peak / hour"), tr("peak hour"), tr("hours over limit")},
                {40, 30, 30, 50, 30}, {Align::Left, Align::Right, Align::Right, Align::Left, Align::Right}, rows,
                [&](int row, int col) { return col == 4 && over[row] ? kBad : kInk; });
    }

    // Availability.
    f.heading(tr("Availability (service hours only)"));
    auto availabilityRows = [&](const QJsonArray &list, bool isService) {
        QList<QStringList> rows;
        QList<QJsonObject> objs;
        for (const QJsonValue &v : list) {
            const QJsonObject a = isService ? v.toObject().value(QStringLiteral("availability")).toObject() : v.toObject();
            objs << a;
            rows << QStringList{a.value(QStringLiteral("code")).toString(),
                                a.value(QStringLiteral("calendar")).toString(),
                                hm(a.value(QStringLiteral("agreed_ms"))),
                                hm(a.value(QStringLiteral("planned_ms"))),
                                hm(a.value(QStringLiteral("unplanned_ms"))),
                                pc(a.value(QStringLiteral("availability_bp"))),
                                isService ? pc(a.value(QStringLiteral("objective_bp"))) : QStringLiteral("–"),
                                pc(a.value(QStringLiteral("user_perceived_bp"))),
                                num(a.value(QStringLiteral("outages"))),
                                hm(a.value(QStringLiteral("longest_outage_ms"))),
                                hm(a.value(QStringLiteral("mtrs_ms"))),
                                hm(a.value(QStringLiteral("mtbf_ms")))};
        }
        f.table({isService ? tr("service") : tr("station"), tr("hours"), tr("AST"), tr("planned"), tr("unplanned"),
                 tr("avail. %"), tr("target %"), tr("user %"), tr("outages"), tr("longest"), tr("MTRS"), tr("MTBF")},
                {25, 12, 15, 14, 16, 14, 14, 13, 13, 13, 12, 14},
                {Align::Left, Align::Left, Align::Right, Align::Right, Align::Right, Align::Right, Align::Right, Align::Right,
                 Align::Right, Align::Right, Align::Right, Align::Right},
                rows, [&](int row, int col) {
                    return col == 5 && isService ? verdict(objs[row].value(QStringLiteral("meets_objective"))) : kInk;
                });
    };
    availabilityRows(services, true);
    f.paragraph(tr("Times in hours:minutes. Availability = (AST − planned − unplanned) / (AST − planned); "
                   "user-perceived = (AST − planned − unplanned) / AST; AST = agreed service time (service hours). "
                   "MTRS = unplanned downtime / outages; MTBF = available time / outages."),
                7.5, kMuted);
    const QJsonArray stations = r.value(QStringLiteral("stations")).toArray();
    if (!stations.isEmpty()) {
        f.subheading(tr("Stations (from heartbeats)"));
        availabilityRows(stations, false);
    }

    // Incidents.
    f.heading(tr("Incidents and service requests"));
    f.paragraph(tr("Opened %1 (%2 incidents, %3 service requests), resolved %4; backlog %5 at the start and %6 at the end "
                   "of the month. Major incidents: %7. Security incidents: %8.")
                    .arg(num(incidents.value(QStringLiteral("opened"))), num(incidents.value(QStringLiteral("opened_incidents"))),
                         num(incidents.value(QStringLiteral("opened_requests"))), num(incidents.value(QStringLiteral("resolved"))),
                         num(incidents.value(QStringLiteral("backlog_start"))), num(incidents.value(QStringLiteral("backlog_end"))),
                         ids(incidents.value(QStringLiteral("major"))), ids(incidents.value(QStringLiteral("security")))));
    {
        QList<QStringList> rows;
        QList<QJsonObject> objs;
        for (const QJsonValue &v : incidents.value(QStringLiteral("by_priority")).toArray()) {
            const QJsonObject o = v.toObject();
            objs << o;
            rows << QStringList{o.value(QStringLiteral("kind")).toString(),
                                QStringLiteral("P%1").arg(o.value(QStringLiteral("priority")).toInteger()),
                                num(o.value(QStringLiteral("opened"))),
                                num(o.value(QStringLiteral("resolved"))),
                                QStringLiteral("%1/%2").arg(num(o.value(QStringLiteral("own_met"))),
                                                            num(o.value(QStringLiteral("own_measured")))),
                                pc(o.value(QStringLiteral("own_attainment_bp"))),
                                QStringLiteral("%1/%2").arg(num(o.value(QStringLiteral("resolve_met"))),
                                                            num(o.value(QStringLiteral("resolve_measured")))),
                                pc(o.value(QStringLiteral("resolve_attainment_bp"))),
                                pc(o.value(QStringLiteral("attainment_target_bp")))};
        }
        f.table({tr("kind"), tr("priority"), tr("opened"), tr("resolved"), tr("owned in time"), tr("TTO %"),
                 tr("resolved in time"), tr("TTR %"), tr("target %")},
                {22, 16, 16, 18, 24, 18, 26, 18, 22},
                {Align::Left, Align::Left, Align::Right, Align::Right, Align::Right, Align::Right, Align::Right, Align::Right,
                 Align::Right},
                rows, [&](int row, int col) {
                    if (col == 5)
                        return verdict(objs[row].value(QStringLiteral("meets_own")));
                    if (col == 7)
                        return verdict(objs[row].value(QStringLiteral("meets_resolve")));
                    return kInk;
                });
        priorityChart(f, incidents.value(QStringLiteral("by_priority")).toArray());
        f.paragraph(tr("Time to own (TTO) and time to resolve (TTR) are counted in service hours and paused while "
                       "pending; a clock counts in the month it stopped, or in the month it breached while running."),
                    7.5, kMuted);
    }

    // Problems and changes.
    const QJsonObject problems = r.value(QStringLiteral("problems")).toObject();
    f.heading(tr("Problems"));
    f.paragraph(tr("Opened %1, resolved %2, closed %3; open at the end of the month %4, of which known errors %5.")
                    .arg(num(problems.value(QStringLiteral("opened"))), num(problems.value(QStringLiteral("resolved"))),
                         num(problems.value(QStringLiteral("closed"))), num(problems.value(QStringLiteral("open_end"))),
                         num(problems.value(QStringLiteral("known_errors")))));
    const QJsonObject changes = r.value(QStringLiteral("changes")).toObject();
    f.heading(tr("Changes"));
    {
        const QJsonObject k = changes.value(QStringLiteral("by_kind")).toObject();
        const QJsonObject o = changes.value(QStringLiteral("by_outcome")).toObject();
        f.paragraph(tr("%1 changes (standard %2, normal %3, emergency %4). Outcomes: success %5, failed %6, rolled back %7, "
                       "rejected %8, still open %9. Emergency changes not yet approved: %10.")
                        .arg(num(changes.value(QStringLiteral("total"))), num(k.value(QStringLiteral("standard"))),
                             num(k.value(QStringLiteral("normal"))), num(k.value(QStringLiteral("emergency"))),
                             num(o.value(QStringLiteral("success"))), num(o.value(QStringLiteral("failed"))),
                             num(o.value(QStringLiteral("rolled_back"))), num(o.value(QStringLiteral("rejected"))),
                             num(o.value(QStringLiteral("open"))))
                        .arg(ids(changes.value(QStringLiteral("emergency_unapproved")))));
        QList<QStringList> rows;
        for (const QJsonValue &v : changes.value(QStringLiteral("list")).toArray()) {
            const QJsonObject x = v.toObject();
            rows << QStringList{num(x.value(QStringLiteral("id"))), x.value(QStringLiteral("kind")).toString(),
                                x.value(QStringLiteral("title")).toString(), x.value(QStringLiteral("risk")).toString(),
                                x.value(QStringLiteral("status")).toString(),
                                x.value(QStringLiteral("outcome")).toString()};
        }
        if (!rows.isEmpty())
            f.table({tr("id"), tr("kind"), tr("title"), tr("risk"), tr("status"), tr("outcome")}, {12, 20, 88, 16, 22, 22},
                    {Align::Right, Align::Left, Align::Left, Align::Left, Align::Left, Align::Left}, rows);
    }

    // Service continuity (absent from reports frozen before it was added).
    if (r.contains(QStringLiteral("continuity"))) {
        const QJsonObject c = r.value(QStringLiteral("continuity")).toObject();
        f.heading(tr("Backups and restore tests"));
        const QJsonObject last = c.value(QStringLiteral("last_restore_test")).toObject();
        f.paragraph(tr("Backups this month: %1 good, %2 failed. Last restore test: %3.")
                        .arg(num(c.value(QStringLiteral("backups_ok"))), num(c.value(QStringLiteral("backups_failed"))),
                             last.isEmpty() ? tr("none recorded")
                                            : tr("%1, %2 (%3)")
                                                  .arg(lt(last.value(QStringLiteral("at"))),
                                                       last.value(QStringLiteral("outcome")).toString(),
                                                       QFileInfo(last.value(QStringLiteral("file")).toString()).fileName())));
        QList<QStringList> rows;
        QJsonArray all = c.value(QStringLiteral("backups")).toArray();
        for (const QJsonValue &v : c.value(QStringLiteral("restore_tests")).toArray())
            all.append(v);
        for (const QJsonValue &v : std::as_const(all)) {
            const QJsonObject x = v.toObject();
            const QString op = x.value(QStringLiteral("operation")).toString();
            const qint64 bytes = x.value(QStringLiteral("bytes")).toInteger();
            rows << QStringList{lt(x.value(QStringLiteral("at"))),
                                op == QLatin1String("backup") ? tr("backup") : tr("restore test"),
                                x.value(QStringLiteral("outcome")).toString(),
                                QFileInfo(x.value(QStringLiteral("file")).toString()).fileName(),
                                bytes > 0 ? QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) : QStringLiteral("–"),
                                x.value(QStringLiteral("error_code")).toString()};
        }
        if (!rows.isEmpty())
            f.table({tr("when"), tr("what"), tr("outcome"), tr("file"), tr("MB"), tr("error")}, {30, 24, 16, 62, 14, 34},
                    {Align::Left, Align::Left, Align::Left, Align::Left, Align::Right, Align::Left}, rows);
    }

    // Nonconformities.
    f.heading(tr("Nonconformities (missed targets)"));
    const QJsonArray ncs = r.value(QStringLiteral("nonconformities")).toArray();
    if (ncs.isEmpty())
        f.paragraph(tr("Every target was met."));
    for (const QJsonValue &v : ncs) {
        const QJsonObject nc = v.toObject();
        const QJsonObject fu = nc.value(QStringLiteral("follow_up")).toObject();
        f.subheading(fu.isEmpty() ? nc.value(QStringLiteral("description")).toString()
                                  : tr("NC-%1: %2").arg(num(fu.value(QStringLiteral("id"))),
                                                        nc.value(QStringLiteral("description")).toString()));
        if (fu.isEmpty()) {
            f.paragraph(tr("Cause and corrective action: recorded when the month is closed."), 8.5, kMuted);
        } else {
            const QString cause = fu.value(QStringLiteral("cause")).toString();
            const QString action = fu.value(QStringLiteral("corrective_action")).toString();
            f.paragraph(tr("Cause: %1").arg(cause.isEmpty() ? tr("(not yet analysed)") : cause), 8.5);
            f.paragraph(tr("Corrective action: %1 — owner %2, due %3, status %4")
                            .arg(action.isEmpty() ? tr("(not yet decided)") : action,
                                 fu.value(QStringLiteral("action_owner")).toString().isEmpty()
                                     ? tr("(none)")
                                     : fu.value(QStringLiteral("action_owner")).toString(),
                                 fu.value(QStringLiteral("action_due_on")).toString().isEmpty()
                                     ? tr("(none)")
                                     : fu.value(QStringLiteral("action_due_on")).toString(),
                                 fu.value(QStringLiteral("status")).toString()),
                        8.5);
        }
    }

    // Evidence.
    f.heading(tr("Evidence: the records behind every figure"));
    {
        const QJsonObject ev = r.value(QStringLiteral("evidence")).toObject();
        const QJsonObject ops = ev.value(QStringLiteral("operations")).toObject();
        f.paragraph(tr("Operation log: records with %1 (first seq %2, id %3; last seq %4, id %5); the log's hash chain is "
                       "checked with \"aksara verify\". SLA bucket rows read: %6. Sources: %7.")
                        .arg(ops.value(QStringLiteral("selection")).toString(), num(ops.value(QStringLiteral("first_seq"))),
                             num(ops.value(QStringLiteral("first_id"))), num(ops.value(QStringLiteral("last_seq"))),
                             num(ops.value(QStringLiteral("last_id"))), num(ev.value(QStringLiteral("sla_bucket_rows"))),
                             ev.value(QStringLiteral("sources")).toString()),
                    8);
        QList<QStringList> rows;
        for (const QJsonValue &v : services) {
            const QJsonObject s = v.toObject();
            const QJsonObject b = s.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("sla_buckets")).toObject();
            const QJsonObject ae = s.value(QStringLiteral("availability")).toObject().value(QStringLiteral("evidence")).toObject();
            rows << QStringList{s.value(QStringLiteral("code")).toString(), num(b.value(QStringLiteral("rows"))),
                                lt(b.value(QStringLiteral("first"))), lt(b.value(QStringLiteral("last"))),
                                ids(ae.value(QStringLiteral("maintenance_windows")), 8),
                                ids(ae.value(QStringLiteral("outage_incidents")), 8),
                                ids(ae.value(QStringLiteral("station_outages")), 8)};
        }
        f.table({tr("service"), tr("hours"), tr("first hourly bucket"), tr("last hourly bucket"), tr("maintenance"),
                 tr("outage incidents"), tr("station outages")},
                {27, 12, 30, 30, 27, 27, 27},
                {Align::Left, Align::Right, Align::Left, Align::Left, Align::Left, Align::Left, Align::Left}, rows);
        const QJsonObject iids = incidents.value(QStringLiteral("ids")).toObject();
        f.paragraph(tr("Incidents opened: %1. Resolved: %2. Open at the end: %3. Breached a clock: %4.")
                        .arg(ids(iids.value(QStringLiteral("opened"))), ids(iids.value(QStringLiteral("resolved"))),
                             ids(iids.value(QStringLiteral("backlog_end"))), ids(iids.value(QStringLiteral("breached")))),
                    8);
        const QJsonObject cids = changes.value(QStringLiteral("ids")).toObject();
        const QJsonObject pids = problems.value(QStringLiteral("ids")).toObject();
        f.paragraph(tr("Changes finished: %1. Open: %2. Problems opened: %3; known errors: %4.")
                        .arg(ids(cids.value(QStringLiteral("finished"))), ids(cids.value(QStringLiteral("open_end"))),
                             ids(pids.value(QStringLiteral("opened"))), ids(pids.value(QStringLiteral("known_errors")))),
                    8);
    }
    // Signed checkpoints of the operation log (docs/security.md "The trail").
    f.heading(tr("Signed checkpoints of the operation log"));
    {
        const QJsonArray cps = r.value(QStringLiteral("checkpoints")).toArray();
        if (cps.isEmpty()) {
            f.paragraph(tr("No checkpoint was signed this month (aksara-server signs one every hour when it has a "
                           "signing key)."),
                        8.5, kMuted);
        } else {
            QList<QStringList> rows;
            for (const QJsonValue &v : cps) {
                const QJsonObject cp = v.toObject();
                const bool good = cp.value(QStringLiteral("signature_ok")).toBool();
                const bool matches = cp.value(QStringLiteral("matches_log")).toBool();
                rows << QStringList{num(cp.value(QStringLiteral("head_id"))),
                                    cp.value(QStringLiteral("head_hash")).toString().left(16),
                                    lt(cp.value(QStringLiteral("signed_at"))),
                                    good ? tr("ok") : tr("INVALID"),
                                    matches ? tr("yes") : tr("NO: the log was changed")};
            }
            f.table({tr("head operation"), tr("hash (first 16)"), tr("signed"), tr("signature"), tr("matches the log")},
                    {30, 40, 40, 25, 45}, {Align::Right, Align::Left, Align::Left, Align::Left, Align::Left}, rows);
            f.paragraph(tr("Check them against the library's public key with: aksara verify --checkpoints FILE "
                           "--public-key KEY (files from aksara checkpoint export)."),
                        8, kMuted);
        }
    }
    f.finish();
    return c.finish();
}

namespace {
QString csvField(const QString &s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n'))
        || s.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + QString(s).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
    return s;
}

QString cell(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == std::floor(d) && std::abs(d) < 9e15 ? QString::number(qint64(d)) : QString::number(d, 'g', 12);
    }
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue &x : v.toArray())
            parts << cell(x);
        return parts.join(QLatin1Char(' '));
    }
    return v.toString();
}

Status writeCsv(const QString &path, const QStringList &header, const QList<QStringList> &rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::failed(QStringLiteral("render.file"), tr("Cannot write %1: %2").arg(path, file.errorString()));
    auto line = [](const QStringList &fields) -> QString {
        QStringList out;
        for (const QString &f : fields)
            out << csvField(f);
        return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    QByteArray data = line(header).toUtf8();
    for (const QStringList &r : rows)
        data += line(r).toUtf8();
    file.write(data);
    if (!file.commit())
        return Error::failed(QStringLiteral("render.file"), tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

// Rows of `keys` (dotted paths) from each object of the list.
QList<QStringList> rowsOf(const QJsonArray &list, const QStringList &keys, const QStringList &prefix = {})
{
    QList<QStringList> rows;
    for (const QJsonValue &v : list) {
        QStringList row = prefix;
        for (const QString &key : keys) {
            QJsonValue x = v;
            for (const QString &part : key.split(QLatin1Char('.')))
                x = x.toObject().value(part);
            row << cell(x);
        }
        rows << row;
    }
    return rows;
}
} // namespace

Result<QStringList> writeReportCsv(const QJsonObject &r, const QString &dirPath)
{
    QDir dir(dirPath);
    if (!dir.exists() && !QDir().mkpath(dirPath))
        return Error::failed(QStringLiteral("render.file"), tr("Cannot create the folder %1.").arg(dirPath));
    const QString month = r.value(QStringLiteral("month")).toString();
    QStringList files;
    auto write = [&](const QString &name, const QStringList &header, const QList<QStringList> &rows) -> Status {
        const QString path = dir.filePath(QStringLiteral("%1-%2").arg(month, name));
        if (Status st = writeCsv(path, header, rows); !st.ok())
            return st;
        files << path;
        return {};
    };
    const QJsonArray services = r.value(QStringLiteral("services")).toArray();
    const QStringList serviceKeys{QStringLiteral("code"),
                                  QStringLiteral("volume"),
                                  QStringLiteral("ok"),
                                  QStringLiteral("refused"),
                                  QStringLiteral("failed"),
                                  QStringLiteral("success_bp"),
                                  QStringLiteral("targets.success_objective_bp"),
                                  QStringLiteral("meets_success"),
                                  QStringLiteral("within_threshold"),
                                  QStringLiteral("within_threshold_bp"),
                                  QStringLiteral("targets.latency_target_bp"),
                                  QStringLiteral("targets.latency_threshold_ms"),
                                  QStringLiteral("meets_latency"),
                                  QStringLiteral("latency_p50_us"),
                                  QStringLiteral("latency_p95_us"),
                                  QStringLiteral("latency_p99_us"),
                                  QStringLiteral("latency_mean_us"),
                                  QStringLiteral("latency_max_us"),
                                  QStringLiteral("error_budget.allowed_failures"),
                                  QStringLiteral("error_budget.used_bp"),
                                  QStringLiteral("error_budget.burn_rate"),
                                  QStringLiteral("workload.limit_per_hour"),
                                  QStringLiteral("workload.peak_per_hour"),
                                  QStringLiteral("workload.peak_hour"),
                                  QStringLiteral("workload.hours_over_limit"),
                                  QStringLiteral("availability.availability_bp"),
                                  QStringLiteral("targets.availability_objective_bp"),
                                  QStringLiteral("meets_availability"),
                                  QStringLiteral("meets_targets"),
                                  QStringLiteral("evidence.sla_buckets.rows"),
                                  QStringLiteral("evidence.sla_buckets.first"),
                                  QStringLiteral("evidence.sla_buckets.last"),
                                  QStringLiteral("evidence.operations")};
    QStringList serviceHeader = serviceKeys;
    for (QString &h : serviceHeader)
        h.replace(QLatin1Char('.'), QLatin1Char('_'));
    if (Status st = write(QStringLiteral("services.csv"), serviceHeader, rowsOf(services, serviceKeys)); !st.ok())
        return st.error();

    const QStringList availabilityKeys{QStringLiteral("code"),          QStringLiteral("calendar"),
                                       QStringLiteral("agreed_ms"),     QStringLiteral("planned_ms"),
                                       QStringLiteral("unplanned_ms"),  QStringLiteral("available_ms"),
                                       QStringLiteral("availability_bp"), QStringLiteral("objective_bp"),
                                       QStringLiteral("user_perceived_bp"), QStringLiteral("outages"),
                                       QStringLiteral("longest_outage_ms"), QStringLiteral("mtrs_ms"),
                                       QStringLiteral("mtbf_ms"),       QStringLiteral("evidence.maintenance_windows"),
                                       QStringLiteral("evidence.outage_incidents"), QStringLiteral("evidence.station_outages")};
    QJsonArray serviceAvailability;
    for (const QJsonValue &v : services)
        serviceAvailability << v.toObject().value(QStringLiteral("availability"));
    QList<QStringList> availabilityRows = rowsOf(serviceAvailability, availabilityKeys, {QStringLiteral("service")});
    availabilityRows += rowsOf(r.value(QStringLiteral("stations")).toArray(), availabilityKeys, {QStringLiteral("station")});
    QStringList availabilityHeader{QStringLiteral("subject")};
    for (const QString &k : availabilityKeys)
        availabilityHeader << QString(k).replace(QLatin1Char('.'), QLatin1Char('_'));
    if (Status st = write(QStringLiteral("availability.csv"), availabilityHeader, availabilityRows); !st.ok())
        return st.error();

    const QJsonObject incidents = r.value(QStringLiteral("incidents")).toObject();
    const QStringList incidentKeys{QStringLiteral("kind"),          QStringLiteral("priority"),
                                   QStringLiteral("opened"),        QStringLiteral("resolved"),
                                   QStringLiteral("own_measured"),  QStringLiteral("own_met"),
                                   QStringLiteral("own_attainment_bp"), QStringLiteral("resolve_measured"),
                                   QStringLiteral("resolve_met"),   QStringLiteral("resolve_attainment_bp"),
                                   QStringLiteral("attainment_target_bp"), QStringLiteral("breached")};
    if (Status st = write(QStringLiteral("incidents.csv"), incidentKeys,
                          rowsOf(incidents.value(QStringLiteral("by_priority")).toArray(), incidentKeys));
        !st.ok())
        return st.error();

    auto summaryRows = [](const QJsonObject &o, const QStringList &keys) {
        QList<QStringList> rows;
        for (const QString &k : keys)
            rows << QStringList{k, cell(o.value(k))};
        return rows;
    };
    {
        QList<QStringList> rows = summaryRows(incidents, {QStringLiteral("opened"), QStringLiteral("opened_incidents"),
                                                          QStringLiteral("opened_requests"), QStringLiteral("resolved"),
                                                          QStringLiteral("backlog_start"), QStringLiteral("backlog_end"),
                                                          QStringLiteral("major"), QStringLiteral("security")});
        const QJsonObject problems = r.value(QStringLiteral("problems")).toObject();
        for (QStringList row : summaryRows(problems, {QStringLiteral("opened"), QStringLiteral("resolved"),
                                                       QStringLiteral("closed"), QStringLiteral("open_end"),
                                                       QStringLiteral("known_errors")})) {
            row[0] = QStringLiteral("problems_") + row[0];
            rows << row;
        }
        for (QStringList &row : rows)
            if (!row[0].startsWith(QLatin1String("problems_")))
                row[0] = QStringLiteral("incidents_") + row[0];
        if (Status st = write(QStringLiteral("problems.csv"), {QStringLiteral("figure"), QStringLiteral("value")}, rows);
            !st.ok())
            return st.error();
    }
    {
        const QJsonObject changes = r.value(QStringLiteral("changes")).toObject();
        QList<QStringList> rows;
        const QJsonObject kinds = changes.value(QStringLiteral("by_kind")).toObject();
        const QJsonObject outcomes = changes.value(QStringLiteral("by_outcome")).toObject();
        for (auto it = kinds.begin(); it != kinds.end(); ++it)
            rows << QStringList{QStringLiteral("kind"), it.key(), cell(it.value()), {}, {}};
        for (auto it = outcomes.begin(); it != outcomes.end(); ++it)
            rows << QStringList{QStringLiteral("outcome"), it.key(), cell(it.value()), {}, {}};
        for (const QJsonValue &v : changes.value(QStringLiteral("list")).toArray()) {
            const QJsonObject c = v.toObject();
            rows << QStringList{QStringLiteral("change"), cell(c.value(QStringLiteral("id"))), c.value(QStringLiteral("kind")).toString(),
                                c.value(QStringLiteral("title")).toString(), cell(c.value(QStringLiteral("outcome")))};
        }
        if (Status st = write(QStringLiteral("changes.csv"),
                              {QStringLiteral("row"), QStringLiteral("key"), QStringLiteral("value"), QStringLiteral("title"),
                               QStringLiteral("outcome")},
                              rows);
            !st.ok())
            return st.error();
    }
    {
        QList<QStringList> rows;
        for (const QJsonValue &v : r.value(QStringLiteral("nonconformities")).toArray()) {
            const QJsonObject nc = v.toObject();
            const QJsonObject fu = nc.value(QStringLiteral("follow_up")).toObject();
            rows << QStringList{cell(fu.value(QStringLiteral("id"))),
                                nc.value(QStringLiteral("indicator")).toString(),
                                nc.value(QStringLiteral("scope")).toString(),
                                cell(nc.value(QStringLiteral("target_bp"))),
                                cell(nc.value(QStringLiteral("actual_bp"))),
                                nc.value(QStringLiteral("description")).toString(),
                                fu.value(QStringLiteral("cause")).toString(),
                                fu.value(QStringLiteral("corrective_action")).toString(),
                                fu.value(QStringLiteral("action_owner")).toString(),
                                fu.value(QStringLiteral("action_due_on")).toString(),
                                fu.isEmpty() ? QStringLiteral("provisional") : fu.value(QStringLiteral("status")).toString()};
        }
        if (Status st = write(QStringLiteral("nonconformities.csv"),
                              {QStringLiteral("id"), QStringLiteral("indicator"), QStringLiteral("scope"),
                               QStringLiteral("target_bp"), QStringLiteral("actual_bp"), QStringLiteral("description"),
                               QStringLiteral("cause"), QStringLiteral("corrective_action"), QStringLiteral("action_owner"),
                               QStringLiteral("action_due_on"), QStringLiteral("status")},
                              rows);
            !st.ok())
            return st.error();
    }
    const QStringList dayKeys{QStringLiteral("date"), QStringLiteral("ok"), QStringLiteral("refused"), QStringLiteral("failed")};
    if (Status st = write(QStringLiteral("daily.csv"), dayKeys, rowsOf(r.value(QStringLiteral("daily")).toArray(), dayKeys));
        !st.ok())
        return st.error();
    {
        const QJsonObject ev = r.value(QStringLiteral("evidence")).toObject();
        const QJsonObject ops = ev.value(QStringLiteral("operations")).toObject();
        const QJsonObject iids = incidents.value(QStringLiteral("ids")).toObject();
        const QJsonObject cids = r.value(QStringLiteral("changes")).toObject().value(QStringLiteral("ids")).toObject();
        const QJsonObject pids = r.value(QStringLiteral("problems")).toObject().value(QStringLiteral("ids")).toObject();
        const QJsonValue frozen = r.value(QStringLiteral("frozen"));
        QList<QStringList> rows{
            {QStringLiteral("month"), month},
            {QStringLiteral("frozen_sha256"), frozen.isObject() ? frozen.toObject().value(QStringLiteral("sha256")).toString()
                                                                : QString()},
            {QStringLiteral("operations_selection"), ops.value(QStringLiteral("selection")).toString()},
            {QStringLiteral("operations_first_seq"), cell(ops.value(QStringLiteral("first_seq")))},
            {QStringLiteral("operations_first_id"), cell(ops.value(QStringLiteral("first_id")))},
            {QStringLiteral("operations_last_seq"), cell(ops.value(QStringLiteral("last_seq")))},
            {QStringLiteral("operations_last_id"), cell(ops.value(QStringLiteral("last_id")))},
            {QStringLiteral("sla_bucket_rows"), cell(ev.value(QStringLiteral("sla_bucket_rows")))},
            {QStringLiteral("incidents_opened"), cell(iids.value(QStringLiteral("opened")))},
            {QStringLiteral("incidents_resolved"), cell(iids.value(QStringLiteral("resolved")))},
            {QStringLiteral("incidents_backlog_end"), cell(iids.value(QStringLiteral("backlog_end")))},
            {QStringLiteral("incidents_breached"), cell(iids.value(QStringLiteral("breached")))},
            {QStringLiteral("changes_finished"), cell(cids.value(QStringLiteral("finished")))},
            {QStringLiteral("changes_open_end"), cell(cids.value(QStringLiteral("open_end")))},
            {QStringLiteral("problems_opened"), cell(pids.value(QStringLiteral("opened")))},
            {QStringLiteral("problems_known_errors"), cell(pids.value(QStringLiteral("known_errors")))}};
        for (const QJsonValue &v : services) {
            const QJsonObject s = v.toObject();
            const QJsonObject b = s.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("sla_buckets")).toObject();
            rows << QStringList{QStringLiteral("sla_buckets_") + s.value(QStringLiteral("code")).toString(),
                                QStringLiteral("%1 rows from %2 to %3")
                                    .arg(cell(b.value(QStringLiteral("rows"))), b.value(QStringLiteral("first")).toString(),
                                         b.value(QStringLiteral("last")).toString())};
        }
        if (Status st = write(QStringLiteral("evidence.csv"), {QStringLiteral("item"), QStringLiteral("value")}, rows); !st.ok())
            return st.error();
    }
    return files;
}

} // namespace Aksara::ServiceManagement
