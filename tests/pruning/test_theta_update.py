"""The θ update of spruce.Bernoulli: projected Adam step with the pull, the target floor,
γ's dual step."""

from __future__ import annotations

import math

import torch

from spruce.pruning import theta_update as tu


def _linear_macs(weights: list[torch.Tensor]):
    """E[MACs] = Σ w·θ: monotone in every θ, as the cost polynomial is."""
    return lambda thetas: sum((w * t).sum() for w, t in zip(weights, thetas, strict=True))


def test_adam_pull_step_projects_keeps_zero_absorbing_and_pulls():
    theta = torch.tensor([0.0, 0.5, 0.99, 0.02])
    moments = torch.zeros(2, 4)
    grad = torch.tensor([-5.0, 1.0, -1.0, 1.0])
    tu.adam_pull_step([theta], [moments], [grad], steps=1, lr=0.1, kappa=0.0, tau=0.5)
    # Adam's first step moves each coordinate by ~lr against its gradient's sign
    assert theta[0] == 0.0  # θ = 0 stays 0 whatever its gradient
    assert math.isclose(float(theta[1]), 0.4, abs_tol=1e-6)
    assert float(theta[2]) == 1.0 and float(theta[3]) == 0.0  # projected on [0, 1]
    assert moments.abs().sum() > 0
    # a pull of κ > 1 wins over any gradient: every gate heads away from τ
    theta = torch.tensor([0.6, 0.4])
    tu.adam_pull_step([theta], [torch.zeros(2, 2)], [torch.tensor([1.0, -1.0])], steps=1,
                      lr=0.1, kappa=2.0, tau=0.5)
    assert float(theta[0]) > 0.6 and float(theta[1]) < 0.4


def test_keep_above_scales_only_the_decreases_to_stay_above_the_floor():
    w = [torch.tensor([1.0, 1.0, 1.0, 1.0])]
    before = [torch.tensor([0.5, 0.5, 0.5, 0.5])]  # E = 2.0
    theta = [torch.tensor([0.1, 0.1, 0.1, 0.9])]  # E = 1.2: below the floor 1.75
    tu.keep_above(theta, before, _linear_macs(w), floor=1.75)
    e = float(_linear_macs(w)(theta))
    assert 1.75 <= e < 2.1  # s = ½ (E = 1.8) is the largest grid value above the floor
    assert math.isclose(float(theta[0][3]), 0.9, abs_tol=1e-7)  # the increase, whole
    # the decreases were scaled alike, by the largest grid value that allows the floor
    d = before[0][:3] - theta[0][:3]
    assert torch.allclose(d, d[0].expand(3)) and float(d[0]) > 0
    # a step that stays above the floor is left as it was
    theta = [torch.tensor([0.45, 0.5, 0.5, 0.5])]
    tu.keep_above(theta, before, _linear_macs(w), floor=1.75)
    assert math.isclose(float(theta[0][0]), 0.45, abs_tol=1e-7)
    # no grid value reaches the floor: only the increases remain
    theta = [torch.tensor([0.0, 0.0, 0.0, 0.6])]
    tu.keep_above(theta, before, _linear_macs(w), floor=3.0)
    assert torch.allclose(theta[0], torch.tensor([0.5, 0.5, 0.5, 0.6]))


def test_dual_gamma_grows_above_the_target_and_shrinks_below():
    g = torch.tensor(1.0, dtype=torch.float64)
    up = tu.dual_gamma(g, torch.tensor(0.8), 0.5, 20.0, 100.0)
    down = tu.dual_gamma(g, torch.tensor(0.3), 0.5, 20.0, 100.0)
    assert math.isclose(float(up), math.exp(0.06), rel_tol=1e-6)
    assert math.isclose(float(down), math.exp(-0.04), rel_tol=1e-6)
    # γ never sticks at 0: the step restarts from 10⁻³
    assert float(tu.dual_gamma(torch.tensor(0.0), torch.tensor(0.9), 0.5, 20.0, 1.0)) > 0


def test_threshold_for_finds_the_smallest_tau_that_keeps_the_budget():
    theta = torch.tensor([0.1, 0.3, 0.6, 0.9, 1.0])

    def macs_at(tau):
        return (theta > tau).double().sum()  # one MAC per open gate

    tau = tu.threshold_for(macs_at, 2.0, "cpu")  # keep at most 2 gates: τ just ≥ 0.6
    assert 0.6 <= float(tau) < 0.6 + 2 ** -9 and float(macs_at(tau)) == 2.0
    # gates at 1 stay even when the budget cannot be met
    tau = tu.threshold_for(macs_at, 0.0, "cpu")
    assert float(tau) < 1.0 and float(macs_at(tau)) == 1.0
    assert float(tu.threshold_for(macs_at, 10.0, "cpu")) <= 2 ** -10
