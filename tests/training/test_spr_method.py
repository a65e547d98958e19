import argparse

import pytest
import torch

from spruce.penalties import group_lasso_penalty, norms_of_rows, spr_penalty
from spruce.training.baselines import L1FilterMethod, SlimmingMethod
from spruce.training.methods import METHODS, PruningMethod, make_method
from spruce.training.models import small_resnet
from spruce.training.spr import SPRMethod

INFO = {"in_channels": 1, "image_size": (8, 8), "num_classes": 10}


def _rows(model, st):
    mods = dict(model.named_modules())
    out = []
    for s in st:
        conv, bn = mods[s.out_layers[0]], mods[s.norm_layers[0]]
        out.append(torch.cat([conv.weight.flatten(1), bn.weight[:, None], bn.bias[:, None]], 1))
    return out


def test_spr_penalty_equals_formula_over_filter_plus_bn():
    torch.manual_seed(0)
    model = small_resnet()
    m = SPRMethod(lam=0.7, alpha=0.2, m_scale=1.5)
    m.setup(model, INFO)
    val = m.penalty(model)
    rows = _rows(model, m.structures)
    total, count = 0.0, 0
    for r in rows:
        sq, inf = norms_of_rows(r.detach().double().numpy())
        M = 1.5 * float(r.detach().abs().max())
        total += float((spr_penalty(sq, inf, 0.2, M) * r.shape[1]).sum())
        count += r.numel()
    assert float(val.detach()) == pytest.approx(0.7 * total / count, rel=1e-5)
    val.backward()
    assert float(model.layer1[0].conv1.weight.grad.abs().sum()) > 0
    assert model.linear.weight.grad is None  # Linear layers are not regularized


def test_spr_metrics_and_state_roundtrip():
    model = small_resnet()
    m = SPRMethod(lam=1.0, alpha=0.1)
    m.setup(model, INFO)
    met = m.metrics()
    assert met["groups"] == 112 and met["regime1"] + met["regime2"] + met["regime3"] <= 112
    other = SPRMethod(lam=1.0, alpha=0.1, reference=small_resnet())
    other.load_state_dict(m.state_dict())
    other.setup(model, INFO)
    assert torch.equal(other.module.M, m.module.M)


def test_m_from_reference_model():
    model, ref = small_resnet(), small_resnet()
    with torch.no_grad():
        for p in ref.parameters():
            p.mul_(3)
    a, b = SPRMethod(1.0, 0.1), SPRMethod(1.0, 0.1, reference=ref)
    a.setup(model, INFO)
    b.setup(model, INFO)
    assert torch.allclose(b.module.M, 3 * a.module.M, rtol=1e-5)


def test_group_lasso_value():
    model = small_resnet()
    m = make_method(argparse.Namespace(method="group-lasso", lam=0.3))
    m.setup(model, INFO)
    rows = _rows(model, m.structures)
    ref = sum(float(group_lasso_penalty((r.detach() ** 2).sum(1)).sum()) * r.shape[1]
              for r in rows) / sum(r.numel() for r in rows)
    assert float(m.penalty(model).detach()) == pytest.approx(0.3 * ref, rel=1e-5)


def test_slimming_is_l1_of_bn_gammas():
    model = small_resnet()
    m = SlimmingMethod(lam=0.01)
    m.setup(model, INFO)
    ref = sum(float(b.bn1.weight.detach().abs().sum()) for b in model.blocks())
    assert float(m.penalty(model).detach()) == pytest.approx(0.01 * ref, rel=1e-6)
    assert m.prune_score == "bn"


def test_registry_and_errors():
    assert {"none", "spr", "group-lasso", "slimming", "l1-filter", "bernoulli"} <= set(METHODS)
    assert type(make_method(argparse.Namespace(method="none"))) is PruningMethod
    l1 = make_method(argparse.Namespace(method="l1-filter", prune_ratio=0.3))
    assert isinstance(l1, L1FilterMethod) and l1.ratio == 0.3 and l1.penalty(None) is None
    with pytest.raises(ValueError, match="--method must be one of"):
        make_method(argparse.Namespace(method="magic"))
    with pytest.raises(ValueError, match="alpha"):
        SPRMethod(1.0, alpha=1.5).setup(small_resnet(), INFO)
    with pytest.raises(ValueError, match="prune-ratio"):
        L1FilterMethod(1.0)
