#!/usr/bin/env bash
# Runs a command against a real, unlocked Secret Service (gnome-keyring) in a private D-Bus session,
# with a throwaway HOME and XDG_RUNTIME_DIR, and PATCHBAY_KEYCHAIN_TESTS=1 exported. The user's own
# keyring, bus and files are never touched; everything is deleted afterwards.
#
#   bash tests/with-keyring.sh ctest --test-dir build -R 'tokenstore|accountstore' --output-on-failure
set -euo pipefail

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGUMENT...]" >&2
    exit 2
fi
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-keyring.sh: '$tool' is missing (apt-get install dbus dbus-user-session gnome-keyring)" >&2
        exit 2
    fi
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/patchbay-keyring.XXXXXXXX")
trap 'rm -rf -- "$scratch"' EXIT
mkdir -m 0700 -- "$scratch/runtime" "$scratch/home"
export XDG_RUNTIME_DIR="$scratch/runtime"
export HOME="$scratch/home"
# Pin every XDG directory inside the throwaway HOME: gnome-keyring writes its keyring file under
# XDG_DATA_HOME, which must never be the user's real one.
export XDG_DATA_HOME="$HOME/.local/share"
export XDG_CONFIG_HOME="$HOME/.config"
export XDG_CACHE_HOME="$HOME/.cache"
export XDG_STATE_HOME="$HOME/.local/state"
unset GNOME_KEYRING_CONTROL SSH_AUTH_SOCK

# Runs inside the private session bus.
inside_session() {
    set -euo pipefail
    # gnome-keyring will not unlock with an empty password; this one dies with the session.
    local password
    password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
    printf '%s' "$password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    unset password

    local answer="" i
    for i in $(seq 100); do
        # Captured, not piped into grep -q: with pipefail an early grep exit could fail the pipe.
        answer=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null || true)
        case "$answer" in
        *"boolean true"*) break ;;
        esac
        sleep 0.1
    done
    case "$answer" in
    *"boolean true"*) ;;
    *)
        echo "with-keyring.sh: org.freedesktop.secrets did not appear on the session bus within 10 s" >&2
        exit 1
        ;;
    esac

    export PATCHBAY_KEYCHAIN_TESTS=1
    exec "$@"
}
export -f inside_session

# Not exec'd, so the trap above removes the scratch directory when the command is done.
status=0
dbus-run-session -- bash -c 'inside_session "$@"' with-keyring "$@" || status=$?
exit "$status"
