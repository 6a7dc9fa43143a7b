#include "dnsmessage.h"

#include <QCoreApplication>
#include <QUrl>

namespace SipScope::Dns {

using namespace Qt::Literals::StringLiterals;

namespace {

// RFC 1035 §2.3.4: 63 octets a label, 255 a name on the wire.
constexpr int MaxLabel = 63;
constexpr int MaxName = 255;
// More pointers than a 255-octet name could ever need (each label needs at least two
// octets, so a legitimate name never follows more than 127): beyond it, a loop.
constexpr int MaxPointers = 128;

// The texts marked with QT_TRANSLATE_NOOP below, translated when they are used.
QString translated(const char *text)
{
    return QCoreApplication::translate("SipScope::Dns", text);
}

quint16 read16(const QByteArray &bytes, qsizetype at)
{
    return quint16((quint8(bytes.at(at)) << 8) | quint8(bytes.at(at + 1)));
}

quint32 read32(const QByteArray &bytes, qsizetype at)
{
    return (quint32(read16(bytes, at)) << 16) | read16(bytes, at + 2);
}

void append16(QByteArray &out, quint16 value)
{
    out.append(char(value >> 8));
    out.append(char(value & 0xff));
}

// A label as text: printable ASCII as it is, and the octets that would change the
// meaning of the name ('.', '\\') or are not printable as \DDD, the way zone files and
// dig write them (RFC 1035 §5.1).
QString labelText(const QByteArray &label)
{
    QString text;
    for (const char c : label) {
        const auto octet = quint8(c);
        if (octet == '.' || octet == '\\')
            text += u'\\' + QChar(char16_t(octet));
        else if (octet > 32 && octet < 127)
            text += QChar(char16_t(octet));
        else
            text += u"\\%1"_s.arg(octet, 3, 10, QChar(u'0'));
    }
    return text;
}

class Reader
{
public:
    explicit Reader(const QByteArray &bytes) : m_bytes(bytes) {}

    const QString &error() const { return m_error; }
    bool failed() const { return !m_error.isEmpty(); }

    void fail(const QString &what, qsizetype at)
    {
        if (m_error.isEmpty())
            m_error = QCoreApplication::translate("SipScope::Dns", "%1 at offset %2.").arg(what).arg(at);
    }

    bool need(qsizetype at, qsizetype count, const char *what)
    {
        if (at < 0 || count < 0 || at + count > m_bytes.size()) {
            fail(translated(what), at);
            return false;
        }
        return true;
    }

    // RFC 1035 §4.1.4: labels, possibly ending in a pointer to an earlier name.
    // `at` moves past the name as it appears at that place (the pointer, not its target).
    std::optional<QString> name(qsizetype &at)
    {
        QStringList labels;
        qsizetype pos = at;
        bool jumped = false;
        int pointers = 0;
        int wireLength = 1;
        for (;;) {
            if (!need(pos, 1, QT_TRANSLATE_NOOP("SipScope::Dns", "A name runs past the end of the message")))
                return std::nullopt;
            const auto length = quint8(m_bytes.at(pos));
            if ((length & 0xc0) == 0xc0) {
                if (!need(pos, 2, QT_TRANSLATE_NOOP("SipScope::Dns", "A compression pointer runs past the end of the message")))
                    return std::nullopt;
                const qsizetype target = read16(m_bytes, pos) & 0x3fff;
                // A pointer must point back, to a name earlier in the message; one to
                // itself or further on is how a compression loop starts.
                if (target >= pos) {
                    fail(QCoreApplication::translate("SipScope::Dns", "A compression pointer points forward (to %1)").arg(target), pos);
                    return std::nullopt;
                }
                if (++pointers > MaxPointers) {
                    fail(QCoreApplication::translate("SipScope::Dns", "Compression pointers form a loop"), pos);
                    return std::nullopt;
                }
                if (!jumped)
                    at = pos + 2;
                jumped = true;
                pos = target;
                continue;
            }
            if ((length & 0xc0) != 0) {
                fail(QCoreApplication::translate("SipScope::Dns", "A label has the reserved type %1").arg(length >> 6), pos);
                return std::nullopt;
            }
            if (length == 0) {
                if (!jumped)
                    at = pos + 1;
                return labels.join(u'.');
            }
            if (!need(pos + 1, length, QT_TRANSLATE_NOOP("SipScope::Dns", "A label runs past the end of the message")))
                return std::nullopt;
            wireLength += 1 + length;
            if (wireLength > MaxName) {
                fail(QCoreApplication::translate("SipScope::Dns", "A name is longer than 255 octets"), pos);
                return std::nullopt;
            }
            labels << labelText(m_bytes.mid(pos + 1, length));
            pos += 1 + length;
        }
    }

