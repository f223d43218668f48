# aksara_add_module(NAME <name> [UI] DEPENDS <targets...> SOURCES <files...> [RESOURCES <qrc...>])
#
# Declares the static library aksara_<name> (or aksara_<name>_ui with UI) with its dependencies as
# targets. Non-UI modules get AKSARA_NO_GUI, which core/Guard.h turns into a build error if a Qt Gui or
# Widgets header ever reaches them.
function(aksara_add_module)
    cmake_parse_arguments(M "UI" "NAME" "DEPENDS;SOURCES;RESOURCES" ${ARGN})
    if(M_UI)
        set(target aksara_${M_NAME}_ui)
        set(alias Aksara::${M_NAME}_ui)
    else()
        set(target aksara_${M_NAME})
        set(alias Aksara::${M_NAME})
    endif()
    add_library(${target} STATIC ${M_SOURCES} ${M_RESOURCES})
    add_library(${alias} ALIAS ${target})
    target_include_directories(${target} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/..)
    target_link_libraries(${target} PUBLIC aksara_options ${M_DEPENDS})
    if(NOT M_UI)
        target_compile_definitions(${target} PRIVATE AKSARA_NO_GUI)
    endif()
    set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON)
endfunction()
