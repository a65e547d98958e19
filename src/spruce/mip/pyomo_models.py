"""The pruning MIP as readable, solver-agnostic Pyomo models, and their export to .lp/.mps.

The loss has two written forms: "gram" (default) expands it through the Gram matrix,
    L(w) = ½ wᵀHw − bᵀw + c,  H = (XᵀX/n) ⊗ I_q,  b = vec(XᵀY/n),  c = ‖Y‖²/(2n)
(p²q quadratic terms, no extra rows: small files that fit Gurobi's size-limited license);
"residual" keeps r_ic = Y_ic − Σ_a X_ia W_ac as variables (n·q equalities), L = (1/2n)Σ r².

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
import scipy.sparse as sp

from .problem import GroupPruningProblem


def _base(problem: GroupPruningProblem, loss_form: str = "gram"):
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
    if loss_form == "gram":
        H, b, c = pb.quadratic()
        U = sp.triu(H, format="coo")
        quad = sum((0.5 if i == j else 1.0) * float(v) * m.W[int(i)] * m.W[int(j)]
                   for i, j, v in zip(U.row, U.col, U.data, strict=True) if v != 0)
        lin = sum(-float(b[i]) * m.W[i] for i in range(pb.dim) if b[i] != 0)
        m.loss = pyo.Expression(expr=quad + lin + c)
        return m, pyo
    if loss_form != "residual":
        raise ValueError(f"loss_form must be 'gram' or 'residual', got {loss_form!r}")
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


def bigm_model(problem: GroupPruningProblem, loss_form: str = "gram"):
    """Big-M MIQP (see module docstring)."""
    m, pyo = _base(problem, loss_form)
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


def perspective_model(problem: GroupPruningProblem, loss_form: str = "gram"):
    """Perspective MISOCP with rotated cones ‖W_j‖² ≤ s_j y_j (see module docstring)."""
    m, pyo = _base(problem, loss_form)
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


def gdp_model(problem: GroupPruningProblem, loss_form: str = "gram"):
    """Per-group disjunctions (Pyomo GDP), before any transformation."""
    m, pyo = _base(problem, loss_form)
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


def gdp_transformed(problem: GroupPruningProblem, how: str = "hull", loss_form: str = "gram"):
    """The GDP model after `gdp.bigm` or `gdp.hull` (exact_hull_quadratic=True)."""
    import pyomo.environ as pyo

    m = gdp_model(problem, loss_form)
    if how == "bigm":
        pyo.TransformationFactory("gdp.bigm").apply_to(m)
    elif how == "hull":
        pyo.TransformationFactory("gdp.hull").apply_to(m, exact_hull_quadratic=True)
    else:
        raise ValueError(f"how must be 'bigm' or 'hull', got {how!r}")
    return m


MODELS = {"bigm": bigm_model, "perspective": perspective_model}


def build(problem: GroupPruningProblem, formulation: str, loss_form: str = "gram"):
    if formulation not in MODELS:
        raise ValueError(f"formulation must be one of {tuple(MODELS)}, got {formulation!r}")
    return MODELS[formulation](problem, loss_form)


def export(problem: GroupPruningProblem, formulation: str, path: str | Path,
           loss_form: str = "gram") -> Path:
    """Write the model to `path` (.lp or .mps, chosen by the suffix) with readable names."""
    path = Path(path)
    if path.suffix not in (".lp", ".mps"):
        raise ValueError(f"path must end in .lp or .mps, got {str(path)!r}")
    path.parent.mkdir(parents=True, exist_ok=True)
    model = build(problem, formulation, loss_form)
    model.write(str(path), io_options={"symbolic_solver_labels": True})  # format from suffix
    return path
