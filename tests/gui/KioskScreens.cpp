#include "Screens.h"

namespace Aksara::Screens {

// The kiosk window's main screens, each built on the demo library as a person would see it.
QList<Screen> kioskScreens()
{
    return {};
}

} // namespace Aksara::Screens
