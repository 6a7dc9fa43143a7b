#!/usr/bin/env bash
# Runs a command against a private Xvfb: the server picks a free display number
# itself (-displayfd), is told to stop by its own process id when the command ends,
# and its socket directory is the system's (/tmp/.X11-unix), as a real session's.
#
#   run-under-xvfb.sh COMMAND [ARGS...]
set -euo pipefail
command -v Xvfb >/dev/null || { echo "Xvfb is not installed (apt-get install xvfb)" >&2; exit 1; }
tmp=$(mktemp -d)
xvfb_pid=
cleanup() {
    if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; fi
    rm -rf "$tmp"
}
trap cleanup EXIT
Xvfb -displayfd 3 -screen 0 1280x900x24 -nolisten tcp 3>"$tmp/display" >"$tmp/xvfb.log" 2>&1 &
xvfb_pid=$!
# The display number is written once the server accepts clients; up to 30 s.
for i in $(seq 1 300); do
    [ -s "$tmp/display" ] && break
    kill -0 "$xvfb_pid" 2>/dev/null || { cat "$tmp/xvfb.log" >&2; exit 1; }
    [ "$i" = 300 ] && { echo "Xvfb did not start within 30 s" >&2; exit 1; }
    sleep 0.1
done
DISPLAY=:$(head -n1 "$tmp/display")
export DISPLAY
unset QT_QPA_PLATFORM
"$@"
