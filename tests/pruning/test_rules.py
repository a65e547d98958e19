"""prune() rules, results and errors; structures of other layer types; the penalty's promises."""

from __future__ import annotations

import math

import pytest
import torch
import torch.nn.functional as F
from torch import nn

import spruce
from spruce.pruning.pruner import Pruner

from .user_models import MLP, VGG, GroupedConv, LayerNormMLP, TVResNet

X = torch.zeros(1, 1, 8, 8)


def _zeroed(model: nn.Module, pruner) -> int:
    """Units whose rows are all zero (how many the masked model lost)."""
    mods = dict(model.named_modules())
    n = 0
    for s in pruner.structures:
        rows = mods[s.out_layers[0]].weight.detach().reshape(s.channels, -1)
        n += int((rows.abs().sum(1) == 0).sum())
    return n


def test_evaluate_rule_finds_the_largest_tolerated_removal():
    """A metric that falls by 1 per removed unit: tolerance t removes exactly t units."""
    torch.manual_seed(0)
    pruner = spruce.GroupLasso(MLP(), X)
    for tol in (0, 7, 50):
        r = pruner.prune(evaluate=lambda m: -float(_zeroed(m, pruner)), tolerance=tol)
        assert r.units_total - r.units_kept == tol
        assert r.metric_before == 0 and r.metric_after == -tol
        assert len(r.trials) <= math.ceil(math.log2(r.units_total)) + 2
    r = pruner.prune(evaluate=lambda m: -float(_zeroed(m, pruner)), tolerance=1e9)
    assert r.units_kept == len(pruner.structures)  # all removable units: one kept each


def test_nothing_removable_within_tolerance_says_why():
    pruner = spruce.SPR(MLP(), X)
    r = pruner.prune(evaluate=lambda m: -float(_zeroed(m, pruner)), tolerance=0.5)
    assert r.status == 1 and not r.success and r.units_kept == r.units_total
    assert "nothing removed" in r.message and "tolerance" in r.message
    assert r.model is not pruner.model and r.macs_after == r.macs_before


@pytest.mark.parametrize("what", ["target_macs", "target_params"])
def test_target_rule_is_the_smallest_removal_that_fits(what):
    torch.manual_seed(0)
    pruner = spruce.SPR(VGG(), X)
    r = pruner.prune(**{what: 0.5})
    after, before = ((r.macs_after, r.macs_before) if what == "target_macs"
                     else (r.params_after, r.params_before))
    assert r.success and after <= 0.5 * before
    # one unit fewer would not fit: the search stopped at the boundary
    fitted = {t["removed"]: t["cost"] for t in r.trials}
    removed = r.units_total - r.units_kept
    assert fitted[removed] <= 0.5 * before
    assert removed - 1 in fitted and fitted[removed - 1] > 0.5 * before


def test_unreachable_target_returns_the_smallest_model():
    pruner = spruce.SPR(MLP(), torch.zeros(1, 64))
    r = pruner.prune(target_params=0.001)
    assert r.status == 2 and not r.success and "not reachable" in r.message
    assert r.units_kept == len(pruner.structures)  # everything removable was removed
    assert any("not reachable" in w for w in r.warnings)


def test_threshold_and_ratio_rules():
    torch.manual_seed(0)
    pruner = spruce.SPR(TVResNet(), X)
    scores = torch.cat(pruner.scores())
    t = float(scores.median())
    r = pruner.prune(threshold=t)
    assert r.threshold <= t
    assert r.units_total - r.units_kept == sum(
        int((s <= t).sum()) - int(bool((s <= t)[int(s.argmax())])) for s in pruner.scores())
    half = pruner.prune(ratio=0.5)
    mods = dict(half.model.named_modules())
    for s in pruner.structures:
        assert mods[s.name].out_channels == max(1, round(0.5 * s.channels))
    assert spruce.L1Filter(TVResNet(), X, ratio=0.25).prune().rule == "ratio"


