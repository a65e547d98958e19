"""SCIP (PySCIPOpt) and Gurobi (gurobipy) as oracles and benchmark peers, never the engine.

Both read the same .mps file spruce exports (spruce.mip.pyomo_models), so a peer solve
also checks the file. Tolerances are tightened (SCIP's defaults alone leave objective
differences of a few 1e-6): relative gap `gap_tol` (1e-9 by default, as oracles; the
benchmark passes spruce's own 1e-6), feasibility 1e-9; one thread. Imported lazily; a
missing peer raises ImportError.

Both return a MipResult like spruce's own solvers (method "scip" / "gurobi"; y and W read
from the file's variables y(j), W(i); gap = (objective − bound)/max(|objective|, 1e-8·L(0)),
the gap of every method), with the peer's word on objective and bound (not certified by
spruce). Status: optimal, time_limit, node_limit, interrupted, infeasible, error (the peer's
own status in the message), and "too_large" for an instance over Gurobi's size-limited pip
license (2000 variables / 2000 constraints). `summary` is the JSON of `spruce mip solve --peer`.
Speed: the peers' own; see benchmarks/bench_mip.py and docs/mip.md.
"""

from __future__ import annotations

import math
import re
import tempfile
import time
from pathlib import Path

import numpy as np

from .problem import GroupPruningProblem
from .pyomo_models import export
from .result import MipResult, relative_gap

GUROBI_LIMIT = 2000
_VAR = re.compile(r"^(y|W)[(\[](\d+)[)\]]$")
# "gaplimit": SCIP stopped at the requested relative gap, which is what "optimal" means here
SCIP_STATUS = {"optimal": "optimal", "gaplimit": "optimal", "timelimit": "time_limit",
               "nodelimit": "node_limit",
               "totalnodelimit": "node_limit", "userinterrupt": "interrupted",
               "infeasible": "infeasible"}


def _file(problem: GroupPruningProblem, formulation: str, tmp: str, loss_form: str) -> Path:
    return export(problem, formulation, Path(tmp) / f"{formulation}.mps", loss_form)


def _result(problem: GroupPruningProblem, solver: str, formulation: str, status: str,
            message: str, objective: float, bound: float, wall: float, nodes: int,
            names_values) -> MipResult:
    """A peer's answer as a MipResult; y and W from the variables named y(j) / W(i)."""
    y, w = np.zeros(problem.num_groups), np.zeros(problem.dim)
    for name, val in names_values:
        m = _VAR.match(name)
        if m and m.group(1) == "y" and int(m.group(2)) < y.size:
            y[int(m.group(2))] = round(val)
        elif m and int(m.group(2)) < w.size:
            w[int(m.group(2))] = val
    gap = relative_gap(objective, bound, problem.loss_scale()) if math.isfinite(bound) \
        else math.inf
    return MipResult(status=status, message=message or status, objective=float(objective),
                     bound=float(bound), gap=gap, y=y, W=w.reshape(problem.p, problem.q),
                     nodes=int(nodes), time=wall, method=solver, formulation=formulation)


def _too_large(problem: GroupPruningProblem, formulation: str) -> MipResult:
    return _result(problem, "gurobi", formulation, "too_large",
                   f"over Gurobi's size-limited license ({GUROBI_LIMIT} variables / "
                   f"{GUROBI_LIMIT} constraints / nonzeros)", math.nan, math.nan, math.nan,
                   0, ())


