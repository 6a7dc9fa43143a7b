#include "siperror.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

QString errorKindToken(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None: return {};
    case ErrorKind::InvalidTarget: return u"invalid_target"_s;
    case ErrorKind::Dns: return u"dns"_s;
    case ErrorKind::Refused: return u"refused"_s;
    case ErrorKind::Unreachable: return u"unreachable"_s;
    case ErrorKind::Timeout: return u"timeout"_s;
    case ErrorKind::Tls: return u"tls"_s;
    case ErrorKind::Transport: return u"transport"_s;
    case ErrorKind::MalformedAnswer: return u"malformed_answer"_s;
    case ErrorKind::Cancelled: return u"cancelled"_s;
    }
    return {};
}

QString errorKindTitle(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None: return {};
    case ErrorKind::InvalidTarget: return QCoreApplication::translate("SipError", "Invalid target");
    case ErrorKind::Dns: return QCoreApplication::translate("SipError", "Name not resolved");
    case ErrorKind::Refused: return QCoreApplication::translate("SipError", "Connection refused");
    case ErrorKind::Unreachable: return QCoreApplication::translate("SipError", "Unreachable");
    case ErrorKind::Timeout: return QCoreApplication::translate("SipError", "No answer");
    case ErrorKind::Tls: return QCoreApplication::translate("SipError", "TLS failure");
    case ErrorKind::Transport: return QCoreApplication::translate("SipError", "Network error");
    case ErrorKind::MalformedAnswer: return QCoreApplication::translate("SipError", "Malformed answer");
    case ErrorKind::Cancelled: return QCoreApplication::translate("SipError", "Cancelled");
    }
    return {};
}

} // namespace SipScope
