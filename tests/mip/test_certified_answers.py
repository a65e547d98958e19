"""No wrong "optimal" anywhere (issue #15, item 1): every exact path certifies its answer on
the scale of the ORIGINAL objective, or says it did not.

- large M: outer approximation reported "optimal" 0.28082 (all 5 groups kept) on
  synthetic:n=20,groups=5,group_size=2,M=1e7,seed=3, whose optimum is 0.21712 (group 1);
- large linear costs in a model file: a cost of −1e6 on one weight put the recovered
  least-squares form at 2.8e12, and "optimal" was certified relative to that, 1e-6·2.8e12 =
  2.8e6 absolute on a file objective of −3.4e6.

The property tests compare bnb/oa × bigm/perspective with HiGHS-free oracles: the
enumeration of spruce.mip.bruteforce for instances (M up to 1e9), and
bruteforce.quadratic_optimum on the file's own numbers for model files (linear costs up to
1e19), written here as .lp text and read back by spruce.mip.mpsfile. Whatever the status, the
bound must be ≤ the optimum and the objective the value of the returned point; "optimal"
must be within the gap of the optimum. Small instances (≤ 6 groups) keep them fast.
"""

from __future__ import annotations

import math
import warnings
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from spruce.mip import solve
from spruce.mip.bruteforce import enumeration_optimum, quadratic_optimum
from spruce.mip.mpsfile import read_model_file
from spruce.mip.problem import GroupPruningProblem, synthetic
from spruce.mip.qp import FixedSupportQP
from spruce.mip.reform import big_m_limit, tightened
from spruce.mip.result import STATUSES, MipResult, certify

