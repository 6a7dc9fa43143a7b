#!/usr/bin/env bash
# `sipscope-cli exporter` and Prometheus' blackbox_exporter (Debian package
# prometheus-blackbox-exporter) side by side, on loopback: probes per second one
# exporter sustains, CPU per probe, scrape latency, and memory after 1,000 distinct
# targets. Both probe over TCP the same port, where `sipscope-cli respond --transport
# tcp --code 200` listens: SipScope sends OPTIONS and waits for the 200, blackbox's
# tcp_connect module connects and closes. Results go to stdout as Markdown.
#
#   bench/exporter_vs_blackbox.sh [CLI]    CLI: path of sipscope-cli (default: a build's)
#   SECONDS_PER_RUN (10), CLIENTS (16 concurrent keep-alive scrapers), DISTINCT (1000)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SECONDS_PER_RUN=${SECONDS_PER_RUN:-10}
CLIENTS=${CLIENTS:-16}
DISTINCT=${DISTINCT:-1000}
CLI=${1:-}
if [ -z "$CLI" ]; then
    for candidate in "$ROOT"/build/release/app/cli/sipscope-cli "$ROOT"/build/dev/app/cli/sipscope-cli; do
        [ -x "$candidate" ] && CLI=$candidate && break
    done
fi
[ -x "${CLI:-}" ] || { echo "sipscope-cli not found; build it or pass its path" >&2; exit 1; }
if ! command -v prometheus-blackbox-exporter >/dev/null; then
    sudo=(); [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get install -y -qq prometheus-blackbox-exporter >/dev/null
fi
BLACKBOX=$(command -v prometheus-blackbox-exporter)
PYTHON=$(command -v /usr/bin/python3 || command -v python3)

WORK=$(mktemp -d)
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { "$PYTHON" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

SIP_PORT=$(free_port)
"$CLI" respond --listen "127.0.0.1:$SIP_PORT" --transport tcp --code 200 --quiet >"$WORK/respond.log" 2>&1 &
PIDS+=($!)

cat >"$WORK/sipscope.yml" <<YAML
modules:
  sip_tcp: {transport: tcp, timeout: 5s}
allow: [127.0.0.1]
limits: {max_concurrent_probes: 1000, min_interval: 0s}
YAML
SIPSCOPE_PORT=$(free_port)
"$CLI" exporter --config "$WORK/sipscope.yml" --listen "127.0.0.1:$SIPSCOPE_PORT" >"$WORK/sipscope.log" 2>&1 &
SIPSCOPE_PID=$!
PIDS+=($SIPSCOPE_PID)

cat >"$WORK/blackbox.yml" <<YAML
modules:
  tcp_connect: {prober: tcp, timeout: 5s, tcp: {preferred_ip_protocol: ip4}}
YAML
BLACKBOX_PORT=$(free_port)
"$BLACKBOX" --config.file="$WORK/blackbox.yml" --web.listen-address="127.0.0.1:$BLACKBOX_PORT" >"$WORK/blackbox.log" 2>&1 &
BLACKBOX_PID=$!
PIDS+=($BLACKBOX_PID)
sleep 2

"$PYTHON" - "$SECONDS_PER_RUN" "$CLIENTS" "$DISTINCT" "$SIP_PORT" \
    "sipscope-cli exporter" "$SIPSCOPE_PID" "http://127.0.0.1:$SIPSCOPE_PORT/probe?module=sip_tcp&target=" "probe_sip_rtt_seconds" \
    "blackbox_exporter $("$BLACKBOX" --version 2>&1 | awk 'NR==1{print $3}')" "$BLACKBOX_PID" "http://127.0.0.1:$BLACKBOX_PORT/probe?module=tcp_connect&target=" "probe_duration_seconds" <<'PY'
import http.client, os, sys, threading, time, urllib.parse

seconds, clients, distinct, sip_port = float(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
exporters = [sys.argv[5:9], sys.argv[9:13]]
tick = os.sysconf("SC_CLK_TCK")

def cpu(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / tick

def rss(pid):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0

def scrape(conn, path):
    start = time.perf_counter()
    conn.request("GET", path, headers={"X-Prometheus-Scrape-Timeout-Seconds": "5"})
    response = conn.getresponse()
    body = response.read()
    return time.perf_counter() - start, response.status, body

def run(base, metric):
    url = urllib.parse.urlsplit(base)
    latencies, own = [], []
    lock = threading.Lock()
    stop = time.perf_counter() + seconds
    def worker(index):
        # SipScope lets concurrent scrapes of one target and module share a probe: each
        # scraper gets a target of its own (a URI parameter), so every scrape is a probe.
        text = f"127.0.0.1:{sip_port}" if "tcp_connect" in base else f"sip:127.0.0.1:{sip_port};scraper={index}"
        target = urllib.parse.quote(text)
        conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
        mine, mine_own = [], []
        while time.perf_counter() < stop:
            elapsed, status, body = scrape(conn, url.path + "?" + url.query + target)
            if status != 200 or b"probe_success 1" not in body:
                continue
            mine.append(elapsed)
            for line in body.decode().splitlines():
                if line.startswith(metric + " "):
                    mine_own.append(float(line.split()[1]))
        with lock:
            latencies.extend(mine); own.extend(mine_own)
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(clients)]
    for t in threads: t.start()
    for t in threads: t.join()
    return latencies, own

def distinct_targets(base):
    # The same 1,000 distinct targets for both: loopback ports 40000 and up, closed
    # (refused at once), so that what grows is the exporter's state per target.
    url = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    for n in range(distinct):
        scrape(conn, url.path + "?" + url.query + urllib.parse.quote(f"127.0.0.1:{40000 + n}"))

def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))] if values else float("nan")

print(f"| exporter | probes/s | CPU ms per probe | scrape p50 ms | scrape p99 ms | p99 above the probe's own time, ms | RSS MB after {distinct} targets |")
print("|---|---|---|---|---|---|---|")
for name, pid, base, metric in exporters:
    scrape(http.client.HTTPConnection(urllib.parse.urlsplit(base).hostname, urllib.parse.urlsplit(base).port), urllib.parse.urlsplit(base).path + "?" + urllib.parse.urlsplit(base).query + f"127.0.0.1:{sip_port}")
    before = cpu(pid)
    latencies, own = run(base, metric)
    used = cpu(pid) - before
    n = len(latencies)
    distinct_targets(base)
    print(f"| {name} | {n / seconds:.0f} | {1000 * used / max(n, 1):.3f} | {1000 * pct(latencies, 0.5):.2f} | {1000 * pct(latencies, 0.99):.2f} | "
          f"{1000 * (pct(latencies, 0.99) - pct(own, 0.5)):.2f} | {rss(int(pid)):.1f} |")
PY
