#pragma once

namespace Aksara::Cli {
class Registry;
void registerServiceCommands(Registry &registry);
} // namespace Aksara::Cli
