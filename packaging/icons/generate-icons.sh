#!/usr/bin/env bash
# Regenerates the committed platform icons from the one SVG application icon:
#   packaging/windows/sipscope.ico  (16..256 px, the 256 px image stored as PNG)
#   packaging/macos/sipscope.icns   (16..1024 px)
# Run it after changing resources/icons/sipscope.svg and commit the results. The
# Linux hicolor PNGs are not committed: the build renders them (packaging/tools).
#
# Needs Debian's librsvg2-bin (rsvg-convert), icoutils (icotool) and icnsutils
# (png2icns); it installs them with apt when they are missing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../../scripts/setup.sh"
sipscope_ensure_packages librsvg2-bin icoutils icnsutils

svg="$SIPSCOPE_ROOT/resources/icons/sipscope.svg"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

render() { rsvg-convert --width "$1" --height "$1" --keep-aspect-ratio "$svg" -o "$work/$1.png"; }

for size in 16 24 32 48 64 128 256 512 1024; do
    render "$size"
done

# Windows Explorer picks the closest size; 256 px is stored as PNG ("Vista" icon).
icotool --create --output "$SIPSCOPE_ROOT/packaging/windows/sipscope.ico" \
    "$work"/{16,24,32,48,64,128}.png --raw="$work/256.png"

# png2icns chooses the icns element type from each PNG's size.
png2icns "$SIPSCOPE_ROOT/packaging/macos/sipscope.icns" \
    "$work"/{16,32,48,128,256,512,1024}.png >/dev/null

sipscope_log "Wrote packaging/windows/sipscope.ico and packaging/macos/sipscope.icns"
