#include "desk/ProblemDialog.h"

#include "desk/MessageBar.h"

#include "desk/StatusStrip.h"

#include "service/Incidents.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Aksara::Desk {

ProblemDialog::ProblemDialog(DeskSession &session, const QStringList &services, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_title(new QLineEdit(this))
    , m_service(new QComboBox(this))
    , m_impact(new QComboBox(this))
    , m_description(new QPlainTextEdit(this))
    , m_titleError(new QLabel(this))
    , m_message(new MessageBar(this))
{
    setObjectName(QStringLiteral("problemDialog"));
    setWindowTitle(tr("Report a problem"));
    auto *intro = new QLabel(tr("Tell the service desk what went wrong. They see this station (%1) and your name with it.")
                                 .arg(session.stationCode.isEmpty() ? tr("not registered") : session.stationCode),
                             this);
    intro->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("problemTitleEdit"));
    m_title->setPlaceholderText(tr("e.g. The scanner does not read cards"));
    m_title->setMaxLength(200);
    m_titleError->setObjectName(QStringLiteral("problemTitleError"));
    m_titleError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_titleError->hide();
    m_service->setObjectName(QStringLiteral("problemServiceCombo"));
    m_service->addItem(tr("Not sure / something else"), QString());
    for (const QString &s : services)
        m_service->addItem(serviceTitle(s), s);
    m_impact->setObjectName(QStringLiteral("problemImpactCombo"));
    // impact, urgency (1 = highest): the service core's matrix turns them into a priority.
    m_impact->addItem(tr("A nuisance: I can work around it"), QList<QVariant>{3, 3});
    m_impact->addItem(tr("This desk cannot serve members"), QList<QVariant>{2, 1});
    m_impact->addItem(tr("The whole library is affected"), QList<QVariant>{1, 1});
    m_description->setObjectName(QStringLiteral("problemDescriptionEdit"));
    m_description->setPlaceholderText(tr("What were you doing, what did you see? (optional)"));
    m_description->setTabChangesFocus(true);
    m_message->setObjectName(QStringLiteral("problemMessage"));

    auto *form = new QFormLayout;
    form->addRow(tr("What is wrong"), m_title);
    form->addRow(QString(), m_titleError);
    form->addRow(tr("Service"), m_service);
    form->addRow(tr("How bad"), m_impact);
    form->addRow(tr("Details"), m_description);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto *ok = buttons->addButton(tr("Send report"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("submitButton"));
    ok->setDefault(true);
    connect(ok, &QPushButton::clicked, this, &ProblemDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    m_title->setFocus();
}

void ProblemDialog::submit()
{
    m_titleError->hide();
    m_message->clear();
    ServiceManagement::NewIncident in;
    in.title = m_title->text().trimmed();
    in.description = m_description->toPlainText().trimmed();
    in.serviceCode = m_service->currentData().toString();
    in.station = m_session.stationCode;
    const QList<QVariant> iu = m_impact->currentData().toList();
    in.impact = iu.value(0).toInt();
    in.urgency = iu.value(1).toInt();
    ServiceManagement::Incidents incidents(m_session.core);
    auto r = incidents.open(m_session.caller, in);
    if (!r.ok()) {
        if (in.title.isEmpty()) {
            m_titleError->setText(r.error().message);
            m_titleError->show();
            m_title->setFocus();
        } else {
            m_message->setError(r.error());
        }
        return;
    }
    m_incident = r->id;
    accept();
}

} // namespace Aksara::Desk
