#include "desk/FormErrors.h"

#include <QGridLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QWidget>

namespace Aksara::Desk {

int FormErrors::addRow(QGridLayout *grid, int row, const QString &field, const QString &label, QWidget *widget)
{
    if (widget->objectName().isEmpty())
        widget->setObjectName(field + QStringLiteral("Edit"));
    auto *l = new QLabel(label, m_owner);
    l->setBuddy(widget);
    // A label stands level with a one-line field, and with the first line of a taller one.
    const bool tall = qobject_cast<QPlainTextEdit *>(widget) != nullptr;
    if (tall)
        l->setContentsMargins(0, 4, 0, 0);
    grid->addWidget(l, row, 0, Qt::AlignRight | (tall ? Qt::AlignTop : Qt::AlignVCenter));
    grid->addWidget(widget, row, 1);
    grid->addWidget(errorLabel(field), row + 1, 1);
    m_widgets.insert(field, widget);
    return row + 2;
}

QLabel *FormErrors::errorLabel(const QString &field)
{
    if (QLabel *l = m_labels.value(field))
        return l;
    auto *err = new QLabel(m_owner);
    err->setObjectName(field + QStringLiteral("Error"));
    err->setStyleSheet(QStringLiteral("color: #b00020;"));
    err->setWordWrap(true);
    err->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    err->hide();
    m_labels.insert(field, err);
    m_order << field;
    return err;
}

void FormErrors::clear()
{
    for (QLabel *l : std::as_const(m_labels)) {
        l->clear();
        l->hide();
    }
}

void FormErrors::set(const QString &field, const QString &message)
{
    QLabel *l = m_labels.value(field);
    if (!l)
        return;
    l->setText(l->text().isEmpty() ? message : l->text() + QLatin1Char('\n') + message);
    l->show();
}

QString FormErrors::text(const QString &field) const
{
    QLabel *l = m_labels.value(field);
    return l && !l->isHidden() ? l->text() : QString();
}

bool FormErrors::isEmpty() const
{
    for (QLabel *l : m_labels)
        if (!l->isHidden())
            return false;
    return true;
}

QStringList FormErrors::show(const Error &error, const std::function<QString(const QString &)> &fieldOfCode)
{
    QStringList others;
    QJsonArray reasons = error.details.value(QStringLiteral("reasons")).toArray();
    if (reasons.isEmpty())
        reasons << QJsonObject{{QStringLiteral("code"), error.code}, {QStringLiteral("message"), error.message}};
    for (const auto &v : std::as_const(reasons)) {
        const QJsonObject r = v.toObject();
        const QString code = r.value(QStringLiteral("code")).toString();
        const QString message = r.value(QStringLiteral("message")).toString();
        QString field = r.value(QStringLiteral("field")).toString();
        if (!m_labels.contains(field) && fieldOfCode)
            field = fieldOfCode(code);
        if (error.isRefusal() && m_labels.contains(field))
            set(field, message);
        else
            others << message;
    }
    return others;
}

QWidget *FormErrors::firstWidget() const
{
    for (const QString &f : m_order) {
        if (!m_labels.value(f)->isHidden() && m_widgets.value(f))
            return m_widgets.value(f);
    }
    return nullptr;
}

} // namespace Aksara::Desk
