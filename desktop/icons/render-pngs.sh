#!/usr/bin/env bash
# Renders the PNG sizes of the hicolor icon from the scalable SVG, the one drawing there
# is. Run after changing the SVG and commit the PNGs (needs Debian's librsvg2-bin).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/hicolor"
APP_ID=org.editorial.Editorial
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" "scalable/apps/$APP_ID.svg" -o "${size}x${size}/apps/$APP_ID.png"
done
