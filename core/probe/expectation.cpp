#include "expectation.h"

#include "sip/siperror.h"

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

// RFC 3261 §25.1 token characters.
bool isToken(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (QChar c : name) {
        if (c.unicode() >= 128 || !(c.isLetterOrNumber() || u"-.!%*_+`'~"_s.contains(c)))
            return false;
    }
    return true;
}

QString noAnswerText(const ProbeResult &result)
{
    if (result.error.isError())
        return Expectation::tr("no final response (%1)").arg(errorKindTitle(result.error.kind).toLower());
    return Expectation::tr("no final response");
}

} // namespace

ExpectationCheck Expectation::checkHeader(const HeaderExpectation &expectation, const ProbeResult &result)
{
    ExpectationCheck check;
    check.kind = ExpectationCheck::Kind::Header;
    check.subject = expectation.name;
    check.expected = expectation.pattern;
    QStringList values;
    for (const SipHeader &header : result.headers) {
        if (sameHeaderName(header.name, expectation.name))
            values << header.value;
    }
    check.actual = values.join(u" | "_s);
    if (!result.hasFinalResponse()) {
        check.reason = tr("%1 should match /%2/, but there is %3.").arg(expectation.name, expectation.pattern, noAnswerText(result));
    } else if (values.isEmpty()) {
        check.reason = tr("%1 should match /%2/, but the response has no %1 header.").arg(expectation.name, expectation.pattern);
    } else {
        check.passed = std::any_of(values.cbegin(), values.cend(), [&expectation](const QString &value) {
            return expectation.regex.match(value).hasMatch();
        });
        check.reason = check.passed
            ? tr("%1: %2 matches /%3/.").arg(expectation.name, check.actual, expectation.pattern)
            : tr("%1: %2 does not match /%3/.").arg(expectation.name, check.actual, expectation.pattern);
    }
    return check;
}

QStringList ExpectationVerdict::failureReasons() const
{
    QStringList reasons;
    for (const ExpectationCheck &check : checks) {
        if (!check.passed)
            reasons << check.reason;
    }
    return reasons;
}

bool Expectation::parseCodes(const QString &text, QString *error)
{
    const auto codes = ExpectedCodes::parse(text, error);
    if (!codes)
        return false;
    m_status = *codes;
    return true;
}

std::optional<HeaderExpectation> Expectation::parseHeaderExpectation(const QString &text, QString *error)
{
    const qsizetype colon = text.indexOf(u':');
    const QString name = colon < 0 ? QString() : text.left(colon).trimmed();
    if (colon < 0 || !isToken(name)) {
        if (error)
            *error = tr("\"%1\" is not a header expectation: write it as 'Name: regular expression'.").arg(text);
        return std::nullopt;
    }
    HeaderExpectation expectation;
    expectation.name = name;
    expectation.pattern = text.mid(colon + 1).trimmed();
    expectation.regex = QRegularExpression(expectation.pattern);
    if (!expectation.regex.isValid()) {
        if (error) {
            *error = tr("The pattern \"%1\" for %2 is not a valid regular expression: %3 (at offset %4).")
                         .arg(expectation.pattern, name, expectation.regex.errorString())
                         .arg(expectation.regex.patternErrorOffset());
        }
        return std::nullopt;
    }
    return expectation;
}

bool Expectation::addHeaderExpectation(const QString &text, QString *error)
{
    const auto expectation = parseHeaderExpectation(text, error);
    if (!expectation)
        return false;
    m_headers << *expectation;
    return true;
}

ExpectationVerdict Expectation::evaluate(const ProbeResult &result) const
{
    ExpectationVerdict verdict;
    const bool answered = result.hasFinalResponse();

    ExpectationCheck status;
    status.kind = ExpectationCheck::Kind::Status;
    status.subject = u"status"_s;
    status.expected = statusText();
    if (!answered) {
        status.reason = tr("Expected %1, got %2.").arg(status.expected, noAnswerText(result));
    } else {
        status.actual = QString::number(result.statusCode);
        status.passed = acceptsStatus(result.statusCode);
        status.reason = status.passed
            ? tr("%1 %2 is one of the expected codes (%3).").arg(status.actual, result.reasonPhrase, status.expected)
            : tr("Expected %1, got %2 %3.").arg(status.expected, status.actual, result.reasonPhrase);
    }
    verdict.checks << status;

    for (const HeaderExpectation &expectation : m_headers)
        verdict.checks << checkHeader(expectation, result);

    verdict.passed = std::all_of(verdict.checks.cbegin(), verdict.checks.cend(),
                                 [](const ExpectationCheck &check) { return check.passed; });
    return verdict;
}

} // namespace SipScope
