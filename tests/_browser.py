"""Headless Chromium for tests/test_demo.py's browser test: the page probe, the runner, PNG size.

The probe, run in the page after it has loaded, reports every <img> that did not decode
(naturalWidth 0) and anything wider than the window.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

WIDTH = 1280
CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")
                 if shutil.which(n)), None)
NO_CHROMIUM = ("headless Chromium is not installed (Debian package `chromium`: apt-get "
               "install -y chromium; .ci/run installs it): the report was not rendered")

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
