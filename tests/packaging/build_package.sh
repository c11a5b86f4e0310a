#!/bin/sh
# build_package.sh CPACK BUILD_DIR OUT_DIR: the .deb from the already-built tree (cpack builds nothing),
# into a fresh OUT_DIR; the cpack log is shown only on failure.
set -eu
cpack=$1 build=$2 out=$3
rm -rf "$out"
mkdir -p "$out"
"$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 ||
    { cat "$out/cpack.log"; echo "FAIL: cpack"; exit 1; }
deb=$(ls "$out"/*.deb)
echo "package: $deb, $(wc -c <"$deb") bytes"
