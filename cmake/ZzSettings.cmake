# Compiler settings, warnings and sanitizers as INTERFACE targets, linked PRIVATE by every zz target
# so that they apply to this project's code only.
add_library(zz_settings INTERFACE)
target_compile_features(zz_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_definitions(zz_settings INTERFACE $<$<CONFIG:Debug>:_GLIBCXX_ASSERTIONS>)

add_library(zz_warnings INTERFACE)
target_compile_options(zz_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wold-style-cast
  -Wnon-virtual-dtor -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough
  $<$<BOOL:${ZZREPORT_WERROR}>:-Werror>)
target_link_libraries(zz_settings INTERFACE zz_warnings)

if(ZZREPORT_SANITIZE)
  list(JOIN ZZREPORT_SANITIZE "," _zz_sanitizers)
  target_compile_options(zz_settings INTERFACE -fsanitize=${_zz_sanitizers} -fno-omit-frame-pointer
                         -fno-sanitize-recover=all)
  target_link_options(zz_settings INTERFACE -fsanitize=${_zz_sanitizers})
endif()

# zz_add_library(NAME SOURCES... [DEPS ...] [PRIVATE_DEPS ...]): a stage library with public headers in include/.
function(zz_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS;PRIVATE_DEPS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  add_library(zz::${name} ALIAS ${name})
  target_include_directories(${name} PUBLIC
    $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include> $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>
    PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
  target_link_libraries(${name} PUBLIC ${ARG_DEPS} PRIVATE zz_settings ${ARG_PRIVATE_DEPS})
  # Installed for other C++ projects only on request (cmake --install --component dev): zz_text is
  # zzreport::text of find_package(zzreport).
  string(REGEX REPLACE "^zz_" "" export_name ${name})
  set_target_properties(${name} PROPERTIES EXPORT_NAME ${export_name})
  install(TARGETS ${name} EXPORT zzreportTargets ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
          COMPONENT dev EXCLUDE_FROM_ALL)
endfunction()
