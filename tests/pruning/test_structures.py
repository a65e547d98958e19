import pytest
import torch

from spruce.penalties import norms_of_rows
from spruce.pruning.structures import big_m, find_structures, group_max_abs, structured_groups
from spruce.training.models import resnet_cifar, small_resnet


def test_option_a_resnet_inner_channels_and_one_structure_per_stage():
    model = small_resnet()
    x = torch.zeros(1, 1, 8, 8)
    blocks = model.blocks()
    inner = find_structures(model, x, include_residual=False)
    assert [s.name for s in inner] == [n for n, m in model.named_modules()
                                       if any(m is b.conv1 for b in blocks)]
    assert all(not s.residual and len(s.norm_layers) == 1 for s in inner)
    assert [s.channels for s in inner] == [b.conv1.out_channels for b in blocks]
    assert all(s.in_layers == [s.name.replace("conv1", "conv2")] for s in inner)
    stages = [s for s in find_structures(model, x) if s.residual]
    # the stem and every conv2 of a stage write its channels; the zero-pad shortcut into
    # the next stage reads them, and its keep mask belongs to the stage it writes
    assert [s.name for s in stages] == ["conv1", "layer2.0.conv2", "layer3.0.conv2"]
    assert stages[0].out_layers == ["conv1", "layer1.0.conv2", "layer1.1.conv2"]
    assert [s.mask_layers for s in stages] == [[], ["layer2.0.shortcut"],
                                               ["layer3.0.shortcut"]]
    assert "layer2.0.shortcut" in stages[0].in_layers and "linear" in stages[2].in_layers
    assert [s.channels for s in stages] == [8, 16, 32]


@pytest.mark.parametrize("depth", [20, 32, 44, 56, 110])
def test_every_conv_weight_of_a_cifar_resnet_is_in_exactly_one_structure(depth):
    """Issue 13: 100% of the conv weights prunable; the groups' total size is the SPR
    authors' normalizer (all conv weights with their BN γ, β: 852,368 for ResNet-56)."""
    model = resnet_cifar(depth)
    st = find_structures(model, torch.zeros(1, 3, 32, 32))
    n = (depth - 2) // 6
    assert len(st) == 3 * n + 3 and sum(s.units for s in st) == (n + 1) * (16 + 32 + 64)
    convs = {name: m for name, m in model.named_modules() if isinstance(m, torch.nn.Conv2d)}
    owners = [name for s in st for name in s.out_layers if name in convs]
    assert sorted(owners) == sorted(convs)  # each conv in exactly one structure
    groups = structured_groups(model, st)
    bn = sum(m.weight.numel() + m.bias.numel() for m in model.modules()
             if isinstance(m, torch.nn.BatchNorm2d))
    assert groups.num_weights == sum(c.weight.numel() for c in convs.values()) + bn
    if depth == 56:
        assert groups.num_weights == 852_368 and len(st) == 30


def test_option_b_residual_structures_are_coupled(option_b):
    model = option_b()
    st = find_structures(model, torch.zeros(1, 1, 8, 8))
    by_root = {s.name: s for s in st}
    res = [s for s in st if s.residual]
    assert {frozenset(s.out_layers) for s in res} == {frozenset({"stem", "b"}),
                                                       frozenset({"d", "sc"})}
    assert set(by_root["a"].out_layers) == {"a"} and by_root["c"].channels == 12
    only_inner = find_structures(model, torch.zeros(1, 1, 8, 8), include_residual=False)
    assert {s.name for s in only_inner} == {"a", "c"}


def test_group_rows_are_filter_plus_bn_and_bias(option_b):
    model = option_b()
    st = find_structures(model, torch.zeros(1, 1, 8, 8))
    groups = structured_groups(model, st)
    c = next(s for s in st if s.name == "c")
    # conv c: 8·3·3 weights + bias, plus γ and β
    sizes = dict(zip([s.name for s in st],
                     torch.split(groups.group_size, [s.channels for s in st]), strict=True))
    assert torch.all(sizes["c"] == 8 * 9 + 1 + 2)
    sq, inf = groups.norms()
    offset = sum(s.channels for s in st[:st.index(c)])
    rows = torch.cat([model.c.weight.flatten(1), model.c.bias[:, None], model.bnc.weight[:, None],
                      model.bnc.bias[:, None]], 1)
    ref_sq, ref_inf = norms_of_rows(rows.detach())
    assert torch.allclose(sq[offset:offset + 12], ref_sq, rtol=1e-6)
    assert torch.allclose(inf[offset:offset + 12], ref_inf)


def test_big_m_is_scale_times_structure_max_abs():
    model = small_resnet()
    st = find_structures(model, torch.zeros(1, 1, 8, 8), include_residual=False)
    with torch.no_grad():
        model.layer2[0].bn1.bias[3] = 7.0
    M = big_m(model, st, 0.5)
    assert len(M) == sum(s.channels for s in st)
    mx = group_max_abs(model, st)
    assert mx[2] == pytest.approx(7.0)
    assert torch.allclose(M[16:32], torch.full((16,), 3.5))
    with pytest.raises(ValueError, match="m_scale"):
        big_m(model, st, 0.0)
    with pytest.raises(ValueError, match="same architecture"):
        big_m(torch.nn.Sequential(torch.nn.Conv2d(1, 2, 3)), st, 1.0)
