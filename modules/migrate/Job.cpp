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
            emit finished(true, QString(), QString());
        } else {
            emit finished(false, report.error().code, report.error().message);
        }
    });
    m_thread->setParent(this);
    m_thread->start();
}

void Job::cancel()
{
    m_options.cancel->store(true);
}

} // namespace Aksara::Migrate
