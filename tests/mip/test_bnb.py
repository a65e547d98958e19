import numpy as np
import pytest

from spruce.mip.bnb import branch_and_bound
from spruce.mip.problem import synthetic
from spruce.mip.relax import solve


@pytest.mark.parametrize("formulation", ["bigm", "perspective"])
def test_bnb_matches_brute_force(small_instances, brute, formulation):
    for pb in small_instances:
        best = brute(pb)
        res = solve(pb, formulation)
        assert res.status == "optimal", res
        assert abs(res.objective - best) <= 1e-9 * max(1, abs(best))
        assert res.bound <= res.objective + 1e-12
        assert res.gap <= 1e-6
        # the reported y and W are consistent with the objective
        assert np.isclose(pb.objective(res.W.reshape(-1)), res.objective, rtol=1e-9)
        if pb.k is not None:
            assert res.y.sum() <= pb.k


def test_node_solvers_agree():
    pb = synthetic(n=30, groups=6, group_size=2, lam=0.1, seed=7)
    vals = [branch_and_bound(pb, f, node_solver=s).objective
            for f, s in [("bigm", "qp"), ("bigm", "fista"), ("perspective", "fista"),
                         ("perspective", "qp")]]
    assert np.ptp(vals) <= 1e-9 * abs(vals[0])


def test_perspective_needs_fewer_nodes():
    pb = synthetic(n=60, groups=15, group_size=3, seed=0)
    a, b = solve(pb, "bigm"), solve(pb, "perspective")
    assert abs(a.objective - b.objective) <= 1e-9 * a.objective
    assert b.nodes < a.nodes
    assert b.root_bound > a.root_bound


def test_time_limit_never_claims_optimality():
    pb = synthetic(n=90, groups=30, group_size=3, seed=0)
    res = solve(pb, "bigm", time_limit=0.3)
    assert res.status == "time_limit"
    assert res.gap > 0 and res.bound < res.objective
    assert np.isfinite(res.objective)
    assert "time limit" in res.message


def test_node_limit_and_result_dict():
    pb = synthetic(n=60, groups=15, group_size=3, seed=0)
    res = branch_and_bound(pb, "bigm", node_limit=3)
    assert res.status == "node_limit" and res.nodes == 3
    d = res.to_dict()
    assert d["success"] is False and d["status"] == "node_limit"
    assert set(d) >= {"status", "message", "objective", "bound", "gap", "y", "W", "nodes",
                      "qp_solves", "cuts", "time"}
    assert res["objective"] == res.objective


def test_logistic_goes_through_oa():
    with pytest.raises(ValueError, match="logistic"):
        from spruce.mip.builders import digits_regression
        branch_and_bound(digits_regression(n=60, patch=(4, 4), loss="logistic", classes=3),
                         "bigm")
