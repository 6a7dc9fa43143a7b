# libstdc++ 12.2 (Debian 12) implements std::stable_sort with its own
# std::get_temporary_buffer, which it marks deprecated for C++17 and later; clang 19
# reports that deprecation at our call sites, and -Werror turns it into an error.
# libstdc++ 12.3 and 13 silence it themselves. Where this toolchain pair is found, the
# clang build does without -Wdeprecated-declarations; GCC, which does not report it,
# still checks every deprecation (and QT_DISABLE_DEPRECATED_UP_TO removes the Qt API
# deprecated up to the oldest Qt supported).
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    return()
endif()
include(CheckCXXSourceCompiles)
set(CMAKE_REQUIRED_FLAGS "-Werror=deprecated-declarations")
check_cxx_source_compiles([=[
#include <algorithm>
#include <vector>
int main()
{
    std::vector<int> values{2, 1};
    std::stable_sort(values.begin(), values.end());
    return values.front();
}
]=] SIPSCOPE_STABLE_SORT_WITHOUT_DEPRECATION)
unset(CMAKE_REQUIRED_FLAGS)
if(NOT SIPSCOPE_STABLE_SORT_WITHOUT_DEPRECATION)
    message(STATUS "libstdc++'s std::stable_sort uses its deprecated get_temporary_buffer: "
                   "building without -Wdeprecated-declarations")
    target_compile_options(sipscope_options INTERFACE -Wno-deprecated-declarations)
endif()
