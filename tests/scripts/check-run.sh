#!/usr/bin/env bash
# ./scripts/run must launch the GUI it has just built: the program it execs has to be
# where the build puts `sipscope` (a stale path once made the README's first command
# fail right after a successful build).
# Usage: check-run.sh <source dir> <binary dir> <path of the sipscope target>
set -euo pipefail
root=$1 binary_dir=$2 gui=$3

line=$(grep -E '^exec ' "$root/scripts/run") || { echo "scripts/run has no exec line"; exit 1; }
run_path=$(sed -nE 's#^exec "\$SIPSCOPE_ROOT/build/dev/([^"]+)".*#\1#p' <<<"$line")
built_path=${gui#"$binary_dir"/}
if [ -z "$run_path" ] || [ "$run_path" != "$built_path" ]; then
    echo "scripts/run execs build/dev/${run_path:-?}, but the build makes <build>/$built_path"
    exit 1
fi
# ... and builds the targets it needs.
grep -qE '^sipscope_build dev( .*)? sipscope( |$)' "$root/scripts/run" ||
    { echo "scripts/run does not build the sipscope target"; exit 1; }
# The program it launches starts (without a display for --version).
QT_QPA_PLATFORM=offscreen "$gui" --version | grep -q '^SipScope ' ||
    { echo "$gui --version failed"; exit 1; }
echo "scripts/run launches $built_path"
