"""Projected integration: solve_ivp with face events, and the bulk RK4 against it."""

import numpy as np
import pytest

from spruce.dynamics import theory
from spruce.dynamics.basins import validate_against_ivp
from spruce.dynamics.integrate import integrate_grid, integrate_ivp
from spruce.dynamics.models import Model


def test_ivp_stops_on_the_faces_and_continues_there():
    m = Model("unit", 1.0, 0.2, 0.1, 20.0)
    tr = integrate_ivp(m, [0.02, 0.6], t_max=100.0)
    assert tr.outcome == theory.PRUNED
    assert tr.events and tr.events[0][1] == "theta=0"
    assert np.all((tr.x[:, -1] >= 0) & (tr.x[:, -1] <= 1))
    # after reaching θ = 0 the weight decays as e^{−λτ} on the face
    t_hit = tr.events[0][0]
    after = tr.t > t_hit + 1
    w_hit = np.interp(t_hit, tr.t, tr.x[:, 0])
    assert np.allclose(tr.x[after, 0], w_hit * np.exp(-0.1 * (tr.t[after] - t_hit)), rtol=1e-5)
    kept = integrate_ivp(m, [0.5, 0.6], t_max=100.0)
    assert kept.outcome == theory.KEPT
    assert np.isclose(kept.x[-1, 0], 1.0 / 1.1, atol=1e-6)


def test_ivp_leaves_a_face_when_the_gate_gradient_turns():
    # start pinned at θ = 0 with a weight beyond w_s but decaying: θ̇ > 0 right away
    m = Model("unit", 1.0, 0.2, 0.1, 1.0)
    tr = integrate_ivp(m, [0.6, 0.0], t_max=50.0)
    assert tr.outcome == theory.KEPT
    assert tr.x[-1, -1] == 1.0


@pytest.mark.parametrize("kind", ["unit", "layer"])
def test_grid_rk4_agrees_with_solve_ivp_on_random_starts(kind):
    rng = np.random.default_rng(1)
    m = Model(kind, 1.0, 0.2, 0.1, 5.0)
    n = 25
    if kind == "unit":
        starts = np.column_stack([rng.uniform(0, 1.5, n), rng.uniform(0, 1, n)])
    else:
        starts = np.column_stack([rng.uniform(-1, 1.3, n), rng.uniform(-1, 1.3, n),
                                  rng.uniform(0, 1, n)])
    res = validate_against_ivp(m, starts, t_max=300.0)
    assert res["agree"] == 1.0
    assert res["max_state_error_t5"] < 1e-3


def test_grid_keeps_theta_in_the_box_and_accepts_per_start_parameters():
    m = Model("unit", 1.0, 0.2, 0.1, 1.0)
    x0 = m.state(np.full(4, 0.05), np.full(4, 0.9))
    res = integrate_grid(m, x0, t_max=200.0, ratios=[0.5, 1.0, 50.0, 100.0])
    assert list(res.outcome) == [theory.KEPT, theory.KEPT, theory.PRUNED, theory.PRUNED]
    assert np.all((res.x_final[:, -1] >= 0) & (res.x_final[:, -1] <= 1))
    gam = integrate_grid(m, x0, t_max=200.0, params={"gamma": [0.1, 0.2, 0.3, 0.49]})
    assert gam.outcome[0] == theory.KEPT and gam.outcome[-1] == theory.PRUNED


def test_bad_inputs_are_reported():
    m = Model("unit")
    with pytest.raises(ValueError, match="x0"):
        integrate_ivp(m, [0.1, 0.2, 0.3])
    with pytest.raises(ValueError, match="theta0"):
        integrate_ivp(m, [0.1, 1.5])
    with pytest.raises(ValueError, match="t_max"):
        integrate_grid(m, m.state(0.1, 0.5), t_max=0)
    with pytest.raises(ValueError, match="params"):
        integrate_grid(m, m.state(0.1, 0.5), params={"beta": 1.0})
    with pytest.raises(ValueError, match="ratio"):
        Model("unit", ratio=0.0)
    with pytest.raises(ValueError, match="gamma"):
        Model("layer", gamma=-1.0)
