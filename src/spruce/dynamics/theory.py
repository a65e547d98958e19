"""Closed-form results for the unit and layer models of Bernoulli training (numpy).

Models (time τ = iterations × η_w, ratio r = η_θ/η_w, gate θ projected on [0, 1]):

    unit   J = θ(a−w)²/2 + (1−θ)a²/2 + λw²/2 + γθ,                 p = w
    layer  J = θ(a−vw)²/2 + (1−θ)a²/2 + λ(v²+w²)/2 + γθ,          p = v·w
    θ̇ = r·g(p),   g(p) = a·p − p²/2 − γ   (the same in both models)

With c = √(a² − 2γ) (needs a² > 2γ), g > 0 exactly for p ∈ (a−c, a+c).

    saddle      unit  w_s = a − c, θ_s = λ·w_s/c        layer  p_s = a − c, θ_s = λ/c
    kept        unit  w* = a/(1+λ), stable iff a²(1+2λ)/(2(1+λ)²) > γ
                layer v = w = √(a−λ), stable iff (a² − λ²)/2 > γ
    pruned      p = 0, θ = 0, always stable for γ > 0, λ > 0

Energy (u = a − p):  E = θ²/2 + (r/2)·Φ(u),   dE = λ·k(p)·dθ along every trajectory,
    unit   Φ(u) = c²·ln u − u²/2,                               k = p/(a − p)
    layer  Φ(u) = [u + (c²/a)·ln u + (2γ/a)·ln(a − u)]/2,       k = 1/(a − p)
so E is conserved at λ = 0. Φ peaks at u = c; Δ(p0) = Φ(c) − Φ(a − p0) ≥ 0 is the
energy barrier from p0 to the saddle line. Bounding λ·k between k_lo and k_hi on each
quadrant around the saddle gives the certified regions (docs/dynamics.md, §4):

    Q1 (0 ≤ p0 < p_s, θ0 > θ_s): kept   if r·Δ < (θ0 − θ_s)²
                                 pruned if r·Δ > (θ0 − k_lo)² − (θ_s − k_lo)²
    Q3 (p_s < p0 < a, θ0 < θ_s): pruned if r·Δ < (θ_s − θ0)²
                                 kept   if r·Δ > (k_hi − θ0)² − (k_hi − θ_s)²
    D  (p_s ≤ p0 < a+c, θ0 > θ_s) kept;   D' (0 ≤ p0 ≤ p_s, θ0 < θ_s) pruned.

k_lo = 0 (unit), λ/a (layer); k_hi = λ·k(p0). At λ = 0 both Q1 bounds meet: the
critical ratio r* = θ0²/Δ(p0) is exact. Everything here is closed form and vectorized.
"""

from __future__ import annotations

import numpy as np

KINDS = ("unit", "layer")
KEPT, PRUNED, UNKNOWN = 1, 0, -1


def _kind(kind: str) -> str:
    if kind not in KINDS:
        raise ValueError(f"model kind must be one of {KINDS}, got {kind!r}")
    return kind


def kept_margin(a, gamma, lam, kind: str = "unit"):
    """Margin m with kept state existing and stable iff m > 0.

    unit: a²(1+2λ)/(2(1+λ)²) − γ;  layer: (a² − λ²)/2 − γ (and a > λ).
    """
    a, gamma, lam = (np.asarray(x, dtype=float) for x in (a, gamma, lam))
    if _kind(kind) == "unit":
        return a**2 * (1 + 2 * lam) / (2 * (1 + lam) ** 2) - gamma
    return np.where(np.abs(a) > lam, (a**2 - lam**2) / 2 - gamma, -np.inf)


def kept_state(a, lam, kind: str = "unit"):
    """Kept equilibrium on θ = 1: unit w* = a/(1+λ); layer p* = v*·w* = a − λ."""
    a, lam = np.asarray(a, dtype=float), np.asarray(lam, dtype=float)
    return a / (1 + lam) if _kind(kind) == "unit" else a - lam


def saddle(a, gamma, lam, kind: str = "unit"):
    """Interior saddle (p_s, θ_s) and c = √(a² − 2γ); NaN where a² ≤ 2γ."""
    a, gamma, lam = (np.asarray(x, dtype=float) for x in (a, gamma, lam))
    c2 = a**2 - 2 * gamma
    c = np.sqrt(np.where(c2 > 0, c2, np.nan))
    p_s = a - c
    theta_s = lam * p_s / c if _kind(kind) == "unit" else lam / c
    return p_s, theta_s, c


