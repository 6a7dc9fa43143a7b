// SIP over TCP (RFC 3261 §18): ready as soon as the connection is up.
#pragma once

#include "streamtransport.h"

namespace SipScope {

class TcpTransport final : public StreamTransport
{
    Q_OBJECT
public:
    explicit TcpTransport(QObject *parent = nullptr);
    ~TcpTransport() override;

    TransportProtocol protocol() const override { return TransportProtocol::Tcp; }

protected:
    std::unique_ptr<QTcpSocket> createSocket(SipError *error) override;
    void onConnected() override;
};

} // namespace SipScope
