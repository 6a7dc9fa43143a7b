#!/usr/bin/env python3
"""Helpers for translators working outside Qt Linguist.

  tstool.py pending LANG [--context C]      unfinished messages of translations/sipscope_LANG.ts as JSON
  tstool.py merge LANG FILE.json [...]      fill translations from JSON files into the .ts
  tstool.py stats                           finished/unfinished counts per language

`pending` lists {"id", "context", "source"} objects; the id is a short hash of
context and source. A translation file is either a JSON object {id: translation}
or a list of {"context", "source", "translation"} objects (for plural messages the
translation is a list of forms). Matching is by id, or by context and exact source
text; anything that does not match is reported and left alone, so a stale file can
never write a translation onto the wrong text.
"""
import hashlib
import json
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
    print(__doc__, file=sys.stderr)
    return 64


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
