# Linux and other freedesktop.org systems: desktop entry, AppStream metainfo, the icon
# in the hicolor theme, man pages and the doc files Debian policy asks for. Every path is
# relative to the install prefix, so the same rules serve `cmake --install`, DEB, RPM
# and TGZ. Included from packaging/CMakeLists.txt.

set(linux_resources "${PROJECT_SOURCE_DIR}/resources/linux")

# Full RELRO for the installed programs, as Debian builds its own packages
# (lintian: hardening-no-bindnow).
foreach(program sipscope sipscope-cli)
    target_link_options(${program} PRIVATE "LINKER:-z,relro,-z,now")
endforeach()
set(doc_dir "${CMAKE_INSTALL_DATAROOTDIR}/doc/sipscope")

install(FILES "${linux_resources}/${SIPSCOPE_APP_ID}.desktop"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")

configure_file("${linux_resources}/${SIPSCOPE_APP_ID}.metainfo.xml.in"
    "${CMAKE_CURRENT_BINARY_DIR}/${SIPSCOPE_APP_ID}.metainfo.xml" @ONLY)
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/${SIPSCOPE_APP_ID}.metainfo.xml"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")

# Icons: the SVG as the scalable icon, PNGs rendered from it at build time for the
# panels, docks and software centres that want bitmaps.
set(SIPSCOPE_ICON_SIZES 16 22 24 32 48 64 128 256 512)
add_subdirectory(tools)
set(icon_pngs "")
set(render_args "")
foreach(size IN LISTS SIPSCOPE_ICON_SIZES)
    set(png "${CMAKE_CURRENT_BINARY_DIR}/icons/${size}/${SIPSCOPE_APP_ID}.png")
    list(APPEND icon_pngs "${png}")
    list(APPEND render_args "${png}" ${size})
    install(FILES "${png}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
endforeach()
add_custom_command(OUTPUT ${icon_pngs}
    COMMAND sipscope-svgtopng "${SIPSCOPE_ICON_SVG}" ${render_args}
    DEPENDS sipscope-svgtopng "${SIPSCOPE_ICON_SVG}"
    COMMENT "Rendering the application icon to PNG"
    VERBATIM)
add_custom_target(sipscope_icons ALL DEPENDS ${icon_pngs})
install(FILES "${SIPSCOPE_ICON_SVG}"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
    RENAME "${SIPSCOPE_APP_ID}.svg")

# Man pages. The sources leave the date and version of their .TH line empty; they are
# filled in here from SIPSCOPE_RELEASE_DATE and PROJECT_VERSION. Then gzip-compressed as
# Debian policy 12.1 asks (-n: no name or time stamp, so the package is reproducible).
find_program(SIPSCOPE_GZIP gzip)
set(man_outputs "")
foreach(page sipscope.1 sipscope-cli.1)
    set(source "${CMAKE_CURRENT_SOURCE_DIR}/man/${page}")
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${source}")
    file(READ "${source}" text)
    string(REGEX REPLACE "\n\\.TH ([^ ]+) ([0-9]) \"\" \"SipScope\""
        "\n.TH \\1 \\2 \"${SIPSCOPE_RELEASE_DATE}\" \"SipScope ${PROJECT_VERSION}\"" text "${text}")
    if(NOT text MATCHES "SipScope ${PROJECT_VERSION}")
        message(FATAL_ERROR "${source}: expected a .TH line with an empty date and \"SipScope\"")
    endif()
    set(page_out "${CMAKE_CURRENT_BINARY_DIR}/man/${page}")
    file(WRITE "${page_out}.tmp" "${text}")
    configure_file("${page_out}.tmp" "${page_out}" COPYONLY)
    if(SIPSCOPE_GZIP)
        set(out "${page_out}.gz")
        add_custom_command(OUTPUT "${out}"
            COMMAND "${SIPSCOPE_GZIP}" -9 -n -c "${page_out}" > "${out}"
            DEPENDS "${page_out}"
            COMMENT "Compressing man page ${page}")
    else()
        set(out "${page_out}")
    endif()
    list(APPEND man_outputs "${out}")
    install(FILES "${out}" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
endforeach()
add_custom_target(sipscope_man_pages ALL DEPENDS ${man_outputs})

# /usr/share/doc/sipscope: the licence as a machine-readable Debian copyright file
# (generated from LICENSE so the text lives in one place) and a changelog.
file(READ "${PROJECT_SOURCE_DIR}/LICENSE" license_text)
string(REGEX REPLACE "^MIT License\n\n(Copyright[^\n]*)\n\n" "" license_body "${license_text}")
string(STRIP "${license_body}" license_body)
string(REGEX REPLACE "\n\n" "\n.\n" license_body "${license_body}")
string(REGEX REPLACE "\n" "\n " SIPSCOPE_LICENSE_DEBIAN " ${license_body}")
string(SUBSTRING "${SIPSCOPE_RELEASE_DATE}" 0 4 SIPSCOPE_RELEASE_YEAR)
configure_file(linux/copyright.in "${CMAKE_CURRENT_BINARY_DIR}/copyright" @ONLY)
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/copyright" DESTINATION "${doc_dir}")

include(linux/rfc2822date.cmake)
sipscope_rfc2822_date("${SIPSCOPE_RELEASE_DATE}" SIPSCOPE_RELEASE_DATE_RFC2822)
configure_file(linux/changelog.in "${CMAKE_CURRENT_BINARY_DIR}/changelog" @ONLY)
if(SIPSCOPE_GZIP)
    add_custom_command(OUTPUT "${CMAKE_CURRENT_BINARY_DIR}/changelog.gz"
        COMMAND "${SIPSCOPE_GZIP}" -9 -n -c "${CMAKE_CURRENT_BINARY_DIR}/changelog"
            > "${CMAKE_CURRENT_BINARY_DIR}/changelog.gz"
        DEPENDS "${CMAKE_CURRENT_BINARY_DIR}/changelog")
    add_custom_target(sipscope_changelog ALL DEPENDS "${CMAKE_CURRENT_BINARY_DIR}/changelog.gz")
    install(FILES "${CMAKE_CURRENT_BINARY_DIR}/changelog.gz" DESTINATION "${doc_dir}")
else()
    install(FILES "${CMAKE_CURRENT_BINARY_DIR}/changelog" DESTINATION "${doc_dir}")
endif()

# sipscope-cli exporter: its systemd unit (installed, not enabled: the allow list must
# be written first) and its examples, the configuration, alert rules with their
# promtool tests, and the Grafana dashboard (docs/monitoring.md).
if(TARGET sipscope_exporter)
    install(FILES "${CMAKE_CURRENT_SOURCE_DIR}/exporter/sipscope-exporter.service" DESTINATION lib/systemd/system)
    install(FILES
        "${CMAKE_CURRENT_SOURCE_DIR}/exporter/sipscope-exporter.yml"
        "${CMAKE_CURRENT_SOURCE_DIR}/exporter/sipscope-alerts.yml"
        "${CMAKE_CURRENT_SOURCE_DIR}/exporter/sipscope-alerts.test.yml"
        "${CMAKE_CURRENT_SOURCE_DIR}/exporter/sipscope-grafana-dashboard.json"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/sipscope/exporter")
endif()
