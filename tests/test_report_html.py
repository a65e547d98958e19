"""spruce.report_html without running the demo: synthetic sections, failures included."""

from __future__ import annotations

import json
import math

import pytest

from spruce import report_html as R


def section(key, status="ok", result=None, **kw):
    return {"key": key, "title": f"{key} title", "status": status, "seconds": 1.0,
            "result": result, **kw}


def test_figure_names_do_not_repeat_the_section(tmp_path):
    out = tmp_path
    assert R.figure_name(out, "derivation", out / "derivation" / "derivation_x.png") == \
        "derivation_x.png"
    assert R.figure_name(out, "pruning", out / "pruning" / "spr" / "kept_channels.png") == \
        "pruning_spr_kept_channels.png"
    assert R.figure_name(out, "pruning", out / "pruning" / "bernoulli_macs.png") == \
        "pruning_bernoulli_macs.png"
    assert R.figure_name(out, "mip", tmp_path.parent / "elsewhere.png") == "mip_elsewhere.png"


def test_tables_have_at_most_eight_columns():
    with pytest.raises(ValueError, match="at most 8"):
        R.Table("wide", [str(i) for i in range(9)], [])


def test_failed_and_missing_sections_are_said_so(tmp_path):
    png = tmp_path / "dynamics" / "dynamics_basins_unit.png"
    png.parent.mkdir()
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 2000)
    sections = [
        section("derivation", "failed", message="RuntimeError: boom <b>"),
        section("mip", "not built yet", message="spruce.mip: no module"),
        section("pruning", result={"rows": "unexpected"}),  # a result of the wrong shape
        section("dynamics", result={
            "rows": [{"slice": "unit", "grid": "4x4", "certified": 0.9, "band": 0.1,
                      "agreement": 1.0, "disagree": 0}],
            "agreement": {"certified": 0.9, "band": 0.1, "agree": 1.0, "disagree": 0, "n": 4},
            "critical_ratio": [{"structure": "unit", "w0": 0.01, "theta0": 0.5,
                                "r_low": 5.2, "r_up": math.inf}],
            "figures": [str(png)], "seconds": math.nan})]
    index, views = R.write_report(tmp_path, sections, {"seed": 0, "quick": True,
                                                       "python": "3", "seconds": 4.0})
    page = index.read_text()
    summary = json.loads((tmp_path / "summary.json").read_text(),
                         parse_constant=lambda c: pytest.fail(f"non-strict JSON: {c}"))
    f = summary["findings"]
    assert "derivation title” failed" in f[0] and "mip title” is not built yet" in f[1]
    assert "could not be summarised" in f[2]
    assert "no cell disagrees" in f[3] and "90.0 %" in f[3]
    assert "RuntimeError: boom &lt;b&gt;" in page  # messages are escaped
    assert summary["sections"][3]["result"]["seconds"] is None
    assert summary["sections"][3]["result"]["critical_ratio"][0]["r_up"] is None
    assert 'src="figures/dynamics_basins_unit.png"' in page
    assert (tmp_path / "figures" / "dynamics_basins_unit.png").is_file()
    assert "Basins of attraction" in page  # the caption, not the file name
    assert (tmp_path / "data" / "dynamics_rows.csv").is_file()
    assert 'href="data/dynamics_critical_ratio.json"' in page
    # a second report in the same folder drops the figures of the first
    (tmp_path / "figures" / "old_figure.png").write_bytes(b"x")
    R.write_report(tmp_path, sections[:1], {})
    assert not list((tmp_path / "figures").glob("*.png"))
