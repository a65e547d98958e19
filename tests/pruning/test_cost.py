"""The expected-complexity polynomial equals Torch-Pruning's count of the pruned model."""

from __future__ import annotations

import pytest
import torch
import torch_pruning as tp

from spruce.pruning.branches import find_branches, remove_branches
from spruce.pruning.cost import build_cost_model
from spruce.pruning.structures import build_graph, find_structures
from spruce.pruning.surgery import remove_units
from spruce.training.models import resnet_cifar

from .user_models import MLP, VGG, DepthwiseSeparable, GroupedConv, LayerNormMLP, TVResNet

MODELS = {"vgg": (VGG, (2, 1, 8, 8)), "mlp": (MLP, (2, 64)),
          "depthwise": (DepthwiseSeparable, (2, 1, 8, 8)),
          "grouped": (GroupedConv, (2, 1, 8, 8)), "layernorm": (LayerNormMLP, (3, 64)),
          "resnet20": (lambda: resnet_cifar(20), (2, 3, 32, 32))}


def _setup(make, shape):
    model, x = make().eval(), torch.randn(shape)
    graph = build_graph(model, x)
    structures = find_structures(model, x, graph=graph)
    branches = find_branches(model, x, graph)
    return model, x, structures, branches, build_cost_model(model, x, structures, branches)


def _pruned_count(model, x, structures, branches, keep, on):
    small, _ = remove_units(model, structures, keep, x)
    remove_branches(small, [b for b, v in zip(branches, on, strict=True) if v == 0])
    macs, params = tp.utils.count_ops_and_params(small, x)
    return float(macs), float(params)


@pytest.mark.parametrize("name", list(MODELS))
def test_polynomial_at_binary_gates_is_the_pruned_models_count(name):
    model, x, structures, branches, cm = _setup(*MODELS[name])
    assert cm.const_macs == 0 and cm.const_params == 0  # every MAC is explained by a term
    g = torch.Generator().manual_seed(1)
    for _ in range(3):
        keep = [torch.rand(s.units, generator=g) < 0.6 for s in structures]
        for k in keep:
            k[int(torch.randint(len(k), (1,), generator=g))] = True
        on = (torch.rand(len(branches), generator=g) < 0.5).double()
        params, macs = cm.expected([k.double() for k in keep], [s.fold for s in structures],
                                   on if branches else None)
        assert (float(macs), float(params)) == pytest.approx(
            _pruned_count(model, x, structures, branches, keep, on), rel=1e-9)


def test_shared_activation_module_is_off_by_little():
    """torchvision's shared `relu` still runs on a removed branch's zeros: at most 2% off."""
    model, x, structures, branches, cm = _setup(TVResNet, (2, 1, 8, 8))
    keep = [torch.ones(s.units, dtype=torch.bool) for s in structures]
    on = torch.tensor([1.0, 0.0, 1.0, 0.0, 1.0], dtype=torch.float64)
    _, macs = cm.expected([k.double() for k in keep], [s.fold for s in structures], on)
    got, _ = _pruned_count(model, x, structures, branches, keep, on)
    assert abs(got - float(macs)) <= 0.02 * float(macs)


def test_expectation_is_the_mean_over_gate_draws():
    """E over independent Bernoulli gates equals the polynomial at θ (multilinear)."""
    model, x, structures, branches, cm = _setup(lambda: resnet_cifar(20), (1, 3, 32, 32))
    g = torch.Generator().manual_seed(0)
    theta = [torch.rand(s.units, generator=g, dtype=torch.float64) for s in structures]
    tb = torch.rand(len(branches), generator=g, dtype=torch.float64)
    folds = [s.fold for s in structures]
    _, exact = cm.expected(theta, folds, tb)
    draws = [cm.expected([(torch.rand(t.shape, generator=g, dtype=t.dtype) < t).double()
                          for t in theta], folds,
                         (torch.rand(tb.shape, generator=g, dtype=tb.dtype) < tb).double())[1]
             for _ in range(4000)]
    mean = torch.stack(draws).mean()
    sem = torch.stack(draws).std() / 4000 ** 0.5
    assert abs(float(mean - exact)) < 4 * float(sem)
