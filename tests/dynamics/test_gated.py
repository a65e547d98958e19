"""Units sharing a gated layer: integration confirms the layer needs Σ (A_i − γ_i) > γ_L."""

import numpy as np
import pytest

from spruce.dynamics.gated import GatedLayer


def _settle(layer: GatedLayer, kept, theta_layer=0.97):
    x0 = layer.state(kept, theta_layer)
    n = layer.n
    x0[n:2 * n] = np.where(kept, 0.97, 0.03)  # gates nudged off the faces
    x0[:n] *= 0.95
    return layer.integrate(x0, t_max=40.0)


def test_layer_stays_iff_its_kept_units_pay_for_it():
    rng = np.random.default_rng(4)
    seen = set()
    tried = 0
    while tried < 8:
        a = rng.uniform(0.6, 1.4, 3)
        gam = rng.uniform(0.05, 0.4, 3)
        layer = GatedLayer(tuple(a), tuple(gam), gamma_layer=float(rng.uniform(0.05, 1.2)),
                           lam=0.1, ratio=2.0)
        kept, layer_ok = layer.stable_pattern()
        margins = layer.unit_value() - gam
        if abs(margins[kept].sum() - layer.gamma_layer) < 0.05 or np.min(np.abs(margins)) < 0.05:
            continue  # too close to a bifurcation to settle within the horizon
        tried += 1
        x = _settle(layer, kept)
        n = layer.n
        if layer_ok:
            assert x[2 * n] == 1.0
            assert np.all(x[n:2 * n][kept] == 1.0) and np.all(x[n:2 * n][~kept] == 0.0)
            assert np.allclose(x[:n][kept], a[kept] / 1.1, atol=1e-4)
        else:
            assert x[2 * n] == 0.0
        seen.add(layer_ok)
    assert seen == {True, False}  # both verdicts were exercised


def test_unit_alone_worth_keeping_still_dies_with_its_layer():
    # one unit: A − γ_u > 0 (would survive alone) but A − γ_u < γ_L (cannot carry the layer)
    layer = GatedLayer((1.0,), (0.2,), gamma_layer=0.4, lam=0.1, ratio=1.0)
    margin = layer.unit_value()[0] - 0.2
    assert 0 < margin < 0.4
    x = _settle(layer, np.array([True]))
    assert x[2] == 0.0  # the layer closes ...
    assert x[0] < 0.1  # ... the weight decays (from 0.86) ...
    assert x[1] > 0.5  # ... and the unit gate is left frozen where it was (θ̇_u ∝ θ_L)


def test_path_dependence_a_subset_cannot_hold_the_layer():
    layer = GatedLayer((1.0, 1.0), (0.2, 0.2), gamma_layer=0.4, lam=0.1, ratio=1.0)
    m = layer.unit_value() - 0.2
    assert m[0] < 0.4 < m.sum()
    both = _settle(layer, np.array([True, True]))
    one = _settle(layer, np.array([True, False]))
    assert both[4] == 1.0 and one[4] == 0.0


def test_bad_gated_inputs():
    with pytest.raises(ValueError, match="equal-length"):
        GatedLayer((1.0, 2.0), (0.1,), 0.1)
    with pytest.raises(ValueError, match="> 0"):
        GatedLayer((1.0,), (0.1,), 0.0)
    with pytest.raises(ValueError, match="entries"):
        GatedLayer((1.0,), (0.1,), 0.1).integrate(np.zeros(4))
