"""Branching rules (spruce.mip.branching) and the cap on the root's shift search."""

from __future__ import annotations

import numpy as np
import pytest

from spruce.mip import bnb, solve
from spruce.mip.bnb import ROOT_SHIFT_SHARE, _keep_sets
from spruce.mip.branching import PseudoCosts, children, most_fractional
from spruce.mip.bruteforce import enumeration_optimum
from spruce.mip.nodes import Goal
from spruce.mip.problem import synthetic
from spruce.mip.qp import FixedSupportQP
from spruce.mip.root import strengthen_root


def test_most_fractional_and_children():
    y = np.array([0.1, 0.45, 0.9, 0.5])
    free = np.array([0, 1, 2])
    assert most_fractional(y, free, None) == 1  # group 3 is fixed
    assert most_fractional(y, free, np.array([0.0, 0.0, 0.0, 5.0])) == 1
    assert most_fractional(np.array([0.5, 0.5]), np.array([0, 1]), np.array([1.0, 2.0])) == 1
    state = np.array([-1, -1, -1, 1], np.int8)
    (first, a), (second, b) = children(state, 1, 0.45, 2.5)
    assert first[1] == 0 and second[1] == 1 and (state == [-1, -1, -1, 1]).all()
    assert a == (1, 0, 0.45, 2.5) and b == (1, 1, pytest.approx(0.55), 2.5)


def test_pseudocosts_learn_which_group_moves_the_bound():
    pc = PseudoCosts(4)
    y = np.array([0.5, 0.5, 0.3, 0.0])
    free = np.arange(4)
    assert pc.choose(y, free, None) == 0  # nothing observed yet: the most fractional
    pc.record((2, 0, 0.3, 1.0), 1.6)  # y_2 → 0 raised the bound by 0.6 for a change of 0.3
    pc.record((2, 1, 0.7, 1.0), 2.4)
    pc.record((0, 0, 0.5, 1.0), 1.01)
    pc.record((0, 1, 0.5, 1.0), 1.01)
    pc.record((1, 1, 0.5, 1.0), np.inf)  # infeasible child: teaches nothing
    pc.record(None, 3.0)  # the root
    assert pc.count.sum() == 4
    assert pc.choose(y, free, None) == 2  # the group whose children gained most
    assert pc.choose(y, np.array([0, 1]), None) in (0, 1)
    # group 3 is integral (y = 0): never chosen while a fractional group is free
    assert pc.choose(y, np.array([1, 3]), None) == 1
    pc.record((0, 0, 0.5, 2.0), 1.5)  # a bound below the parent's counts as no gain
    assert pc.total[0, 0] == pytest.approx(0.02)


@pytest.mark.parametrize("rule", ["pseudocost", "fractional"])
def test_both_rules_find_the_optimum(small_instances, rule):
    for pb in small_instances:
        best = enumeration_optimum(pb)
        res = solve(pb, branching=rule)
        assert res.status == "optimal"
        assert abs(res.objective - best) <= 1e-9 * max(1.0, abs(best))
        assert res.bound <= best + 1e-9 * abs(best)


def test_branching_is_validated():
    pb = synthetic(n=20, groups=3, group_size=2, seed=0)
    with pytest.raises(ValueError, match="branching must be one of"):
        solve(pb, branching="strong")


def test_root_shift_search_is_capped_by_the_time_limit(monkeypatch):
    """The root's shift search gets at most ROOT_SHIFT_SHARE of the time limit; stopped at
    once (max_time 0) its bound is still valid and never below the plain root's."""
    seen = {}
    real = bnb.strengthen_root

    def spy(*args, **kw):
        seen.update(kw)
        return real(*args, **kw)

    monkeypatch.setattr(bnb, "strengthen_root", spy)
    pb = synthetic(n=40, groups=8, group_size=3, k=2, seed=3)
    res = solve(pb, time_limit=50, shift="root")
    assert res.status == "optimal"
    assert 0 < seen["max_time"] <= ROOT_SHIFT_SHARE * 50
    best = enumeration_optimum(pb)
    work = bnb.normalized(pb)[0]  # (the unit of this instance's search)
    scale = bnb.normalized(pb)[1]
    fixed = FixedSupportQP(work)
    full, d_full = strengthen_root(work, fixed, Goal(tol=1e-7), _keep_sets)
    cut, _ = strengthen_root(work, fixed, Goal(tol=1e-7), _keep_sets, max_time=0.0)
    plain = strengthen_root(work, fixed, Goal(tol=1e-7), _keep_sets, effort=0.0,
                            max_time=0.0)[0]
    assert d_full is not None  # the budget instance gains from the shift
    for r in (full, cut, plain):
        assert r.bound * scale <= best * (1 + 1e-9)
    assert cut.bound >= plain.bound - 1e-12 and full.bound >= cut.bound - 1e-9
