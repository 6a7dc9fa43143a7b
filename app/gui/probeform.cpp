#include "probeform.h"

#include "appsettings.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QAbstractItemView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <chrono>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {

// Transport combo entries: index 0 is "Auto".
constexpr TransportProtocol comboTransports[] = {TransportProtocol::Udp, TransportProtocol::Tcp,
                                                 TransportProtocol::Tls, TransportProtocol::Ws,
                                                 TransportProtocol::Wss};

} // namespace

ProbeForm::ProbeForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"probeForm"_s);

    m_sendAction = new QAction(this);
    m_sendAction->setObjectName(u"sendAction"_s);
    m_sendAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_sendAction->setIcon(QIcon::fromTheme(u"mail-send"_s));
    connect(m_sendAction, &QAction::triggered, this, &ProbeForm::sendRequested);
    m_stopAction = new QAction(this);
    m_stopAction->setObjectName(u"stopAction"_s);
    m_stopAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_stopAction->setIcon(QIcon::fromTheme(u"process-stop"_s));
    m_stopAction->setEnabled(false);
    connect(m_stopAction, &QAction::triggered, this, &ProbeForm::stopRequested);

    m_targetLabel = new QLabel(this);
    m_target = new QComboBox(this);
    m_target->setObjectName(u"targetField"_s);
    m_target->setEditable(true);
    m_target->setInsertPolicy(QComboBox::NoInsert);
    m_target->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_target->setMinimumContentsLength(28);
    auto *completer = new QCompleter(m_target->model(), m_target);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_target->setCompleter(completer);
    m_targetLabel->setBuddy(m_target);
    // Enter is taken in an event filter rather than from returnPressed, which the
    // combo box's line edit can emit twice for one key press when a completer is set.
    // On the combo box too: a real key press reaches the combo box (the line edit's
    // focus proxy), which hands it to the line edit by calling its event() directly,
    // past the line edit's filters; only an event sent to the line edit itself (as
    // QTest does) passes them.
    m_target->installEventFilter(this);
    m_target->lineEdit()->installEventFilter(this);

    m_transportLabel = new QLabel(this);
    m_transport = new QComboBox(this);
    m_transport->setObjectName(u"transportCombo"_s);
    m_transport->addItem(QString());
    for (TransportProtocol protocol : comboTransports)
        m_transport->addItem(transportViaToken(protocol), int(protocol));
    m_transportLabel->setBuddy(m_transport);

    m_timeoutLabel = new QLabel(this);
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(u"timeoutSpin"_s);
    m_timeout->setRange(1, 64);
    m_timeout->setValue(8);
    m_timeoutLabel->setBuddy(m_timeout);

    m_send = new QPushButton(this);
    m_send->setObjectName(u"sendButton"_s);
    connect(m_send, &QPushButton::clicked, m_sendAction, &QAction::trigger);
    m_stop = new QPushButton(this);
    m_stop->setObjectName(u"stopButton"_s);
    m_stop->setEnabled(false);
    connect(m_stop, &QPushButton::clicked, m_stopAction, &QAction::trigger);

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(u"busyIndicator"_s);
    m_busy->setRange(0, 0); // indeterminate
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(90);
    m_busy->setMaximumHeight(m_send->sizeHint().height() / 2);
    // Keep the row's layout still when the indicator comes and goes.
    QSizePolicy busyPolicy = m_busy->sizePolicy();
    busyPolicy.setRetainSizeWhenHidden(true);
    m_busy->setSizePolicy(busyPolicy);
    m_busy->setVisible(false);

    m_repeat = new QCheckBox(this);
    m_repeat->setObjectName(u"repeatCheck"_s);
    m_countLabel = new QLabel(this);
    m_repeatCount = new QSpinBox(this);
    m_repeatCount->setObjectName(u"repeatCountSpin"_s);
    m_repeatCount->setRange(2, 10000);
    m_repeatCount->setValue(10);
    m_countLabel->setBuddy(m_repeatCount);
    m_intervalLabel = new QLabel(this);
    m_repeatInterval = new QDoubleSpinBox(this);
    m_repeatInterval->setObjectName(u"repeatIntervalSpin"_s);
    m_repeatInterval->setRange(0.0, 3600.0);
    m_repeatInterval->setDecimals(1);
    m_repeatInterval->setSingleStep(0.5);
    m_repeatInterval->setValue(1.0);
    m_intervalLabel->setBuddy(m_repeatInterval);
    connect(m_repeat, &QCheckBox::toggled, this, &ProbeForm::updateRepeatInputs);

    m_moreButton = new QToolButton(this);
    m_moreButton->setObjectName(u"moreOptionsButton"_s);
    m_moreButton->setCheckable(true);
    m_moreButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_moreButton->setAutoRaise(true);
    m_moreButton->setArrowType(Qt::RightArrow);

    // Credentials and TLS (see the header).
    m_advanced = new QGroupBox(this);
    m_advanced->setObjectName(u"credentialsGroup"_s);
    m_userLabel = new QLabel(m_advanced);
    m_user = new QLineEdit(m_advanced);
    m_user->setObjectName(u"userField"_s);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel = new QLabel(m_advanced);
    m_password = new QLineEdit(m_advanced);
    m_password->setObjectName(u"passwordField"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_password);
    m_remember = new QCheckBox(m_advanced);
    m_remember->setObjectName(u"rememberPasswordCheck"_s);
    m_remember->setEnabled(false); // no keychain in this build: never stored at all
    m_caLabel = new QLabel(m_advanced);
    m_caFile = new QLineEdit(m_advanced);
    m_caFile->setObjectName(u"caFileField"_s);
    m_caLabel->setBuddy(m_caFile);
    m_caBrowse = new QToolButton(m_advanced);
    m_caBrowse->setObjectName(u"caFileBrowseButton"_s);
    connect(m_caBrowse, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA certificate"), m_caFile->text(),
                                                          tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    m_insecure = new QCheckBox(m_advanced);
    m_insecure->setObjectName(u"allowInsecureCheck"_s);
    m_keepAlive = new QCheckBox(m_advanced);
    m_keepAlive->setObjectName(u"keepAliveCheck"_s);

    m_dnsServerLabel = new QLabel(m_advanced);
    m_dnsServer = new QLineEdit(m_advanced);
    m_dnsServer->setObjectName(u"dnsServerField"_s);
    m_dnsServerLabel->setBuddy(m_dnsServer);

    auto *advancedLayout = new QGridLayout(m_advanced);
    advancedLayout->addWidget(m_userLabel, 0, 0);
    advancedLayout->addWidget(m_user, 0, 1);
    advancedLayout->addWidget(m_passwordLabel, 0, 2);
    advancedLayout->addWidget(m_password, 0, 3);
    advancedLayout->addWidget(m_remember, 0, 4);
    advancedLayout->addWidget(m_caLabel, 1, 0);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_caBrowse);
    advancedLayout->addLayout(caRow, 1, 1, 1, 3);
    advancedLayout->addWidget(m_insecure, 1, 4);
    advancedLayout->addWidget(m_keepAlive, 2, 1, 1, 4);
    advancedLayout->addWidget(m_dnsServerLabel, 3, 0);
    advancedLayout->addWidget(m_dnsServer, 3, 1);
    advancedLayout->setColumnStretch(1, 1);
    advancedLayout->setColumnStretch(3, 1);
    m_advanced->setVisible(false);
    connect(m_moreButton, &QToolButton::toggled, this, [this](bool shown) {
        m_advanced->setVisible(shown);
        m_moreButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_targetLabel);
    top->addWidget(m_target, 1);
    top->addWidget(m_transportLabel);
    top->addWidget(m_transport);
    top->addWidget(m_timeoutLabel);
    top->addWidget(m_timeout);
    top->addSpacing(8);
    top->addWidget(m_send);
    top->addWidget(m_stop);
    top->addWidget(m_busy);

    auto *second = new QHBoxLayout;
    second->addWidget(m_repeat);
    second->addWidget(m_countLabel);
    second->addWidget(m_repeatCount);
    second->addWidget(m_intervalLabel);
    second->addWidget(m_repeatInterval);
    second->addStretch(1);
    second->addWidget(m_moreButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(second);
    layout->addWidget(m_advanced);

    setTabOrder(m_target, m_transport);
    setTabOrder(m_transport, m_timeout);
    setTabOrder(m_timeout, m_send);
    setTabOrder(m_send, m_stop);
    setTabOrder(m_stop, m_repeat);
    setTabOrder(m_repeat, m_repeatCount);
    setTabOrder(m_repeatCount, m_repeatInterval);
    setTabOrder(m_repeatInterval, m_moreButton);
    setTabOrder(m_moreButton, m_user);
    setTabOrder(m_user, m_password);
    setTabOrder(m_password, m_remember);
    setTabOrder(m_remember, m_caFile);
    setTabOrder(m_caFile, m_caBrowse);
    setTabOrder(m_caBrowse, m_insecure);
    setTabOrder(m_insecure, m_keepAlive);
    setTabOrder(m_keepAlive, m_dnsServer);

    retranslateUi();
    updateRepeatInputs();
}

void ProbeForm::retranslateUi()
{
    m_sendAction->setText(tr("&Send Probe"));
    m_sendAction->setToolTip(tr("Send SIP OPTIONS to the target (Enter in the target field)"));
    m_stopAction->setText(tr("S&top Probe"));
    m_targetLabel->setText(tr("Tar&get:"));
    m_target->lineEdit()->setPlaceholderText(tr("sip:pbx.example.com, 192.0.2.10:5060, [2001:db8::1]"));
    m_target->setAccessibleName(tr("Target"));
    m_target->setToolTip(tr("A host, host:port or SIP URI; earlier targets are in the drop-down"));
    m_transportLabel->setText(tr("T&ransport:"));
    m_transport->setItemText(0, tr("Auto"));
    m_transport->setAccessibleName(tr("Transport"));
    m_transport->setToolTip(tr("Auto follows the URI: ;transport=, sips: means TLS, otherwise UDP"));
    m_timeoutLabel->setText(tr("T&imeout:"));
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setAccessibleName(tr("Timeout in seconds"));
    m_timeout->setToolTip(tr("How long to wait for a final response (Timer F)"));
    m_send->setText(tr("&Send"));
    m_send->setAccessibleName(tr("Send"));
    m_stop->setText(tr("Sto&p"));
    m_stop->setAccessibleName(tr("Stop"));
    m_busy->setAccessibleName(tr("Probe running"));
    m_repeat->setText(tr("Repe&at"));
    m_repeat->setAccessibleName(tr("Repeat mode"));
    m_repeat->setToolTip(tr("Send several probes one after the other and collect statistics"));
    m_countLabel->setText(tr("Co&unt:"));
    m_repeatCount->setAccessibleName(tr("Number of probes"));
    m_intervalLabel->setText(tr("Ever&y:"));
    m_repeatInterval->setSuffix(tr(" s"));
    m_repeatInterval->setAccessibleName(tr("Interval between probes in seconds"));
    m_moreButton->setText(tr("Authentication and TLS"));
    m_moreButton->setAccessibleName(tr("Show authentication and TLS options"));

    m_advanced->setTitle(tr("Authentication and TLS"));
    m_userLabel->setText(tr("User:"));
    m_user->setAccessibleName(tr("User name"));
    m_user->setToolTip(tr("Answer a 401/407 digest challenge as this user (also the From user)"));
    m_passwordLabel->setText(tr("Password:"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setToolTip(tr("Used only to answer the challenge; never shown, logged or saved"));
    m_remember->setText(tr("Remember"));
    m_remember->setAccessibleName(tr("Remember the password"));
    m_remember->setToolTip(tr("Passwords are only ever kept in the system keychain, which this build "
                              "cannot use (no QtKeychain): the password is never saved."));
    m_caLabel->setText(tr("CA file:"));
    m_caFile->setAccessibleName(tr("CA certificate file"));
    m_caFile->setToolTip(tr("TLS: also trust the CA certificates in this PEM file"));
    m_caBrowse->setText(tr("…"));
    m_caBrowse->setAccessibleName(tr("Choose a CA certificate file"));
    m_caBrowse->setToolTip(tr("Choose a CA certificate file"));
    m_insecure->setText(tr("Allow insecure"));
    m_insecure->setAccessibleName(tr("Allow an unverified TLS certificate"));
    m_insecure->setToolTip(tr("TLS: go on when the certificate cannot be verified; the result says so"));
    m_keepAlive->setText(tr("Send 3 keep-alive pings after the answer"));
    m_keepAlive->setAccessibleName(tr("Send keep-alive pings after the answer"));
    m_keepAlive->setToolTip(tr("TCP and TLS: a double CRLF, answered by a CRLF pong (RFC 5626); WebSocket: a Ping frame. "
                               "The result shows each pong's round trip, or that none came."));
    m_dnsServerLabel->setText(tr("DNS server:"));
    m_dnsServer->setAccessibleName(tr("DNS server"));
    m_dnsServer->setPlaceholderText(tr("system"));
    m_dnsServer->setToolTip(tr("Ask this DNS server (NAPTR, SRV, A, AAAA) instead of the system's, "
                               "e.g. 127.0.0.1:5353 or [::1]:53"));
}

bool ProbeForm::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_target || watched == m_target->lineEdit()) && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool popupShown = m_target->completer() && m_target->completer()->popup()->isVisible();
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !popupShown) {
            Q_EMIT sendRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ProbeForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProbeForm::updateRepeatInputs()
{
    const bool on = m_repeat->isChecked();
    m_repeatCount->setEnabled(on);
    m_repeatInterval->setEnabled(on);
}

QString ProbeForm::target() const
{
    return m_target->currentText().trimmed();
}

void ProbeForm::setTarget(const QString &target)
{
    m_target->setEditText(target);
}

std::optional<TransportProtocol> ProbeForm::transport() const
{
    const QVariant data = m_transport->currentData();
    if (!data.isValid())
        return std::nullopt;
    return static_cast<TransportProtocol>(data.toInt());
}

void ProbeForm::setTransport(std::optional<TransportProtocol> transport)
{
    m_transport->setCurrentIndex(transport ? std::max(0, m_transport->findData(int(*transport))) : 0);
}

int ProbeForm::timeoutSeconds() const { return m_timeout->value(); }
void ProbeForm::setTimeoutSeconds(int seconds) { m_timeout->setValue(seconds); }
bool ProbeForm::repeatEnabled() const { return m_repeat->isChecked(); }
void ProbeForm::setRepeatEnabled(bool enabled) { m_repeat->setChecked(enabled); }
int ProbeForm::repeatCount() const { return m_repeatCount->value(); }
void ProbeForm::setRepeatCount(int count) { m_repeatCount->setValue(count); }
int ProbeForm::repeatIntervalMs() const { return int(m_repeatInterval->value() * 1000.0); }
void ProbeForm::setRepeatIntervalMs(int ms) { m_repeatInterval->setValue(double(ms) / 1000.0); }

ProbeOptions ProbeForm::probeOptions() const
{
    ProbeOptions options;
    options.transport = transport();
    options.timers.timerF = std::chrono::seconds(m_timeout->value());
    options.credentials.user = m_user->text().trimmed();
    options.credentials.password = m_password->text();
    if (const QString caFile = m_caFile->text().trimmed(); !caFile.isEmpty())
        options.transportOptions.tls.caFiles = {caFile};
    options.transportOptions.tls.insecure = m_insecure->isChecked();
    if (m_keepAlive->isChecked())
        options.keepAlive.pings = 3;   // one second apart, the CLI's default interval
    // A server that does not parse stays in the options as an invalid address: the
    // probe's DNS step then fails with that reason instead of silently asking the
    // system's resolver.
    if (const QString dns = m_dnsServer->text().trimmed(); !dns.isEmpty())
        options.dnsServer = Dns::NameserverAddress::parse(dns);
    return options;
}

QStringList ProbeForm::targetHistory() const
{
    QStringList history;
    for (int i = 0; i < m_target->count(); ++i)
        history.append(m_target->itemText(i));
    return history;
}

void ProbeForm::addToHistory(const QString &target)
{
    const QString trimmed = target.trimmed();
    if (trimmed.isEmpty())
        return;
    const int existing = m_target->findText(trimmed, Qt::MatchFixedString | Qt::MatchCaseSensitive);
    if (existing == 0)
        return;
    if (existing > 0)
        m_target->removeItem(existing);
    m_target->insertItem(0, trimmed);
    while (m_target->count() > AppSettings::MaxTargetHistory)
        m_target->removeItem(m_target->count() - 1);
    m_target->setCurrentIndex(0);
}

void ProbeForm::clearHistory()
{
    const QString current = m_target->currentText();
    m_target->clear();
    m_target->setEditText(current);
}

void ProbeForm::setRunning(bool running)
{
    m_send->setEnabled(!running);
    m_sendAction->setEnabled(!running);
    m_stop->setEnabled(running);
    m_stopAction->setEnabled(running);
    m_busy->setVisible(running);
}

void ProbeForm::focusTarget()
{
    m_target->setFocus(Qt::ShortcutFocusReason);
    m_target->lineEdit()->selectAll();
}

void ProbeForm::saveSettings(QSettings &settings) const
{
    settings.setValue(QLatin1String(AppSettings::KeyProbeTargets), targetHistory());
    const auto protocol = transport();
    settings.setValue(QLatin1String(AppSettings::KeyProbeTransport),
                      protocol ? transportToken(*protocol) : u"auto"_s);
    settings.setValue(QLatin1String(AppSettings::KeyProbeTimeout), timeoutSeconds());
    settings.setValue(QLatin1String(AppSettings::KeyProbeRepeat), repeatEnabled());
    settings.setValue(QLatin1String(AppSettings::KeyProbeRepeatCount), repeatCount());
    settings.setValue(QLatin1String(AppSettings::KeyProbeRepeatInterval), m_repeatInterval->value());
    // The user name, CA file and insecure flag are saved once the probe uses them;
    // the password never is (see the header).
}

void ProbeForm::restoreSettings(const QSettings &settings)
{
    const QStringList history = settings.value(QLatin1String(AppSettings::KeyProbeTargets)).toStringList();
    m_target->clear();
    for (const QString &entry : history) {
        if (!entry.trimmed().isEmpty() && m_target->count() < AppSettings::MaxTargetHistory)
            m_target->addItem(entry.trimmed());
    }
    m_target->setCurrentIndex(m_target->count() > 0 ? 0 : -1);
    setTransport(transportFromToken(settings.value(QLatin1String(AppSettings::KeyProbeTransport)).toString()));
    setTimeoutSeconds(settings.value(QLatin1String(AppSettings::KeyProbeTimeout), 8).toInt());
    setRepeatEnabled(settings.value(QLatin1String(AppSettings::KeyProbeRepeat), false).toBool());
    setRepeatCount(settings.value(QLatin1String(AppSettings::KeyProbeRepeatCount), 10).toInt());
    m_repeatInterval->setValue(settings.value(QLatin1String(AppSettings::KeyProbeRepeatInterval), 1.0).toDouble());
}

} // namespace SipScope
