# Windows: version resource and icon on both executables, the MSVC runtime next to
# them, LICENSE.txt in the installation folder. Included from packaging/CMakeLists.txt.

# sipscope_add_version_resource(<target> <description>) — compiles a VERSIONINFO resource
# (Explorer's "Details" tab) with the application icon into <target>.
function(sipscope_add_version_resource target description)
    set(SIPSCOPE_RC_NAME "${target}")
    set(SIPSCOPE_RC_DESCRIPTION "${description}")
    set(SIPSCOPE_RC_ICON "${CMAKE_CURRENT_SOURCE_DIR}/windows/sipscope.ico")
    set(rc "${CMAKE_CURRENT_BINARY_DIR}/${target}.rc")
    configure_file(windows/sipscope.rc.in "${rc}" @ONLY)
    target_sources(${target} PRIVATE "${rc}")
endfunction()

sipscope_add_version_resource(sipscope "SipScope")
sipscope_add_version_resource(sipscope-cli "SipScope command line")

# The GUI is declared WIN32 in app/gui; repeated here because the installer relies on it
# (no console window behind the Start-menu shortcut).
set_target_properties(sipscope PROPERTIES WIN32_EXECUTABLE TRUE)

# vcruntime/msvcp DLLs beside the executables: windeployqt only deploys Qt itself.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
include(InstallRequiredSystemLibraries)

install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION . RENAME LICENSE.txt)
