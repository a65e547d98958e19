import pytest
import torch

from spruce.pruning.masks import apply_masks, keep_ratio, structure_scores
from spruce.pruning.structures import find_structures
from spruce.pruning.surgery import (
    compress,
    count_macs_params,
    max_rel_diff,
    throughput,
    tp_macs_params,
)
from spruce.training.models import resnet_cifar, small_resnet


def _random_keep(structures, seed=0, p=0.5):
    g = torch.Generator().manual_seed(seed)
    keep = [torch.rand(s.channels, generator=g) > p for s in structures]
    for k in keep:
        k[0] = True
    return keep


@pytest.mark.parametrize("which", ["option_a", "option_b"])
def test_compressed_logits_equal_masked_logits(which, randomized_bn, option_b):
    torch.manual_seed(0)
    shape = (1, 8, 8)
    model = randomized_bn(small_resnet() if which == "option_a" else option_b())
    ex = torch.zeros(1, *shape)
    st = find_structures(model, ex)
    keep = _random_keep(st)
    apply_masks(model, st, keep)
    small = compress(model, st, keep, ex)
    x = torch.randn(128, *shape)
    assert max_rel_diff(model, small, x) < 1e-5
    assert sum(p.numel() for p in small.parameters()) < sum(p.numel() for p in model.parameters())
    # each structure now has exactly the kept channels
    mods = dict(small.named_modules())
    for s, k in zip(st, keep, strict=True):
        assert mods[s.name].out_channels == int(k.sum())


def test_unmasked_removal_does_change_logits(randomized_bn):
    """The equivalence is not vacuous: compressing without masking changes the output."""
    model = randomized_bn(small_resnet())
    ex = torch.zeros(1, 1, 8, 8)
    st = find_structures(model, ex)
    keep = _random_keep(st)
    small = compress(model, st, keep, ex)
    assert max_rel_diff(model, small, torch.randn(64, 1, 8, 8)) > 1e-3


def test_compress_rejects_removing_everything():
    model = small_resnet()
    ex = torch.zeros(1, 1, 8, 8)
    st = find_structures(model, ex)
    keep = [torch.ones(s.channels, dtype=torch.bool) for s in st]
    keep[0][:] = False
    with pytest.raises(ValueError, match="all"):
        compress(model, st, keep, ex)


@pytest.mark.parametrize("depth", [20, 56])
def test_macs_params_match_torch_pruning_and_paper(depth):
    model = resnet_cifar(depth)
    ex = torch.zeros(1, 3, 32, 32)
    macs, params = count_macs_params(model, ex)
    assert (macs, params) == tp_macs_params(model, ex)
    if depth == 56:  # He et al.: about 0.85M parameters and 125M MACs
        assert 0.84e6 < params < 0.86e6 and 124e6 < macs < 128e6


def test_macs_of_pruned_model_match_torch_pruning_and_shrink():
    model = small_resnet()
    ex = torch.zeros(1, 1, 8, 8)
    st = find_structures(model, ex)
    keep = keep_ratio(structure_scores(model, st, "l1"), 0.75)
    small = compress(model, st, keep, ex)
    m0, p0 = count_macs_params(model, ex)
    m1, p1 = count_macs_params(small, ex)
    assert (m1, p1) == tp_macs_params(small, ex)
    assert m1 < 0.7 * m0 and p1 < 0.7 * p0


def test_throughput_is_positive():
    assert throughput(small_resnet(), 32, (1, 8, 8), iters=2, warmup=1) > 0


def test_plain_conv_net_without_bn():
    """Groups are conv filter + bias when there is no BN; ReLU modules count like in TP."""
    torch.manual_seed(0)
    net = torch.nn.Sequential(
        torch.nn.Conv2d(1, 6, 3, padding=1), torch.nn.ReLU(),
        torch.nn.Conv2d(6, 5, 3, padding=1), torch.nn.ReLU(),
        torch.nn.AdaptiveAvgPool2d(1), torch.nn.Flatten(), torch.nn.Linear(5, 3)).eval()
    ex = torch.zeros(1, 1, 8, 8)
    st = find_structures(net, ex)
    assert [s.name for s in st] == ["0", "2"] and all(not s.norm_layers for s in st)
    assert [p.shape for p in st[0].params(net)] == [(6, 1, 3, 3), (6,)]
    keep = [torch.tensor([True, False, True, False, True, True]),
            torch.tensor([False, True, True, True, False])]
    apply_masks(net, st, keep)
    small = compress(net, st, keep, ex)
    assert max_rel_diff(net, small, torch.randn(32, 1, 8, 8)) < 1e-5
    assert count_macs_params(small, ex) == tp_macs_params(small, ex)
    assert small[0].out_channels == 4 and small[2].out_channels == 3
