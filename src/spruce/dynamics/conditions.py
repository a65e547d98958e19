"""Pruning conditions for Bernoulli training: may a gate θ be driven to 0 now?

Each structure is read through the scalar model of its kind (docs/dynamics.md §2):
a unit (p = w) or a layer (p = v·w), with estimated contribution a, weight decay λ,
complexity weight γ (the structure's ∂E[C]/∂θ times the user's γ) and the learning
rates η_w, η_θ (ratio r = η_θ/η_w). Conditions, all closed form and vectorized:

    kept_exists   kept state exists and is stable:
                  unit a²(1+2λ)/(2(1+λ)²) > γ,  layer (a² − λ²)/2 > γ
    safe          not kept_exists: the structure cannot pay for itself even fully
                  trained, pruning is the only attractor, so θ may go to 0 now
    fate          certified outcome of the ODE from (p, θ) at ratio r: KEPT, PRUNED, UNKNOWN
    premature     kept_exists and fate is not KEPT: it deserves to live but may die at
                  this ratio; lower η_θ below max_ratio·η_w or freeze θ for warmup_steps
    max_ratio     largest r certified to keep it from here: (θ − θ_s)²/Δ(p) in Q1,
                  inf once p ≥ p_s and θ > θ_s (region D), 0 where nothing helps
    warmup_steps  steps with θ frozen for p to reach p_s (then any ratio is safe)

`a_from_loss_gap` turns the gap E[loss | ξ=0] − E[loss | ξ=1] that Bernoulli training
estimates anyway into the model's a (gap = a·p − p²/2, so a = gap/p + p/2).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from spruce.dynamics import theory


@dataclass
class PruningConditions:
    """Per-structure conditions (arrays of one common shape); see module docstring."""

    kept_exists: np.ndarray
    safe: np.ndarray
    fate: np.ndarray
    premature: np.ndarray
    max_ratio: np.ndarray
    warmup_steps: np.ndarray
    ratio: float
    p_saddle: np.ndarray
    theta_saddle: np.ndarray

    def as_dict(self) -> dict:
        """Plain dict of the fields (for logs and JSON)."""
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def _positive(name: str, value: float) -> float:
    value = float(value)
    if not (np.isfinite(value) and value > 0):
        raise ValueError(f"{name} must be a finite number > 0, got {value!r}")
    return value


def pruning_conditions(a_est, w, theta, lam, gamma, eta_w: float, eta_theta: float,
                       kind: str = "unit", v=None) -> PruningConditions:
    """Conditions for structures with estimated contribution a_est, weight w, gate θ.

    kind 'unit': p = w. kind 'layer': p = v·w with v given, else p = w² (balanced).
    All array arguments broadcast; lam ≥ 0, gamma > 0, eta_w > 0, eta_theta > 0.
    Signs: the model is symmetric under (a, p) → (−a, −p), so p is taken along a.
    """
    theory._kind(kind)
    eta_w, eta_theta = _positive("eta_w", eta_w), _positive("eta_theta", eta_theta)
    a, w, theta, lam, gamma = np.broadcast_arrays(
        *(np.asarray(x, dtype=float) for x in (a_est, w, theta, lam, gamma)))
    if np.any((theta < 0) | (theta > 1)):
        raise ValueError("theta must lie in [0, 1]")
    if np.any(lam < 0):
        raise ValueError("lam (weight decay) must be >= 0")
    if np.any(gamma <= 0):
        raise ValueError("gamma (complexity weight) must be > 0")
    sign = np.where(a < 0, -1.0, 1.0)
    a = np.abs(a)
    if kind == "unit":
        p = sign * w
    else:
        p = (w * w) if v is None else np.broadcast_to(np.asarray(v, float), w.shape) * w
        p = sign * p
    r = eta_theta / eta_w
    margin = theory.kept_margin(a, gamma, lam, kind)
    kept_exists = (margin > 0) & (a > 0)
    p_s, th_s, _ = theory.saddle(np.where(kept_exists, a, 1.0), gamma, lam, kind)
    fate = theory.classify(p, theta, np.where(kept_exists, a, 1.0), gamma, lam, r, kind)
    fate = np.where(kept_exists, fate, theory.PRUNED).astype(np.int8)
    low, _ = theory.critical_ratio_bounds(theta, p, np.where(kept_exists, a, 1.0), gamma, lam,
                                          kind)
    in_d = (p >= p_s) & (theta > th_s)
    max_ratio = np.where(in_d, np.inf, np.where(np.isnan(low), 0.0, low))
    max_ratio = np.where(kept_exists, max_ratio, 0.0)
    tau = theory.warmup_time(theta, p, np.where(kept_exists, a, 1.0), gamma, lam, kind)
    warmup = np.where(kept_exists, np.ceil(tau / eta_w), np.inf)
    return PruningConditions(
        kept_exists=kept_exists, safe=~kept_exists, fate=fate,
        premature=kept_exists & (fate != theory.KEPT), max_ratio=max_ratio,
        warmup_steps=warmup, ratio=r, p_saddle=np.where(kept_exists, p_s, np.nan),
        theta_saddle=np.where(kept_exists, th_s, np.nan))


def critical_ratio(a, gamma, lam, theta0, w0, kind: str = "unit") -> tuple:
    """Closed-form bracket (r_low, r_up) of the critical η_θ/η_w from a small start.

    r ≤ r_low keeps the structure, r ≥ r_up prunes it (theory.critical_ratio_bounds;
    a layer start is v0 = w0, so p0 = w0²).
    """
    p0 = np.asarray(w0, float) if kind == "unit" else np.asarray(w0, float) ** 2
    return theory.critical_ratio_bounds(theta0, p0, a, gamma, lam, kind)


def recommended_schedule(a, gamma, lam, theta0, w0, eta_w: float, kind: str = "unit",
                         safety: float = 0.5) -> dict:
    """Gate learning rate and warm-up that keep a deserving structure alive.

    eta_theta_max = safety·r_low·η_w (certified safe ratio with a margin), and
    warmup_steps: steps of frozen θ after which any η_θ is safe (p has passed p_s).
    A layer start is v0 = w0.
    """
    eta_w = _positive("eta_w", eta_w)
    if not 0 < safety <= 1:
        raise ValueError(f"safety must be in (0, 1], got {safety!r}")
    low, up = critical_ratio(a, gamma, lam, theta0, w0, kind)
    p0 = np.asarray(w0, float) if kind == "unit" else np.asarray(w0, float) ** 2
    tau = theory.warmup_time(theta0, p0, a, gamma, lam, kind)
    return {"ratio_low": low, "ratio_up": up, "ratio_max": safety * low,
            "eta_theta_max": safety * low * eta_w, "warmup_steps": np.ceil(tau / eta_w)}


def a_from_loss_gap(loss_gap, p):
    """Model contribution a from the loss gap E[ℓ | ξ=0] − E[ℓ | ξ=1] at weight p ≠ 0.

    In the unit model the gap is a·p − p²/2, hence a = gap/p + p/2.
    """
    p = np.asarray(p, float)
    if np.any(p == 0):
        raise ValueError("p must be nonzero to read a from a loss gap")
    return np.asarray(loss_gap, float) / p + p / 2
