"""The training steps never read a tensor back to the host (the GPU path's promise, on CPU).

On a GPU every `.item()`, `bool(t)`, `float(t)`, `.tolist()` or `.numpy()` inside the step loop
waits for the device. test_gpu_paths.py checks this with CUDA's sync debug mode where a GPU is
present; this test checks the same promise on any machine: it records every such read made
between the first and the last batch of an epoch (the loop body: step, penalty, method hooks,
guard, running sums, the loader), with the non-finite guard in its device-side mode.
"""

from __future__ import annotations

import argparse
import traceback

import pytest
import torch

from spruce.training import trainer
from spruce.training.methods import make_method
from spruce.training.models import small_resnet
from spruce.training.safety import NonFiniteGuard
from spruce.training.trainer import TrainConfig, fit

HOST_READS = ("item", "tolist", "numpy", "__bool__", "__float__", "__int__")


@pytest.fixture()
def host_reads(monkeypatch):
    """Patch Tensor's host reads to log (attr, stack) while `state['on']` is set."""
    state = {"on": False, "reads": []}
    for attr in HOST_READS:
        orig = getattr(torch.Tensor, attr)

        def watched(self, *a, _orig=orig, _attr=attr, **k):
            if state["on"]:
                state["reads"].append((_attr, "".join(traceback.format_stack(limit=6)[:-1])))
            return _orig(self, *a, **k)

        monkeypatch.setattr(torch.Tensor, attr, watched)

    progress = trainer._progress

    def steps_only(it, enabled, desc):
        def gen():
            for batch in progress(it, enabled, desc):
                state["on"] = True  # from here to the next batch: the loop body
                yield batch
            state["on"] = False  # the loader is exhausted: epoch-end work may sync
        return gen()

    monkeypatch.setattr(trainer, "_progress", steps_only)
    init = NonFiniteGuard.__init__

    def device_side(self, *a, **k):
        init(self, *a, **k)
        self.sync_each_step = False  # as on a GPU

    monkeypatch.setattr(NonFiniteGuard, "__init__", device_side)
    return state


@pytest.mark.parametrize("name", ["none", "spr", "group-lasso", "slimming", "l1-filter",
                                  "bernoulli"])
def test_training_steps_read_nothing_back_to_the_host(name, host_reads, digits, tmp_path):
    torch.manual_seed(0)
    method = make_method(argparse.Namespace(method=name))
    cfg = TrainConfig(epochs=1, batch_size=128, lr=0.05, device="cpu", progress=False,
                      checkpoint_path=None, log_path=str(tmp_path / "log.jsonl"),
                      arch={"name": "small", "num_classes": 10, "in_channels": 1,
                            "image_size": [8, 8]})
    _, hist = fit(small_resnet(), method, digits, cfg)
    assert len(hist) == 1 and hist[0]["images_per_s"] > 0
    assert not host_reads["on"], "the epoch's loader did not run to its end"
    reads = host_reads["reads"]
    assert not reads, f"{len(reads)} host reads in the step loop; first: {reads[0][0]} at\n" \
                      f"{reads[0][1]}"


def test_the_watch_sees_a_read_in_the_loop(host_reads, digits, tmp_path, monkeypatch):
    """The patch is live: a method that calls .item() each step is caught."""
    from spruce.training.methods import PruningMethod

    class Chatty(PruningMethod):
        def after_step(self, model, step):
            next(model.parameters()).sum().item()

    cfg = TrainConfig(epochs=1, batch_size=256, lr=0.05, device="cpu", progress=False,
                      checkpoint_path=None, log_path=None,
                      arch={"name": "small", "num_classes": 10, "in_channels": 1,
                            "image_size": [8, 8]})
    fit(small_resnet(), Chatty(), digits, cfg)
    assert [a for a, _ in host_reads["reads"]].count("item") >= 5
