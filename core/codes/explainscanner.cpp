#include "explainscanner.h"

#include "codephrases.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {

// Symbolic Q.850 cause names as FreeSWITCH (switch_call_cause_t, also with its
// SWITCH_CAUSE_ prefix) and Asterisk (AST_CAUSE_*) write them in logs and CDRs. Only the
// real Q.850 values (1..127): FreeSWITCH's own causes such as ORIGINATOR_CANCEL are not
// Q.850 and are left out. Names without an underscore are Asterisk aliases and are only
// recognised with their AST_CAUSE_ prefix (a bare "BUSY" is too common a word).
struct CauseToken
{
    const char *name;
    int cause;
};

constexpr CauseToken causeTokens[] = {
    {"UNALLOCATED_NUMBER", 1}, {"UNALLOCATED", 1}, {"NO_ROUTE_TRANSIT_NET", 2},
    {"NO_ROUTE_DESTINATION", 3}, {"UNREGISTERED", 3}, {"CHANNEL_UNACCEPTABLE", 6},
    {"CALL_AWARDED_DELIVERED", 7}, {"NORMAL_CLEARING", 16}, {"NORMAL", 16},
    {"USER_BUSY", 17}, {"BUSY", 17}, {"NO_USER_RESPONSE", 18}, {"NO_ANSWER", 19},
    {"NOANSWER", 19}, {"SUBSCRIBER_ABSENT", 20}, {"CALL_REJECTED", 21},
    {"NUMBER_CHANGED", 22}, {"REDIRECTION_TO_NEW_DESTINATION", 23},
    {"EXCHANGE_ROUTING_ERROR", 25}, {"NONSELECTED_USER_CLEARING", 26},
    {"DESTINATION_OUT_OF_ORDER", 27}, {"INVALID_NUMBER_FORMAT", 28},
    {"FACILITY_REJECTED", 29}, {"RESPONSE_TO_STATUS_ENQUIRY", 30},
    {"NORMAL_UNSPECIFIED", 31}, {"NORMAL_CIRCUIT_CONGESTION", 34}, {"CONGESTION", 34},
    {"NETWORK_OUT_OF_ORDER", 38}, {"FAILURE", 38}, {"NORMAL_TEMPORARY_FAILURE", 41},
    {"SWITCH_CONGESTION", 42}, {"ACCESS_INFO_DISCARDED", 43},
    {"REQUESTED_CHAN_UNAVAIL", 44}, {"PRE_EMPTED", 45}, {"FACILITY_NOT_SUBSCRIBED", 50},
    {"OUTGOING_CALL_BARRED", 52}, {"INCOMING_CALL_BARRED", 54},
    {"BEARERCAPABILITY_NOTAUTH", 57}, {"BEARERCAPABILITY_NOTAVAIL", 58},
    {"SERVICE_UNAVAILABLE", 63}, {"BEARERCAPABILITY_NOTIMPL", 65},
    {"CHAN_NOT_IMPLEMENTED", 66}, {"FACILITY_NOT_IMPLEMENTED", 69},
    {"SERVICE_NOT_IMPLEMENTED", 79}, {"INVALID_CALL_REFERENCE", 81},
    {"INCOMPATIBLE_DESTINATION", 88}, {"INVALID_MSG_UNSPECIFIED", 95},
    {"MANDATORY_IE_MISSING", 96}, {"MESSAGE_TYPE_NONEXIST", 97}, {"WRONG_MESSAGE", 98},
    {"IE_NONEXIST", 99}, {"INVALID_IE_CONTENTS", 100}, {"WRONG_CALL_STATE", 101},
    {"RECOVERY_ON_TIMER_EXPIRE", 102}, {"MANDATORY_IE_LENGTH_ERROR", 103},
    {"PROTOCOL_ERROR", 111}, {"INTERWORKING", 127},
};

int causeForToken(const QString &name)
{
    static const QHash<QString, int> table = [] {
        QHash<QString, int> out;
        for (const CauseToken &token : causeTokens)
            out.insert(QString::fromLatin1(token.name), token.cause);
        return out;
    }();
    return table.value(name, 0);
}

qsizetype skipSpaces(const QString &text, qsizetype pos)
{
    while (pos < text.size() && (text.at(pos) == u' ' || text.at(pos) == u'\t'))
        ++pos;
    return pos;
}