    // RFC 1035 §3.3: one length octet, then that many octets.
    std::optional<QByteArray> characterString(qsizetype &at, qsizetype end)
    {
        if (at >= end) {
            fail(QCoreApplication::translate("SipScope::Dns", "A character-string runs past the end of its record"), at);
            return std::nullopt;
        }
        const auto length = quint8(m_bytes.at(at));
        if (at + 1 + length > end) {
            fail(QCoreApplication::translate("SipScope::Dns", "A character-string runs past the end of its record"), at);
            return std::nullopt;
        }
        QByteArray text = m_bytes.mid(at + 1, length);
        at += 1 + length;
        return text;
    }

    std::optional<Question> question(qsizetype &at)
    {
        Question q;
        const auto name = this->name(at);
        if (!name)
            return std::nullopt;
        q.name = *name;
        if (!need(at, 4, QT_TRANSLATE_NOOP("SipScope::Dns", "A question runs past the end of the message")))
            return std::nullopt;
        q.type = read16(m_bytes, at);
        q.questionClass = read16(m_bytes, at + 2);
        at += 4;
        return q;
    }

    std::optional<ResourceRecord> record(qsizetype &at)
    {
        ResourceRecord r;
        const qsizetype start = at;
        const auto name = this->name(at);
        if (!name)
            return std::nullopt;
        r.name = *name;
        if (!need(at, 10, QT_TRANSLATE_NOOP("SipScope::Dns", "A record runs past the end of the message")))
            return std::nullopt;
        r.type = read16(m_bytes, at);
        r.recordClass = read16(m_bytes, at + 2);
        const quint32 ttl = read32(m_bytes, at + 4);
        r.ttl = (ttl & 0x80000000u) ? 0 : ttl;
        const qsizetype length = read16(m_bytes, at + 8);
        at += 10;
        if (!need(at, length, QT_TRANSLATE_NOOP("SipScope::Dns", "Record data runs past the end of the message")))
            return std::nullopt;
        const qsizetype end = at + length;
        qsizetype pos = at;
        at = end;
        const auto exactly = [&](qsizetype want) {
            if (length != want)
                fail(QCoreApplication::translate("SipScope::Dns", "A %1 record has %2 octets of data instead of %3").arg(typeName(r.type)).arg(length).arg(want),
                     start);
            return length == want;
        };
        const auto nameInData = [&](QString &out) {
            const auto value = this->name(pos);
            if (!value)
                return false;
            if (pos != end) {
                fail(QCoreApplication::translate("SipScope::Dns", "The name in a %1 record does not end where its data ends").arg(typeName(r.type)), start);
                return false;
            }
            out = *value;
            return true;
        };
        switch (r.type) {
        case Type::A:
            if (!exactly(4))
                return std::nullopt;
            r.address = QHostAddress(read32(m_bytes, pos));
            break;
        case Type::Aaaa: {
            if (!exactly(16))
                return std::nullopt;
            Q_IPV6ADDR raw;
            for (int i = 0; i < 16; ++i)
                raw[i] = quint8(m_bytes.at(pos + i));
            r.address = QHostAddress(raw);
            break;
        }
        case Type::Cname:
            if (!nameInData(r.cname))
                return std::nullopt;
            break;
        case Type::Srv:
            if (length < 7) {
                fail(QCoreApplication::translate("SipScope::Dns", "An SRV record is too short (%1 octets)").arg(length), start);
                return std::nullopt;
            }
            r.srv.priority = read16(m_bytes, pos);
            r.srv.weight = read16(m_bytes, pos + 2);
            r.srv.port = read16(m_bytes, pos + 4);
            pos += 6;
            if (!nameInData(r.srv.target))
                return std::nullopt;
            break;
        case Type::Naptr: {
            if (length < 8) {
                fail(QCoreApplication::translate("SipScope::Dns", "A NAPTR record is too short (%1 octets)").arg(length), start);
                return std::nullopt;
            }
            r.naptr.order = read16(m_bytes, pos);
            r.naptr.preference = read16(m_bytes, pos + 2);
            pos += 4;
            const auto flags = characterString(pos, end);
            const auto services = flags ? characterString(pos, end) : std::nullopt;
            const auto regexp = services ? characterString(pos, end) : std::nullopt;
            if (!regexp)
                return std::nullopt;
            r.naptr.flags = *flags;
            r.naptr.services = *services;
            r.naptr.regexp = *regexp;
            if (!nameInData(r.naptr.replacement))
                return std::nullopt;
            break;
        }
        default:
            break; // kept as a record of its type, its data unread (RFC 3597)
        }
        return r;
    }

private:
    const QByteArray &m_bytes;
    QString m_error;
};

ParseResult parse(const QByteArray &bytes, bool records)
{
    ParseResult result;
    Reader reader(bytes);
    if (bytes.size() < 12) {
        result.error = QCoreApplication::translate("SipScope::Dns", "A DNS message needs a 12-octet header; this one has %1 octets.").arg(bytes.size());
        return result;
    }
    Message m;
    m.id = read16(bytes, 0);
    const quint16 flags = read16(bytes, 2);
    m.response = flags & 0x8000;
    m.opcode = quint8((flags >> 11) & 0x0f);
    m.authoritative = flags & 0x0400;
    m.truncated = flags & 0x0200;
    m.recursionDesired = flags & 0x0100;
    m.recursionAvailable = flags & 0x0080;
    m.rcode = quint8(flags & 0x000f);
    const quint16 questions = read16(bytes, 4);
    const quint16 answers = read16(bytes, 6);
    qsizetype at = 12;
    for (int i = 0; i < questions; ++i) {
        const auto q = reader.question(at);
        if (!q) {
            result.error = reader.error();
            return result;
        }
        m.questions.append(*q);
    }
    if (records) {
        for (int i = 0; i < answers; ++i) {
            const auto r = reader.record(at);
            if (!r) {
                // A truncated UDP answer may stop in the middle of a record (RFC 2181
                // §9): what is complete stands, the caller asks again over TCP.
                if (m.truncated)
                    break;
                result.error = reader.error();
                return result;
            }
            m.answers.append(*r);
        }
    }
    result.message = m;
    return result;
}

} // namespace

QString typeName(quint16 type)
{
    switch (type) {
    case Type::A: return u"A"_s;
    case Type::Cname: return u"CNAME"_s;
    case Type::Aaaa: return u"AAAA"_s;
    case Type::Srv: return u"SRV"_s;
    case Type::Naptr: return u"NAPTR"_s;
    }
    return u"TYPE%1"_s.arg(type);
}

QString rcodeName(quint8 rcode)
{
    switch (rcode) {
    case Rcode::NoError: return u"NOERROR"_s;
    case Rcode::FormErr: return u"FORMERR"_s;
    case Rcode::ServFail: return u"SERVFAIL"_s;
    case Rcode::NxDomain: return u"NXDOMAIN"_s;
    case Rcode::NotImp: return u"NOTIMP"_s;
    case Rcode::Refused: return u"REFUSED"_s;
    }
    return u"RCODE%1"_s.arg(rcode);
}

QByteArray buildQuery(quint16 id, const QString &name, quint16 type, QString *error)
{
    const auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return QByteArray();
    };
    QString absolute = name.trimmed();
    if (absolute.endsWith(u'.'))
        absolute.chop(1);
    if (absolute.isEmpty())
        return failWith(QCoreApplication::translate("SipScope::Dns", "There is no name to look up."));
    const QByteArray ace = QUrl::toAce(absolute);
    if (ace.isEmpty())
        return failWith(QCoreApplication::translate("SipScope::Dns", "%1 is not a valid DNS name.").arg(name));
    QByteArray out;
    append16(out, id);
    append16(out, 0x0100); // a standard query, recursion desired
    append16(out, 1);      // one question
    append16(out, 0);
    append16(out, 0);
    append16(out, 0);
    const QList<QByteArray> labels = ace.split('.');
    qsizetype wire = 1;
    for (const QByteArray &label : labels) {
        if (label.isEmpty())
            return failWith(QCoreApplication::translate("SipScope::Dns", "%1 has an empty label.").arg(name));
        if (label.size() > MaxLabel)
            return failWith(QCoreApplication::translate("SipScope::Dns", "%1 has a label longer than 63 octets.").arg(name));
        wire += 1 + label.size();
        out.append(char(label.size()));
        out.append(label);
    }
    if (wire > MaxName)
        return failWith(QCoreApplication::translate("SipScope::Dns", "%1 is longer than 255 octets.").arg(name));
    out.append('\0');
    append16(out, type);
    append16(out, ClassIn);
    if (error)
        error->clear();
    return out;
}

ParseResult parseMessage(const QByteArray &bytes)
{
    return parse(bytes, true);
}

ParseResult parseHeaderAndQuestion(const QByteArray &bytes)
{
    return parse(bytes, false);
}

bool sameName(const QString &a, const QString &b)
{
    const auto bare = [](const QString &name) {
        return name.endsWith(u'.') ? QStringView(name).chopped(1) : QStringView(name);
    };
    return bare(a).compare(bare(b), Qt::CaseInsensitive) == 0;
}

} // namespace SipScope::Dns
