#!/usr/bin/env python3
"""The macOS bundle's metadata, checked where no Mac is: renders Info.plist with the
same CMake function the Mac build uses (packaging/macos/infoplist.cmake), parses it as a
property list and checks the keys a Mac needs, and reads every <lang>.lproj/InfoPlist.strings
the bundle gets. Usage: check-macos-metadata.py CMAKE SOURCE_DIR WORK_DIR "de;fr;es"."""
import pathlib
import plistlib
import re
import subprocess
import sys

cmake, source, work, languages = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3]), sys.argv[4]
languages = [language for language in languages.split(";") if language]
macos = source / "packaging" / "macos"
work.mkdir(parents=True, exist_ok=True)
failures = []


def fail(text):
    failures.append(text)


output = work / "Info.plist"
subprocess.run([cmake, f"-DTEMPLATE={macos / 'Info.plist.in'}", f"-DOUTPUT={output}",
                f"-DLANGUAGES={';'.join(languages)}", "-P", str(macos / "infoplist.cmake")], check=True)
text = output.read_text(encoding="utf-8")
if re.search(r"@[A-Z_]+@", text):
    fail(f"unreplaced variables in Info.plist: {re.findall(r'@[A-Z_]+@', text)}")
plist = plistlib.loads(text.encode("utf-8"))

if plist.get("CFBundleLocalizations") != ["en"] + languages:
    fail(f"CFBundleLocalizations is {plist.get('CFBundleLocalizations')}, want {['en'] + languages}")
if plist.get("CFBundleAllowMixedLocalizations") is not True:
    fail("CFBundleAllowMixedLocalizations is not true")
for key in ("CFBundleIdentifier", "CFBundleExecutable", "CFBundleShortVersionString",
            "LSMinimumSystemVersion", "NSLocalNetworkUsageDescription"):
    if not str(plist.get(key, "")).strip():
        fail(f"{key} is missing or empty")

# "Key" = "Value"; lines, /* comments */ between them (Apple's .strings format).
entry = re.compile(r'^"([A-Za-z]+)"\s*=\s*"((?:[^"\\]|\\.)*)";$')
english = plist.get("NSLocalNetworkUsageDescription", "")
for language in languages:
    strings = macos / f"{language}.lproj" / "InfoPlist.strings"
    if not strings.is_file():
        fail(f"{strings} is missing")
        continue
    body = re.sub(r"/\*.*?\*/", "", strings.read_text(encoding="utf-8"), flags=re.S)
    found = {}
    for number, line in enumerate(body.splitlines(), 1):
        line = line.strip()
        if not line:
            continue
        match = entry.match(line)
        if not match:
            fail(f"{strings}:{number}: not a \"Key\" = \"Value\"; line: {line}")
            continue
        found[match.group(1)] = match.group(2)
    for key, value in found.items():
        if key not in plist:
            fail(f"{strings}: {key} is not a key of Info.plist")
    value = found.get("NSLocalNetworkUsageDescription", "")
    if not value.strip() or value == english:
        fail(f"{strings}: NSLocalNetworkUsageDescription is not translated")
for folder in macos.glob("*.lproj"):
    if folder.stem not in languages:
        fail(f"{folder} belongs to no language of SIPSCOPE_LANGUAGES")

for failure in failures:
    print("FAIL:", failure)
print(f"{len(failures)} problem(s); Info.plist localizations {plist.get('CFBundleLocalizations')}")
sys.exit(1 if failures else 0)