def potential(u, a, gamma, kind: str = "unit"):
    """Φ(u) of the energy E = θ²/2 + (r/2)Φ(u), u = a − p (see module docstring)."""
    u, a, gamma = (np.asarray(x, dtype=float) for x in (u, a, gamma))
    c2 = a**2 - 2 * gamma
    with np.errstate(divide="ignore", invalid="ignore"):
        if _kind(kind) == "unit":
            return c2 * np.log(u) - u**2 / 2
        return (u + (c2 / a) * np.log(u) + (2 * gamma / a) * np.log(a - u)) / 2


def barrier(p0, a, gamma, kind: str = "unit"):
    """Δ(p0) = Φ(c) − Φ(a − p0) ≥ 0 for 0 ≤ p0 < a (unit) or 0 < p0 < a (layer).

    Unit closed form: c²[(ρ² − 1)/2 − ln ρ] with ρ = (a − p0)/c.
    """
    _, _, c = saddle(a, gamma, 0.0, kind)
    return potential(c, a, gamma, kind) - potential(np.asarray(a) - p0, a, gamma, kind)


def critical_ratio_bounds(theta0, p0, a, gamma, lam, kind: str = "unit"):
    """Closed-form bounds (r_low, r_up) on the critical ratio η_θ/η_w from (p0, θ0) in Q1.

    r ≤ r_low: the structure survives (certified); r ≥ r_up: it is pruned (certified).
        r_low = (θ0 − θ_s)²/Δ(p0),   r_up = [(θ0 − k_lo)² − (θ_s − k_lo)²]/Δ(p0)
    Outside Q1 (where the ratio does not decide) both are NaN; r_low = r_up at λ = 0.
    For the layer model p0 = v0·w0 of a balanced start v0 = w0.
    """
    theta0, p0, a, gamma, lam = np.broadcast_arrays(
        *(np.asarray(x, dtype=float) for x in (theta0, p0, a, gamma, lam)))
    p_s, theta_s, _ = saddle(a, gamma, lam, kind)
    delta = barrier(p0, a, gamma, kind)
    k_lo = np.zeros_like(a) if kind == "unit" else lam / a
    q1 = (kept_margin(a, gamma, lam, kind) > 0) & (p0 >= 0) & (p0 < p_s) & (theta0 > theta_s)
    with np.errstate(divide="ignore", invalid="ignore"):
        r_low = np.where(q1, (theta0 - theta_s) ** 2 / delta, np.nan)
        r_up = np.where(q1, ((theta0 - k_lo) ** 2 - (theta_s - k_lo) ** 2) / delta, np.nan)
    return r_low, r_up


def classify(p0, theta0, a, gamma, lam, ratio, kind: str = "unit"):
    """Outcome the analysis certifies for a start (p0, θ0): KEPT=1, PRUNED=0, UNKNOWN=−1.

    Unit: p0 = w0. Layer: valid for balanced starts v0 = w0 (p0 = v0²), plus region D for
    any start with v0·w0 = p0 (the proof of D only needs v² + w² ≥ 2vw). All arguments
    broadcast (a > 0, γ > 0, λ ≥ 0, ratio > 0).
    """
    p0, theta0, a, gamma, lam, r = np.broadcast_arrays(
        *(np.asarray(x, dtype=float) for x in (p0, theta0, a, gamma, lam, ratio)))
    out = np.full(p0.shape, UNKNOWN, dtype=np.int8)
    stable = kept_margin(a, gamma, lam, kind) > 0
    a_ok = np.where(stable, a, 1.0)  # placeholder where there is no saddle
    p_s, th_s, c = saddle(a_ok, np.where(stable, gamma, 0.1), lam, kind)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        delta = barrier(np.clip(p0, 0.0, a_ok * (1 - 1e-15)), a_ok, gamma, kind)
        k_lo = np.zeros_like(a) if kind == "unit" else lam / a_ok
        k_hi = lam * (p0 / (a_ok - p0) if kind == "unit" else 1.0 / (a_ok - p0))
        rd = r * delta
        in_d = (p0 >= p_s) & (p0 < a_ok + c) & (theta0 > th_s)
        in_dp = (p0 >= 0) & (p0 <= p_s) & (theta0 < th_s)
        q1 = (p0 >= 0) & (p0 < p_s) & (theta0 > th_s)
        q3 = (p0 > p_s) & (p0 < a_ok) & (theta0 < th_s)
        out[in_d] = KEPT
        out[in_dp] = PRUNED
        out[q1 & (rd < (theta0 - th_s) ** 2)] = KEPT
        out[q1 & (rd > (theta0 - k_lo) ** 2 - (th_s - k_lo) ** 2)] = PRUNED
        out[q3 & (rd < (th_s - theta0) ** 2)] = PRUNED
        out[q3 & (rd > (k_hi - theta0) ** 2 - (k_hi - th_s) ** 2)] = KEPT
    out[~stable] = PRUNED  # every trajectory ends pruned (docs/dynamics.md §3)
    return out


