"""`spruce demo --quick`: every section runs, the report is complete, one seed = one result."""

from __future__ import annotations

import json

import pytest

from spruce import cli

TIMING_WORDS = ("time", "second", "elapsed", "per_s", "images_s", "speed", "wall", "ms")


def strip_timings(x):
    """The summary without wall-clock figures (which differ run to run)."""
    if isinstance(x, dict):
        return {k: strip_timings(v) for k, v in x.items()
                if not any(w in k.lower() for w in TIMING_WORDS)}
    if isinstance(x, list):
        return [strip_timings(v) for v in x]
    return x


@pytest.fixture(scope="module")
def two_quick_runs(tmp_path_factory):
    outs = []
    for i in range(2):
        out = tmp_path_factory.mktemp(f"demo{i}")
        code = cli.main(["demo", "--quick", "--seed", "3", "--out", str(out)])
        outs.append((code, out))
    return outs


def test_quick_demo_runs_every_section(two_quick_runs):
    code, out = two_quick_runs[0]
    summary = json.loads((out / "summary.json").read_text())
    statuses = {s["key"]: s["status"] for s in summary["sections"]}
    assert statuses == {"derivation": "ok", "mip": "ok", "pruning": "ok", "dynamics": "ok"}
    assert code == 0


def test_report_has_tables_and_figures(two_quick_runs):
    _, out = two_quick_runs[0]
    index = (out / "index.html").read_text()
    assert index.count("<table>") >= 4
    figures = list((out / "figures").glob("*.png"))
    assert len(figures) >= 4
    for fig in figures:
        assert fig.stat().st_size > 1000
        assert f'src="figures/{fig.name}"' in index
    pruning = next(s for s in json.loads((out / "summary.json").read_text())["sections"]
                   if s["key"] == "pruning")
    methods = {row["method"] for row in pruning["result"]["rows"]}
    assert {"spr", "bernoulli"} <= methods


def test_same_seed_gives_same_numbers(two_quick_runs):
    a, b = (json.loads((out / "summary.json").read_text()) for _, out in two_quick_runs)
    sa, sb = strip_timings(a["sections"]), strip_timings(b["sections"])
    # figure paths differ by output folder only
    assert json.dumps(sa).replace(str(two_quick_runs[0][1]), "OUT") == \
        json.dumps(sb).replace(str(two_quick_runs[1][1]), "OUT")
