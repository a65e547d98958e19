"""The perspective prox's y-search: its y minimizes φ on [0, 1] (checked against a fine grid)."""

import numpy as np
import pytest

from spruce.mip.perspective import PerspectiveSolver
from spruce.mip.problem import synthetic
from spruce.mip.ysearch import search_y


def phi(V, Mc, y, tau, lam, a):
    """φ(y) = min_{|W|≤My} ½‖W−v‖² + τλ(α‖W‖²/y + (1−α)y), per row, written out directly."""
    c = 2 * tau * lam * a
    yy = y[:, None]
    W = np.clip(V * (yy / (yy + c)), -Mc * yy, Mc * yy)
    quad = np.where(yy > 0, W * W / np.maximum(yy, 1e-300), 0.0).sum(1)
    return 0.5 * ((W - V) ** 2).sum(1) + tau * lam * (a * quad + (1 - a) * y)


@pytest.mark.parametrize("alpha,tau", [(0.5, 1.0), (0.05, 0.3), (0.9, 3.0), (0.5, 1e-4)])
def test_search_y_minimizes_phi(alpha, tau):
    pb = synthetic(n=20, groups=4, group_size=3, lam=0.2, alpha=alpha, seed=0)
    solver = PerspectiveSolver(pb, "spr")
    rng = np.random.default_rng(1)
    rows = 300
    scale = rng.choice([1e-3, 0.1, 1.0, 10.0], size=(rows, 1))
    V = rng.normal(size=(rows, 3)) * scale
    V[::7, 2] = 0.0  # padded entries of shorter groups
    Mc = rng.uniform(0.05, 2.0, size=(rows, 1))
    c = 2 * tau * solver.lam * solver.alpha
    y = search_y(V, Mc, tau, c, solver.lam, solver.alpha)
    assert np.all((y >= 0) & (y <= 1))
    grid = np.linspace(0.0, 1.0, 20001)
    best = np.array([phi(np.repeat(V[i:i + 1], grid.size, 0), np.repeat(Mc[i:i + 1], grid.size, 0),
                         grid, tau, solver.lam, solver.alpha).min() for i in range(rows)])
    got = phi(V, Mc, y, tau, solver.lam, solver.alpha)
    assert np.all(got <= best + 1e-12 * np.maximum(1.0, np.abs(best)))


def test_search_y_curvature_is_phi_second_derivative():
    """The curvature handed to the budget's Newton step is φ''(y) at interior y (a central
    second difference of φ), ∞ at the ends."""
    lam, a, tau = 0.2, 0.5, 0.5
    rng = np.random.default_rng(2)
    V = rng.normal(size=(200, 3)) * rng.choice([0.1, 1.0, 3.0], size=(200, 1))
    Mc = rng.uniform(0.2, 2.0, size=(200, 1))
    c = 2 * tau * lam * a
    y, curv = search_y(V, Mc, tau, c, lam, a, curvature=True)
    inner = (y > 1e-3) & (y < 1 - 1e-3)
    assert inner.sum() > 20 and np.all(np.isinf(curv[~((y > 0) & (y < 1))]))
    h = 1e-4
    second = (phi(V, Mc, y + h, tau, lam, a) - 2 * phi(V, Mc, y, tau, lam, a)
              + phi(V, Mc, y - h, tau, lam, a)) / (h * h)
    # a kink of φ'' (an entry switching between clipped and not) within h: rare, skipped
    near = np.isclose(second[inner], curv[inner], rtol=1e-3)
    assert near.mean() > 0.95
