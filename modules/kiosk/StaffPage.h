#pragma once

#include "kiosk/KioskTypes.h"
#include "kiosk/OfflineQueue.h"

#include <QFrame>
#include <QHash>
#include <QScrollArea>
#include <QWidget>

#include <memory>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTableWidgetItem;
class QVBoxLayout;

namespace Aksara::Circulation {
struct PatronAccount;
}
namespace Aksara::Catalogue {
struct SearchResult;
}

namespace Aksara::Kiosk {

class Keypad;

class StaffPage : public QWidget {
    Q_OBJECT
public:
    explicit StaffPage(QWidget *parent = nullptr);
    void retranslate();
    void reset();
    void setStaffName(const QString &name);
    void setStatus(bool online, const QString &problem, const QString &station, const QString &heartbeat, int pending,
                   bool offlineCheckout);
    void setQueue(const QList<QueuedRequest> &requests);
    void showMessage(const QString &message, bool error);

signals:
    void replayRequested();
    void offlineCheckoutToggled(bool allowed);
    void resumeRequested();
    void exitRequested();

private:
    QLabel *m_heading;
    QLabel *m_who;
    QLabel *m_status;
    QLabel *m_queueHeading;
    QTableWidget *m_queue;
    QPushButton *m_replay;
    QCheckBox *m_offlineCheckout;
    QLabel *m_offlineHint;
    QPushButton *m_resume;
    QPushButton *m_exit;
    QLabel *m_message;
    QList<QueuedRequest> m_requests;
    QString m_staffName;
    bool m_online = true;
    QString m_problem;
    QString m_station;
    QString m_heartbeat;
    int m_pending = 0;
};

} // namespace Aksara::Kiosk
