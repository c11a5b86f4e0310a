#!/usr/bin/env bash
# Looks at the console the way a user sees it: the demo under Xvfb with a window manager, driven by the
# keyboard only (xdotool), photographed whole-screen (ImageMagick). One run = one scale, language and theme.
#   tests/screenshots/walk.sh OUTDIR SCALE LANG [THEME]      e.g.  walk.sh /tmp/shots 1.5 de dark
# Needs: xvfb openbox xdotool imagemagick (not part of the test command: this is for people, not CI).
set -euo pipefail
out="$1"; scale="${2:-1}"; lang="${3:-en}"; theme="${4:-}"
here="$(cd "$(dirname "$0")/../.." && pwd)"
bin="${PATCHBAY_BIN:-$here/build/app/patchbay}"
mkdir -p "$out"
case "$scale" in   # a laptop screen for each scale factor
  1) screen=1600x1000 ;; 1.25) screen=1920x1080 ;; 1.5) screen=1920x1200 ;; 2) screen=2560x1600 ;;
  *) screen=2560x1600 ;;
esac
tag="${scale}x-${lang}${theme:+-$theme}"
case "$lang" in   # the locale, and the File menu's mnemonic (&Datei, &Fichier, &File)
  de) loc=de_DE.UTF-8 file=d ;; fr) loc=fr_FR.UTF-8 file=f ;; *) loc=C.UTF-8 file=f ;;
esac
home="$(mktemp -d)"; rt="$(mktemp -d)"; chmod 700 "$rt"
if [ -n "$theme" ]; then # the preference, as the preferences dialog stores it
  mkdir -p "$home/.config/Patchbay"
  printf '[preferences]\ntheme=%s\n' "$theme" > "$home/.config/Patchbay/Patchbay-demo.conf"
fi
HOME="$home" XDG_RUNTIME_DIR="$rt" LANGUAGE="$lang" LANG="$loc" LC_ALL="$loc" QT_SCALE_FACTOR="$scale" \
xvfb-run -a -s "-screen 0 ${screen}x24" bash -c '
  set -e
  openbox >/dev/null 2>&1 & sleep 1
  "$0" --demo >/dev/null 2>&1 &
  app=$!
  win=$(xdotool search --sync --onlyvisible --class patchbay | head -1)
  sleep 4                                    # the embedded sandbox answers; nothing to await from outside
  xdotool windowactivate --sync "$win"; xdotool key --clearmodifiers super+Up 2>/dev/null || true
  import -window root "$1/main-$2.png"
  xdotool key --clearmodifiers ctrl+f Tab Tab Down Down; sleep 1   # filter, health filter, table: third row
  import -window root "$1/selected-$2.png"
  xdotool key --clearmodifiers F2; sleep 2
  import -window root "$1/edit-$2.png"
  xdotool key --clearmodifiers Escape; sleep 1
  xdotool key --clearmodifiers shift+Down shift+Down ctrl+e; sleep 2      # three rows: re-enable asks first
  import -window root "$1/bulk-$2.png"
  xdotool key --clearmodifiers Escape; sleep 1
  xdotool key --clearmodifiers ctrl+i; sleep 1                             # the request inspector
  import -window root "$1/inspector-$2.png"
  xdotool key --clearmodifiers ctrl+i ctrl+j; sleep 2                      # the change journal
  import -window root "$1/journal-$2.png"
  xdotool key --clearmodifiers Escape; sleep 1
  xdotool key --clearmodifiers "alt+$3"; sleep 1                           # the File menu
  import -window root "$1/filemenu-$2.png"
  xdotool key --clearmodifiers Escape Escape; sleep 1
  xdotool key --clearmodifiers ctrl+shift+e; sleep 2                       # File → Export…
  import -window root "$1/export-$2.png"
  xdotool key --clearmodifiers Escape; sleep 1
  kill $app' "$bin" "$out" "$tag" "$file"
rm -rf "$home" "$rt"
ls "$out"/*"$tag".png
