"""The CPU showcase (quick mode) and its figures."""

from __future__ import annotations

import pytest

from spruce.training.bernoulli import run_demo


def test_quick_demo_prunes_while_training(tmp_path):
    r = run_demo(tmp_path, quick=True, seed=0)
    assert r["method"] == "bernoulli"
    assert r["deterministic"] and r["rounded"] == 0  # the pull decided every gate
    macs = r["macs_per_epoch"]
    assert macs[-1] < macs[0]
    assert all(b <= a for a, b in zip(macs, macs[1:], strict=False))
    assert r["macs"] <= 0.55 * r["macs_dense"] and r["params"] < r["params_dense"]
    assert 0 < r["channels_kept"] < r["channels_total"]
    assert r["accuracy"] > 0.9 and r["accuracy_deterministic"] == r["accuracy_trained"]
    assert len(r["epoch_time_s"]) == len(macs) == r["settings"]["epochs"]
    assert [g["epoch"] for g in r["gates_per_epoch"]] == list(range(1, len(macs) + 1))
    for path in r["figures"]:
        with open(path, "rb") as f:
            assert f.read(8) == b"\x89PNG\r\n\x1a\n"


def test_demo_rejects_unknown_settings(tmp_path):
    with pytest.raises(ValueError, match="unknown demo settings"):
        run_demo(tmp_path, quick=True, settings={"epoch": 3})
