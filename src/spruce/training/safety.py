"""Training safety: stop on a non-finite loss, save a checkpoint on Ctrl-C / SIGTERM.

NonFiniteGuard: the first step s whose loss is NaN or ±Inf is recorded without a host
synchronization on a GPU (first_bad ← s where first_bad < 0 and not isfinite(loss), a
device-side `where`), read once per epoch before anything is evaluated or checkpointed;
on a CPU it is checked at every step (free there), so the run stops at once. The error
names the step, the epoch and the last good checkpoint, and no checkpoint of the
diverged weights is written. Cost: one elementwise op per step (< 10 µs on a CPU).

InterruptFlag: SIGINT (Ctrl-C) and SIGTERM (cluster preemption) set a flag instead of
raising inside a kernel; the training loop checks it after each step, writes a mid-epoch
checkpoint (atomic, like every checkpoint) and raises KeyboardInterrupt, which the
`spruce` CLI turns into exit code 130. A second signal during that save interrupts at once.
"""

from __future__ import annotations

import logging
import signal
import threading
from pathlib import Path

import torch

log = logging.getLogger(__name__)


class NonFiniteLoss(ValueError):
    """The training loss became NaN or Inf: a user-facing error (one line, exit code 2)."""


class NonFiniteGuard:
    """Remembers the first global step with a non-finite loss (see the module docstring)."""

    def __init__(self, device: torch.device, checkpoint_path: str | None):
        self.device = device
        self.sync_each_step = device.type == "cpu"
        self.first_bad = torch.full((), -1, dtype=torch.long, device=device)
        self.checkpoint_path = checkpoint_path
        self.last_good_epoch: int | None = None

    def observe(self, loss: torch.Tensor, step: int, epoch: int, batch: int) -> None:
        bad = ~torch.isfinite(loss.detach())
        if self.sync_each_step:
            if bool(bad):
                self._fail(step, epoch, float(loss.detach()), batch)
            return
        self.first_bad = torch.where(bad & (self.first_bad < 0),
                                     torch.full_like(self.first_bad, step), self.first_bad)

    def check(self, epoch: int, model: torch.nn.Module) -> None:
        """At epoch end: the recorded bad step, or any non-finite weight, stops training."""
        step = int(self.first_bad)
        if step >= 0:
            self._fail(step, epoch, None)
        for name, p in model.state_dict().items():
            if p.is_floating_point() and not bool(torch.isfinite(p).all()):
                raise NonFiniteLoss(f"weights {name} became NaN/Inf in epoch {epoch + 1}; "
                                    f"{self._last_good()}")

    def _last_good(self) -> str:
        path = self.checkpoint_path
        if path is None:
            return "no checkpoint is written by this run (no checkpoint path)"
        if self.last_good_epoch is None and not Path(path).exists():
            return f"no checkpoint was written yet ({path} does not exist)"
        when = "" if self.last_good_epoch is None else f" (epoch {self.last_good_epoch + 1})"
        return (f"last good checkpoint: {path}{when}, left unchanged; lower --lr or "
                f"the penalty weight and continue with --resume")

    def _fail(self, step: int, epoch: int, value: float | None, batch: int | None = None) -> None:
        what = "NaN/Inf" if value is None else repr(value)
        where = f"epoch {epoch + 1}" + ("" if batch is None else f", batch {batch + 1}")
        raise NonFiniteLoss(f"training loss became {what} at step {step} ({where}); "
                            f"stopped without writing a checkpoint of these weights; "
                            f"{self._last_good()}")


class InterruptFlag:
    """Context manager: SIGINT/SIGTERM set `.signum` instead of raising (main thread only)."""

    SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self, enabled: bool = True):
        self.enabled = enabled and threading.current_thread() is threading.main_thread()
        self.signum: int | None = None
        self._old: dict[int, object] = {}

    def _handle(self, signum, frame) -> None:
        self.signum = signum
        for s, old in self._old.items():  # a second signal acts at once
            signal.signal(s, old)

    def __enter__(self) -> InterruptFlag:
        if self.enabled:
            for s in self.SIGNALS:
                self._old[s] = signal.signal(s, self._handle)
        return self

    def __exit__(self, *exc) -> None:
        for s, old in self._old.items():
            signal.signal(s, old)
        self._old.clear()

    def __bool__(self) -> bool:
        return self.signum is not None


def report_interrupt(signum: int, epoch: int, batch: int, path: str | None) -> None:
    """One warning (logger "spruce.training.safety") saying where training stopped and how
    to continue; the `spruce` command prints it on stderr."""
    name = signal.Signals(signum).name
    if path is None:
        where = "no checkpoint path, nothing saved"
    else:
        where = f"checkpoint saved to {path}; continue with --resume (resume=True)"
    log.warning("%s at epoch %d, batch %d: %s", name, epoch + 1, batch, where)