PATHS = [("bnb", "bigm"), ("bnb", "perspective"), ("oa", "bigm"), ("oa", "perspective")]
GAP = 1e-6
SETTINGS = dict(deadline=None, derandomize=True, phases=(Phase.explicit, Phase.generate),
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def _solve(pb, method, formulation):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # BigMBindingWarning where M is small
        return solve(pb, formulation, method=method, time_limit=20, gap_tol=GAP)


def _check_instance_answer(pb, res, best):
    """The honesty conditions on an instance with optimum `best` (see the module doc)."""
    floor = 1e-8 * pb.loss_scale()
    tol = 1e-9 * max(abs(best), floor, 1e-300)  # the oracle's own rounding
    assert res.status in STATUSES
    w = np.asarray(res.W).reshape(-1)
    assert np.isfinite(w).all()
    assert res.objective == pb.objective(w)  # the original problem's value of its point
    assert (np.abs(w) <= pb.entry_bounds()).all()
    assert res.objective >= best - tol, "an objective below the optimum: not the point's value"
    assert res.bound <= best + tol, f"invalid bound {res.bound!r} > optimum {best!r}"
    if res.status == "optimal":
        assert res.objective - best <= GAP * max(abs(best), floor) + tol, (res, best)


# --------------------------------------------------------------------------- the reports
def test_oa_with_a_huge_big_m_finds_the_optimum():
    """The first report: OA said "optimal" 0.28082 keeping all groups."""
    pb = synthetic(n=20, groups=5, group_size=2, M=1e7, seed=3)
    best = enumeration_optimum(pb)
    assert best == pytest.approx(0.21712341825, rel=1e-9)
    for method, formulation in PATHS:
        res = _solve(pb, method, formulation)
        assert res.status == "optimal", (method, formulation, res.message)
        assert res.kept == [1]
        _check_instance_answer(pb, res, best)


def test_big_m_limit_is_exact_and_shrinks_a_huge_m():
    pb = synthetic(n=20, groups=5, group_size=2, M=1e9, seed=3)
    R = big_m_limit(pb)
    assert np.all(R < 100)  # the curvature bound: weights of size ~1
    small = tightened(pb)
    assert small is not pb and np.all(small.M <= R) and small.meta["big_m_limit"] == R.max()
    # the MIP's optimum (the best support's fixed-support optimum) lies inside the new boxes
    f = FixedSupportQP(pb)
    val, w = min((f.solve(np.array(keep)) for keep in np.ndindex(*(2,) * pb.num_groups)),
                 key=lambda t: t[0])
    assert val == pytest.approx(enumeration_optimum(pb), rel=1e-9)
    for j, g in enumerate(pb.groups):
        assert np.abs(w[g]).max() <= R[j]
    assert tightened(synthetic(n=20, groups=5, group_size=2, M=0.5, seed=3)).M.max() == 0.5


def _export_cost_file(tmp_path: Path, cost: float) -> Path:
    """The second report's model: 3 groups of 2, big-M 3.36, the cost of W(0) set to `cost`."""
    from spruce.mip.pyomo_models import export

    base = export(synthetic(n=20, groups=3, group_size=2, M=3.36, seed=0), "bigm",
                  tmp_path / "base.lp").read_text()
    lines = base.splitlines()
    i = next(i for i, ln in enumerate(lines) if ln.endswith(" W(0)"))  # the first: the cost
    lines[i] = f"{cost:+.17g} W(0)"
    path = tmp_path / "cost.lp"
    path.write_text("\n".join(lines) + "\n")
    return path


def test_model_file_with_a_large_linear_cost_is_certified_on_its_own_objective(tmp_path):
    """The second report: "optimal" with file_objective 1.83 and file_bound −3.46e6."""
    path = _export_cost_file(tmp_path, -1e6)
    pb = read_model_file(path)
    model = pb.meta["file_model"]
    G = [g.tolist() for g in pb.groups]
    best, _ = quadratic_optimum(model.H, model.c, model.c0, G, pb.M, model.cy, pb.k)
    assert best == pytest.approx(-3359996.4963455, rel=1e-12)
    assert pb.meta["objective_offset"] < -1e12  # the cancellation the report ran into
    for method, formulation in PATHS:
        res = _solve(pb, method, formulation)
        assert res.status == "optimal", (method, formulation, res.message)
        assert res.kept == [0, 1, 2]
        fo, fb = res.extra["file_objective"], res.extra["file_bound"]
        assert fb <= best <= fo <= best + GAP * abs(best)
        assert res.gap == res.extra["file_gap"] <= GAP


def test_cli_reports_the_file_objective_and_bound(tmp_path, capsys):
    import json

    from spruce.cli import main

    path = _export_cost_file(tmp_path, -1e6)
    assert main(["mip", "solve", str(path), "--formulation", "bigm", "--method", "oa"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["status"] == "optimal" and out["kept"] == [0, 1, 2]
    assert out["file_bound"] <= out["file_objective"]
    assert out["file_objective"] == pytest.approx(-3359996.4963455, rel=1e-12)


def test_a_file_beyond_float_precision_is_answered_honestly(tmp_path):
    """Cost 1e12: the recovered form's constant (~3e24) has no digit of the file objective
    (~3e12) left; no path can certify it, and each says so ("error", with the reason), with
    the file objective of its point and a valid bound."""
    path = _export_cost_file(tmp_path, -1e12)
    pb = read_model_file(path)
    model = pb.meta["file_model"]
    best, _ = quadratic_optimum(model.H, model.c, model.c0, [g.tolist() for g in pb.groups],
                                pb.M, model.cy, pb.k)
    for method, formulation in PATHS:
        res = _solve(pb, method, formulation)
        fo, fb = res.extra["file_objective"], res.extra["file_bound"]
        assert fb <= best <= fo
        if res.status == "optimal":
            assert fo - best <= GAP * abs(best)
        else:
            assert res.status == "error" and any(
                why in res.message for why in ("not certified", "not valid", "numerically",
                                               "HiGHS master")), res.message


def test_certify_catches_a_bound_above_the_objective():
    """The shared last step: a solver that claims a bound above its own point's value is
    wrong; the result becomes "error" with a certified (Fenchel dual) bound."""
    pb = synthetic(n=20, groups=4, group_size=2, seed=1)
    best = enumeration_optimum(pb)
    w = np.zeros(pb.dim)
    res = MipResult(status="optimal", message="gap closed", objective=123.0, bound=1e3, gap=0.0,
                    y=np.zeros(pb.num_groups), W=w.reshape(pb.p, pb.q))
    res = certify(pb, res, GAP)
    assert res.status == "error" and "not valid" in res.message
    assert res.objective == pb.objective(w) and res.bound <= best
    assert res.bound > -np.inf  # a real bound, not a shrug
    # an honest result passes unchanged
    good = solve(pb, "perspective")
    again = certify(pb, good, GAP)
    assert again.status == "optimal" and again.objective == good.objective


# --------------------------------------------------------------------------- properties
@st.composite
def big_m_instances(draw):
    G = draw(st.integers(2, 5))
    size = draw(st.integers(1, 2))
    seed = draw(st.integers(0, 10_000))
    lam = 10 ** draw(st.floats(-5, 0))
    alpha = draw(st.sampled_from([1e-5, 1e-3, 0.05, 0.5, 0.95]))
    M = draw(st.sampled_from([1.0, 30.0, 1e3, 2e5, 1e6, 1e7, 1e8, 1e9]))
    k = draw(st.sampled_from([None, None, 1, 2]))
    return synthetic(n=draw(st.integers(8, 24)), groups=G, group_size=size, lam=lam,
                     alpha=alpha, M=M, k=k, seed=seed)


@settings(max_examples=12, **SETTINGS)
@given(big_m_instances())
def test_every_path_is_honest_for_any_big_m(pb):
    best = enumeration_optimum(pb)
    for method, formulation in PATHS:
        _check_instance_answer(pb, _solve(pb, method, formulation), best)


def _lp_text(H, c, c0, groups, M, cy, free, k) -> str:
    """A big-M pruning MIQP in LP format, every number written exactly (repr)."""
    def num(v) -> str:
        return repr(float(v))

    d = len(c)
    name = [f"w{i}" for i in range(d)]
    terms = [f"{num(cy)} y{j}" for j in range(len(groups))]
    terms += [f"{num(c[i])} {name[i]}" for i in range(d)]
    quad = [f"{num(H[i, i])} {name[i]} ^ 2" for i in range(d)]
    quad += [f"{num(2 * H[i, j])} {name[i]} * {name[j]}" for i in range(d)
             for j in range(i + 1, d) if H[i, j] != 0]
    obj = " + ".join(terms) + " + [ " + " + ".join(quad) + f" ] / 2 + {num(c0)}"
    rows = []
    for j, g in enumerate(groups):
        for i in g:
            rows.append(f" u{i}: {name[i]} - {num(M)} y{j} <= 0")
            rows.append(f" l{i}: -1 {name[i]} - {num(M)} y{j} <= 0")
    if k is not None:
        rows.append(" budget: " + " + ".join(f"y{j}" for j in range(len(groups))) + f" <= {k}")
    bounds = [f" {name[i]} free" for i in range(d)]
    text = ("minimize\n obj: " + obj + "\nsubject to\n" + "\n".join(rows) + "\nbounds\n"
            + "\n".join(bounds) + "\nbinary\n " + " ".join(f"y{j}" for j in range(len(groups)))
            + "\nend\n")
    return text.replace("+ -", "- ")


@st.composite
def model_files(draw):
    """(lp text, H, c, c0, groups, M, cy, k): ≤ 3 groups of ≤ 2 weights, maybe a free one,
    linear costs with one of magnitude 10^e, e ≤ 19."""
    rng = np.random.default_rng(draw(st.integers(0, 2**31)))
    G = draw(st.integers(1, 3))
    sizes = [draw(st.integers(1, 2)) for _ in range(G)]
    free = draw(st.integers(0, 1))
    d = sum(sizes) + free
    X = rng.normal(size=(d + 3, d))
    H = X.T @ X / (d + 3) + draw(st.floats(0.05, 1.0)) * np.eye(d)
    c = rng.normal(size=d)
    big = int(rng.integers(0, d - free)) if d > free else 0
    c[big] = float(rng.choice([-1.0, 1.0])) * 10.0 ** draw(st.integers(0, 19))
    idx = np.arange(d - free)
    groups = [g.tolist() for g in np.split(idx, np.cumsum(sizes)[:-1])]
    M = draw(st.sampled_from([0.5, 3.36, 100.0, 1e6]))
    cy = draw(st.floats(0.01, 2.0))
    c0 = draw(st.sampled_from([0.0, 1.5, -7.25]))
    k = draw(st.sampled_from([None, None, 1]))
    H = (H + H.T) / 2
    return _lp_text(H, c, c0, groups, M, cy, free, k), H, c, c0, groups, M, cy, k


@settings(max_examples=15, **SETTINGS)
@given(model_files())
def test_every_path_is_honest_on_model_files_with_any_linear_cost(tmp_path, spec):
    text, H, c, c0, groups, M, cy, k = spec
    path = tmp_path / "random.lp"
    path.write_text(text)
    pb = read_model_file(path)
    best, _ = quadratic_optimum(H, c, c0, groups, M, cy, k)
    order = [int(n[1:]) for n in pb.meta["weight_columns"]]  # file index of each weight
    scale = max(abs(best), 1.0)
    for method, formulation in PATHS:
        res = _solve(pb, method, formulation)
        assert res.status in STATUSES
        fo, fb = res.extra["file_objective"], res.extra["file_bound"]
        # the file objective of the returned point, evaluated here from the file's numbers
        w = np.zeros(len(c))
        w[order] = np.asarray(res.W).reshape(-1)
        y = np.array([float(np.any(w[g] != 0)) for g in groups])
        for j, g in enumerate(groups):
            assert np.all(np.abs(w[g]) <= M * y[j])
        if k is not None:
            assert y.sum() <= k
        mine = math.fsum((0.5 * w * (H @ w)).tolist() + (c * w).tolist() + [cy * y.sum(), c0])
        assert fo == pytest.approx(mine, rel=1e-12, abs=1e-12)
        tol = 1e-9 * scale
        assert fo >= best - tol and fb <= best + tol, (method, formulation, res.message)
        if res.status == "optimal":
            assert fo - best <= GAP * scale + tol, (method, formulation, fo, best)


def test_quadratic_optimum_agrees_with_the_enumeration_oracle():
    """The file oracle on an ordinary instance's own quadratic equals the instance oracle."""
    pb = synthetic(n=20, groups=4, group_size=2, lam=0.05, seed=2)
    Hl, b, c0 = pb.quadratic()
    H = Hl.toarray() + 2 * pb.lam * pb.alpha * np.eye(pb.dim)
    best, w = quadratic_optimum(H, -b, c0, [g.tolist() for g in pb.groups], pb.M,
                                pb.lam * (1 - pb.alpha), pb.k)
    assert best == pytest.approx(enumeration_optimum(pb), rel=1e-9)
    assert pb.objective(w) == pytest.approx(best, rel=1e-9)
    free = GroupPruningProblem(pb.X, pb.Y, pb.groups[:3], lam=pb.lam, M=pb.M[0])
    Hf = free.quadratic()[0].toarray() + 2 * pb.lam * pb.alpha * np.diag(free.owner >= 0)
    bf, _ = quadratic_optimum(Hf, -free.quadratic()[1], free.quadratic()[2],
                              [g.tolist() for g in free.groups], free.M,
                              free.lam * (1 - free.alpha))
    assert bf == pytest.approx(enumeration_optimum(free), rel=1e-9)
