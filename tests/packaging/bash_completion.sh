#!/bin/bash
# bash_completion.sh PATCHBAY_CLI COMPLETION_DIR: sources each program's completion file in a plain
# `bash --norc` (no bash-completion package needed) and checks COMPREPLY for typical command lines.
# --account completes the names saved in a private HOME, read from the real patchbay-cli: names with
# spaces, quotes and "$(…)" come back quoted and are never run.
set -u
cli=$1 dir=$2
scratch=$(mktemp -d "${TMPDIR:-/tmp}/patchbay-completion.XXXXXX") || exit 1
trap 'rm -rf -- "$scratch"' EXIT
export HOME=$scratch/home XDG_CONFIG_HOME=$scratch/home/.config LC_ALL=C.UTF-8 LANGUAGE=
mkdir -p "$XDG_CONFIG_HOME/Patchbay"
# Written as the account store writes them (QSettings' INI escaping); an "environment" that mentions a
# name is not one.
cat >"$XDG_CONFIG_HOME/Patchbay/Patchbay.conf" <<'INI'
[accounts]
payroll\baseUrl=https://api.layers.example
payroll\environment="\"name\": \"injected\""
payroll\provider=layers
pay%20roll%20eu\baseUrl=https://api.layers.example
pay%20roll%20eu\provider=layers
%DCn%EF%20%22q%22%20%24%28touch%20pwned%29\baseUrl=https://api.layers.example
%DCn%EF%20%22q%22%20%24%28touch%20pwned%29\provider=layers
staging\baseUrl=https://api.layers.example
staging\provider=opentrain
INI
cd "$scratch" || exit 1
mkdir exports && touch exports/failing.csv ids.txt

failures=0
# check PROGRAM EXPECTED WORD...: completes the last WORD of the line "PROGRAM WORD..." and compares
# the sorted COMPREPLY, joined by '|', with EXPECTED.
check()
{
    local program=$1 expected=$2
    shift 2
    local got
    got=$(bash --norc --noprofile -c '
        file=$1 function=$2 command=$3; shift 3
        source "$file" || exit 3
        COMP_WORDS=("$command" "$@"); COMP_CWORD=$#
        COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}
        "$function" "$command" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
        printf "%s\n" "${COMPREPLY[@]}" | LC_ALL=C sort | paste -sd "|"
    ' bash "$dir/$program" "_${program//-/_}" "$(command_for "$program")" "$@" 2>&1)
    if [ "$got" != "$expected" ]; then
        echo "FAIL: $program $*<TAB>"
        echo "  expected: $expected"
        echo "  got:      $got"
        failures=$((failures + 1))
    fi
}
command_for() { if [ "$1" = patchbay-cli ]; then echo "$cli"; else echo "$1"; fi; }

# patchbay-cli: commands and sub-commands.
check patchbay-cli 'accounts|endpoints' ''
check patchbay-cli 'endpoints' en
check patchbay-cli 'list' endpoints l
check patchbay-cli 'export|get|list|update' endpoints ''
check patchbay-cli 'add|list|remove|rename' accounts ''
check patchbay-cli 'remove|rename' --json accounts re
check patchbay-cli 'list' --account payroll --json endpoints l # option values are not commands
# Option values.
check patchbay-cli 'active|attention|disabled|failing' endpoints list --health ''
check patchbay-cli 'failing' endpoints list --health = fa # --health=fa, split at '='
check patchbay-cli 'csv|json' endpoints export --format ''
check patchbay-cli 'atoa|diligent|layers|opentrain|optimaldial' --provider ''
check patchbay-cli 'own' --account payroll endpoints update ep_1 --scope o
check patchbay-cli '' endpoints list --filter '' # free text
# Options per command.
check patchbay-cli '--health|--help' endpoints list --he
check patchbay-cli '--filter|--format' endpoints export --f
check patchbay-cli '' endpoints get --hea # list and export only
check patchbay-cli '--ids-from' --account payroll endpoints update --id
check patchbay-cli '--description|--disable|--dry-run' --account payroll endpoints update ep_1 --d
check patchbay-cli '--json' accounts list --js
check patchbay-cli '--account' --a # before the command: the global options only
# Files.
check patchbay-cli 'exports/failing.csv' endpoints export --format csv --output exports/f
check patchbay-cli '-|exports|home|ids.txt' --account payroll endpoints update --ids-from ''
# Saved accounts, from the real CLI: quoted for the command line, never run.
check patchbay-cli 'pay\ roll\ eu|payroll|staging|Ünï\ \"q\"\ \$\(touch\ pwned\)' \
    endpoints list --account ''
check patchbay-cli 'pay\ roll\ eu|payroll' endpoints list --account pay
check patchbay-cli 'pay\ roll\ eu' endpoints export --account 'pay\ r'
check patchbay-cli 'pay roll eu' endpoints export --account "'pay r"
check patchbay-cli 'staging' accounts rename st
check patchbay-cli '' accounts rename staging '' # NEW is a new name
check patchbay-cli 'payroll' accounts remove payr
[ ! -e pwned ] || { echo "FAIL: an account name was run"; failures=$((failures + 1)); }

# The window and the sandbox.
check patchbay '--demo|--demo-extra' --de
check patchbay '--refresh-interval' --r
check patchbay 'exports/failing.csv' --screenshot exports/f
check patchbay-sandbox '--extra' --e
check patchbay-sandbox '' --port ''
check patchbay-sandbox '--latency' --port 0 --l

[ "$failures" -eq 0 ] || exit 1
echo "ok: bash completion"
