#!/usr/bin/env bash
# A Debian package from the PyInstaller bundle: /opt/editorial, `editorial` and
# `editorial-cli` in /usr/bin, the desktop entry, metainfo and icons under /usr/share.
# Qt comes inside the bundle; the X11/GL libraries it loads are package dependencies.
#
#   pyinstaller --noconfirm packaging/editorial.spec     # makes dist/editorial
#   bash packaging/linux/build-deb.sh                    # makes dist/editorial_<version>_<arch>.deb
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
BUNDLE="${1:-dist/editorial}"
[[ -x "$BUNDLE/editorial" ]] || { echo "no bundle at $BUNDLE: run pyinstaller first" >&2; exit 1; }

VERSION="$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -1)"
ARCH="$(dpkg --print-architecture)"
ROOTFS="$(mktemp -d)"
chmod 755 "$ROOTFS"  # becomes / in the package
trap 'rm -rf "$ROOTFS"' EXIT

mkdir -p "$ROOTFS/DEBIAN" "$ROOTFS/opt" "$ROOTFS/usr/bin"
cp -a "$BUNDLE" "$ROOTFS/opt/editorial"
ln -s /opt/editorial/editorial "$ROOTFS/usr/bin/editorial"
ln -s /opt/editorial/editorial-cli "$ROOTFS/usr/bin/editorial-cli"
DESTDIR="$ROOTFS" bash packaging/linux/install-desktop-files.sh /usr >/dev/null

cat >"$ROOTFS/DEBIAN/control" <<CONTROL
Package: editorial
Version: $VERSION
Architecture: $ARCH
Maintainer: Editorial developers <editorial@newsroom.example>
Depends: libegl1, libgl1, libfontconfig1, libdbus-1-3, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0
Recommends: libenchant-2-2, hunspell-en-us
Section: editors
Priority: optional
Description: workstation for news agencies: write, check and publish wire stories
 Editorial lets a newsroom desk write wire stories with structured datelines
 and bylines, preview them as published, and keep them in a local library.
CONTROL

mkdir -p dist
dpkg-deb --build --root-owner-group -Zxz "$ROOTFS" "dist/editorial_${VERSION}_${ARCH}.deb"
