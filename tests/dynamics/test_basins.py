"""Analysis vs numerical basins: ≥ 99% agreement where the analysis certifies the outcome."""

import numpy as np
import pytest

from spruce.dynamics import theory
from spruce.dynamics.basins import agreement, basin_map
from spruce.dynamics.models import Model

CASES = [
    ("unit", "unit", 1.0, 0.2, 0.1, 20.0),
    ("unit", "unit", 1.0, 0.2, 0.0, 5.0),
    ("unit", "unit", 1.5, 0.5, 0.3, 2.0),
    ("layer", "layer", 1.0, 0.2, 0.1, 20.0),
    ("layer", "layer", 1.2, 0.3, 0.05, 3.0),
    ("layer", "layer_vw", 1.0, 0.2, 0.1, 5.0),
]


@pytest.mark.parametrize(("kind", "sl", "a", "gamma", "lam", "ratio"), CASES)
def test_analysis_agrees_with_integration(kind, sl, a, gamma, lam, ratio):
    m = Model(kind, a, gamma, lam, ratio)
    xr = (0.0, 1.5 * a) if sl == "unit" else ((0.0, 1.2 * np.sqrt(a)) if sl == "layer"
                                             else (-1.3, 1.3))
    yr = (0.0, 1.0) if sl != "layer_vw" else (-1.3, 1.3)
    bmap = basin_map(m, sl, 60, xr, yr, theta0=0.8)
    agr = bmap.agreement(margin=1)
    assert agr["undecided"] == 0.0
    assert agr["agree"] >= 0.99
    assert agr["compared"] > (0.85 if sl != "layer_vw" else 0.2)
    # both outcomes occur, so the check is not vacuous
    assert {theory.KEPT, theory.PRUNED} <= set(np.unique(bmap.numeric).tolist())


def test_band_is_thin_for_units_and_empty_at_zero_decay():
    thin = basin_map(Model("unit", 1.0, 0.2, 0.1, 20.0), "unit", 80).agreement()
    assert thin["band"] < 0.03
    exact = basin_map(Model("unit", 1.0, 0.2, 0.0, 20.0), "unit", 80)
    # at λ = 0 only the θ0 = 0 row (θ0 = θ_s = 0 exactly) is left uncertified
    assert np.all(exact.predicted[1:] != theory.UNKNOWN)
    assert exact.agreement(margin=0)["agree"] >= 0.99


def test_everything_pruned_when_kept_state_is_unstable():
    m = Model("unit", 1.0, 0.47, 0.5, 1.0)
    bmap = basin_map(m, "unit", 30, t_max=600.0)
    assert np.all(bmap.numeric == theory.PRUNED)
    assert np.all(bmap.predicted == theory.PRUNED)


def test_agreement_counts_disagreements_and_margin():
    pred = np.array([[1, 1, 1, 0, 0, 0]] * 3, dtype=np.int8)
    num = pred.copy()
    num[1, 0] = 0
    res = agreement(num, pred, margin=0)
    assert res["disagree"] == 1 and np.isclose(res["agree"], 17 / 18)
    res1 = agreement(num, pred, margin=1)
    assert res1["compared"] < res["compared"]


def test_basin_map_rejects_mismatched_slice():
    with pytest.raises(ValueError, match="slice"):
        basin_map(Model("unit"), "layer", 10)
    with pytest.raises(ValueError, match="n"):
        basin_map(Model("unit"), "unit", 1)


@pytest.mark.parametrize("kind", ["unit", "layer"])
def test_numerical_separatrix_lies_in_the_certified_band(kind):
    from spruce.dynamics.integrate import integrate_grid, separatrix

    m = Model(kind, 1.0, 0.2, 0.1, 10.0)
    branches = separatrix(m)
    assert len(branches) == 2
    pts = np.concatenate(branches)
    p = pts[:, 0] if kind == "unit" else pts[:, 0] ** 2
    upper, lower = theory.boundary_curves(p, m.a, m.gamma, m.lam, m.ratio, kind)
    q1 = np.isfinite(upper) & (pts[:, 1] > 0.05) & (pts[:, 1] < 0.95)
    assert q1.sum() > 10
    assert np.all(pts[q1, 1] <= upper[q1] + 1e-6)
    assert np.all(pts[q1, 1] >= lower[q1] - 1e-6)
    # starts just either side of the separatrix end differently
    mid = pts[q1][len(pts[q1]) // 2]
    xs = np.array([mid[0] - 0.01, mid[0] + 0.01])
    out = integrate_grid(m, m.state(xs, mid[1])).outcome
    assert list(out) == [theory.PRUNED, theory.KEPT]
