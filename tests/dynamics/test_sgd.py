"""SGD with sampled gates follows the ODE: the distance shrinks with the step size."""

import numpy as np
import pytest

from spruce.dynamics.models import Model
from spruce.dynamics.sgd import sgd_paths, tracking_error


@pytest.mark.parametrize(("kind", "x0", "ratio"), [("unit", [0.05, 0.8], 2.0),
                                                   ("layer", [0.3, 0.3, 0.8], 1.0)])
def test_sgd_tracks_ode_better_with_smaller_steps(kind, x0, ratio):
    m = Model(kind, 1.0, 0.2, 0.1, ratio)
    res = tracking_error(m, x0, [0.04, 0.01, 0.0025], horizon=6.0, seeds=80)
    err = res["error"]
    assert err[0] > err[1] > err[2]
    assert err[2] < 0.6 * err[0]
    assert 0.25 < res["slope"] < 0.75  # O(√η) from stochastic approximation


def test_sgd_gates_stay_in_the_box_and_mean_follows_drift():
    m = Model("unit", 1.0, 0.2, 0.1, 2.0)
    tau, paths = sgd_paths(m, [0.05, 0.8], 0.01, 2.0, seeds=50, rng=3)
    assert paths.shape == (201, 50, 2)
    assert np.all((paths[..., -1] >= 0) & (paths[..., -1] <= 1))
    assert np.isclose(tau[-1], 2.0)
    assert paths[-1, :, 0].mean() > 0.05  # the weight grows on average (ẇ > 0 here)


def test_bad_step():
    with pytest.raises(ValueError, match="eta_w"):
        sgd_paths(Model("unit"), [0.1, 0.5], 0.0, 1.0)
