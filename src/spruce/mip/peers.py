"""SCIP (PySCIPOpt) and Gurobi (gurobipy) as oracles and benchmark peers, never the engine.

Both read the same .mps file spruce exports (spruce.mip.pyomo_models), so a peer solve
also checks the file. Tolerances are tightened (SCIP's defaults alone leave objective
differences of a few 1e-6): relative gap 1e-9, feasibility 1e-9. Imported lazily; a
missing peer raises ImportError, an instance over Gurobi's size-limited pip license
(2000 variables / 2000 constraints) returns status "too_large".
"""

from __future__ import annotations

import re
import tempfile
import time
from pathlib import Path

import numpy as np

from .problem import GroupPruningProblem
from .pyomo_models import export

GUROBI_LIMIT = 2000
_Y = re.compile(r"^y\((\d+)\)$|^y\[(\d+)\]$")


def _file(problem: GroupPruningProblem, formulation: str, tmp: str, loss_form: str) -> Path:
    return export(problem, formulation, Path(tmp) / f"{formulation}.mps", loss_form)


def _y_from(names_values, G: int) -> np.ndarray:
    y = np.zeros(G)
    for name, val in names_values:
        m = _Y.match(name)
        if m:
            y[int(m.group(1) or m.group(2))] = round(val)
    return y


def solve_scip(problem: GroupPruningProblem, formulation: str = "bigm",
               time_limit: float = 600.0, path: str | Path | None = None,
               loss_form: str = "residual") -> dict:
    """Solve with SCIP from the exported .mps; returns objective, bound, status, time, y.
    SCIP gets the residual form by default: with the dense Gram-form objective it was
    2–10× slower on the 8-group instances (2-core CPU)."""
    import pyscipopt

    with tempfile.TemporaryDirectory() as tmp:
        f = Path(path) if path is not None else _file(problem, formulation, tmp, loss_form)
        m = pyscipopt.Model()
        m.hideOutput()
        m.readProblem(str(f))
        m.setParam("limits/gap", 1e-9)
        m.setParam("limits/absgap", 1e-12)
        m.setParam("numerics/feastol", 1e-9)
        m.setParam("numerics/dualfeastol", 1e-9)
        m.setParam("limits/time", float(time_limit))
        m.setParam("parallel/maxnthreads", 1)
        t0 = time.perf_counter()
        m.optimize()
        wall = time.perf_counter() - t0
        st = m.getStatus()
        has = m.getNSols() > 0
        y = _y_from(((v.name, m.getVal(v)) for v in m.getVars()), problem.num_groups) \
            if has else None
        return {"solver": "scip", "status": "optimal" if st == "optimal" else st,
                "objective": m.getObjVal() if has else float("nan"),
                "bound": m.getDualbound(), "time": wall, "nodes": m.getNNodes(), "y": y}


def solve_gurobi(problem: GroupPruningProblem, formulation: str = "bigm",
                 time_limit: float = 600.0, path: str | Path | None = None,
                 loss_form: str = "gram") -> dict:
    """Solve with Gurobi (size-limited license: offline) from the exported .mps."""
    import gurobipy as gp

    with tempfile.TemporaryDirectory() as tmp:
        f = Path(path) if path is not None else _file(problem, formulation, tmp, loss_form)
        env = gp.Env(empty=True)
        env.setParam("OutputFlag", 0)
        env.start()
        m = gp.read(str(f), env=env)
        if m.NumVars > GUROBI_LIMIT or m.NumConstrs + m.NumQConstrs > GUROBI_LIMIT:
            return {"solver": "gurobi", "status": "too_large", "objective": float("nan"),
                    "bound": float("nan"), "time": float("nan"), "nodes": 0, "y": None}
        for k, v in {"MIPGap": 1e-9, "MIPGapAbs": 1e-12, "FeasibilityTol": 1e-9,
                     "IntFeasTol": 1e-9, "OptimalityTol": 1e-9, "BarQCPConvTol": 1e-10,
                     "TimeLimit": float(time_limit), "Threads": 1}.items():
            m.setParam(k, v)
        t0 = time.perf_counter()
        try:
            m.optimize()
        except gp.GurobiError as exc:  # the license also limits (quadratic) nonzeros
            if "too large" not in str(exc):
                raise
            return {"solver": "gurobi", "status": "too_large", "objective": float("nan"),
                    "bound": float("nan"), "time": float("nan"), "nodes": 0, "y": None}
        wall = time.perf_counter() - t0
        status = {gp.GRB.OPTIMAL: "optimal", gp.GRB.TIME_LIMIT: "time_limit"}.get(
            m.Status, f"status {m.Status}")
        has = m.SolCount > 0
        y = _y_from(((v.VarName, v.X) for v in m.getVars()), problem.num_groups) \
            if has else None
        return {"solver": "gurobi", "status": status,
                "objective": m.ObjVal if has else float("nan"), "bound": m.ObjBound,
                "time": wall, "nodes": int(m.NodeCount), "y": y}


PEERS = {"scip": solve_scip, "gurobi": solve_gurobi}


def available() -> list[str]:
    """Peers importable here."""
    import importlib.util

    mods = {"scip": "pyscipopt", "gurobi": "gurobipy"}
    return [p for p, mod in mods.items() if importlib.util.find_spec(mod) is not None]
