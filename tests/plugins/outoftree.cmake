# The plugin SDK proven out of tree (ctest Plugins.OutOfTreeExamples): install this build into a
# temporary prefix, build example plugins as separate CMake projects against it
# (find_package(ParaBench) + parabench_add_workload), run the installed parabench-cli with
# them and check a verified result with the right provenance. Then the same plugin dropped into
# <prefix>/lib/parabench/plugins is found without --plugin, and find_package refuses another
# SDK major version.
#
# cmake -DBUILD_DIR=<build> -DSOURCE_DIR=<source> -DWORK_DIR=<scratch> -DGENERATOR=<generator>
#       -DPROJECT_VERSION=<x.y.z> -P outoftree.cmake
cmake_minimum_required(VERSION 3.25)

# Where the installation keeps plugins (cmake/Install.cmake), relative to the prefix.
load_cache("${BUILD_DIR}" READ_WITH_PREFIX "" PARABENCH_INSTALL_PLUGINDIR)
set(PLUGIN_DIR "${PARABENCH_INSTALL_PLUGINDIR}")

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed (${rc}): ${ARGN}\n${out}\n${err}")
  endif()
  set(run_out "${out}" PARENT_SCOPE)
  set(run_err "${err}" PARENT_SCOPE)
endfunction()

function(expect_json json expected)
  string(JSON value ERROR_VARIABLE err GET "${json}" ${ARGN})
  if(err OR NOT value STREQUAL expected)
    message(FATAL_ERROR "result JSON: ${ARGN} is '${value}', expected '${expected}' ${err}")
  endif()
endfunction()

set(prefix "${WORK_DIR}/prefix")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/home")
# Only the plugins this script names: no user folder, no PARABENCH_PLUGIN_PATH.
set(ENV{XDG_DATA_HOME} "${WORK_DIR}/home")
unset(ENV{PARABENCH_PLUGIN_PATH})

run(${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${prefix}")
set(cli "${prefix}/bin/parabench-cli")

# example name|run arguments
set(cases "collatz|-n|20000" "integrate|-n|5000|-p|steps=50|-p|rule=trapezoid|-p|fma=true")
foreach(case IN LISTS cases)
  string(REPLACE "|" ";" case "${case}")
  list(POP_FRONT case example)
  set(build "${WORK_DIR}/${example}")
  # A plain Release build, as a user makes it: a plugin without -O runs 2-8x slower.
  run(${CMAKE_COMMAND} -S "${SOURCE_DIR}/examples/plugins/${example}" -B "${build}"
      -G "${GENERATOR}" -DCMAKE_BUILD_TYPE=Release "-DCMAKE_PREFIX_PATH=${prefix}")
  run(${CMAKE_COMMAND} --build "${build}")
  set(plugin "${build}/${example}.so")
  set(json "${WORK_DIR}/${example}.json")
  run("${cli}" --plugin "${plugin}" --workload ${example} ${case} --workers 1,2
      --strategy serial,mapped,chunked,mapreduce --reps 2 --warmup 0 --quiet --json "${json}")
  file(READ "${json}" result)
  expect_json("${result}" "complete" status)
  string(JSON cells LENGTH "${result}" cells)
  if(NOT cells EQUAL 7)
    message(FATAL_ERROR "${example}: ${cells} cells, expected 7")
  endif()
  math(EXPR last "${cells} - 1")
  foreach(i RANGE ${last})
    expect_json("${result}" "ON" cells ${i} verified)
    expect_json("${result}" "none" cells ${i} errorKind)
  endforeach()
  file(SHA256 "${plugin}" sha)
  file(REAL_PATH "${plugin}" real)
  expect_json("${result}" "${sha}" plugin sha256)
  expect_json("${result}" "${real}" plugin file)
  expect_json("${result}" "${example}" plugin id)
  expect_json("${result}" "1.0.0" plugin version)
  expect_json("${result}" "${PROJECT_VERSION}" plugin sdkVersion)
  expect_json("${result}" "Release" plugin buildType)
  message(STATUS "${example}: verified, SHA-256 ${sha}")
endforeach()

# Dropped into the installation's plugin folder, it is found without --plugin.
file(COPY "${WORK_DIR}/collatz/collatz.so" DESTINATION "${prefix}/${PLUGIN_DIR}")
run("${cli}" --list)
if(NOT run_out MATCHES "plugin collatz 1.0.0 \\(Release build, SDK ${PROJECT_VERSION}\\), ${prefix}/${PLUGIN_DIR}/collatz.so")
  message(FATAL_ERROR "the installed plugin folder was not searched:\n${run_out}")
endif()

# find_package(ParaBench <another major>) fails cleanly.
file(WRITE "${WORK_DIR}/wrongmajor/CMakeLists.txt" "cmake_minimum_required(VERSION 3.21)
project(wrongmajor LANGUAGES CXX)
find_package(ParaBench 99.0 REQUIRED)\n")
execute_process(COMMAND ${CMAKE_COMMAND} -S "${WORK_DIR}/wrongmajor" -B "${WORK_DIR}/wrongmajor/b"
                -G "${GENERATOR}" "-DCMAKE_PREFIX_PATH=${prefix}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(rc EQUAL 0 OR NOT err MATCHES "ParaBenchConfig\\.cmake, version: ${PROJECT_VERSION}")
  message(FATAL_ERROR "find_package(ParaBench 99.0) against ${PROJECT_VERSION}: rc ${rc}\n${err}")
endif()
file(REMOVE_RECURSE "${WORK_DIR}")
