#include "textwriter.h"

#include <QTextStream>

#include <algorithm>

namespace SipScope::Cli {

using namespace Qt::Literals::StringLiterals;

TextWriter::TextWriter(QTextStream &out) : m_out(out)
{
    bool ok = false;
    const int columns = qEnvironmentVariableIntValue("COLUMNS", &ok);
    if (ok && columns >= 40)
        m_width = std::min(columns, 120); // long lines are hard to read even when they fit
}

void TextWriter::line(const QString &text)
{
    m_out << text << u'\n';
}

void TextWriter::heading(const QString &title)
{
    if (m_startedSection)
        m_out << u'\n';
    m_startedSection = true;
    m_out << title << u'\n';
}

void TextWriter::paragraph(const QString &text, int indent)
{
    for (const QString &wrapped : wrap(text, m_width, indent))
        m_out << wrapped << u'\n';
}

void TextWriter::bullets(const QStringList &items, int indent)
{
    const QString bullet = QString(indent, u' ') + u"- "_s;
    for (const QString &item : items) {
        const QStringList lines = wrap(item, m_width, indent + 2, false);
        for (qsizetype i = 0; i < lines.size(); ++i)
            m_out << (i == 0 ? bullet : QString()) << lines.at(i) << u'\n';
    }
}

QStringList TextWriter::wrap(const QString &text, int width, int indent, bool indentFirst)
{
    QStringList out;
    const QString padding(indent, u' ');
    // Explicit line breaks in a text are kept; each line is wrapped on its own.
    const QStringList paragraphs = text.split(u'\n');
    for (const QString &paragraph : paragraphs) {
        const QStringList words = paragraph.split(u' ', Qt::SkipEmptyParts);
        QString current;
        auto flush = [&] {
            const bool first = out.isEmpty();
            out.append((first && !indentFirst ? QString() : padding) + current);
            current.clear();
        };
        for (const QString &word : words) {
            const int used = int(indent + current.size());
            if (!current.isEmpty() && used + 1 + word.size() > width)
                flush();
            if (!current.isEmpty())
                current += u' ';
            current += word;
        }
        if (!current.isEmpty() || words.isEmpty())
            flush();
    }
    return out;
}

} // namespace SipScope::Cli
