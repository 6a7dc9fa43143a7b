#!/usr/bin/env python3
"""Helpers for translators working outside Qt Linguist.

  tstool.py pending LANG [--context C]      unfinished messages of translations/sipscope_LANG.ts as JSON
  tstool.py merge LANG FILE.json [...]      fill translations from JSON files into the .ts
  tstool.py stats                           finished/unfinished counts per language
  tstool.py typography fr [--check]         French spacing: no-break spaces before : ; ? ! and in « »
  tstool.py glossary [--check]              translations using a variant the glossary rejects
  tstool.py selftest                        the two rules above on texts whose answer is known

`pending` lists {"id", "context", "source"} objects; the id is a short hash of
context and source. A translation file is either a JSON object {id: translation}
or a list of {"context", "source", "translation"} objects (for plural messages the
translation is a list of forms). Matching is by id, or by context and exact source
text; anything that does not match is reported and left alone, so a stale file can
never write a translation onto the wrong text.
"""
import hashlib
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def ts_path(lang):
    return ROOT / "translations" / f"sipscope_{lang}.ts"


def message_id(context, source):
    return hashlib.sha1(f"{context}\x00{source}".encode("utf-8")).hexdigest()[:10]


def messages(tree):
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg


def cmd_pending(lang, context=None):
    tree = ET.parse(ts_path(lang))
    out = []
    for name, msg in messages(tree):
        if context and name != context:
            continue
        tr = msg.find("translation")
        if tr is not None and tr.get("type") == "unfinished":
            source = msg.findtext("source")
            item = {"id": message_id(name, source), "context": name, "source": source}
            comment = msg.findtext("comment")
            if comment:
                item["comment"] = comment
            if msg.get("numerus") == "yes":
                item["numerus"] = True
            out.append(item)
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print()


def cmd_merge(lang, files):
    path = ts_path(lang)
    tree = ET.parse(path)
    index = {}
    for name, msg in messages(tree):
        source = msg.findtext("source")
        index.setdefault((name, source), []).append(msg)
        index.setdefault(message_id(name, source), []).append(msg)
    filled = unmatched = 0
    for f in files:
        data = json.loads(Path(f).read_text(encoding="utf-8"))
        if isinstance(data, dict):
            data = [{"id": k, "translation": v} for k, v in data.items()]
        for item in data:
            key = item["id"] if "id" in item else (item["context"], item["source"])
            targets = index.get(key)
            if not targets:
                unmatched += 1
                print(f"unmatched: {str(key)[:90]}", file=sys.stderr)
                continue
            for msg in targets:
                tr = msg.find("translation")
                for child in list(tr):
                    tr.remove(child)
                value = item["translation"]
                if msg.get("numerus") == "yes":
                    tr.text = None
                    forms = value if isinstance(value, list) else [value]
                    for form in forms:
                        ET.SubElement(tr, "numerusform").text = form
                else:
                    tr.text = value
                tr.attrib.pop("type", None)
                filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{path.name}: {filled} filled, {unmatched} unmatched")
    return 1 if unmatched else 0


def cmd_stats():
    for path in sorted((ROOT / "translations").glob("sipscope_*.ts")):
        tree = ET.parse(path)
        total = unfinished = 0
        for _, msg in messages(tree):
            total += 1
            tr = msg.find("translation")
            if tr is not None and tr.get("type") in ("unfinished", "vanished", "obsolete"):
                unfinished += 1
        print(f"{path.name}: {total} messages, {unfinished} not finished")


# French typography (Imprimerie nationale, as French software does it): a no-break space
# U+00A0 before ":" and inside « », a narrow no-break space U+202F before ";", "?" and "!".
# Only an existing space is turned into the right kind: a colon written without a space
# is protocol syntax ("sip:", "Require: 100rel", "Nom: valeur") and stays as it is.
NBSP = "\u00a0"
NNBSP = "\u202f"
FRENCH_SPACES = [
    (re.compile(r"[ \u00a0\u202f]+:"), NBSP + ":"),
    (re.compile(r"[ \u00a0\u202f]+([;?!])"), NNBSP + r"\1"),
    (re.compile(r"«[ \u00a0\u202f]*"), "«" + NBSP),
    (re.compile(r"[ \u00a0\u202f]*»"), NBSP + "»"),
]
# After « the no-break space stays even before ";" (« ;%1 » quotes a URI parameter).
FRENCH_WRONG = re.compile(r" [:;?!»]|« |\u202f:|(?<!«)\u00a0[;?!]|«(?!\u00a0)|(?<!\u00a0)»")


def french_spacing(text):
    for pattern, replacement in FRENCH_SPACES:
        text = pattern.sub(replacement, text)
    return text


def translation_texts(msg):
    tr = msg.find("translation")
    if tr is None:
        return []
    return list(tr.iter("numerusform")) if msg.get("numerus") == "yes" else [tr]


