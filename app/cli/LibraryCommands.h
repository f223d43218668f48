#pragma once

namespace Aksara::Cli {
class Registry;
void registerLibraryCommands(Registry &registry);
} // namespace Aksara::Cli
