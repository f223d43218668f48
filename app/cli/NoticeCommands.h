#pragma once

#include "Cli.h"

namespace Aksara::Cli {
// aksara notices scan|list|send|retry (modules/notices, docs/notices.md).
void registerNoticeCommands(Registry &registry);
} // namespace Aksara::Cli
