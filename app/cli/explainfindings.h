// One finding of the explainer (codes/explainer.h), as JSON and as text: shared by
// `explain` on pasted text and on a capture.
#pragma once

#include "codes/explainer.h"

#include <QJsonObject>
#include <QString>

namespace SipScope::Cli {

class TextWriter;

QJsonObject findingJson(const ExplainFinding &f);
// Terminal control characters of pasted text or a capture are shown, not obeyed.
QString printable(QString text);
void printFinding(TextWriter &writer, const ExplainFinding &f);

} // namespace SipScope::Cli
