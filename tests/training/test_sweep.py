"""spruce sweep: every method at several strengths through the one pipeline, Pareto outputs."""

from __future__ import annotations

import json

import pytest

from spruce.cli import main
from spruce.training.sweep import pareto_figure, pareto_front, points, run_name

TINY = ["--data", "digits", "--epochs", "1", "--finetune-epochs", "0", "--batch-size", "128",
        "--device", "cpu", "--no-progress"]


def test_plan_names_and_front():
    plan = points({"spr": ("lam", [0.5, 2.0]), "l1-filter": ("prune_ratio", [0.5])})
    assert plan == [("none", None, None), ("spr", "lam", 0.5), ("spr", "lam", 2.0),
                    ("l1-filter", "prune_ratio", 0.5)]
    assert run_name("spr", "lam", 2.0) == "spr_lam2" and run_name("none", None, None) == "none"
    rows = [{"method": "a", "accuracy": 0.9, "macs_kept": 0.5},
            {"method": "b", "accuracy": 0.8, "macs_kept": 0.6},  # beaten by a on both
            {"method": "c", "accuracy": 0.95, "macs_kept": 0.9}]
    assert [r["method"] for r in pareto_front(rows)] == ["a", "c"]
    with pytest.raises(ValueError, match="unknown method"):
        points({"magic": ("lam", [1.0])})


def test_figure_has_one_curve_per_method_and_the_dense_line():
    rows = [{"method": "none", "strength": None, "accuracy": 0.9, "accuracy_trained": 0.95,
             "macs_kept": 0.8},
            {"method": "spr", "strength": 1, "accuracy": 0.93, "macs_kept": 0.5},
            {"method": "spr", "strength": 5, "accuracy": 0.91, "macs_kept": 0.3},
            {"method": "l1-filter", "strength": 0.5, "accuracy": 0.85, "macs_kept": 0.25}]
    full, zoom = pareto_figure(rows, "t").axes
    for ax in (full, zoom):
        labels = [line.get_label() for line in ax.lines]
        assert labels == ["dense, before pruning", "none (plain, pruned)", "spr", "l1-filter"]
        spr = ax.lines[2]
        assert list(spr.get_xdata()) == [30.0, 50.0] and list(spr.get_ydata()) == [91.0, 93.0]
        assert ax.get_xlim() == (0, 105) and "MACs kept" in ax.get_xlabel()
    assert zoom.get_ylim() == pytest.approx((93 - 6, 93.5))  # the top 6 points


def test_sweep_command_runs_and_continues_where_it_stopped(tmp_path, capsys):
    out = tmp_path / "sweep"
    argv = ["sweep", *TINY, "--methods", "spr", "l1-filter", "--strengths", "spr=1",
            "--strengths", "l1-filter=0.5", "--out", str(out)]
    assert main(argv) == 0
    rows = json.loads((out / "pareto.json").read_text())["rows"]
    assert [(r["method"], r["strength"]) for r in rows] == [
        ("none", None), ("spr", 1.0), ("l1-filter", 0.5)]
    assert all(0 < r["macs_kept"] <= 1 for r in rows)
    assert (out / "pareto.png").stat().st_size > 1000 and (out / "pareto.csv").exists()
    first = (out / "spr_lam1" / "pruned.pt").stat().st_mtime_ns
    assert main(argv) == 0  # finished runs are read back, not trained again
    assert (out / "spr_lam1" / "pruned.pt").stat().st_mtime_ns == first
    capsys.readouterr()
    assert main(["sweep", *TINY, "--methods", "spr", "--strengths", "bernoulli=1",
                 "--out", str(tmp_path / "x")]) == 2
    assert "not in --methods" in capsys.readouterr().err
