// The response codes as a list model: every code, or the ranked results of a search,
// optionally restricted to one class. The GUI's code list and the CLI both read the
// catalog through CodeSearch; this model is the view-facing side of it.
#pragma once

#include "codeentry.h"
#include "codesearch.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QString>

namespace SipScope {

class CodeListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int classFilter READ classFilter WRITE setClassFilter NOTIFY classFilterChanged)
    Q_PROPERTY(bool includeNonStandard READ includeNonStandard WRITE setIncludeNonStandard
                   NOTIFY includeNonStandardChanged)

public:
    enum Role {
        CodeRole = Qt::UserRole + 1, // int, e.g. 486
        ReasonRole,                  // QString, registered phrase (never translated)
        ClassRole,                   // int 1..6 (0 for local codes >= 700); views pick a colour
        ClassLabelRole,              // QString "4xx", empty for codes >= 700
        KindRole,                    // int, a SipScope::CodeKind value
        KindTokenRole,               // QString, codeKindToken(): "registered", ...
        RegisteredRole,              // bool
        SummaryRole,                 // QString, translated one-sentence summary
        ScoreRole,                   // int search score; 0 when no query is set
        MatchedFieldsRole,           // int, SipScope::MatchFields bits; 0 without query
        StrongRole,                  // bool, among the strong matches (always true without query)
        FirstRelatedRole,            // bool, the first row after the strong ones: views divide here
    };
    Q_ENUM(Role)

    explicit CodeListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString query() const { return m_query; }
    int classFilter() const { return m_classFilter; }
    bool includeNonStandard() const { return m_includeNonStandard; }

    int codeAt(int row) const;     // 0 if the row does not exist
    // How many rows are strong matches; the rest (if any) are only related.
    int strongCount() const;
    // What the query named in its own way (a Q.850 cause, a Warning or vendor code),
    // with a translated note each; empty without a query.
    const QList<QueryRecognition> &recognitions() const { return m_recognitions; }
    int rowOfCode(int code) const; // -1 if the code is not listed

public Q_SLOTS:
    // An empty or blank query lists every code in ascending order.
    void setQuery(const QString &query);
    // 0 for every class, 1..6 for one; anything else is treated as 0.
    void setClassFilter(int codeClass);
    void setIncludeNonStandard(bool include);
    // Rebuilds the index and re-runs the query; call it on QEvent::LanguageChange.
    void refresh();

Q_SIGNALS:
    void queryChanged(const QString &query);
    void classFilterChanged(int codeClass);
    void includeNonStandardChanged(bool include);

private:
    struct Row
    {
        int code = 0;
        int score = 0;
        MatchFields matchedFields;
        bool strong = true;
    };
    struct Entry
    {
        QString reason;
        QString summary;
        CodeKind kind = CodeKind::Registered;
    };

    void loadEntries();
    void requery();
    QList<Row> computeRows();
    static int classOf(int code);

    CodeSearch m_search;
    QHash<int, Entry> m_entries; // every catalog code, translated texts
    QList<int> m_allCodes;       // ascending, non-standard included
    QList<Row> m_rows;
    QList<QueryRecognition> m_recognitions;
    QString m_query;
    int m_classFilter = 0;
    bool m_includeNonStandard = false;
};

} // namespace SipScope
