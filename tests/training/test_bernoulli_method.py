"""The Bernoulli method as a plugin: own loop, the shared trainer, state, errors."""

from __future__ import annotations

import argparse
import os
import signal
import warnings

import pytest
import torch

from spruce.training.bernoulli.complexity import count_model
from spruce.training.bernoulli.method import BernoulliMethod
from spruce.training.bernoulli.method import from_config as from_args
from spruce.training.checkpoint import first_difference
from spruce.training.data import load_digits
from spruce.training.methods import PruningMethod, make_method
from spruce.training.models import small_resnet


def train(model, method, train_xy, test_xy, epochs, batch_size, lr=0.05, seed=0):
    """The shared trainer on in-memory tensors (CPU, no logs or checkpoints)."""
    from spruce.training.data import Dataset
    from spruce.training.trainer import TrainConfig, fit

    data = Dataset("digits", *train_xy, *test_xy, 10)
    return fit(model, method, data, TrainConfig(epochs=epochs, batch_size=batch_size, lr=lr,
                                                 seed=seed, device="cpu", progress=False))


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
    again.setup(model, torch.zeros(1, 1, 8, 8))
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
    method.setup(model, torch.zeros(1, 1, 8, 8))
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


ARCH = {"name": "small", "num_classes": 10, "in_channels": 1, "image_size": [8, 8]}
TIMING = ("epoch_time_s", "images_per_s")


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


@pytest.mark.parametrize("estimator,gate_seed", [("score", 5), ("taylor", None)],
                         ids=["score-own-generator", "taylor-global-rng"])
def test_sigint_mid_epoch_after_a_shrink_resumes_step_exact(tmp_path, digits, estimator,
                                                            gate_seed, request):
    """fit() interrupted by SIGINT in epoch 4 (a block already cut out), then resumed:
    weights, θ, running gradients, gate generator, global RNG and history all equal the
    uninterrupted run's, bit for bit. (Taylor: some θ sit at 0 with a negative gradient
    mid-epoch; the θ = 0 mask used to be rebuilt after the resumed step, letting them out.)"""
    from spruce.training.data import Dataset
    from spruce.training.trainer import TrainConfig, fit

    (x, y), (xt, yt) = digits
    data = Dataset("digits", x, y, xt, yt, 10)
    steps = 512 // 64
    # one thread: the trajectory (and so whether a block is gone by epoch 3, which this test
    # needs) must not depend on how many cores the machine running the tests has
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    request.addfinalizer(lambda: torch.set_num_threads(threads))

    def run(name, resume=False, sigint_at=0):
        torch.manual_seed(0)
        method = _SigintAt(gamma=5.0, theta_lr=2.0, warmup_epochs=1, total_epochs=4,
                           estimator=estimator, gate_seed=gate_seed)
        method.at = sigint_at
        cfg = TrainConfig(epochs=4, batch_size=64, lr=0.05, progress=False, device="cpu",
                          checkpoint_path=str(tmp_path / name), resume=resume, arch=ARCH)
        model, hist = fit(small_resnet(), method, data, cfg)
        return model, hist, method, torch.get_rng_state()

    ma, ha, mea, rng_a = run("a.pt")
    with pytest.raises(KeyboardInterrupt):
        run("b.pt", sigint_at=3 * steps + 3)
    ck = torch.load(tmp_path / "b.pt", weights_only=True)
    assert ck["epoch"] == 2 and ck["partial"]["epoch"] == 3 and ck["partial"]["batch"] == 3
    assert False in ck["method"]["gates"]["alive"]  # interrupted after a block was removed
    assert ("rng" in ck["method"]["gates"]) == (gate_seed is not None)
    mb, hb, meb, rng_b = run("b.pt", resume=True)
    _same(ma.state_dict(), mb.state_dict(), "model")
    _same(mea.state_dict(), meb.state_dict(), "method")  # θ, grad means, gate RNG, history
    _same([{k: v for k, v in r.items() if k not in TIMING} for r in ha],
          [{k: v for k, v in r.items() if k not in TIMING} for r in hb], "history")
    assert torch.equal(rng_a, rng_b)
    assert ha[-1]["method/blocks_removed"] >= 1


def test_gate_generator_state_round_trips_through_a_checkpoint(digits):
    """Own generator: the saved state (weights_only) makes a fresh method draw the same ξ."""
    import io

    info = torch.zeros(1, 1, 8, 8)
    x = digits[0][0][:16]
    torch.manual_seed(0)
    model = small_resnet()
    method = BernoulliMethod(theta_init=0.5, gate_seed=11)
    method.setup(model, info)
    model(x)
    buf = io.BytesIO()
    torch.save(method.state_dict(), buf)
    buf.seek(0)
    state = torch.load(buf, weights_only=True)
    model(x)
    expected = [method.gates.samples[l][1].clone() for l in range(6)]
    again = BernoulliMethod(theta_init=0.5, gate_seed=99)  # the saved state wins over the seed
    again.load_state_dict(state)
    method.gates.remove()
    again.setup(model, info)
    torch.manual_seed(1234)  # the global RNG plays no part
    model(x)
    for l in range(6):
        assert torch.equal(again.gates.samples[l][1], expected[l]), l
    # a different seed does draw differently: the comparison above could fail
    other = BernoulliMethod(theta_init=0.5, gate_seed=12)
    again.gates.remove()
    other.setup(model, info)
    model(x)
    assert any(not torch.equal(other.gates.samples[l][1], expected[l]) for l in range(6))


def test_unrestorable_gate_rng_warns_and_bad_states_are_refused():
    info = torch.zeros(1, 1, 8, 8)
    model = small_resnet()
    plain = BernoulliMethod()  # global RNG: no generator state saved
    plain.setup(model, info)
    state = plain.state_dict()
    assert "rng" not in state["gates"]
    plain.gates.remove()
    own = BernoulliMethod(gate_seed=3)
    own.load_state_dict(state)
    with pytest.warns(UserWarning, match="global RNG.*not step-exact"):
        own.setup(model, info)
    with pytest.raises(ValueError, match="does not fit"):
        own.gates.set_rng_state(torch.zeros(7, dtype=torch.uint8))
    with pytest.raises(ValueError, match="uint8"):
        own.gates.set_rng_state(torch.zeros(7))
    with pytest.raises(ValueError, match="--seed"):
        BernoulliMethod(gate_seed=1.5)


def test_training_goes_on_after_every_block_is_removed(digits):
    """All blocks cut out: the score estimator has no gate left and must not crash."""
    torch.manual_seed(0)
    method = BernoulliMethod(gamma=50.0, theta_lr=5.0, warmup_epochs=0, total_epochs=3,
                             estimator="score", guard=False)
    model, hist = train(small_resnet(), method, *digits, epochs=3, batch_size=128)
    assert hist[-1]["method/blocks_removed"] == 6  # already gone during the last epoch
    assert model(digits[0][0][:2]).shape == (2, 10)
