# Build-wide safety switches, all off by default (the demo's ./build is a plain RelWithDebInfo build).
#   PATCHBAY_WERROR    warnings are errors (CI)
#   PATCHBAY_SANITIZE  AddressSanitizer (with LeakSanitizer) + UndefinedBehaviorSanitizer for every
#                      target; tests then run with the options in tests/CMakeLists.txt (CI)
option(PATCHBAY_WERROR "Treat compiler warnings as errors" OFF)
option(PATCHBAY_SANITIZE "Build with -fsanitize=address,undefined (leak detection on in tests)" OFF)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    add_compile_options(-Wall -Wextra -Wpedantic)
    if(PATCHBAY_WERROR)
        add_compile_options(-Werror)
    endif()
    if(PATCHBAY_SANITIZE)
        set(patchbay_sanitize_flags -fsanitize=address,undefined -fno-omit-frame-pointer)
        add_compile_options(${patchbay_sanitize_flags})
        add_link_options(${patchbay_sanitize_flags})
    endif()
elseif(PATCHBAY_WERROR OR PATCHBAY_SANITIZE)
    message(FATAL_ERROR "PATCHBAY_WERROR and PATCHBAY_SANITIZE need GCC or Clang")
endif()

# PATCHBAY_FUZZ: a clang tree for the libFuzzer targets (tests/fuzz, target patchbay_fuzzers). Every
# library they link is instrumented for coverage, ASan and UBSan; only the fuzz targets link libFuzzer.
option(PATCHBAY_FUZZ "Build the libFuzzer targets (clang only)" OFF)
if(PATCHBAY_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "PATCHBAY_FUZZ needs clang++ (CXX=clang++)")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
                        -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()
