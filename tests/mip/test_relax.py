import numpy as np
import pytest

from spruce.mip import solve
from spruce.mip.perspective import PerspectiveSolver
from spruce.mip.problem import synthetic
from spruce.mip.relax import bigm_relaxation, perspective_relaxation, relaxation
from spruce.penalties import spr_penalty


def test_relaxations_are_ordered_bounds(small_instances):
    for pb in small_instances[:3]:
        opt = solve(pb, "perspective").objective
        bm, pr = bigm_relaxation(pb), perspective_relaxation(pb)
        assert bm.bound <= pr.bound + 1e-9 <= opt + 2e-9
        # certified bounds are within the solver tolerance of the relaxation value
        assert pr.value - pr.bound <= 1e-7 * max(1, abs(pr.value))
        assert abs(bm.value - bm.bound) <= 1e-7 * max(1, abs(bm.value))
        assert bm.status == pr.status == "optimal"
        assert (bm.formulation, pr.formulation) == ("bigm", "perspective")


def test_perspective_value_uses_spr_penalty():
    pb = synthetic(n=30, groups=5, group_size=2, lam=0.2, seed=3)
    r = perspective_relaxation(pb)
    w = r.W.reshape(-1)
    sq, inf = pb.group_norms(w)
    expect = pb.loss_value(w) + pb.lam * spr_penalty(sq, inf, pb.alpha, pb.M).sum()
    assert np.isclose(r.value, expect, rtol=1e-12)
    d = r.to_dict()  # JSON-ready, and the dict-style access of older code still works
    assert d["bound"] == r["bound"] == r.bound and len(d["y"]) == pb.num_groups
    assert np.asarray(d["W"]).shape == (pb.p, pb.q)


def test_bigm_qp_and_first_order_agree():
    pb = synthetic(n=40, groups=8, group_size=3, q=2, lam=0.1, seed=1)
    a, b = bigm_relaxation(pb, "qp"), bigm_relaxation(pb, "fista")
    assert (a.solver, b.solver) == ("qp", "fista")
    assert abs(a.bound - b.bound) <= 1e-7 * abs(a.bound)
    assert b.bound <= a.value + 1e-9  # the dual bound never exceeds the optimum
    with pytest.raises(ValueError, match="solver"):
        bigm_relaxation(pb, "simplex")


def test_prox_is_the_minimizer():
    """prox(v) beats random perturbations of itself on ½‖W−v‖² + τ·penalty (both kinds)."""
    pb = synthetic(n=30, groups=5, group_size=3, lam=0.3, seed=2)
    rng = np.random.default_rng(0)
    state = np.full(5, -1, dtype=np.int8)
    state[1], state[2] = 1, 0
    for kind in ("spr", "bigm"):
        s = PerspectiveSolver(pb, kind)
        for scale in (0.05, 0.5, 3.0):
            v = rng.normal(size=pb.dim) * scale
            p = s.prox(v, 0.7, state)

            def f(w, v=v, s=s):
                return 0.5 * ((w - v) ** 2).sum() + 0.7 * s.penalty(w, state)

            assert np.all(p[pb.groups[2]] == 0)
            for _ in range(200):
                cand = s.project(p + rng.normal(size=pb.dim) * 1e-3 * scale, state)
                assert f(p) <= f(cand) + 1e-12


def test_dual_bound_is_valid_everywhere():
    pb = synthetic(n=30, groups=5, group_size=2, lam=0.2, seed=4)
    opt = perspective_relaxation(pb, tol=1e-10).value
    s = PerspectiveSolver(pb)
    state = np.full(5, -1, dtype=np.int8)
    rng = np.random.default_rng(1)
    for _ in range(50):
        assert s.dual_bound(rng.normal(size=pb.dim), state) <= opt + 1e-9


def test_relaxation_rejects_bad_formulation():
    with pytest.raises(ValueError, match="formulation"):
        relaxation(synthetic(n=20, groups=3, group_size=2), "hull")
