#!/usr/bin/env bash
# The Linux installer in one command, from a clean clone, with only PyPI (through pip) and
# the Debian archive (through apt) as sources:
#
#   bash packaging/build-linux.sh      # dist/editorial/ (the bundle) and
#                                      # dist/editorial_<version>_<arch>.deb
#
# 1. A build virtualenv with the project and PyInstaller, kept in the cache folder
#    (EDITORIAL_BUILD_CACHE, default ~/.cache/editorial-build) and made again only when
#    pyproject.toml or the Python changes; the project itself is reinstalled every time.
# 2. PyInstaller runs packaging/editorial.spec (Qt Essentials only, stripped; the window's
#    translations compiled to .qm) and packaging/linux/prune-bundle.sh drops the Qt parts
#    Editorial never loads.
# 3. packaging/linux/build-deb.sh wraps the bundle in the .deb.
#
# Needs: python3 (3.11 or newer) with venv, binutils (strip), dpkg-deb. As root, missing
# Debian build tools are installed with apt-get. Environment: PYTHON, EDITORIAL_BUILD_CACHE.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$PWD"
PYTHON="${PYTHON:-python3}"
CACHE="${EDITORIAL_BUILD_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/editorial-build}"
VENV="$CACHE/venv"
# PyInstaller is pinned to the release this recipe was tried with: a new one is a
# deliberate change (its hooks decide what the bundle holds).
PYINSTALLER=(pyinstaller==6.22.3 pyinstaller-hooks-contrib==2026.9)

say() { printf 'build-linux.sh: %s\n' "$*" >&2; }

need_tools() {
    local missing=() tool package
    for tool in strip:binutils dpkg-deb:dpkg-dev; do
        command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
    done
    ((${#missing[@]})) || return 0
    if ((EUID == 0)) && command -v apt-get >/dev/null; then
        say "installing ${missing[*]}"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
        say "missing build tools (Debian packages): ${missing[*]}"
        exit 2
    fi
}

pip_quietly() {  # pip's output (and this machine's pip warnings) only when it fails
    if ! "$VENV/bin/python" -m pip --disable-pip-version-check "$@" >"$CACHE/pip.log" 2>&1; then
        grep -v "^WARNING: Location" "$CACHE/pip.log" | tail -30 >&2
        say "pip $1 failed (log: $CACHE/pip.log)"
        exit 1
    fi
}

prepare_venv() {
    "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
        || { say "$PYTHON is older than 3.11; set PYTHON"; exit 2; }
    local want
    want="$(sha256sum pyproject.toml | cut -d' ' -f1) $("$PYTHON" -VV | tr -d '\n') ${PYINSTALLER[*]}"
    if [[ ! -f "$VENV/.stamp" || "$(cat "$VENV/.stamp")" != "$want" ]]; then
        say "making the build environment in $VENV"
        rm -rf "$VENV"
        mkdir -p "$CACHE"
        "$PYTHON" -m venv "$VENV"
        pip_quietly install "$ROOT" "${PYINSTALLER[@]}"
        printf '%s' "$want" >"$VENV/.stamp"
    else
        # The same dependencies: only this checkout's code is installed again.
        pip_quietly install --no-deps --force-reinstall "$ROOT"
    fi
    # setuptools leaves its egg-info in src/ when building from the checkout.
    rm -rf "$ROOT/src/editorial.egg-info" "$ROOT/build/lib"
}

need_tools
prepare_venv
say "PyInstaller: bundling into dist/editorial"
mkdir -p dist
rm -rf dist/editorial
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
    --workpath "$CACHE/work" --distpath dist packaging/editorial.spec
# The spec compiles each language's messages (resources/translations/<lang>/*.ts) with
# PySide6's lrelease; a bundle without them would start in English on a Russian desktop.
for folder in resources/translations/*/; do
    language="$(basename "$folder")"
    [[ -s "dist/editorial/_internal/editorial/resources/translations/editorial_$language.qm" ]] \
        || { say "the $language messages were not built into the bundle"; exit 1; }
done
bash packaging/linux/prune-bundle.sh dist/editorial
bash packaging/linux/build-deb.sh dist/editorial
say "bundle: $(du -sh dist/editorial | cut -f1); package: $(ls dist/editorial_*.deb)" \
    "($(du -h dist/editorial_*.deb | cut -f1 | head -1))"
