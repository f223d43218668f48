#pragma once

namespace Aksara::Cli {
class Registry;
void registerDemoCommands(Registry &registry);
} // namespace Aksara::Cli
