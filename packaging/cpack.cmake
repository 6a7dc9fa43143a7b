# CPack: DEB, RPM and TGZ on Linux, NSIS (+ ZIP) on Windows, a DragNDrop DMG on macOS.
# `cpack -G <generator>` in a configured build directory picks one; scripts/package
# builds the Linux set. Included from packaging/CMakeLists.txt.

set(CPACK_PACKAGE_NAME "SipScope")
set(CPACK_PACKAGE_VENDOR "${SIPSCOPE_VENDOR}")
set(CPACK_PACKAGE_CONTACT "${SIPSCOPE_VENDOR} <${SIPSCOPE_CONTACT}>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "SIP response code reference and SIP OPTIONS probe")
# Debian control files wrap the extended description themselves; keep lines short and
# paragraphs separated by an empty line.
set(CPACK_PACKAGE_DESCRIPTION
"SipScope explains SIP response codes in plain words and probes SIP servers.
It is made for help-desk staff who read a code off a phone display or a call
log, and for technicians who look after SIP trunks, proxies, PBXs and phones.

The reference covers the IANA-registered SIP response codes and common
non-standard ones, Q.850 cause values and SIP Warning codes, searchable by
number or everyday words, and explains the codes in pasted log text. The
probe sends SIP OPTIONS and shows the status, round-trip time, headers and
raw messages, or why the request failed; a monitor watches many servers and
a responder answers with a chosen code. sipscope-cli offers the same from
the command line, with JSON output and a monitoring-plugin mode.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "SipScope")
set(CPACK_PACKAGE_EXECUTABLES "sipscope" "SipScope")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
# Directories in the packages get 0755 whatever the umask of the packaging machine.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE
    GROUP_READ GROUP_EXECUTE
    WORLD_READ WORLD_EXECUTE)

if(NOT CPACK_GENERATOR)
    if(WIN32)
        set(CPACK_GENERATOR "NSIS;ZIP")
    elseif(APPLE)
        set(CPACK_GENERATOR "DragNDrop")
    else()
        set(CPACK_GENERATOR "DEB;RPM;TGZ")
    endif()
endif()

# Archives, installer and image: sipscope-0.1.0-Linux-x86_64.tar.gz, ...-Windows-AMD64.exe.
set(CPACK_PACKAGE_FILE_NAME "sipscope-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}")

# --- Debian ---------------------------------------------------------------------------
set(CPACK_DEBIAN_PACKAGE_NAME "sipscope")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# Library dependencies come from dpkg-shlibdeps. Plugins are loaded at run time, so
# shlibdeps cannot see them: the SVG icon engine is in libqt6svg6, and xcb/offscreen
# platform plugins in libqt6gui6 (already a library dependency).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

# --- RPM ------------------------------------------------------------------------------
set(CPACK_RPM_PACKAGE_NAME "sipscope")
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_RELEASE 1)
set(CPACK_RPM_PACKAGE_LICENSE "MIT")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Communications")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
# No /usr/lib/.build-id links: they belong to debuginfo packages, which CPack does not make.
set(CPACK_RPM_SPEC_MORE_DEFINE "%define _build_id_links none")
# Requires come from rpm's own ELF scan (AUTOREQ).
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
# Directories owned by the filesystem and hicolor-icon-theme packages must not be
# claimed by ours, or rpm reports file conflicts on install.
set(rpm_system_dirs
    /usr/share/applications /usr/share/metainfo /usr/share/man /usr/share/man/man1
    /usr/share/icons /usr/share/icons/hicolor
    /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps
    /usr/lib/systemd /usr/lib/systemd/system)
foreach(size IN LISTS SIPSCOPE_ICON_SIZES)
    list(APPEND rpm_system_dirs
        /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION ${rpm_system_dirs})

# --- Windows: NSIS --------------------------------------------------------------------
set(CPACK_NSIS_PACKAGE_NAME "SipScope")
set(CPACK_NSIS_DISPLAY_NAME "SipScope ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_SOURCE_DIR}/windows/sipscope.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_SOURCE_DIR}/windows/sipscope.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\sipscope.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${SIPSCOPE_CONTACT}")
# The installer's "add to PATH" page makes sipscope-cli usable from any console.
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# Start-menu entries: CPACK_PACKAGE_EXECUTABLES gives the SipScope shortcut, the NSIS
# template adds "Uninstall"; the desktop shortcut is offered on the options page.
set(CPACK_CREATE_DESKTOP_LINKS "sipscope")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")

# --- macOS: DragNDrop -----------------------------------------------------------------
set(CPACK_DMG_VOLUME_NAME "SipScope ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
if(APPLE)
    set(CPACK_PACKAGE_ICON "${CMAKE_CURRENT_SOURCE_DIR}/macos/sipscope.icns")
endif()
# Leave the licence as a file in the image instead of a click-through agreement.
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)

include(CPack)
