#include "desk/FieldErrorLabels.h"

#include "desk/MessageBar.h"

#include <QGridLayout>
#include <QJsonArray>
#include <QLabel>
#include <QWidget>

namespace Aksara::Desk {

QString FieldErrorLabels::objectStem(const QString &field)
{
    QString out;
    bool upper = false;
    for (QChar c : field) {
        if (c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char(' ')) {
            upper = !out.isEmpty();
            continue;
        }
        out += upper ? c.toUpper() : c;
        upper = false;
    }
    return out;
}

QLabel *FieldErrorLabels::addField(const QString &field, QWidget *widget)
{
    const QString stem = objectStem(field);
    if (widget && widget->objectName().isEmpty())
        widget->setObjectName(stem + QStringLiteral("Edit"));
    if (widget)
        m_widgets.insert(field, widget);
    if (QLabel *error = m_labels.value(field))
        return error;
    auto *error = new QLabel(m_owner);
    error->setObjectName(stem + QStringLiteral("Error"));
    error->setStyleSheet(QStringLiteral("color: #b00020;"));
    error->setWordWrap(true);
    error->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    error->hide();
    m_labels.insert(field, error);
    m_order << field;
    return error;
}

int FieldErrorLabels::addRow(QGridLayout *grid, int row, const QString &field, const QString &label, QWidget *widget)
{
    return addRow(grid, row, field, label, widget, false);
}

int FieldErrorLabels::addTallRow(QGridLayout *grid, int row, const QString &field, const QString &label, QWidget *widget)
{
    return addRow(grid, row, field, label, widget, true);
}

int FieldErrorLabels::addRow(QGridLayout *grid, int row, const QString &field, const QString &label, QWidget *widget, bool tall)
{
    QLabel *error = addField(field, widget);
    auto *l = new QLabel(label, m_owner);
    l->setObjectName(objectStem(field) + QStringLiteral("Label"));
    l->setBuddy(widget);
    if (tall)
        l->setContentsMargins(0, 4, 0, 0);
    grid->addWidget(l, row, 0, Qt::AlignRight | (tall ? Qt::AlignTop : Qt::AlignVCenter));
    grid->addWidget(widget, row, 1);
    grid->addWidget(error, row + 1, 1);
    grid->setColumnStretch(1, 1);
    return row + 2;
}

void FieldErrorLabels::clear()
{
    for (QLabel *l : std::as_const(m_labels)) {
        l->clear();
        l->hide();
    }
}

void FieldErrorLabels::clear(const QString &field)
{
    if (QLabel *l = m_labels.value(shownAt(field))) {
        l->clear();
        l->hide();
    }
}

void FieldErrorLabels::set(const QString &field, const QString &message)
{
    QLabel *l = m_labels.value(shownAt(field));
    if (!l)
        return;
    l->setText(l->text().isEmpty() ? message : l->text() + QLatin1Char('\n') + message);
    l->show();
}

QString FieldErrorLabels::text(const QString &field) const
{
    QLabel *l = m_labels.value(shownAt(field));
    return l && !l->isHidden() ? l->text() : QString();
}

bool FieldErrorLabels::isEmpty() const
{
    for (QLabel *l : m_labels)
        if (!l->isHidden())
            return false;
    return true;
}

QList<FieldErrorLabels::Reason> FieldErrorLabels::reasons(const Error &error)
{
    QList<Reason> out;
    for (const auto &v : error.details.value(QStringLiteral("reasons")).toArray()) {
        const QJsonObject o = v.toObject();
        out << Reason{o.value(QStringLiteral("field")).toString(), o.value(QStringLiteral("code")).toString(),
                      o.value(QStringLiteral("message")).toString()};
    }
    if (out.isEmpty())
        out << Reason{QString(), error.code, error.message};
    return out;
}

QStringList FieldErrorLabels::show(const Error &error, const FieldOf &fieldOf)
{
    if (!error.isRefusal())
        return {error.message};
    QStringList others;
    for (const Reason &r : reasons(error)) {
        QString field = shownAt(r.field);
        if (!has(field) && fieldOf)
            field = shownAt(fieldOf(r));
        if (!has(field))
            field = shownAt(m_routes.value(r.code));
        if (has(field))
            set(field, r.message);
        else
            others << r.message;
    }
    return others;
}

QWidget *FieldErrorLabels::show(const Error &error, MessageBar *bar, const QString &title, const FieldOf &fieldOf)
{
    const QStringList others = show(error, fieldOf);
    if (!others.isEmpty())
        bar->setMessage(MessageBar::Kind::Error, title, others);
    return firstWidget();
}

QWidget *FieldErrorLabels::firstWidget() const
{
    for (const QString &f : m_order) {
        if (!m_labels.value(f)->isHidden() && m_widgets.value(f))
            return m_widgets.value(f);
    }
    return nullptr;
}

} // namespace Aksara::Desk
