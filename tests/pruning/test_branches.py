"""Residual branches found from the graph's additions, and their exact removal."""

from __future__ import annotations

import pytest
import torch

from spruce.pruning.branches import ZeroBranch, find_branches, remove_branches
from spruce.pruning.masks import apply_masks
from spruce.pruning.structures import build_graph, find_structures
from spruce.pruning.surgery import remove_units
from spruce.training.models import resnet_cifar

from .user_models import VGG, DepthwiseSeparable, TVResNet


def _branches(model, x):
    return find_branches(model, x, build_graph(model, x))


def test_torchvision_blocks_and_their_shortcuts():
    model, x = TVResNet(), torch.randn(2, 1, 8, 8)
    found = {b.name: b for b in _branches(model, x)}
    assert list(found) == ["layer1.0", "layer1.1", "layer2.0", "layer2.1", "layer3.0"]
    assert found["layer1.0"].shortcut == []  # identity
    assert found["layer2.0"].shortcut == ["layer2.0.downsample.0", "layer2.0.downsample.1"]
    assert found["layer2.0"].stride == 2 and found["layer3.0"].exit == "layer3.0.bn3"
    # the shared `relu` module runs on the branch and after the sum: it is not replaced
    assert all("relu" not in n for b in found.values() for n in b.layers)


def test_option_a_resnet_and_plain_nets():
    assert len(_branches(resnet_cifar(20), torch.randn(1, 3, 32, 32))) == 9
    assert _branches(VGG(), torch.randn(2, 1, 8, 8)) == []
    assert _branches(DepthwiseSeparable(), torch.randn(2, 1, 8, 8)) == []


@pytest.mark.parametrize("make,shape,which", [
    (TVResNet, (3, 1, 8, 8), "layer1.1"),       # identity shortcut, ReLU after the sum
    (TVResNet, (3, 1, 8, 8), "layer2.0"),       # conv+BN downsample, ReLU after the sum
    (TVResNet, (3, 1, 8, 8), "layer3.0"),       # Bottleneck with downsample
    (lambda: resnet_cifar(20), (2, 3, 32, 32), "layer2.0"),  # option-A zero padding
])
def test_removed_branch_computes_the_gated_network(make, shape, which):
    torch.manual_seed(0)
    model, x = make().eval(), torch.randn(shape)
    branch = next(b for b in _branches(model, x) if b.name == which)
    # reference: the branch's exit multiplied by 0 in the intact network
    handle = model.get_submodule(branch.exit).register_forward_hook(lambda m, i, o: o * 0)
    with torch.no_grad():
        expected, intact = model(x), None
    handle.remove()
    with torch.no_grad():
        intact = model(x)
    remove_branches(model, [branch])
    with torch.no_grad():
        got = model(x)
    assert isinstance(model.get_submodule(branch.entry), ZeroBranch)
    assert torch.equal(got, expected)
    assert not torch.allclose(got, intact)  # the branch mattered: the check can fail


def test_training_step_through_a_removed_branch():
    """In-place ops of the forward code (`out += identity`, ReLU(inplace)) still work."""
    model, x = TVResNet(), torch.randn(4, 1, 8, 8)
    branches = _branches(model, x)
    remove_branches(model, branches[1:3])
    model(x).sum().backward()
    assert model.conv1.weight.grad is not None


def test_units_prune_through_a_removed_branch():
    """After removal the stage's channels still prune together, ZeroBranch included."""
    torch.manual_seed(0)
    model, x = resnet_cifar(20).eval(), torch.randn(2, 3, 32, 32)
    remove_branches(model, [b for b in _branches(model, x) if b.name == "layer2.1"])
    structures = find_structures(model, x)
    stage = next(s for s in structures if "layer2.0.conv2" in s.out_layers)
    assert "layer2.1.conv1" in stage.mask_layers  # the ZeroBranch narrows with the stage
    keep = [torch.ones(s.units, dtype=torch.bool) for s in structures]
    keep[structures.index(stage)][::3] = False
    small, _ = remove_units(model, structures, keep, x)
    apply_masks(model, structures, keep)
    with torch.no_grad():
        assert torch.allclose(small(x), model(x), rtol=1e-4, atol=1e-5)
    assert small.get_submodule("layer2.1.conv1").out_channels == int(keep[
        structures.index(stage)].sum())
