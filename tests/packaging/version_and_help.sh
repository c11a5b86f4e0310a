#!/bin/sh
# version_and_help.sh PROGRAM NAME VERSION: PROGRAM --version prints "NAME VERSION" and --help prints the
# options (both exit 0), as every Patchbay program must. Output is shown on failure.
set -u
program=$1 name=$2 version=$3
# stdout only: Qt may warn on stderr (e.g. about XDG_RUNTIME_DIR), which is not the answer.
out=$("$program" --version 2>/dev/null) || { echo "$program --version exited $?"; "$program" --version; exit 1; }
[ "$(printf '%s\n' "$out" | head -n 1)" = "$name $version" ] ||
    { echo "$program --version printed \"$out\", expected \"$name $version\""; exit 1; }
out=$("$program" --help 2>/dev/null) || { echo "$program --help exited $?"; "$program" --help; exit 1; }
case $out in
*--version*) ;;
*) echo "$program --help does not mention --version: $out"; exit 1 ;;
esac
echo "ok: $program --version, --help"
