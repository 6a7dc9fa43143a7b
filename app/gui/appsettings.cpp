#include "appsettings.h"

namespace SipScope {

AppSettings::AppSettings(const QString &fileName)
    : m_settings(fileName.isEmpty() ? std::make_unique<QSettings>()
                                    : std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{
}

AppSettings::~AppSettings()
{
    m_settings->sync();
}

} // namespace SipScope
