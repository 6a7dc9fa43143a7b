// Where the desktop application's text output goes before (or instead of) a window.
//
// On Windows sipscope.exe is a GUI-subsystem program: started from cmd or PowerShell it
// gets no stdout or stderr, so `sipscope --help`, a command-line error or
// --measure-startup would print nowhere. attachToParentConsole() borrows the console of
// the shell that started it, where there is one; reportError() writes to stderr when that
// reaches a person and shows a message box when it does not (started from Explorer or a
// shortcut). On Linux and macOS stderr is always there and both are plain.
#pragma once

#include <QString>

namespace SipScope::GuiConsole {

// Call first thing in main(), before anything prints.
void attachToParentConsole();
// A command-line error, before the main window exists; needs a QApplication for the box.
void reportError(const QString &message);

} // namespace SipScope::GuiConsole
