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

configure_file(macos/Info.plist.in "${CMAKE_CURRENT_BINARY_DIR}/Info.plist" @ONLY)

set(icns "${CMAKE_CURRENT_SOURCE_DIR}/macos/${SIPSCOPE_ICNS_NAME}")
target_sources(sipscope PRIVATE "${icns}")
set_source_files_properties("${icns}" TARGET_DIRECTORY sipscope
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)

# Set after Qt's own finalizer, so this Info.plist replaces Qt's generated default.
set_target_properties(sipscope PROPERTIES
    MACOSX_BUNDLE TRUE
    OUTPUT_NAME "${SIPSCOPE_BUNDLE_NAME}"
    MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_BINARY_DIR}/Info.plist")

set_target_properties(sipscope-cli PROPERTIES
    INSTALL_RPATH "@executable_path/../Frameworks")

install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION .)
