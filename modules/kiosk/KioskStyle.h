#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace Aksara::Kiosk::Style {

// The kiosk's look: large type and touch targets (at least 64 px high), high contrast, one accent
// colour. Applied once to the kiosk window; widgets pick their role with the "role" property
// (setRole) rather than styles of their own.
QString styleSheet();

// Roles: "title", "subtitle", "hint", "card" (a white panel), "primary", "secondary", "danger",
// "nav", "tile", "message-ok", "message-error", "message-info", "banner", "topbar", "keypad".
void setRole(QWidget *widget, const char *role);

// A label that wraps and takes its role.
QLabel *label(const char *role, QWidget *parent = nullptr);

// Colours used outside the style sheet (painted lists).
inline constexpr const char *kAccent = "#0f766e";
inline constexpr const char *kError = "#b42318";
inline constexpr const char *kOk = "#067647";
inline constexpr const char *kWarn = "#b54708";
inline constexpr const char *kText = "#1d2939";
inline constexpr const char *kMuted = "#475467";

} // namespace Aksara::Kiosk::Style
