"""spruce.mip.mpsfile: the pruning MIP recovered from .mps/.lp files equals the file's model.

Independent evaluators of "the file's objective": HiGHS itself (every column fixed to the
point, integrality dropped, then solved) and the Pyomo model rebuilt from the sibling .npz.
"""

from __future__ import annotations

import gzip
import itertools
import json
import shutil
from pathlib import Path

import highspy
import numpy as np
import pytest

from spruce.cli import main
from spruce.mip import solve
from spruce.mip.catalog import DEFAULT_DIR, load_instance
from spruce.mip.mpsfile import ModelFileError, read_model_file

CATALOG = {e["name"]: e for e in json.loads((DEFAULT_DIR / "catalog.json").read_text())
           ["instances"]}

FOREIGN = r"""\ a pruning MIQP written by hand: groups {a1,a2} (M=2) and {b1,b2} (M=1.5), free f
minimize
 obj: 0.3 y1 + 0.3 y2 - 1.2 a1 + 0.4 a2 - 0.7 b1 - 0.5 b2 - 0.9 f + [ 3 a1^2 + 1 a1 * a2
  + 2.5 a2^2 + 2 b1^2 + 0.6 b1 * f + 2 b2^2 + 1.5 f^2 + 0.4 a1 * b1 ] / 2 + 1.5
subject to
 ua1: a1 - 2 y1 <= 0
 la1: -a1 - 2 y1 <= 0
 ua2: a2 - 2 y1 <= 0
 la2: a2 + 2 y1 >= 0
 ub1: b1 - 1.5 y2 <= 0
 lb1: -b1 - 1.5 y2 <= 0
 ub2: 2 b2 - 3 y2 <= 0
 lb2: -b2 - 1.5 y2 <= 0
 budget: y1 + y2 <= 1
bounds
 a1 free
 a2 free
 -1.5 <= b1 <= 1.5
 b2 free
 f free
binary
 y1 y2
end
"""


def _highs(path: Path) -> highspy.Highs:
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    assert h.readModel(str(path)) == highspy.HighsStatus.kOk
    return h


def file_objective(path: Path, values: dict[str, float]) -> float:
    """The file's objective at a point, evaluated by HiGHS (all columns fixed)."""
    h = _highs(path)
    names = list(h.getLp().col_names_)
    x = np.array([values[n] for n in names], dtype=float)
    idx = np.arange(len(names), dtype=np.int32)
    h.changeColsIntegrality(len(names), idx,
                            np.array([highspy.HighsVarType.kContinuous] * len(names)))
    h.changeColsBounds(len(names), idx, x, x)
    h.run()
    assert h.getModelStatus() == highspy.HighsModelStatus.kOptimal
    return h.getInfo().objective_function_value


def random_point(pb, rng) -> tuple[np.ndarray, np.ndarray]:
    """A random feasible (w, y): y respects the budget, |w_i| < M_j y_j, free entries ~ N(0,1)."""
    G = pb.num_groups
    y = (rng.random(G) < 0.5).astype(float)
    if pb.k is not None and y.sum() > pb.k:
        y[rng.permutation(np.flatnonzero(y))[: int(y.sum()) - pb.k]] = 0
    w = rng.normal(size=pb.dim)
    for j, g in enumerate(pb.groups):
        w[g] = rng.uniform(-0.9, 0.9, g.size) * pb.M[j] * y[j]
    return w, y


def values_of(pb, w, y) -> dict[str, float]:
    vals = dict(zip(pb.meta["weight_columns"], w, strict=True))
    vals.update(zip(pb.group_names, y, strict=True))
    vals.update(pb.meta["constant_columns"])
    return vals


def problem_objective(pb, w) -> float:
    return pb.objective(w) + pb.meta["objective_offset"]


@pytest.mark.parametrize("fname", ["syn_g8_s0.bigm.mps", "syn_g8_s0.bigm.lp"])
def test_catalog_file_solves_to_the_catalog_optimum(fname):
    pb = read_model_file(DEFAULT_DIR / fname)
    res = solve(pb, "perspective", time_limit=60)
    entry = CATALOG["syn_g8_s0"]
    assert res.status == "optimal"
    assert abs(res.objective + pb.meta["objective_offset"] - entry["optimum"]) \
        <= 1e-6 * abs(entry["optimum"])
    assert res.kept == entry["kept"]


@pytest.mark.parametrize("fname", ["syn_g8_s0.bigm.mps", "syn_g10_q3.bigm.lp",
                                   "syn_g15_k4.bigm.mps"])
