"""The HTML report in a real headless Chromium (skipped when playwright or a Chromium is absent):
it loads with no console errors, the status and owner filters and the no-target toggle work, and
nothing runs off the screen at 400 px."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from targetx.io import read_rows
from targetx.pipeline import score_row
from targetx.render import render_html, status_of
from targetx.types import ItemScore

playwright = pytest.importorskip("playwright.sync_api")
CHROMIUM = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
if CHROMIUM is None:
    pytest.skip("no Chromium on this machine", allow_module_level=True)

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "longwan-2024-11.page.txt"
# a closed network: keep Chromium from calling home (see the machine notes)
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> tuple[Path, list[ItemScore]]:
    items = [score_row(r) for r in read_rows(CORPUS)]
    out = tmp_path_factory.mktemp("browser") / "report.html"
    render_html(items, out, inputs=[str(CORPUS)])
    return out, items


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def _open(browser, path: Path, width: int):
    page = browser.new_page(viewport={"width": width, "height": 900})
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: errors.append(f"request {r.url}") if not r.url.startswith(("file:", "data:")) else None)
    page.goto(path.as_uri())
    return page, errors


VISIBLE_ROWS = "Array.from(document.querySelectorAll('#targets tbody tr')).filter(r => r.offsetParent !== null)"


@pytest.mark.parametrize("width", [1400, 400])
def test_loads_and_filters(browser, report, width: int, tmp_path) -> None:
    path, items = report
    page, errors = _open(browser, path, width)
    statuses = [status_of(it, t)[2] for it in items for t in it.targets]
    assert page.evaluate(f"{VISIBLE_ROWS}.length") == len(statuses)
    for status in ("behind", "met", "no result"):
        page.select_option("#status-filter", status)
        shown = page.evaluate(f"{VISIBLE_ROWS}.map(r => r.dataset.status)")
        assert shown == [status] * statuses.count(status)
    page.select_option("#status-filter", "")
    owner = "区发改局"
    page.select_option("#owner-filter", owner)
    owners = page.evaluate(f"{VISIBLE_ROWS}.map(r => r.dataset.owners)")
    assert owners and all(owner in o.split("、") for o in owners)
    page.select_option("#owner-filter", "")
    # rows with no numeric target are hidden until the toggle asks for them
    no_target = sum(not it.targets for it in items)
    hidden = "document.querySelectorAll('section.row.no-target')"
    assert page.evaluate(f"Array.from({hidden}).filter(s => s.offsetParent !== null).length") == 0
    page.check("#show-all")
    assert page.evaluate(f"Array.from({hidden}).filter(s => s.offsetParent !== null).length") == no_target
    page.uncheck("#show-all")
    # nothing runs off the right edge
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    off = page.evaluate("""Array.from(document.querySelectorAll('body *')).filter(e => {
        const r = e.getBoundingClientRect(); return r.width > 0 && r.right > window.innerWidth + 1;
    }).map(e => e.tagName + '.' + e.className)""")
    assert off == []
    page.screenshot(path=str(tmp_path / f"report-{width}.png"))
    assert errors == []
