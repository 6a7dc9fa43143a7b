#!/usr/bin/env bash
# Opening a capture of N SIP messages (default 200,000: OPTIONS and their answers over
# UDP, bench/make_sip_capture.py) and listing its responses: `sipscope-cli explain`
# (text and --json) side by side with `tshark -Y sip` listing frame, status and Call-ID.
# Best of RUNS wall times and the peak RSS (GNU time). Markdown table on stdout for
# docs/benchmarks.md.
#
#   bench/capture_vs_tshark.sh [CLI]   CLI: path of sipscope-cli (default: a build's)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
MESSAGES=${MESSAGES:-200000}
RUNS=${RUNS:-3}
CLI=${1:-}
if [ -z "$CLI" ]; then
    for candidate in "$ROOT"/build/release/app/cli/sipscope-cli "$ROOT"/build/dev/app/cli/sipscope-cli; do
        [ -x "$candidate" ] && CLI=$candidate && break
    done
fi
[ -x "${CLI:-}" ] || { echo "sipscope-cli not found; build it or pass its path" >&2; exit 1; }
command -v tshark >/dev/null || { echo "tshark is not installed" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$ROOT/bench/make_sip_capture.py" "$MESSAGES" "$tmp/sip.pcap"

# best WALL RSS for a command; its output goes to $tmp/out
measure() {
    local best= rss= wall
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -f '%e %M' -o "$tmp/time" "$@" > "$tmp/out" 2>/dev/null
        wall=$(cut -d' ' -f1 "$tmp/time")
        if [ -z "$best" ] || awk "BEGIN{exit !($wall < $best)}"; then
            best=$wall; rss=$(cut -d' ' -f2 "$tmp/time")
        fi
    done
    echo "$best $((rss / 1024))"
}

read -r s_wall s_rss < <(measure "$CLI" explain "$tmp/sip.pcap")
read -r j_wall j_rss < <(measure "$CLI" explain --json "$tmp/sip.pcap")
read -r t_wall t_rss < <(measure tshark -n -r "$tmp/sip.pcap" -Y sip -T fields -e frame.number -e sip.Status-Code -e sip.Call-ID)
listed=$(grep -c . "$tmp/out")

echo "| $MESSAGES SIP messages ($(du -h "$tmp/sip.pcap" | cut -f1) pcap) | wall (best of $RUNS) | peak RSS |"
echo "| --- | --- | --- |"
echo "| \`sipscope-cli explain\` (calls, messages, explanations) | ${s_wall} s | ${s_rss} MiB |"
echo "| \`sipscope-cli explain --json\` | ${j_wall} s | ${j_rss} MiB |"
echo "| \`tshark -Y sip -T fields\` ($listed lines) | ${t_wall} s | ${t_rss} MiB |"
