#!/usr/bin/env bash
# The whole test suite from a fresh clone: the README's second Quick start command, and
# exactly what CI runs (.ci/run).
#
#   bash tests/run.sh                    # lint, type-check, every test
#   bash tests/run.sh tests/domain -x    # the same, with these arguments passed to pytest
#
# 1. Debian packages the tests need, installed only when missing (as root, or through
#    passwordless sudo; otherwise the missing ones are named and the run goes on).
# 2. .venv with this project installed editable with its `test` extra; re-installed only
#    when pyproject.toml (or the Python) changed, so a second run starts in seconds.
# 3. The services the tests need, stopped again on exit.
# 4. ruff, mypy, pytest. All three run; the script exits non-zero if any of them failed.
#
# Environment: PYTHON (default python3, must be 3.11 or newer), EDITORIAL_VENV (default
# .venv in the repository).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$PWD"
PYTHON="${PYTHON:-python3}"
VENV="${EDITORIAL_VENV:-$ROOT/.venv}"
STAMP="$VENV/.editorial-install-stamp"

export DEBIAN_FRONTEND=noninteractive PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1

# One entry per package; "a|b" means the first of these names that this release knows
# (Debian 13 renamed several libraries with a t64 suffix).
DEBIAN_PACKAGES=(
    # Qt from the PySide6 wheels, on the offscreen platform: GL/EGL, glib, fonts, D-Bus
    libegl1 libgl1 "libglib2.0-0t64|libglib2.0-0" libxkbcommon0 libfontconfig1 libdbus-1-3
    fonts-dejavu-core
    # spelling: real Hunspell dictionaries through enchant; aspell-en (libenchant-2-2 brings
    # in Aspell, which recommends it) too, so the suite proves Hunspell is used beside it
    hunspell-en-us hunspell-ru "libenchant-2-2" aspell-en
    # tests/ui/test_session_bus.py: a real xcb window on Xvfb (the README's xcb libraries),
    # without a session bus, must not leave dbus-launch's bus running
    xvfb dbus-x11 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
    # tests/test_packaging.py validates the desktop entry and the AppStream metainfo
    desktop-file-utils appstream
)

say() { printf 'tests/run.sh: %s\n' "$*" >&2; }

