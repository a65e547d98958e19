import numpy as np
import pytest

from spruce.mip.bruteforce import enumeration_optimum
from spruce.mip.problem import synthetic


def test_enumeration_agrees_with_the_fixed_support_qp_oracle(small_instances, brute):
    for pb in small_instances:  # two independent oracles: BVLS here, HiGHS QPs in conftest
        assert enumeration_optimum(pb) == pytest.approx(brute(pb), rel=1e-7)


def test_enumeration_is_scale_free():
    pb = synthetic(n=20, groups=4, group_size=2, lam=0.1, seed=5)
    s = 1e-5  # X·s, W/s: the same MIP with M/s and λα·s² (the λ(1−α) term is unchanged)
    lam2 = pb.lam * pb.alpha * s * s + pb.lam * (1 - pb.alpha)
    alpha2 = pb.lam * pb.alpha * s * s / lam2
    twin = pb.with_params(X=pb.X * s, M=np.asarray(pb.M) / s, lam=lam2, alpha=alpha2)
    assert enumeration_optimum(twin) == pytest.approx(enumeration_optimum(pb), rel=1e-7)


def test_enumeration_refuses_what_it_cannot_do():
    with pytest.raises(ValueError, match="max_groups"):
        enumeration_optimum(synthetic(n=20, groups=5, group_size=1, seed=0), max_groups=4)
    with pytest.raises(ValueError, match="squared"):
        enumeration_optimum(synthetic(n=20, groups=3, group_size=1, seed=0).with_params(
            loss="logistic", Y=np.ones((20, 1))))
