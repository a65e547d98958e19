"""Lower convex hull, the lambdified closed form, and the sample generator."""

from __future__ import annotations

import numpy as np
import pytest

from spruce import penalties
from spruce.derivation.numeric import ClosedForm, envelope_on_grid, lower_hull
from spruce.derivation.samples import KINDS, make_samples


def test_lower_hull_of_known_points():
    hx, hf = lower_hull(np.array([0.0, 1.0, 2.0, 3.0]), np.array([0.0, 2.0, 1.0, 3.0]))
    assert hx.tolist() == [0.0, 2.0, 3.0] and hf.tolist() == [0.0, 1.0, 3.0]
    hx, _ = lower_hull(np.array([0.0, 1.0, 2.0]), np.array([0.0, 1.0, 2.0]))  # collinear
    assert hx.tolist() == [0.0, 2.0]


def test_envelope_of_convex_function_is_itself_and_of_l0_is_abs():
    x = np.linspace(-1, 1, 201)
    assert np.allclose(envelope_on_grid(x, x**2), x**2, atol=0)
    x[100] = 0.0
    f = (x != 0).astype(float)  # [x ≠ 0] on [−1, 1]: its envelope is |x|
    assert np.allclose(envelope_on_grid(x, f), np.abs(x), atol=1e-15)


@pytest.mark.parametrize("x, f, match", [
    ([0.0, 2.0, 1.0], [0.0, 0.0, 0.0], "increasing"),
    ([0.0], [1.0], "length"),
    ([0.0, 1.0], [1.0, 2.0, 3.0], "length"),
])
def test_lower_hull_rejects_bad_input(x, f, match):
    with pytest.raises(ValueError, match=match):
        lower_hull(np.array(x), np.array(f))


def test_closed_form_broadcasts_and_handles_zero(derivation):
    cf = ClosedForm(derivation)
    z, y, reg = cf(np.array([0.0, 0.5, 2.0]), np.array([0.0, 0.3, 1.5]), 0.5, 1.0)
    assert reg.tolist() == [0, 2, 1]
    assert z[0] == 0.0 and y[0] == 0.0
    assert np.isclose(z[1], 0.5) and np.isclose(z[2], 0.5 * 4 + 0.5)
    z1, _, reg1 = cf(0.5, 0.3, 0.5, 1.0)
    assert z1.shape == () and reg1 == 2


def test_samples_cover_every_kind_and_regime(samples):
    assert set(np.unique(samples.kind)) == set(KINDS)
    assert set(np.unique(samples.size)) == {1, 2, 3, 5, 16, 64}
    on_box = np.isin(samples.kind, ("b13", "b123"))
    assert (samples.inf[on_box] == samples.M[on_box]).all()
    assert (samples.inf[samples.kind == "out"] > samples.M[samples.kind == "out"]).all()
    assert (samples.sq[samples.kind == "zero"] == 0).all()
    assert (samples.inf <= np.sqrt(samples.sq) * (1 + 1e-12)).all()  # ‖W‖∞ ≤ ‖W‖₂
    for kind, regime in (("r1", 1), ("r2", 2), ("r3", 3), ("out", 1)):
        m = samples.kind == kind
        regs = [penalties.spr_regime(samples.sq[m & (samples.alpha == a)],
                                     samples.inf[m & (samples.alpha == a)], float(a),
                                     samples.M[m & (samples.alpha == a)])
                for a in np.unique(samples.alpha[m])]
        assert (np.concatenate(regs) == regime).all(), kind


def test_samples_are_reproducible_and_validated():
    a, b, c = make_samples(200, seed=5), make_samples(200, seed=5), make_samples(200, seed=6)
    assert np.array_equal(a.sq, b.sq) and np.array_equal(a.M, b.M)
    assert not np.array_equal(a.sq, c.sq)
    with pytest.raises(ValueError, match="count"):
        make_samples(50)
