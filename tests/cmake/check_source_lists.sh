#!/bin/bash
# Every C++ file of core/, ui/, app/ and the test suite is named in its directory's CMakeLists.txt
# (the lists are explicit, so a file added and not listed would silently not be built or translated).
set -u
root=${1:?usage: check_source_lists.sh <source dir>}
missing=0
check() { # <dir with the CMakeLists.txt> <find arguments...>
    local dir=$1
    shift
    while IFS= read -r file; do
        file=${file#./}
        if ! grep -qE "(^|[[:space:]/])${file//./\\.}([[:space:]]|\)|$)" "$root/$dir/CMakeLists.txt"; then
            echo "$dir/$file is not listed in $dir/CMakeLists.txt"
            missing=1
        fi
    done < <(cd "$root/$dir" && find "$@" -type f \( -name '*.cpp' -o -name '*.h' \) | sort)
}
check core .
check ui .
check app .
check tests support core ui app
exit $missing