bool isTokenChar(QChar c)
{
    // RFC 3261 §25.1 token characters.
    return (c.unicode() < 128 && c.isLetterOrNumber()) || u"-.!%*_+`'~"_s.contains(c);
}

struct Param
{
    QString name;
    QString value;
};

// Parses header parameters "name[=value]" separated by ';' starting at `pos`, just
// after a ';'. Returns the end of the last complete parameter.
qsizetype parseParams(const QString &text, qsizetype pos, QList<Param> &params)
{
    qsizetype lastEnd = pos - 1; // the ';' itself is not kept when nothing follows
    for (int count = 0; count < 32; ++count) {
        qsizetype p = skipSpaces(text, pos);
        const qsizetype nameStart = p;
        while (p < text.size() && isTokenChar(text.at(p)))
            ++p;
        if (p == nameStart)
            break;
        Param param{text.mid(nameStart, p - nameStart).toLower(), {}};
        qsizetype q = skipSpaces(text, p);
        if (q < text.size() && text.at(q) == u'=') {
            q = skipSpaces(text, q + 1);
            if (q < text.size() && text.at(q) == u'"') {
                qsizetype r = q + 1;
                QString value;
                while (r < text.size() && text.at(r) != u'"' && text.at(r) != u'\n' && text.at(r) != u'\r') {
                    if (text.at(r) == u'\\' && r + 1 < text.size() && text.at(r + 1) != u'\n')
                        ++r;
                    value.append(text.at(r));
                    ++r;
                }
                if (r >= text.size() || text.at(r) != u'"')
                    break; // unterminated quoted-string: stop at the last good parameter
                param.value = value;
                p = r + 1;
            } else {
                qsizetype r = q;
                while (r < text.size() && isTokenChar(text.at(r)))
                    ++r;
                if (r == q)
                    break;
                param.value = text.mid(q, r - q);
                p = r;
            }
        }
        params.append(param);
        lastEnd = p;
        p = skipSpaces(text, p);
        if (p >= text.size() || text.at(p) != u';')
            break;
        pos = p + 1;
    }
    return lastEnd;
}

constexpr auto CI = QRegularExpression::CaseInsensitiveOption;

bool isHttpStatus(const QString &text, qsizetype numStart)
{
    // "HTTP/1.1 404 Not Found" shares phrases with SIP; it is not a SIP code.
    static const QRegularExpression re(u"HTTP/\\d(?:\\.\\d)?\\h+$"_s, CI);
    const qsizetype from = std::max<qsizetype>(0, numStart - 12);
    return re.match(text.mid(from, numStart - from)).hasMatch();
}

} // namespace

ExplainScanner::ExplainScanner(const QString &text)
    : m_text(text)
{
}

QList<ExplainFinding> ExplainScanner::scan()
{
    // Strongest rules first: a later rule never reports text an earlier one explained
    // (the "cause=17" inside a Reason header, the digits of a status line).
    scanStatusLines();
    scanReasons();
    scanWarnings();
    scanRetryAfter();
    scanCauseTokens();
    scanCauseContexts();
    scanCodeContexts();
    scanPhrasedCodes();
    scanStateCodes();
    scanVendorCodes();
    std::sort(m_findings.begin(), m_findings.end(),
              [](const ExplainFinding &a, const ExplainFinding &b) { return a.offset < b.offset; });
    mergeSameLine();
    return m_findings;
}

bool ExplainScanner::overlaps(qsizetype start, qsizetype end) const
{
    auto it = m_covered.upper_bound(start);
    if (it != m_covered.begin() && std::prev(it)->second > start)
        return true;
    return it != m_covered.end() && it->first < end;
}

ExplainFinding *ExplainScanner::add(ExplainKind kind, qsizetype start, qsizetype end)
{
    if (end <= start || overlaps(start, end))
        return nullptr;
    m_covered.emplace(start, end);
    ExplainFinding finding;
    finding.kind = kind;
    finding.offset = start;
    finding.length = end - start;
    finding.text = m_text.mid(start, end - start);
    m_findings.append(finding);
    return &m_findings.last();
}

