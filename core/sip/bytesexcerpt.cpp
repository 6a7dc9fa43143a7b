#include "bytesexcerpt.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

QString escapedExcerpt(QByteArrayView bytes, qsizetype maxBytes)
{
    const qsizetype shown = std::min(bytes.size(), std::max<qsizetype>(0, maxBytes));
    QString text;
    text.reserve(shown * 2);
    for (qsizetype i = 0; i < shown; ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        switch (c) {
        case '\r': text += u"\\r"_s; break;
        case '\n': text += u"\\n"_s; break;
        case '\t': text += u"\\t"_s; break;
        case '\\': text += u"\\\\"_s; break;
        default:
            if (c >= 0x20 && c < 0x7f)
                text += QChar(char16_t(c));
            else
                text += u"\\x"_s + QString::number(c, 16).rightJustified(2, u'0');
        }
    }
    if (shown < bytes.size()) {
        text += u"…"_s
            + QCoreApplication::translate("BytesExcerpt", " (%n more byte(s))", nullptr, int(bytes.size() - shown));
    }
    return text;
}

} // namespace SipScope
