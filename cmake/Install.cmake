# What `cmake --install` puts where (GNUInstallDirs, relative to the prefix). Included at the end
# of the top-level CMakeLists.txt, after every target exists. The programs' own install rules are
# next to them (app/CMakeLists.txt); this file installs the desktop integration, man pages, docs
# and the plugin folder. docs/install.md lists the result.
#
# Every rule names its COMPONENT: Runtime (the `parabench` package) or Development (the
# `parabench-dev` package); cmake/Packaging.cmake explains them and refuses a rule without one.
include(GNUInstallDirs)

# The AppStream component id; the desktop file and the metainfo file are named after it.
set(PARABENCH_APP_ID io.github.parabench.ParaBench)
# Date of the release project(VERSION) names: AppStream's <release> and the man pages show it.
# Change it together with the version.
set(PARABENCH_RELEASE_DATE 2026-11-25)

# share/doc/parabench, not GNUInstallDirs' share/doc/ParaBench (Debian names it after the
# package), unless CMAKE_INSTALL_DOCDIR was given.
if("$CACHE{CMAKE_INSTALL_DOCDIR}" STREQUAL "")
  set(CMAKE_INSTALL_DOCDIR "${CMAKE_INSTALL_DATAROOTDIR}/doc/parabench")
endif()
# Where plugins go and, relative to the prefix, where the app will look for them.
set(PARABENCH_INSTALL_PLUGINDIR "${CMAKE_INSTALL_LIBDIR}/parabench/plugins" CACHE PATH
    "Plugin folder, relative to the installation prefix")

set(_pb_res "${PROJECT_SOURCE_DIR}/resources")
set(_pb_gen "${PROJECT_BINARY_DIR}/packaging")

# --- man pages: generated from each program's --help at build time --------------------------
# gzip -9n: Debian compresses man pages; -n keeps name and time out, so rebuilds are identical.
find_program(PARABENCH_GZIP gzip)
if(NOT PARABENCH_GZIP)
  message(FATAL_ERROR "gzip not found: it compresses the man pages (Debian package gzip).")
endif()

function(parabench_add_man_page target)
  set(page "${_pb_gen}/${target}.1.gz")
  add_custom_command(OUTPUT "${page}"
    COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:${target}> -DNAME=${target}
            -DTEMPLATE=${_pb_res}/man/${target}.1.in -DOUTPUT=${page} -DGZIP=${PARABENCH_GZIP}
            -DPROJECT_VERSION=${PROJECT_VERSION}
            -DPARABENCH_RELEASE_DATE=${PARABENCH_RELEASE_DATE}
            -P ${PROJECT_SOURCE_DIR}/cmake/HelpToMan.cmake
    DEPENDS ${target} "${_pb_res}/man/${target}.1.in" "${PROJECT_SOURCE_DIR}/cmake/HelpToMan.cmake"
    COMMENT "Generating man page ${target}.1 from ${target} --help"
    VERBATIM)
  add_custom_target(${target}-man ALL DEPENDS "${page}")
  install(FILES "${page}" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1" COMPONENT Runtime)
endfunction()

parabench_add_man_page(parabench-cli)
if(TARGET parabench)
  parabench_add_man_page(parabench)
endif()

# --- desktop integration (the desktop app only) ----------------------------------------------
if(TARGET parabench)
  configure_file("${_pb_res}/${PARABENCH_APP_ID}.metainfo.xml.in"
                 "${_pb_gen}/${PARABENCH_APP_ID}.metainfo.xml" @ONLY)
  install(FILES "${_pb_gen}/${PARABENCH_APP_ID}.metainfo.xml"
          DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/metainfo" COMPONENT Runtime)

  # Icon=parabench: the scalable SVG plus PNGs for sizes that do not scale well. The PNGs are
  # committed, rendered once from resources/parabench.svg with (librsvg2-bin, not a build dep):
  #   for s in 16 22 24 32 48 64 128 256; do rsvg-convert -w $s -h $s resources/parabench.svg \
  #     -o resources/icons/hicolor/${s}x${s}/apps/parabench.png; done
  install(FILES "${_pb_res}/parabench.svg"
          DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/scalable/apps" COMPONENT Runtime)
  install(DIRECTORY "${_pb_res}/icons/hicolor"
          DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/icons" COMPONENT Runtime
          FILES_MATCHING PATTERN "*.png")

  # The desktop file's Exec is the installed program's full path, which only the install step
  # knows: CPack installs this build with prefix /usr, `cmake --install --prefix ~/.local` with
  # another. So it is written at install time, honouring DESTDIR, logged and added to the
  # install manifest like the files installed by install(FILES).
  set(_pb_desktop_in "${_pb_res}/${PARABENCH_APP_ID}.desktop.in")
  install(CODE "
    get_filename_component(_prefix \"\${CMAKE_INSTALL_PREFIX}\" ABSOLUTE)
    set(PARABENCH_DESKTOP_EXEC \"\${_prefix}/${CMAKE_INSTALL_BINDIR}/parabench\")
    set(_file \"\${_prefix}/${CMAKE_INSTALL_DATAROOTDIR}/applications/${PARABENCH_APP_ID}.desktop\")
    message(STATUS \"Installing: \$ENV{DESTDIR}\${_file}\")
    configure_file(\"${_pb_desktop_in}\" \"\$ENV{DESTDIR}\${_file}\" @ONLY)
    list(APPEND CMAKE_INSTALL_MANIFEST_FILES \"\${_file}\")
  " COMPONENT Runtime)
endif()

# --- plugins: an empty folder the app will load plugins from ---------------------------------
install(DIRECTORY DESTINATION "${PARABENCH_INSTALL_PLUGINDIR}" COMPONENT Runtime)
# The programs search it relative to their own folder (core/run/plugins.cpp), so an installed
# tree finds its plugins wherever the prefix is.
file(RELATIVE_PATH _pb_plugins_from_bin "/prefix/${CMAKE_INSTALL_BINDIR}"
     "/prefix/${PARABENCH_INSTALL_PLUGINDIR}")
target_compile_definitions(parabench_core PRIVATE
  PARABENCH_PLUGIN_DIR_FROM_BIN="${_pb_plugins_from_bin}")

# --- docs --------------------------------------------------------------------------------------
# README.md at the top and docs/ beside it, so the README's links (docs/measurement.md,
# docs/screenshot.png) still work. The example exports stay in the source tree.
install(FILES "${PROJECT_SOURCE_DIR}/README.md" DESTINATION "${CMAKE_INSTALL_DOCDIR}"
        COMPONENT Runtime)
install(DIRECTORY "${PROJECT_SOURCE_DIR}/docs/" DESTINATION "${CMAKE_INSTALL_DOCDIR}/docs"
        COMPONENT Runtime
        FILES_MATCHING PATTERN "*.md" PATTERN "screenshot.png"
        PATTERN "example" EXCLUDE)
