#include "tcptransport.h"

namespace SipScope {

TcpTransport::TcpTransport(QObject *parent)
    : StreamTransport(parent)
{
}

TcpTransport::~TcpTransport()
{
    close();
}

std::unique_ptr<QTcpSocket> TcpTransport::createSocket(SipError *error)
{
    Q_UNUSED(error);
    return std::make_unique<QTcpSocket>();
}

void TcpTransport::onConnected()
{
    becomeReady();
}

} // namespace SipScope
