#pragma once

#include "desk/LibraryInfo.h"

#include "core/ServiceCore.h"

namespace Aksara::Desk {

// Who works at this desk and where: the logged-in staff member's caller (channel desk, station =
// the station code), the station's code and the branch where items are scanned (checkins there;
// empty: each item's own branch). Every page of the window acts through this.
struct DeskSession {
    ServiceCore &core;
    Caller caller;
    QString stationCode;
    QString branchCode;
    LibraryInfo library;
    QString staffName; // for people: "Siti Rahma (pustakawan)"
};

} // namespace Aksara::Desk
