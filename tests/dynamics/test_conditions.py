"""pruning_conditions and the schedule helper, checked against integration."""

import numpy as np
import pytest

from spruce.dynamics import theory
from spruce.dynamics.conditions import (
    a_from_loss_gap,
    critical_ratio,
    pruning_conditions,
    recommended_schedule,
)
from spruce.dynamics.integrate import integrate_grid
from spruce.dynamics.models import Model


def test_safe_exactly_when_kept_state_is_not_stable():
    a = np.array([1.0, 0.6, 1.0, 0.2])
    pc = pruning_conditions(a, 0.1, 0.5, 0.1, 0.2, eta_w=0.1, eta_theta=0.2)
    margin = theory.kept_margin(a, 0.2, 0.1)
    assert np.array_equal(pc.safe, margin <= 0)
    assert np.array_equal(pc.kept_exists, margin > 0)
    assert np.all(pc.fate[pc.safe] == theory.PRUNED)


@pytest.mark.parametrize("kind", ["unit", "layer"])
def test_fate_matches_integration(kind):
    rng = np.random.default_rng(0)
    n = 40
    w = rng.uniform(0.0, 0.9, n)
    th = rng.uniform(0.05, 1.0, n)
    eta_w, eta_theta = 0.05, 0.5  # ratio 10
    pc = pruning_conditions(1.0, w, th, 0.1, 0.2, eta_w, eta_theta, kind=kind)
    m = Model(kind, 1.0, 0.2, 0.1, eta_theta / eta_w)
    sim = integrate_grid(m, m.state(w, th), t_max=300.0).outcome
    certain = pc.fate != theory.UNKNOWN
    assert certain.mean() > 0.8
    assert np.array_equal(pc.fate[certain], sim[certain])
    assert np.array_equal(pc.premature, pc.kept_exists & (pc.fate != theory.KEPT))


def test_recommended_schedule_keeps_the_structure_alive():
    for kind in ("unit", "layer"):
        sched = recommended_schedule(1.0, 0.2, 0.1, theta0=0.5, w0=0.02, eta_w=0.1, kind=kind)
        m = Model(kind, 1.0, 0.2, 0.1, float(sched["ratio_max"]))
        assert integrate_grid(m, m.state(0.02, 0.5), t_max=300).outcome == theory.KEPT
        too_fast = Model(kind, 1.0, 0.2, 0.1, 1.2 * float(sched["ratio_up"]))
        assert integrate_grid(too_fast, too_fast.state(0.02, 0.5),
                              t_max=300).outcome == theory.PRUNED
        assert sched["warmup_steps"] > 0
    low, up = critical_ratio(1.0, 0.2, 0.1, 0.5, 0.02, "layer")
    low_u, _ = critical_ratio(1.0, 0.2, 0.1, 0.5, 0.02, "unit")
    assert low < up and low < low_u


def test_after_warmup_any_ratio_is_safe():
    sched = recommended_schedule(1.0, 0.2, 0.1, theta0=0.5, w0=0.02, eta_w=0.1)
    tau = float(sched["warmup_steps"]) * 0.1
    w_eq = 0.5 / 0.6
    w_after = w_eq + (0.02 - w_eq) * np.exp(-0.6 * tau)  # θ frozen during warm-up
    pc = pruning_conditions(1.0, w_after, 0.5, 0.1, 0.2, eta_w=0.1, eta_theta=100.0)
    assert pc.fate == theory.KEPT and np.isinf(pc.max_ratio)


def test_a_from_loss_gap_inverts_the_unit_model():
    a, p = 1.3, np.array([0.1, 0.5, 1.0])
    gap = a * p - p**2 / 2
    assert np.allclose(a_from_loss_gap(gap, p), a)
    with pytest.raises(ValueError, match="nonzero"):
        a_from_loss_gap(0.1, 0.0)


def test_bad_inputs():
    with pytest.raises(ValueError, match="eta_theta"):
        pruning_conditions(1.0, 0.1, 0.5, 0.1, 0.2, 0.1, 0.0)
    with pytest.raises(ValueError, match="theta"):
        pruning_conditions(1.0, 0.1, 1.5, 0.1, 0.2, 0.1, 0.1)
    with pytest.raises(ValueError, match="kind"):
        pruning_conditions(1.0, 0.1, 0.5, 0.1, 0.2, 0.1, 0.1, kind="block")
