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
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("databaseDialog"));
    setWindowTitle(tr("Library database"));
    m_sqlite->setObjectName(QStringLiteral("sqliteRadio"));
    m_postgres->setObjectName(QStringLiteral("postgresRadio"));
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_pgUrl->setObjectName(QStringLiteral("urlEdit"));
    m_pgUrl->setPlaceholderText(QStringLiteral("postgresql://user:password@server:5432/aksara"));
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);

    const bool pg = current.startsWith(QLatin1String("postgres"));
    (pg ? m_postgres : m_sqlite)->setChecked(true);
    (pg ? m_pgUrl : m_path)->setText(current);

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
    return (m_sqlite->isChecked() ? m_path : m_pgUrl)->text().trimmed();
}

void DatabaseDialog::test()
{
    auto config = DatabaseConfig::parse(url());
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
