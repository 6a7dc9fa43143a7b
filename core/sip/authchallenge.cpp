#include "authchallenge.h"

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {

// tchar (RFC 7230 §3.2.6); RFC 3261's token adds nothing beyond it that servers use.
bool isTokenChar(QChar c)
{
    if (c.unicode() > 0x7e)
        return false;
    if (c.isLetterOrNumber())
        return true;
    return QStringView(u"!#$%&'*+-.^_`|~").contains(c);
}

bool isToken68Char(QChar c)
{
    if (c.unicode() > 0x7e)
        return false;
    return c.isLetterOrNumber() || QStringView(u"-._~+/").contains(c);
}

// CR and LF count as whitespace so that a value whose folding was not undone still parses.
bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n';
}

class Parser
{
public:
    explicit Parser(QStringView text) : m_text(text) {}

    AuthChallengeList run()
    {
        AuthChallengeList out;
        std::optional<AuthChallenge> current;
        const auto flush = [&] {
            if (current)
                out.challenges.append(*current);
            current.reset();
        };
        while (true) {
            skipSpaceAndCommas();
            if (atEnd())
                break;
            const qsizetype start = m_pos;
            const QString name = readToken();
            if (name.isEmpty()) {
                out.error = u"unexpected character '%1' at offset %2"_s
                                .arg(m_text.at(m_pos)).arg(m_pos);
                break;
            }
            if (current && current->token68.isEmpty() && nextNonSpaceIs(u'=')) {
                skipSpace();
                ++m_pos; // '='
                AuthParam param;
                param.name = name.toLower();
                if (!readValue(param, out.error)) {
                    current.reset(); // incomplete: never half-use a challenge
                    break;
                }
                current->params.append(param);
                continue;
            }
            if (!current && nextNonSpaceIs(u'=')) {
                out.error = u"parameter '%1' before any scheme at offset %2"_s.arg(name).arg(start);
                break;
            }
            flush();
            current = AuthChallenge{};
            current->scheme = name;
            tryToken68(*current);
        }
        if (out.error.isEmpty())
            flush();
        return out;
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }

    void skipSpace()
    {
        while (!atEnd() && isSpace(m_text.at(m_pos)))
            ++m_pos;
    }

    void skipSpaceAndCommas()
    {
        while (!atEnd() && (isSpace(m_text.at(m_pos)) || m_text.at(m_pos) == u','))
            ++m_pos;
    }

    bool nextNonSpaceIs(QChar c) const
    {
        qsizetype i = m_pos;
        while (i < m_text.size() && isSpace(m_text.at(i)))
            ++i;
        return i < m_text.size() && m_text.at(i) == c;
    }

    QString readToken()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isTokenChar(m_text.at(m_pos)))
            ++m_pos;
        return m_text.sliced(start, m_pos - start).toString();
    }

    // token68 (RFC 7235 §2.1) directly after the scheme, e.g. "Basic QWxhZGRpbg==".
    // It is only taken when it runs to a comma or the end, so that "realm=x" stays a
    // parameter.
    void tryToken68(AuthChallenge &challenge)
    {
        qsizetype i = m_pos;
        while (i < m_text.size() && isSpace(m_text.at(i)))
            ++i;
        const qsizetype start = i;
        while (i < m_text.size() && isToken68Char(m_text.at(i)))
            ++i;
        if (i == start)
            return;
        while (i < m_text.size() && m_text.at(i) == u'=')
            ++i;
        const qsizetype end = i;
        while (i < m_text.size() && isSpace(m_text.at(i)))
            ++i;
        if (i < m_text.size() && m_text.at(i) != u',')
            return;
        challenge.token68 = m_text.sliced(start, end - start).toString();
        m_pos = i;
    }

    bool readValue(AuthParam &param, QString &error)
    {
        skipSpace();
        if (!atEnd() && m_text.at(m_pos) == u'"') {
            const qsizetype open = m_pos++;
            QString value;
            while (!atEnd()) {
                const QChar c = m_text.at(m_pos++);
                if (c == u'"') {
                    param.value = value;
                    param.quoted = true;
                    return true;
                }
                // quoted-pair (RFC 7230 §3.2.6): the backslash escapes any one character.
                if (c == u'\\') {
                    if (atEnd())
                        break;
                    value += m_text.at(m_pos++);
                    continue;
                }
                value += c;
            }
            error = u"unterminated quoted string at offset %1"_s.arg(open);
            return false;
        }
        // Unquoted: a token per the grammar, but servers put nonces with '/', '=' or
        // '@' here unquoted, so anything up to a comma or whitespace is accepted.
        const qsizetype start = m_pos;
        while (!atEnd() && m_text.at(m_pos) != u',' && !isSpace(m_text.at(m_pos))
               && m_text.at(m_pos) != u'"')
            ++m_pos;
        if (!atEnd() && m_text.at(m_pos) == u'"') {
            error = u"stray quote at offset %1"_s.arg(m_pos);
            return false;
        }
        param.value = m_text.sliced(start, m_pos - start).toString();
        return true;
    }

    QStringView m_text;
    qsizetype m_pos = 0;
};

} // namespace

bool AuthChallenge::hasScheme(QStringView name) const
{
    return scheme.compare(name, Qt::CaseInsensitive) == 0;
}

std::optional<QString> AuthChallenge::param(QStringView name) const
{
    for (const AuthParam &p : params) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return p.value;
    }
    return std::nullopt;
}

AuthChallengeList AuthChallenge::parse(QStringView headerValue)
{
    return Parser(headerValue).run();
}

AuthChallengeList AuthChallenge::parse(const QStringList &headerValues)
{
    AuthChallengeList all;
    for (const QString &value : headerValues) {
        AuthChallengeList one = parse(QStringView(value));
        all.challenges += one.challenges;
        if (all.error.isEmpty())
            all.error = one.error;
    }
    return all;
}

} // namespace SipScope
