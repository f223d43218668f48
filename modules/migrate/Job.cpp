#include "migrate/Job.h"

namespace Aksara::Migrate {

Job::Job(ServiceCore &core, Caller caller, Kind kind, QByteArray file, Mapping mapping, Options options, QObject *parent)
    : QObject(parent)
    , m_core(core)
    , m_caller(std::move(caller))
    , m_kind(kind)
    , m_file(std::move(file))
    , m_mapping(std::move(mapping))
    , m_options(std::move(options))
{
    if (!m_options.cancel)
        m_options.cancel = std::make_shared<std::atomic<bool>>(false);
}

Job::~Job()
{
    if (m_thread) {
        m_options.cancel->store(true);
        m_thread->wait();
    }
}

bool Job::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void Job::start()
{
    if (m_thread)
        return;
    m_options.progress = [this](qsizetype done, qsizetype total) { emit progress(done, total); };
    m_thread = QThread::create([this] {
        Importer importer(m_core, m_caller);
        auto report = importer.run(m_kind, m_file, m_mapping, m_options);
        m_core.db().releaseThreadConnection();
        if (report.ok()) {
            m_report = *report;
            m_ok = true;
        } else {
            m_errorCode = report.error().code;
            m_error = report.error().message;
        }
    });
    // finished() once the thread has ended (isRunning() is false by then), in this object's thread.
    connect(m_thread, &QThread::finished, this, [this] { emit finished(m_ok, m_errorCode, m_error); });
    m_thread->setParent(this);
    m_thread->start();
}

void Job::cancel()
{
    m_options.cancel->store(true);
}

} // namespace Aksara::Migrate
