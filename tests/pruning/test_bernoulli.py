"""spruce.Bernoulli on users' own models, in a plain loop with a DataLoader.

A VGG-style CNN, a torchvision-style ResNet (conv downsample, Bottleneck, shared ReLU
module) and a depthwise-separable CNN train with `penalty()` and `step()`, shrink at
`end_epoch`, and end as deterministic networks; removal must compute exactly what the
gated network computed, and the optimizer's state must follow the surviving weights.
"""

from __future__ import annotations

import math
import warnings

import pytest
import torch
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

import spruce
from spruce.training.data import load_digits

from .user_models import MLP, VGG, DepthwiseSeparable, TVResNet

X0 = torch.zeros(1, 1, 8, 8)


@pytest.fixture(scope="module")
def loaders():
    (x, y), (xt, yt) = load_digits(0)
    train = DataLoader(TensorDataset(x, y), batch_size=64, shuffle=True,
                       generator=torch.Generator().manual_seed(0))
    return train, DataLoader(TensorDataset(xt, yt), batch_size=256)


def run(model, pruner, loader, epochs, per_example_losses=True):
    """The user's loop: the penalty in the loss, step() after the optimizer, end_epoch."""
    opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9, weight_decay=5e-4)
    for _ in range(epochs):
        model.train()
        for x, y in loader:
            losses = F.cross_entropy(model(x), y, reduction="none")
            loss = losses.mean() + pruner.penalty(losses if per_example_losses else None)
            opt.zero_grad()
            loss.backward()
            opt.step()
            pruner.step()
        model, opt = pruner.end_epoch(opt)
    return model, opt


@pytest.mark.parametrize("make", [VGG, TVResNet, DepthwiseSeparable],
                         ids=["vgg", "tv_resnet", "depthwise"])
def test_plain_loop_shrinks_and_rounding_moves_accuracy_little(make, loaders):
    torch.manual_seed(0)
    model = make()
    pruner = spruce.Bernoulli(model, X0, epochs=6, seed=0)  # default: target_macs=0.5
    model, _ = run(model, pruner, loaders[0], 6)
    result = pruner.finalize(evaluate=lambda m: spruce.accuracy(m, loaders[1]),
                             calibrate=(x for x, _ in loaders[0]))
    assert result.macs_after < result.macs_before
    assert result.macs_after <= pruner.history[-1]["macs"]
    assert result.history[-1]["undecided"] <= 3  # the pull brought the gates to a vertex
    assert abs(result.metric_after_rounding - result.metric_before_rounding) <= 0.01
    # it still classifies (chance: 0.1) after 6 epochs with half its MACs gone
    assert result.metric_after_rounding > 0.6 and result.metric_after_calibration > 0.6
    assert [h["epoch"] for h in result.history] == [1, 2, 3, 4, 5, 6]
    assert all(h["open"] + h["closed"] + h["undecided"] == pruner.gates0
               for h in result.history)  # removed gates count as closed
    assert result.history[-1]["closed"] > 0
    assert spruce.macs_params(result.model, X0)[0] == result.macs_after


def _rows(new: torch.Tensor, old: torch.Tensor) -> list[int]:
    """Index in `old` of every row of `new` (rows are distinct random weights)."""
    flat_old, flat_new = old.flatten(1), new.flatten(1)
    return [int((flat_old == r).all(1).nonzero()[0]) for r in flat_new]


