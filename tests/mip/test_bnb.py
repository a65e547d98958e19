import math

import numpy as np
import pytest

from spruce.mip import solve
from spruce.mip.bnb import branch_and_bound
from spruce.mip.problem import synthetic


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


def test_perspective_has_the_stronger_root():
    """Both formulations reach the same optimum; the perspective's root bound is the higher
    (its relaxation is the convex hull of each group's term). Node counts are not compared:
    the children's dual bounds (reduced-cost fixing) cut big-M's tree from 103 to 36 nodes
    here, the perspective's from 47 to 43."""
    pb = synthetic(n=60, groups=15, group_size=3, seed=0)
    a, b = solve(pb, "bigm"), solve(pb, "perspective")
    assert abs(a.objective - b.objective) <= 1e-9 * a.objective
    assert b.root_bound > a.root_bound + 0.1 * (b.objective - a.root_bound)


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


def test_logistic_refuses_what_needs_a_quadratic_loss():
    """The logistic loss is solved by branch-and-bound with first-order nodes; HiGHS node QPs
    and the shifted perspective in the tree need the squared loss: refused by name."""
    from spruce.mip.builders import digits_regression
    pb = digits_regression(n=60, patch=(4, 4), loss="logistic", classes=3)
    with pytest.raises(ValueError, match="node_solver='qp' needs loss='squared'.*logistic"):
        solve(pb, "bigm", method="bnb", node_solver="qp")
    with pytest.raises(ValueError, match="shift='tree' needs loss='squared'"):
        solve(pb, method="bnb", shift="tree")
    with pytest.raises(ValueError, match="shift='block' needs loss='squared'"):
        solve(pb, method="bnb", shift="block")


def _badly_scaled():
    """From the widened property test: X, Y ~ 1e3, one free entry, M binding. Before the
    normalized search the perspective B&B took 22 s under time_limit=5 (first-order node
    solves ignored the limit) and read values off the Gram form (L(W) ≪ L(0) = 3.8e5)."""
    from spruce.mip.problem import GroupPruningProblem
    return GroupPruningProblem(np.array([[125.73, -132.10, 640.42]]),
                               np.array([[445.41, -752.63]]), [[3, 2, 1, 4, 5]],
                               lam=0.8237, alpha=0.4, M=0.8237)


def test_time_limit_holds_on_badly_scaled_data():
    import time
    pb = _badly_scaled()
    t = time.perf_counter()
    res = solve(pb, "perspective", time_limit=1.0, check_big_m=False)
    assert time.perf_counter() - t < 1.0 + 1.5
    assert res.status in ("optimal", "time_limit"), res
    assert res.objective == pb.objective(res.W.reshape(-1))  # the original data's value
    assert res.bound <= res.objective
    best = solve(pb, "bigm", check_big_m=False)  # its nodes are HiGHS QPs: fast here
    assert best.status == "optimal"
    assert res.bound <= best.objective * (1 + 1e-9)
    assert res.objective >= best.objective * (1 - 1e-6)


def test_result_is_recertified_on_the_original_data():
    """The search runs normalized (L'(0) = 1, ‖X'ᵀX'/n‖ = 1); what comes back is the original
    instance's objective of W and a bound for it. A twin scaled by X·1e5, Y·1e3 is the same
    MIP with W' = 1e-2·W and objective' = 1e6·objective when M' = 1e-2·M, λ'α' = 1e10·λα,
    λ'(1−α') = 1e6·λ(1−α): both solve to the same support and scaled values."""
    pb = synthetic(n=30, groups=6, group_size=2, lam=0.1, seed=0)
    ridge, ycost = 1e10 * pb.lam * pb.alpha, 1e6 * pb.lam * (1 - pb.alpha)
    twin = pb.with_params(X=pb.X * 1e5, Y=pb.Y * 1e3, M=pb.M * 1e-2, lam=ridge + ycost,
                          alpha=ridge / (ridge + ycost))
    for form in ("bigm", "perspective"):
        a, b = solve(pb, form, check_big_m=False), solve(twin, form, check_big_m=False)
        for inst, res in ((pb, a), (twin, b)):
            assert res.status == "optimal"
            assert res.objective == inst.objective(res.W.reshape(-1))
            assert res.extra["objective_scale"] == inst.loss_scale()
            assert res.bound <= res.objective and res.gap <= 1e-6
        assert b.kept == a.kept
        assert b.objective == pytest.approx(1e6 * a.objective, rel=1e-8)
        assert np.allclose(b.W, 1e-2 * a.W, rtol=1e-5, atol=1e-8 * np.abs(b.W).max())


