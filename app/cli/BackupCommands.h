#pragma once

#include "Cli.h"

namespace Aksara::Cli {

// backup (--out FILE | --dir DIR [--keep N]), backup check, backup test FILE, restore FILE [--force]:
// the continuity service (docs/continuity.md).
void registerBackupCommands(Registry &registry);

} // namespace Aksara::Cli
