// The status codes that count as success — `--expect 200,404`, `2xx`, the monitoring-plugin
// verdict's OK, the monitor's "up" — as one value type with one syntax, so that the probe's
// exit code, the Nagios line and the monitor cannot disagree about what "200,2xx" means.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace SipScope {

class ExpectedCodes final
{
    Q_DECLARE_TR_FUNCTIONS(ExpectedCodes)
public:
    ExpectedCodes() = default;
    ExpectedCodes(const QList<int> &codes, const QList<int> &classes) : m_codes(codes), m_classes(classes) {}

    // "200,404", "2xx,404", " 2XX , 486 ": codes of exactly three digits from 100 to 699
    // and classes 1xx to 6xx, duplicates dropped, in the order typed. nullopt with a
    // translated *error for anything else ("0200", "+200", "20", "7xx") or for no code.
    static std::optional<ExpectedCodes> parse(const QString &text, QString *error);

    // No code and no class: the default, any 2xx.
    bool isDefault() const { return m_codes.isEmpty() && m_classes.isEmpty(); }
    bool accepts(int statusCode) const;
    // "2xx", "200, 404", "2xx, 404" (classes first); "2xx" by default.
    QString text() const;

    const QList<int> &codes() const { return m_codes; }
    const QList<int> &classes() const { return m_classes; }

    friend bool operator==(const ExpectedCodes &a, const ExpectedCodes &b)
    {
        return a.m_codes == b.m_codes && a.m_classes == b.m_classes;
    }

private:
    QList<int> m_codes;
    QList<int> m_classes; // 2 for "2xx"
};

} // namespace SipScope
