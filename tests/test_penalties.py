"""spruce.penalties: values, regimes, gradients, vectorized groups, bad parameters."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from spruce import penalties as P


def closed_form(n2: float, inf: float, alpha: float, M: float) -> float:
    """The three cases of the SPR term (docs/theory.md), written independently of penalties.py."""
    r = math.sqrt(alpha / (1 - alpha))
    if n2 == 0:
        return 0.0
    if max(inf / M, r * n2) >= 1:
        return alpha * n2**2 + (1 - alpha)
    if inf / M <= r * n2:
        return 2 * math.sqrt(alpha * (1 - alpha)) * n2
    return alpha * M * n2**2 / inf + (1 - alpha) * inf / M


def random_groups(rng, count=300, scale=1.0):
    out = []
    for _ in range(count):
        n = int(rng.integers(1, 12))
        w = rng.normal(size=n) * scale * rng.choice([1e-3, 0.05, 0.3, 1.0, 3.0])
        if rng.random() < 0.2:  # one dominant entry drives regime 3
            w[0] = w[0] * 10
        out.append(w)
    return out


@pytest.mark.parametrize("alpha", [0.01, 0.3, 0.5, 0.9])
@pytest.mark.parametrize("M", [0.5, 2.0])
def test_spr_matches_three_case_closed_form(alpha, M):
    rng = np.random.default_rng(0)
    groups = random_groups(rng)
    sq = np.array([w @ w for w in groups])
    inf = np.array([np.abs(w).max() for w in groups])
    z = P.spr_penalty(sq, inf, alpha, M)
    expected = np.array([closed_form(math.sqrt(s), i, alpha, M) for s, i in zip(sq, inf)])
    np.testing.assert_allclose(z, expected, rtol=1e-12, atol=1e-15)
    regimes = P.spr_regime(sq, inf, alpha, M)
    assert len(np.unique(regimes)) >= 2 and regimes.min() >= 1  # samples span regimes


def test_all_three_regimes_occur_and_match():
    alpha, M = 0.2, 1.0
    r = math.sqrt(alpha / (1 - alpha))
    # regime 1: big; regime 2: spread-out small; regime 3: one dominant small entry
    cases = {1: np.full(16, 0.6), 2: np.full(50, 0.01), 3: np.array([0.4, 1e-3])}
    for regime, w in cases.items():
        sq, inf = w @ w, np.abs(w).max()
        assert P.spr_regime(sq, inf, alpha, M) == regime
        assert P.spr_penalty(sq, inf, alpha, M) == pytest.approx(
            closed_form(math.sqrt(sq), inf, alpha, M), rel=1e-12)
    assert r > 0


def test_torch_and_numpy_agree_and_keep_their_type():
    rng = np.random.default_rng(1)
    sq, inf = rng.random(50), rng.random(50) * 0.5
    z_np = P.spr_penalty(sq, inf, 0.4, 1.5)
    z_t = P.spr_penalty(torch.tensor(sq), torch.tensor(inf), 0.4, 1.5)
    assert isinstance(z_np, np.ndarray) and isinstance(z_t, torch.Tensor)
    np.testing.assert_allclose(z_t.numpy(), z_np, rtol=1e-12)


def test_zero_group_value_and_gradient_are_zero_and_finite():
    W = torch.zeros(3, 5, dtype=torch.float64, requires_grad=True)
    sq, inf = P.norms_of_rows(W)
    for kind in P.PENALTIES:
        val = P.group_penalty(kind, sq, inf, 0.3, 1.0).sum()
        assert val.item() == 0.0
        if kind == "l0":  # a count: piecewise constant, no gradient
            assert not val.requires_grad
            continue
        (g,) = torch.autograd.grad(val, W, retain_graph=True)
        assert torch.equal(g, torch.zeros_like(g))


def test_gradients_finite_on_regime_boundaries():
    alpha, M = 0.5, 1.0  # r = 1
    rows = [
        [1.0, 0.0],            # ‖W‖∞/M = 1: boundary of regime 1
        [0.6, 0.8],            # r‖W‖₂ = 1
        [0.3, 0.0],            # ‖W‖∞/M = r‖W‖₂ (single entry): regimes 2/3 meet
        [0.0, 0.0],
    ]
    W = torch.tensor(rows, dtype=torch.float64, requires_grad=True)
    sq, inf = P.norms_of_rows(W)
    z = P.spr_penalty(sq, inf, alpha, M)
    z.sum().backward()
    assert torch.isfinite(z).all() and torch.isfinite(W.grad).all()


def test_gradcheck_away_from_kinks():
    torch.manual_seed(0)
    for alpha, scale in [(0.5, 0.05), (0.1, 0.02), (0.5, 2.0)]:
        sq = (torch.rand(6, dtype=torch.float64) + 0.5) * scale
        inf = torch.sqrt(sq) * torch.linspace(0.4, 0.95, 6, dtype=torch.float64)
        sq.requires_grad_(True)
        inf.requires_grad_(True)
        assert torch.autograd.gradcheck(
            lambda s, i, a=alpha: P.spr_penalty(s, i, a, 1.0), (sq, inf))


def make_sets(seed=0, dtype=torch.float64):
    g = torch.Generator().manual_seed(seed)
    shapes = [[(4, 3, 3, 3), (4,), (4,)], [(6, 4, 3, 3), (6,), (6,)], [(2, 5), (2,)]]
    return [[torch.randn(s, generator=g, dtype=dtype, requires_grad=True) for s in set_]
            for set_ in shapes]


def naive_norms(sets):
    sq, inf = [], []
    for set_ in sets:
        rows = set_[0].shape[0]
        W = torch.cat([p.reshape(rows, -1) for p in set_], 1)
        sq.append(W.square().sum(1))
        inf.append(W.abs().amax(1))
    return torch.cat(sq), torch.cat(inf)


def test_structured_groups_norms_match_naive_and_sizes():
    sets = make_sets()
    groups = P.StructuredGroups(sets)
    sq, inf = groups.norms()
    sq0, inf0 = naive_norms(sets)
    torch.testing.assert_close(sq, sq0)
    torch.testing.assert_close(inf, inf0)
    assert groups.num_groups == 12
    assert groups.group_size.tolist() == [29.0] * 4 + [38.0] * 6 + [6.0] * 2
    assert groups.num_weights == sum(p.numel() for s in sets for p in s)


def test_structured_groups_gradient_matches_autograd_of_naive():
    sets = make_sets(1)
    groups = P.StructuredGroups(sets)
    params = [p for s in sets for p in s]
    M = torch.rand(groups.num_groups, dtype=torch.float64) + 0.5
    for kind in ("spr", "bigm", "group_lasso"):
        pen = P.GroupPenalty(groups, kind, lam=0.7, alpha=0.3, M=M.double())
        pen.M = M  # float64 buffer for an exact comparison
        g_fast = torch.autograd.grad(pen(), params)
        sq, inf = naive_norms(sets)
        z = P.group_penalty(kind, sq, inf, 0.3, M)
        g_ref = torch.autograd.grad(P.weighted_sum(z, groups.group_size.double(), 0.7), params)
        for a, b in zip(g_fast, g_ref):
            torch.testing.assert_close(a, b)


def test_structured_groups_gradcheck():
    sets = make_sets(2)
    groups = P.StructuredGroups(sets)
    params = [p for s in sets for p in s]

    def f(*ps):
        sq, inf = P._GroupNorms.apply(groups, *ps)
        return sq, inf
    assert torch.autograd.gradcheck(f, tuple(params))


def test_penalty_under_bf16_autocast_is_float32_and_close():
    sets = make_sets(3, dtype=torch.float32)
    groups = P.StructuredGroups(sets)
    pen = P.GroupPenalty(groups, "spr", lam=1.0, alpha=0.5, M=1.0)
    ref = pen()
    with torch.autocast("cpu", dtype=torch.bfloat16):
        out = pen()
    assert out.dtype == torch.float32
    torch.testing.assert_close(out, ref)


def test_penalty_orders_bigm_le_spr_le_mip():
    rng = np.random.default_rng(5)
    groups = random_groups(rng, 500)
    sq = np.array([w @ w for w in groups])
    inf = np.array([np.abs(w).max() for w in groups])
    M = np.maximum(inf, 1.0)  # the MIP needs |W| ≤ M
    for alpha in (0.05, 0.5, 0.95):
        z = P.spr_penalty(sq, inf, alpha, M)
        assert np.all(P.bigm_penalty(sq, inf, alpha, M) <= z + 1e-12)
        assert np.all(z <= P.mip_penalty(sq, inf, alpha) + 1e-12)


@pytest.mark.parametrize("alpha", [0.0, 1.0, -0.1, 1.5, float("nan"), float("inf"), "x"])
def test_bad_alpha_raises_naming_it(alpha):
    with pytest.raises(ValueError, match="alpha"):
        P.spr_penalty(np.ones(2), np.ones(2), alpha, 1.0)


@pytest.mark.parametrize("M", [0.0, -1.0, float("nan"), float("inf"), np.array([1.0, 0.0])])
def test_bad_M_raises_naming_it(M):
    with pytest.raises(ValueError, match="M must be finite and > 0"):
        P.spr_penalty(np.ones(2), np.ones(2), 0.5, M)
    with pytest.raises(ValueError, match="M"):
        P.bigm_penalty(np.ones(2), np.ones(2), 0.5, M)


def test_bad_lam_kind_and_sets_raise():
    groups = P.StructuredGroups(make_sets())
    with pytest.raises(ValueError, match="lam"):
        P.GroupPenalty(groups, "spr", lam=-1.0)
    with pytest.raises(ValueError, match="kind"):
        P.GroupPenalty(groups, "l1")
    with pytest.raises(ValueError, match="one entry per group"):
        P.GroupPenalty(groups, "spr", M=torch.ones(3))
    a = torch.zeros(3, 2)
    with pytest.raises(ValueError, match="same nonzero size"):
        P.StructuredGroups([[a, torch.zeros(4)]])
    with pytest.raises(ValueError, match="two sets"):
        P.StructuredGroups([[a], [a]])
    with pytest.raises(ValueError, match="at least one set"):
        P.StructuredGroups([])


finite = st.floats(-1e3, 1e3, allow_nan=False, allow_infinity=False, width=64)


@settings(max_examples=200, deadline=None)
@given(arrays(np.float64, st.tuples(st.integers(1, 5), st.integers(1, 6)), elements=finite),
       st.floats(0.01, 0.99), st.floats(0.01, 100.0))
def test_property_finite_values_and_gradients(W, alpha, M):
    Wt = torch.tensor(W, requires_grad=True)
    sq, inf = P.norms_of_rows(Wt)
    for kind in ("spr", "bigm", "group_lasso"):
        z = P.group_penalty(kind, sq, inf, alpha, M)
        (g,) = torch.autograd.grad(z.sum(), Wt, retain_graph=True)
        assert torch.isfinite(z).all() and torch.isfinite(g).all()
    # z ≥ big-M holds where the MIP is feasible, |W| ≤ M
    M_feasible = torch.clamp(inf.detach(), min=M)
    zs = P.spr_penalty(sq, inf, alpha, M_feasible).detach().numpy()
    zb = P.bigm_penalty(sq, inf, alpha, M_feasible).detach().numpy()
    assert np.all(zs >= zb - 1e-9 * (1 + np.abs(zb)))


@settings(max_examples=100, deadline=None)
@given(arrays(np.float64, st.integers(1, 8), elements=st.floats(-10, 10)),
       st.floats(0.05, 0.95), st.floats(0.1, 10.0), st.floats(0.1, 10.0))
def test_property_scaling_weights_and_M_together(w, alpha, M, t):
    """In regimes 2-3, z(tW; tM) = t·z(W; M) when both stay below y* = 1: check the
    general fact that y*(tW; tM) ≥ y*(W; M) for t ≥ 1 (the penalty's indicator grows)."""
    sq, inf = w @ w, np.abs(w).max()
    y1 = P.spr_indicator(sq, inf, alpha, M)
    t = max(t, 1.0)
    y2 = P.spr_indicator(t * t * sq, t * inf, alpha, M)
    assert y2 >= y1 - 1e-12
    # group lasso is positively homogeneous of degree 1
    assert P.group_lasso_penalty(t * t * sq) == pytest.approx(t * P.group_lasso_penalty(sq))


@pytest.mark.gpu
@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")
def test_cuda_matches_cpu():
    sets = make_sets(4, dtype=torch.float32)
    cpu = P.GroupPenalty(P.StructuredGroups(sets), "spr", 1.0, 0.4, 1.0)()
    sets_gpu = [[p.detach().cuda().requires_grad_(True) for p in s] for s in sets]
    gpu_pen = P.GroupPenalty(P.StructuredGroups(sets_gpu), "spr", 1.0, 0.4, 1.0)
    torch.testing.assert_close(gpu_pen().cpu(), cpu)


def test_hostile_values_found_by_review_are_refused_or_propagated():
    """Review findings: tiny M, M of shape (G, 1), alpha as a string, negative norms, NaN."""
    conv = torch.nn.Conv2d(2, 4, 3)
    groups = P.StructuredGroups([[conv.weight]])
    with pytest.raises(ValueError, match="M must be between"):
        P.GroupPenalty(groups, "spr", 1.0, 0.5, 1e-50)  # would be 0 in float32
    with pytest.raises(ValueError, match="1-D tensor"):
        P.GroupPenalty(groups, "spr", 1.0, 0.5, torch.ones(4, 1))
    with pytest.raises(ValueError, match="alpha must be a real number"):
        P.GroupPenalty(groups, "spr", 1.0, "0.5", 1.0)
    with pytest.raises(ValueError, match="alpha must be a real number"):
        P.spr_penalty(np.ones(2), np.ones(2), "0.5", 1.0)
    with pytest.raises(ValueError, match=">= 0"):
        P.spr_penalty(np.array([-1.0]), np.array([0.5]), 0.5, 1.0)
    assert np.isnan(P.l0_count(np.array([np.nan]))[0])
    assert torch.isnan(P.l0_count(torch.tensor([float("nan"), 1.0])))[0]
    # float64 weights keep M in float64: the penalty equals an independent float64 value
    conv64 = torch.nn.Conv2d(2, 4, 3).double()
    g64 = P.StructuredGroups([[conv64.weight]])
    M = 0.1 + 1e-9  # not representable in float32
    pen = P.GroupPenalty(g64, "spr", 1.0, 0.3, M)
    rows = conv64.weight.detach().reshape(4, -1).numpy()
    sq, inf = (rows ** 2).sum(1), np.abs(rows).max(1)
    ref = (P.spr_penalty(sq, inf, 0.3, M) * rows.shape[1]).sum() / rows.size
    assert pen.M.dtype == torch.float64
    assert float(pen()) == pytest.approx(float(ref), rel=1e-13)