def boundary_curves(p, a, gamma, lam, ratio, kind: str = "unit"):
    """θ0 on the two certified curves bracketing the separatrix, for each p in Q1 ∪ Q3.

    Returns (theta_kept_edge, theta_pruned_edge): above the first (Q1) / below the second
    (Q3) the outcome is certified; the separatrix lies between them. NaN outside.
    """
    p = np.asarray(p, dtype=float)
    p_s, th_s, _ = (float(x) for x in saddle(a, gamma, lam, kind))
    rd = ratio * barrier(np.clip(p, 0.0, a - 1e-300), a, gamma, kind)
    k_lo = 0.0 if kind == "unit" else lam / a
    with np.errstate(divide="ignore", invalid="ignore"):
        k_hi = lam * (p / (a - p) if kind == "unit" else 1.0 / (a - p))
        q1 = (p >= 0) & (p < p_s)
        q3 = (p > p_s) & (p < a)
        kept_edge = np.where(q1, th_s + np.sqrt(rd), np.nan)           # Q1: r·Δ = (θ0 − θ_s)²
        pruned_edge_q1 = k_lo + np.sqrt(rd + (th_s - k_lo) ** 2)
        pruned_edge_q3 = th_s - np.sqrt(rd)                             # Q3: r·Δ = (θ_s − θ0)²
        kept_edge_q3 = k_hi - np.sqrt((k_hi - th_s) ** 2 + rd)
    upper = np.where(q1, kept_edge, np.where(q3, kept_edge_q3, np.nan))
    lower = np.where(q1, pruned_edge_q1, np.where(q3, pruned_edge_q3, np.nan))
    return upper, lower


def warmup_time(theta0, p0, a, gamma, lam, kind: str = "unit"):
    """ODE time τ (= steps × η_w) with θ frozen at θ0 for p to grow from p0 to p_s.

    After it the state is in region D (kept, whatever the ratio). Closed forms:
        unit   τ = ln[(w_eq − w0)/(w_eq − w_s)]/(θ0 + λ),   w_eq = θ0·a/(θ0 + λ)
        layer  τ = ln[(K/p0 − 1)/(K/p_s − 1)]/(2(θ0·a − λ)),  K = a − λ/θ0   (logistic)
    (the layer time is for a balanced start and an upper bound for any v0·w0 = p0 > 0).
    0 if p0 ≥ p_s already; inf if θ0 ≤ θ_s (θ frozen there never lets p reach p_s).
    """
    theta0, p0, a, gamma, lam = np.broadcast_arrays(
        *(np.asarray(x, dtype=float) for x in (theta0, p0, a, gamma, lam)))
    p_s, th_s, _ = saddle(a, gamma, lam, kind)
    with np.errstate(divide="ignore", invalid="ignore"):
        if kind == "unit":
            w_eq = theta0 * a / (theta0 + lam)
            tau = np.log((w_eq - p0) / (w_eq - p_s)) / (theta0 + lam)
        else:
            big_k = a - lam / theta0
            tau = np.log((big_k / p0 - 1) / (big_k / p_s - 1)) / (2 * (theta0 * a - lam))
    tau = np.where(p0 >= p_s, 0.0, np.where(theta0 > th_s, tau, np.inf))
    return np.where(np.isnan(p_s), np.inf, tau)
