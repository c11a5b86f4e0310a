#!/bin/sh
# installed_package.sh DEB_DIR BUILD_DIR VERSION: unpacks the .deb made by build_package.sh into a
# scratch root with dpkg-deb -x (no root, nothing on the system changes) and runs what a user installs:
# each program's --version/--help and the window's demo screenshot.
set -eu
debs=$1 build=$2 version=$3
here=$(cd "$(dirname "$0")" && pwd)
scratch=$(mktemp -d "${TMPDIR:-/tmp}/patchbay-package.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

deb=$(ls "$debs"/*.deb)
dpkg-deb -x "$deb" "$scratch/root"
root=$scratch/root

# Policy bits lintian would otherwise report (lintian itself is slow and not always installed).
[ "$(dpkg-deb -f "$deb" Description | wc -l)" -gt 1 ] || fail "no extended description"
for f in usr/share/doc/patchbay/copyright usr/share/doc/patchbay/changelog.gz \
         usr/share/man/man1/patchbay.1.gz usr/share/man/man1/patchbay-cli.1.gz \
         usr/share/man/man1/patchbay-sandbox.1.gz usr/share/applications/patchbay.desktop \
         usr/share/bash-completion/completions/patchbay usr/share/bash-completion/completions/patchbay-cli \
         usr/share/bash-completion/completions/patchbay-sandbox; do
    [ -s "$root/$f" ] || fail "$f missing"
done
for p in patchbay patchbay-cli patchbay-sandbox; do
    bin=$root/usr/bin/$p
    [ -x "$bin" ] || fail "usr/bin/$p missing"
    ! readelf -S "$bin" | grep -q '\.debug_info' || fail "usr/bin/$p is not stripped"
    ! readelf -d "$bin" | grep -q "$build" || fail "usr/bin/$p has the build tree in its RUNPATH"
done

# patchbay-cli's keychain is a plugin at a fixed place relative to it (app/cli/clikeychain.h).
plugin=$(find "$root/usr/lib" -name patchbay-cli-keychain.so)
[ -n "$plugin" ] || fail "patchbay-cli-keychain.so missing"
! readelf -S "$plugin" | grep -q '\.debug_info' || fail "$plugin is not stripped"
! readelf -d "$plugin" | grep -q "$build" || fail "$plugin has the build tree in its RUNPATH"

# The unpacked programs run on the system's Qt; settings and journal go to the scratch home.
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config" XDG_DATA_HOME="$scratch/home/.local/share"
export XDG_CACHE_HOME="$scratch/home/.cache" XDG_RUNTIME_DIR="$scratch/run"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANGUAGE=
mkdir -p "$HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"
sh "$here/version_and_help.sh" "$root/usr/bin/patchbay-cli" patchbay-cli "$version"
sh "$here/version_and_help.sh" "$root/usr/bin/patchbay-sandbox" patchbay-sandbox "$version"
sh "$here/version_and_help.sh" "$root/usr/bin/patchbay" Patchbay "$version"

# The installed completion files work with the installed CLI (saved account names included).
bash "$here/bash_completion.sh" "$root/usr/bin/patchbay-cli" "$root/usr/share/bash-completion/completions"

# The installed CLI finds its keychain plugin: without a session bus (never the user's keychain) it
# reaches the keychain and reports that none is available, not that the plugin could not be loaded.
out=$(echo plausible-token | env -u DBUS_SESSION_BUS_ADDRESS -u DISPLAY -u WAYLAND_DISPLAY \
      "$root/usr/bin/patchbay-cli" accounts add package-test --provider layers 2>&1) &&
    fail "accounts add succeeded without a keychain"
echo "$out" | grep -q "No keychain (Secret Service) is available" && ! echo "$out" | grep -q "could not be loaded" ||
    fail "patchbay-cli did not load its keychain plugin: $out"

shot=$scratch/demo.png
timeout 90 "$root/usr/bin/patchbay" --demo --screenshot "$shot" || fail "patchbay --demo --screenshot exited $?"
[ "$(od -An -c -j1 -N3 "$shot" | tr -d ' ')" = PNG ] || fail "the screenshot is not a PNG"
set -- $(od -An -tu1 -j16 -N8 "$shot")
width=$(( ($1 << 24) | ($2 << 16) | ($3 << 8) | $4 )) height=$(( ($5 << 24) | ($6 << 16) | ($7 << 8) | $8 ))
size=$(wc -c <"$shot")
echo "screenshot: ${width}x${height}, $size bytes"
# The demo window is 1600x940 and full of rows: a blank or tiny picture means it did not draw.
[ "$width" -ge 800 ] && [ "$height" -ge 500 ] && [ "$size" -ge 30000 ] || fail "the screenshot looks empty"
echo "ok: the installed package runs"
