# The one flags target every MedChain target links: language level, warnings, strict Qt
# defines and hardening. Change compile policy here, nowhere else.
add_library(medchain_flags INTERFACE)
add_library(MedChain::flags ALIAS medchain_flags)

target_compile_features(medchain_flags INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

target_compile_options(medchain_flags INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Wunused
    -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough -Wformat=2
    -fstack-protector-strong)
if(MEDCHAIN_WERROR)
    target_compile_options(medchain_flags INTERFACE -Werror)
endif()

# Strings never convert silently between bytes and text; connects are type-checked.
target_compile_definitions(medchain_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT # enforced from Qt 6.7 on; documents the rule until then
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)

target_link_options(medchain_flags INTERFACE -Wl,-z,relro -Wl,-z,now -Wl,--as-needed)

if(MEDCHAIN_SANITIZE)
    target_compile_options(medchain_flags INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(medchain_flags INTERFACE -fsanitize=address,undefined)
endif()

if(MEDCHAIN_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "MEDCHAIN_FUZZ needs clang (use the fuzz preset)")
    endif()
    # Coverage instrumentation for libFuzzer in every library; fuzz executables add the driver.
    target_compile_options(medchain_flags INTERFACE -fsanitize=fuzzer-no-link)
endif()
