# SPDX-License-Identifier: GPL-3.0-or-later
# The layers of mente-box, declared once. box-service/CMakeLists.txt makes one static library per
# module from this list (mente_box_<module>, linked PUBLIC to the modules it names), and the ctest
# box_layers (cmake/CheckLayers.cmake) fails on an #include that the list does not allow, because a
# header-only import would not fail to link. docs/ARCHITECTURE.md draws the same picture.
#
# "module: uses..." bottom first. A module may include what it names and, through those, what they
# name; shared/ (libmente) is below every module. Naming a module that comes later in the list is an
# error: the order is the law, the list only says which of the lower modules each one needs.
set(MENTE_BOX_LAYERS
    "kernel:"
    "http: kernel"
    "store: kernel"
    "probe: kernel"
    "notify: store"
    "discovery: probe store"
    "scan: probe store"
    "monitor: probe store"
    "report: notify store"
    "tunnel: discovery store"
    "service: discovery scan monitor notify report tunnel store"
    "api: http service"
    "setup: api"
    "app: setup")

# Imports that run back up, each a temporary, named exception: "from -> to: why". The check allows
# them and the libraries link them (so a static link still resolves); a line whose import is gone
# fails the check until it is removed. None is left: keep it so, fix the import instead.
set(MENTE_BOX_LAYER_EXCEPTIONS "")

# mente_layers_parse(<list var>): sets MENTE_LAYER_MODULES (bottom first) and, per module,
# MENTE_LAYER_USES_<module> (what it names, exceptions included) and MENTE_LAYER_ALLOWED_<module>
# (everything below it that it may include: the closure of what it names).
macro(mente_layers_parse)
    set(MENTE_LAYER_MODULES "")
    set(MENTE_LAYER_ERRORS "")
    foreach(line IN LISTS MENTE_BOX_LAYERS)
        string(REGEX MATCH "^([a-z]+):(.*)$" _ "${line}")
        set(_module "${CMAKE_MATCH_1}")
        string(STRIP "${CMAKE_MATCH_2}" _uses)
        if(_uses STREQUAL "")
            set(_uses_list "")
        else()
            string(REGEX REPLACE "[ \t]+" ";" _uses_list "${_uses}")
        endif()
        set(MENTE_LAYER_USES_${_module} ${_uses_list})
        set(_allowed "")
        foreach(_used IN LISTS _uses_list)
            if(NOT _used IN_LIST MENTE_LAYER_MODULES)
                list(APPEND MENTE_LAYER_ERRORS "${_module} names ${_used}, which is not below it")
            endif()
            list(APPEND _allowed ${_used} ${MENTE_LAYER_ALLOWED_${_used}})
        endforeach()
        list(REMOVE_DUPLICATES _allowed)
        set(MENTE_LAYER_ALLOWED_${_module} ${_allowed})
        list(APPEND MENTE_LAYER_MODULES "${_module}")
    endforeach()
    set(MENTE_LAYER_EXCEPTION_PAIRS "")
    foreach(line IN LISTS MENTE_BOX_LAYER_EXCEPTIONS)
        string(REGEX MATCH "^([a-z]+) -> ([a-z]+):" _ "${line}")
        if(NOT CMAKE_MATCH_1 OR NOT CMAKE_MATCH_2)
            list(APPEND MENTE_LAYER_ERRORS "exception not like \"from -> to: why\": ${line}")
        else()
            list(APPEND MENTE_LAYER_EXCEPTION_PAIRS "${CMAKE_MATCH_1}>${CMAKE_MATCH_2}")
            list(APPEND MENTE_LAYER_USES_${CMAKE_MATCH_1} ${CMAKE_MATCH_2})
        endif()
    endforeach()
endmacro()
