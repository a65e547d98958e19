"""Pyomo models, file export, the GDP route, and the peers as oracles (skipped if absent)."""

import numpy as np
import pytest

from spruce.mip import solve
from spruce.mip.problem import synthetic
from spruce.mip.pyomo_models import build, export, gdp_transformed


@pytest.fixture(scope="module")
def tiny():
    return synthetic(n=25, groups=4, group_size=2, lam=0.1, seed=11)


def test_models_evaluate_to_the_mip_objective(tiny):
    """Plugging spruce's optimum into each Pyomo model gives the same objective value."""
    import pyomo.environ as pyo

    res = solve(tiny, "perspective")
    w = res.W.reshape(-1)
    for form in ("bigm", "perspective"):
        m = build(tiny, form)
        for i in range(tiny.dim):
            m.W[i].value = float(w[i])
        for j in range(tiny.num_groups):
            m.y[j].value = float(res.y[j])
            if form == "perspective":
                m.s[j].value = float((w[tiny.groups[j]] ** 2).sum())
        assert np.isclose(pyo.value(m.obj), res.objective, rtol=1e-10)
        for c in m.component_data_objects(pyo.Constraint, active=True):
            body = pyo.value(c.body)
            assert c.upper is None or body <= pyo.value(c.upper) + 1e-9
            assert c.lower is None or body >= pyo.value(c.lower) - 1e-9


def test_export_formats(tiny, tmp_path):
    for form in ("bigm", "perspective"):
        for ext in (".lp", ".mps"):
            f = export(tiny, form, tmp_path / f"m_{form}{ext}")
            text = f.read_text()
            assert "y(0)" in text or "y[0]" in text
    with pytest.raises(ValueError, match=".lp or .mps"):
        export(tiny, "bigm", tmp_path / "m.nl")
    logistic = synthetic(n=20, groups=3, group_size=2).with_params()
    logistic.loss = "logistic"
    with pytest.raises(ValueError, match="squared"):
        build(logistic, "bigm")


def test_gdp_transformations_structure(tiny):
    """gdp.bigm gives linear big-M rows; gdp.hull (exact quadratic) gives perspective rows."""
    import pyomo.environ as pyo
    from pyomo.repn.standard_repn import generate_standard_repn

    def count_nonlinear(m):
        return sum(1 for c in m.component_data_objects(pyo.Constraint, active=True)
                   if not generate_standard_repn(c.body, quadratic=False).is_linear())

    mb, mh = gdp_transformed(tiny, "bigm"), gdp_transformed(tiny, "hull")
    # big-M: only the G "on" cost rows are nonlinear (convex quadratics)
    assert count_nonlinear(mb) == tiny.num_groups
    # hull: the G cost rows become perspective functions (quadratic over the indicator)
    assert count_nonlinear(mh) == tiny.num_groups
    with pytest.raises(ValueError, match="how"):
        gdp_transformed(tiny, "cuts")


@pytest.mark.peers
def test_scip_agrees_on_small_instances(small_instances):
    pytest.importorskip("pyscipopt")
    from spruce.mip.peers import solve_scip

    budget = synthetic(n=30, groups=5, group_size=2, lam=0.05, k=2, seed=3)
    for pb in (small_instances[0], budget):  # plain and with a budget
        ours = solve(pb, "perspective").objective
        for form in ("bigm", "perspective"):
            r = solve_scip(pb, form, time_limit=60)
            assert r.status == "optimal" and r.method == "scip"
            assert abs(r.objective - ours) <= 1e-5 * abs(ours)
            assert r.bound <= r.objective * (1 + 1e-9)


@pytest.mark.peers
def test_gurobi_agrees_including_gdp(tiny, tmp_path):
    pytest.importorskip("gurobipy")
    from spruce.mip.peers import solve_gurobi

    ours = solve(tiny, "perspective")
    for form in ("bigm", "perspective"):
        r = solve_gurobi(tiny, form, time_limit=60)
        assert r.status == "optimal" and r.method == "gurobi"
        assert abs(r.objective - ours.objective) <= 1e-5 * ours.objective
        assert np.array_equal(r.y, ours.y)
    for how in ("bigm", "hull"):
        f = tmp_path / f"gdp_{how}.lp"
        gdp_transformed(tiny, how).write(str(f), io_options={"symbolic_solver_labels": True})
        r = solve_gurobi(tiny, "bigm", time_limit=60, path=f)
        assert r.status == "optimal"
        assert abs(r.objective - ours.objective) <= 1e-5 * ours.objective


def test_peer_answers_are_mip_results(tiny, monkeypatch):
    """A peer returns a MipResult like spruce's solvers (a stand-in SCIP here: the mapping of
    statuses, y and W read back from the file's variable names, the gap of every method)."""
    import sys
    import types

    from spruce.mip.peers import solve_scip, summary
    from spruce.mip.result import relative_gap

    ours = solve(tiny, "perspective")
    w = ours.W.reshape(-1)

    class Var:
        def __init__(self, name, value):
            self.name, self.value = name, value

    class Model:
        status = "timelimit"

        def __getattr__(self, name):  # hideOutput, readProblem, setParam, optimize
            return lambda *args, **kwargs: None

        def getStatus(self):
            return self.status

        def getNSols(self):
            return 1

        def getVars(self):
            return ([Var(f"W({i})", w[i]) for i in range(tiny.dim)]
                    + [Var(f"y({j})", ours.y[j]) for j in range(tiny.num_groups)]
                    + [Var("r(0_0)", 1.0)])

        def getVal(self, v):
            return v.value

        def getObjVal(self):
            return ours.objective

        def getDualbound(self):
            return 0.9 * ours.objective

        def getNNodes(self):
            return 7

    monkeypatch.setitem(sys.modules, "pyscipopt", types.SimpleNamespace(Model=Model))
    r = solve_scip(tiny, "bigm", time_limit=5)
    assert r.method == "scip" and r.formulation == "bigm" and r.nodes == 7
    assert r.status == "time_limit" and not r.success and "timelimit" in r.message
    assert np.array_equal(r.W, ours.W) and r.kept == ours.kept
    assert r.gap == relative_gap(ours.objective, 0.9 * ours.objective, tiny.loss_scale())
    s = summary(r, ours.objective)
    assert s["solver"] == "scip" and s["y"] == [int(v) for v in ours.y] and s["rel_diff"] == 0
    Model.status = "something new"
    assert solve_scip(tiny, "bigm", time_limit=5).status == "error"
