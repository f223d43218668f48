#include "reports/Widgets.h"

#include "reports/Format.h"

#include <QAbstractAxis>
#include <QChart>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLegend>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Aksara::Reports {

QColor Palette::good() { return QColor(0x2e, 0x7d, 0x32); }
QColor Palette::warning() { return QColor(0xe0, 0x8a, 0x00); }
QColor Palette::bad() { return QColor(0xc6, 0x28, 0x28); }
QColor Palette::planned() { return QColor(0x15, 0x65, 0xc0); }
QColor Palette::neutral() { return QColor(0x75, 0x75, 0x75); }
QColor Palette::accent() { return QColor(0x00, 0x69, 0x7c); }
QColor Palette::lightOf(const QColor &c)
{
    return QColor::fromHsl(c.hslHue() < 0 ? 0 : c.hslHue(), c.hslHue() < 0 ? 0 : 120, 238);
}

QColor healthColor(const QString &health)
{
    if (health == QLatin1String("up"))
        return Palette::good();
    if (health == QLatin1String("degraded"))
        return Palette::warning();
    if (health == QLatin1String("down"))
        return Palette::bad();
    if (health == QLatin1String("maintenance"))
        return Palette::planned();
    return Palette::neutral();
}

QColor stationColor(const QString &state)
{
    if (state == QLatin1String("up"))
        return Palette::good();
    if (state == QLatin1String("down"))
        return Palette::bad();
    if (state == QLatin1String("maintenance"))
        return Palette::planned();
    return Palette::neutral();
}

StatTile::StatTile(const QString &caption, QWidget *parent)
    : QFrame(parent)
    , m_value(new QLabel(this))
    , m_caption(new QLabel(caption, this))
    , m_note(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("statTile"));
    setProperty("tile", QStringLiteral("stat"));
    setAccent(Palette::accent());
    m_value->setObjectName(QStringLiteral("valueLabel"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    big.setBold(true);
    m_value->setFont(big);
    m_caption->setWordWrap(true);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #616161;"));
    m_note->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
    layout->addWidget(m_note);
    layout->addStretch(1);
    m_value->setText(dash());
}

void StatTile::setValue(const QString &value, const QString &note)
{
    m_value->setText(value);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString StatTile::value() const
{
    return m_value->text();
}

void StatTile::setAccent(const QColor &color)
{
    setStyleSheet(QStringLiteral("QFrame[tile=\"stat\"] { background: white; border: 1px solid #d0d7de; "
                                 "border-left: 4px solid %1; border-radius: 4px; }")
                      .arg(color.name()));
}

ServiceTile::ServiceTile(QWidget *parent)
    : QFrame(parent)
    , m_name(new QLabel(this))
    , m_badge(new QLabel(this))
    , m_figures(new QLabel(this))
{
    setObjectName(QStringLiteral("serviceTile"));
    setProperty("tile", QStringLiteral("service"));
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    m_name->setWordWrap(true);
    m_badge->setObjectName(QStringLiteral("healthBadge"));
    m_badge->setAlignment(Qt::AlignCenter);
    m_figures->setStyleSheet(QStringLiteral("color: #424242;"));
    m_figures->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(m_name, 1);
    top->addWidget(m_badge, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_figures);
    layout->addStretch(1);
}

void ServiceTile::set(const QString &name, const QString &health, const QString &figures, const QString &reason)
{
    m_health = health;
    m_name->setText(name);
    const QColor c = healthColor(health);
    m_badge->setText(healthName(health));
    m_badge->setStyleSheet(QStringLiteral("background: %1; color: white; border-radius: 3px; padding: 1px 8px; font-weight: bold;")
                               .arg(c.name()));
    m_figures->setText(figures);
    setToolTip(reason);
    setStyleSheet(QStringLiteral("QFrame[tile=\"service\"] { background: %1; border: 1px solid %2; border-left: 4px solid %2; "
                                 "border-radius: 4px; }")
                      .arg(health == QLatin1String("up") ? QStringLiteral("white") : Palette::lightOf(c).name(),
                           health == QLatin1String("up") ? QStringLiteral("#d0d7de") : c.name()));
}

MessageBar::MessageBar(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("messageLabel"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void MessageBar::showError(const QString &text)
{
    setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8e1b1b; border: 1px solid #f5c2c0; "
                                 "border-radius: 4px; padding: 6px 10px; }"));
    setText(text);
    setProperty("error", true);
    show();
}

void MessageBar::showInfo(const QString &text)
{
    setStyleSheet(QStringLiteral("QLabel { background: #e8f5e9; color: #1b5e20; border: 1px solid #b9dfbb; "
                                 "border-radius: 4px; padding: 6px 10px; }"));
    setText(text);
    setProperty("error", false);
    show();
}

void MessageBar::clearMessage()
{
    clear();
    hide();
}

QLabel *sectionHeading(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    l->setFont(f);
    return l;
}

void setUpTable(QTableWidget *table, const QStringList &headers)
{
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment align)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(align);
    item->setToolTip(text);
    return item;
}

QTableWidgetItem *numberCell(const QString &text)
{
    return cell(text, Qt::AlignRight | Qt::AlignVCenter);
}

void styleAxis(QAbstractAxis *axis)
{
    QFont f = axis->labelsFont();
    f.setPointSizeF(8.5);
    axis->setLabelsFont(f);
    // Qt Charts elides every category label to "..." when it misjudges the room it has (seen on
    // the attainment chart); service names are short enough to stand whole.
    axis->setTruncateLabels(false);
}

void styleChart(QChart *chart, const QString &title)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setTheme(QChart::ChartThemeLight);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(10.5);
    chart->setTitleFont(titleFont);
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(4);
}

void finishFormDialog(QDialog *dialog, QFormLayout *form, MessageBar *message, const QString &acceptText,
                      const QString &acceptName, const std::function<Status()> &submit)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    auto *ok = buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    ok->setObjectName(acceptName);
    ok->setDefault(true);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, [dialog, message, submit] {
        Status st = submit();
        if (!st.ok()) {
            message->showError(st.error().message);
            return;
        }
        dialog->accept();
    });
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(message);
    layout->addWidget(buttons);
    dialog->setMinimumWidth(520);
}

} // namespace Aksara::Reports
