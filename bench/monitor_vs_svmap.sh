#!/usr/bin/env bash
# 500 SIP targets on loopback, probed by `sipscope-cli monitor` (one round) and by
# SIPVicious svmap (Debian package sipvicious) over the same ports, in the same run:
# wall time of a full round and CPU time of each tool. Loopback only.
#
#   bench/monitor_vs_svmap.sh [CLI]   CLI: path of sipscope-cli (default: a build's)
#
# Targets are ports BASE..BASE+499 on 127.0.0.1:
#   REAL     ports answered by `sipscope-cli respond` (200 OK),
#   SILENT   ports with a bound UDP socket that never answers (no ICMP either),
#   the rest closed ports (the kernel answers ICMP port unreachable at once).
# Results go to stdout as a Markdown table for docs/benchmarks.md.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TOTAL=${TOTAL:-500}
REAL=${REAL:-5}
SILENT=${SILENT:-300}
TIMEOUT_S=${TIMEOUT_S:-2}
RUNS=${RUNS:-3}

CLI=${1:-}
if [ -z "$CLI" ]; then
    for candidate in "$ROOT"/build/release/app/cli/sipscope-cli "$ROOT"/build/dev/app/cli/sipscope-cli \
                     "$ROOT"/build/*/app/cli/sipscope-cli; do
        [ -x "$candidate" ] && CLI=$candidate && break
    done
fi
[ -x "${CLI:-}" ] || { echo "sipscope-cli not found; build it or pass its path" >&2; exit 1; }

if ! command -v svmap >/dev/null && ! command -v sipvicious_svmap >/dev/null; then
    sudo=(); [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get install -y -qq sipvicious >/dev/null
fi
SVMAP=$(command -v sipvicious_svmap || command -v svmap)
PYTHON=$(command -v /usr/bin/python3 || command -v python3)

WORK=$(mktemp -d)
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

# A base port with TOTAL free UDP ports above it (checked by binding them all).
BASE=$("$PYTHON" - "$TOTAL" <<'EOF'
import socket, sys, random
total = int(sys.argv[1])
for _ in range(200):
    base = random.randrange(20000, 60000 - total)
    socks = []
    try:
        for port in range(base, base + total):
            s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            s.bind(("127.0.0.1", port))
            socks.append(s)
    except OSError:
        continue
    finally:
        for s in socks:
            s.close()
    print(base)
    break
EOF
)
[ -n "$BASE" ] || { echo "no free port range" >&2; exit 1; }

for ((i = 0; i < REAL; i++)); do
    "$CLI" respond --listen "127.0.0.1:$((BASE + i))" --code 200 --duration 3600 >/dev/null 2>&1 &
    PIDS+=($!)
done
# Silent targets: bound, never read, never answered.
"$PYTHON" - "$BASE" "$REAL" "$SILENT" <<'EOF' &
import socket, sys, time
base, real, silent = map(int, sys.argv[1:])
socks = []
for port in range(base + real, base + real + silent):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind(("127.0.0.1", port))
    socks.append(s)
time.sleep(3600)
EOF
PIDS+=($!)
sleep 1

TARGETS="$WORK/targets.txt"
for ((port = BASE; port < BASE + TOTAL; port++)); do
    echo "sip:127.0.0.1:$port"
done > "$TARGETS"

measure() {  # label command...  → "label wall user sys"
    local label=$1; shift
    /usr/bin/time -f "%e %U %S" -o "$WORK/time" "$@" >"$WORK/out" 2>"$WORK/err" || true
    echo "$label $(tail -1 "$WORK/time")"
}

echo "# $TOTAL targets on 127.0.0.1:$BASE-$((BASE + TOTAL - 1)): $REAL answering, $SILENT silent, $((TOTAL - REAL - SILENT)) closed; probe timeout ${TIMEOUT_S}s" >&2
printf '| run | tool | wall s | user s | sys s | CPU s | answered | results (refused / timeout) |\n|---|---|---|---|---|---|---|---|\n'
for ((run = 1; run <= RUNS; run++)); do
    read -r _ wall user sys < <(measure sipscope "$CLI" monitor --targets "$TARGETS" --rounds 1 \
                                   --interval 60 --timeout "$TIMEOUT_S" --json)
    answered=$(grep -c '"status":200' "$WORK/out" || true)
    results=$(wc -l < "$WORK/out")
    refused=$(grep -c '"error":"refused"' "$WORK/out" || true)
    timeouts=$(grep -c '"error":"timeout"' "$WORK/out" || true)
    round=$(grep -o 'first round complete after [0-9.]* s' "$WORK/err" | grep -o '[0-9.]*' || echo '?')
    printf '| %d | sipscope-cli monitor (round %s s) | %s | %s | %s | %.2f | %s | %s (%s / %s) |\n' \
        "$run" "$round" "$wall" "$user" "$sys" "$(awk -v u="$user" -v s="$sys" 'BEGIN{print u+s}')" "$answered" \
        "$results" "$refused" "$timeouts"

    read -r _ wall user sys < <(measure svmap "$SVMAP" 127.0.0.1 -p "$BASE-$((BASE + TOTAL - 1))")
    answered=$(grep -c '127.0.0.1:' "$WORK/out" || true)
    printf '| %d | svmap | %s | %s | %s | %.2f | %s | — |\n' \
        "$run" "$wall" "$user" "$sys" "$(awk -v u="$user" -v s="$sys" 'BEGIN{print u+s}')" "$answered"
done
