#include "kiosk/KioskStyle.h"

#include <QLabel>
#include <QStyle>
#include <QWidget>

namespace Aksara::Kiosk::Style {

QString styleSheet()
{
    return QStringLiteral(R"(
QWidget#kioskWindow { background: #eef2f5; }
QWidget { color: #1d2939; font-size: 19px; }
QFrame[role="topbar"] { background: #0f4c5c; }
QFrame[role="topbar"] QLabel { color: #ffffff; }
QLabel[role="library"] { font-size: 24px; font-weight: 600; color: #ffffff; }
QLabel[role="clock"] { font-size: 20px; color: #d0e7ec; }
QFrame[role="banner"] { background: #fffaeb; border: 0; border-bottom: 3px solid #f79009; }
QFrame[role="banner-ok"] { background: #ecfdf3; border: 0; border-bottom: 3px solid #12b76a; }
QLabel[role="banner-title"] { font-size: 22px; font-weight: 700; color: #93370d; }
QLabel[role="banner-text"] { font-size: 18px; color: #93370d; }
QLabel[role="banner-ok-text"] { font-size: 20px; font-weight: 600; color: #05603a; }
QLabel[role="title"] { font-size: 40px; font-weight: 700; color: #101828; }
QLabel[role="heading"] { font-size: 30px; font-weight: 700; color: #101828; }
QLabel[role="subtitle"] { font-size: 22px; color: #344054; }
QLabel[role="hint"] { font-size: 18px; color: #475467; }
QLabel[role="field"] { font-size: 20px; font-weight: 600; color: #344054; }
QLabel[role="big-number"] { font-size: 34px; font-weight: 700; color: #101828; }
QFrame[role="card"] { background: #ffffff; border: 1px solid #d0d5dd; border-radius: 18px; }
QFrame[role="card"] QLabel { background: transparent; }
QLabel[role="message-ok"] { background: #ecfdf3; color: #05603a; border-radius: 12px; padding: 14px 18px; font-size: 20px; }
QLabel[role="message-error"] { background: #fee4e2; color: #912018; border: 0; border-radius: 12px; padding: 12px 18px; font-size: 20px; font-weight: 600; }
QLabel[role="message-info"] { background: #eff8ff; color: #175cd3; border-radius: 12px; padding: 14px 18px; font-size: 20px; }
QLabel[role="message-warn"] { background: #fef0c7; color: #93370d; border: 0; border-radius: 12px; padding: 12px 18px; font-size: 19px; font-weight: 600; }
QLineEdit { background: #ffffff; border: 2px solid #98a2b3; border-radius: 12px; padding: 8px 16px; font-size: 28px; min-height: 56px; }
QLineEdit:focus { border: 3px solid #0f766e; }
QLineEdit:disabled { background: #f2f4f7; color: #98a2b3; }
QPushButton { border-radius: 14px; padding: 10px 24px; min-height: 52px; font-size: 22px; font-weight: 600; }
QPushButton[role="primary"] { background: #0f766e; color: #ffffff; border: 0; }
QPushButton[role="primary"]:pressed { background: #115e59; }
QPushButton[role="primary"]:disabled { background: #98a2b3; color: #f2f4f7; }
QPushButton[role="secondary"] { background: #ffffff; color: #0f4c5c; border: 2px solid #0f766e; }
QPushButton[role="secondary"]:pressed { background: #ccfbef; }
QPushButton[role="secondary"]:disabled { color: #98a2b3; border-color: #d0d5dd; }
QPushButton[role="danger"] { background: #b42318; color: #ffffff; border: 0; }
QPushButton[role="danger"]:pressed { background: #912018; }
QPushButton[role="quiet"] { background: transparent; color: #475467; border: 1px solid #98a2b3; font-size: 17px; font-weight: 500; min-height: 40px; padding: 6px 16px; }
QPushButton[role="topbar"] { background: transparent; color: #ffffff; border: 2px solid #8ec5d0; font-size: 18px; min-height: 40px; padding: 4px 18px; }
QPushButton[role="nav"] { background: #ffffff; color: #0f4c5c; border: 1px solid #d0d5dd; text-align: left; padding: 8px 20px; min-height: 44px; font-size: 21px; }
QPushButton[role="nav"]:checked { background: #0f766e; color: #ffffff; border: 0; }
QPushButton[role="nav"]:disabled { color: #98a2b3; background: #f2f4f7; }
QPushButton[role="tile"] { background: #ffffff; color: #0f4c5c; border: 2px solid #0f766e; border-radius: 20px; font-size: 28px; font-weight: 700; min-height: 150px; text-align: center; }
QPushButton[role="tile"]:pressed { background: #ccfbef; }
QPushButton[role="tile"]:disabled { color: #98a2b3; border-color: #d0d5dd; }
QPushButton[role="row"] { background: #ffffff; color: #0f4c5c; border: 2px solid #0f766e; font-size: 19px; padding: 4px 12px; min-height: 40px; }
QPushButton[role="row"]:pressed { background: #ccfbef; }
QPushButton[role="keypad"] { background: #ffffff; color: #101828; border: 2px solid #d0d5dd; font-size: 30px; min-height: 68px; min-width: 100px; padding: 0; }
QPushButton[role="keypad"]:pressed { background: #e6f4f1; }
QTableWidget { background: #ffffff; border: 1px solid #d0d5dd; border-radius: 14px; font-size: 20px; gridline-color: #eaecf0; }
QTableWidget::item { padding: 8px 10px; border-bottom: 1px solid #eaecf0; }
QHeaderView::section { background: #f9fafb; color: #475467; font-size: 17px; font-weight: 600; padding: 10px 12px; border: 0; border-bottom: 1px solid #d0d5dd; }
QScrollArea { background: transparent; border: 0; }
QScrollArea > QWidget > QWidget { background: transparent; }
QScrollBar:vertical { width: 22px; background: #f2f4f7; }
QScrollBar::handle:vertical { background: #98a2b3; border-radius: 8px; min-height: 60px; }
QFrame[role="receipt"] { background: #ffffff; border: 1px solid #d0d5dd; border-radius: 12px; }
QFrame[role="receipt-strip"] { background: #98a2b3; border: 0; border-radius: 4px; }
QFrame[role="receipt-strip"][outcome="done"] { background: #12b76a; }
QFrame[role="receipt-strip"][outcome="queued"] { background: #f79009; }
QFrame[role="receipt-strip"][outcome="refused"] { background: #d92d20; }
QLabel[role="receipt-title"] { font-size: 21px; font-weight: 700; }
QLabel[role="receipt-status"] { font-size: 18px; font-weight: 700; }
QLabel[role="receipt-status"][outcome="done"] { color: #067647; }
QLabel[role="receipt-status"][outcome="queued"] { color: #b54708; }
QLabel[role="receipt-status"][outcome="refused"] { color: #b42318; }
QLabel[role="receipt-text"] { font-size: 19px; color: #344054; }
QFrame[role="overlay"] { background: rgba(16, 24, 40, 150); }
QFrame[role="dialog"] { background: #ffffff; border-radius: 22px; }
QCheckBox { font-size: 20px; spacing: 14px; }
QCheckBox::indicator { width: 32px; height: 32px; }
)");
}

void setRole(QWidget *widget, const char *role)
{
    widget->setProperty("role", QString::fromLatin1(role));
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

QLabel *label(const char *role, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setProperty("role", QString::fromLatin1(role));
    return l;
}

} // namespace Aksara::Kiosk::Style
