"""spruce.penalties against the sympy closed form: values, gradients, finiteness.

Values and derivatives of the derived expression are evaluated by sympy itself
(substitution at 30 digits), not by a lambdified copy.
"""

from __future__ import annotations

import numpy as np
import pytest
import sympy as sp
import torch

from spruce import penalties
from spruce.penalties import GroupPenalty, StructuredGroups

ALPHAS = (0.1, 0.5, 0.9)


def _interior(alpha: float, regime: int, count: int, seed: int = 0):
    """`count` points (‖W‖₂², ‖W‖∞, M) of one regime, ≥ 20% (relative) from every kink.

    ‖W‖∞ = q‖W‖₂ with q ∈ [0.3, 1] (a vector of up to 11 entries can have that ratio).
    """
    rng = np.random.default_rng(seed + 100 * regime + int(1000 * alpha))
    r = np.sqrt(alpha / (1 - alpha))
    q = rng.uniform(0.3, 1.0, count)
    if regime == 1:  # r‖W‖₂ ≥ 1.2 and ‖W‖∞/M ≤ 1/1.2
        n2 = rng.uniform(1.2, 3.0, count) / r
        ratio = rng.uniform(0.2, 1 / 1.2, count)  # ‖W‖∞/M
    elif regime == 2:  # r‖W‖₂ ≤ 0.8 and ‖W‖∞/M ≤ r‖W‖₂/1.2
        n2 = rng.uniform(0.2, 0.8, count) / r
        ratio = r * n2 / rng.uniform(1.2, 5.0, count)
    else:  # ‖W‖∞/M ∈ [1.2·r‖W‖₂, 0.8]
        n2 = rng.uniform(0.1, 0.6, count) / r
        ratio = rng.uniform(1.2 * r * n2, 0.8)
    inf = q * n2
    return n2**2, inf, inf / ratio


def _sympy_values(d, sq, inf, alpha, M):
    """z, ∂z/∂sq, ∂z/∂inf, y* from the sympy closed form at each point (30 digits)."""
    s = d.sym
    z = d.closed_form()
    dz_dW2, dz_dWinf = sp.diff(z, s.W2), sp.diff(z, s.Winf)
    y = d.in_alpha(d.y_star)
    out = []
    for q, i, m in zip(sq, inf, M, strict=True):
        w2 = sp.sqrt(sp.Float(q, 30))
        subs = {s.W2: w2, s.Winf: sp.Float(i, 30), s.alpha: sp.Float(alpha, 30),
                s.M: sp.Float(m, 30)}
        out.append([float(z.evalf(30, subs=subs)), float(dz_dW2.evalf(30, subs=subs) / (2 * w2)),
                    float(dz_dWinf.evalf(30, subs=subs)), float(y.evalf(30, subs=subs))])
    return np.array(out).T


@pytest.mark.parametrize("alpha", ALPHAS)
@pytest.mark.parametrize("regime", (1, 2, 3))
def test_values_and_gradients_equal_the_sympy_expression(derivation, alpha, regime):
    sq, inf, M = _interior(alpha, regime, count=6)
    z, dsq, dinf, y = _sympy_values(derivation, sq, inf, alpha, M)
    assert np.allclose(penalties.spr_penalty(sq, inf, alpha, M), z, rtol=1e-12, atol=0)
    assert np.allclose(penalties.spr_indicator(sq, inf, alpha, M), y, rtol=1e-12, atol=0)
    assert (penalties.spr_regime(sq, inf, alpha, M) == regime).all()
    sq_t = torch.tensor(sq, dtype=torch.float64, requires_grad=True)
    inf_t = torch.tensor(inf, dtype=torch.float64, requires_grad=True)
    zt = penalties.spr_penalty(sq_t, inf_t, alpha, torch.tensor(M, dtype=torch.float64))
    assert zt.dtype == torch.float64
    assert np.allclose(zt.detach().numpy(), z, rtol=1e-12, atol=0)
    zt.sum().backward()
    assert np.allclose(sq_t.grad.numpy(), dsq, rtol=1e-9, atol=1e-300)
    assert np.allclose(inf_t.grad.numpy(), dinf, rtol=1e-9, atol=1e-300)


@pytest.mark.parametrize("alpha", ALPHAS)
def test_gradcheck_of_spr_penalty_away_from_kinks(alpha):
    parts = [_interior(alpha, k, 4, seed=1) for k in (1, 2, 3)]
    sq, inf, M = (np.concatenate(p) for p in zip(*parts, strict=True))
    assert penalties.spr_regime(sq, inf, alpha, M).tolist() == [1] * 4 + [2] * 4 + [3] * 4
    sq_t = torch.tensor(sq, dtype=torch.float64, requires_grad=True)
    inf_t = torch.tensor(inf, dtype=torch.float64, requires_grad=True)
    M_t = torch.tensor(M, dtype=torch.float64)
    assert torch.autograd.gradcheck(lambda a, b: penalties.spr_penalty(a, b, alpha, M_t),
                                    (sq_t, inf_t), eps=1e-7, atol=1e-7, rtol=1e-5)


