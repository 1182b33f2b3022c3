# The simulator against the host reference, for one configuration.
#   cmake -DFERRO=ferro -DHOST=unit_host -DPATCH=unit_patch -DELF=fw.elf
#         -DOUT=prefix "-DOPTS=--mode;unit;--div;tree" -P unit_compare.cmake
# Patches a copy of ELF (OUT.elf) with OPTS, runs it in Ferro (JSON summary
# kept in OUT.json), runs unit_host with the same OPTS, and requires the
# `img ...` and `batch ...` lines (predictions and MAC counters per layer) to
# be identical. Prints accuracy, MACs skipped and cycles per inference
# (from the region markers).
foreach(v FERRO HOST PATCH ELF OUT)
  if(NOT DEFINED ${v})
    message(FATAL_ERROR "unit_compare.cmake: ${v} not set")
  endif()
endforeach()

execute_process(COMMAND ${PATCH} ${ELF} ${OUT}.elf ${OPTS}
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "unit_patch failed (${rc}): ${err}")
endif()

execute_process(COMMAND ${FERRO} run ${OUT}.elf --json
  RESULT_VARIABLE rc OUTPUT_VARIABLE json ERROR_VARIABLE err)
file(WRITE ${OUT}.json "${json}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "ferro run ${OUT}.elf: exit status ${rc}\n${err}\n${json}")
endif()
string(JSON console GET "${json}" console)
string(JSON cycles GET "${json}" cycles)

execute_process(COMMAND ${HOST} ${OPTS}
  RESULT_VARIABLE rc OUTPUT_VARIABLE host ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "unit_host ${OPTS}: exit status ${rc}\n${err}")
endif()

# Keep the lines both print; compare them one by one.
function(result_lines text outvar)
  string(REGEX MATCHALL "(img|batch) [^\n]*" lines "${text}")
  set(${outvar} "${lines}" PARENT_SCOPE)
endfunction()
result_lines("${console}" sim)
result_lines("${host}" ref)
list(LENGTH sim nsim)
list(LENGTH ref nref)
if(nsim EQUAL 0 OR NOT nsim EQUAL nref)
  message(FATAL_ERROR "simulator printed ${nsim} result lines, host ${nref}\n"
                      "--- simulator console\n${console}\n--- host\n${host}")
endif()
math(EXPR last "${nsim} - 1")
foreach(k RANGE ${last})
  list(GET sim ${k} a)
  list(GET ref ${k} b)
  if(NOT a STREQUAL b)
    message(FATAL_ERROR "line ${k} differs\n  simulator: ${a}\n  host:      ${b}")
  endif()
endforeach()

# Cycles inside the region markers (ferro run --json "markers": [id, begin,
# cycles]): 40 = one inference, 20..22 = threshold computation per layer.
function(region_cycles id outvar)
  string(REGEX MATCHALL "\\[ *${id}, *1, *[0-9]+ *\\]" begins "${json}")
  string(REGEX MATCHALL "\\[ *${id}, *0, *[0-9]+ *\\]" ends "${json}")
  set(total 0)
  foreach(b e IN ZIP_LISTS begins ends)
    string(REGEX REPLACE ".*[ ,]([0-9]+) *\\]" "\\1" b "${b}")
    string(REGEX REPLACE ".*[ ,]([0-9]+) *\\]" "\\1" e "${e}")
    math(EXPR total "${total} + ${e} - ${b}")
  endforeach()
  set(${outvar} ${total} PARENT_SCOPE)
endfunction()
region_cycles(40 infer)
set(thresh 0)
foreach(id 20 21 22)
  region_cycles(${id} t)
  math(EXPR thresh "${thresh} + ${t}")
endforeach()

list(GET sim ${last} batch)
string(REGEX MATCH "batch images ([0-9]+) correct ([0-9]+)" _ "${batch}")
set(n ${CMAKE_MATCH_1})
set(correct ${CMAKE_MATCH_2})
string(REGEX MATCH "host: [^\n]*" summary "${host}")
math(EXPR per "${infer} / ${n}")
math(EXPR tper "${thresh} / ${n}")
message("${OPTS}: ${correct}/${n} correct; per inference ${per} cycles, of which "
        "${tper} computing thresholds (region markers; whole run ${cycles}); ${summary}")
