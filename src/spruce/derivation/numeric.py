"""Numeric forms of the derivation: the closed form in float64, and a lower convex hull.

`ClosedForm(d)` lambdifies each case of a `Derivation` (z_k, y_k and the regime
conditions, β replaced by 1 − α) and evaluates them for arrays of ‖W‖₂, ‖W‖∞, α, M:

    regime = 0 if ‖W‖₂ = 0, else 1 if cond₁, else 2 if cond₂, else 3;   z = z_regime, y = y_regime

Each case is evaluated only where it applies, so no 0/0 occurs (z = y = 0 at W = 0).
`lower_hull(x, f)` is Andrew's monotone chain restricted to the lower hull: O(N) for
sorted x; `envelope_on_grid` interpolates it back onto the grid. 20,000 samples of the
closed form take about 7 ms, a 20,001-point hull about 70 ms (shared 2-core CPU).
"""

from __future__ import annotations

import numpy as np
import sympy as sp

from spruce.derivation.symbolic import Derivation


def _lambdify(args: tuple[sp.Symbol, ...], expr: sp.Basic):
    fn = sp.lambdify(args, expr, modules="numpy")

    def call(*values: np.ndarray) -> np.ndarray:
        out = np.asarray(fn(*values), dtype=np.float64 if not expr.is_Boolean else bool)
        return np.broadcast_to(out, np.broadcast(*values).shape)  # constants come back scalar

    return call


class ClosedForm:
    """z(W), y*(W) and the regime of a Derivation's closed form, vectorized in numpy."""

    def __init__(self, d: Derivation):
        s = d.sym
        args = (s.W2, s.Winf, s.alpha, s.M)
        self.z = [_lambdify(args, d.in_alpha(c.z)) for c in d.cases]
        self.y = [_lambdify(args, d.in_alpha(c.y)) for c in d.cases]
        self.cond = [_lambdify(args, d.in_alpha(c.condition)) for c in d.cases[:2]]

    def regime(self, W2, Winf, alpha, M) -> np.ndarray:
        """0 where W = 0, else the first case whose condition holds (1, 2 or 3)."""
        W2, Winf, alpha, M = np.broadcast_arrays(*(np.asarray(v, dtype=np.float64)
                                                   for v in (W2, Winf, alpha, M)))
        out = np.zeros(W2.shape, dtype=int)
        nz = W2 > 0
        args = (W2[nz], Winf[nz], alpha[nz], M[nz])
        first, second = self.cond[0](*args), self.cond[1](*args)
        out[nz] = np.where(first, 1, np.where(second, 2, 3))
        return out

    def __call__(self, W2, Winf, alpha, M) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(z, y, regime) for arrays (or scalars) of ‖W‖₂, ‖W‖∞, α, M."""
        W2, Winf, alpha, M = np.broadcast_arrays(*(np.asarray(v, dtype=np.float64)
                                                   for v in (W2, Winf, alpha, M)))
        reg = self.regime(W2, Winf, alpha, M)
        z = np.zeros(W2.shape)
        y = np.zeros(W2.shape)
        for k in (1, 2, 3):
            m = reg == k
            if m.any():
                args = (W2[m], Winf[m], alpha[m], M[m])
                z[m] = self.z[k - 1](*args)
                y[m] = self.y[k - 1](*args)
        return z, y, reg


def lower_hull(x: np.ndarray, f: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Vertices of the lower convex hull of the points (x_i, f_i), x sorted ascending.

    Monotone chain: keep a stack of vertices; drop the last one while it lies on or above
    the segment from the one before it to the new point (cross product ≤ 0).
    """
    x = np.asarray(x, dtype=np.float64)
    f = np.asarray(f, dtype=np.float64)
    if x.ndim != 1 or x.shape != f.shape or len(x) < 2:
        raise ValueError(f"x and f must be 1-D of equal length >= 2, got {x.shape}, {f.shape}")
    if np.any(np.diff(x) <= 0):
        raise ValueError("x must be strictly increasing")
    hull: list[int] = []
    for i in range(len(x)):
        while len(hull) >= 2:
            a, b = hull[-2], hull[-1]
            cross = (x[b] - x[a]) * (f[i] - f[a]) - (f[b] - f[a]) * (x[i] - x[a])
            if cross > 0:  # b is strictly below the chord a→i: keep it
                break
            hull.pop()
        hull.append(i)
    idx = np.asarray(hull)
    return x[idx], f[idx]


def envelope_on_grid(x: np.ndarray, f: np.ndarray) -> np.ndarray:
    """The lower convex hull of (x, f), evaluated at every x (piecewise-linear)."""
    hx, hf = lower_hull(x, f)
    return np.interp(x, hx, hf)
