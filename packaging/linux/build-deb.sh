#!/usr/bin/env bash
# A Debian package from the PyInstaller bundle: /opt/editorial, `editorial` and
# `editorial-cli` in /usr/bin, the desktop entry, metainfo and icons under /usr/share.
# Qt comes inside the bundle; the X11/GL libraries it loads are package dependencies, and
# so is libenchant-2 (spelling uses the system's Hunspell dictionaries through it, so the
# bundle carries no dictionary). No maintainer scripts: the desktop, MIME and icon caches
# are refreshed by the dpkg triggers of desktop-file-utils, shared-mime-info and
# hicolor-icon-theme, and `dpkg -r` removes every file the package put down.
#
#   bash packaging/build-linux.sh       # the whole build; it runs this script last
#   bash packaging/linux/build-deb.sh [BUNDLE]   # dist/editorial_<version>_<arch>.deb
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
BUNDLE="${1:-dist/editorial}"
[[ -x "$BUNDLE/editorial" ]] || { echo "no bundle at $BUNDLE: run pyinstaller first" >&2; exit 1; }

VERSION="$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -1)"
ARCH="$(dpkg --print-architecture)"
ROOTFS="$(mktemp -d)"
chmod 755 "$ROOTFS"  # becomes / in the package
trap 'rm -rf "$ROOTFS"' EXIT

# The newest glibc symbol the bundle needs: the package says so instead of failing to start.
GLIBC="$(find "$BUNDLE" -type f \( -name '*.so*' -o -perm -u+x \) -exec objdump -T {} + 2>/dev/null \
    | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1)"

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
Depends: libc6 (>= $GLIBC), libegl1, libgl1, libfontconfig1, libfreetype6, libglib2.0-0t64 | libglib2.0-0, libdbus-1-3, libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0, libxcb-randr0, libxcb-render-util0, libxcb-xkb1, libx11-xcb1, libenchant-2-2
Recommends: hunspell-en-us | hunspell-dictionary, fonts-dejavu-core | fonts-liberation2, shared-mime-info, desktop-file-utils, hicolor-icon-theme
Suggests: hunspell-ru, gnome-keyring
Installed-Size: $(du -sk "$ROOTFS" | cut -f1)
Section: editors
Priority: optional
Description: workstation for news agencies: write, check and publish wire stories
 Editorial lets a newsroom desk write wire stories with structured datelines
 and bylines, preview them as published, and keep them in a local library.
CONTROL

mkdir -p dist
dpkg-deb --build --root-owner-group -Zzstd -z9 "$ROOTFS" "dist/editorial_${VERSION}_${ARCH}.deb"
