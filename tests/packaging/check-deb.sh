#!/usr/bin/env bash
# ctest packaging_deb: builds the DEB of the configured build tree with cpack and checks
# what a Debian 12 user gets: control fields and shlibdeps dependencies, the file list,
# valid desktop entry and metainfo, icons, man pages, the installed programs running
# from a scratch root (dpkg -x), and lintian without errors.
#
# Usage: check-deb.sh BUILD_DIR WORK_DIR VERSION APP_ID
set -euo pipefail
build=$1 version=$3 app_id=$4
source "$(dirname "$0")/common.sh"
pkg_setup "$2"
pkg_require cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli lintian file man readelf

pkg_step "cpack -G DEB"
pkg_cpack "$build" "$work" DEB
arch=$(dpkg --print-architecture)
deb="$work/sipscope_${version}_${arch}.deb"
[ -f "$deb" ] || pkg_fail "expected $deb; cpack made: $(ls "$work")"

pkg_step "Control fields"
info=$(dpkg-deb -I "$deb")
printf '%s\n' "$info"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = sipscope ] || pkg_fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || pkg_fail "Version is '$(field Version)', expected $version"
[ "$(field Architecture)" = "$arch" ] || pkg_fail "Architecture is '$(field Architecture)'"
[ "$(field Section)" = net ] || pkg_fail "Section is '$(field Section)'"
[ "$(field Priority)" = optional ] || pkg_fail "Priority is '$(field Priority)'"
[[ "$(field Maintainer)" =~ ^[^\<]+\ \<[^@\>]+@[^\>]+\>$ ]] ||
    pkg_fail "Maintainer '$(field Maintainer)' is not 'Name <address>'"
[ -n "$(field Homepage)" ] || pkg_fail "no Homepage"
[ "$(field Description | wc -l)" -ge 3 ] || pkg_fail "Description has no extended text"

pkg_step "File list"
listing=$(dpkg-deb -c "$deb")
paths=$(awk '{print $6}' <<<"$listing")
while read -r path; do
    grep -qxF "./usr/$path" <<<"$paths" || pkg_fail "missing /usr/$path in the DEB"
done < <(pkg_expected_paths "$app_id")
stray=$(grep -v '^\./usr/' <<<"$paths" | grep -vx '\./' || true)
[ -z "$stray" ] || pkg_fail "files outside /usr: $stray"
owners=$(awk '{print $2}' <<<"$listing" | sort -u)
[ "$owners" = root/root ] || pkg_fail "files not owned by root/root: $owners"

pkg_step "Scratch install (dpkg -x)"
root="$work/root"
dpkg -x "$deb" "$root"

pkg_step "Dependencies: one for every Qt library the programs link"
depends=$(field Depends)
printf 'Depends: %s\n' "$depends"
for pkg in libc6 libqt6core6 libqt6svg6; do
    pkg_expect_contains "$depends" "$pkg" "Depends"
done
for exe in "$root/usr/bin/sipscope" "$root/usr/bin/sipscope-cli"; do
    # libQt6Network.so.6 is shipped by libqt6network6, and so on.
    for lib in $(readelf -d "$exe" | sed -n 's/.*Shared library: \[libQt6\([A-Za-z]*\)\.so\.6\].*/\1/p'); do
        pkg_expect_contains "$depends" "libqt6${lib,,}6" "Depends (for libQt6$lib in $(basename "$exe"))"
    done
done

pkg_check_tree "$root/usr" "$app_id" "$version"

pkg_step "lintian"
# Errors fail the check; warnings and info tags are shown for whoever reads the log.
status=0
tags=$(lintian --fail-on error --display-info "$deb" 2>&1) || status=$?
grep -v 'running with root privileges' <<<"$tags" || true
[ "$status" -eq 0 ] || pkg_fail "lintian reports errors (exit $status)"

printf '\nDEB check passed: %s\n' "$(basename "$deb")"