debian_installed() {  # debian_installed "a|b": true when any of the names is installed
    local name
    for name in ${1//|/ }; do
        if dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q 'install ok installed'; then
            return 0
        fi
    done
    return 1
}

debian_known() {  # the first of "a|b" that apt knows, after apt-get update
    local name
    for name in ${1//|/ }; do
        if apt-cache show --no-all-versions "$name" >/dev/null 2>&1; then
            printf '%s\n' "$name"
            return 0
        fi
    done
    printf '%s\n' "${1%%|*}"  # let apt-get report the unknown name
}

install_debian_packages() {
    if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
        say "not a Debian-like system: install the equivalents of ${DEBIAN_PACKAGES[*]} yourself"
        return 0
    fi
    local wanted=("${DEBIAN_PACKAGES[@]}") missing=() entry
    # A Debian python3 creates virtualenvs only with python3-venv installed.
    if [[ ! -x "$VENV/bin/python" ]] && ! "$PYTHON" -c 'import ensurepip, venv' 2>/dev/null; then
        wanted+=(python3-venv)
    fi
    for entry in "${wanted[@]}"; do
        debian_installed "$entry" || missing+=("$entry")
    done
    ((${#missing[@]})) || return 0

    local sudo=()
    if ((EUID != 0)); then
        if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
            sudo=(sudo -n)
        else
            say "missing Debian packages (run as root to install them): ${missing[*]//|/ or }"
            say "tests that need them are skipped, or fail on CI"
            return 0
        fi
    fi
    say "installing Debian packages: ${missing[*]//|/ or }"
    "${sudo[@]}" apt-get update -qq
    local names=()
    for entry in "${missing[@]}"; do
        names+=("$(debian_known "$entry")")
    done
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${names[@]}" >/dev/null
}

python_ok() {  # python_ok PYTHON: true for a working Python 3.11 or newer
    "$1" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null
}

prepare_venv() {
    if ! python_ok "$PYTHON"; then
        say "$PYTHON is missing or older than 3.11; set PYTHON=/path/to/python3.11"
        exit 2
    fi
    if [[ -e "$VENV" ]] && ! python_ok "$VENV/bin/python"; then
        say "$VENV is broken or too old; creating it again"
        rm -rf "$VENV"
    fi
    if [[ ! -e "$VENV" ]]; then
        say "creating $VENV with $("$PYTHON" -c 'import sys; print(sys.executable)')"
        "$PYTHON" -m venv "$VENV"
    fi
    # What the installed state depends on: the dependency list, the Python, the checkout.
    local want
    want="$(sha256sum pyproject.toml | cut -d' ' -f1) $("$VENV/bin/python" -VV | tr -d '\n') $ROOT"
    if [[ ! -f "$STAMP" || "$(cat "$STAMP")" != "$want" ]]; then
        say "installing the project and its test dependencies into $VENV"
        rm -f "$STAMP"
        # pip's output (and the warnings this machine's pip configuration prints) goes to a
        # log, shown only when the install fails.
        if ! "$VENV/bin/python" -m pip install --quiet -e "$ROOT[test]" >"$VENV/pip-install.log" 2>&1; then
            grep -v "^WARNING: Location 'file:" "$VENV/pip-install.log" | tail -40 >&2
            say "installing into $VENV failed (full log: $VENV/pip-install.log)"
            exit 1
        fi
        printf '%s' "$want" >"$STAMP"
    fi
}

TEST_HOME=""
cleanup() {
    # Stop the services started below here, newest first.
    [[ -n "$TEST_HOME" ]] && rm -rf "$TEST_HOME"
    return 0
}

start_services() {
    # Tests never touch the user's own library, settings or keyring: XDG folders live in
    # a throw-away directory (tests that need their own still make them with tmp_path).
    TEST_HOME="$(mktemp -d "${TMPDIR:-/tmp}/editorial-tests.XXXXXX")"
    mkdir -m 700 "$TEST_HOME/runtime"
    export XDG_DATA_HOME="$TEST_HOME/data" XDG_CONFIG_HOME="$TEST_HOME/config"
    export XDG_STATE_HOME="$TEST_HOME/state" XDG_RUNTIME_DIR="$TEST_HOME/runtime"
    unset EDITORIAL_LIBRARY

    # Qt draws on its offscreen platform: no X server or display needed.
    export QT_QPA_PLATFORM=offscreen

    # Services later issues need start here, each in a function that starts it, waits
    # until it answers, exports where the tests find it, and adds its stop to cleanup():
    # - Secret Service keyring (sync/credentials): needs Debian `dbus gnome-keyring`; run
    #   the steps below under `dbus-run-session --` (re-exec this script inside it) and
    #   start `printf '' | gnome-keyring-daemon --unlock --components=secrets`.
    # - PostgreSQL (a shared library): `initdb` into $TEST_HOME/pg, `pg_ctl start` on a
    #   Unix socket in $TEST_HOME, export EDITORIAL_TEST_POSTGRES_URL for the tests.
    # - Publishing endpoint: tests serve it themselves on 127.0.0.1:0 (loopback only).
}

run_checks() {
    local failed=() lint_paths=() dir
    for dir in src tests bench packaging; do
        [[ -d "$dir" ]] && lint_paths+=("$dir")
    done
    say "ruff check ${lint_paths[*]}"
    "$VENV/bin/ruff" check --quiet "${lint_paths[@]}" || failed+=(ruff)
    say "mypy"
    "$VENV/bin/mypy" || failed+=(mypy)
    say "pytest $*"
    "$VENV/bin/python" -m pytest "$@" || failed+=(pytest)
    if ((${#failed[@]})); then
        say "FAILED: ${failed[*]}"
        return 1
    fi
}

trap cleanup EXIT
install_debian_packages
prepare_venv
start_services
run_checks "$@"
