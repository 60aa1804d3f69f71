# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries every compile flag; every Mente target links it.
add_library(mente_options INTERFACE)

target_compile_options(mente_options INTERFACE
    -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual -Wcast-align
    -Wformat=2 -Wimplicit-fallthrough
    -fstack-protector-strong -fcf-protection
    $<$<BOOL:${MENTE_WERROR}>:-Werror>)

target_compile_definitions(mente_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    MENTE_VERSION="${PROJECT_VERSION}"
    $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>
    $<$<CONFIG:Debug>:_GLIBCXX_ASSERTIONS>)

target_link_options(mente_options INTERFACE
    -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack -Wl,--as-needed)

# scripts/fuzz.sh builds with clang and MENTE_FUZZ=ON: everything gets coverage and ASan/UBSan.
option(MENTE_FUZZ "Build libFuzzer targets (clang only)" OFF)
if(MENTE_FUZZ)
    target_compile_options(mente_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    target_link_options(mente_options INTERFACE -fsanitize=address,undefined)
endif()
