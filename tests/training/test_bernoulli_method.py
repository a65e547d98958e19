"""`--method bernoulli`: spruce.Bernoulli in the shared trainer (state, resume, errors)."""

from __future__ import annotations

import argparse
import os
import signal
import warnings

import pytest
import torch

from spruce.pruning.pruner import macs_params
from spruce.training.bernoulli.method import BernoulliMethod
from spruce.training.checkpoint import first_difference, load_checkpoint, load_model
from spruce.training.data import Dataset, load_digits
from spruce.training.methods import make_method
from spruce.training.models import small_resnet
from spruce.training.trainer import TrainConfig, fit

ARCH = {"name": "small", "num_classes": 10, "in_channels": 1, "image_size": [8, 8]}
TIMING = ("epoch_time_s", "images_per_s")
# fast settings: 8 steps per epoch, θ moves up to 0.2 per step, the target at 30% of the MACs
FAST = {"target_macs": 0.3, "theta_lr": 0.2, "warmup_epochs": 1, "epochs": 5}


@pytest.fixture(scope="module")
def digits():
    (x, y), (xt, yt) = load_digits(0)
    return Dataset("digits", x[:512], y[:512], xt[:200], yt[:200], 10)


@pytest.fixture(autouse=True)
def one_thread(request):
    # the trajectory (whether a branch is gone by a given epoch) must not depend on the
    # number of cores of the machine running the tests
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    request.addfinalizer(lambda: torch.set_num_threads(threads))


def _fit(data, method, epochs=5, path=None, **kw):
    cfg = TrainConfig(epochs=epochs, batch_size=64, lr=0.05, seed=0, device="cpu",
                      progress=False, arch=ARCH,
                      checkpoint_path=None if path is None else str(path), **kw)
    torch.manual_seed(0)
    return fit(small_resnet(), method, data, cfg)


@pytest.fixture(scope="module")
def fast_run(digits):
    method = BernoulliMethod(**FAST, seed=0)
    model, hist = _fit(digits, method)
    return model, hist, method


def test_prunes_while_training_and_ends_a_plain_deterministic_network(fast_run, digits):
    model, hist, method = fast_run
    gates = method.history
    assert [g["epoch"] for g in gates] == [1, 2, 3, 4, 5]
    assert gates[0]["expected_macs"] == 1.0 and gates[0]["undecided"] == 0  # warm-up
    macs = [g["macs"] for g in gates]
    assert macs[-1] < macs[0] and all(b <= a for a, b in zip(macs, macs[1:], strict=False))
    assert hist[-1]["method/macs"] < hist[0]["method/macs"]  # later epochs ran smaller
    # the trainer's log has the gate counts of every epoch
    for row in hist:
        assert row["method/open"] + row["method/closed"] + row["method/undecided"] == \
            gates[0]["open"]
    # the run ends deterministic: no hook left, the size is what the rounding reported
    assert method.final and method.rounding["status"] in (0, 1)
    assert method.rounding["gates_rounded"] == 0, method.rounding  # the pull decided all
    assert not any(h for m in model.modules() for h in m._forward_pre_hooks.values())
    x = digits.x_train[:1]
    assert macs_params(model, x)[0] <= 0.3 * macs_params(small_resnet(), x)[0] * 1.05
    model.eval()
    with torch.no_grad():
        a, b = model(digits.x_test[:16]), model(digits.x_test[:16])
    assert torch.equal(a, b)  # nothing random left


def test_the_optimizer_keeps_the_survivors_momentum(digits):
    """At an epoch end that removes structures the trainer gets an optimizer carrying
    the momentum of the surviving weights, not a fresh one."""
    seen = []

    class Spy(BernoulliMethod):
        def end_epoch(self, model, epoch, optimizer=None):
            new_model, new_opt = super().end_epoch(model, epoch, optimizer)
            if new_model is not model and new_opt is not None:
                p = next(new_model.parameters())
                seen.append(new_opt.state[p]["momentum_buffer"].abs().sum().item())
            return new_model, new_opt

    method = Spy(**{**FAST, "epochs": 4}, seed=0)
    _fit(digits, method, epochs=4)
    assert seen and all(v > 0 for v in seen)


def test_warmup_covering_every_epoch_warns_and_moves_nothing(digits):
    with pytest.warns(UserWarning, match="covers all 2 epochs"):
        method = BernoulliMethod(warmup_epochs=2, epochs=2)
        _, hist = _fit(digits, method, epochs=2)
    assert all(r["method/expected_macs"] == 1.0 for r in hist)
    assert method.rounding["gates_rounded"] == 0 and method.history[-1]["macs"] == \
        method.pruner.macs0


