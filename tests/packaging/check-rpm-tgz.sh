#!/usr/bin/env bash
# ctest packaging_rpm_tgz: builds the RPM and the TGZ of the configured build tree and
# checks their metadata and file lists; the TGZ is unpacked and its programs run (they
# use the system Qt, as on the machine that built them).
#
# Usage: check-rpm-tgz.sh BUILD_DIR WORK_DIR VERSION APP_ID
set -euo pipefail
build=$1 version=$3 app_id=$4
source "$(dirname "$0")/common.sh"
pkg_setup "$2"
pkg_require cpack rpm rpmbuild desktop-file-validate appstreamcli file man tar

pkg_step "cpack -G RPM"
pkg_cpack "$build" "$work" RPM
rpm_file=$(find "$work" -maxdepth 1 -name "sipscope-$version-*.rpm" | head -n 1)
[ -n "$rpm_file" ] || pkg_fail "no sipscope-$version-*.rpm; cpack made: $(ls "$work")"
qf() { rpm -qp --dbpath "$work/rpmdb" --queryformat "$1" "$rpm_file"; }
[ "$(qf '%{NAME}')" = sipscope ] || pkg_fail "RPM name is '$(qf '%{NAME}')'"
[ "$(qf '%{VERSION}')" = "$version" ] || pkg_fail "RPM version is '$(qf '%{VERSION}')'"
[ "$(qf '%{LICENSE}')" = MIT ] || pkg_fail "RPM license is '$(qf '%{LICENSE}')'"
files=$(rpm -qpl --dbpath "$work/rpmdb" "$rpm_file")
while read -r path; do
    grep -qxF "/usr/$path" <<<"$files" || pkg_fail "missing /usr/$path in the RPM"
done < <(pkg_expected_paths "$app_id")
# Directories of the filesystem and hicolor-icon-theme packages must not be claimed.
for dir in /usr /usr/bin /usr/share/applications /usr/share/icons/hicolor /usr/share/man/man1; do
    ! grep -qxF "$dir" <<<"$files" || pkg_fail "the RPM claims the system directory $dir"
done
requires=$(rpm -qpR --dbpath "$work/rpmdb" "$rpm_file")
pkg_expect_contains "$requires" "libQt6Core.so.6" "RPM Requires"

pkg_step "cpack -G TGZ"
pkg_cpack "$build" "$work" TGZ
tgz=$(find "$work" -maxdepth 1 -name "sipscope-$version-*.tar.gz" | head -n 1)
[ -n "$tgz" ] || pkg_fail "no sipscope-$version-*.tar.gz; cpack made: $(ls "$work")"
mkdir -p "$work/tgz"
tar -xzf "$tgz" -C "$work/tgz"
top="$work/tgz/$(basename "$tgz" .tar.gz)"
[ -d "$top" ] || pkg_fail "the TGZ has no top-level folder $(basename "$top")"
while read -r path; do
    [ -e "$top/$path" ] || pkg_fail "missing $path in the TGZ"
done < <(pkg_expected_paths "$app_id")

pkg_check_tree "$top" "$app_id" "$version"

printf '\nRPM and TGZ checks passed: %s, %s\n' "$(basename "$rpm_file")" "$(basename "$tgz")"