def test_objective_equals_the_files_at_random_feasible_points(fname):
    import pyomo.environ as pyo

    from spruce.mip.pyomo_models import bigm_model

    path = DEFAULT_DIR / fname
    pb = read_model_file(path)
    model = bigm_model(load_instance(DEFAULT_DIR / f"{fname.split('.')[0]}.npz"))
    rng = np.random.default_rng(0)
    for _ in range(4):
        w, y = random_point(pb, rng)
        mine = problem_objective(pb, w)
        by_highs = file_objective(path, values_of(pb, w, y))
        for i, v in enumerate(w):
            model.W[i].value = float(v)
        for j, v in enumerate(y):
            model.y[j].value = float(v)
        by_pyomo = pyo.value(model.obj)
        assert mine == pytest.approx(by_highs, rel=1e-9, abs=1e-9)
        assert mine == pytest.approx(by_pyomo, rel=1e-9, abs=1e-9)


def test_recovered_structure_matches_the_instance_data():
    pb = read_model_file(DEFAULT_DIR / "syn_g15_k4.bigm.mps")
    ref = load_instance(DEFAULT_DIR / "syn_g15_k4.npz")
    assert [g.tolist() for g in pb.groups] == [g.tolist() for g in ref.groups]
    assert np.allclose(pb.M, ref.M, rtol=1e-12) and pb.k == ref.k == 4
    assert pb.lam * (1 - pb.alpha) == pytest.approx(ref.lam * (1 - ref.alpha), rel=1e-12)
    assert 0 < pb.meta["delta"] <= pb.meta["delta_max"]
    # loss Hessian + recovered ridge = the file's Hessian = instance loss Hessian + its ridge
    H, b, c = pb.quadratic()
    H0, b0, c0 = ref.quadratic()
    full = H.toarray() + 2 * pb.lam * pb.alpha * np.eye(pb.dim)
    assert np.allclose(full, H0.toarray() + 2 * ref.lam * ref.alpha * np.eye(ref.dim),
                       atol=1e-10)
    assert np.allclose(b, b0, atol=1e-10) and c == pytest.approx(c0, rel=1e-12)
    assert pb.meta["constant_columns"] == {"ONE_VAR_CONSTANT": 1.0}


@pytest.mark.parametrize("name", ["syn_g40_s0", "mlp_layer2_16x12"])
def test_the_whole_ridge_is_recovered_where_the_loss_hessian_is_singular(name):
    """XᵀX has a null vector on the grouped entries: δ_max = 2λα, and spruce finds it."""
    pb = read_model_file(DEFAULT_DIR / f"{name}.bigm.mps")
    ref = load_instance(DEFAULT_DIR / f"{name}.npz")
    # equal up to rounding: the BLAS behind the eigensolver may differ in the last bits
    assert pb.meta["delta"] == pytest.approx(pb.meta["delta_max"], rel=1e-12)
    assert (pb.lam, pb.alpha) == pytest.approx((ref.lam, ref.alpha), rel=1e-7)


def test_the_ridge_split_is_at_least_the_original_one():
    pb = read_model_file(DEFAULT_DIR / "syn_g8_s0.bigm.mps")
    ref = load_instance(DEFAULT_DIR / "syn_g8_s0.npz")  # XᵀX/n is nonsingular here
    assert pb.lam * pb.alpha >= ref.lam * ref.alpha * (1 - 1e-9)
    assert pb.meta["delta"] < pb.meta["delta_max"]


@pytest.mark.parametrize("ext", ["mps", "lp"])
def test_gzipped_file_reads_like_the_plain_file(tmp_path, ext):
    plain = DEFAULT_DIR / f"syn_g8_s0.bigm.{ext}"
    gz = tmp_path / f"syn_g8_s0.bigm.{ext}.gz"
    gz.write_bytes(gzip.compress(plain.read_bytes()))
    a, b = read_model_file(gz), read_model_file(plain)
    assert np.allclose(a.quadratic()[0].toarray(), b.quadratic()[0].toarray())
    assert (a.lam, a.alpha, a.meta["format"]) == (b.lam, b.alpha, f"{ext}.gz")


def test_cli_load_routes_files_to_the_reader(tmp_path):
    from spruce.mip.cli import load

    pb = load(str(DEFAULT_DIR / "syn_g8_s0.bigm.lp"))
    assert pb.meta["route"] == "recovered" and pb.num_groups == 8
    assert load("syn_g8_s0").meta.get("route") is None  # catalog names: the .npz as before
    odd = tmp_path / "model.json"
    odd.write_text("{}")
    with pytest.raises(ValueError, match=r"model.json: unknown extension: spruce reads .npz"):
        load(str(odd))


