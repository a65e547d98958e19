"""End-to-end: train with SPR, prune, surgery (logits checked), fine-tune, report."""

import json
from pathlib import Path

import pytest
import torch

from spruce.training.checkpoint import load_checkpoint, load_model
from spruce.training.config import PipelineConfig
from spruce.training.data import digits_dataset
from spruce.training.pipeline import run_pipeline
from spruce.training.report import read_jsonl
from spruce.training.trainer import evaluate


def test_spr_on_digits_end_to_end(tmp_path):
    out = tmp_path / "run"
    s = run_pipeline(PipelineConfig(
        data="digits", model="small", method="spr", lam=10, alpha=0.1, epochs=8,
        finetune_epochs=2, batch_size=64, tolerance=1.0, device="cpu", progress=False,
        speed_batch=128, out=out))
    # learning and pruning on real data
    assert s["acc_trained"] > 0.85 and s["acc_final"] > 0.9
    assert s["channels_kept"] < s["channels_total"]
    assert s["params_pruned"] < s["params_dense"] and s["macs_pruned"] < s["macs_dense"]
    assert s["macs_checked_with_torch_pruning"]
    # surgery equivalence in fp32 within 1e-5 relative
    assert s["surgery_max_rel_diff"] < 1e-5
    # threshold search respected its tolerance (points)
    assert 100 * (s["search"]["train_acc"] - s["search"]["train_acc_pruned"]) <= 1.0
    # files: logs, checkpoints, summary, figures
    assert len(read_jsonl(out / "train.jsonl")) == 8
    assert len(read_jsonl(out / "finetune.jsonl")) == 2
    assert json.loads((out / "summary.json").read_text())["channels_kept"] == s["channels_kept"]
    for f in s["figures"]:
        assert f.endswith(".png") and (tmp_path / "run" / f.split("/")[-1]).stat().st_size > 1000
    # the saved pruned model is the fine-tuned one
    model = load_model(load_checkpoint(out / "pruned.pt"))
    assert sum(p.numel() for p in model.parameters()) == s["params_pruned"]
    assert evaluate(model, digits_dataset(0), "test")[1] == pytest.approx(s["acc_final"])


def test_synthetic_cifar_resnet20_end_to_end(tmp_path):
    s = run_pipeline(PipelineConfig(
        data="synthetic", synthetic_size=128, model="resnet20", method="spr", lam=5, epochs=2,
        finetune_epochs=1, batch_size=64, tolerance=100, prune_samples=32, device="cpu",
        progress=False, speed_batch=8, out=tmp_path))
    assert s["surgery_max_rel_diff"] < 1e-5
    # inner channels of the 9 blocks and the channels of the 3 stages
    assert s["channels_total"] == 4 * (16 + 32 + 64)
    assert s["channels_kept"] < s["channels_total"] and s["params_pruned"] < s["params_dense"]
    assert s["macs_checked_with_torch_pruning"]


def test_warmup_m_and_baselines_share_the_pipeline(tmp_path):
    common = dict(data="digits", model="small", epochs=2, finetune_epochs=1, batch_size=128,
                  device="cpu", progress=False, tolerance=2, speed_batch=8, prune_samples=300)
    spr = run_pipeline(PipelineConfig(method="spr", m_from="warmup", m_warmup_epochs=1,
                                      out=tmp_path / "spr", **common))
    assert (tmp_path / "spr" / "warmup.jsonl").exists() and spr["surgery_max_rel_diff"] < 1e-5
    l1 = run_pipeline(PipelineConfig(method="l1-filter", prune_ratio=0.5, out=tmp_path / "l1",
                                     **common))
    # half of each of the 6 blocks' inner channels and of the 3 stages' channels
    assert l1["search"]["rule"] == "ratio" and l1["channels_kept"] == 56 + 28
    sl = run_pipeline(PipelineConfig(method="slimming", out=tmp_path / "sl", **common))
    assert sl["search"]["score"] == "bn" and sl["surgery_max_rel_diff"] < 1e-5
    assert torch.isfinite(torch.tensor(sl["acc_final"]))


def test_run_demo_quick_returns_rows_and_figures(tmp_path):
    from spruce.training import run_demo

    r = run_demo(tmp_path, quick=True, methods=("spr",))
    (row,) = r["rows"]
    assert row["method"] == "spr" and 0.5 < row["accuracy"] <= 1.0
    assert row["params"] <= row["params_dense"] and row["macs"] <= row["macs_dense"]
    # kept channels, accuracy vs MACs, SPR regimes per epoch, and the methods figure
    assert len(r["figures"]) == 4 and all(Path(p).exists() for p in r["figures"])
    assert all(p.endswith(".png") for p in r["figures"])
    assert "spr" in (tmp_path / "methods.txt").read_text()


def test_bernoulli_run_reports_gates_per_epoch_and_the_rounding(tmp_path):
    s = run_pipeline(PipelineConfig(
        data="digits", model="small", method="bernoulli", epochs=3, warmup_epochs=1,
        finetune_epochs=1, batch_size=128, tolerance=2, device="cpu", progress=False,
        speed_batch=64, out=tmp_path))
    rows = read_jsonl(tmp_path / "train.jsonl")
    total = 6 + 168  # 6 branch gates and 168 units in the small ResNet's structures
    for r in rows:
        counts = [r["method/open"], r["method/closed"], r["method/undecided"]]
        assert sum(counts) == total and min(counts) >= 0
    assert rows[0]["method/open"] == total  # warm-up: θ frozen at 1
    summary = json.loads((tmp_path / "summary.json").read_text())
    rounding = summary["rounding"]
    assert rounding["acc_after_rounding"] == pytest.approx(s["acc_trained"])
    assert rounding["acc_before_rounding"] == pytest.approx(rows[-1]["test_acc"])
    # the last row is logged before the rounding: its undecided gates are the rounded ones
    assert rounding["gates_rounded"] == rows[-1]["method/undecided"]
    assert 0 <= rounding["largest_rounding"] <= 1
    gates = summary["gates_per_epoch"]
    assert [g["epoch"] for g in gates] == [1, 2, 3]
    assert [g["undecided"] for g in gates] == [r["method/undecided"] for r in rows]
    # the default target: half of the MACs, the size of the network that was trained
    assert summary["macs_trained"] <= 0.55 * summary["macs_dense"]
    assert summary["channels_total"] == 168 and summary["settings"]["target_macs"] == 0.5


