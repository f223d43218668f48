#include "shell/DatabaseDialog.h"

#include "core/Database.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Aksara::Shell {

DatabaseDialog::DatabaseDialog(const QString &current, const QString &problem, QWidget *parent)
    : QDialog(parent)
    , m_sqlite(new QRadioButton(tr("A library file on this computer (SQLite)"), this))
    , m_postgres(new QRadioButton(tr("A PostgreSQL server shared by the library's computers"), this))
    , m_path(new QLineEdit(this))
    , m_pgUrl(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_passwordLabel(new QLabel(tr("Password:"), this))
    , m_passwordHint(new QLabel(tr("Not remembered. Leave it empty when this computer's ~/.pgpass (mode 0600) or a "
                                   "PostgreSQL service holds it."),
                                this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("databaseDialog"));
    setWindowTitle(tr("Library database"));
    m_sqlite->setObjectName(QStringLiteral("sqliteRadio"));
    m_postgres->setObjectName(QStringLiteral("postgresRadio"));
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_pgUrl->setObjectName(QStringLiteral("urlEdit"));
    m_pgUrl->setPlaceholderText(QStringLiteral("postgresql://user@server:5432/aksara"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_password);
    m_passwordHint->setObjectName(QStringLiteral("passwordHint"));
    m_passwordHint->setWordWrap(true);
    m_passwordHint->setStyleSheet(QStringLiteral("color: #555555;"));
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);

    const bool pg = current.startsWith(QLatin1String("postgres"));
    (pg ? m_postgres : m_sqlite)->setChecked(true);
    // A remembered or given URL is shown without its password; the password is asked for again.
    (pg ? m_pgUrl : m_path)->setText(pg ? DatabaseConfig::withoutPassword(current) : current);

    auto *intro = new QLabel(tr("Aksara keeps the library's members, catalogue, loans and service records in one "
                                "database. Choose where it is."),
                             this);
    intro->setWordWrap(true);
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, &DatabaseDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path);
    fileRow->addWidget(browse);
    auto *testButton = new QPushButton(tr("Test the connection"), this);
    testButton->setObjectName(QStringLiteral("testButton"));
    connect(testButton, &QPushButton::clicked, this, &DatabaseDialog::test);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Open the library"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        test();
        if (m_message->property("ok").toBool())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sqlite, &QRadioButton::toggled, this, &DatabaseDialog::updateMode);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    if (!problem.isEmpty()) {
        auto *p = new QLabel(problem, this);
        p->setWordWrap(true);
        p->setStyleSheet(QStringLiteral("color: #b00020;"));
        layout->addWidget(p);
    }
    layout->addWidget(m_sqlite);
    layout->addLayout(fileRow);
    layout->addWidget(m_postgres);
    layout->addWidget(m_pgUrl);
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_passwordLabel);
    passwordRow->addWidget(m_password, 1);
    layout->addLayout(passwordRow);
    layout->addWidget(m_passwordHint);
    layout->addWidget(testButton, 0, Qt::AlignLeft);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    updateMode();
}

void DatabaseDialog::updateMode()
{
    m_path->setEnabled(m_sqlite->isChecked());
    m_pgUrl->setEnabled(m_postgres->isChecked());
    m_password->setEnabled(m_postgres->isChecked());
    m_passwordLabel->setEnabled(m_postgres->isChecked());
}

void DatabaseDialog::browse()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Library database"), m_path->text(),
                                                      tr("Aksara databases (*.sqlite *.db);;All files (*)"));
    if (!file.isEmpty())
        m_path->setText(file);
}

QString DatabaseDialog::url() const
{
    if (m_sqlite->isChecked())
        return m_path->text().trimmed();
    return DatabaseConfig::withoutPassword(m_pgUrl->text().trimmed());
}

QString DatabaseDialog::connectionUrl() const
{
    if (m_sqlite->isChecked() || m_password->text().isEmpty())
        return m_sqlite->isChecked() ? url() : m_pgUrl->text().trimmed();
    return DatabaseConfig::withPassword(url(), m_password->text());
}

void DatabaseDialog::test()
{
    auto config = DatabaseConfig::parse(connectionUrl());
    QString problem;
    if (!config.ok()) {
        problem = config.error().message;
    } else {
        auto db = Database::open(*config);
        if (!db.ok())
            problem = db.error().message;
    }
    m_message->setProperty("ok", problem.isEmpty());
    m_message->setStyleSheet(problem.isEmpty() ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b00020;"));
    m_message->setText(problem.isEmpty() ? tr("The library database can be reached.") : problem);
}

} // namespace Aksara::Shell
