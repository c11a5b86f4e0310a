#!/usr/bin/env bash
# Photographs a desktop notification as a user sees it: the interactive demo (its delivery simulation
# makes endpoints fail, get disabled and recover) on a private session bus with a real notification
# daemon (dunst) under Xvfb, whole screen. One run = one language.
#   tests/screenshots/notification.sh OUTDIR [LANG]          e.g.  notification.sh /tmp/shots de
# Needs: xvfb openbox dunst dbus imagemagick (for people, not CI).
set -euo pipefail
out="$1"; lang="${2:-en}"
here="$(cd "$(dirname "$0")/../.." && pwd)"
bin="${PATCHBAY_BIN:-$here/build/app/patchbay}"
mkdir -p "$out"
case "$lang" in
  de) loc=de_DE.UTF-8 ;; fr) loc=fr_FR.UTF-8 ;; *) loc=C.UTF-8 ;;
esac
home="$(mktemp -d)"; rt="$(mktemp -d)"; chmod 700 "$rt"
HOME="$home" XDG_RUNTIME_DIR="$rt" LANGUAGE="$lang" LANG="$loc" LC_ALL="$loc" \
xvfb-run -a -s "-screen 0 1600x1000x24" dbus-run-session -- bash -c '
  set -e
  openbox >/dev/null 2>&1 & sleep 1
  dunst -conf /dev/null >/dev/null 2>&1 &
  "$0" --demo >/dev/null 2>&1 &
  app=$!
  # The simulation sends a step every 10 s; the first change of health is noticed at the refresh after.
  for i in $(seq 1 90); do
    sleep 1
    if [ "$(dunstctl count displayed 2>/dev/null || echo 0)" -gt 0 ]; then
      sleep 0.5; import -window root "$1/notification-$2.png"; break
    fi
  done
  kill $app 2>/dev/null || true
' "$bin" "$out" "$lang"
ls "$out"/notification-"$lang".png
