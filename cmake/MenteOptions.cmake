# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries every compile flag; every Mente target links it. Flags are picked per
# compiler: MSVC builds the console on Windows (docs/BUILD-WINDOWS.md), GCC and Clang everything on
# Linux. The ELF hardening (relro, now, noexecstack) is for ELF targets only.
add_library(mente_options INTERFACE)

target_compile_definitions(mente_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    MENTE_VERSION="${PROJECT_VERSION}")

if(MSVC)
    # /guard:cf and /sdl: Control Flow Guard and the SDL checks; /utf-8: the sources are UTF-8.
    target_compile_options(mente_options INTERFACE
        /W4 /permissive- /utf-8 /guard:cf /sdl /Zc:__cplusplus
        $<$<BOOL:${MENTE_WERROR}>:/WX>)
    target_link_options(mente_options INTERFACE /guard:cf /DYNAMICBASE /NXCOMPAT
        $<$<BOOL:${MENTE_WERROR}>:/WX>)
    target_compile_definitions(mente_options INTERFACE NOMINMAX WIN32_LEAN_AND_MEAN UNICODE _UNICODE)
else()
    # -fcf-protection is x86 only (CET): asked of the compiler, not assumed.
    include(CheckCXXCompilerFlag)
    check_cxx_compiler_flag(-fcf-protection MENTE_HAVE_CF_PROTECTION)
    target_compile_options(mente_options INTERFACE
        -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual -Wcast-align
        -Wformat=2 -Wimplicit-fallthrough
        -fstack-protector-strong $<$<BOOL:${MENTE_HAVE_CF_PROTECTION}>:-fcf-protection>
        $<$<BOOL:${MENTE_WERROR}>:-Werror>)
    target_compile_definitions(mente_options INTERFACE
        $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>
        $<$<CONFIG:Debug>:_GLIBCXX_ASSERTIONS>)
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang" AND CMAKE_EXECUTABLE_FORMAT STREQUAL "ELF")
        target_link_options(mente_options INTERFACE
            -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack -Wl,--as-needed)
    endif()
endif()

# scripts/fuzz.sh builds with clang and MENTE_FUZZ=ON: everything gets coverage and ASan/UBSan.
option(MENTE_FUZZ "Build libFuzzer targets (clang only)" OFF)
if(MENTE_FUZZ)
    target_compile_options(mente_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    target_link_options(mente_options INTERFACE -fsanitize=address,undefined)
endif()
