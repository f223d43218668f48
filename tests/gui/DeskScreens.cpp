#include "Screens.h"

namespace Aksara::Screens {

// The desk window's main screens, each built on the demo library as a person would see it.
QList<Screen> deskScreens()
{
    return {};
}

} // namespace Aksara::Screens
