#pragma once

namespace Aksara::Cli {
class Registry;
void registerSip2Commands(Registry &registry);
} // namespace Aksara::Cli
