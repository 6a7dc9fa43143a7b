// Reads the reference tables in tests/data (RFC 4180 CSV: a header row, quoted fields
// may hold commas and doubled quotes). Header-only: the catalog tests share it.
#pragma once

#include <QFile>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace SipScope::Test {

class CsvTable final
{
public:
    // Loads SIPSCOPE_TEST_DATA_DIR/<name>; isEmpty() if it could not be read.
    explicit CsvTable(const QString &name)
    {
        QFile file(QStringLiteral(SIPSCOPE_TEST_DATA_DIR "/") + name);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            const QStringList fields = parseLine(line);
            if (m_header.isEmpty())
                m_header = fields;
            else
                m_rows.append(fields);
        }
    }

    bool isEmpty() const { return m_rows.isEmpty(); }
    qsizetype size() const { return m_rows.size(); }
    const QList<QStringList> &rows() const { return m_rows; }
    // The value of column `column` in row `row`, empty if either is missing.
    QString value(qsizetype row, const QString &column) const
    {
        const qsizetype index = m_header.indexOf(column);
        if (index < 0 || row < 0 || row >= m_rows.size() || index >= m_rows.at(row).size())
            return {};
        return m_rows.at(row).at(index);
    }

    static QStringList parseLine(const QString &line)
    {
        QStringList fields;
        QString current;
        bool quoted = false;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (quoted) {
                if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                    current += u'"';
                    ++i;
                } else if (c == u'"') {
                    quoted = false;
                } else {
                    current += c;
                }
            } else if (c == u'"') {
                quoted = true;
            } else if (c == u',') {
                fields.append(current);
                current.clear();
            } else if (c != u'\r') {
                current += c;
            }
        }
        fields.append(current);
        return fields;
    }

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace SipScope::Test
