"""The Bernoulli method as a plugin: own loop, the shared trainer, state, errors."""

from __future__ import annotations

import argparse

import pytest
import torch

from spruce.training.bernoulli.complexity import count_model
from spruce.training.bernoulli.loop import train
from spruce.training.bernoulli.method import BernoulliMethod, from_args
from spruce.training.data import load_digits
from spruce.training.methods import PruningMethod, make_method
from spruce.training.models import small_resnet


@pytest.fixture(scope="module")
def digits():
    (x, y), (xt, yt) = load_digits(0)
    return (x[:512], y[:512]), (xt[:200], yt[:200])


def test_prunes_units_and_blocks_and_ends_deterministic(digits):
    """Aggressive settings: within a few epochs units and whole blocks go, MACs fall."""
    torch.manual_seed(0)
    model = small_resnet()
    method = BernoulliMethod(gamma=2.0, theta_lr=1.0, warmup_epochs=1, total_epochs=5,
                             estimator="score")
    model, hist = train(model, method, *digits, epochs=5, batch_size=64)
    macs = [r["method/macs"] for r in hist]
    assert macs[-1] < macs[0]
    assert all(b <= a for a, b in zip(macs, macs[1:], strict=False))
    assert method.gates.counts()["blocks_removed"] >= 1
    assert method.gates.counts()["units_alive"] < 112
    assert method.is_deterministic()
    # the returned network is the plain pruned one, and its size is what the method reports
    x = digits[0][0][:2]
    m, p = count_model(model, x)
    assert (m, p) == (method._current["macs"], method._current["params"])
    assert not any(h for mod in model.modules() for h in mod._forward_hooks.values())
    assert model(x).shape == (2, 10)


def test_warmup_freezes_theta(digits):
    torch.manual_seed(1)
    method = BernoulliMethod(gamma=5.0, theta_lr=1.0, warmup_epochs=2, total_epochs=None)
    _, hist = train(small_resnet(), method, *digits, epochs=2, batch_size=128)
    assert all(v == 1.0 for v in method.history[-1]["theta"].values())
    assert hist[0]["method/theta_frozen"] == 1


def test_first_order_estimator_runs_in_the_shared_trainer(digits):
    """The trainer (no observe_batch) falls back to the first-order estimator with a warning."""
    from spruce.training.data import Dataset
    from spruce.training.trainer import TrainConfig, fit

    (x, y), (xt, yt) = digits
    data = Dataset("digits", x, y, xt, yt, 10)
    torch.manual_seed(2)
    method = make_method(argparse.Namespace(method="bernoulli", gamma=3.0, beta=0.5, rho=0.5,
                                            theta_lr=2.0, warmup_epochs=1, epochs=4))
    assert isinstance(method, PruningMethod) and method.name == "bernoulli"
    with pytest.warns(UserWarning, match="first-order"):
        model, hist = fit(small_resnet(), method, data,
                          TrainConfig(epochs=4, batch_size=64, lr=0.05, progress=False,
                                      device="cpu"))
    assert method.estimator == "first_order"
    assert hist[-1]["method/macs"] < hist[0]["method/macs"]
    assert method.is_deterministic()


def test_state_dict_round_trip_restores_gates(digits):
    torch.manual_seed(3)
    model = small_resnet()
    method = BernoulliMethod(gamma=2.0, theta_lr=1.0, warmup_epochs=1, estimator="score")
    model, _ = train(model, method, *digits, epochs=3, batch_size=64)
    state = method.state_dict()
    # a fresh method on the same (already shrunk) model rebuilds the same gates
    again = BernoulliMethod(gamma=2.0, theta_lr=1.0, warmup_epochs=1, estimator="score")
    again.load_state_dict(state)
    method.gates.remove()
    again.setup(model, {"in_channels": 1, "image_size": (8, 8)})
    assert again.gates.structure_values() == method.gates.structure_values()
    assert again.epoch == method.epoch and again.gates.alive == method.gates.alive
    assert again.cost.ref_macs == method.cost.ref_macs
    # weights_only checkpoints: plain containers of tensors and numbers only
    import io

    buf = io.BytesIO()
    torch.save(state, buf)
    buf.seek(0)
    torch.load(buf, weights_only=True)


def test_user_errors_name_the_option():
    with pytest.raises(ValueError, match="--gamma"):
        BernoulliMethod(gamma=-1.0)
    with pytest.raises(ValueError, match="--theta-lr"):
        BernoulliMethod(theta_lr=0.0)
    with pytest.raises(ValueError, match="--warmup-epochs"):
        BernoulliMethod(warmup_epochs=-2)
    with pytest.raises(ValueError, match="--estimator"):
        BernoulliMethod(estimator="exact")
    m = from_args(argparse.Namespace(gamma=None, beta=0.2, rho=None, theta_lr=None,
                                     warmup_epochs=None, epochs=7))
    assert (m.beta, m.total_epochs, m.gamma) == (0.2, 7, 1.0)


def test_score_estimator_needs_observed_losses(digits):
    method = BernoulliMethod(warmup_epochs=0, estimator="score")
    model = small_resnet()
    method.setup(model, {"in_channels": 1, "image_size": (8, 8)})
    model(digits[0][0][:4])
    with pytest.raises(ValueError, match="observe_batch"):
        method.penalty(model)
