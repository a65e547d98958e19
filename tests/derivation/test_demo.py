"""run_demo: quick checks plus the penalty-shape figure."""

from __future__ import annotations

from pathlib import Path


def test_run_demo_writes_a_png_and_reports_checks(tmp_path):
    from spruce.derivation import run_demo

    result = run_demo(tmp_path, samples=400)
    assert result["all_passed"] is True
    assert len(result["checks"]) >= 15
    assert all({"name", "passed", "detail", "max_error"} <= set(c) for c in result["checks"])
    assert all(c["passed"] for c in result["checks"])
    (figure,) = result["figures"]
    path = Path(figure)
    assert path.parent == tmp_path and path.suffix == ".png"
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and path.stat().st_size > 10_000