@pytest.fixture()
def foreign(tmp_path) -> Path:
    path = tmp_path / "hand.lp"
    path.write_text(FOREIGN)
    return path


def test_foreign_file_structure(foreign):
    pb = read_model_file(foreign)
    assert pb.meta["weight_columns"] == ["a1", "a2", "b1", "b2", "f"]
    assert [g.tolist() for g in pb.groups] == [[0, 1], [2, 3]]
    assert pb.group_names == ["y1", "y2"] and pb.free.tolist() == [4]
    assert pb.M.tolist() == [2.0, 1.5] and pb.k == 1
    assert pb.lam * (1 - pb.alpha) == pytest.approx(0.3, rel=1e-12)


def test_foreign_file_optimum_equals_enumeration_by_highs(foreign):
    """min over supports y (Σy ≤ 1) of HiGHS's QP with y fixed, on the file itself."""
    pb = read_model_file(foreign)
    best = np.inf
    for y in itertools.product([0.0, 1.0], repeat=2):
        if sum(y) > 1:
            continue
        h = _highs(foreign)
        names = list(h.getLp().col_names_)
        for name, v in zip(("y1", "y2"), y, strict=True):
            i = names.index(name)
            h.changeColIntegrality(i, highspy.HighsVarType.kContinuous)
            h.changeColBounds(i, v, v)
        h.run()
        best = min(best, h.getInfo().objective_function_value)
    res = solve(pb, "perspective", time_limit=30)
    assert res.status == "optimal"
    assert res.objective + pb.meta["objective_offset"] == pytest.approx(best, rel=1e-6)


def test_highs_written_mps_gives_the_same_problem(foreign, tmp_path):
    out = tmp_path / "hand.mps"
    h = _highs(foreign)
    h.writeModel(str(out))
    a, b = read_model_file(foreign), read_model_file(out)
    for x, z in zip(a.quadratic(), b.quadratic(), strict=True):
        assert np.allclose(x.toarray() if hasattr(x, "toarray") else x,
                           z.toarray() if hasattr(z, "toarray") else z, atol=1e-12)
    assert (a.lam, a.alpha, a.k, *a.M) == pytest.approx((b.lam, b.alpha, b.k, *b.M))


@pytest.mark.parametrize("share", [0.3, 0.9])
def test_objective_offset_and_ridge_share(foreign, tmp_path, share):
    """Without the constant the file's objective can go below any squared loss: the rest is
    kept in meta['objective_offset']; either way the objectives agree at random points."""
    path = tmp_path / "noconst.lp"
    path.write_text(FOREIGN.replace("] / 2 + 1.5", "] / 2"))
    pb = read_model_file(path, ridge_share=share)
    assert pb.meta["objective_offset"] < 0
    assert pb.meta["delta"] == pytest.approx(share * pb.meta["delta_max"])
    rng = np.random.default_rng(1)
    for _ in range(4):
        w, y = random_point(pb, rng)
        assert problem_objective(pb, w) == pytest.approx(
            file_objective(path, values_of(pb, w, y)), rel=1e-9, abs=1e-9)


@pytest.mark.parametrize("ext", ["mps", "lp"])
def test_perspective_file_loads_its_checked_sibling(ext):
    pb = read_model_file(DEFAULT_DIR / f"syn_g8_s0.perspective.{ext}")
    ref = load_instance(DEFAULT_DIR / "syn_g8_s0.npz")
    assert pb.meta["route"] == "sibling-npz" and np.array_equal(pb.X, ref.X)
    assert (pb.lam, pb.alpha) == (ref.lam, ref.alpha)


def test_perspective_file_that_differs_from_its_sibling_is_refused(tmp_path):
    shutil.copy(DEFAULT_DIR / "syn_g8_s0.npz", tmp_path)
    text = (DEFAULT_DIR / "syn_g8_s0.perspective.mps").read_text()
    bad = tmp_path / "syn_g8_s0.perspective.mps"
    bad.write_text(text.replace("3.554343121402181", "3.6", 1))
    with pytest.raises(ModelFileError, match=r"does not match its sibling syn_g8_s0.npz at line"):
        read_model_file(bad)
    orphan = tmp_path / "other.perspective.mps"
    orphan.write_text(text)
    with pytest.raises(ModelFileError, match=r"other.perspective.mps: HiGHS cannot read it "
                                             r"\(Quadratic rows not supported"):
        read_model_file(orphan)


