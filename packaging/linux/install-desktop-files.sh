#!/usr/bin/env bash
# Installs the desktop entry, the AppStream metainfo and the hicolor icons, so Editorial
# shows up in the desktop's launcher and software centre with its icon.
#
#   packaging/linux/install-desktop-files.sh                 # for you: ~/.local
#   sudo packaging/linux/install-desktop-files.sh /usr/local # for everyone
#   DESTDIR="$pkgdir" packaging/linux/install-desktop-files.sh /usr   # distribution packages
#
# The desktop entry runs `editorial` from PATH; with a virtual environment, link it first:
# `ln -s "$PWD/.venv/bin/editorial" ~/.local/bin/`.
set -euo pipefail

APP_ID=org.editorial.Editorial
DESKTOP="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../desktop" && pwd)"
PREFIX="${1:-$HOME/.local}"
TARGET="${DESTDIR:-}$PREFIX/share"

install -Dm644 "$DESKTOP/$APP_ID.desktop" "$TARGET/applications/$APP_ID.desktop"
install -Dm644 "$DESKTOP/$APP_ID.metainfo.xml" "$TARGET/metainfo/$APP_ID.metainfo.xml"
install -Dm644 "$DESKTOP/$APP_ID.mime.xml" "$TARGET/mime/packages/$APP_ID.xml"
(
    cd "$DESKTOP/icons"
    find hicolor -type f \( -name "$APP_ID.png" -o -name "$APP_ID.svg" \) -print0 |
        while IFS= read -r -d '' icon; do
            install -Dm644 "$icon" "$TARGET/icons/$icon"
        done
)

# Refresh the caches when installing onto this system (not into a DESTDIR staging tree).
if [[ -z "${DESTDIR:-}" ]]; then
    if command -v update-desktop-database >/dev/null; then
        update-desktop-database -q "$TARGET/applications" || true
    fi
    if command -v update-mime-database >/dev/null; then
        update-mime-database "$TARGET/mime" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null && [[ -f "$TARGET/icons/hicolor/index.theme" ]]; then
        gtk-update-icon-cache -q -t "$TARGET/icons/hicolor" || true
    fi
fi
echo "installed $APP_ID into $TARGET"
