#pragma once

#include "catalogue/Catalogue.h"

#include <QJsonObject>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace Aksara::Catalogue {

// An import for the desk's GUI: Catalogue::importFile on a thread of its own, reporting through
// signals (queued to the receiver's thread, so widgets can be updated directly). The import is
// the same service-core operation as at the command line; cancel() stops it after the batch being
// written (what was written stays: every batch is complete).
//
// Thread affinity: create, start and cancel from one thread (the GUI thread); the signals arrive
// there. The worker uses its own database connection and releases it when done.
class ImportJob : public QObject {
    Q_OBJECT
public:
    ImportJob(ServiceCore &core, Caller caller, QString path, ImportOptions options, QObject *parent = nullptr);
    ~ImportJob() override;

    void start();
    void cancel();
    bool isRunning() const;

signals:
    void progress(qint64 read, qint64 imported, qint64 rejected, qint64 bytesRead, qint64 bytesTotal);
    // ok: the import ran (some records may have been rejected: see the report); otherwise `error`
    // says why it stopped (`report` then holds what was done before).
    void finished(bool ok, const QJsonObject &report, const QString &error);

private:
    ServiceCore &m_core;
    Caller m_caller;
    QString m_path;
    ImportOptions m_options;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QThread *m_thread = nullptr;
};

} // namespace Aksara::Catalogue
