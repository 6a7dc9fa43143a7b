// Checks of what a window shows: texts cut off by a control too narrow for them, and
// mnemonics (the letter after '&') that two controls of one window, or two entries of
// one menu, share. Used by the GUI tests in every language.
#pragma once

#include <QStringList>

class QMenu;
class QWidget;

namespace SipScope::WidgetTextCheck {

// The mnemonic letter of a text, lower-cased; null when there is none ("&&" is a literal &).
QChar mnemonic(const QString &text);

// Visible buttons, labels, check boxes, combo boxes, group boxes and tab bars of the
// window `top` that are narrower than their text needs, i.e. cut off or elided.
QStringList clippedControls(const QWidget *top);

// Mnemonics shared within the window `top`: its menu bar's titles and every visible
// control whose mnemonic works window-wide (buttons, labels with a buddy, group boxes,
// tabs). One entry per clash, naming the letter and the texts.
QStringList windowMnemonicClashes(const QWidget *top);

// Mnemonics shared by two visible entries of one menu (submenus are checked on their own).
QStringList menuMnemonicClashes(const QMenu *menu);

} // namespace SipScope::WidgetTextCheck
