import pytest
import torch

from spruce.pruning.masks import apply_masks, keep_above, keep_ratio, structure_scores
from spruce.pruning.structures import find_structures
from spruce.training.models import small_resnet


@pytest.fixture()
def model_and_structures():
    torch.manual_seed(0)
    model = small_resnet().eval()
    return model, find_structures(model, torch.zeros(1, 1, 8, 8), include_residual=False)


def test_magnitude_score_is_group_max_abs(model_and_structures):
    model, st = model_and_structures
    s = st[2]
    with torch.no_grad():
        model.layer2[0].bn1.weight[5] = 9.0
    scores = structure_scores(model, st, "magnitude")
    conv = model.layer2[0].conv1.weight.abs().flatten(1).amax(1)
    ref = torch.maximum(conv, torch.maximum(model.layer2[0].bn1.weight.abs(),
                                            model.layer2[0].bn1.bias.abs())).detach()
    assert s.name == "layer2.0.conv1" and torch.allclose(scores[2], ref)
    assert scores[2][5] == 9.0


def test_fraction_score_is_a_quantile(model_and_structures):
    model, st = model_and_structures
    full = structure_scores(model, st, "magnitude", 0.0)
    q = structure_scores(model, st, "magnitude", 0.5)
    assert all(torch.all(a >= b) for a, b in zip(full, q, strict=True))
    with pytest.raises(ValueError, match="keep_fraction"):
        structure_scores(model, st, "magnitude", 1.0)


def test_bn_and_l1_scores(model_and_structures):
    model, st = model_and_structures
    bn = structure_scores(model, st, "bn")
    assert torch.allclose(bn[0], model.layer1[0].bn1.weight.detach().abs())
    l1 = structure_scores(model, st, "l1")
    w = model.layer1[0].conv1.weight.detach()
    assert torch.allclose(l1[0], w.abs().flatten(1).mean(1))


def test_keep_rules_keep_at_least_one():
    scores = [torch.tensor([0.1, 0.5, 0.2]), torch.tensor([0.01, 0.02])]
    k = keep_above(scores, 0.15)
    assert k[0].tolist() == [False, True, True] and k[1].tolist() == [False, True]
    r = keep_ratio([torch.arange(10.0)], 0.7)
    assert r[0].tolist() == [False] * 7 + [True] * 3


def test_apply_masks_zeros_filter_and_bn(model_and_structures):
    model, st = model_and_structures
    keep = [torch.ones(s.channels, dtype=torch.bool) for s in st]
    keep[1][[0, 3]] = False
    apply_masks(model, st, keep)
    blk = model.layer1[1]
    with torch.no_grad():
        for p in (blk.conv1.weight, blk.bn1.weight, blk.bn1.bias):
            assert float(p[[0, 3]].abs().sum()) == 0
        assert float(blk.conv1.weight[1].abs().sum()) > 0 and float(blk.bn1.weight[1]) == 1.0
