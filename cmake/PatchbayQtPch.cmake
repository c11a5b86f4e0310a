# Precompiled Qt headers, shared through REUSE_FROM: parsing Qt's headers was about half of the compile
# time of a source file. A holder target precompiles whole Qt modules and defines none of the macros
# its users define differently (QT_NETWORK_LIB, QT_TESTCASE_BUILDDIR…: only QtTest's headers read
# them, and QtTest stays out), so GCC and clang accept its header for every user; -Winvalid-pch with
# -Werror fails the build if not. Off under a ccache launcher, which cannot cache such compiles; that
# build also checks that every file includes what it uses.
if(CMAKE_CXX_COMPILER_LAUNCHER MATCHES "ccache")
    set(PATCHBAY_QT_PCH OFF)
else()
    set(PATCHBAY_QT_PCH ON)
endif()

# patchbay_add_qt_pch(NAME MODULES Network Gui … [OPTIONS …]): the holder of QtCore plus MODULES,
# compiled with OPTIONS (its users must have the same compile options).
function(patchbay_add_qt_pch name)
    cmake_parse_arguments(P "" "" "MODULES;OPTIONS" ${ARGN})
    if(NOT PATCHBAY_QT_PCH)
        return()
    endif()
    file(CONFIGURE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/${name}.cpp CONTENT "// Holder of a precompiled header\n")
    add_library(${name} OBJECT ${CMAKE_CURRENT_BINARY_DIR}/${name}.cpp)
    set_target_properties(${name} PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
    target_link_libraries(${name} PRIVATE Qt6::Core) # QT_CORE_LIB, QT_NO_DEBUG, -fPIC as in every user
    target_compile_options(${name} PRIVATE ${P_OPTIONS})
    set(headers <QtCore/QtCore>)
    foreach(module ${P_MODULES}) # their headers, without their QT_*_LIB macros
        target_include_directories(${name} SYSTEM PRIVATE
            $<TARGET_PROPERTY:Qt6::${module},INTERFACE_INCLUDE_DIRECTORIES>)
        list(APPEND headers <Qt${module}/Qt${module}>)
    endforeach()
    target_precompile_headers(${name} PRIVATE ${headers})
endfunction()

# patchbay_use_qt_pch(TARGET PCH_TARGET)
function(patchbay_use_qt_pch target pch)
    if(TARGET ${pch})
        target_precompile_headers(${target} REUSE_FROM ${pch})
    endif()
endfunction()
