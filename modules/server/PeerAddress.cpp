#include "server/PeerAddress.h"

#include <QHostAddress>

#include <sys/socket.h>

namespace Aksara::Server {

QString peerAddressOf(qintptr descriptor)
{
    sockaddr_storage storage{};
    socklen_t length = sizeof storage;
    if (::getpeername(int(descriptor), reinterpret_cast<sockaddr *>(&storage), &length) != 0)
        return {};
    QHostAddress address(reinterpret_cast<const sockaddr *>(&storage));
    bool v4 = false;
    const quint32 ipv4 = address.toIPv4Address(&v4);
    if (v4)
        address = QHostAddress(ipv4);
    return address.toString();
}

} // namespace Aksara::Server
