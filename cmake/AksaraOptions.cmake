# One INTERFACE target carries the language level, Qt's strictness macros and the warnings.
# Every Aksara target links it; nothing is set directory-wide.
add_library(aksara_options INTERFACE)
add_library(Aksara::options ALIAS aksara_options)
target_compile_features(aksara_options INTERFACE cxx_std_20)
target_compile_definitions(aksara_options INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
target_compile_options(aksara_options INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wno-missing-field-initializers>)
