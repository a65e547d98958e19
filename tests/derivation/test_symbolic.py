"""The sympy derivation: its steps, its results at hand-computed points, its printing."""

from __future__ import annotations

import math

import pytest
import sympy as sp

from spruce.derivation.symbolic import render_step


def _value(d, expr, W, alpha, M):
    """expr at a concrete vector W (exact rationals), β = 1 − α."""
    s = d.sym
    W = [sp.Rational(w) for w in W]
    n2 = sp.sqrt(sum(w * w for w in W))
    ninf = max(abs(w) for w in W)
    out = d.in_alpha(expr).subs({s.W2: n2, s.Winf: ninf, s.alpha: sp.Rational(alpha),
                                 s.M: sp.Rational(M)})
    return float(out)


def test_steps_come_in_the_order_of_the_derivation(derivation):
    titles = [s.title for s in derivation.steps]
    order = ["Group MIP", "Big-M relaxation", "Perspective reformulation", "Convexity in y",
             "Stationary point", "Projection", "Case 1", "Case 2", "Case 3", "Closed form",
             "Perspective cut"]
    positions = [next(i for i, t in enumerate(titles) if t.startswith(o)) for o in order]
    assert positions == sorted(positions)
    assert all(step.text for step in derivation.steps)


def test_stationary_point_and_cases_are_the_known_formulas(derivation):
    s = derivation.sym
    r = sp.sqrt(s.alpha / s.beta)
    assert sp.simplify(derivation.stationary - r * s.W2) == 0
    z1, z2, z3 = (c.z for c in derivation.cases)
    assert sp.simplify(z1 - (s.alpha * s.W2**2 + s.beta)) == 0
    assert sp.simplify(z2 - 2 * sp.sqrt(s.alpha * s.beta) * s.W2) == 0
    assert sp.simplify(z3 - (s.alpha * s.M * s.W2**2 / s.Winf + s.beta * s.Winf / s.M)) == 0
    assert [c.regime for c in derivation.cases] == [1, 2, 3]


@pytest.mark.parametrize("W, alpha, M, z, y", [
    # regime 2: α = 1/2 gives r = 1; ‖W‖₂ = 1/2, ‖W‖∞/M = 0.3 ≤ 1/2: z = 2·(1/2)·(1/2)
    (["3/10", "2/5"], "1/2", "1", 0.5, 0.5),
    # regime 3: ‖W‖₂² = 1/10, ‖W‖∞/M = 0.6 > √0.1: z = ½·½·0.1/0.3 + ½·0.6
    (["3/10", "1/10"], "1/2", "1/2", 0.5 * 0.5 * 0.1 / 0.3 + 0.3, 0.6),
    # regime 1: r‖W‖₂ = √1.62 ≥ 1: z = ½·1.62 + ½
    (["9/10", "9/10"], "1/2", "1", 1.31, 1.0),
    # regime 1 through ‖W‖∞ = M: z = α‖W‖² + β
    (["1/4"], "1/10", "1/4", 0.1 / 16 + 0.9, 1.0),
])
def test_closed_form_at_hand_computed_points(derivation, W, alpha, M, z, y):
    d = derivation
    assert math.isclose(_value(d, d.closed_form(), W, alpha, M), z, rel_tol=1e-12)
    assert math.isclose(_value(d, d.y_star, W, alpha, M), y, rel_tol=1e-12)


def test_with_case_and_with_cut_return_modified_copies(derivation):
    s = derivation.sym
    wrong = derivation.with_case(2, z=s.W2)
    assert wrong.cases[1].z == s.W2 and derivation.cases[1].z != s.W2
    assert wrong.cases[0] == derivation.cases[0]
    assert derivation.with_cut(s.y).cut == s.y
    with pytest.raises(ValueError, match="regime"):
        derivation.with_case(4, z=s.W2)
    assert not derivation.all_passed  # no checks have run on the bare derivation


def test_render_pretty_and_latex(derivation):
    closed = next(st for st in derivation.steps if st.title.startswith("Closed form"))
    pretty = render_step(closed, derivation.sym)
    assert "‖W‖₂" in pretty and "otherwise" in pretty and "\n" in pretty
    latex = render_step(closed, derivation.sym, latex=True)
    assert r"\begin{cases}" in latex and r"\|W\|_\infty" in latex and "‖" not in latex
    proj = next(st for st in derivation.steps if st.title.startswith("Projection"))
    assert "min" in render_step(proj, derivation.sym) and "Min(" not in render_step(
        proj, derivation.sym)
