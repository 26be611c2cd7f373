# Turns a program's QCommandLineParser --help output into a man page (script mode, run at build
# time by parabench_add_man_page() in cmake/Install.cmake), so the man page's options are always
# the program's own. The hand-written parts (NAME, EXIT STATUS, EXAMPLES, ...) are in TEMPLATE;
# this script fills in @HELP_SYNOPSIS@, @HELP_DESCRIPTION@, @HELP_OPTIONS@ and @HELP_ARGUMENTS@
# (plus @PROJECT_VERSION@ and @PARABENCH_RELEASE_DATE@), then compresses it with gzip -9n
# (no name or time stamp in the header: the same input gives the same bytes).
#
#   cmake -DPROGRAM=app/parabench-cli -DNAME=parabench-cli -DTEMPLATE=parabench-cli.1.in
#         -DOUTPUT=parabench-cli.1.gz -DGZIP=/usr/bin/gzip -DPROJECT_VERSION=0.1.0
#         -DPARABENCH_RELEASE_DATE=2026-11-25 -P HelpToMan.cmake
#
# The --help layout it reads (Qt 6): "Usage: <path> <synopsis>", the description up to the
# first blank line, then sections ("Options:", "Arguments:") whose entries start with two
# spaces, a name column, two or more spaces and the description; wrapped description lines
# start with more spaces.
cmake_minimum_required(VERSION 3.25)

foreach(var PROGRAM NAME TEMPLATE OUTPUT GZIP PROJECT_VERSION PARABENCH_RELEASE_DATE)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "HelpToMan.cmake: -D${var}=... is required")
  endif()
endforeach()

# The help text must not depend on the build machine's locale or display. A sanitized build's
# leak report at exit is not this step's business (the tests check for leaks).
set(ENV{LC_ALL} C)
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{ASAN_OPTIONS} detect_leaks=0)
execute_process(COMMAND "${PROGRAM}" --help
  OUTPUT_VARIABLE help ERROR_VARIABLE help_err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR help STREQUAL "")
  message(FATAL_ERROR "HelpToMan.cmake: '${PROGRAM} --help' failed (${rc}): ${help_err}")
endif()

# CMake lists split on ';' and treat '[' ']' as grouping: hide them while working line by line.
string(ASCII 1 SEMI)
string(ASCII 2 LBR)
string(ASCII 3 RBR)
string(REPLACE ";" "${SEMI}" help "${help}")
string(REPLACE "[" "${LBR}" help "${help}")
string(REPLACE "]" "${RBR}" help "${help}")
string(REPLACE "\r" "" help "${help}")
string(REGEX REPLACE "\n$" "" help "${help}")
string(REPLACE "\n" ";" lines "${help}")

# Text in roff: backslash and minus escaped (an unescaped '-' may print as a hyphen that breaks
# copy and paste of options), and no line may start with a control character.
function(roff_text out text)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REPLACE "-" "\\-" text "${text}")
  string(REGEX REPLACE "^([.'])" "\\\\&\\1" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

# "-w, --workload <id>" -> bold option names, italic value placeholders.
function(roff_names out names)
  string(REPLACE " " ";" tokens "${names}")
  set(result "")
  foreach(token IN LISTS tokens)
    set(comma "")
    if(token MATCHES "^(.*),$")
      set(token "${CMAKE_MATCH_1}")
      set(comma ",")
    endif()
    roff_text(token "${token}")
    if(token MATCHES "^\\\\-")
      string(APPEND result " \\fB${token}\\fR${comma}")
    else()
      string(APPEND result " \\fI${token}\\fR${comma}")
    endif()
  endforeach()
  string(STRIP "${result}" result)
  set(${out} "${result}" PARENT_SCOPE)
endfunction()

set(synopsis "")
set(description "")
set(section "") # "" = description, else the section heading of --help
set(entries_Options "")
set(entries_Arguments "")
set(current_name "")
set(current_text "")
set(seen_blank FALSE)

macro(flush_entry)
  if(NOT current_name STREQUAL "")
    if(NOT section MATCHES "^(Options|Arguments)$")
      message(FATAL_ERROR "HelpToMan.cmake: unknown --help section '${section}:' (add it here)")
    endif()
    roff_names(n "${current_name}")
    string(STRIP "${current_text}" t)
    roff_text(t "${t}")
    string(APPEND entries_${section} ".TP\n${n}\n${t}\n")
  endif()
  set(current_name "")
  set(current_text "")
endmacro()

foreach(line IN LISTS lines)
  if(synopsis STREQUAL "" AND line MATCHES "^Usage: [^ ]+ ?(.*)$")
    roff_text(rest "${CMAKE_MATCH_1}")
    roff_text(program "${NAME}")
    set(synopsis ".B ${program}\n${rest}")
  elseif(line STREQUAL "")
    flush_entry()
    set(seen_blank TRUE)
  elseif(seen_blank AND line MATCHES "^([A-Z][A-Za-z ]*):$")
    set(heading "${CMAKE_MATCH_1}")
    flush_entry()
    set(section "${heading}")
  elseif(section STREQUAL "")
    roff_text(t "${line}")
    string(APPEND description "${t}\n")
  elseif(line MATCHES "^  ([^ ]([^ ]| [^ ])*)(  +(.*))?$")
    set(name "${CMAKE_MATCH_1}")
    set(text "${CMAKE_MATCH_4}")
    flush_entry() # (its own MATCHES overwrites CMAKE_MATCH_*)
    set(current_name "${name}")
    set(current_text "${text}")
  elseif(line MATCHES "^   +(.*)$")
    string(APPEND current_text " ${CMAKE_MATCH_1}")
  else()
    message(FATAL_ERROR "HelpToMan.cmake: cannot read this --help line of ${NAME}: '${line}'")
  endif()
endforeach()
flush_entry()

if(synopsis STREQUAL "" OR description STREQUAL "" OR entries_Options STREQUAL "")
  message(FATAL_ERROR "HelpToMan.cmake: '${PROGRAM} --help' has no usage line, description "
                      "or options; is it a QCommandLineParser help text?")
endif()

set(HELP_SYNOPSIS "${synopsis}")
string(STRIP "${description}" HELP_DESCRIPTION)
string(STRIP "${entries_Options}" HELP_OPTIONS)
set(HELP_ARGUMENTS "")
if(NOT entries_Arguments STREQUAL "")
  string(STRIP "${entries_Arguments}" HELP_ARGUMENTS)
  set(HELP_ARGUMENTS ".SH ARGUMENTS\n${HELP_ARGUMENTS}")
endif()

file(READ "${TEMPLATE}" page)
string(CONFIGURE "${page}" page @ONLY)
string(REPLACE "${SEMI}" ";" page "${page}")
string(REPLACE "${LBR}" "[" page "${page}")
string(REPLACE "${RBR}" "]" page "${page}")
string(REGEX REPLACE "\\.gz$" "" plain "${OUTPUT}")
file(WRITE "${plain}" "${page}")
execute_process(COMMAND "${GZIP}" -9n -c "${plain}" OUTPUT_FILE "${OUTPUT}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "HelpToMan.cmake: ${GZIP} failed (${rc})")
endif()