def test_group_cost_above_the_all_pruned_value_is_certified_without_nodes():
    """λ(1−α) ≥ L(0): every kept group costs more than pruning all, certified at once (the
    relaxations are weakest there; such instances used to run into the time limit)."""
    pb = synthetic(n=30, groups=6, group_size=2, lam=0.1, seed=0)
    pb = pb.with_params(lam=10 * pb.loss_scale(), alpha=0.5)
    res = solve(pb, "perspective", check_big_m=False)
    assert res.status == "optimal" and res.nodes == 0 and not res.y.any()
    assert res.objective == pytest.approx(pb.loss_scale(), rel=1e-12)
    assert res.objective * (1 - 1e-14) <= res.bound <= res.objective


def test_node_solver_is_an_abstract_interface(brute):
    """NodeSolver is an ABC whose `solve` every node solver must define; the search needs
    nothing else: with a node solver that proves nothing (bound −∞, y = ½) it enumerates
    every leaf and still certifies the optimum there."""
    import math

    from spruce.mip.bnb import Search
    from spruce.mip.nodes import BigMQPNode, CutQPNode, FirstOrderNode, NodeResult, NodeSolver
    from spruce.mip.qp import FixedSupportQP

    pb = synthetic(n=20, groups=3, group_size=2, lam=0.1, seed=2)
    with pytest.raises(TypeError, match="abstract"):
        NodeSolver(pb)

    class NoSolve(NodeSolver):
        name = "incomplete"

    with pytest.raises(TypeError, match="solve"):
        NoSolve(pb)
    for cls in (FirstOrderNode, BigMQPNode, CutQPNode):
        assert issubclass(cls, NodeSolver) and not cls.__abstractmethods__

    class Blind(NodeSolver):
        name = "blind"

        def solve(self, state, parent, goal):
            return NodeResult(-math.inf, np.zeros(self.pb.dim), np.full(3, 0.5))

    # search the problem as given (its unit L(0) need not be 1 for correctness)
    fixed = FixedSupportQP(pb)
    search = Search(pb, Blind(pb), fixed, 1e-9, 0.0, math.inf, 100)
    assert search.run() == ("optimal", "gap closed")
    assert search.nodes == 2 ** 4 - 1  # the full tree: 7 inner nodes, 8 leaves
    best = brute(pb)
    assert abs(search.best_val - best) <= 1e-9 * best
    assert search.bound() <= best * (1 + 1e-12)


def test_a_leaf_made_by_fixing_offers_only_points_of_its_own_state():
    """A node whose free groups were all fixed by their children's bounds becomes a leaf with
    the point it was solved at, which may keep groups now fixed to 0 (even more than the
    budget): the leaf zeroes them before offering it, so the incumbent stays feasible."""
    from spruce.mip.bnb import Search
    from spruce.mip.nodes import FirstOrderNode, NodeResult
    from spruce.mip.qp import FixedSupportQP

    pb = synthetic(n=30, groups=5, group_size=2, k=2, lam=0.02, seed=4)
    fixed = FixedSupportQP(pb)
    search = Search(pb, FirstOrderNode(pb), fixed, 1e-6, 0.0, math.inf, 10)
    offered = []
    search.offer = lambda value, w: offered.append(w)  # the test is what gets offered
    w = np.random.default_rng(0).normal(scale=0.1, size=pb.dim)  # every group kept
    state = np.array([1, 0, 0, 1, 0], np.int8)
    search._leaf(state, NodeResult(-math.inf, w))
    assert len(offered) == 2
    for point in offered:
        kept = pb.support(point)
        assert kept.sum() <= pb.k and not kept[state == 0].any()


def test_certify_refuses_a_point_over_the_budget():
    from spruce.mip.result import MipResult, certify

    pb = synthetic(n=30, groups=5, group_size=2, k=2, seed=4)
    w = np.full(pb.dim, 0.01)  # 5 groups kept, k = 2
    res = MipResult(status="optimal", message="", objective=0.0, bound=-1.0, gap=0.0,
                    y=np.ones(5), W=w.reshape(pb.p, pb.q), nodes=1, time=0.0)
    out = certify(pb, res, 1e-6)
    assert out.status == "error" and "budget" in out.message
    assert not out.W.any() and out.objective == pytest.approx(pb.objective(np.zeros(pb.dim)))
