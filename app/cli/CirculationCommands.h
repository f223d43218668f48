#pragma once

namespace Aksara::Cli {
class Registry;
void registerCirculationCommands(Registry &registry);
} // namespace Aksara::Cli
