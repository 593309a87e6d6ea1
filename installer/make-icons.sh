#!/usr/bin/env bash
# Redraws the app icon into resources/icons/ (PNG sizes, Windows .ico, macOS .icns).
# Needs ImageMagick (`convert`) and, for the .icns, icnsutils (`png2icns`). The results are
# committed, so the installer build does not need these tools.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/resources/icons"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# A 1024 px master: an abacus (three rods of amber beads) in a cream frame on a teal tile.
bead() { echo "ellipse $1,$2 52,62 0,360"; }
convert -size 1024x1024 xc:none \
  -fill '#0E5E57' -draw "roundrectangle 48,48 976,976 190,190" \
  -fill none -stroke '#F3EBDD' -strokewidth 44 -draw "roundrectangle 200,230 824,794 40,40" \
  -stroke '#BFD8D3' -strokewidth 18 \
  -draw "line 222,370 802,370" -draw "line 222,512 802,512" -draw "line 222,654 802,654" \
  -stroke none -fill '#F5B301' \
  -draw "$(bead 300 370)" -draw "$(bead 408 370)" -draw "$(bead 724 370)" \
  -draw "$(bead 300 512)" -draw "$(bead 616 512)" -draw "$(bead 724 512)" \
  -draw "$(bead 300 654)" -draw "$(bead 408 654)" -draw "$(bead 516 654)" \
  "$work/master.png"

for size in 16 24 32 48 64 128 256 512; do
  convert "$work/master.png" -resize "${size}x${size}" -depth 8 -strip "PNG32:$out/abacus-$size.png"
done
cp "$out/abacus-256.png" "$out/abacus.png"

# Windows: one .ico holding the sizes Explorer and the taskbar ask for.
convert "$out"/abacus-{16,24,32,48,64,128,256}.png "$out/abacus.ico"

# macOS: .icns from the sizes Finder and the Dock use.
if command -v png2icns >/dev/null 2>&1; then
  png2icns "$out/abacus.icns" "$out"/abacus-{16,32,48,128,256,512}.png >/dev/null
else
  echo "png2icns not found (sudo apt-get install icnsutils): $out/abacus.icns not updated" >&2
fi
ls -l "$out"
