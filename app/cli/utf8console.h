#pragma once

namespace SipScope::Cli {

// The CLI writes UTF-8 (QTextStream's default in Qt 6). A Windows console shows bytes in
// its output code page (850 or 1252 on most Western machines), so "Não", "Über" or the
// French no-break spaces would come out as mojibake. While an object of this class lives,
// a console that stdout or stderr writes to is switched to UTF-8 and switched back when it
// goes, because the code page belongs to the console and so to the shell the user typed
// in. Output redirected to a file or a pipe stays plain UTF-8 bytes. Elsewhere it does
// nothing: terminals on Linux and macOS take UTF-8.
class Utf8Console
{
public:
    Utf8Console();
    ~Utf8Console();
    Utf8Console(const Utf8Console &) = delete;
    Utf8Console &operator=(const Utf8Console &) = delete;

private:
    unsigned m_previousCodePage = 0; // 0: unchanged, nothing to restore
};

} // namespace SipScope::Cli
