"""Closed forms of spruce.dynamics.theory: saddle, barrier, bounds, certified regions."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spruce.dynamics import theory


def test_saddle_is_a_zero_of_both_rates():
    for kind in theory.KINDS:
        a, gamma, lam = 1.3, 0.3, 0.15
        p_s, th_s, c = theory.saddle(a, gamma, lam, kind)
        assert np.isclose(a * p_s - p_s**2 / 2 - gamma, 0)  # θ̇ = 0
        if kind == "unit":
            assert np.isclose(th_s * (a - p_s) - lam * p_s, 0)  # ẇ = 0
        else:
            assert np.isclose(th_s * (a - p_s) - lam, 0)  # ṡ = 0 on v = w
        assert np.isclose(c, np.sqrt(a**2 - 2 * gamma))


def test_no_saddle_without_room_for_profit():
    p_s, th_s, c = theory.saddle(0.5, 0.2, 0.1)
    assert np.isnan(p_s) and np.isnan(th_s) and np.isnan(c)


@settings(max_examples=40, deadline=None)
@given(st.floats(0.3, 3.0), st.floats(0.01, 0.9), st.floats(0.0, 0.99))
def test_barrier_unit_closed_form_and_sign(a, frac, t):
    gamma = frac * a**2 / 2  # a² > 2γ
    p_s, _, c = theory.saddle(a, gamma, 0.0)
    p0 = t * p_s
    rho = (a - p0) / c
    closed = c**2 * ((rho**2 - 1) / 2 - np.log(rho))
    got = theory.barrier(p0, a, gamma, "unit")
    assert np.isclose(got, closed, rtol=1e-9, atol=1e-12)
    assert got >= -1e-12


def test_layer_barrier_diverges_logarithmically_as_p0_goes_to_zero():
    a, gamma = 1.0, 0.2
    d = theory.barrier(np.array([1e-4, 1e-6, 1e-8]), a, gamma, "layer")
    steps = np.diff(d) / np.log(100.0)
    assert np.allclose(steps, gamma / a, rtol=1e-3)  # Δ ≈ (γ/a)·ln(1/p0)
    assert theory.barrier(0.0, a, gamma, "unit") < 1.0  # the unit's stays finite


@settings(max_examples=40, deadline=None)
@given(st.floats(0.5, 2.0), st.floats(0.05, 0.6), st.floats(0.0, 0.3), st.floats(0.3, 1.0),
       st.floats(0.0, 0.9), st.sampled_from(theory.KINDS))
def test_bounds_are_ordered_and_meet_at_zero_decay(a, frac, lam, theta0, t, kind):
    gamma = frac * a**2 / 2
    if theory.kept_margin(a, gamma, lam, kind) <= 0:
        return
    p_s, th_s, _ = theory.saddle(a, gamma, lam, kind)
    p0 = t * p_s + (1e-3 if kind == "layer" else 0.0) * (1 - t)
    low, up = theory.critical_ratio_bounds(theta0, p0, a, gamma, lam, kind)
    if theta0 <= th_s:
        assert np.isnan(low) and np.isnan(up)
        return
    assert 0 < low <= up * (1 + 1e-12)
    low0, up0 = theory.critical_ratio_bounds(theta0, p0, a, gamma, 0.0, kind)
    assert np.isclose(low0, up0)


def test_kept_unstable_means_everything_pruned():
    a, gamma, lam = 1.0, 0.47, 0.5  # a² > 2γ but a²(1+2λ)/(2(1+λ)²) < γ
    assert theory.kept_margin(a, gamma, lam) < 0 < a**2 - 2 * gamma
    w, th = np.meshgrid(np.linspace(0, 2, 11), np.linspace(0, 1, 11))
    assert np.all(theory.classify(w, th, a, gamma, lam, 1.0) == theory.PRUNED)


def test_classify_regions_and_curves_agree():
    a, gamma, lam, ratio = 1.0, 0.2, 0.1, 20.0
    p = np.linspace(0.0, 0.2, 50)
    upper, lower = theory.boundary_curves(p, a, gamma, lam, ratio)
    assert np.all(upper >= lower - 1e-12)  # kept edge sits above the pruned edge in Q1
    ok = upper < 0.98
    above = theory.classify(p[ok], upper[ok] + 0.01, a, gamma, lam, ratio)
    below = theory.classify(p[ok], lower[ok] - 0.01, a, gamma, lam, ratio)
    assert np.all(above == theory.KEPT)
    assert np.all(below[lower[ok] - 0.01 > 0] == theory.PRUNED)


def test_warmup_time_reaches_the_saddle():
    a, gamma, lam, theta0, w0 = 1.0, 0.2, 0.1, 0.5, 0.01
    tau = float(theory.warmup_time(theta0, w0, a, gamma, lam, "unit"))
    w_eq = theta0 * a / (theta0 + lam)
    w_tau = w_eq + (w0 - w_eq) * np.exp(-(theta0 + lam) * tau)  # frozen-θ solution
    assert np.isclose(w_tau, theory.saddle(a, gamma, lam)[0])
    assert theory.warmup_time(0.01, w0, a, gamma, lam) == np.inf  # θ0 below θ_s
    assert theory.warmup_time(theta0, 0.5, a, gamma, lam) == 0.0


def test_bad_kind_is_rejected():
    with pytest.raises(ValueError, match="kind"):
        theory.kept_margin(1.0, 0.2, 0.1, "channel")
