"""Draws Stafet's application icon and writes app/resources/icons/stafet.png (the
window icon, shipped in the package) and packaging/icons/stafet.{ico,icns} (Pillow).

Run again after changing the drawing; the small output files are committed so a build needs no
Pillow step. The icon: a relay baton (orange) passed across a calm blue tile.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "packaging" / "icons"
PNG = ROOT / "app" / "resources" / "icons" / "stafet.png"
SIZE = 1024
BLUE = (31, 94, 140, 255)
ORANGE = (242, 153, 54, 255)
WHITE = (255, 255, 255, 255)


def draw(size: int = SIZE) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    s = size / 1024
    d.rounded_rectangle((64 * s, 64 * s, 960 * s, 960 * s), radius=180 * s, fill=BLUE)
    # Two hands' arcs: the handover.
    d.arc((210 * s, 210 * s, 814 * s, 814 * s), 200, 340, fill=WHITE, width=int(56 * s))
    d.arc((210 * s, 210 * s, 814 * s, 814 * s), 20, 160, fill=WHITE, width=int(56 * s))
    # The baton, diagonal through the middle.
    baton = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    b = ImageDraw.Draw(baton)
    b.rounded_rectangle((232 * s, 452 * s, 792 * s, 572 * s), radius=60 * s, fill=ORANGE)
    image.alpha_composite(baton.rotate(35, resample=Image.Resampling.BICUBIC))
    return image


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    big = draw()
    PNG.parent.mkdir(parents=True, exist_ok=True)
    big.resize((256, 256), Image.Resampling.LANCZOS).save(PNG, optimize=True)
    sizes = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (256, 256)]
    big.save(OUT / "stafet.ico", sizes=sizes)
    big.resize((512, 512), Image.Resampling.LANCZOS).save(OUT / "stafet.icns")


if __name__ == "__main__":
    main()
