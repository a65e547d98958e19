import pytest
import torch

from spruce.penalties import norms_of_rows
from spruce.pruning.structures import big_m, find_structures, group_max_abs, structured_groups
from spruce.training.models import resnet_cifar, small_resnet


def test_option_a_resnet_gets_block_inner_channels_only():
    model = small_resnet()
    st = find_structures(model, torch.zeros(1, 1, 8, 8))
    blocks = model.blocks()
    assert [s.name for s in st] == [n for n, m in model.named_modules()
                                    if any(m is b.conv1 for b in blocks)]
    assert all(not s.residual and len(s.norm_layers) == 1 for s in st)
    assert [s.channels for s in st] == [b.conv1.out_channels for b in blocks]
    assert all(s.in_layers == [s.name.replace("conv1", "conv2")] for s in st)


def test_resnet56_structure_count():
    st = find_structures(resnet_cifar(56), torch.zeros(1, 3, 32, 32))
    assert len(st) == 27 and sum(s.channels for s in st) == 9 * (16 + 32 + 64)


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
    st = find_structures(model, torch.zeros(1, 1, 8, 8))
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