def test_end_epoch_removal_is_exact_and_carries_momentum(loaders):
    torch.manual_seed(0)
    model = TVResNet()
    pruner = spruce.Bernoulli(model, X0, epochs=3, warmup_epochs=0)
    opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    x, y = next(iter(loaders[0]))
    F.cross_entropy(model(x), y).backward()
    opt.step()
    names = [b.name for b in pruner.branches]
    stem = next(i for i, s in enumerate(pruner.structures) if "conv1" in s.out_layers)
    with torch.no_grad():
        pruner.branch_theta[names.index("layer2.0")] = 0.0
        pruner.unit_theta[stem][[1, 4, 5]] = 0.0
    model.eval()
    with torch.no_grad():
        expected = model(x)
    old_w = model.conv1.weight.detach().clone()
    old_m = opt.state[model.conv1.weight]["momentum_buffer"].clone()
    small, opt2 = pruner.end_epoch(opt)
    small.eval()
    with torch.no_grad():
        got = small(x)
    assert torch.allclose(got, expected, rtol=1e-4, atol=1e-5)
    assert small.conv1.out_channels == 13 and "layer2.0" not in [b.name for b in
                                                                pruner.branches]
    assert {id(p) for g in opt2.param_groups for p in g["params"]} == \
        {id(p) for p in small.parameters()}
    rows = _rows(small.conv1.weight.detach(), old_w)
    assert torch.equal(opt2.state[small.conv1.weight]["momentum_buffer"], old_m[rows])
    assert pruner.history[-1]["branches_removed"] == 1
    assert pruner.history[-1]["units_removed"] == 3


def test_first_order_estimate_without_losses_also_prunes(loaders):
    torch.manual_seed(0)
    model = VGG()
    pruner = spruce.Bernoulli(model, X0, epochs=4, seed=0)
    model, _ = run(model, pruner, loaders[0], 4, per_example_losses=False)
    assert pruner.history[-1]["macs"] < pruner.macs0


def test_score_estimate_is_unbiased_on_a_linear_loss():
    """With loss_i = Σ_g w_g ξ_ig, ∂E[loss]/∂θ_g = w_g exactly; the estimate averages to it."""
    model = MLP()
    pruner = spruce.Bernoulli(model, torch.zeros(2, 64), seed=0, warmup_epochs=0)
    with torch.no_grad():
        pruner.unit_theta[0].fill_(0.5)
    w = torch.linspace(-1, 1, pruner.unit_theta[0].numel())
    total = torch.zeros_like(w)
    model.train()
    for _ in range(200):
        model(torch.randn(256, 64))
        xi = pruner.hooks.samples[0]
        pruner.penalty(xi @ w)
        total += pruner._data_grads[0]
    assert torch.allclose(total / 200, w, atol=0.08)


def test_finalize_reports_the_rounding():
    torch.manual_seed(0)
    model = VGG()
    pruner = spruce.Bernoulli(model, X0, gamma=1.0)  # a fixed γ: undecided θ split at ½
    with torch.no_grad():
        pruner.unit_theta[0][0] = 0.3
        pruner.unit_theta[1][2] = 0.8
    result = pruner.finalize()
    assert (result.rounded, result.rounded_to_zero) == (2, 1)
    assert result.max_rounding == pytest.approx(0.3)
    assert result.status == 1 and result.model.features[0].out_channels == 15
    assert "2 undecided gates rounded" in result.message


def test_finalize_with_a_target_splits_at_the_threshold_that_keeps_it():
    """With target_macs the undecided gates split at τ, the rounding nearest the target's
    MACs (not at ½); gates at 1 stay even when the target cannot be met."""
    torch.manual_seed(0)
    for target in (0.3, 0.8):
        pruner = spruce.Bernoulli(VGG(), X0, target_macs=target)
        with torch.no_grad():
            for t in pruner.unit_theta:
                t[:] = torch.linspace(0.05, 0.95, t.numel())
        full, gates = pruner.macs0, sum(t.numel() for t in pruner.unit_theta)
        result = pruner.finalize()
        assert result.rounded == gates and 0 < result.rounded_to_zero < gates
        assert abs(result.macs_after / full - target) < 0.1, (target, result.macs_ratio)
    pinned = spruce.Bernoulli(VGG(), X0, target_macs=0.01)
    with torch.no_grad():
        pinned.unit_theta[0][0] = 0.9
    kept = pinned.finalize()
    assert kept.rounded == kept.rounded_to_zero == 1 and kept.macs_after > 0.01 * full


