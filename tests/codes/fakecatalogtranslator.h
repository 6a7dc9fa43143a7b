// A translator that "translates" exactly one catalog text, so tests can switch the
// language without a .qm file and see which texts the search and the model use.
#pragma once

#include <QTranslator>

namespace SipScope::Test {

class FakeCatalogTranslator final : public QTranslator
{
public:
    FakeCatalogTranslator(const QString &source, const QString &translation)
        : m_source(source), m_translation(translation) { }

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (qstrcmp(context, "Catalog") == 0 && QString::fromUtf8(sourceText) == m_source)
            return m_translation;
        return {};
    }
    bool isEmpty() const override { return false; }

private:
    QString m_source;
    QString m_translation;
};

} // namespace SipScope::Test
