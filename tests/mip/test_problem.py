import warnings

import numpy as np
import pytest

from spruce.mip.problem import BigMBindingWarning, GroupPruningProblem, row_groups, synthetic
from spruce.penalties import mip_penalty


def _data(n=10, p=4, q=2, seed=0):
    rng = np.random.default_rng(seed)
    return rng.normal(size=(n, p)), rng.normal(size=(n, q))


def test_quadratic_form_matches_loss():
    X, Y = _data()
    pb = GroupPruningProblem(X, Y, row_groups(4, 2), lam=0.3)
    H, b, c = pb.quadratic()
    w = np.random.default_rng(1).normal(size=pb.dim)
    assert np.isclose(0.5 * w @ (H @ w) - b @ w + c, pb.loss_value(w))
    eps = 1e-6
    num = np.array([(pb.loss_value(w + eps * e) - pb.loss_value(w - eps * e)) / (2 * eps)
                    for e in np.eye(pb.dim)])
    assert np.allclose(num, pb.loss_grad(w), atol=1e-6)


def test_logistic_gradient_and_objective():
    X, _ = _data(q=1)
    lab = np.array([0, 1, 2, 0, 1, 2, 0, 1, 2, 2])
    pb = GroupPruningProblem(X, lab, row_groups(4, 3), lam=0.1, loss="logistic")
    assert pb.q == 3
    w = np.random.default_rng(2).normal(size=pb.dim)
    eps = 1e-6
    num = np.array([(pb.loss_value(w + eps * e) - pb.loss_value(w - eps * e)) / (2 * eps)
                    for e in np.eye(pb.dim)])
    assert np.allclose(num, pb.loss_grad(w), atol=1e-6)
    w[:3] = 0  # group 0 off
    sq, inf = pb.group_norms(w)
    expect = pb.loss_value(w) + 0.1 * mip_penalty(sq, inf, 0.5).sum()
    assert np.isclose(pb.objective(w), expect)
    assert pb.support(w).tolist() == [0, 1, 1, 1]


@pytest.mark.parametrize("bad, match", [
    (dict(groups=[np.array([0, 1]), np.array([1, 2])]), "overlap"),
    (dict(groups=[np.array([], dtype=int)]), "empty"),
    (dict(groups=[np.array([0, 99])]), "outside"),
    (dict(M=0.0), "M must be"),
    (dict(M=-1.0), "M must be"),
    (dict(M=[1.0, 2.0]), "one entry per group"),
    (dict(k=-1), "budget"),
    (dict(k=1.5), "budget"),
    (dict(alpha=1.0), "alpha"),
    (dict(lam=-0.1), "lam"),
    (dict(loss="hinge"), "loss"),
])
def test_bad_input_raises(bad, match):
    X, Y = _data()
    kw = dict(X=X, Y=Y, groups=row_groups(4, 2), lam=0.1, alpha=0.5, M=1.0)
    kw.update(bad)
    with pytest.raises(ValueError, match=match):
        GroupPruningProblem(**kw)


def test_nonfinite_data_raises():
    X, Y = _data()
    X[3, 1] = np.nan
    with pytest.raises(ValueError, match="finite"):
        GroupPruningProblem(X, Y, row_groups(4, 2))
    X, Y = _data()
    Y[0, 0] = np.inf
    with pytest.raises(ValueError, match="finite"):
        GroupPruningProblem(X, Y, row_groups(4, 2))


def test_binding_big_m_warns():
    X, Y = _data()
    pb = GroupPruningProblem(X, Y, row_groups(4, 2), M=0.5)
    w = np.zeros(pb.dim)
    w[0] = 0.5
    with pytest.warns(BigMBindingWarning, match="M binds"):
        hit = pb.check_binding(w, pb.support(w))
    assert hit == [0]
    w[0] = 0.1
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert pb.check_binding(w, pb.support(w)) == []


def test_synthetic_is_seeded_and_free_entries():
    a, b = synthetic(seed=5), synthetic(seed=5)
    assert np.array_equal(a.X, b.X) and np.array_equal(a.Y, b.Y) and a.M[0] == b.M[0]
    assert not np.array_equal(a.X, synthetic(seed=6).X)
    X, Y = _data()
    pb = GroupPruningProblem(X, Y, [np.arange(0, 6)])  # last row of W (2 entries) is free
    assert pb.free.tolist() == [6, 7]
    assert np.isinf(pb.entry_bounds()[6:]).all()


@pytest.mark.parametrize("n,p,q", [(10, 4, 2), (3, 5, 1), (6, 6, 3)])
def test_lsq_factor_reproduces_the_loss(n, p, q):
    """½‖B − AW‖² + c₀ = ‖Y − XW‖²/(2n) for n > p, n < p and n = p; L(0) is loss_scale."""
    X, Y = _data(n, p, q, seed=n + p)
    pb = GroupPruningProblem(X, Y, row_groups(p, q), lam=0.3)
    A, B, c0 = pb.lsq_factor()
    assert A.shape == (min(n, p), p) and B.shape == (min(n, p), q) and c0 >= 0
    rng = np.random.default_rng(2)
    for w in (np.zeros(pb.dim), rng.normal(size=pb.dim)):
        R = B - A @ w.reshape(p, q)
        assert 0.5 * (R * R).sum() + c0 == pytest.approx(pb.loss_value(w), rel=1e-12)
    assert pb.loss_scale() == pytest.approx((Y ** 2).sum() / (2 * n), rel=1e-14)


def test_lsq_factor_keeps_the_digits_the_gram_form_loses():
    """A near-perfect fit of data scaled by 1e6: L(W*) ≈ 1e-9 while L(0) ≈ 1e12. The Gram
    form ½wᵀHw − bᵀw + c cancels to rounding noise there; the compressed form does not."""
    rng = np.random.default_rng(0)
    X = rng.normal(size=(8, 3)) * 1e6
    W = rng.normal(size=(3, 1))
    Y = X @ W + 1e-4 * rng.normal(size=(8, 1))
    pb = GroupPruningProblem(X, Y, [[0], [1]], lam=0.1)
    w = np.linalg.lstsq(X, Y, rcond=None)[0].reshape(-1)
    exact = pb.loss_value(w)  # the residual form
    A, B, c0 = pb.lsq_factor()
    R = B - A @ w.reshape(3, 1)
    assert 0.5 * (R * R).sum() + c0 == pytest.approx(exact, rel=1e-6)
    H, b, c = pb.quadratic()
    gram = 0.5 * w @ (H @ w) - b @ w + c
    assert abs(gram - exact) > 1e3 * exact  # why the solvers no longer use it for values