def solve_scip(problem: GroupPruningProblem, formulation: str = "bigm",
               time_limit: float = 600.0, path: str | Path | None = None,
               loss_form: str = "residual", gap_tol: float = 1e-9) -> MipResult:
    """Solve with SCIP from the exported .mps (or `path`). SCIP gets the residual form by
    default: with the dense Gram-form objective it was 2–10× slower on the 8-group instances
    (2-core CPU)."""
    import pyscipopt

    with tempfile.TemporaryDirectory() as tmp:
        f = Path(path) if path is not None else _file(problem, formulation, tmp, loss_form)
        m = pyscipopt.Model()
        m.hideOutput()
        m.readProblem(str(f))
        m.setParam("limits/gap", float(gap_tol))
        m.setParam("limits/absgap", 1e-12)
        m.setParam("numerics/feastol", 1e-9)
        m.setParam("numerics/dualfeastol", 1e-9)
        m.setParam("limits/time", float(time_limit))
        m.setParam("parallel/maxnthreads", 1)
        t0 = time.perf_counter()
        m.optimize()
        wall = time.perf_counter() - t0
        st = str(m.getStatus())
        has = m.getNSols() > 0
        values = [(v.name, m.getVal(v)) for v in m.getVars()] if has else []
        return _result(problem, "scip", formulation, SCIP_STATUS.get(st, "error"),
                       "" if st == "optimal" else f"SCIP status {st}",
                       m.getObjVal() if has else math.nan, float(m.getDualbound()), wall,
                       m.getNNodes(), values)


def solve_gurobi(problem: GroupPruningProblem, formulation: str = "bigm",
                 time_limit: float = 600.0, path: str | Path | None = None,
                 loss_form: str = "gram", gap_tol: float = 1e-9) -> MipResult:
    """Solve with Gurobi (size-limited license: offline) from the exported .mps (or `path`)."""
    import gurobipy as gp

    with tempfile.TemporaryDirectory() as tmp:
        f = Path(path) if path is not None else _file(problem, formulation, tmp, loss_form)
        env = gp.Env(empty=True)
        env.setParam("OutputFlag", 0)
        env.start()
        m = gp.read(str(f), env=env)
        if m.NumVars > GUROBI_LIMIT or m.NumConstrs + m.NumQConstrs > GUROBI_LIMIT:
            return _too_large(problem, formulation)
        for k, v in {"MIPGap": float(gap_tol), "MIPGapAbs": 1e-12, "FeasibilityTol": 1e-9,
                     "IntFeasTol": 1e-9, "OptimalityTol": 1e-9, "BarQCPConvTol": 1e-10,
                     "TimeLimit": float(time_limit), "Threads": 1}.items():
            m.setParam(k, v)
        t0 = time.perf_counter()
        try:
            m.optimize()
        except gp.GurobiError as exc:  # the license also limits (quadratic) nonzeros
            if "too large" not in str(exc):
                raise
            return _too_large(problem, formulation)
        wall = time.perf_counter() - t0
        grb = gp.GRB
        status = {grb.OPTIMAL: "optimal", grb.TIME_LIMIT: "time_limit",
                  grb.NODE_LIMIT: "node_limit", grb.INTERRUPTED: "interrupted",
                  grb.INFEASIBLE: "infeasible"}.get(m.Status, "error")
        has = m.SolCount > 0
        values = [(v.VarName, v.X) for v in m.getVars()] if has else []
        return _result(problem, "gurobi", formulation, status,
                       "" if status != "error" else f"Gurobi status {m.Status}",
                       m.ObjVal if has else math.nan, float(m.ObjBound), wall,
                       int(m.NodeCount), values)


def summary(res: MipResult, reference: float | None = None) -> dict:
    """The JSON of a peer's answer: solver, status, objective, bound, gap, time, nodes,
    y (None without a solution), rel_diff to `reference` (spruce's objective)."""
    out = {"solver": res.method, "status": res.status, "message": res.message,
           "objective": res.objective, "bound": res.bound, "gap": res.gap, "time": res.time,
           "nodes": res.nodes,
           "y": [int(v) for v in res.y] if math.isfinite(res.objective) else None}
    if reference is not None:
        out["rel_diff"] = (res.objective - reference) / max(abs(reference), 1e-12)
    return {k: (None if isinstance(v, float) and not math.isfinite(v) else v)
            for k, v in out.items()}


PEERS = {"scip": solve_scip, "gurobi": solve_gurobi}


def available() -> list[str]:
    """Peers importable here."""
    import importlib.util

    mods = {"scip": "pyscipopt", "gurobi": "gurobipy"}
    return [p for p, mod in mods.items() if importlib.util.find_spec(mod) is not None]