def test_penalty_reaches_only_theta_and_step_projects():
    model = MLP()
    pruner = spruce.Bernoulli(model, torch.zeros(2, 64), gamma=1.0, warmup_epochs=0)
    pruner.penalty().backward()
    assert all(p.grad is None for p in model.parameters())
    assert all(t.grad is not None and bool((t.grad > 0).all()) for t in pruner.unit_theta)
    with torch.no_grad():
        pruner.unit_theta[0][0] = 0.0
    pruner.unit_theta[0].grad = torch.full_like(pruner.unit_theta[0], -100.0)
    pruner.step()
    t = pruner.unit_theta[0]
    assert t[0].item() == 0.0 and t[1].item() == 1.0 and t.grad is None  # absorbing, clamped


def test_target_macs_sets_gamma_by_dual_ascent_along_a_descending_aim():
    pruner = spruce.Bernoulli(VGG(), X0, gamma=1.0, target_macs=0.5, warmup_epochs=0)
    for _ in range(3):
        pruner.step()
    # E[MACs] = 1; no epochs given and none ended: free phase = 10 × 100 steps, along
    # which the aim descends linearly from 1 to 0.5: after step k it is 1 − 0.5 k / 1000
    assert pruner.scheduled_macs() == pytest.approx(1 - 0.5 * 3 / 1000)
    behind = sum(0.5 * k / 1000 for k in (1, 2, 3))
    assert pruner.gamma == pytest.approx(math.exp(5.0 * behind / 1000))
    grown = pruner.gamma
    with torch.no_grad():
        pruner.unit_theta[0].zero_()
        pruner.unit_theta[1].zero_()
    # below the target the term changes sign: its gradient pushes the gates back up
    assert pruner.macs_fraction() < 0.5
    pruner.penalty().backward()
    assert bool((pruner.unit_theta[2].grad < 0).all())
    pruner.step()
    assert pruner.gamma < grown


@pytest.mark.parametrize("kwargs,word", [
    ({"gamma": -1}, "gamma"), ({"beta": 2}, "beta"), ({"rho": "0.5"}, "rho"),
    ({"target_macs": 1.5}, "target_macs"), ({"epochs": 0}, "epochs"),
    ({"warmup_epochs": -1}, "warmup_epochs"), ({"theta_lr": float("nan")}, "theta_lr"),
    ({"units": False, "layers": False}, "nothing to gate"),
    ({"estimator": "reinforce"}, "estimator"), ({"seed": "abc"}, "seed"),
    ({"estimator": "score", "per_example": False}, "per_example"),
])
def test_bad_arguments_name_the_parameter(kwargs, word):
    with pytest.raises(ValueError, match=word):
        spruce.Bernoulli(VGG(), X0, **kwargs)


def test_losses_must_be_per_example():
    model = VGG()
    pruner = spruce.Bernoulli(model, X0)
    model.train()
    logits = model(torch.randn(8, 1, 8, 8))
    with pytest.raises(ValueError, match="reduction='none'"):
        pruner.penalty(F.cross_entropy(logits, torch.zeros(8, dtype=torch.long)))
    score_only = spruce.Bernoulli(VGG(), X0, estimator="score")
    with pytest.raises(ValueError, match="per-example losses"):
        score_only.penalty()


def test_warm_up_covering_every_epoch_warns():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        spruce.Bernoulli(VGG(), X0, epochs=3, warmup_epochs=3)
    assert any("never moves" in str(w.message) for w in caught)


