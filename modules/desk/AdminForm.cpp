#include "desk/AdminForm.h"

#include "desk/MessageBar.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Aksara::Desk {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("Aksara::Desk", s);
}
} // namespace

void NewPasswordFields::addTo(QGridLayout *grid, int &row, FieldErrorLabels &errors, QWidget *parent)
{
    m_type = new QRadioButton(tr("&Type a password"), parent);
    m_type->setObjectName(QStringLiteral("typePasswordRadio"));
    m_generate = new QRadioButton(tr("&Generate one (shown once)"), parent);
    m_generate->setObjectName(QStringLiteral("generatePasswordRadio"));
    m_type->setChecked(true);
    auto *choice = new QWidget(parent);
    auto *cl = new QHBoxLayout(choice);
    cl->setContentsMargins(0, 0, 0, 0);
    cl->addWidget(m_type);
    cl->addWidget(m_generate);
    cl->addStretch(1);
    auto *pl = new QLabel(tr("Password"), parent);
    grid->addWidget(pl, row, 0, Qt::AlignRight | Qt::AlignVCenter);
    grid->addWidget(choice, row, 1);
    ++row;
    m_password = new QLineEdit(parent);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least 8 characters"));
    row = errors.addRow(grid, row, QStringLiteral("password"), tr("New password"), m_password);
    m_repeat = new QLineEdit(parent);
    m_repeat->setObjectName(QStringLiteral("repeatEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);
    row = errors.addRow(grid, row, QStringLiteral("repeat"), tr("Once more"), m_repeat);
    QObject::connect(m_generate, &QRadioButton::toggled, parent, [this](bool on) {
        m_password->setEnabled(!on);
        m_repeat->setEnabled(!on);
        if (on) {
            m_password->clear();
            m_repeat->clear();
        }
    });
}

bool NewPasswordFields::generated() const
{
    return m_generate->isChecked();
}

QString NewPasswordFields::take(FieldErrorLabels &errors)
{
    if (generated())
        return generatePassword();
    if (m_password->text() != m_repeat->text()) {
        errors.set(QStringLiteral("repeat"), tr("The two passwords differ; type the same one twice."));
        return {};
    }
    return m_password->text();
}

QString generatePassword()
{
    static const char alphabet[] = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString p;
    for (int i = 0; i < 14; ++i)
        p += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    return p;
}

bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &action)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("confirmBox"));
    QPushButton *yes = box.addButton(action, QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    QPushButton *no = box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(no);
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

ShownOnceDialog::ShownOnceDialog(const QString &title, const QString &explanation, const QString &secret, QWidget *parent)
    : QDialog(parent)
    , m_secret(new QLineEdit(secret, this))
    , m_copied(new QLabel(this))
{
    setObjectName(QStringLiteral("secretDialog"));
    setWindowTitle(title);
    auto *head = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
    auto *text = new QLabel(explanation, this);
    text->setWordWrap(true);
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setReadOnly(true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.3);
    m_secret->setFont(mono);
    m_secret->setMinimumWidth(QFontMetrics(mono).horizontalAdvance(secret) + 24);
    auto *copyButton = new QPushButton(tr("&Copy"), this);
    copyButton->setObjectName(QStringLiteral("copyButton"));
    connect(copyButton, &QPushButton::clicked, this, &ShownOnceDialog::copy);
    auto *row = new QHBoxLayout;
    row->addWidget(m_secret, 1);
    row->addWidget(copyButton);
    m_copied->setObjectName(QStringLiteral("copiedLabel"));
    m_copied->setStyleSheet(QStringLiteral("color: #174d24;"));
    auto *warning = new MessageBar(this);
    warning->setObjectName(QStringLiteral("onceWarning"));
    warning->setMessage(MessageBar::Kind::Warning, tr("Shown only now"),
                        {tr("Copy it and keep it safe: Aksara keeps only a hash of it and cannot show it again.")});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("I have kept it — close"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeSecretButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(head);
    layout->addWidget(text);
    layout->addLayout(row);
    layout->addWidget(m_copied);
    layout->addWidget(warning);
    layout->addStretch(1);
    layout->addWidget(buttons);
    // Once closed it is gone from the screen and from memory held by the dialog.
    connect(this, &QDialog::finished, m_secret, &QLineEdit::clear);
    setMinimumWidth(520);
    m_secret->setFocus();
    m_secret->selectAll();
}

QString ShownOnceDialog::secret() const
{
    return m_secret->text();
}

void ShownOnceDialog::copy()
{
    QApplication::clipboard()->setText(m_secret->text());
    m_copied->setText(tr("Copied."));
}

void fillBranches(QComboBox *combo, const LibraryInfo &library, const QString &none, const QString &current)
{
    combo->clear();
    if (!none.isNull())
        combo->addItem(none, QString());
    for (const BranchInfo &b : library.branches)
        combo->addItem(QStringLiteral("%1 (%2)").arg(b.name, b.code), b.code);
    const int i = combo->findData(current);
    if (i >= 0)
        combo->setCurrentIndex(i);
}

QString branchText(const LibraryInfo &library, const QString &code, const QString &none)
{
    if (code.isEmpty())
        return none;
    const BranchInfo *b = library.branch(code);
    return b ? QStringLiteral("%1 (%2)").arg(b->name, b->code) : code;
}

QTableWidget *adminTable(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(objectName);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->setTabKeyNavigation(false);
    return t;
}

} // namespace Aksara::Desk
