# Finds SQLCipher (Debian: libsqlcipher-dev) and defines the imported target SQLCipher::SQLCipher.
# Consumers include <sqlite3.h> from SQLCipher's own include folder, compiled with the codec on.
find_package(PkgConfig QUIET REQUIRED)
pkg_check_modules(PC_SQLCIPHER QUIET sqlcipher)

find_path(SQLCipher_INCLUDE_DIR sqlite3.h
    HINTS ${PC_SQLCIPHER_INCLUDE_DIRS}
    PATH_SUFFIXES sqlcipher
    NO_DEFAULT_PATH)
find_path(SQLCipher_INCLUDE_DIR sqlite3.h PATH_SUFFIXES sqlcipher)
find_library(SQLCipher_LIBRARY NAMES sqlcipher HINTS ${PC_SQLCIPHER_LIBRARY_DIRS})
set(SQLCipher_VERSION "${PC_SQLCIPHER_VERSION}")

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(SQLCipher
    REQUIRED_VARS SQLCipher_LIBRARY SQLCipher_INCLUDE_DIR
    VERSION_VAR SQLCipher_VERSION)

if(SQLCipher_FOUND AND NOT TARGET SQLCipher::SQLCipher)
    add_library(SQLCipher::SQLCipher UNKNOWN IMPORTED)
    set_target_properties(SQLCipher::SQLCipher PROPERTIES
        IMPORTED_LOCATION "${SQLCipher_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${SQLCipher_INCLUDE_DIR}"
        INTERFACE_COMPILE_DEFINITIONS "SQLITE_HAS_CODEC")
endif()
mark_as_advanced(SQLCipher_INCLUDE_DIR SQLCipher_LIBRARY)
