"""`spruce train --method bernoulli` interrupted by SIGINT in the middle of an epoch, after
structures were already cut out of the network, and resumed with --resume, ends exactly where
an uninterrupted run ends (same seed, CPU, one thread): same weights, θ, Adam's moments, γ,
gate generator state, per-epoch history and pruned model, bit for bit.

Real processes (`_driver.py` = `spruce` plus a fault-injection hook):
  reference   uninterrupted run (started alongside run 1: two cores)
  run 1       SIGINT after global step 27 (epoch 5, batch 3; structures were removed at
              the end of epoch 4): mid-epoch checkpoint, exit code 130
  run 2       --resume to the end: the rest of training, prune, report
Estimator: the default (score function from each example's loss); the gates draw from
their own generator seeded by --seed.
Also here: the CUDA RNG entry of training checkpoints (restore, refusal, warnings).
"""

from __future__ import annotations

import json
import signal
import warnings
from pathlib import Path

import pytest
import torch

from spruce.training.checkpoint import first_difference

from ._processes import Driver, signal_at_marker, start_driver

ARGS = ["train", "--data", "digits", "--model", "small", "--method", "bernoulli",
        "--epochs", "5", "--max-steps", "6", "--batch-size", "32", "--target-macs", "0.3",
        "--theta-lr", "0.2", "--warmup-epochs", "1", "--finetune-epochs", "0",
        "--prune-samples", "100", "--speed-batch", "4",
        "--no-progress", "--device", "cpu", "--seed", "0"]
TIMING = ("epoch_time_s", "images_per_s")


def _same(a, b, where: str) -> None:
    diff = first_difference(a, b, where)
    assert diff is None, f"differs at {diff}"


def _untimed(rows: list[dict]) -> list[dict]:
    return [{k: v for k, v in r.items() if k not in TIMING} for r in rows]


def _start(out: Path, *extra: str, **hooks: str) -> Driver:
    return start_driver([*ARGS, "--out", str(out), *extra], **hooks)


def _interrupt(out: Path, marker: Path, step: int) -> tuple[int, str]:
    """Run until the driver's hook has finished step `step`, then SIGINT; (code, stderr)."""
    proc = _start(out, SPRUCE_TEST_MARKER=str(marker), SPRUCE_TEST_STEP=str(step),
                  SPRUCE_TEST_SLEEP="2")
    return signal_at_marker(proc, marker, signal.SIGINT, timeout=120)


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    root = tmp_path_factory.mktemp("bernoulli_resume")
    ref, run = root / "reference", root / "run"
    reference = _start(ref)  # alongside run 1: the machine has two cores
    facts: dict = {"ref": ref, "run": run}
    facts["sigint"] = _interrupt(run, root / "marker", 27)
    facts["after_sigint"] = torch.load(run / "checkpoint.pt", weights_only=True)
    _, err = reference.communicate(timeout=180)
    assert reference.returncode == 0, err[-2000:]
    resumed = _start(run, "--resume")
    _, err = resumed.communicate(timeout=180)
    assert resumed.returncode == 0, err[-2000:]
    facts["resume_stderr"] = err
    return facts


def test_sigint_lands_mid_epoch_after_a_shrink(runs):
    rc, err = runs["sigint"]
    assert rc == 130, err[-2000:]
    assert "checkpoint saved to" in err and "--resume" in err and "Traceback" not in err
    ck = runs["after_sigint"]
    assert ck["epoch"] == 3 and ck["partial"]["epoch"] == 4 and ck["partial"]["batch"] == 3
    # structures had left the network: the checkpoint's plan replays their removal
    assert ck["plan"]["steps"], "nothing had been removed before the interruption"
    state = ck["method"]["pruner"]
    assert state["epoch"] == 4 and sum(h["units_removed"] for h in state["history"]) > 0
    assert state["rng"].dtype == torch.uint8  # the gates' own generator state is saved


def test_resumed_run_equals_the_uninterrupted_run_bit_for_bit(runs):
    a = torch.load(runs["ref"] / "checkpoint.pt", weights_only=True)
    b = torch.load(runs["run"] / "checkpoint.pt", weights_only=True)
    assert "partial" not in b and a["epoch"] == b["epoch"] == 4
    _same(a["model"], b["model"], "model")
    _same(a["optimizer"]["state"], b["optimizer"]["state"], "momentum")
    _same(a["scheduler"], b["scheduler"], "scheduler")  # moved to each new optimizer
    # the final rounding and the gates' per-epoch records
    _same(a["method"], b["method"], "method")
    _same(a["rng"], b["rng"], "rng")
    _same(_untimed(a["history"]), _untimed(b["history"]), "history")
    assert a["history"][-1]["method/macs"] < a["history"][0]["method/macs"]  # it pruned
    lines = [_untimed([json.loads(x) for x in (d / "train.jsonl").read_text().splitlines()])
             for d in (runs["ref"], runs["run"])]
    assert lines[0] == lines[1] and len(lines[0]) == 5
    pa = torch.load(runs["ref"] / "pruned.pt", weights_only=True)["model"]
    pb = torch.load(runs["run"] / "pruned.pt", weights_only=True)["model"]
    _same(pa, pb, "pruned")
    assert "not step-exact" not in runs["resume_stderr"]


def test_cuda_rng_entry_is_checked_and_a_gpu_count_mismatch_warns(tmp_path):
    from spruce.training.trainer import _restore_cuda_rng

    path = str(tmp_path / "checkpoint.pt")
    have = torch.cuda.device_count() if torch.cuda.is_available() else 0
    states = [torch.zeros(16, dtype=torch.uint8)] * (have + 1)
    with pytest.warns(UserWarning, match=rf"{have + 1} GPU\(s\) and this machine has {have}"):
        _restore_cuda_rng(states, torch.device("cpu"), path)
    with pytest.raises(ValueError, match="cuda_rng.*list of uint8 tensors"):
        _restore_cuda_rng(torch.zeros(16, dtype=torch.uint8), torch.device("cpu"), path)
    with pytest.raises(ValueError, match="cuda_rng"):
        _restore_cuda_rng([torch.zeros(16)], torch.device("cpu"), path)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a CPU run without the entry: nothing to say
        _restore_cuda_rng(None, torch.device("cpu"), path)


@pytest.mark.gpu
@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")
def test_cuda_rng_is_saved_and_restored(tmp_path):
    """Checkpoints of a run that used CUDA carry every GPU's generator; resume restores it."""
    from spruce.training.checkpoint import load_checkpoint
    from spruce.training.methods import PruningMethod
    from spruce.training.models import small_resnet
    from spruce.training.trainer import TrainConfig, _restore_cuda_rng, _save, make_optimizer

    torch.cuda.manual_seed_all(3)
    torch.rand(100, device="cuda")  # move the generator off its seed
    cfg = TrainConfig(checkpoint_path=str(tmp_path / "ck.pt"), arch={"name": "small"})
    model = small_resnet().cuda()
    opt = make_optimizer(model, PruningMethod(), cfg, 0.1)
    expected = torch.rand(5, device="cuda")  # the draws that follow the saved state
    torch.cuda.manual_seed_all(3)
    torch.rand(100, device="cuda")
    _save(cfg, model, opt, PruningMethod(), [], 0)
    ck = load_checkpoint(cfg.checkpoint_path)
    assert len(ck["cuda_rng"]) == torch.cuda.device_count()
    torch.rand(1000, device="cuda")  # drift away, then come back
    _restore_cuda_rng(ck["cuda_rng"], torch.device("cuda"), cfg.checkpoint_path)
    assert torch.equal(torch.rand(5, device="cuda"), expected)
