#pragma once

#include "Cli.h"

namespace Aksara::Cli {

// migrate patrons|copies|loans|fees FILE: imports from a library's old system (docs/migration.md).
void registerMigrateCommands(Registry &registry);

} // namespace Aksara::Cli
