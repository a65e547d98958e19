"""Gradient estimators for ∂E[loss]/∂θ against exact enumeration on a tiny network.

The tiny network: small_resnet(depth=8, widths=(2, 2, 2)), 3 blocks → 3 layer gates + 6 unit
gates = 9 structures, 512 gate vectors; BatchNorm in eval mode so examples are independent.
"""

from __future__ import annotations

import copy

import pytest
import torch
import torch.nn.functional as F

from spruce.training.bernoulli.estimators import (
    exact_grad,
    first_order_grad,
    flat_theta,
    score_from_losses,
    score_grad,
    structure_index,
    taylor_grad,
)
from spruce.training.bernoulli.gates import BernoulliGates
from spruce.training.models import small_resnet


@pytest.fixture(scope="module")
def tiny():
    torch.manual_seed(0)
    model = small_resnet(depth=8, widths=(2, 2, 2)).eval()
    gates = BernoulliGates(model, theta_init=0.5)
    with torch.no_grad():
        for t in gates.thetas():
            t.uniform_(0.2, 0.8)
    x = torch.randn(48, 1, 8, 8)
    y = torch.randint(0, 10, (48,))
    return model, gates, x, y


def _set_flat(gates, values):
    with torch.no_grad():
        for j, (l, k) in enumerate(structure_index(gates)):
            if k is None:
                gates.layer_theta[l] = values[j]
            else:
                gates.unit_theta[l][k] = values[j]


def test_exact_gradient_matches_finite_differences(tiny):
    """E[loss] is multilinear, so a central difference in one θ_s is exact up to rounding."""
    model, gates, x, y = tiny
    theta0 = flat_theta(gates).detach().clone()
    _, grad = exact_grad(model, gates, x, y)
    for s in (0, 1, 4, 8):
        vals = []
        for h in (-0.1, 0.0, 0.1):
            t = theta0.clone()
            t[s] += h
            _set_flat(gates, t)
            vals.append(exact_grad(model, gates, x, y)[0])
        _set_flat(gates, theta0)
        assert (vals[2] - vals[0]) / 0.2 == pytest.approx(float(grad[s]), abs=1e-4)
        # affine along one coordinate: the midpoint is the mean of the ends
        assert vals[1] == pytest.approx((vals[0] + vals[2]) / 2, abs=1e-5)


def test_exact_expectation_at_a_vertex_is_the_plain_network(tiny):
    _, _, x, y = tiny
    torch.manual_seed(5)
    model = small_resnet(depth=8, widths=(2, 2, 2)).eval()
    plain = copy.deepcopy(model)
    gates = BernoulliGates(model, theta_init=1.0)
    with torch.no_grad():
        gates.unit_theta[1][0] = 0.0  # a vertex with one unit off
        plain.layer2[0].conv1.weight[0] = 0.0  # same network: unit 0 of layer2.0 silenced
        plain.layer2[0].bn1.weight[0] = 0.0
        plain.layer2[0].bn1.bias[0] = 0.0
        e, _ = exact_grad(model, gates, x, y)
        assert e == pytest.approx(float(F.cross_entropy(plain(x), y)), rel=1e-5)


def test_score_function_is_unbiased(tiny):
    """Mean of N one-batch estimates within 4 standard errors of the exact gradient."""
    model, gates, x, y = tiny
    torch.manual_seed(1)
    _, exact = exact_grad(model, gates, x, y)
    cases = {"loo": lambda: score_grad(model, gates, x, y, "loo"),
             "mean": lambda: score_grad(model, gates, x, y, "mean"),
             "taylor": lambda: taylor_grad(model, gates, x, y)}
    for name, fn in cases.items():
        est = torch.stack([fn() for _ in range(400)])
        se = est.std(0) / est.shape[0] ** 0.5
        assert torch.all((est.mean(0) - exact).abs() < 4 * se + 1e-4), name


def test_baselines_reduce_variance(tiny):
    model, gates, x, y = tiny
    torch.manual_seed(2)
    var = {b: torch.stack([score_grad(model, gates, x, y, b) for _ in range(200)]).var(0).mean()
           for b in ("none", "loo", "mean")}
    assert var["loo"] < var["none"] / 3
    assert var["mean"] < var["none"] / 3


def test_first_order_is_the_gate_derivative_and_correlates(tiny):
    """First-order: low variance, biased; its mean points the way of the exact gradient."""
    model, gates, x, y = tiny
    torch.manual_seed(3)
    _, exact = exact_grad(model, gates, x, y)
    fo = torch.stack([first_order_grad(model, gates, x, y) for _ in range(300)])
    sf = torch.stack([score_grad(model, gates, x, y, "loo") for _ in range(300)])
    assert fo.var(0).mean() < sf.var(0).mean()
    cos = F.cosine_similarity(fo.mean(0), exact, dim=0)
    assert cos > 0.5


def test_first_order_exact_when_gates_are_deterministic(tiny):
    """At θ ∈ {0,1} the sample is fixed and the estimate is exactly ∂loss/∂g at that ξ."""
    model, gates, x, y = tiny
    theta0 = flat_theta(gates).detach().clone()
    _set_flat(gates, torch.ones_like(theta0))
    g1 = first_order_grad(model, gates, x, y)
    g2 = first_order_grad(model, gates, x, y)
    assert torch.equal(g1, g2)
    # compare one unit's derivative with a finite difference of a continuous gate value
    gates.mode = "fixed"
    B = x.shape[0]

    def loss_at(v):
        gates.fixed = {l: (torch.ones(B), torch.ones(B, 2)) for l in range(3)}
        gates.fixed[1][1][:, 0] = v
        with torch.no_grad():
            return float(F.cross_entropy(model(x), y))

    j = structure_index(gates).index((1, 0))
    fd = (loss_at(1 + 1e-3) - loss_at(1 - 1e-3)) / 2e-3
    gates.mode, gates.fixed = "auto", {}
    _set_flat(gates, theta0)
    assert float(g1[j]) == pytest.approx(fd, rel=1e-2, abs=1e-4)


def test_score_is_zero_for_deterministic_structures_and_checks_input(tiny):
    model, gates, x, y = tiny
    theta0 = flat_theta(gates).detach().clone()
    t = theta0.clone()
    t[0] = 1.0
    _set_flat(gates, t)
    g = score_grad(model, gates, x, y, "loo")
    _set_flat(gates, theta0)
    assert float(g[0]) == 0.0
    with pytest.raises(ValueError, match="baseline"):
        score_from_losses(gates, torch.ones(4), "median")
    with pytest.raises(ValueError, match="at most 16"):
        big = BernoulliGates(small_resnet(), theta_init=0.5)
        exact_grad(small_resnet(), big, x, y)
