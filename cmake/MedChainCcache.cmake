# Use ccache when it is installed: a full rebuild on a 2-core machine is slow.
find_program(MEDCHAIN_CCACHE ccache)
if(MEDCHAIN_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_C_COMPILER_LAUNCHER "${MEDCHAIN_CCACHE}")
    set(CMAKE_CXX_COMPILER_LAUNCHER "${MEDCHAIN_CCACHE}")
endif()
