"""A NaN or Inf loss stops training with one line naming the step, the epoch and the last
good checkpoint; the diverged weights are never checkpointed."""

from __future__ import annotations

import pytest
import torch

import spruce.training.trainer as trainer
from spruce.cli import main
from spruce.training.safety import NonFiniteGuard, NonFiniteLoss


def _poison_at(monkeypatch, call: int, value: float) -> None:
    """From the `call`-th training step on, the first conv's weights hold `value`."""
    real, calls = trainer.train_step, [0]

    def step(fwd, model, *args, **kwargs):
        calls[0] += 1
        if calls[0] == call:
            with torch.no_grad():
                next(p for p in model.parameters() if p.dim() == 4).fill_(value)
        return real(fwd, model, *args, **kwargs)

    monkeypatch.setattr(trainer, "train_step", step)


@pytest.mark.parametrize("value", [float("nan"), float("inf")])
def test_nonfinite_loss_stops_with_step_and_last_good_checkpoint(value, monkeypatch, tiny,
                                                                 tmp_path, capsys):
    _poison_at(monkeypatch, 5, value)  # epoch 2, batch 2 (3 steps per epoch)
    out = tmp_path / "run"
    rc = main(["train", *tiny, "--out", str(out)])
    err = capsys.readouterr().err
    assert rc == 2 and "Traceback" not in err, err
    assert "epoch 2, batch 2" in err and f"{out / 'checkpoint.pt'} (epoch 1)" in err, err
    ck = torch.load(out / "checkpoint.pt", weights_only=True)
    assert ck["epoch"] == 0  # the last good one, untouched
    assert all(torch.isfinite(v).all() for v in ck["model"].values() if v.is_floating_point())
    assert not (out / "checkpoint.pt.tmp").exists() and not (out / "pruned.pt").exists()


def test_nonfinite_loss_in_first_epoch_says_no_checkpoint_yet(monkeypatch, tiny, tmp_path,
                                                               capsys):
    _poison_at(monkeypatch, 1, float("nan"))
    out = tmp_path / "run"
    assert main(["train", *tiny, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "epoch 1, batch 1" in err and "no checkpoint was written yet" in err, err
    assert not (out / "checkpoint.pt").exists()


def test_device_side_guard_reports_first_bad_step_at_epoch_end():
    guard = NonFiniteGuard(torch.device("cpu"), "ck.pt")
    guard.sync_each_step = False  # the GPU path: no host sync per step
    for step, loss in enumerate([1.0, 2.0, float("inf"), float("nan"), 3.0]):
        guard.observe(torch.tensor(loss), step, 0, step)
    with pytest.raises(NonFiniteLoss, match="at step 2 "):
        guard.check(0, torch.nn.Linear(2, 2))


def test_guard_catches_nonfinite_weights_with_finite_loss():
    guard = NonFiniteGuard(torch.device("cpu"), None)
    lin = torch.nn.Linear(2, 2)
    with torch.no_grad():
        lin.bias[0] = float("inf")
    with pytest.raises(NonFiniteLoss, match="weights bias"):
        guard.check(3, lin)


@pytest.mark.gpu
@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")
def test_guard_on_cuda_records_without_syncing():
    dev = torch.device("cuda")
    guard = NonFiniteGuard(dev, None)
    assert not guard.sync_each_step
    for step, loss in enumerate([1.0, float("nan"), 2.0]):
        guard.observe(torch.tensor(loss, device=dev), step, 0, step)
    assert guard.first_bad.device.type == "cuda"
    with pytest.raises(NonFiniteLoss, match="at step 1 "):
        guard.check(0, torch.nn.Linear(2, 2).to(dev))
