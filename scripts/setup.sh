# Shared set-up for ./scripts/run, ./scripts/test and friends. Sourced, not executed.
#
# Installs whatever build and test dependencies are missing (apt, with sudo when not
# root), then configures the chosen CMake preset. Everything a fresh Debian 12 or
# Ubuntu 24.04 machine needs is listed here, so a green CI run cannot hide a step
# that was done by hand.

SIPSCOPE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Build and run; clang 19 and its sanitizer runtimes build the `asan` preset of
# ./scripts/test, the second compiler every run builds the tree with (-Werror).
SIPSCOPE_PACKAGES_BUILD=(
    cmake ninja-build g++ pkg-config clang-19 libclang-rt-19-dev libpcap-dev
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev qt6-websockets-dev qt6-qpa-plugins qt6-translations-l10n libgl-dev
    fonts-dejavu-core libyaml-cpp-dev qtkeychain-qt6-dev
)
# The test suite: a real Kamailio and a real baresip (a second, unrelated SIP stack)
# on loopback, sipsak for interoperability, dnsmasq-base (a DNS server with NAPTR records on
# loopback, without the system service of the dnsmasq package), openssl
# for the throw-away TLS certificates; cpack's DEB/RPM tools and the validators for the
# packaging checks (tests/packaging); Xvfb, xdotool and xclip for the GUI tests that
# drive the real window with real input events (tests/xvfb); a private Secret Service
# (dbus-daemon, gnome-keyring-daemon, secret-tool) for the keychain tests (tests/keychain).
SIPSCOPE_PACKAGES_TEST=(
    kamailio kamailio-tls-modules kamailio-websocket-modules baresip sipsak openssl tshark prometheus dnsmasq-base
    dpkg-dev rpm file man-db desktop-file-utils appstream lintian
    python3 xvfb xdotool xclip
    dbus-daemon dbus-bin gnome-keyring libsecret-tools
)
# ./scripts/fuzz: clang with its libFuzzer and sanitizer runtimes.
SIPSCOPE_PACKAGES_FUZZ=(clang libclang-rt-dev)
# ./scripts/bench: the peers SipScope is compared with (libosip2's parser, sipsak),
# hyperfine for start-up times, GNU time for peak RSS, Kamailio as the server.
# tshark for the RTT against the wire (scripts/wire-rtt); blackbox_exporter beside the
# exporter (bench/exporter_vs_blackbox.sh).
SIPSCOPE_PACKAGES_BENCH=(libosip2-dev hyperfine time sipsak kamailio tshark python3 prometheus-blackbox-exporter)

sipscope_log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# sipscope_ensure_packages PKG... — installs the packages that are not installed yet.
sipscope_ensure_packages() {
    local missing=() pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' ||
            missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if ! command -v apt-get >/dev/null 2>&1; then
        sipscope_log "Missing packages: ${missing[*]}. This script installs with apt; see README.md for other platforms."
        return 1
    fi
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo -E)
    sipscope_log "Installing: ${missing[*]}"
    "${sudo[@]}" apt-get update -qq || return 1
    # Installing Kamailio must not start it as a system service on 5060; the tests
    # start their own instances on free loopback ports.
    local policy_rc="/usr/sbin/policy-rc.d" made_policy=0
    if [ ! -e "$policy_rc" ]; then
        printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$policy_rc" >/dev/null &&
            "${sudo[@]}" chmod +x "$policy_rc" && made_policy=1
    fi
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}"
    local rc=$?
    [ "$made_policy" -eq 1 ] && "${sudo[@]}" rm -f "$policy_rc"
    return $rc
}

# sipscope_configure PRESET — configures build/PRESET (idempotent).
sipscope_configure() {
    local preset=$1
    cd "$SIPSCOPE_ROOT" || return 1
    if [ ! -f "build/$preset/CMakeCache.txt" ]; then
        sipscope_log "Configuring preset '$preset'"
        cmake --preset "$preset" >/dev/null || return 1
    fi
}

# sipscope_build PRESET [TARGET...]
sipscope_build() {
    local preset=$1; shift
    sipscope_configure "$preset" || return 1
    sipscope_log "Building preset '$preset'"
    local targets=()
    for t in "$@"; do targets+=(--target "$t"); done
    cmake --build "build/$preset" "${targets[@]}"
}
