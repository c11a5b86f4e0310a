#!/bin/sh
# refresh_interval.sh PATCHBAY: --refresh-interval takes whole seconds from 10 to 86400; anything else
# is a clear error with exit status 2 before any window opens. A valid value starts normally (the demo,
# with --screenshot so that it quits by itself).
set -u
program=$1
for bad in 9 abc 10.5 "" 86401 99999999999 0 -20; do
    err=$(timeout 20 "$program" --refresh-interval "$bad" 2>&1 >/dev/null) # a window that opens would stay
    rc=$?
    [ $rc -eq 2 ] || { echo "--refresh-interval '$bad' exited $rc, expected 2: $err"; exit 1; }
    case $err in
    *"--refresh-interval takes a whole number of seconds from 10 to 86400."*) ;;
    *) echo "--refresh-interval '$bad' did not say why: $err"; exit 1 ;;
    esac
done
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
HOME=$dir XDG_CONFIG_HOME=$dir timeout 60 "$program" --demo --refresh-interval 10 --screenshot "$dir/shot.png" >/dev/null 2>&1 ||
    { echo "--refresh-interval 10 did not start"; exit 1; }
[ -s "$dir/shot.png" ] || { echo "no window picture with --refresh-interval 10"; exit 1; }
echo "ok: --refresh-interval"
