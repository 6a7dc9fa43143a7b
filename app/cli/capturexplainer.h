// `explain FILE` on a pcap or pcapng file: the SIP messages in it by Call-ID and
// transaction, every response explained (capture/captureanalysis.h); JSON findings carry
// the frame number, time, source, destination and Call-ID.
#pragma once

#include "commandparser.h"
#include "commands.h"

#include "capture/capturereader.h"

#include <QString>

namespace SipScope::Cli {

// Exit codes as for pasted text: 0 SIP found, 1 none; 64 when the file cannot be read
// as a capture (not one, damaged at the start, a link type we do not read).
int explainCapture(const QString &path, const CommandParser &parser, CommandContext &context);

} // namespace SipScope::Cli
