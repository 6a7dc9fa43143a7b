# Helpers shared by the packaging checks. Sourced, not executed.
#
# Every check runs with HOME, TMPDIR and the XDG directories inside its work directory,
# so that cpack, lintian, man and appstreamcli leave nothing outside the build tree.

pkg_fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
pkg_step() { printf '\n== %s\n' "$*"; }

# pkg_setup WORKDIR — empties WORKDIR and confines the tools' scratch files to it.
pkg_setup() {
    work=$1
    rm -rf "$work"
    mkdir -p "$work/home" "$work/tmp" "$work/cache"
    export HOME="$work/home" TMPDIR="$work/tmp" XDG_CACHE_HOME="$work/cache"
    export XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
    export LC_ALL=C.UTF-8
    # rpmbuild's scriptlets would otherwise use /var/tmp.
    printf '%%_tmppath %s\n' "$work/tmp" >"$HOME/.rpmmacros"
}

# pkg_require TOOL... — the checks need Debian tools that scripts/setup.sh installs.
pkg_require() {
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null 2>&1 ||
            pkg_fail "$tool is not installed (scripts/setup.sh lists it in SIPSCOPE_PACKAGES_TEST)"
    done
}

# pkg_cpack BUILD_DIR OUTPUT_DIR GENERATOR — builds one package of the configured project.
pkg_cpack() {
    cpack -G "$3" --config "$1/CPackConfig.cmake" -B "$2" >"$2/cpack-$3.log" 2>&1 || {
        cat "$2/cpack-$3.log" >&2
        pkg_fail "cpack -G $3 failed"
    }
}

# pkg_expect_contains HAYSTACK NEEDLE WHAT
pkg_expect_contains() {
    grep -qF -- "$2" <<<"$1" || pkg_fail "$3: expected '$2' in:"$'\n'"$1"
}

# pkg_expected_paths APP_ID — the files every Linux package installs, relative to the
# prefix, one a line.
pkg_expected_paths() {
    local app_id=$1 size
    printf '%s\n' \
        bin/sipscope \
        bin/sipscope-cli \
        "share/applications/$app_id.desktop" \
        "share/metainfo/$app_id.metainfo.xml" \
        "share/icons/hicolor/scalable/apps/$app_id.svg" \
        share/man/man1/sipscope.1.gz \
        share/man/man1/sipscope-cli.1.gz \
        share/doc/sipscope/copyright \
        share/doc/sipscope/changelog.gz \
        lib/systemd/system/sipscope-exporter.service \
        share/sipscope/exporter/sipscope-exporter.yml \
        share/sipscope/exporter/sipscope-alerts.yml \
        share/sipscope/exporter/sipscope-grafana-dashboard.json
    for size in 16 22 24 32 48 64 128 256 512; do
        printf '%s\n' "share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    done
}

# pkg_check_tree ROOT APP_ID VERSION — runs the installed programs and validates the
# installed data files under ROOT (a prefix such as <scratch>/usr).
pkg_check_tree() {
    local root=$1 app_id=$2 version=$3 size out

    pkg_step "Desktop entry and AppStream metainfo"
    desktop-file-validate "$root/share/applications/$app_id.desktop" ||
        pkg_fail "desktop-file-validate reported problems"
    appstreamcli validate --no-net "$root/share/metainfo/$app_id.metainfo.xml" ||
        pkg_fail "appstreamcli validate reported problems"
    out=$(cat "$root/share/metainfo/$app_id.metainfo.xml")
    pkg_expect_contains "$out" "<release version=\"$version\"" "metainfo release entry"

    pkg_step "Icons"
    for size in 16 22 24 32 48 64 128 256 512; do
        out=$(file -b "$root/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
        pkg_expect_contains "$out" "PNG image data, $size x $size" "icon ${size}x${size}"
    done
    out=$(file -b "$root/share/icons/hicolor/scalable/apps/$app_id.svg")
    pkg_expect_contains "$out" "SVG" "scalable icon"

    pkg_step "Man pages render without warnings"
    local page warnings
    for page in sipscope sipscope-cli; do
        warnings=$(MANWIDTH=80 man --warnings -E UTF-8 -l "$root/share/man/man1/$page.1.gz" 2>&1 >/dev/null)
        [ -z "$warnings" ] || pkg_fail "man $page.1 warns: $warnings"
        out=$(MANWIDTH=80 man -l "$root/share/man/man1/$page.1.gz" 2>/dev/null)
        pkg_expect_contains "$out" "SipScope $version" "man $page.1 footer"
    done

    pkg_step "Installed programs run"
    out=$("$root/bin/sipscope-cli" code 200) || pkg_fail "sipscope-cli code 200 exited with $?"
    printf '%s\n' "$out" | head -n 5
    pkg_expect_contains "$out" "200" "sipscope-cli code 200"
    pkg_expect_contains "$out" "OK" "sipscope-cli code 200"
    out=$(QT_QPA_PLATFORM=offscreen timeout 60 "$root/bin/sipscope" --version) ||
        pkg_fail "sipscope --version exited with $? (124: it did not exit)"
    printf '%s\n' "$out"
    pkg_expect_contains "$out" "$version" "sipscope --version"
}
