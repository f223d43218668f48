#pragma once

// The kiosk's screens. They show what they are given and report what the person did (signals);
// every decision is the session's (KioskSession). Each has retranslate(), called again when the
// language changes, and reset(), which forgets everything on it.
// Each page has a file of its own; this header includes them all.

#include "kiosk/KioskWidgets.h"
#include "kiosk/WelcomePage.h"
#include "kiosk/IdentifyPage.h"
#include "kiosk/ReturnPanel.h"
#include "kiosk/BorrowPanel.h"
#include "kiosk/AccountPanel.h"
#include "kiosk/SearchPanel.h"
#include "kiosk/PatronPage.h"
#include "kiosk/SimplePage.h"
#include "kiosk/StaffLoginPage.h"
#include "kiosk/StaffPage.h"
