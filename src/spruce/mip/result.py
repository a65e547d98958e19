"""Results of the exact solvers (MipResult, like scipy.optimize.OptimizeResult) and of the
relaxations (RelaxationResult), and the certification every exact answer goes through.

    gap = (objective − bound) / max(|objective|, 1e-8·L(0))      (relative, ≥ 0)

One meaning for every method (branch-and-bound, outer approximation, the peers): L(0) is the
instance's own unit (GroupPruningProblem.loss_scale), so the floor of the denominator is never
an absolute number, or data scaled by 10⁻⁶ would pass any bound as "optimal" and data scaled
by 10⁶ could never close. 1e-8·L(0) is the precision a certified float64 bound has at all
(its terms are of the size of L(0) and cancel); with gap_tol 1e-6 an objective far below L(0)
(a near-perfect fit) is certified to 1e-14·L(0) absolute. Only where L(0) = 0 (Y = 0: W = 0
is optimal) is the floor the absolute 1e-10. A model file measures the same way on its own
objective (spruce.mip.recover.certify_file: L(0) is the file's value at W = 0).

status is one of STATUSES; only "optimal" claims that gap ≤ the requested tolerance.
A time or node limit returns the incumbent and the best bound, never "optimal". `nodes`
counts branch-and-bound nodes, `rounds` outer-approximation master rounds.
`recertify` maps a result of the normalized instance (reform.normalized) back to the
original data: objective recomputed from W there, bound lifted by reform.lift_bound (s times
the bound, less what the rounding of λ', α' can change the penalty by).

`certify` is the last step of every exact path (branch-and-bound, outer approximation; model
files add `spruce.mip.recover.certify_file` on the file's own objective): W is put back in
its boxes, the objective recomputed from W on the ORIGINAL problem, and "optimal" kept only if
that objective is within gap_tol of the bound. A bound above the objective of the returned
feasible point (beyond rounding) cannot be valid: "optimal" becomes "error" and the bound is
replaced by a certified one (the Fenchel dual bound of the perspective relaxation, valid at
any point; spruce.mip.perspective). Nothing a solver says is taken on trust here.
Speed: certify costs one objective evaluation (a certified bound, ~1 ms, only when it fails).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

import numpy as np

from .problem import GroupPruningProblem

STATUSES = ("optimal", "time_limit", "node_limit", "iteration_limit", "interrupted", "infeasible",
            "error")


GAP_FLOOR = 1e-8  # times the instance's scale L(0): see the module docstring


def gap_floor(scale: float) -> float:
    """The least denominator of a relative gap: 1e-8·L(0), or 1e-10 where L(0) = 0."""
    return GAP_FLOOR * scale if np.isfinite(scale) and scale > 0 else 1e-10


def relative_gap(objective: float, bound: float, scale: float) -> float:
    """(objective − bound) / max(|objective|, 1e-8·scale), clipped at 0 (see module doc);
    scale = L(0), the objective at W = 0."""
    if not np.isfinite(objective):
        return float("inf")
    return max(0.0, (objective - bound) / max(abs(objective), gap_floor(scale), 1e-300))


def _finite_or_none(v):
    return None if v is None or (isinstance(v, float) and not np.isfinite(v)) else v


@dataclass
class MipResult:
    status: str
    message: str
    objective: float
    bound: float
    gap: float
    y: np.ndarray
    W: np.ndarray
    nodes: int = 0
    rounds: int = 0
    qp_solves: int = 0
    cuts: int = 0
    time: float = 0.0
    method: str = ""
    formulation: str = ""
    root_bound: float = float("nan")
    extra: dict = field(default_factory=dict)

    @property
    def success(self) -> bool:
        return self.status == "optimal"

    @property
    def kept(self) -> list[int]:
        return [int(j) for j in np.flatnonzero(np.asarray(self.y) > 0.5)]

    def __getitem__(self, key: str):  # OptimizeResult-style access
        return getattr(self, key)

    def to_dict(self) -> dict:
        out = asdict(self)
        out["y"] = [int(round(v)) for v in np.asarray(self.y).reshape(-1)]
        out["W"] = np.asarray(self.W).tolist()
        out["kept"] = self.kept
        out["success"] = self.success
        for key in ("objective", "bound", "gap", "root_bound", "time"):
            v = out[key]
            out[key] = None if v is None or not np.isfinite(v) else float(v)
        out["extra"] = {k: _finite_or_none(v) for k, v in out["extra"].items()}
        return out

    def __repr__(self) -> str:
        count = f"rounds={self.rounds}" if self.rounds else f"nodes={self.nodes}"
        return (f"MipResult(status={self.status!r}, objective={self.objective:.10g}, "
                f"bound={self.bound:.10g}, gap={self.gap:.2e}, kept={self.kept}, "
                f"{count}, qp_solves={self.qp_solves}, cuts={self.cuts}, "
                f"time={self.time:.3f}s, method={self.method!r}/{self.formulation!r})")


@dataclass
class RelaxationResult:
    """A relaxation solved on its own (spruce.mip.relax): `bound` is a certified lower bound
    on the relaxation, hence on the MIP; `value` the relaxation's objective at W (≥ bound);
    y its relaxed indicators. status "optimal" when value − bound ≤ 1e-6·max(L(0), |value|),
    else "iteration_limit" (the bound stays valid)."""

    bound: float
    value: float
    W: np.ndarray
    y: np.ndarray
    time: float = 0.0
    status: str = "optimal"
    message: str = ""
    formulation: str = ""
    solver: str = ""
    iterations: int = 0

    def __getitem__(self, key: str):  # r["bound"], as for MipResult
        return getattr(self, key)

    def to_dict(self) -> dict:
        out = asdict(self)
        out["W"] = np.asarray(self.W).tolist()
        out["y"] = [float(v) for v in np.asarray(self.y).reshape(-1)]
        for key in ("bound", "value", "time"):
            out[key] = _finite_or_none(float(out[key]))
        return out


def relaxation_status(problem: GroupPruningProblem, bound: float, value: float,
                      tol: float = 1e-6) -> tuple[str, str]:
    """("optimal", "") when value − bound ≤ tol·max(L(0), |value|), else why not."""
    unit = problem.loss_scale()
    unit = unit if np.isfinite(unit) and unit > 0 else 1.0
    gap = (value - bound) / max(unit, abs(value))
    if np.isfinite(gap) and gap <= tol:
        return "optimal", ""
    return "iteration_limit", (f"value − bound = {gap:.2e}·max(L(0), |value|) > {tol:g}: "
                               "the bound is valid, the relaxation not solved to tolerance")


def recertify(problem: GroupPruningProblem, res: MipResult, search: GroupPruningProblem,
              scale: float, c: float, kappa: float, gap_tol: float) -> MipResult:
    """The normalized search's result on the original data: W = c·U, bound = the searched
    bound lifted by reform.lift_bound (≈ s·bound), then `certify` (objective recomputed
    from W, gap and status checked again)."""
    from .reform import lift_bound

    res.W = c * np.asarray(res.W, dtype=np.float64)
    res.bound = lift_bound(search, scale, kappa, res.bound)
    res.root_bound = lift_bound(search, scale, kappa, res.root_bound)
    res.extra.update(objective_scale=scale, weight_scale=c)
    return certify(problem, res, gap_tol,
                   why="the normalized search had closed it: rounding decides on this instance")


def certified_bound(problem: GroupPruningProblem, w: np.ndarray | None = None,
                    max_iter: int = 2000) -> float:
    """A lower bound on the MIP's optimum that needs no solver's word: the Fenchel dual bound
    of the perspective relaxation (with the budget, if any), after a short first-order solve
    from w."""
    from .perspective import PerspectiveSolver

    try:
        fo = PerspectiveSolver(problem, "spr")
        state = np.full(problem.num_groups, -1, dtype=np.int8)
        bound, _, _ = fo.solve(state, w, tol=1e-9, max_iter=max_iter)
    except (ValueError, FloatingPointError, np.linalg.LinAlgError):
        return -np.inf
    return float(bound) if np.isfinite(bound) else -np.inf


def certify(problem: GroupPruningProblem, res: MipResult, gap_tol: float,
            why: str = "") -> MipResult:
    """The final check of every exact path (see the module docstring): res re-evaluated on the
    ORIGINAL problem; status "optimal" only if its objective is within gap_tol of its bound.

    W is clipped to the boxes |W_i| ≤ M_j (the solvers may leave them by rounding), y is its
    support, objective = problem.objective(W); a W that keeps more groups than the budget k is
    not feasible: W = 0 is kept and the status is "error". A bound above that objective by more than
    rounding (max(gap_tol, 1e-9) relative) is not valid: it is replaced by `certified_bound`
    and "optimal" becomes "error". Otherwise bound = min(bound, objective)."""
    w = np.asarray(res.W, dtype=np.float64).reshape(-1)
    status, message = res.status, res.message
    if not np.isfinite(w).all():
        w = np.zeros(problem.dim)  # W = 0 is always feasible
        status, message = "error", f"{message}; the solver returned a non-finite W (W = 0 kept)"
    bnd = problem.entry_bounds()
    w = np.clip(w, -bnd, bnd)
    kept = int(problem.support(w).sum())
    if problem.k is not None and kept > problem.k:  # not a feasible point of the MIP
        w = np.zeros(problem.dim)
        why = (f"the solver's point keeps {kept} groups, more than the budget "
               f"k = {problem.k} (W = 0 kept)")
        status, message = "error", f"{message}; {why}" if message else why
    objective = problem.objective(w)
    unit = problem.loss_scale()
    bound = float(res.bound) if res.bound is not None else -np.inf
    if np.isnan(bound):
        bound = -np.inf
    slack = max(gap_tol, 1e-9) * max(abs(objective), GAP_FLOOR * unit if np.isfinite(unit)
                                     else 0.0, 1e-300)
    if bound > objective + slack:  # not a valid bound: a limit or Ctrl-C keeps its status
        good = min(certified_bound(problem, w), objective)
        message = (f"the solver's bound {bound:.10g} exceeds {objective:.10g}, the objective of "
                   "its own feasible point on the original problem: that bound is not valid "
                   f"(numerical trouble); replaced by the certified bound {good:.10g}"
                   + (f" [{message}]" if message and status != "optimal" else ""))
        status, bound = "error" if status == "optimal" else status, good
    bound = min(bound, objective)  # a valid bound stays valid under min with a feasible value
    gap = relative_gap(objective, bound, unit)
    if status == "optimal" and gap > gap_tol:
        status, message = "error", (f"on the original data the gap is {gap:.2e} > {gap_tol:g}"
                                    + (f" ({why})" if why else ""))
    res.status, res.message, res.objective, res.bound, res.gap = (status, message, objective,
                                                                  bound, gap)
    res.W = w.reshape(problem.p, problem.q)
    res.y = problem.support(w)
    return res
