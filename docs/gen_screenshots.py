"""Regenerate the report screenshots in docs/ (needs playwright and a Chromium)::

    python docs/gen_screenshots.py     # docs/report-screenshot.png (1400 px), docs/report-screenshot-400.png

The report is that of the bundled page, ``targetx render corpus/longwan-2024-11.page.txt``.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from playwright.sync_api import sync_playwright  # noqa: E402

from targetx.cli import main  # noqa: E402

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = {1400: ROOT / "docs" / "report-screenshot.png", 400: ROOT / "docs" / "report-screenshot-400.png"}


def run() -> None:
    chromium = next(p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.html"
        os.chdir(ROOT)
        main(["render", "corpus/longwan-2024-11.page.txt", "-o", str(out)])
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=ARGS)
            for width, path in SHOTS.items():
                page = browser.new_page(viewport={"width": width, "height": 1100 if width > 600 else 1400})
                page.goto(out.as_uri())
                page.screenshot(path=str(path))
                print(f"wrote {path.relative_to(ROOT)}")
            browser.close()


if __name__ == "__main__":
    run()
