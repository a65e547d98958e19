"""A real `spruce train` process killed (SIGKILL mid-step, SIGKILL mid-checkpoint-write) and
interrupted (SIGINT), resumed each time with --resume, ends with the same weights, step for
step, as an uninterrupted run (same seed, CPU, one thread: deterministic).

One chain of processes, shared by the tests below (module fixture):
  reference   uninterrupted run
  run 1       SIGKILL after global step 9 (epoch 2, batch 3): epoch 1 is checkpointed
  run 2       --resume; SIGINT after its 2nd step: mid-epoch checkpoint, exit code 130
  run 3       --resume from that partial checkpoint; SIGKILL while the end-of-epoch-2
              checkpoint is half written (its unique .tmp file): checkpoint.pt must stay
              intact
  run 4       --resume to the end: train, prune, fine-tune, report
"""

from __future__ import annotations

import signal
import subprocess
from pathlib import Path

import pytest
import torch

from spruce.training.checkpoint import first_difference

from ._processes import run_driver, signal_at_marker, start_driver

ARGS = ["train", "--data", "digits", "--model", "small", "--method", "spr", "--epochs", "3",
        "--max-steps", "6", "--batch-size", "32", "--finetune-epochs", "1",
        "--prune-samples", "300", "--speed-batch", "8",
        "--no-progress", "--device", "cpu", "--seed", "0"]


def _run(out: Path, *extra: str, **hooks: str) -> subprocess.CompletedProcess:
    return run_driver([*ARGS, "--out", str(out), *extra], timeout=120, **hooks)


def _interrupt(out: Path, sig: int, marker: Path, *extra: str, **hooks: str):
    """Start a run, wait for the hook's marker file, send `sig`; (returncode, stderr)."""
    marker.unlink(missing_ok=True)
    proc = start_driver([*ARGS, "--out", str(out), *extra], SPRUCE_TEST_MARKER=str(marker),
                        **hooks)
    return signal_at_marker(proc, marker, sig, timeout=90)


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    root = tmp_path_factory.mktemp("interrupt")
    ref, run = root / "reference", root / "run"
    marker = root / "marker"
    r = _run(ref)
    assert r.returncode == 0, r.stderr[-2000:]
    facts: dict = {"ref": ref, "run": run}
    facts["kill_step"] = _interrupt(run, signal.SIGKILL, marker,
                                    SPRUCE_TEST_STEP="9", SPRUCE_TEST_SLEEP="30")
    facts["after_kill_step"] = torch.load(run / "checkpoint.pt", weights_only=True)
    facts["sigint"] = _interrupt(run, signal.SIGINT, marker, "--resume",
                                 SPRUCE_TEST_STEP="2", SPRUCE_TEST_SLEEP="1.5")
    facts["after_sigint"] = torch.load(run / "checkpoint.pt", weights_only=True)
    facts["kill_save"] = _interrupt(run, signal.SIGKILL, marker, "--resume",
                                    SPRUCE_TEST_SLOW_SAVE="1", SPRUCE_TEST_SLEEP="30")
    facts["tmp_size"] = sum(t.stat().st_size for t in run.glob(".checkpoint.pt.*.tmp"))
    facts["after_kill_save"] = torch.load(run / "checkpoint.pt", weights_only=True)
    r = _run(run, "--resume")
    assert r.returncode == 0, r.stderr[-2000:]
    return facts


def test_sigkill_mid_step_leaves_the_last_epoch_checkpoint(chain):
    rc, _ = chain["kill_step"]
    assert rc == -signal.SIGKILL
    ck = chain["after_kill_step"]
    assert ck["epoch"] == 0 and "partial" not in ck  # epoch 1 complete, epoch 2 lost


def test_sigint_saves_a_mid_epoch_checkpoint_and_exits_130(chain):
    rc, err = chain["sigint"]
    run = chain["run"]
    assert rc == 130, err[-2000:]
    assert f"checkpoint saved to {run / 'checkpoint.pt'}" in err and "--resume" in err
    assert "Traceback" not in err
    ck = chain["after_sigint"]
    assert ck["partial"]["epoch"] == 1 and ck["partial"]["batch"] == 2 and ck["epoch"] == 0


def test_sigkill_during_checkpoint_write_keeps_the_previous_checkpoint(chain):
    rc, _ = chain["kill_save"]
    assert rc == -signal.SIGKILL
    assert chain["tmp_size"] > 0  # the half-written file is the .tmp, never checkpoint.pt
    ck = chain["after_kill_save"]
    assert ck["partial"]["batch"] == 2  # still the SIGINT checkpoint, complete and loadable


@pytest.mark.parametrize("name", ["checkpoint.pt", "finetune.pt", "pruned.pt"])
def test_resumed_run_matches_uninterrupted_run_exactly(chain, name):
    a = torch.load(chain["ref"] / name, weights_only=True)
    b = torch.load(chain["run"] / name, weights_only=True)
    assert a["model"].keys() == b["model"].keys()
    for k in a["model"]:
        assert torch.equal(a["model"][k], b["model"][k]), k
    if "optimizer" in a:
        for sa, sb in zip(a["optimizer"]["state"].values(), b["optimizer"]["state"].values(),
                          strict=True):
            assert torch.equal(sa["momentum_buffer"], sb["momentum_buffer"])
        assert a["optimizer"]["param_groups"] == b["optimizer"]["param_groups"]  # lr included
        assert first_difference(a["scheduler"], b["scheduler"]) is None
        keep = ("epoch", "train_loss", "train_acc", "test_loss", "test_acc")
        assert [{k: r[k] for k in keep} for r in a["history"]] == \
            [{k: r[k] for k in keep} for r in b["history"]]


def test_sigint_in_the_last_training_step_stops_before_pruning(tmp_path):
    """Ctrl-C during the very last step (epoch 3, step 6 of 6): the epoch completes and is
    saved, then the run stops with 130 instead of going on to prune; --resume finishes it."""
    out, marker = tmp_path / "run", tmp_path / "marker"
    rc, err = _interrupt(out, signal.SIGINT, marker, SPRUCE_TEST_STEP="18",
                         SPRUCE_TEST_SLEEP="1.5")
    assert rc == 130, err[-2000:]
    assert "--resume" in err and "Traceback" not in err
    assert not (out / "pruned.pt").exists() and not (out / "finetune.pt").exists()
    ck = torch.load(out / "checkpoint.pt", weights_only=True)
    assert ck["epoch"] == 2 and "partial" not in ck  # all 3 epochs complete and saved
    r = _run(out, "--resume")
    assert r.returncode == 0, r.stderr[-2000:]
    assert (out / "pruned.pt").exists()