def _conv_bn_groups(seed: int = 0):
    """6 groups (a conv filter 2×3×3 with its BN γ, β: 20 entries) and a per-group M that
    puts two groups in each regime, each ≥ 10% from any kink."""
    gen = torch.Generator().manual_seed(seed)
    scale = torch.tensor([0.02, 0.05, 0.03, 0.08, 0.6, 0.9], dtype=torch.float64)
    conv = torch.randn(6, 2, 3, 3, generator=gen, dtype=torch.float64) * scale[:, None, None,
                                                                                None]
    gamma = torch.randn(6, generator=gen, dtype=torch.float64) * scale
    beta = torch.randn(6, generator=gen, dtype=torch.float64) * scale
    rows = torch.cat([conv.reshape(6, -1), gamma[:, None], beta[:, None]], 1)
    n2, ninf = rows.norm(dim=1), rows.abs().amax(1)
    alpha = 0.3
    r = (alpha / (1 - alpha)) ** 0.5
    # regime 2 (groups 0, 1): ‖W‖∞/M = r‖W‖₂/2;  regime 3 (2, 3): ‖W‖∞/M = 2r‖W‖₂ (< 1);
    # regime 1 (4, 5): r‖W‖₂ > 1 with M = 2‖W‖∞
    M = torch.cat([2 * ninf[:2] / (r * n2[:2]), ninf[2:4] / (2 * r * n2[2:4]), 2 * ninf[4:]])
    return conv, gamma, beta, alpha, M, rows


def test_groups_fixture_covers_every_regime():
    _, _, _, alpha, M, rows = _conv_bn_groups()
    sq, inf = penalties.norms_of_rows(rows.numpy())
    assert penalties.spr_regime(sq, inf, alpha, M.numpy()).tolist() == [2, 2, 3, 3, 1, 1]
    gaps = torch.sort(rows.abs(), dim=1).values
    assert (gaps[:, -1] - gaps[:, -2] > 1e-4).all()  # a unique max: no tie under gradcheck


def test_structured_groups_value_equals_sympy_and_passes_gradcheck(derivation):
    conv, gamma, beta, alpha, M, rows = _conv_bn_groups()
    lam = 0.7

    def penalty(c, g, b):
        return GroupPenalty(StructuredGroups([[c, g, b]]), "spr", lam, alpha, M)()

    sq, inf = penalties.norms_of_rows(rows.numpy())
    # GroupPenalty keeps M in the weights' precision (float64 here): no rounding of M
    z = _sympy_values(derivation, sq, inf, alpha, M.numpy())[0]
    expected = lam * z.mean()  # all groups have n_j = 20 entries
    value = penalty(conv, gamma, beta)
    assert value.dtype == torch.float64
    assert abs(value.item() - expected) <= 1e-12 * expected
    inputs = tuple(t.clone().requires_grad_(True) for t in (conv, gamma, beta))
    assert torch.autograd.gradcheck(penalty, inputs, eps=1e-7, atol=1e-8, rtol=1e-5)


@pytest.mark.parametrize("dtype", (torch.float64, torch.float32))
def test_finite_at_zero_and_on_boundaries(samples, dtype):
    kinds = ("zero", "b12", "b23", "b13", "b123")
    for alpha in np.unique(samples.alpha):
        m = (samples.alpha == alpha) & np.isin(samples.kind, kinds)
        if not m.any():
            continue
        sq = torch.tensor(samples.sq[m], dtype=dtype, requires_grad=True)
        inf = torch.tensor(samples.inf[m], dtype=dtype, requires_grad=True)
        M = torch.tensor(samples.M[m], dtype=dtype)
        z = penalties.spr_penalty(sq, inf, float(alpha), M)
        y = penalties.spr_indicator(sq, inf, float(alpha), M)
        assert torch.isfinite(z).all() and torch.isfinite(y).all()
        (z.sum() + y.sum()).backward()
        assert torch.isfinite(sq.grad).all() and torch.isfinite(inf.grad).all()
        zero = torch.as_tensor(samples.kind[m] == "zero")
        assert (z[zero] == 0).all() and (sq.grad[zero] == 0).all()
        assert np.isfinite(penalties.spr_penalty(samples.sq[m], samples.inf[m], float(alpha),
                                                 samples.M[m])).all()


def test_structured_groups_finite_at_zero_ties_and_boundaries():
    alpha, M = 0.5, 1.0  # r = 1
    conv = torch.zeros(4, 1, 2, 2, dtype=torch.float64)
    conv[1] = 0.25  # all four entries tie for the max: ‖W‖₂ = 0.5, ‖W‖∞/M = 0.25
    conv[2, 0, 0, 0] = 1.0  # ‖W‖∞ = M and r‖W‖₂ = 1: the corner of the three regimes
    conv[3] = 0.5  # r‖W‖₂ = 1: boundary 1|2
    conv.requires_grad_(True)
    groups = StructuredGroups([[conv]])
    per_group = GroupPenalty(groups, "spr", 1.0, alpha, M).per_group()
    assert torch.isfinite(per_group).all() and per_group[0] == 0
    assert torch.allclose(per_group[1:], torch.tensor([0.5, 1.0, 1.0], dtype=torch.float64))
    per_group.sum().backward()
    assert torch.isfinite(conv.grad).all() and (conv.grad[0] == 0).all()


@pytest.mark.gpu
@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")
def test_cuda_float64_and_float32_under_bf16_autocast_match_sympy(derivation):
    parts = [_interior(0.5, k, 4, seed=2) for k in (1, 2, 3)]
    sq, inf, M = (np.concatenate(p) for p in zip(*parts, strict=True))
    z = _sympy_values(derivation, sq, inf, 0.5, M)[0]
    cuda = [torch.tensor(v, dtype=torch.float64, device="cuda") for v in (sq, inf, M)]
    z64 = penalties.spr_penalty(cuda[0], cuda[1], 0.5, cuda[2])
    assert z64.device.type == "cuda" and z64.dtype == torch.float64
    assert np.allclose(z64.cpu().numpy(), z, rtol=1e-12, atol=0)
    f32 = [t.float() for t in cuda]
    with torch.autocast("cuda", dtype=torch.bfloat16):
        z32 = penalties.spr_penalty(f32[0], f32[1], 0.5, f32[2])
    assert z32.dtype == torch.float32
    assert np.allclose(z32.cpu().numpy(), z, rtol=1e-5, atol=0)
