#pragma once

namespace Aksara::Cli {
class Registry;
void registerPrivacyCommands(Registry &registry);
} // namespace Aksara::Cli
