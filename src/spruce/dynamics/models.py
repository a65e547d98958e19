"""The scalar models of Bernoulli training as vector fields, with their projected flow.

    unit   state (w, θ):     ẇ = θ(a − w) − λw,
                             θ̇ = r·(a·w − w²/2 − γ)
    layer  state (v, w, θ):  v̇ = θ(a − vw)·w − λv,   ẇ = θ(a − vw)·v − λw,
                             θ̇ = r·(a·vw − (vw)²/2 − γ)

(the negative gradient of J in docs/dynamics.md, time τ = steps × η_w, r = η_θ/η_w). The
projected flow on θ ∈ [0, 1] zeroes θ̇ where it points out of the box. `field` works on
arrays of states of shape (..., n) at once, the way the basin maps need it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from spruce.dynamics import theory


@dataclass(frozen=True)
class Model:
    """One scalar model: kind 'unit' or 'layer', true contribution a, complexity cost γ,
    weight decay λ and learning-rate ratio r = η_θ/η_w."""

    kind: str = "unit"
    a: float = 1.0
    gamma: float = 0.2
    lam: float = 0.1
    ratio: float = 1.0

    def __post_init__(self) -> None:
        theory._kind(self.kind)
        for name in ("a", "gamma", "lam", "ratio"):
            value = getattr(self, name)
            if not np.isfinite(value):
                raise ValueError(f"{name} must be finite, got {value!r}")
        if self.a <= 0:
            raise ValueError(f"a (true contribution) must be > 0, got {self.a!r}")
        if self.gamma <= 0:
            raise ValueError(f"gamma (complexity cost) must be > 0, got {self.gamma!r}")
        if self.lam < 0:
            raise ValueError(f"lam (weight decay) must be >= 0, got {self.lam!r}")
        if self.ratio <= 0:
            raise ValueError(f"ratio (eta_theta/eta_w) must be > 0, got {self.ratio!r}")

    @property
    def dim(self) -> int:
        """Number of state variables: weights then θ."""
        return 2 if self.kind == "unit" else 3

    def product(self, x: np.ndarray) -> np.ndarray:
        """p = w (unit) or v·w (layer): the quantity θ̇ depends on."""
        return x[..., 0] if self.kind == "unit" else x[..., 0] * x[..., 1]

    def _get(self, name: str, prm: dict | None):
        return prm[name] if prm is not None and name in prm else getattr(self, name)

    def field(self, x: np.ndarray, prm: dict | None = None) -> np.ndarray:
        """Unprojected vector field −(∇_w J, r·∂J/∂θ) at states x of shape (..., dim).

        prm maps any of a, gamma, lam, ratio to arrays broadcasting with x[..., 0]: they
        override the model's values per state (one call then covers a whole sweep).
        """
        a, lam = self._get("a", prm), self._get("lam", prm)
        th = x[..., -1]
        out = np.empty_like(x)
        if self.kind == "unit":
            w = x[..., 0]
            out[..., 0] = th * (a - w) - lam * w
            p = w
        else:
            v, w = x[..., 0], x[..., 1]
            p = v * w
            resid = th * (a - p)
            out[..., 0] = resid * w - lam * v
            out[..., 1] = resid * v - lam * w
        r = self._get("ratio", prm)
        out[..., -1] = r * (a * p - 0.5 * p * p - self._get("gamma", prm))
        return out

    def projected(self, x: np.ndarray, prm: dict | None = None) -> np.ndarray:
        """Projected field: θ̇ := 0 where θ ≤ 0 and θ̇ < 0, or θ ≥ 1 and θ̇ > 0."""
        f = self.field(x, prm)
        th, dth = x[..., -1], f[..., -1]
        f[..., -1] = np.where(((th <= 0) & (dth < 0)) | ((th >= 1) & (dth > 0)), 0.0, dth)
        return f

    def absorbed(self, x: np.ndarray, prm: dict | None = None) -> np.ndarray:
        """Outcome already sealed by the face dynamics: KEPT=1, PRUNED=0, else −1.

        Pruned: θ = 0 and p ≤ p_s (on θ = 0 the weights decay or stay, so g(p) < 0 stays;
        with a² ≤ 2γ, g < 0 everywhere and θ = 0 suffices).
        Kept: θ = 1 and p_s < p < a + c, when the kept state is stable (then that face
        interval is invariant, as the face flow runs monotonically to p* inside it, and
        g > 0 on it).
        Only the sign of θ̇ = r·g(p) on each face is used, not the basin analysis.
        """
        a, gamma = self._get("a", prm), self._get("gamma", prm)
        p = self.product(x)
        th = x[..., -1]
        c2 = a**2 - 2 * gamma
        c = np.sqrt(np.maximum(c2, 0.0))
        p_s = np.where(c2 > 0, a - c, np.inf)
        out = np.full(p.shape, theory.UNKNOWN, dtype=np.int8)
        out[(th <= 0) & (p <= p_s)] = theory.PRUNED
        # the face interval is invariant only if the kept point lies in it (margin > 0)
        stable = theory.kept_margin(a, gamma, self._get("lam", prm), self.kind) > 0
        out[(th >= 1) & stable & (c2 > 0) & (p > p_s) & (p < a + c)] = theory.KEPT
        return out

    def kept_margin(self) -> float:
        """> 0 iff the kept state exists and is stable (see theory.kept_margin)."""
        return float(theory.kept_margin(self.a, self.gamma, self.lam, self.kind))

    def saddle(self) -> tuple[float, float]:
        """(p_s, θ_s) of the interior saddle (NaN if a² ≤ 2γ)."""
        p_s, th_s, _ = theory.saddle(self.a, self.gamma, self.lam, self.kind)
        return float(p_s), float(th_s)

    def state(self, p_or_w, theta, v=None) -> np.ndarray:
        """Stack initial states: unit (w, θ); layer (v, w, θ), balanced v = w if v is None."""
        w, th = np.broadcast_arrays(np.asarray(p_or_w, float), np.asarray(theta, float))
        if self.kind == "unit":
            return np.stack([w, th], axis=-1)
        v = w if v is None else np.broadcast_to(np.asarray(v, float), w.shape)
        return np.stack([v, w, th], axis=-1)
