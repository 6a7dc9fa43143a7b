# Writes SipScope.app's Info.plist from Info.plist.in. A function of its own so that the
# Linux test suite (tests/packaging/check-macos-metadata.py, through cmake -P) renders the
# very file a Mac build ships. The caller sets SIPSCOPE_APP_ID, PROJECT_VERSION,
# SIPSCOPE_VENDOR, SIPSCOPE_BUNDLE_NAME, SIPSCOPE_ICNS_NAME and SIPSCOPE_MACOS_MINIMUM.
function(sipscope_write_info_plist template output languages)
    # CFBundleLocalizations: English, the source language, and every translation.
    set(SIPSCOPE_BUNDLE_LOCALIZATIONS "")
    foreach(language IN ITEMS en ${languages})
        string(APPEND SIPSCOPE_BUNDLE_LOCALIZATIONS "        <string>${language}</string>\n")
    endforeach()
    configure_file("${template}" "${output}" @ONLY)
endfunction()

# cmake -DTEMPLATE=… -DOUTPUT=… -DLANGUAGES="de;fr;es" -P infoplist.cmake
if(CMAKE_SCRIPT_MODE_FILE STREQUAL CMAKE_CURRENT_LIST_FILE)
    foreach(variable SIPSCOPE_APP_ID PROJECT_VERSION SIPSCOPE_VENDOR SIPSCOPE_BUNDLE_NAME
                     SIPSCOPE_ICNS_NAME SIPSCOPE_MACOS_MINIMUM)
        if(NOT DEFINED ${variable})
            set(${variable} "test-${variable}")
        endif()
    endforeach()
    sipscope_write_info_plist("${TEMPLATE}" "${OUTPUT}" "${LANGUAGES}")
endif()
