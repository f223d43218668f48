#include "Screens.h"

namespace Aksara::Screens {

// The reports window's main screens, each built on the demo library as a person would see it.
QList<Screen> reportsScreens()
{
    return {};
}

} // namespace Aksara::Screens
