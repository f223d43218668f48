#pragma once

#include "desk/DeskSession.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Aksara::Desk {

class MessageBar;

// "Report a problem": what is wrong, which service it touches, how badly the desk is affected; it
// opens an incident (service management, right incident.report) for this station, with the
// reporter as the operation's actor. The same fault reported twice at a station adds an
// occurrence to the open incident instead of a second one.
class ProblemDialog : public QDialog {
    Q_OBJECT
public:
    ProblemDialog(DeskSession &session, const QStringList &services, QWidget *parent = nullptr);

    qint64 incidentId() const { return m_incident; }

private:
    void submit();

    DeskSession &m_session;
    QLineEdit *m_title;
    QComboBox *m_service;
    QComboBox *m_impact;
    QPlainTextEdit *m_description;
    QLabel *m_titleError;
    MessageBar *m_message;
    qint64 m_incident = 0;
};

} // namespace Aksara::Desk
