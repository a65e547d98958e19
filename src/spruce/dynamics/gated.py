"""Units sharing a gated layer: the ODE, its kept-state condition, and a bulk integrator.

n units with weights w_i and gates θ_i inside a layer with gate θ_L (a unit is active iff
ξ_L·ξ_i = 1), loss Σ_i (a_i − ξ_L ξ_i w_i)²/2, weight decay λ,
E[cost] = γ_L·θ_L + Σ_i γ_i·θ_L·θ_i. The projected gradient flow (τ = steps·η_w):

    ẇ_i  = θ_L θ_i (a_i − w_i) − λ w_i
    θ̇_i  = r·θ_L·g_i(w_i),                 g_i(w) = a_i w − w²/2 − γ_i
    θ̇_L  = r·(Σ_i θ_i·(a_i w_i − w_i²/2 − γ_i) − γ_L)

The state with layer on, a set K of units kept (w_i = a_i/(1+λ), θ_i = 1) and the others
pruned (w_i = 0, θ_i = 0) is stable iff A_i > γ_i for i ∈ K and Σ_{i∈K} (A_i − γ_i) > γ_L,
with A_i = a_i²(1+2λ)/(2(1+λ)²); a pruned unit is always stable (θ̇_i = −r·γ_i·θ_L < 0).
symbolic.gated_units_analysis derives the all-kept case. A layer whose gate closes stops
training its unit gates (θ̇_i = 0 at θ_L = 0). `integrate` runs a projected RK4 on many
starts at once (numpy): about 0.2–0.7 s for τ = 40 with 3 units on a 2-core CPU.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class GatedLayer:
    """n units (contributions a, unit costs gamma) in one layer with cost gamma_layer."""

    a: tuple
    gamma: tuple
    gamma_layer: float
    lam: float = 0.1
    ratio: float = 1.0

    def __post_init__(self) -> None:
        a, g = np.asarray(self.a, float), np.asarray(self.gamma, float)
        if a.ndim != 1 or a.shape != g.shape or a.size == 0:
            raise ValueError(f"a and gamma must be equal-length 1-D lists, got {self.a!r}, "
                             f"{self.gamma!r}")
        if np.any(a <= 0) or np.any(g <= 0) or self.gamma_layer <= 0:
            raise ValueError("a, gamma and gamma_layer must all be > 0")
        if self.lam < 0 or self.ratio <= 0:
            raise ValueError(f"need lam >= 0 and ratio > 0, got {self.lam!r}, {self.ratio!r}")

    @property
    def n(self) -> int:
        return len(self.a)

    def unit_value(self) -> np.ndarray:
        """A_i = a_i²(1+2λ)/(2(1+λ)²): what unit i is worth once trained."""
        a = np.asarray(self.a, float)
        return a**2 * (1 + 2 * self.lam) / (2 * (1 + self.lam) ** 2)

    def stable_pattern(self) -> tuple[np.ndarray, bool]:
        """Largest candidate pattern with the layer on: (units kept, layer stable there).

        K = units with A_i > γ_i; that state is stable iff Σ_{i∈K} (A_i − γ_i) > γ_L.
        """
        margin = self.unit_value() - np.asarray(self.gamma, float)
        kept = margin > 0
        return kept, bool(margin[kept].sum() > self.gamma_layer)

    def state(self, kept_units: np.ndarray, theta_layer: float = 1.0) -> np.ndarray:
        """The candidate equilibrium: kept units trained with θ_i = 1, others zero."""
        kept = np.asarray(kept_units, bool)
        w = np.where(kept, np.asarray(self.a, float) / (1 + self.lam), 0.0)
        return np.concatenate([w, kept.astype(float), [theta_layer]])

    def field(self, x: np.ndarray) -> np.ndarray:
        """Unprojected field at states x of shape (..., 2n + 1): (w, θ_units, θ_L)."""
        n = self.n
        a, g = np.asarray(self.a, float), np.asarray(self.gamma, float)
        w, tu, tl = x[..., :n], x[..., n:2 * n], x[..., 2 * n:]
        out = np.empty_like(x)
        out[..., :n] = tl * tu * (a - w) - self.lam * w
        gain = a * w - w * w / 2 - g
        out[..., n:2 * n] = self.ratio * tl * gain
        out[..., 2 * n] = self.ratio * ((tu * gain).sum(-1) - self.gamma_layer)
        return out

    def integrate(self, x0: np.ndarray, t_max: float = 300.0, dt: float | None = None
                  ) -> np.ndarray:
        """Projected RK4 (gates clipped to [0, 1]) from starts x0 (..., 2n+1); final states."""
        x = np.array(x0, dtype=float)
        if x.shape[-1] != 2 * self.n + 1:
            raise ValueError(f"states need {2 * self.n + 1} entries, got shape {x.shape}")
        if dt is None:
            amax = float(np.max(self.a))
            g_max = float(np.sum(np.asarray(self.a, float) ** 2) / 2 + self.gamma_layer)
            dt = min(0.05 / (1 + self.lam), 0.1 / (self.ratio * g_max),
                     0.2 / (amax * np.sqrt(self.ratio)))
        steps = int(np.ceil(t_max / dt))
        dt = t_max / steps
        n = self.n

        def clip(y):
            np.clip(y[..., n:], 0.0, 1.0, out=y[..., n:])
            return y

        def f(y):
            d = self.field(y)
            gates, dg = y[..., n:], d[..., n:]
            d[..., n:] = np.where(((gates <= 0) & (dg < 0)) | ((gates >= 1) & (dg > 0)), 0.0, dg)
            return d

        for _ in range(steps):
            k1 = f(x)
            k2 = f(clip(x + 0.5 * dt * k1))
            k3 = f(clip(x + 0.5 * dt * k2))
            k4 = f(clip(x + dt * k3))
            x = clip(x + dt / 6 * (k1 + 2 * k2 + 2 * k3 + k4))
        return x
