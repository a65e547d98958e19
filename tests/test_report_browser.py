"""The demo report in a real browser: headless Chromium renders index.html at 1280 px.

Checks, with JavaScript run in the page after it has loaded, that every <img> decoded
(naturalWidth > 0) and that nothing is wider than the window; then saves a full-page
screenshot in the test's tmp folder (its path is printed: run with -s to see it).
Skipped with a message where no Chromium is installed (Debian: apt-get install -y
chromium; .ci/run installs it). The report comes from tests/test_demo.py's quick runs, so
the demo does not run once more for this test.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

import pytest
from test_demo import quick_runs

WIDTH = 1280
CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")
                 if shutil.which(n)), None)
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="headless Chromium is not installed (Debian package `chromium`: "
    "apt-get install -y chromium; .ci/run installs it): the report was not rendered")

PROBE = """<script>
window.addEventListener("load", function () {
  var imgs = Array.prototype.slice.call(document.images);
  var wide = [];
  document.querySelectorAll("body *").forEach(function (el) {
    var r = el.getBoundingClientRect();
    if (r.right > document.documentElement.clientWidth + 1 && wide.length < 10)
      wide.push(el.tagName + " " + (el.textContent || "").slice(0, 40) + " right=" + r.right);
  });
  var out = {
    images: imgs.length,
    broken: imgs.filter(function (i) { return !(i.complete && i.naturalWidth > 0); })
                .map(function (i) { return i.getAttribute("src"); }),
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    height: document.documentElement.scrollHeight,
    wide: wide
  };
  var pre = document.createElement("pre");
  pre.id = "probe-result";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
</script>"""


def chromium(*args: str, timeout: float = 240) -> subprocess.CompletedProcess:
    """Headless Chromium with no network, sync or first-run work (this machine is offline)."""
    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    cmd = [CHROMIUM, "--headless", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--disable-extensions", "--hide-scrollbars", "--mute-audio",
           f"--user-data-dir={profile}", *args]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        cmd.insert(2, "--no-sandbox")  # Chromium refuses to run as root with its sandbox
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", head[16:24])


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    _, out = quick_runs(tmp_path_factory, 1)[0]  # a failed section is test_demo.py's concern
    return out / "index.html"


def test_report_renders_in_chromium(report, tmp_path):
    page = report.read_text(encoding="utf-8")
    probe = report.with_name("_browser_probe.html")  # next to index.html: same relative links
    probe.write_text(page.replace("</body>", PROBE + "</body>"), encoding="utf-8")
    try:
        res = chromium(f"--window-size={WIDTH},1000", "--virtual-time-budget=15000",
                       "--dump-dom", probe.as_uri())
    finally:
        probe.unlink()
    found = re.search(r'<pre id="probe-result">(.*?)</pre>', res.stdout, flags=re.S)
    assert found, f"no probe result from Chromium (exit {res.returncode}): {res.stderr[-2000:]}"
    result = json.loads(html.unescape(found.group(1)))
    n_figures = len(list((report.parent / "figures").glob("*.png")))
    assert result["images"] == n_figures >= 8
    assert result["broken"] == [], f"images that did not load: {result['broken']}"
    assert result["clientWidth"] <= WIDTH
    assert result["scrollWidth"] <= WIDTH, f"the page overflows {WIDTH} px: {result}"

    shot = tmp_path / f"report_{WIDTH}px.png"
    height = min(max(int(result["height"]), 800), 16000)
    res = chromium(f"--window-size={WIDTH},{height}", "--virtual-time-budget=15000",
                   f"--screenshot={shot}", report.as_uri())
    assert shot.is_file(), f"no screenshot (exit {res.returncode}): {res.stderr[-2000:]}"
    width, h = png_size(shot)
    assert width == WIDTH and h >= 800 and shot.stat().st_size > 50_000
    print(f"\nscreenshot of the report at {WIDTH} px: {shot}")
