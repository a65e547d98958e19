"""The pruning MIP as readable, solver-agnostic Pyomo models, and their export to .lp/.mps.

Residuals r_ic = Y_ic − Σ_a X_ia W_ac are variables (n·q linear equalities) so that the loss
(1/2n)Σ r² stays a sparse diagonal quadratic in any file format.

    bigm         min (1/2n)Σr² + λ Σ_j [α Σ_{i∈j} W_i² + (1−α) y_j],  −M_j y_j ≤ W_i ≤ M_j y_j
    perspective  min (1/2n)Σr² + λ Σ_j [α s_j + (1−α) y_j],  Σ_{i∈j} W_i² ≤ s_j y_j  (rotated
                 cone: s_j, y_j ≥ 0), plus the same big-M bounds; y binary in both.
    gdp          per group the disjunction  [y_j: |W_i| ≤ M_j, cost α‖W_j‖² + (1−α)]  ∨
                 [¬y_j: W_j = 0, cost 0], transformed by `gdp.bigm` (→ the big-M model) or by
                 `gdp.hull` with exact_hull_quadratic (→ the perspective model).
Only the squared loss has a file form (the logistic loss is not quadratic).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from .problem import GroupPruningProblem


def _base(problem: GroupPruningProblem):
    import pyomo.environ as pyo

    if problem.loss != "squared":
        raise ValueError("Pyomo/.lp/.mps models need loss='squared' (a quadratic loss), got "
                         f"{problem.loss!r}")
    pb = problem
    m = pyo.ConcreteModel(name=pb.name)
    m.I = pyo.RangeSet(0, pb.dim - 1)
    m.J = pyo.RangeSet(0, pb.num_groups - 1)
    m.N = pyo.RangeSet(0, pb.n - 1)
    m.C = pyo.RangeSet(0, pb.q - 1)
    bnd = pb.entry_bounds()
    m.W = pyo.Var(m.I, bounds=lambda _, i: (None if not np.isfinite(bnd[i]) else -bnd[i],
                                            None if not np.isfinite(bnd[i]) else bnd[i]))
    m.r = pyo.Var(m.N, m.C)
    X, Y, q = pb.X, pb.Y, pb.q

    def residual(mm, a, c):
        return mm.r[a, c] == float(Y[a, c]) - sum(float(X[a, b]) * mm.W[b * q + c]
                                                  for b in range(pb.p) if X[a, b] != 0)
    m.residual = pyo.Constraint(m.N, m.C, rule=residual)
    m.loss = pyo.Expression(expr=sum(m.r[a, c] ** 2 for a in m.N for c in m.C) / (2 * pb.n))
    return m, pyo


def _budget(m, pyo, problem: GroupPruningProblem, y) -> None:
    if problem.k is not None:
        m.budget = pyo.Constraint(expr=sum(y[j] for j in m.J) <= problem.k)


def bigm_model(problem: GroupPruningProblem):
    """Big-M MIQP (see module docstring)."""
    m, pyo = _base(problem)
    pb = problem
    m.y = pyo.Var(m.J, domain=pyo.Binary)
    pairs = [(j, int(i)) for j, g in enumerate(pb.groups) for i in g]
    m.P = pyo.Set(initialize=pairs, dimen=2)
    m.upper = pyo.Constraint(m.P, rule=lambda mm, j, i: mm.W[i] <= float(pb.M[j]) * mm.y[j])
    m.lower = pyo.Constraint(m.P, rule=lambda mm, j, i: -float(pb.M[j]) * mm.y[j] <= mm.W[i])
    _budget(m, pyo, pb, m.y)
    pen = sum(pb.alpha * sum(m.W[int(i)] ** 2 for i in g) + (1 - pb.alpha) * m.y[j]
              for j, g in enumerate(pb.groups))
    m.obj = pyo.Objective(expr=m.loss + pb.lam * pen)
    return m


def perspective_model(problem: GroupPruningProblem):
    """Perspective MISOCP with rotated cones ‖W_j‖² ≤ s_j y_j (see module docstring)."""
    m, pyo = _base(problem)
    pb = problem
    m.y = pyo.Var(m.J, domain=pyo.Binary)
    m.s = pyo.Var(m.J, domain=pyo.NonNegativeReals)
    pairs = [(j, int(i)) for j, g in enumerate(pb.groups) for i in g]
    m.P = pyo.Set(initialize=pairs, dimen=2)
    m.upper = pyo.Constraint(m.P, rule=lambda mm, j, i: mm.W[i] <= float(pb.M[j]) * mm.y[j])
    m.lower = pyo.Constraint(m.P, rule=lambda mm, j, i: -float(pb.M[j]) * mm.y[j] <= mm.W[i])
    m.cone = pyo.Constraint(m.J, rule=lambda mm, j: sum(mm.W[int(i)] ** 2 for i in pb.groups[j])
                            <= mm.s[j] * mm.y[j])
    _budget(m, pyo, pb, m.y)
    m.obj = pyo.Objective(expr=m.loss + pb.lam * sum(pb.alpha * m.s[j] + (1 - pb.alpha) * m.y[j]
                                                     for j in m.J))
    return m


def gdp_model(problem: GroupPruningProblem):
    """Per-group disjunctions (Pyomo GDP), before any transformation."""
    m, pyo = _base(problem)
    from pyomo.gdp import Disjunct, Disjunction

    pb = problem
    m.cost = pyo.Var(m.J, domain=pyo.NonNegativeReals,
                     bounds=lambda _, j: (0.0, pb.alpha * pb.groups[j].size * pb.M[j] ** 2
                                          + (1 - pb.alpha)))
    m.on = Disjunct(m.J)
    m.off = Disjunct(m.J)
    for j, g in enumerate(pb.groups):
        idx = [int(i) for i in g]
        on, off = m.on[j], m.off[j]
        on.pay = pyo.Constraint(expr=m.cost[j] >= pb.alpha * sum(m.W[i] ** 2 for i in idx)
                                + (1 - pb.alpha))
        off.zero = pyo.Constraint(pyo.Any, noruleinit=True)
        for i in idx:
            off.zero[i] = m.W[i] == 0
        off.free = pyo.Constraint(expr=m.cost[j] >= 0)
    m.choice = Disjunction(m.J, rule=lambda mm, j: [mm.on[j], mm.off[j]])
    if pb.k is not None:
        m.budget = pyo.Constraint(expr=sum(m.on[j].indicator_var.get_associated_binary()
                                           for j in m.J) <= pb.k)
    m.obj = pyo.Objective(expr=m.loss + pb.lam * sum(m.cost[j] for j in m.J))
    return m


def gdp_transformed(problem: GroupPruningProblem, how: str = "hull"):
    """The GDP model after `gdp.bigm` or `gdp.hull` (exact_hull_quadratic=True)."""
    import pyomo.environ as pyo

    m = gdp_model(problem)
    if how == "bigm":
        pyo.TransformationFactory("gdp.bigm").apply_to(m)
    elif how == "hull":
        pyo.TransformationFactory("gdp.hull").apply_to(m, exact_hull_quadratic=True)
    else:
        raise ValueError(f"how must be 'bigm' or 'hull', got {how!r}")
    return m


MODELS = {"bigm": bigm_model, "perspective": perspective_model}


def build(problem: GroupPruningProblem, formulation: str):
    if formulation not in MODELS:
        raise ValueError(f"formulation must be one of {tuple(MODELS)}, got {formulation!r}")
    return MODELS[formulation](problem)


def export(problem: GroupPruningProblem, formulation: str, path: str | Path) -> Path:
    """Write the model to `path` (.lp or .mps, chosen by the suffix) with readable names."""
    path = Path(path)
    fmt = {".lp": "lp", ".mps": "mps"}.get(path.suffix)
    if fmt is None:
        raise ValueError(f"path must end in .lp or .mps, got {str(path)!r}")
    path.parent.mkdir(parents=True, exist_ok=True)
    model = build(problem, formulation)
    model.write(str(path), format=fmt, io_options={"symbolic_solver_labels": True})
    return path