@pytest.mark.parametrize("kwargs,match", [
    ({}, "exactly one rule"),
    ({"target_macs": 0.5, "ratio": 0.5}, "exactly one rule"),
    ({"target_macs": 0.0}, "target_macs"),
    ({"target_params": 1.5}, "target_params"),
    ({"ratio": 1.0}, "ratio"),
    ({"threshold": float("nan")}, "threshold"),
    ({"evaluate": lambda m: 1.0, "tolerance": -1}, "tolerance"),
    ({"evaluate": lambda m: float("nan")}, "NaN"),
    ({"evaluate": lambda m: "good"}, "evaluate must return a number"),
    ({"ratio": 0.5, "keep_fraction": 1.0}, "keep_fraction"),
])
def test_bad_rules_are_refused_naming_the_parameter(kwargs, match):
    with pytest.raises(ValueError, match=match):
        spruce.SPR(MLP(), X).prune(**kwargs)


def test_constructor_errors_name_the_parameter():
    with pytest.raises(ValueError, match="alpha"):
        spruce.SPR(MLP(), X, alpha=1.0)
    with pytest.raises(ValueError, match="lam"):
        spruce.GroupLasso(MLP(), X, lam=-1)
    with pytest.raises(ValueError, match="ratio"):
        spruce.L1Filter(MLP(), X, ratio=1.0)
    with pytest.raises(TypeError, match="model"):
        spruce.SPR("not a model", X)
    with pytest.raises(ValueError, match="ignored_layers"):
        spruce.SPR(MLP(), X, ignored_layers=["no.such.layer"])
    with pytest.raises(ValueError, match="norm layers"):
        spruce.Slimming(nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2)),
                        torch.zeros(1, 4))


def test_untraceable_input_names_the_module():
    """Wrong example_inputs: one error naming the layer where the forward pass failed."""
    with pytest.raises(ValueError, match=r"module 'net\.1' \(Linear\)"):
        spruce.SPR(MLP(), torch.zeros(1, 3, 5, 5))


def test_no_prunable_structure_is_one_clear_error():
    with pytest.raises(ValueError, match="no prunable structures"):
        spruce.SPR(nn.Linear(4, 2), torch.zeros(1, 4))


def test_ignored_layers_and_output_layers():
    model = MLP()
    assert [s.name for s in spruce.SPR(model, X).structures] == ["net.1", "net.3"]
    kept = spruce.SPR(model, X, ignored_layers=[model.net[3]]).structures
    assert [s.name for s in kept] == ["net.1"]  # the classifier stays ignored too


def test_grouped_convolution_prunes_whole_columns_of_groups(randomized_bn):
    torch.manual_seed(0)
    model = randomized_bn(GroupedConv())
    pruner = spruce.SPR(model, X)
    by_name = {s.name: s for s in pruner.structures}
    assert by_name["c2"].fold == 4 and by_name["c2"].units == 8
    r = pruner.prune(ratio=0.5)
    assert r.model.c2.out_channels == 16 and r.model.c2.in_channels == 16
    assert r.surgery_max_diff < 1e-5


def test_layernorm_structures_warn_that_surgery_is_approximate():
    pruner = spruce.GroupLasso(LayerNormMLP(), torch.zeros(1, 64))
    assert [s.exact for s in pruner.structures] == [False]
    r = pruner.prune(ratio=0.5)
    assert r.status == 0 and any("LayerNorm" in w for w in r.warnings)


def test_activation_with_nonzero_value_at_zero_is_caught_by_the_surgery_check():
    model = nn.Sequential(nn.Linear(4, 16), nn.Sigmoid(), nn.Linear(16, 3))
    r = spruce.GroupLasso(model, torch.zeros(1, 4)).prune(ratio=0.5)
    assert r.status == 3 and r.surgery_max_diff > 1e-4 and "f(0)" in r.warnings[-1]


