"""The public API on users' own models, in a plain PyTorch loop with a DataLoader.

Four user-style models (a VGG-style CNN, a torchvision-style ResNet with conv downsample
and a Bottleneck, an MLP, a depthwise-separable CNN) are trained with `pruner.penalty()`
added to the loss, pruned by the accuracy-drop rule on a validation DataLoader, and must
come out physically smaller, computing exactly what the masked model computes, and
round-trip exactly through save_pruned/load_pruned. Only `spruce.*` is used, except to
build the masked reference model independently.
"""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

import spruce
from spruce.pruning.masks import apply_masks
from spruce.training.data import load_digits

from .user_models import MLP, VGG, DepthwiseSeparable, TVResNet

MODELS = {"vgg": VGG, "tv_resnet": TVResNet, "mlp": MLP, "depthwise": DepthwiseSeparable}


@pytest.fixture(scope="module")
def loaders():
    (x, y), (xt, yt) = load_digits(0)
    train = DataLoader(TensorDataset(x, y), batch_size=64, shuffle=True,
                       generator=torch.Generator().manual_seed(0))
    val = DataLoader(TensorDataset(xt, yt), batch_size=256)
    return train, val


def train(model, pruner, loader, epochs: int = 4, lr: float = 0.05) -> None:
    """The user's own loop: nothing spruce-specific but the added penalty."""
    opt = torch.optim.SGD(model.parameters(), lr=lr, momentum=0.9)
    model.train()
    for _ in range(epochs):
        for x, y in loader:
            loss = F.cross_entropy(model(x), y) + pruner.penalty()
            opt.zero_grad()
            loss.backward()
            opt.step()


@pytest.fixture(scope="module", params=list(MODELS))
def pruned(request, loaders):
    """(name, trained model, pruner, PruneResult) for each user model, trained once."""
    torch.manual_seed(0)
    model = MODELS[request.param]()
    pruner = spruce.SPR(model, torch.zeros(1, 1, 8, 8), lam=2.0, alpha=0.1)
    train(model, pruner, loaders[0])
    result = pruner.prune(evaluate=lambda m: spruce.accuracy(m, loaders[1]), tolerance=0.02)
    return request.param, model, pruner, result


def test_pruned_model_is_smaller_and_within_tolerance(pruned):
    name, model, pruner, result = pruned
    assert result.success, result.message
    assert result.metric_before > 0.8, f"{name} did not learn"
    assert result.metric_after >= result.metric_before - 0.02
    assert 0 < result.units_kept < result.units_total
    assert result.params_after < result.params_before
    assert result.macs_after < result.macs_before
    assert sum(p.numel() for p in result.model.parameters()) == result.params_after
    assert result.model is not model  # the user's model is left as it was


def test_logits_equal_the_masked_model(pruned, loaders):
    name, model, pruner, result = pruned
    masked = type(model)()
    masked.load_state_dict(model.state_dict())
    keep = [torch.tensor([u in set(result.kept[s.name]) for u in range(s.units)])
            for s in pruner.structures]
    apply_masks(masked, pruner.structures, keep)
    masked.eval()
    result.model.eval()
    x, _ = next(iter(loaders[1]))
    with torch.no_grad():
        a, b = masked(x), result.model(x)
    assert float((a - b).abs().max() / a.abs().max()) < 1e-5
    assert result.surgery_max_diff < 1e-5


def test_save_and_load_round_trip_exactly(pruned, loaders, tmp_path):
    name, model, _, result = pruned
    path = spruce.save_pruned(result.model, tmp_path / f"{name}.safetensors")
    fresh = MODELS[name]()
    loaded = spruce.load_pruned(fresh, path)
    x, _ = next(iter(loaders[1]))
    result.model.eval()
    loaded.eval()
    with torch.no_grad():
        assert torch.equal(loaded(x), result.model(x))
    want = result.model.state_dict()
    assert all(torch.equal(v, want[k]) for k, v in loaded.state_dict().items())
    assert list(loaded.state_dict()) == list(want)


def test_penalty_gradient_reaches_every_structure(pruned):
    name, model, pruner, _ = pruned
    model.zero_grad()
    pruner.penalty().backward()
    mods = dict(model.named_modules())
    for s in pruner.structures:
        assert mods[s.name].weight.grad is not None, f"{name}: {s.name} got no gradient"
