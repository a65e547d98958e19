"""`spruce demo --quick`: every section runs, the report is complete (and renders in a real
browser), one seed = one result."""

from __future__ import annotations

import csv
import html
import json
import re

import pytest
from _browser import CHROMIUM, NO_CHROMIUM, PROBE, WIDTH, chromium, png_size

from spruce import cli

TIMING_WORDS = ("time", "second", "elapsed", "per_s", "images_s", "speed", "wall", "ms")
_RUNS: list[tuple[int, object]] = []  # (exit code, out folder) of the runs made so far


def quick_runs(tmp_path_factory, n: int) -> list:
    """`spruce demo --quick --seed 3`, run at most n times for the whole test session (the
    browser test below reads the first run's report)."""
    while len(_RUNS) < n:
        out = tmp_path_factory.mktemp(f"demo{len(_RUNS)}")
        # later runs repeat only the sweep: it trains every method through the pipeline
        # (where a seed could be ignored); the other sections cost time and are either
        # deterministic by construction or train through the same code
        again = ["--only", "sweep"] if _RUNS else []
        code = cli.main(["demo", "--quick", "--seed", "3", "--out", str(out), *again])
        _RUNS.append((code, out))
    return _RUNS[:n]


def strip_timings(x):
    """The summary without wall-clock figures (which differ run to run)."""
    if isinstance(x, dict):
        return {k: strip_timings(v) for k, v in x.items()
                if not any(w in k.lower() for w in TIMING_WORDS)}
    if isinstance(x, list):
        return [strip_timings(v) for v in x]
    return x


def strict_json(path):
    """Parse as strict JSON: NaN, Infinity and -Infinity are errors."""
    def refuse(name):
        raise AssertionError(f"{path.name} holds the non-standard JSON constant {name}")

    return json.loads(path.read_text(), parse_constant=refuse)


@pytest.fixture(scope="module")
def two_quick_runs(tmp_path_factory):
    return quick_runs(tmp_path_factory, 2)


def test_quick_demo_runs_every_section(two_quick_runs):
    code, out = two_quick_runs[0]
    summary = strict_json(out / "summary.json")
    statuses = {s["key"]: s["status"] for s in summary["sections"]}
    assert statuses == {"derivation": "ok", "mip": "ok", "pruning": "ok", "dynamics": "ok",
                        "sweep": "ok"}
    assert code == 0


def test_report_has_tables_and_figures(two_quick_runs):
    _, out = two_quick_runs[0]
    index = (out / "index.html").read_text()
    assert index.count("<table>") >= 4
    figures = list((out / "figures").glob("*.png"))
    assert len(figures) >= 8
    for fig in figures:
        assert fig.stat().st_size > 1000
        assert f'src="figures/{fig.name}"' in index
        assert not re.match(r"(derivation|mip|pruning|dynamics)_\1_", fig.name), fig.name
    pruning = next(s for s in strict_json(out / "summary.json")["sections"]
                   if s["key"] == "pruning")
    rows = pruning["result"]["rows"]
    assert [r["method"] for r in rows] == ["dense", "none", "spr", "bernoulli"]
    # the dense reference has the same schedule as the methods it is compared with
    by = {r["method"]: r for r in rows}
    assert (by["dense"]["epochs"], by["dense"]["finetune_epochs"]) == \
        (by["spr"]["epochs"], by["spr"]["finetune_epochs"])
    assert by["dense"]["macs"] == by["dense"]["macs_dense"]
    assert any(f.endswith("methods_accuracy_vs_macs.png") for f in pruning["result"]["figures"])


def test_report_reads_as_results(two_quick_runs):
    """Findings in sentences first, compact tables, captions that are sentences, data links."""
    _, out = two_quick_runs[0]
    index = (out / "index.html").read_text()
    summary = strict_json(out / "summary.json")
    findings = summary["findings"]
    assert len(findings) == 5 and all(f.endswith(".") for f in findings)  # one per section
    assert index.index("What was found") < index.index("<table>")
    assert "root gap" in findings[1] and "SPR removed" in findings[2]
    assert '{"seed"' not in index and "{'" not in index  # no dict or JSON dumped as text
    for table in re.findall(r"<table>.*?</table>", index, flags=re.S):
        header = re.search(r"<tr>(.*?)</tr>", table, flags=re.S).group(1)
        assert 1 <= header.count("<th>") <= 8, header
    assert "%" in index and re.search(r"\d,\d{3}", index)  # percentages, thousands separators
    captions = re.findall(r"<figcaption>(.*?)</figcaption>", index, flags=re.S)
    assert len(captions) == len(list((out / "figures").glob("*.png")))
    for cap in captions:
        assert ".png" not in cap and len(cap.split()) >= 8, cap
    links = re.findall(r'href="(data/[^"]+)"', index)
    assert "data/pruning_rows.csv" in links and "data/mip_table.json" in links
    for link in links:
        assert (out / link).is_file(), link
        if link.endswith(".json"):
            strict_json(out / link)
    with open(out / "data" / "pruning_rows.csv", newline="") as f:
        assert {r["method"] for r in csv.DictReader(f)} == {"dense", "none", "spr", "bernoulli"}
    speedups = [r.get("speedup") for r in summary["sections"][2]["result"]["rows"]]
    if any(s is not None and s < 1 for s in speedups):
        assert "GPU benchmark" in index  # a CPU speed-up below 1 is explained


def test_same_seed_gives_same_numbers(two_quick_runs):
    a, b = (json.loads((out / "summary.json").read_text()) for _, out in two_quick_runs)
    again = {s["key"] for s in b["sections"]}
    assert again == {"sweep"}
    sa = strip_timings([s for s in a["sections"] if s["key"] in again])
    sb = strip_timings(b["sections"])
    # figure paths differ by output folder only
    assert json.dumps(sa).replace(str(two_quick_runs[0][1]), "OUT") == \
        json.dumps(sb).replace(str(two_quick_runs[1][1]), "OUT")
    assert b["findings"] and all(f in a["findings"] for f in b["findings"])


@pytest.mark.skipif(CHROMIUM is None, reason=NO_CHROMIUM)
def test_report_renders_in_chromium(two_quick_runs, tmp_path):
    """headless Chromium renders index.html at 1280 px: every <img> decoded, nothing wider
    than the window; a full-page screenshot is saved in the test's tmp folder (run with -s
    to see its path)."""
    report = two_quick_runs[0][1] / "index.html"  # a failed section is the tests' above
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
