import itertools

import numpy as np
import pytest

from spruce.mip import solve
from spruce.mip.oa import outer_approximation
from spruce.mip.problem import GroupPruningProblem, row_groups, synthetic
from spruce.mip.qp import FixedSupportQP


def test_oa_matches_brute_force(small_instances, brute):
    budget = synthetic(n=30, groups=5, group_size=2, lam=0.05, k=2, seed=3)
    for pb in (small_instances[0], budget):
        best = brute(pb)
        for form in ("bigm", "perspective"):
            res = outer_approximation(pb, form, time_limit=60)
            assert res.status == "optimal"
            assert abs(res.objective - best) <= 1e-9 * max(1, abs(best))
            assert res.bound <= res.objective + 1e-12


def test_logistic_oa_exact():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(50, 5))
    lab = (X[:, 0] + X[:, 1] > 0).astype(int) + (X[:, 2] > 1)
    X1 = np.hstack([X, np.ones((50, 1))])  # free intercept row
    pb = GroupPruningProblem(X1, lab, row_groups(5, 3), lam=0.05, M=5.0, loss="logistic")
    assert pb.free.size == 3
    fixed = FixedSupportQP(pb)  # the one fixed-support solver, L-BFGS-B for this loss
    best = min(fixed.solve(np.array(c))[0] for c in itertools.product([0, 1], repeat=5))
    res = solve(pb, "perspective", method="oa", time_limit=60)
    assert res.method == "oa" and res.status == "optimal"
    assert res.nodes == 0 and res.rounds >= 1
    assert abs(res.objective - best) <= 1e-6 * abs(best)
    bnb = solve(pb, "perspective", time_limit=60)  # "auto": branch-and-bound for every loss
    assert bnb.method == "bnb" and bnb.status == "optimal"
    assert abs(bnb.objective - res.objective) <= 1e-6 * abs(best)


# the 3-group instance of docs/reliability.md finding 1 (n = 1, p = 3): optimum 0.000670
TINY = dict(X=np.array([[0.23886608, -0.99354207, -0.24619597]]), Y=np.array([[0.57028098]]),
            groups=[[1], [2], [0]], lam=0.001, alpha=0.799762567624449, M=0.5)


@pytest.mark.parametrize("formulation", ["bigm", "perspective"])
def test_oa_closes_the_gap_on_a_tiny_objective(formulation, brute):
    """Finding 5: unscaled, the master's cut at its own point was violated by 1.3e-7, inside
    HiGHS's tolerance, so OA repeated that point for ~200 rounds without closing the gap.
    With the cut rows scaled by 1/|UB| it closes in a handful of rounds."""
    pb = GroupPruningProblem(**TINY)
    rounds = []
    res = outer_approximation(pb, formulation, time_limit=20,
                              callback=lambda info: rounds.append(info))
    best = brute(pb)
    assert res.status == "optimal", res.message
    assert res.objective == pytest.approx(best, rel=1e-9)
    assert res.bound <= res.objective and res.gap <= 1e-6
    assert res.rounds == len(rounds) <= 10 and res.nodes == 0
    lows = [r["lower"] for r in rounds]
    assert lows == sorted(lows) and all(r["upper"] >= best * (1 - 1e-12) for r in rounds)


def test_oa_stall_is_reported_not_spun():
    """gap_tol = 0 cannot be met in floating point: OA says the master stalled, with a valid
    incumbent and bound, long before its time limit."""
    pb = GroupPruningProblem(**TINY)
    res = outer_approximation(pb, "perspective", gap_tol=0.0, time_limit=30)
    assert res.status == "error" and "stalled" in res.message
    assert res.rounds < 50  # stopped by the stall check, not by the 30 s limit (status "error")
    assert res.bound <= res.objective == pytest.approx(pb.objective(res.W.reshape(-1)))


@pytest.mark.parametrize("k", [1, 3])
def test_oa_ctrl_c_returns_incumbent_and_last_master_bound(k, brute):
    """A KeyboardInterrupt in round k (from the round callback) returns status "interrupted",
    the incumbent with its own objective, and the last master bound (≤ the optimum)."""
    pb = synthetic(n=40, groups=8, group_size=3, lam=0.1, seed=1)
    seen = []

    def stop(info):
        seen.append(info)
        if info["round"] == k:
            raise KeyboardInterrupt

    res = outer_approximation(pb, "perspective", time_limit=60, callback=stop)
    assert res.status == "interrupted" and not res.success
    assert f"after {k} master rounds" in res.message
    assert res.rounds == k == len(seen)
    w = res.W.reshape(-1)
    assert res.objective == pytest.approx(pb.objective(w), rel=1e-12)
    assert res.objective == pytest.approx(seen[-1]["upper"], rel=1e-9)
    assert res.bound == pytest.approx(seen[-1]["lower"], rel=1e-12)
    opt = brute(pb)
    assert res.bound <= opt * (1 + 1e-9) <= res.objective * (1 + 2e-9)
    for j, g in enumerate(pb.groups):  # feasible: pruned groups are exactly zero
        if res.y[j] < 0.5:
            assert not np.any(w[g])


def test_oa_ctrl_c_before_any_master_keeps_w_zero(monkeypatch):
    """Interrupted in its first fixed-support solve, OA still returns a feasible incumbent
    (W = 0) and no bound (-inf), honestly labelled."""
    from spruce.mip import oa

    pb = synthetic(n=30, groups=5, group_size=2, lam=0.1, seed=0)

    def boom(self, keep, w0=None):
        raise KeyboardInterrupt

    monkeypatch.setattr(oa.FixedSupportQP, "solve", boom)
    res = oa.outer_approximation(pb, "bigm", time_limit=10)
    assert res.status == "interrupted" and res.rounds == 0
    assert not np.any(res.W) and res.objective == pytest.approx(pb.objective(np.zeros(pb.dim)))
    assert res.bound == -np.inf and res.to_dict()["bound"] is None


def test_oa_ctrl_c_inside_a_master_keeps_the_previous_bound(monkeypatch, brute):
    """Ctrl-C while HiGHS solves master 3: two rounds were done; their bound is kept."""
    from spruce.mip import oa

    pb = synthetic(n=40, groups=8, group_size=3, lam=0.1, seed=1)
    real, calls, seen = oa._run_master, [], []

    def master(h):
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(h)

    monkeypatch.setattr(oa, "_run_master", master)
    res = oa.outer_approximation(pb, "bigm", time_limit=60, callback=seen.append)
    assert res.status == "interrupted" and "after 2 master rounds" in res.message
    assert len(seen) == 2 and res.bound == pytest.approx(seen[-1]["lower"], rel=1e-12)
    assert res.bound <= brute(pb) * (1 + 1e-9) <= res.objective * (1 + 2e-9)
    assert res.objective == pytest.approx(pb.objective(res.W.reshape(-1)), rel=1e-12)
