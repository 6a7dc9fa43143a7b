# sipscope_rfc2822_date(<YYYY-MM-DD> <out-var>) — "Thu, 26 Nov 2026 12:00:00 +0000", the
# date form of a Debian changelog trailer, for a calendar date. CMake cannot format a
# given date, only the current time, so the weekday comes from Zeller's congruence.
function(sipscope_rfc2822_date iso_date out_var)
    if(NOT iso_date MATCHES "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$")
        message(FATAL_ERROR "Release date '${iso_date}' is not YYYY-MM-DD")
    endif()
    set(year ${CMAKE_MATCH_1})
    math(EXPR month "1${CMAKE_MATCH_2} - 100")
    math(EXPR day "1${CMAKE_MATCH_3} - 100")

    # Zeller counts January and February as months 13 and 14 of the previous year.
    set(m ${month})
    set(y ${year})
    if(m LESS 3)
        math(EXPR m "${m} + 12")
        math(EXPR y "${y} - 1")
    endif()
    math(EXPR h "(${day} + (13 * (${m} + 1)) / 5 + ${y} + ${y} / 4 - ${y} / 100 + ${y} / 400) % 7")
    set(weekdays Sat Sun Mon Tue Wed Thu Fri)
    list(GET weekdays ${h} weekday)
    set(months Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
    math(EXPR month_index "${month} - 1")
    list(GET months ${month_index} month_name)
    if(day LESS 10)
        set(day "0${day}")
    endif()
    set(${out_var} "${weekday}, ${day} ${month_name} ${year} 12:00:00 +0000" PARENT_SCOPE)
endfunction()