def test_penalty_needs_no_host_sync_and_runs_under_autocast_and_compile():
    torch.manual_seed(0)
    model = VGG()
    pruner = spruce.SPR(model, X, lam=1.0)
    reference = float(pruner.penalty().detach())
    with torch.autocast("cpu", dtype=torch.bfloat16):
        value = pruner.penalty()
    assert value.dtype == torch.float32 and float(value) == pytest.approx(reference, rel=1e-6)
    compiled = torch.compile(pruner.penalty)
    assert float(compiled()) == pytest.approx(reference, rel=1e-5)
    step_model = torch.compile(model)
    loss = F.cross_entropy(step_model(torch.randn(4, 1, 8, 8)), torch.arange(4)) \
        + pruner.penalty()
    loss.backward()
    assert model.features[0].weight.grad is not None
    reads = []
    originals = {a: getattr(torch.Tensor, a) for a in ("item", "tolist", "__bool__",
                                                       "__float__", "__int__")}
    try:
        for attr, orig in originals.items():
            setattr(torch.Tensor, attr, lambda self, *a, _o=orig, _n=attr, **k:
                    (reads.append(_n), _o(self, *a, **k))[1])
        pruner.penalty().backward()
    finally:
        for attr, orig in originals.items():
            setattr(torch.Tensor, attr, orig)
    assert reads == []


def test_wrapped_models_are_unwrapped():
    model = MLP()
    compiled = torch.compile(model)
    pruner = spruce.SPR(compiled, X)
    assert pruner.model is model


def test_pruning_twice_accumulates_the_plan(tmp_path):
    torch.manual_seed(0)
    first = spruce.SPR(VGG(), X).prune(ratio=0.25)
    second = spruce.SPR(first.model, X).prune(ratio=0.25)
    assert len(second.plan["steps"]) > len(first.plan["steps"])
    path = spruce.save_pruned(second, tmp_path / "twice.safetensors")
    loaded = spruce.load_pruned(VGG(), path)
    second.model.eval()
    loaded.eval()
    x = torch.randn(3, 1, 8, 8)
    with torch.no_grad():
        assert torch.equal(loaded(x), second.model(x))


def test_a_plan_that_does_not_fit_is_refused_naming_the_layer(tmp_path):
    torch.manual_seed(0)
    r = spruce.SPR(VGG(), X).prune(ratio=0.5)
    path = spruce.save_pruned(r.model, tmp_path / "vgg.safetensors")
    with pytest.raises(ValueError, match="layer 'features.0'.*does not have"):
        spruce.load_pruned(MLP(), path)

    class Narrow(VGG):
        def __init__(self):
            super().__init__()
            self.features[0] = nn.Conv2d(1, 4, 3, padding=1)
            self.features[1] = nn.BatchNorm2d(4)
            self.features[3] = nn.Conv2d(4, 32, 3, padding=1)

    with pytest.raises(ValueError, match="layer 'features.0'.*which has 4"):
        spruce.load_pruned(Narrow(), path)

    class MoreClasses(VGG):
        def __init__(self):
            super().__init__(num_classes=12)

    with pytest.raises(ValueError, match="layer 'classifier.3'"):
        spruce.load_pruned(MoreClasses(), path)


def test_save_needs_a_plan_and_a_safetensors_path(tmp_path):
    with pytest.raises(ValueError, match="no pruning plan"):
        spruce.save_pruned(MLP(), tmp_path / "x.safetensors")
    r = spruce.SPR(MLP(), X).prune(ratio=0.5)
    with pytest.raises(ValueError, match=".safetensors"):
        spruce.save_pruned(r, tmp_path / "x.pt")
    (tmp_path / "plain.safetensors").write_bytes(b"\x08" + b"\x00" * 7 + b"{}      ")
    with pytest.raises(ValueError, match="plain.safetensors"):
        spruce.load_pruned(MLP(), tmp_path / "plain.safetensors")


def test_result_repr_and_summary_are_readable():
    r = spruce.SPR(MLP(), X).prune(ratio=0.5)
    text = repr(r)
    assert "success: True" in text and "macs:" in text and "kept" in text
    s = r.summary()
    assert "model" not in s and s["macs_ratio"] == pytest.approx(r.macs_after / r.macs_before)


def test_base_pruner_has_a_zero_penalty_and_magnitude_scores():
    p = Pruner(MLP(), X)
    assert float(p.penalty()) == 0.0 and p.score == "magnitude"
    assert [len(s) for s in p.scores()] == [s.units for s in p.structures]
