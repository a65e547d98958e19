"""The trainer plugins of `spruce train --method`: the public pruners' penalties, M, registry."""

import pytest
import torch

from spruce.penalties import group_lasso_penalty, norms_of_rows, spr_penalty
from spruce.training.config import PipelineConfig
from spruce.training.methods import METHODS, PrunerMethod, PruningMethod, make_method
from spruce.training.models import small_resnet

from ._methods import spr_method

X = torch.zeros(1, 1, 8, 8)


def _rows(model, structures):
    """Row c of structure s: every conv filter writing channel c with its BN γ_c, β_c."""
    mods = dict(model.named_modules())
    out = []
    for s in structures:
        parts = [mods[n].weight.flatten(1) for n in s.out_layers]
        parts += [t[:, None] for n in s.norm_layers for t in (mods[n].weight, mods[n].bias)]
        out.append(torch.cat(parts, 1))
    return out


def test_spr_penalty_equals_formula_over_filter_plus_bn():
    torch.manual_seed(0)
    model = small_resnet()
    m = spr_method(0.7, 0.2, m_scale=1.5)
    m.setup(model, X)
    val = m.penalty(model)
    rows = _rows(model, m.pruner.structures)
    total, count = 0.0, 0
    for r in rows:
        sq, inf = norms_of_rows(r.detach().double().numpy())
        M = 1.5 * float(r.detach().abs().max())
        total += float((spr_penalty(sq, inf, 0.2, M) * r.shape[1]).sum())
        count += r.numel()
    assert float(val.detach()) == pytest.approx(0.7 * total / count, rel=1e-5)
    val.backward()
    assert float(model.layer1[0].conv1.weight.grad.abs().sum()) > 0
    assert model.linear.weight.grad is None  # the classifier's outputs are not structures


def test_spr_metrics_and_saved_m_come_back_on_resume():
    model = small_resnet()
    m = spr_method(1.0, 0.1)
    m.setup(model, X)
    met = m.metrics()
    assert met["groups"] == 168 and met["regime1"] + met["regime2"] + met["regime3"] <= 168
    bigger = small_resnet()
    with torch.no_grad():
        for p in bigger.parameters():
            p.mul_(5)
    other = make_method(PipelineConfig(method="spr", lam=1.0, alpha=0.1), reference=bigger)
    other.load_state_dict(m.state_dict())  # a resumed run: M from the checkpoint wins
    other.setup(model, X)
    assert torch.equal(other.pruner.penalty_module.M, m.pruner.penalty_module.M)


def test_m_from_reference_model():
    model, ref = small_resnet(), small_resnet()
    ref.load_state_dict(model.state_dict())
    with torch.no_grad():
        for p in ref.parameters():
            p.mul_(3)
    a = spr_method(1.0, 0.1)
    b = make_method(PipelineConfig(method="spr", lam=1.0, alpha=0.1), reference=ref)
    a.setup(model, X)
    b.setup(model, X)
    assert torch.allclose(b.pruner.penalty_module.M, 3 * a.pruner.penalty_module.M, rtol=1e-5)


def test_group_lasso_value():
    model = small_resnet()
    m = make_method(PipelineConfig(method="group-lasso", lam=0.3))
    m.setup(model, X)
    rows = _rows(model, m.pruner.structures)
    ref = sum(float(group_lasso_penalty((r.detach() ** 2).sum(1)).sum()) * r.shape[1]
              for r in rows) / sum(r.numel() for r in rows)
    assert float(m.penalty(model).detach()) == pytest.approx(0.3 * ref, rel=1e-5)


def test_slimming_is_l1_of_bn_gammas():
    model = small_resnet()
    m = make_method(PipelineConfig(method="slimming", lam=0.01))
    m.setup(model, X)
    # every BatchNorm: the blocks' bn1, the stages' stem BN and bn2 (residual structures)
    ref = sum(float(m.weight.detach().abs().sum()) for m in model.modules()
              if isinstance(m, torch.nn.BatchNorm2d))
    assert float(m.penalty(model).detach()) == pytest.approx(0.01 * ref, rel=1e-6)
    assert m.pruner.score == "bn"


def test_registry_and_errors():
    assert {"none", "spr", "group-lasso", "slimming", "l1-filter", "bernoulli"} <= set(METHODS)
    assert type(make_method(PipelineConfig(method="none"))) is PruningMethod
    l1 = make_method(PipelineConfig(method="l1-filter", prune_ratio=0.3))
    assert isinstance(l1, PrunerMethod) and l1.penalty(None) is None
    l1.setup(small_resnet(), X)
    assert l1.pruner.ratio == 0.3 and l1.describe()["prune_ratio"] == 0.3
    with pytest.raises(ValueError, match="method must be one of"):
        make_method(PipelineConfig(method="magic"))
    with pytest.raises(ValueError, match="alpha"):
        spr_method(1.0, 1.5).setup(small_resnet(), X)
