import itertools

import numpy as np

from spruce.mip.oa import fixed_support, outer_approximation
from spruce.mip.problem import GroupPruningProblem, row_groups, synthetic
from spruce.mip.relax import solve


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
    best = min(fixed_support(pb, np.array(c))[0] for c in itertools.product([0, 1], repeat=5))
    res = solve(pb, "perspective", time_limit=60)  # bnb falls back to OA for this loss
    assert res.method == "oa" and res.status == "optimal"
    assert abs(res.objective - best) <= 1e-6 * abs(best)
