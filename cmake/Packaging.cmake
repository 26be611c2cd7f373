# Debian packages with CPack: `cpack -G DEB` in the build folder (docs/install.md). Included
# last from the top-level CMakeLists.txt: include(CPack) packs the install rules that exist by
# then, so any install() must come before it.
#
# Components, one .deb each (CPACK_DEB_COMPONENT_INSTALL):
#
#   Runtime      -> parabench_<version>_<arch>.deb: the two programs, desktop file, icons,
#                   AppStream metainfo, man pages, docs, the (empty) plugin folder.
#                   Add to it with `install(... COMPONENT Runtime)`.
#   Development  -> parabench-dev_<version>_<arch>.deb: the plugin SDK (headers under
#                   include/parabench, lib/cmake/ParaBench with parabench_add_workload()), from
#                   core/sdk/CMakeLists.txt. Depends on parabench of the same version and on
#                   qt6-base-dev (ParaBenchConfig.cmake finds Qt6 Core and Concurrent; shlibdeps
#                   only sees shared libraries). docs/plugins.md.
#
# A rule without COMPONENT would land in a third package, parabench-unspecified: configuring
# fails instead (below). Runtime dependencies are computed by dpkg-shlibdeps from the binaries;
# add a package they cannot see (a plugin loaded at run time) to CPACK_DEBIAN_RUNTIME_PACKAGE_DEPENDS.

get_cmake_property(_pb_components COMPONENTS)
list(REMOVE_ITEM _pb_components Runtime Development)
if(_pb_components)
  message(FATAL_ERROR "Install rules for components '${_pb_components}': every install() needs "
                      "COMPONENT Runtime or COMPONENT Development (see cmake/Packaging.cmake).")
endif()

# CPack's DEB generator runs dpkg-shlibdeps (dpkg-dev) for the Depends line on the files that
# `file` says are ELF binaries. Looked up here, as CPack will, so that they are in
# CMakeCache.txt for scripts/check-deps. Packaging needs them, building does not.
find_program(PARABENCH_DPKG_SHLIBDEPS dpkg-shlibdeps)
find_program(PARABENCH_FILE file)

set(PARABENCH_PACKAGE_CONTACT "ParaBench maintainers <maintainers@parabench.invalid>"
    CACHE STRING "Maintainer of the Debian packages (name <email>)")
set(PARABENCH_PACKAGE_HOMEPAGE "" CACHE STRING "Homepage field of the Debian packages (optional)")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME parabench)
set(CPACK_PACKAGE_VENDOR "ParaBench")
set(CPACK_PACKAGE_CONTACT "${PARABENCH_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PARABENCH_PACKAGE_HOMEPAGE}")
# CPACK_PACKAGE_VERSION defaults to PROJECT_VERSION.
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Install with DESTDIR and the real prefix (/usr), not with the staging folder as the prefix:
# the desktop file's Exec is the installed program's path (cmake/Install.cmake).
set(CPACK_SET_DESTDIR ON)
set(CPACK_INSTALL_PREFIX /usr)

set(CPACK_DEB_COMPONENT_INSTALL ON)
# Named explicitly: CPack packs a single component as a plain package (ignoring the per-component
# settings below) unless the list is given.
get_cmake_property(CPACK_COMPONENTS_ALL COMPONENTS)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # <name>_<version>-<release>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_ENABLE_COMPONENT_DEPENDS ON) # -dev depends on the runtime package
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)

set(CPACK_COMPONENT_RUNTIME_DISPLAY_NAME "ParaBench")
set(CPACK_DEBIAN_RUNTIME_PACKAGE_NAME parabench)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SECTION devel)
# First line: the summary. CPack indents the rest and turns blank lines into " .".
set(CPACK_DEBIAN_RUNTIME_DESCRIPTION
"measure how a map over data speeds up from one thread to many
ParaBench measures how a map over data scales from serial to parallel with
Qt's QtConcurrent, and explains the result. Every strategy gets the same
deterministic input, every parallel output is checked against the serial one,
and the timings come with warm-up, repetitions, confidence intervals, noise
warnings, an Amdahl fit and the Karp-Flatt serial fraction.

This package contains the desktop app parabench (live charts of time, speedup
and efficiency; runs can be overlaid and exported as PNG, SVG, PDF, CSV, JSON
and Markdown) and the command-line program parabench-cli for scripts and CI.")

set(CPACK_COMPONENT_DEVELOPMENT_DISPLAY_NAME "ParaBench plugin SDK")
set(CPACK_COMPONENT_DEVELOPMENT_DEPENDS Runtime)
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_NAME parabench-dev)
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_SECTION libdevel)
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_DEPENDS "qt6-base-dev (>= 6.4)")
set(CPACK_DEBIAN_DEVELOPMENT_DESCRIPTION
"ParaBench plugin SDK: headers and CMake package
The header-only SDK and the CMake package configuration
(find_package(ParaBench), parabench_add_workload()) to build workload plugins
for ParaBench, which measures how a map over data speeds up from one thread
to many.")

set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/out/" "CMakeUserPresets\\\\.json$")

include(CPack)

if(PARABENCH_BUILD_TESTS)
  add_subdirectory("${PROJECT_SOURCE_DIR}/tests/packaging" "${PROJECT_BINARY_DIR}/tests/packaging")
endif()