// RFC 3261 §7.2: Status-Line = SIP-Version SP Status-Code SP Reason-Phrase CRLF. In
// logs the line is often embedded in other text, so the phrase is the catalog's phrase
// when it is there, else the text up to a quote, a separator or the end of the line.
void ExplainScanner::scanStatusLines()
{
    static const QRegularExpression re(u"(?<![\\w/.])SIP/2\\.0\\h+(\\d{3})(?![\\w.])"_s, CI);
    for (auto it = re.globalMatch(m_text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int code = m.captured(1).toInt();
        const qsizetype p = skipSpaces(m_text, m.capturedEnd());
        qsizetype end = m.capturedEnd();
        QString phrase;
        PhraseMatch match = PhraseMatch::None;
        if (const CodePhrases::Hit hit = CodePhrases::at(m_text, p, code); hit.found() && p > end) {
            phrase = m_text.mid(hit.start, hit.phraseEnd - hit.start);
            match = hit.match;
            end = hit.end;
        } else if (p > end) {
            qsizetype q = p;
            while (q < m_text.size() && q - p < 64 && m_text.at(q).isPrint()
                   && !u"\"'\\|;<>[]{}"_s.contains(m_text.at(q))
                   && !(m_text.at(q) == u' ' && q + 1 < m_text.size() && m_text.at(q + 1) == u' '))
                ++q;
            phrase = m_text.mid(p, q - p).trimmed();
            if (!phrase.isEmpty()) {
                match = PhraseMatch::Different;
                end = p + phrase.size();
            }
        }
        if (ExplainFinding *f = add(ExplainKind::StatusLine, m.capturedStart(), end)) {
            f->code = code;
            f->phrase = phrase;
            f->phraseMatch = match;
        }
    }
}

// RFC 3326 §2: reason-value = protocol *(SEMI reason-params), with "cause" and "text";
// one Reason header may carry several values separated by commas (RFC 6432 adds one
// per protocol in responses). The header name is optional: logs often print the value.
void ExplainScanner::scanReasons()
{
    // Reasons of other protocols ("Reason: preemption;cause=1", RFC 4411) are claimed
    // without a finding, so that their cause is not read as a Q.850 cause later.
    static const QRegularExpression other(
        u"(?<![\\w-])Reason\\h*:\\h*(?!(?:SIP|Q\\.850)\\h*;)[A-Za-z0-9.!%*_+`'~-]+\\h*;"_s, CI);
    for (auto it = other.globalMatch(m_text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QList<Param> params;
        m_covered.emplace(m.capturedStart(), parseParams(m_text, m.capturedEnd(), params));
    }

    static const QRegularExpression re(
        u"(?:(?<![\\w-])Reason\\h*:\\h*)?(?<![\\w.\\-/])(SIP|Q\\.850)\\h*;"_s, CI);
    for (auto it = re.globalMatch(m_text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QList<Param> params;
        const qsizetype end = parseParams(m_text, m.capturedEnd(), params);
        const auto cause = std::find_if(params.cbegin(), params.cend(),
                                        [](const Param &p) { return p.name == u"cause"_s; });
        bool ok = false;
        const int value = cause == params.cend() ? 0 : cause->value.toInt(&ok);
        if (!ok || cause->value.size() > 4)
            continue;
        const bool q850 = m.captured(1).compare(u"Q.850"_s, Qt::CaseInsensitive) == 0;
        ExplainFinding *f = add(q850 ? ExplainKind::Q850Reason : ExplainKind::SipReason,
                                m.capturedStart(), end);
        if (!f)
            continue;
        (q850 ? f->cause : f->code) = value;
        for (const Param &param : params) {
            if (param.name == u"text"_s)
                f->phrase = param.value;
        }
    }
}

// RFC 3261 §20.43: warning-value = warn-code SP warn-agent SP warn-text, several
// separated by commas. The full shape is required, so a log level "WARNING:" followed
// by a number is not taken for a header.
void ExplainScanner::scanWarnings()
{
    static const QRegularExpression header(u"(?<![\\w-])Warning\\h*:\\h*"_s, CI);
    static const QRegularExpression value(
        u"(\\d{3})\\h+([^\\s\",]+)\\h+\"((?:[^\"\\\\\\r\\n]|\\\\[^\\r\\n])*)\""_s);
    static const QRegularExpression comma(u"\\h*,\\h*"_s);
    static const QRegularExpression escape(u"\\\\(.)"_s);
    for (auto it = header.globalMatch(m_text); it.hasNext();) {
        const QRegularExpressionMatch h = it.next();
        qsizetype start = h.capturedStart();
        qsizetype pos = h.capturedEnd();
        for (int count = 0; count < 32; ++count) {
            const QRegularExpressionMatch v = value.match(m_text, pos, QRegularExpression::NormalMatch,
                                                          QRegularExpression::AnchorAtOffsetMatchOption);
            if (!v.hasMatch())
                break;
            if (ExplainFinding *f = add(ExplainKind::Warning, start, v.capturedEnd())) {
                f->code = v.captured(1).toInt();
                f->warnAgent = v.captured(2);
                f->phrase = v.captured(3).replace(escape, u"\\1"_s);
            }
            const QRegularExpressionMatch c = comma.match(m_text, v.capturedEnd(), QRegularExpression::NormalMatch,
                                                          QRegularExpression::AnchorAtOffsetMatchOption);
            if (!c.hasMatch())
                break;
            start = pos = c.capturedEnd();
        }
    }
}

// RFC 3261 §20.33: Retry-After = delta-seconds [ comment ] *( SEMI retry-param ).
void ExplainScanner::scanRetryAfter()
{
    static const QRegularExpression re(
        u"(?<![\\w-])Retry-After\\h*:\\h*(\\d{1,12})(?!\\d)(?:\\h*\\(([^()\\r\\n]*)\\))?"_s, CI);
    for (auto it = re.globalMatch(m_text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        qsizetype end = m.capturedEnd();
        QList<Param> params;
        if (const qsizetype p = skipSpaces(m_text, end); p < m_text.size() && m_text.at(p) == u';')
            end = std::max(end, parseParams(m_text, p + 1, params));
        if (ExplainFinding *f = add(ExplainKind::RetryAfter, m.capturedStart(), end)) {
            f->retryAfterSeconds = m.captured(1).toLongLong();
            f->retryComment = m.captured(2).trimmed();
            for (const Param &param : params) {
                bool ok = false;
                const qint64 duration = param.value.toLongLong(&ok);
                if (param.name == u"duration"_s && ok && duration >= 0)
                    f->retryDuration = duration;
            }
        }
    }
}

// "USER_BUSY", "hangup_cause=NORMAL_CLEARING", "AST_CAUSE_BUSY", "USER_BUSY (17)".
void ExplainScanner::scanCauseTokens()
{
    static const QRegularExpression re(
        u"(?<![A-Za-z0-9_])(?:(?:AST_CAUSE_|SWITCH_CAUSE_)([A-Z][A-Z0-9_]*[A-Z0-9])"
        "|([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+))(?![A-Za-z0-9_])"_s);
    static const QRegularExpression number(u"\\h*[(\\[]\\h*(\\d{1,3})\\h*[)\\]]"_s);
    for (auto it = re.globalMatch(m_text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.hasCaptured(1) ? m.captured(1) : m.captured(2);
        const int cause = causeForToken(name);
        if (cause == 0)
            continue;
        qsizetype end = m.capturedEnd();
        const QRegularExpressionMatch n = number.match(m_text, end, QRegularExpression::NormalMatch,
                                                       QRegularExpression::AnchorAtOffsetMatchOption);
        if (n.hasMatch() && n.captured(1).toInt() == cause)
            end = n.capturedEnd();
        if (ExplainFinding *f = add(ExplainKind::Q850Cause, m.capturedStart(), end)) {
            f->cause = cause;
            f->causeToken = name;
        }
    }
}

// The keyword of a value may be quoted (JSON: "status":486, CSV: ""hangupcause"":17) and
// the value may be quoted or bracketed ('403', [486]); the closer is part of the finding.
qsizetype ExplainScanner::closeValue(qsizetype end, const QString &opener) const
{
    if (opener.isEmpty() || end >= m_text.size())
        return end;
    const QChar closer = opener.at(0) == u'[' ? u']' : opener.at(0);
    return m_text.at(end) == closer ? end + 1 : end;
}

// "hangup cause 17", "disconnect cause: 34", "cause=41", "hangup_cause_q850=17",
// "Q.850 cause 16", "HANGUPCAUSE=34". Q.850 causes are 7-bit values, 1..127; a larger
// number after "cause" is left to the code rules ("Cause: 503 Service Unavailable").
void ExplainScanner::scanCauseContexts()
{
    // Cisco IOS writes the cause octet in hex: "Cause i = 0x8291" (debug isdn q931, the
    // low 7 bits of the second byte) and "DisconnectCause=11" (show call history).
    static const QRegularExpression cisco(
        u"(?<![A-Za-z0-9.])(?:Cause i = 0x[0-9A-Fa-f]{2}([0-9A-Fa-f]{2})|DisconnectCause=([0-9A-Fa-f]{1,2}))"
        "(?![0-9A-Za-z])"_s);
    for (auto it = cisco.globalMatch(m_text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int cause = m.captured(m.hasCaptured(1) ? 1 : 2).toInt(nullptr, 16) & 0x7f;
        if (cause == 0)
            continue;
        if (ExplainFinding *f = add(ExplainKind::Q850Cause, m.capturedStart(), m.capturedEnd()))
            f->cause = cause;
    }
    static const QRegularExpression re(
        u"(?<![A-Za-z0-9.])(?:(?:hangup|disconnect|release|clearing|isdn|q\\.?850)[ _-]?cause"
        "(?:[ _-]?(?:code|value|q\\.?850))?|cause[ _-]?(?:code|value)|cause|q\\.?850)"
        "[\"']{0,2}\\h*(?:[:=#]\\h*|\\h+)(?:(?:is|was)\\h+)?([\"'\\[]?)(\\d{1,3})(?!\\w|[.:]\\d)"_s, CI);
    for (auto it = re.globalMatch(m_text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int cause = m.captured(2).toInt();
        if (cause < 1 || cause > 127)
            continue;
        const qsizetype end = closeValue(m.capturedEnd(2), m.captured(1));
        if (ExplainFinding *f = add(ExplainKind::Q850Cause, m.capturedStart(), end))
            f->cause = cause;
    }
}

// "code 486", "status=486", "SIP response 486", "sip_term_status: [486]", "response '403'",
// "sip_hangup_cause":"486", "sip:486" (FreeSWITCH's proto_specific_hangup_cause), each
// with the phrase when one follows. Not "sip:486@host": a URI whose user is three digits.
void ExplainScanner::scanCodeContexts()
{
    static const QRegularExpression re(
        u"(?<![A-Za-z0-9.])(?:sip[ _-]?term[ _-]?status|sip[ _-]?hangup[ _-]?cause"
        "|sip[ _-]?(?:status|code|response|reply)(?:[ _-]?code)?"
        "|(?:status|response|reply|error|result|final[ _-]?response)[ _-]?code|final[ _-]?response"
        "|response|reply|status|code|sip)[\"']{0,2}\\h*(?:[:=#]\\h*|\\h+)(?:(?:is|was|with|of)\\h+)?"
        "([\"'\\[]?)(\\d{3})(?![\\w@]|[.:]\\d)"_s, CI);
    for (auto it = re.globalMatch(m_text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int code = m.captured(2).toInt();
        if (code < 100 || code > 699 || isHttpStatus(m_text, m.capturedStart()))
            continue;
        qsizetype end = closeValue(m.capturedEnd(2), m.captured(1));
        const CodePhrases::Hit hit = CodePhrases::after(m_text, end, code);
        if (hit.found())
            end = hit.end;
        if (ExplainFinding *f = add(ExplainKind::BareCode, m.capturedStart(), end)) {
            f->code = code;
            if (hit.found()) {
                f->phrase = m_text.mid(hit.start, hit.phraseEnd - hit.start);
                f->phraseMatch = hit.match;
            }
        }
    }
}

// A number followed by its own phrase ("486 Busy Here") or a phrase followed by its
// number in brackets ("Busy Here (486)"). Requiring the phrase is what keeps years,
// ports, timestamps and the last byte of an IP address out.
void ExplainScanner::scanPhrasedCodes()
{
    static const QRegularExpression re(u"(?<![\\w.:/\\-])(\\d{3})(?!\\d)"_s);
    for (auto it = re.globalMatch(m_text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int code = m.captured(1).toInt();
        if (!CodePhrases::has(code) || isHttpStatus(m_text, m.capturedStart()))
            continue;
        CodePhrases::Hit hit = CodePhrases::after(m_text, m.capturedEnd(), code);
        qsizetype start = m.capturedStart();
        qsizetype end = hit.end;
        if (!hit.found()) {
            hit = CodePhrases::before(m_text, m.capturedStart(), m.capturedEnd(), code);
            if (!hit.found())
                continue;
            start = hit.start;
            end = hit.end;
        }
        if (ExplainFinding *f = add(ExplainKind::BareCode, start, end)) {
            f->code = code;
            f->phraseMatch = hit.match;
            f->phrase = m_text.mid(hit.start, hit.phraseEnd - hit.start);
        }
    }
}

// FreeSWITCH's channel state changes: "entering state [completed][480]", the state
// and the SIP status it ended with in brackets (0 while nothing came back).
void ExplainScanner::scanStateCodes()
{
    static const QRegularExpression re(u"(?<![\\w-])entering state \\[[a-z_]+\\]\\[(\\d{3})\\]"_s, CI);
    for (auto it = re.globalMatch(m_text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int code = m.captured(1).toInt();
        if (code < 100 || code > 699)
            continue;
        if (ExplainFinding *f = add(ExplainKind::BareCode, m.capturedStart(), m.capturedEnd()))
            f->code = code;
    }
}

// Teams Direct Routing sub-codes (560486) anywhere as a number of their own; Zoom's
// error numbers only on a line that names Zoom (a bare 4-6 digit number is too common).
void ExplainScanner::scanVendorCodes()
{
    static const QRegularExpression re(u"(?<![\\w.:/\\-])(\\d{4,6})(?![\\w.:/\\-]|,\\d)"_s);
    static const QRegularExpression zoom(u"\\bzoom\\b"_s, CI);
    for (auto it = re.globalMatch(m_text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        std::optional<VendorCode> vendor = VendorCodes::teamsSubCode(m.capturedView(1));
        if (!vendor) {
            const qsizetype lineStart = m_text.lastIndexOf(u'\n', m.capturedStart()) + 1;
            qsizetype lineEnd = m_text.indexOf(u'\n', m.capturedEnd());
            if (lineEnd < 0)
                lineEnd = m_text.size();
            if (zoom.match(QStringView(m_text).mid(lineStart, lineEnd - lineStart)).hasMatch())
                vendor = VendorCodes::zoomCode(m.capturedView(1));
        }
        if (!vendor)
            continue;
        if (ExplainFinding *f = add(ExplainKind::BareCode, m.capturedStart(), m.capturedEnd())) {
            f->code = vendor->code;
            f->vendorCode = vendor;
        }
    }
}

// One fact once a line: a Q.850 cause written twice on one line ("USER_BUSY ...
// hangup_cause_q850=17") is one finding, and a vendor number whose code the line already
// states ("Final SIP code: 480; Final Microsoft subcode: 560480") adds its note to it.
void ExplainScanner::mergeSameLine()
{
    QList<qsizetype> breaks;
    for (qsizetype i = m_text.indexOf(u'\n'); i >= 0; i = m_text.indexOf(u'\n', i + 1))
        breaks.append(i);
    auto lineOf = [&breaks](qsizetype offset) {
        return qsizetype(std::lower_bound(breaks.cbegin(), breaks.cend(), offset) - breaks.cbegin());
    };
    auto isCause = [](const ExplainFinding &f) {
        return f.kind == ExplainKind::Q850Cause || f.kind == ExplainKind::Q850Reason;
    };
    auto isCode = [](const ExplainFinding &f) {
        return f.kind == ExplainKind::StatusLine || f.kind == ExplainKind::BareCode
            || f.kind == ExplainKind::SipReason;
    };
    QList<ExplainFinding> kept;
    QList<qsizetype> lines;
    for (const ExplainFinding &f : std::as_const(m_findings)) {
        const qsizetype line = lineOf(f.offset);
        bool merged = false;
        // Only the findings of the same line, which are the last ones kept.
        for (qsizetype i = kept.size() - 1; i >= 0 && lines.at(i) == line && !merged; --i) {
            ExplainFinding &k = kept[i];
            if (isCause(f) && isCause(k) && f.cause == k.cause) {
                merged = true;
            } else if (isCode(f) && isCode(k) && f.code == k.code && (f.vendorCode || k.vendorCode)) {
                if (!k.vendorCode)
                    k.vendorCode = f.vendorCode;
                merged = true;
            }
        }
        if (!merged) {
            kept.append(f);
            lines.append(line);
        }
    }
    m_findings = kept;
}

} // namespace SipScope
