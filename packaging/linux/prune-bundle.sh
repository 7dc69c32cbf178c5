#!/usr/bin/env bash
# After PyInstaller (which leaves out what editorial.spec's UNUSED_FILES names): checks
# that every program and library left in the bundle finds the libraries it needs (in the
# bundle or on any Debian system with the package's dependencies), and makes
# `editorial-cli` a link to `editorial` (on Linux both print; one copy of the archive).
# Run by build-linux.sh.
#
#   bash packaging/linux/prune-bundle.sh dist/editorial
set -euo pipefail
BUNDLE="${1:?usage: prune-bundle.sh BUNDLE}"
INTERNAL="$BUNDLE/_internal"
[[ -d "$INTERNAL/PySide6/Qt" ]] || { echo "prune-bundle.sh: no Qt in $BUNDLE" >&2; exit 1; }

ln -sfn editorial "$BUNDLE/editorial-cli"

missing="$(
    find "$BUNDLE" -type f \( -name '*.so*' -o -perm -u+x \) -print0 |
        while IFS= read -r -d '' file; do
            [[ "$(head -c4 "$file" | od -An -c | tr -d ' ')" == *ELF* ]] || continue
            LD_LIBRARY_PATH="$INTERNAL" ldd "$file" 2>/dev/null |
                sed -n "s|^\s*\(\S*\) => not found|${file#"$BUNDLE"/}: \1|p"
        done
)"
if [[ -n "$missing" ]]; then
    printf 'prune-bundle.sh: libraries that nothing provides:\n%s\n' "$missing" >&2
    exit 1
fi
