#pragma once
// Core and the non-UI modules are compiled with AKSARA_NO_GUI. If one of them ever links Qt Gui or
// Widgets (directly or through a dependency), Qt defines QT_GUI_LIB / QT_WIDGETS_LIB for its sources
// and this turns the leak into a build failure instead of a surprise on a headless server.
#if defined(AKSARA_NO_GUI) && (defined(QT_GUI_LIB) || defined(QT_WIDGETS_LIB))
#error "A GUI-free Aksara target (core, a non-UI module, the server or the CLI) links Qt Gui or Widgets."
#endif
