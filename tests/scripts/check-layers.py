#!/usr/bin/env python3
"""The layers of the tree, checked on every include: a folder may include only the folders
below it, so that a shortcut up or sideways fails the suite the day it is written.

    codes, i18n   the catalog and the translations: nothing of ours below them
    dns           a small DNS client: nothing of ours below it
    sip           the SIP engine: may use codes, i18n and dns
    probe         the OPTIONS probe and its result: may use sip, dns, codes, i18n
    diagnosis     what a result means, the tracer: may use probe, sip, dns, codes, i18n
    keychain      saved passwords in the system keychain: may use sip, codes, i18n
    monitor       many targets in rounds, the Nagios verdict: may use probe, keychain, sip, dns, codes, i18n
    responder     the SIP server, beside the probe: may use sip, dns, codes, i18n
    capture       writing and reading capture files: may use sip, dns, codes, i18n
    exporter      the Prometheus exporter: may use probe, sip, dns, codes, i18n
    app/cli       the command line: may use core, never the GUI
    app/gui       the desktop application: may use core, never the CLI

and core uses no Qt module but Core, Network and WebSockets (no widget, no GUI class).
Usage: check-layers.py SOURCE_DIR QT_INCLUDE_DIR... (the include directories of the Qt
modules core may use; a <Q...> header of core must be in one of them)."""
import pathlib
import re
import sys

source = pathlib.Path(sys.argv[1])
allowed_qt_dirs = [pathlib.Path(d) for d in sys.argv[2:]]

# Which core folders each layer may include ("folder/header.h" includes).
LAYERS = {
    "core/codes": set(),
    "core/i18n": set(),
    "core/dns": set(),
    "core/sip": {"codes", "i18n", "dns"},
    "core/probe": {"sip", "codes", "i18n", "dns"},
    "core/diagnosis": {"probe", "sip", "codes", "i18n", "dns"},
    "core/keychain": {"sip", "codes", "i18n"},
    "core/monitor": {"probe", "keychain", "sip", "codes", "i18n", "dns"},
    "core/responder": {"sip", "codes", "i18n", "dns"},
    "core/capture": {"sip", "codes", "i18n", "dns"},
    "core/exporter": {"probe", "sip", "codes", "i18n", "dns"},
}
CORE_FOLDERS = {layer.split("/", 1)[1] for layer in LAYERS}
LAYERS["app/cli"] = set(CORE_FOLDERS)
LAYERS["app/gui"] = set(CORE_FOLDERS)
include = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)
problems = []
# A core folder nobody placed would be checked against nothing: each must have its layer.
for folder in sorted(p for p in (source / "core").iterdir() if p.is_dir()):
    if folder.name not in CORE_FOLDERS and any(folder.rglob("*.h")):
        problems.append(f"core/{folder.name}: a core folder without a layer in LAYERS")

for layer, may_use in LAYERS.items():
    folder = source / layer
    own = folder.name if layer.startswith("core/") else None
    for path in sorted(folder.rglob("*")):
        if path.suffix not in (".h", ".cpp"):
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for kind, name in include.findall(text):
            where = f"{path.relative_to(source)}: #include {kind}{name}{'>' if kind == '<' else kind}"
            if kind == '"':
                if name.startswith(".."):
                    if folder.resolve() not in (path.parent / name).resolve().parents:
                        problems.append(f"{where}: reaches outside its layer by path")
                    continue
                if name.startswith(("app/", "gui/", "cli/")):
                    problems.append(f"{where}: core and the front-ends never include a front-end")
                    continue
                first = name.split("/", 1)[0] if "/" in name else None
                if first in CORE_FOLDERS and first != own and first not in may_use:
                    problems.append(f"{where}: {layer} may use only {sorted(may_use) or 'nothing of ours'}")
            elif layer.startswith("core/") and name.startswith("Q"):
                module_header = name.split("/")[-1]
                if "/" in name and not name.startswith(("QtCore/", "QtNetwork/", "QtWebSockets/")):
                    problems.append(f"{where}: core uses Qt Core, Network and WebSockets only")
                elif "/" not in name and not any((d / module_header).exists() for d in allowed_qt_dirs):
                    problems.append(f"{where}: not a header of Qt Core, Network or WebSockets")

checked = sum(1 for layer in LAYERS for p in (source / layer).rglob("*") if p.suffix in (".h", ".cpp"))
for problem in problems:
    print("FAIL:", problem)
print(f"{checked} files in {len(LAYERS)} layers, {len(problems)} include(s) out of place")
sys.exit(1 if problems or checked == 0 else 0)
