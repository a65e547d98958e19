"""Critical ratio r*: numerical value inside the closed-form bracket; layers at greater risk."""

import numpy as np
import pytest

from spruce.dynamics.premature import critical_ratio, multi_sweep, sweep


def test_numeric_critical_ratio_inside_bracket():
    res = critical_ratio("unit", 1.0, 0.2, 0.1, theta0=[0.5, 1.0, 0.8], w0=[0.01, 0.01, 0.15])
    tol = res["r_hi"] / res["r_lo"]  # resolution of the numerical bracket
    assert np.all(res["r_star"] >= res["bound_low"] / tol)
    assert np.all(res["r_star"] <= res["bound_up"] * tol)
    assert not res["non_monotone"].any()


@pytest.mark.parametrize("kind", ["unit", "layer"])
def test_zero_decay_bound_is_exact(kind):
    res = critical_ratio(kind, 1.0, 0.2, 0.0, theta0=[0.5, 0.9], w0=[0.05, 0.1])
    assert np.allclose(res["bound_low"], res["bound_up"])
    assert np.allclose(res["r_star"], res["bound_low"], rtol=0.01)


def test_layers_are_at_greater_risk_than_units():
    w0 = np.array([0.003, 0.03, 0.1])
    unit = sweep("unit", "w0", w0, {"a": 1.0, "gamma": 0.2, "lam": 0.1, "theta0": 0.5})
    layer = sweep("layer", "w0", w0, {"a": 1.0, "gamma": 0.2, "lam": 0.1, "theta0": 0.5})
    assert np.all(layer["r_star"] < unit["r_star"] / 5)
    assert np.all(np.diff(layer["r_star"]) > 0)  # smaller start, smaller tolerated ratio


def test_multi_sweep_matches_single_sweeps():
    base = {"a": 1.0, "gamma": 0.2, "lam": 0.1, "theta0": 0.6, "w0": 0.05}
    grids = {"gamma": [0.15, 0.25], "theta0": [0.4, 0.9]}
    many = multi_sweep("unit", grids, base, n=20)
    one = sweep("unit", "gamma", grids["gamma"], base, n=20)
    assert [s["param"] for s in many] == ["gamma", "theta0"]
    assert np.allclose(many[0]["r_star"], one["r_star"])
    assert many[1]["r_star"][1] > many[1]["r_star"][0]  # larger θ0 tolerates more


def test_bad_arguments():
    with pytest.raises(ValueError, match="r_range"):
        critical_ratio("unit", 1.0, 0.2, 0.1, 0.5, 0.01, r_range=(1.0, 0.1))
    with pytest.raises(ValueError, match="param"):
        sweep("unit", "beta", [1.0], {})
