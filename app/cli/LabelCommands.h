#pragma once

#include "Cli.h"

namespace Aksara::Cli {

// labels spine|barcode|sheets: spine and item barcode labels as PDF on label sheets.
void registerLabelCommands(Registry &registry);

} // namespace Aksara::Cli