def test_untraceable_model_names_the_module():
    class Bad(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.conv = torch.nn.Conv2d(1, 4, 3)
            self.fc = torch.nn.Linear(3, 2)

        def forward(self, x):
            return self.fc(self.conv(x))

    with pytest.raises(ValueError, match="'fc'"):
        spruce.Bernoulli(Bad(), X0)


def test_saved_bernoulli_model_reloads_into_a_fresh_dense_model(tmp_path):
    """Unit and branch removals replay from the plan: save_pruned / load_pruned round-trip."""
    torch.manual_seed(0)
    model = TVResNet()
    pruner = spruce.Bernoulli(model, X0, gamma=1.0, warmup_epochs=0)
    names = [b.name for b in pruner.branches]
    with torch.no_grad():
        pruner.branch_theta[names.index("layer1.1")] = 0.0
        pruner.unit_theta[1][[0, 3]] = 0.0
        pruner.unit_theta[0][[2]] = 0.0
    pruner.end_epoch()
    with torch.no_grad():
        pruner.unit_theta[0][[5]] = 0.0  # a second surgery, after the branch removal
    result = pruner.finalize()
    path = spruce.save_pruned(result.model, tmp_path / "bern.safetensors")
    loaded = spruce.load_pruned(TVResNet(), path).eval()
    x = torch.randn(4, 1, 8, 8)
    with torch.no_grad():
        assert torch.equal(loaded(x), result.model.eval()(x))
    assert spruce.macs_params(loaded, X0) == (result.macs_after, result.params_after)


def _epoch(model, pruner, opt, data, epoch):
    """One epoch over `data` in an order fixed by the epoch number (resumable)."""
    x, y = data
    order = torch.randperm(len(y), generator=torch.Generator().manual_seed(epoch))
    model.train()
    for i in range(0, 256, 64):
        idx = order[i:i + 64]
        losses = F.cross_entropy(model(x[idx]), y[idx], reduction="none")
        loss = losses.mean() + pruner.penalty(losses)
        opt.zero_grad()
        loss.backward()
        opt.step()
        pruner.step()
    return pruner.end_epoch(opt)


def test_a_resumed_run_continues_exactly(tmp_path):
    """state_dict + save_pruned + the optimizer's state: stopped after epoch 4 of 6 and
    resumed in a freshly built model, the run ends as the uninterrupted one, bit for bit."""
    (x, y), _ = load_digits(0)
    data = (x[:256], y[:256])

    def start():
        torch.manual_seed(0)
        model = TVResNet()
        pruner = spruce.Bernoulli(model, X0, epochs=6, warmup_epochs=0, theta_lr=0.2,
                                  target_macs=0.4, seed=0)
        return model, pruner, torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)

    full, full_pruner, opt = start()
    for e in range(6):
        full, opt = _epoch(full, full_pruner, opt, data, e)
    assert full_pruner.history[3]["macs"] < full_pruner.macs0  # removals before the stop

    model, pruner, opt = start()
    for e in range(4):
        model, opt = _epoch(model, pruner, opt, data, e)
    spruce.save_pruned(model, tmp_path / "m.safetensors")
    torch.save({"pruner": pruner.state_dict(), "opt": opt.state_dict()}, tmp_path / "s.pt")

    state = torch.load(tmp_path / "s.pt", weights_only=True)
    resumed = spruce.load_pruned(TVResNet(), tmp_path / "m.safetensors")
    pruner2 = spruce.Bernoulli(resumed, X0, epochs=6, warmup_epochs=0, theta_lr=0.2,
                               target_macs=0.4, seed=0)
    pruner2.load_state_dict(state["pruner"])
    opt2 = torch.optim.SGD(resumed.parameters(), lr=0.05, momentum=0.9)
    opt2.load_state_dict(state["opt"])
    for e in range(4, 6):
        resumed, opt2 = _epoch(resumed, pruner2, opt2, data, e)
    for ta, tb in zip(full_pruner.thetas(), pruner2.thetas(), strict=True):
        assert torch.equal(ta, tb)
    for (k, va), vb in zip(full.state_dict().items(), resumed.state_dict().values(),
                           strict=True):
        assert torch.equal(va, vb), k
    assert pruner2.history == full_pruner.history


def test_a_state_for_another_model_is_refused():
    state = spruce.Bernoulli(TVResNet(), X0).state_dict()
    with pytest.raises(ValueError, match="rebuild the model"):
        spruce.Bernoulli(VGG(), X0).load_state_dict(state)
