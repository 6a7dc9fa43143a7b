// Help › About SipScope: the program's version, the Qt it runs on, and what it is.
#pragma once

#include <QDialog>

class QLabel;
class QDialogButtonBox;

namespace SipScope {

class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // "SipScope 0.1.0 · Qt 6.4.2 (built with 6.4.2)"
    static QString versionText();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_version = nullptr;
    QLabel *m_description = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace SipScope
