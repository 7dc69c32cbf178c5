#!/usr/bin/env bash
# The macOS disk image in one command, on a Mac with Python 3.11+ (python.org's universal
# installer, or Homebrew's), from the repository:
#
#   bash packaging/macos/build-macos.sh     # dist/Editorial.app and dist/Editorial-<version>-<arch>.dmg
#
# The same spec as Linux and Windows makes Editorial.app (bundle id org.editorial.Editorial);
# hdiutil wraps it. The .app is ready for signing and notarization (packaging/README.md):
# ad-hoc signed here, so it runs on the build Mac; sign with a Developer ID before shipping.
# Build on Apple silicon for arm64 Macs and on an Intel Mac for x86_64 ones.
#
# Oldest macOS: the one the PySide6 wheel was built for (LSMinimumSystemVersion is read
# from it). html-to-markdown has wheels only for macOS 15 and newer, so pyproject.toml's
# marker leaves it out on an older build Mac and the pure-Python converter is bundled:
# build on the oldest macOS you support (the CI workflow uses macos-13 and macos-14).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
PYTHON="${PYTHON:-python3}"
VENV=build/venv
"$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install --disable-pip-version-check --quiet . \
    pyinstaller==6.22.3 pyinstaller-hooks-contrib==2026.9 pillow
# Whatever macOS built it: an installer for older Macs must not carry html-to-markdown's
# macOS 15-only library.
"$VENV/bin/python" -m pip uninstall --yes --quiet html-to-markdown || true
"$VENV/bin/python" -m pip install --disable-pip-version-check --quiet "markdownify>=0.13"
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN packaging/editorial.spec
dist/Editorial.app/Contents/MacOS/editorial-cli --version

VERSION="$("$VENV/bin/python" -c 'from importlib.metadata import version; print(version("editorial"))')"
ARCH="$(uname -m)"
codesign --force --deep --sign - dist/Editorial.app   # ad hoc; Developer ID for shipping
rm -f "dist/Editorial-$VERSION-$ARCH.dmg"
hdiutil create -volname Editorial -srcfolder dist/Editorial.app -ov -format UDZO \
    "dist/Editorial-$VERSION-$ARCH.dmg"
echo "dist/Editorial-$VERSION-$ARCH.dmg"
