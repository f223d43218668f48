#include "kiosk/WelcomePage.h"

#include "kiosk/Keypad.h"
#include "kiosk/KioskWidgets.h"
#include "kiosk/KioskStyle.h"

#include "catalogue/Catalogue.h"
#include "circulation/Types.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Aksara::Kiosk {

using namespace Widgets;

// --- WelcomePage ----------------------------------------------------------------------------

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    m_title = label("title", QStringLiteral("welcomeTitle"), this);
    m_subtitle = label("subtitle", QStringLiteral("welcomeSubtitle"), this);

    QFrame *panel = card(this);
    m_cardPrompt = label("field", QStringLiteral("cardPrompt"), panel);
    m_card = new ScanBox(QStringLiteral("cardEdit"), QStringLiteral("cardContinueButton"), panel);
    m_typeCard = button("secondary", QStringLiteral("typeCardButton"), panel);
    m_message = label("message-error", QStringLiteral("welcomeMessageLabel"), panel);
    m_message->hide();
    auto *pv = new QVBoxLayout(panel);
    pv->setContentsMargins(32, 28, 32, 28);
    pv->setSpacing(18);
    pv->addWidget(m_cardPrompt);
    pv->addWidget(m_card);
    pv->addWidget(m_typeCard, 0, Qt::AlignLeft);
    pv->addWidget(m_message);

    auto tile = [&](const QString &name) {
        QPushButton *b = button("tile", name, this);
        b->setMinimumHeight(170);
        auto *v = new QVBoxLayout(b);
        v->setContentsMargins(28, 20, 28, 20);
        QLabel *big = label("tile-title", name + QStringLiteral("Title"), b);
        big->setStyleSheet(QStringLiteral("font-size: 30px; font-weight: 700; color: #0f4c5c; background: transparent;"));
        big->setAlignment(Qt::AlignCenter);
        QLabel *small = label("tile-text", name + QStringLiteral("Text"), b);
        small->setStyleSheet(QStringLiteral("font-size: 19px; color: #475467; background: transparent;"));
        small->setAlignment(Qt::AlignCenter);
        big->setAttribute(Qt::WA_TransparentForMouseEvents);
        small->setAttribute(Qt::WA_TransparentForMouseEvents);
        v->addStretch(1);
        v->addWidget(big);
        v->addWidget(small);
        v->addStretch(1);
        b->setText(QString());
        return b;
    };
    m_returnTile = tile(QStringLiteral("returnButton"));
    m_searchTile = tile(QStringLiteral("searchButton"));
    m_staff = button("quiet", QStringLiteral("staffButton"), this);

    auto *left = new QVBoxLayout;
    left->setSpacing(16);
    left->addStretch(1);
    left->addWidget(m_title);
    left->addWidget(m_subtitle);
    left->addSpacing(18);
    left->addWidget(panel);
    left->addStretch(2);
    auto *right = new QVBoxLayout;
    right->setSpacing(24);
    right->addStretch(1);
    right->addWidget(m_returnTile);
    right->addWidget(m_searchTile);
    right->addStretch(2);
    auto *row = new QHBoxLayout;
    row->setSpacing(48);
    row->addLayout(left, 3);
    row->addLayout(right, 2);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_staff);
    bottom->addStretch(1);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(56, 24, 56, 20);
    v->addLayout(row, 1);
    v->addLayout(bottom);

    connect(m_card, &ScanBox::submitted, this, &WelcomePage::cardEntered);
    connect(m_typeCard, &QPushButton::clicked, this, &WelcomePage::typeCardRequested);
    connect(m_returnTile, &QPushButton::clicked, this, &WelcomePage::returnRequested);
    connect(m_searchTile, &QPushButton::clicked, this, &WelcomePage::searchRequested);
    connect(m_staff, &QPushButton::clicked, this, &WelcomePage::staffRequested);
    retranslate();
}

void WelcomePage::retranslate()
{
    m_title->setText(tr("Welcome"));
    m_subtitle->setText(tr("Borrow, return and renew your books here, and see your loans, holds and fees."));
    m_cardPrompt->setText(tr("Scan your library card to begin"));
    m_card->retranslate(tr("Card number"), tr("Continue"));
    m_typeCard->setText(tr("Type my card number instead"));
    m_returnTile->findChild<QLabel *>(QStringLiteral("returnButtonTitle"))->setText(tr("Return items"));
    m_returnTile->findChild<QLabel *>(QStringLiteral("returnButtonText"))->setText(tr("No card needed"));
    m_returnTile->setAccessibleName(tr("Return items"));
    m_searchTile->findChild<QLabel *>(QStringLiteral("searchButtonTitle"))->setText(tr("Search the catalogue"));
    m_searchTile->findChild<QLabel *>(QStringLiteral("searchButtonText"))->setText(tr("Find a book and where it stands"));
    m_searchTile->setAccessibleName(tr("Search the catalogue"));
    m_staff->setText(tr("Staff"));
}

void WelcomePage::reset()
{
    m_card->edit()->clear();
    m_message->hide();
    m_message->clear();
}

void WelcomePage::setOffline(bool offline, bool offlineCheckout)
{
    m_searchTile->setEnabled(!offline);
    const bool canSignIn = !offline || offlineCheckout;
    m_card->edit()->setEnabled(canSignIn);
    m_card->button()->setEnabled(canSignIn);
    m_typeCard->setEnabled(canSignIn);
    if (canSignIn)
        focusCard();
}

void WelcomePage::showMessage(const QString &message)
{
    setMessage(m_message, message, "message-error");
}

void WelcomePage::focusCard()
{
    if (m_card->edit()->isEnabled())
        m_card->edit()->setFocus();
}

} // namespace Aksara::Kiosk
