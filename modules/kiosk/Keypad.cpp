#include "kiosk/Keypad.h"

#include "kiosk/KioskStyle.h"

#include <QGridLayout>
#include <QLineEdit>
#include <QPushButton>

namespace Aksara::Kiosk {

Keypad::Keypad(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("keypad"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(12);
    auto key = [&](const QString &text, const QString &name, int row, int column) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setFocusPolicy(Qt::NoFocus);
        b->setAutoRepeat(false);
        Style::setRole(b, "keypad");
        grid->addWidget(b, row, column);
        return b;
    };
    for (int d = 1; d <= 9; ++d) {
        QPushButton *b = key(QString::number(d), QStringLiteral("key%1").arg(d), (d - 1) / 3, (d - 1) % 3);
        connect(b, &QPushButton::clicked, this, [this, d] { press(QString::number(d)); });
    }
    m_clear = key(QString(), QStringLiteral("keyClear"), 3, 0);
    connect(m_clear, &QPushButton::clicked, this, [this] { press(QStringLiteral("clear")); });
    QPushButton *zero = key(QStringLiteral("0"), QStringLiteral("key0"), 3, 1);
    connect(zero, &QPushButton::clicked, this, [this] { press(QStringLiteral("0")); });
    m_back = key(QStringLiteral("\u232b"), QStringLiteral("keyBack"), 3, 2);
    connect(m_back, &QPushButton::clicked, this, [this] { press(QStringLiteral("back")); });
    retranslate();
}

void Keypad::retranslate()
{
    m_clear->setText(tr("Clear"));
    m_back->setAccessibleName(tr("Delete the last digit"));
}

void Keypad::setTarget(QLineEdit *edit)
{
    m_target = edit;
}

void Keypad::press(const QString &key)
{
    if (!m_target || !m_target->isEnabled())
        return;
    if (key == QLatin1String("clear"))
        m_target->clear();
    else if (key == QLatin1String("back"))
        m_target->backspace();
    else
        m_target->insert(key);
    m_target->setFocus();
    emit typed();
}

} // namespace Aksara::Kiosk
