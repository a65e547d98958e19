"""The Bernoulli method as a plugin: own loop, the shared trainer, state, errors."""

from __future__ import annotations

import argparse
import warnings

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
    """--estimator first_order through the shared trainer: one backward pass, still prunes."""
    from spruce.training.data import Dataset
    from spruce.training.trainer import TrainConfig, fit

    (x, y), (xt, yt) = digits
    data = Dataset("digits", x, y, xt, yt, 10)
    torch.manual_seed(2)
    method = make_method(argparse.Namespace(method="bernoulli", gamma=3.0, beta=0.5, rho=0.5,
                                            theta_lr=2.0, warmup_epochs=1, epochs=4,
                                            guard=False, estimator="first_order"))
    assert isinstance(method, PruningMethod) and method.name == "bernoulli"
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


def _resume_runs(tmp_path, digits, gamma, theta_lr, guard=True, estimator="auto"):
    from spruce.training.data import Dataset
    from spruce.training.trainer import TrainConfig, fit

    (x, y), (xt, yt) = digits
    data = Dataset("digits", x, y, xt, yt, 10)

    def run(stop, resume, name):
        torch.manual_seed(0)
        method = BernoulliMethod(gamma=gamma, theta_lr=theta_lr, warmup_epochs=1, total_epochs=5,
                                 guard=guard, estimator=estimator)
        cfg = TrainConfig(epochs=5, batch_size=64, lr=0.05, progress=False, device="cpu",
                          checkpoint_path=str(tmp_path / name), resume=resume, stop_epoch=stop,
                          arch={"name": "small", "num_classes": 10, "in_channels": 1})
        with warnings.catch_warnings():  # first-order fallback warning (no observe_batch)
            warnings.simplefilter("ignore", UserWarning)
            model, hist = fit(small_resnet(), method, data, cfg)
        return model, method, hist

    a = run(None, False, "a.pt")
    run(3, False, "b.pt")
    b = run(None, True, "b.pt")
    return a, b


def _assert_same(a, b):
    (ma, mea, ha), (mb, meb, hb) = a, b
    assert [r["method/macs"] for r in ha] == [r["method/macs"] for r in hb]
    assert mea.gates.structure_values() == meb.gates.structure_values()
    sa, sb = ma.state_dict(), mb.state_dict()
    assert sa.keys() == sb.keys()
    assert all(torch.equal(sa[k], sb[k]) for k in sa)


def test_resume_in_the_shared_trainer_is_exact(tmp_path, digits):
    """Stop after 3 of 5 epochs, resume from the checkpoint: same θ, same weights."""
    a, b = _resume_runs(tmp_path, digits, gamma=2.0, theta_lr=1.0)
    assert a[0] is not None and a[2][-1]["method/units_alive"] < 112  # it did prune units
    _assert_same(a, b)


def test_resume_after_block_removal_is_exact(tmp_path, digits):
    """Blocks removed before the stop: the checkpoint lacks them; the trainer's
    shrink_to_match replaces them by their shortcuts, and resume is exact too."""
    a, b = _resume_runs(tmp_path, digits, gamma=3.0, theta_lr=2.0, guard=False,
                        estimator="first_order")
    assert a[2][2]["method/blocks_removed"] >= 1  # a block was gone before the stop
    _assert_same(a, b)


def test_guard_reopens_only_structures_worth_keeping():
    """At θ = 0: a unit whose measured gap far exceeds its weight is reopened, one whose gap
    is below its weight is left to be pruned (dynamics' `safe`)."""
    from spruce.training.bernoulli.complexity import ComplexityModel
    from spruce.training.bernoulli.gates import BernoulliGates
    from spruce.training.bernoulli.guard import release_premature

    torch.manual_seed(7)
    model = small_resnet()
    gates = BernoulliGates(model, theta_init=0.8)
    cost = ComplexityModel.from_model(model, torch.zeros(1, 1, 8, 8))
    gamma = 1.0
    weights = cost.weights(gates, 0.5, 0.5)
    w_unit = weights[f"{gates.block_names[3]}/u0"]
    gates.grad_avg = [torch.zeros_like(t) for t in gates.thetas()]
    with torch.no_grad():
        gates.unit_theta[3][[0, 1]] = 0.0
        gates.layer_theta[5] = 0.0
    gates.project_()
    # unit 0: data gap 0.5 (≫ its weight): useful; unit 1: gap 0 (gradient = weight): useless
    gates.grad_avg[4][0] = gamma * w_unit - 0.5
    gates.grad_avg[4][1] = gamma * w_unit
    # layer 5: gap 2 nats, far above its weight
    gates.grad_avg[0][5] = gamma * weights[gates.block_names[5]] - 2.0
    n = release_premature(gates, cost, gamma, 0.5, 0.5, lam=5e-4, eta_w=0.05, eta_theta=0.4)
    assert n == 2
    assert gates.unit_theta[3][0].item() == pytest.approx(0.05)
    assert gates.unit_theta[3][1].item() == 0.0
    assert gates.layer_theta[5].item() == pytest.approx(0.05)
    gates.project_()  # reopened θ are no longer absorbed at 0
    assert gates.unit_theta[3][0].item() == pytest.approx(0.05)
