# macOS: SipScope.app with our Info.plist and icon; sipscope-cli lives inside the bundle
# (installed there by app/cli) and finds the Qt frameworks macdeployqt copies into
# Contents/Frameworks. Included from packaging/CMakeLists.txt.

set(SIPSCOPE_BUNDLE_NAME "SipScope")
set(SIPSCOPE_ICNS_NAME "sipscope.icns")
# Qt 6.4 supports macOS 10.14 and later, Qt 6.5 and later macOS 11.
if(CMAKE_OSX_DEPLOYMENT_TARGET)
    set(SIPSCOPE_MACOS_MINIMUM "${CMAKE_OSX_DEPLOYMENT_TARGET}")
elseif(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    set(SIPSCOPE_MACOS_MINIMUM "11.0")
else()
    set(SIPSCOPE_MACOS_MINIMUM "10.14")
endif()

include(macos/infoplist.cmake)
sipscope_write_info_plist("${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in"
    "${CMAKE_CURRENT_BINARY_DIR}/Info.plist" "${SIPSCOPE_LANGUAGES}")

set(icns "${CMAKE_CURRENT_SOURCE_DIR}/macos/${SIPSCOPE_ICNS_NAME}")
target_sources(sipscope PRIVATE "${icns}")
set_source_files_properties("${icns}" TARGET_DIRECTORY sipscope
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)

# The local-network prompt's text in each language (Resources/<lang>.lproj).
foreach(language IN LISTS SIPSCOPE_LANGUAGES)
    set(strings "${CMAKE_CURRENT_SOURCE_DIR}/macos/${language}.lproj/InfoPlist.strings")
    target_sources(sipscope PRIVATE "${strings}")
    set_source_files_properties("${strings}" TARGET_DIRECTORY sipscope
        PROPERTIES MACOSX_PACKAGE_LOCATION "Resources/${language}.lproj")
endforeach()

# Set after Qt's own finalizer, so this Info.plist replaces Qt's generated default.
set_target_properties(sipscope PROPERTIES
    MACOSX_BUNDLE TRUE
    OUTPUT_NAME "${SIPSCOPE_BUNDLE_NAME}"
    MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_BINARY_DIR}/Info.plist")

set_target_properties(sipscope-cli PROPERTIES
    INSTALL_RPATH "@executable_path/../Frameworks")

install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION .)

# Qt's own strings (standard buttons, context menus) in SipScope's languages:
# macdeployqt copies no translations. The qt.conf it writes leaves Translations at its
# default, Contents/translations, which is where core/i18n/translations.cpp looks.
get_target_property(sipscope_qmake Qt6::qmake IMPORTED_LOCATION)
execute_process(COMMAND "${sipscope_qmake}" -query QT_INSTALL_TRANSLATIONS
    OUTPUT_VARIABLE sipscope_qt_translations OUTPUT_STRIP_TRAILING_WHITESPACE)
foreach(language IN LISTS SIPSCOPE_LANGUAGES)
    install(FILES "${sipscope_qt_translations}/qtbase_${language}.qm"
        DESTINATION SipScope.app/Contents/translations OPTIONAL)
endforeach()
