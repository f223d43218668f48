#include "desk/MessageBar.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QStyle>

namespace Aksara::Desk {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
{
    m_label->setObjectName(QStringLiteral("messageText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_icon->setFixedWidth(28);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    setFrameShape(QFrame::StyledPanel);
    clear();
}

void MessageBar::setMessage(Kind kind, const QString &title, const QStringList &lines)
{
    m_kind = kind;
    static const char *const styles[] = {
        "background: #e8f1fb; border: 1px solid #9cc0e6; border-radius: 6px; color: #0d3c61;",
        "background: #e7f5ea; border: 1px solid #8cc79a; border-radius: 6px; color: #174d24;",
        "background: #fff4d6; border: 2px solid #e0a800; border-radius: 6px; color: #5c4300;",
        "background: #fde8e8; border: 2px solid #d64545; border-radius: 6px; color: #7a1010;"};
    static const char *const icons[] = {"ℹ", "✔", "⚠", "✖"};
    const int i = int(kind);
    setStyleSheet(QStringLiteral("Aksara--Desk--MessageBar { %1 } QLabel { border: none; background: transparent; }")
                      .arg(QLatin1String(styles[i])));
    m_icon->setText(QStringLiteral("<span style='font-size:16pt'>%1</span>").arg(QString::fromUtf8(icons[i])));
    QString html = QStringLiteral("<b style='font-size:11pt'>%1</b>").arg(title.toHtmlEscaped());
    if (!lines.isEmpty()) {
        html += QStringLiteral("<ul style='margin-top:2px; margin-bottom:0; margin-left:-24px'>");
        for (const QString &l : lines)
            html += QStringLiteral("<li>%1</li>").arg(l.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_label->setText(html);
    m_plain = (QStringList{title} + lines).join(QLatin1Char('\n'));
    setVisible(true);
}

void MessageBar::setError(const Error &error, const QString &title)
{
    const QStringList reasons = reasonsOf(error);
    if (title.isEmpty() && reasons.size() == 1)
        setMessage(Kind::Error, reasons.first());
    else
        setMessage(Kind::Error, title.isEmpty() ? error.message : title, reasons);
}

void MessageBar::clear()
{
    m_label->clear();
    m_plain.clear();
    setVisible(false);
}

QString MessageBar::text() const
{
    return m_plain;
}

QStringList MessageBar::reasonsOf(const Error &error)
{
    QStringList out;
    for (const auto &r : error.details.value(QStringLiteral("reasons")).toArray())
        out << r.toObject().value(QStringLiteral("message")).toString();
    if (out.isEmpty())
        out << error.message;
    return out;
}

} // namespace Aksara::Desk
