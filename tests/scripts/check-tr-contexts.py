#!/usr/bin/env python3
"""check-tr-contexts.py SOURCE_DIR: every context in translations/*.ts is one the program
looks its texts up in.

lupdate files a message under the context it reads from the source: the class a tr() call
belongs to (namespace included), the argument of Q_DECLARE_TR_FUNCTIONS, or the literal of
QCoreApplication::translate. A free function named tr() in a namespace, for instance, gets
the namespace's name as context, while the program asks for another one at run time: the
translation exists in the .ts file and is never shown. This check lists the contexts that
nothing at run time asks for.
"""
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

root = sys.argv[1] if len(sys.argv) > 1 else "."

NAMESPACE = re.compile(r"\bnamespace\s+([\w:]+)\s*\{")
CLASS = re.compile(r"\b(?:class|struct)\s+(?:Q_\w+\s+)?(\w+)(?:\s+final)?\s*(?::[^{;]*)?\{")
QOBJECT = re.compile(r"\bQ_OBJECT\b|\bQ_GADGET\b")
DECLARED = re.compile(r"Q_DECLARE_TR_FUNCTIONS\(\s*([\w:]+)\s*\)")
LITERAL = re.compile(r"(?:\btranslate|QT_TRANSLATE_NOOP3?)\(\s*\"([^\"]+)\"")
CONSTANT = re.compile(r"\bconstexpr\s+char\s+\w*Context\w*\[\]\s*=\s*\"([^\"]+)\"")


def runtime_contexts(path):
    text = open(path, encoding="utf-8", errors="replace").read()
    found = set(DECLARED.findall(text)) | set(LITERAL.findall(text)) | set(CONSTANT.findall(text))
    for match in QOBJECT.finditer(text):
        before = text[: match.start()]
        classes = CLASS.findall(before)
        if not classes:
            continue
        namespaces = NAMESPACE.findall(before)
        prefix = namespaces[-1] + "::" if namespaces else ""
        found.add(prefix + classes[-1])
    return found


sources = []
for folder in ("core", "app"):
    for ext in ("h", "cpp"):
        sources += glob.glob(os.path.join(root, folder, "**", "*." + ext), recursive=True)
asked = set()
for path in sources:
    asked |= runtime_contexts(path)

failures = []
for ts in sorted(glob.glob(os.path.join(root, "translations", "sipscope_*.ts"))):
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        live = [m for m in context.iter("message")
                if (m.find("translation") is None or m.find("translation").get("type") not in ("vanished", "obsolete"))]
        if live and name not in asked:
            failures.append(f"{os.path.basename(ts)}: context {name!r} ({len(live)} messages, e.g. "
                            f"{live[0].findtext('source')!r}) is never asked for at run time")

if not sources:
    print(f"no sources under {root}", file=sys.stderr)
    sys.exit(2)
for line in failures:
    print(line)
print(f"{len(asked)} contexts asked for in {len(sources)} files; {len(failures)} unused in the .ts files")
sys.exit(1 if failures else 0)
