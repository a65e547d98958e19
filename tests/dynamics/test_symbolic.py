"""The sympy derivation: equilibria, Jacobians and stability of the unit, layer and gated models."""

import numpy as np
import pytest
import sympy as sp

from spruce.dynamics import symbolic, theory
from spruce.dynamics.symbolic import a, gam, lam, r

VALUES = [(1.0, 0.2, 0.1, 3.0), (2.0, 0.7, 0.3, 0.5), (0.8, 0.1, 0.0, 10.0)]


def test_unit_face_equilibria_and_kept_condition():
    u = symbolic.unit_analysis()
    assert u["pruned_w"] == [0]
    assert sp.simplify(u["pruned_theta_dot"] + gam * r) == 0  # outward: θ̇ = −rγ < 0
    assert sp.simplify(u["pruned_eigs"][0] + lam) == 0
    assert sp.simplify(u["kept_w"][0] - a / (1 + lam)) == 0
    assert sp.simplify(u["kept_eigs"][0] + 1 + lam) == 0
    closed = a**2 * (1 + 2 * lam) / (2 * (1 + lam) ** 2) - gam  # docs/dynamics.md
    assert sp.simplify(u["kept_margin"] - closed) == 0


def test_unit_interior_equilibrium_is_the_saddle_of_theory():
    u = symbolic.unit_analysis()
    for av, gv, lv, rv in VALUES:
        subs = {a: av, gam: gv, lam: lv, r: rv}
        p_s, th_s, _ = theory.saddle(av, gv, lv, "unit")
        pts = [(float(s[symbolic.w].subs(subs)), float(s[symbolic.th].subs(subs)))
               for s in u["interior"]]
        assert any(np.isclose(pw, p_s) and np.isclose(pt, th_s) for pw, pt in pts)
        dets = [float(d.subs(subs)) for d in u["interior_det"]]
        assert all(d < 0 for d in dets)  # determinant < 0: a saddle


def test_energy_identities_hold_symbolically():
    assert symbolic.unit_analysis()["energy_rate_residual"] == 0
    assert symbolic.layer_analysis()["energy_rate_residual"] == 0


def test_layer_equilibria_and_stability():
    lay = symbolic.layer_analysis()
    assert sp.simplify(lay["kept_s"][0] ** 2 - (a - lam)) == 0
    eigs = {sp.simplify(e) for e in lay["kept_eigs"]}
    assert eigs == {-2 * lam, 2 * lam - 2 * a}  # both < 0 when a > λ
    assert sp.simplify(lay["kept_margin"] - ((a**2 - lam**2) / 2 - gam)) == 0
    assert set(lay["origin_eigs_theta1"]) == {a - lam, -a - lam}  # saddle at v = w = 0
    assert lay["interior_residual"] == [0, 0, 0]
    assert lay["interior_antisym_residual"] == sp.zeros(3, 1)
    assert lay["balanced_check"] == 0
    for av, gv, lv, rv in VALUES:
        det = float(lay["interior_det_balanced"].subs({a: av, gam: gv, lam: lv, r: rv}))
        assert det < 0


def test_symbolic_margins_match_numeric_theory():
    u, lay = symbolic.unit_analysis(), symbolic.layer_analysis()
    for av, gv, lv, _ in VALUES:
        subs = {a: av, gam: gv, lam: lv}
        assert np.isclose(float(u["kept_margin"].subs(subs)),
                          theory.kept_margin(av, gv, lv, "unit"))
        assert np.isclose(float(lay["kept_margin"].subs(subs)),
                          theory.kept_margin(av, gv, lv, "layer"))


def test_gated_units_layer_needs_the_sum_of_unit_values():
    g = symbolic.gated_units_analysis(2)
    (_, gi, _, _), (_, gl) = g["units"], g["layer"]
    assert g["weight_residual_kept"] == [0, 0]
    value = g["unit_value"]
    for k in range(2):
        assert sp.simplify(g["kept_rates"][k] - (value[k] - gi[k])) == 0
    layer_rate = value[0] - gi[0] + value[1] - gi[1] - gl
    assert sp.simplify(g["kept_rates"][2] - layer_rate) == 0
    # with the layer pruned the unit gates feel nothing and the layer gate keeps falling
    assert g["pruned_layer_rates"][:2] == [0, 0]
    assert sp.simplify(g["pruned_layer_rates"][2]).subs(
        {gl: 1, gi[0]: 1, gi[1]: 1, symbolic.r: 1, sp.Symbol("theta1", real=True): 0.5,
         sp.Symbol("theta2", real=True): 0.5}) < 0


def test_gated_units_rejects_bad_n():
    with pytest.raises(ValueError, match="n"):
        symbolic.gated_units_analysis(0)
