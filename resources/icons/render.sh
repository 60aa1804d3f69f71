#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the console's PNG icons from the SVG (Debian: apt install librsvg2-bin).
# The PNGs are committed; run this again after changing mente-console.svg.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
for size in 16 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" "$here/mente-console.svg" -o "$here/png/mente-console-$size.png"
done
# The Windows icon (installer and mente-console.exe): an .ico holding the PNGs above (PNG-in-ICO,
# Windows Vista and later).
python3 - "$here" <<'PY'
import struct, sys
here = sys.argv[1]
sizes = [16, 32, 48, 64, 128, 256]
images = [open(f"{here}/png/mente-console-{s}.png", "rb").read() for s in sizes]
header = struct.pack("<HHH", 0, 1, len(images))
offset = 6 + 16 * len(images)
entries = b""
for size, data in zip(sizes, images):
    entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
with open(f"{here}/mente-console.ico", "wb") as f:
    f.write(header + entries + b"".join(images))
PY