def test_first_order_estimator_from_the_pipeline_config(digits):
    cfg = argparse.Namespace(method="bernoulli", gamma=3.0, beta=0.5, rho=0.5, theta_lr=0.1,
                             warmup_epochs=0, epochs=2, estimator="first_order", seed=1,
                             target_macs=None)
    method = make_method(cfg)
    assert method.describe()["gamma"] == 3.0 and "target_macs" not in method.describe()
    _, hist = _fit(digits, method, epochs=2)
    assert method.pruner.estimator == "first_order"
    assert hist[0]["method/expected_macs"] < 1.0  # the gates moved from the first epoch


def test_bad_settings_name_the_option():
    with pytest.raises(ValueError, match="estimator"):
        BernoulliMethod(estimator="taylor")
    with pytest.raises(ValueError, match="beta"):
        BernoulliMethod(beta=2.0).setup(small_resnet(), torch.zeros(1, 1, 8, 8))
    from spruce.training.config import PipelineConfig, SettingError

    with pytest.raises(SettingError, match="target_macs") as err:
        PipelineConfig(method="bernoulli", target_params=0.5).check()
    assert err.value.name == "target_params"


class _SigintAt(BernoulliMethod):
    """Sends its own process SIGINT after its `at`-th step: a Ctrl-C in mid-epoch."""

    at = 0

    def after_step(self, model, step):
        super().after_step(model, step)
        self.at -= 1
        if self.at == 0:
            os.kill(os.getpid(), signal.SIGINT)


def _same(a, b, where: str) -> None:
    diff = first_difference(a, b, where)
    assert diff is None, f"differs at {diff}"


@pytest.mark.parametrize("seed", [5, None], ids=["own-generator", "global-rng"])
def test_sigint_mid_epoch_after_a_removal_resumes_step_exact(tmp_path, digits, seed):
    """fit() interrupted by SIGINT in epoch 5 (structures already removed), then resumed
    from the mid-epoch checkpoint (the model rebuilt from its plan): weights, θ, Adam's
    moments, γ, gate generator, global RNG and history equal the uninterrupted run's."""
    steps = 512 // 64

    def run(name, resume=False, sigint_at=0):
        method = _SigintAt(**FAST, seed=seed)
        method.at = sigint_at
        model, hist = _fit(digits, method, path=tmp_path / name, resume=resume)
        return model, hist, method, torch.get_rng_state()

    ma, ha, mea, rng_a = run("a.pt")
    with pytest.raises(KeyboardInterrupt):
        run("b.pt", sigint_at=4 * steps + 3)
    ck = load_checkpoint(tmp_path / "b.pt")
    assert ck["epoch"] == 3 and ck["partial"] == {**ck["partial"], "epoch": 4, "batch": 3}
    assert ck["plan"]["steps"], "nothing had been removed before the interruption"
    assert (ck["method"]["pruner"]["rng"] is not None) == (seed is not None)
    mb, hb, meb, rng_b = run("b.pt", resume=True)
    _same(ma.state_dict(), mb.state_dict(), "model")
    _same(mea.state_dict(), meb.state_dict(), "method")
    _same([{k: v for k, v in r.items() if k not in TIMING} for r in ha],
          [{k: v for k, v in r.items() if k not in TIMING} for r in hb], "history")
    assert torch.equal(rng_a, rng_b)


def test_a_finished_run_resumes_without_gates_and_reloads_from_its_plan(tmp_path, digits):
    path = tmp_path / "c.pt"
    method = BernoulliMethod(**FAST, seed=0)
    model, hist = _fit(digits, method, path=path)
    again = BernoulliMethod(**FAST, seed=0)
    model2, hist2 = _fit(digits, again, path=path, resume=True)  # nothing left to train
    assert again.final and again.pruner is None and again.rounding == method.rounding
    assert not any(h for m in model2.modules() for h in m._forward_pre_hooks.values())
    _same(model.state_dict(), model2.state_dict(), "model")
    # the checkpoint rebuilds the pruned network (residual branches removed included)
    ck = load_checkpoint(path)
    assert any(s[0] == "remove_branch" for s in ck["plan"]["steps"]) or \
        method.history[-1]["branches"] == 6
    loaded = load_model(ck, str(path)).eval()
    model.eval()
    with torch.no_grad():
        assert torch.equal(loaded(digits.x_test[:8]), model(digits.x_test[:8]))


def test_a_resume_that_cannot_restore_every_rank_generator_warns(digits):
    method = BernoulliMethod(**FAST, seed=0)
    method.setup(small_resnet(), torch.zeros(1, 1, 8, 8))
    state = method.state_dict()
    state["gate_rng_ranks"] = [torch.zeros(8, dtype=torch.uint8)] * 2  # from 2 processes
    again = BernoulliMethod(**FAST, seed=0)
    again.load_state_dict(state)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        again.setup(small_resnet(), torch.zeros(1, 1, 8, 8))
    assert any("not step-exact" in str(w.message) for w in caught)