def cmd_typography(lang, check):
    if lang != "fr":
        print("typography: only French has a rule (fr)", file=sys.stderr)
        return 64
    path = ts_path(lang)
    tree = ET.parse(path)
    wrong = changed = 0
    for name, msg in messages(tree):
        for node in translation_texts(msg):
            if not node.text:
                continue
            if check:
                for match in FRENCH_WRONG.finditer(node.text):
                    wrong += 1
                    around = node.text[max(0, match.start() - 25):match.end() + 10]
                    print(f"{name}: {around!a}", file=sys.stderr)
            else:
                fixed = french_spacing(node.text)
                if fixed != node.text:
                    node.text = fixed
                    changed += 1
    if check:
        print(f"{path.name}: {wrong} place(s) against the French spacing rule")
        return 1 if wrong else 0
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{path.name}: {changed} translation(s) respaced")
    return 0


# The glossary's rejected variants live in docs/translations.md, table "Rejected variants":
# | language | the source matches | rejected in the translation | use |, each pattern a
# Python regular expression in backticks.
def glossary_rules():
    doc = (ROOT / "docs" / "translations.md").read_text(encoding="utf-8")
    section = doc.split("### Rejected variants", 1)
    if len(section) < 2:
        raise SystemExit("docs/translations.md has no '### Rejected variants' table")
    rules = []
    for line in section[1].splitlines():
        if line.startswith("#"):
            break
        # A pipe inside a pattern is written "\\|", as Markdown tables need.
        cells = [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", line.strip().strip("|"))]
        if len(cells) < 4 or not cells[1].startswith("`"):
            continue
        source, rejected = (re.compile(c.strip("`")) for c in cells[1:3])
        rules.append({"lang": cells[0], "source": source, "rejected": rejected, "use": cells[3]})
    return rules


def glossary_problems(lang, tree, rules):
    problems = []
    for name, msg in messages(tree):
        source = msg.findtext("source") or ""
        for rule in rules:
            if rule["lang"] != lang or not rule["source"].search(source):
                continue
            for node in translation_texts(msg):
                found = rule["rejected"].search(node.text or "")
                if found:
                    problems.append(f"{lang} {name}: \"{found.group(0)}\" (use {rule['use']}) in {source[:60]!r}")
    return problems


def cmd_glossary():
    rules = glossary_rules()
    problems = []
    for path in sorted((ROOT / "translations").glob("sipscope_*.ts")):
        lang = path.stem.split("_", 1)[1]
        problems += glossary_problems(lang, ET.parse(path), rules)
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{len(rules)} glossary rules, {len(problems)} translation(s) against them")
    return 1 if problems or not rules else 0


def cmd_selftest():
    cases = [
        ("&Cible :", "&Cible\u00a0:"),
        ("Texte de %1 : « %2 »", "Texte de %1\u00a0: «\u00a0%2\u00a0»"),
        ("sont faux ; le problème", "sont faux\u202f; le problème"),
        ("(UDP ou TCP simple ?)", "(UDP ou TCP simple\u202f?)"),
        ("« Nom: valeur »", "«\u00a0Nom: valeur\u00a0»"),
        ("sip:pbx.example.com, Require: 100rel", "sip:pbx.example.com, Require: 100rel"),
        ("«%1»", "«\u00a0%1\u00a0»"),
        ("Le paramètre « ;%1 » est", "Le paramètre «\u00a0;%1\u00a0» est"),
    ]
    failures = 0
    for text, expected in cases:
        got = french_spacing(text)
        if got != expected or FRENCH_WRONG.search(got) or french_spacing(got) != got:
            failures += 1
            print(f"typography: {text!a} gave {got!a}, expected {expected!a}", file=sys.stderr)
        if text != expected and not FRENCH_WRONG.search(text):
            failures += 1
            print(f"typography check misses {text!a}", file=sys.stderr)
    rules = glossary_rules()
    sample = ET.fromstring(
        "<TS><context><name>SipScope::MainWindow</name>"
        "<message><source>&amp;Responder</source><translation>&amp;Répondeur</translation></message>"
        "<message><source>Probe</source><translation>Simulateur</translation></message>"
        "</context></TS>")
    found = glossary_problems("fr", ET.ElementTree(sample), rules)
    if len(found) != 1 or "Répondeur" not in found[0]:
        failures += 1
        print(f"glossary: expected one problem with Répondeur, got {found}", file=sys.stderr)
    print(f"selftest: {failures} failure(s)")
    return 1 if failures else 0


def main(argv):
    if len(argv) >= 2 and argv[0] == "pending":
        ctx = argv[3] if len(argv) >= 4 and argv[2] == "--context" else None
        cmd_pending(argv[1], ctx)
        return 0
    if len(argv) >= 3 and argv[0] == "merge":
        return cmd_merge(argv[1], argv[2:])
    if argv[:1] == ["stats"]:
        cmd_stats()
        return 0
    if len(argv) >= 2 and argv[0] == "typography":
        return cmd_typography(argv[1], "--check" in argv[2:])
    if argv[:1] == ["glossary"]:
        return cmd_glossary()
    if argv[:1] == ["selftest"]:
        return cmd_selftest()
    print(__doc__, file=sys.stderr)
    return 64


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
