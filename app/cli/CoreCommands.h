#pragma once

namespace Aksara::Cli {
class Registry;
void registerCoreCommands(Registry &registry);
} // namespace Aksara::Cli
