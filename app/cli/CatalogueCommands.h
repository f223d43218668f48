#pragma once

#include "Cli.h"

namespace Aksara::Cli {

// catalogue import|export|add|show|reindex, search, item add|edit|show|list, lookup, shelf,
// sru search|import.
void registerCatalogueCommands(Registry &registry);

} // namespace Aksara::Cli
