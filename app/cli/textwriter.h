// Human-readable terminal output: headings, wrapped paragraphs and bullet lists at
// the terminal width (COLUMNS, else 80 columns).
#pragma once

#include <QString>
#include <QStringList>

class QTextStream;

namespace SipScope::Cli {

class TextWriter final
{
public:
    explicit TextWriter(QTextStream &out);

    int width() const { return m_width; }

    void line(const QString &text = {});
    // A section: its title on a line of its own, the body indented below it.
    void heading(const QString &title);
    void paragraph(const QString &text, int indent = 2);
    void bullets(const QStringList &items, int indent = 2);

    // Greedy word wrap to `width` columns, every line indented by `indent`; with
    // `indentFirst` false the first line's indent is left for the caller to fill
    // (with a bullet, say).
    static QStringList wrap(const QString &text, int width, int indent, bool indentFirst = true);

private:
    QTextStream &m_out;
    int m_width = 80;
    bool m_startedSection = false;
};

} // namespace SipScope::Cli