def _edit(old: str, new: str):
    return lambda s: s.replace(old, new)


REFUSALS = {
    "no binaries": (_edit(" y1 y2\nend", "end"), "has no binary variables"),
    "general integer": (lambda s: s.replace("binary\n y1 y2", "general\n y1 y2")
                        .replace(" f free", " f free\n 0 <= y1 <= 3\n 0 <= y2 <= 1"),
                        "integer variable y1 has bounds [0, 3]"),
    "general row": (_edit(" budget: y1 + y2 <= 1", " extra: a1 + b1 <= 1"),
                    "row extra (2 entries, 0 binary) is neither a linking row"),
    "one-sided link": (_edit(" la1: -a1 - 2 y1 <= 0\n", ""), "a1 is not linked as"),
    "ranged link": (_edit("ua1: a1 - 2 y1 <= 0", "ua1: a1 - 2 y1 <= 0.5"),
                    "bounds [-inf, 0.5] are not those"),
    "two M in a group": (_edit("ua2: a2 - 2 y1 <= 0\n la2: a2 + 2 y1 >= 0",
                               "ua2: a2 - 3 y1 <= 0\n la2: a2 + 3 y1 >= 0"),
                         "the weights of y1 have different M"),
    "unequal y costs": (_edit("0.3 y1 + 0.3 y2", "0.3 y1 + 0.4 y2"),
                        "not one positive value λ(1−α)"),
    "zero y cost": (_edit("0.3 y1 + 0.3 y2", "0 y1 + 0 y2"), "not one positive value"),
    "nonconvex": (_edit("3 a1^2", "-3 a1^2"), "not convex in the weights"),
    "no quadratic": (lambda s: s.split(" + [")[0] + "\nsubject to" + s.split("subject to")[1],
                     "no quadratic term in the grouped weights"),
    "singular on groups": (_edit("2 b2^2", "0 b2^2"), "singular on the grouped weights"),
    "quadratic in y": (_edit("1.5 f^2", "1.5 f^2 + 1 y1^2"), "quadratic term in a binary"),
    "maximise": (_edit("minimize", "maximize"), "maximises its objective"),
    "bounded free weight": (_edit(" f free", " -1 <= f <= 1"), "f is in no group but has"),
    "tight bounds": (_edit("-1.5 <= b1 <= 1.5", "-1 <= b1 <= 1"), "tighter than its link"),
    "lower budget": (_edit("budget: y1 + y2 <= 1", "budget: y1 + y2 >= 1"),
                     "spruce reads only an upper budget"),
    "unbounded": (lambda s: s.replace("0.6 b1 * f + ", "").replace("1.5 f^2", "0 f^2"),
                  "unbounded below"),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_files_without_the_pruning_structure_are_refused_by_name(case, tmp_path):
    edit, needle = REFUSALS[case]
    path = tmp_path / "hand.lp"
    text = edit(FOREIGN)
    assert text != FOREIGN, case  # the edit must bite
    path.write_text(text)
    with pytest.raises(ValueError) as info:
        read_model_file(path)
    msg = str(info.value)
    assert msg.startswith(f"{path}: ") and needle in msg, msg


def test_cli_solves_a_file_and_checks_it_with_scip(tmp_path, capsys):
    pytest.importorskip("pyscipopt")
    out = tmp_path / "res.json"
    rc = main(["mip", "solve", str(DEFAULT_DIR / "syn_g8_s0.bigm.mps"), "--peer", "scip",
               "--json", str(out)])
    assert rc == 0, capsys.readouterr().err
    res = json.loads(out.read_text())
    assert res["objective"] == pytest.approx(CATALOG["syn_g8_s0"]["optimum"], rel=1e-6)
    assert abs(res["peer"]["rel_diff"]) < 1e-6 and res["peer"]["y"] == res["y"]


def test_cli_solves_a_perspective_file_through_its_sibling(capsys):
    rc = main(["mip", "solve", str(DEFAULT_DIR / "syn_g8_s0.perspective.lp")])
    out = capsys.readouterr().out
    assert rc == 0
    res = json.loads(out)
    assert res["objective"] == pytest.approx(CATALOG["syn_g8_s0"]["optimum"], rel=1e-6)
    assert res["instance"]["name"] == "syn_g8_s0"
