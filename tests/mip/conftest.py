"""Shared small instances and a brute-force oracle for the mip tests."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from spruce.mip.problem import synthetic
from spruce.mip.qp import FixedSupportQP


def brute_force(problem) -> float:
    """min over all 2^G supports (respecting k) of the exact fixed-support value."""
    f = FixedSupportQP(problem)
    G = problem.num_groups
    best = np.inf
    for keep in itertools.product([0, 1], repeat=G):
        if problem.k is not None and sum(keep) > problem.k:
            continue
        best = min(best, f.solve(np.array(keep))[0])
    return best


@pytest.fixture(scope="session")
def brute():
    return brute_force


@pytest.fixture(scope="session")
def small_instances():
    """Five small instances (G ≤ 8): q = 1 and q = 2, one with a budget, one with α ≠ 0.5."""
    return [synthetic(n=30, groups=6, group_size=2, lam=0.1, seed=0),
            synthetic(n=40, groups=8, group_size=3, lam=0.1, seed=1),
            synthetic(n=40, groups=7, group_size=2, q=2, lam=0.08, seed=2),
            synthetic(n=40, groups=8, group_size=2, lam=0.05, k=2, seed=3),
            synthetic(n=35, groups=6, group_size=3, lam=0.2, alpha=0.2, seed=4)]
