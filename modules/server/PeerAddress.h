#pragma once

#include <QString>

namespace Aksara::Server {

// The remote address of an accepted socket, read before any Qt socket is made for it (the
// connection caps of HttpFront and Sip2Server count by it); an IPv4-mapped IPv6 address is given
// as its IPv4 address. Empty when the peer cannot be read (the connection is already gone).
QString peerAddressOf(qintptr descriptor);

} // namespace Aksara::Server
