"""Result of an exact solve, shaped like scipy.optimize.OptimizeResult.

    gap = (objective − bound) / max(|objective|, 1e-8·scale)      (relative, ≥ 0)

scale is the instance's own unit, L(0) (GroupPruningProblem.loss_scale): the floor of the
denominator must not be an absolute number, or data scaled by 10⁻⁶ would pass any bound as
"optimal" and data scaled by 10⁶ could never close. 1e-8·L(0) is the precision a certified
float64 bound has at all (its terms are of the size of L(0) and cancel); with gap_tol 1e-6
an objective far below L(0) (a near-perfect fit) is certified to 1e-14·L(0) absolute. Without
a scale the floor is the absolute 1e-10 (the outer approximation).

status is one of STATUSES; only "optimal" claims that gap ≤ the requested tolerance.
A time or node limit returns the incumbent and the best bound, never "optimal".
`recertify` maps a result of the normalized instance (problem.normalized) back to the
original data: objective recomputed from W there, bound multiplied by s·κ.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

import numpy as np

from .problem import GroupPruningProblem

STATUSES = ("optimal", "time_limit", "node_limit", "iteration_limit", "interrupted", "infeasible",
            "error")


GAP_FLOOR = 1e-8  # times the instance's scale L(0): see the module docstring


def relative_gap(objective: float, bound: float, scale: float | None = None) -> float:
    """(objective − bound) / max(|objective|, 1e-8·scale), clipped at 0 (see module doc)."""
    if not np.isfinite(objective):
        return float("inf")
    floor = GAP_FLOOR * scale if scale is not None and np.isfinite(scale) and scale > 0 \
        else 1e-10
    return max(0.0, (objective - bound) / max(abs(objective), floor, 1e-300))


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
        return out

    def __repr__(self) -> str:
        return (f"MipResult(status={self.status!r}, objective={self.objective:.10g}, "
                f"bound={self.bound:.10g}, gap={self.gap:.2e}, kept={self.kept}, "
                f"nodes={self.nodes}, qp_solves={self.qp_solves}, cuts={self.cuts}, "
                f"time={self.time:.3f}s, method={self.method!r}/{self.formulation!r})")


def recertify(problem: GroupPruningProblem, res: MipResult, scale: float, c: float,
              kappa: float, gap_tol: float) -> MipResult:
    """The normalized search's result on the original data: W = c·U (clipped to the boxes it
    may leave by rounding), objective = problem.objective(W), bound = s·κ·(its bound), gap
    and status checked again."""
    w = c * np.asarray(res.W, dtype=np.float64).reshape(-1)
    bnd = problem.entry_bounds()
    w = np.clip(w, -bnd, bnd)
    objective = problem.objective(w)
    # a valid bound stays valid under min with a feasible value (rounding can put it a hair
    # above the recomputed objective)
    bound = min(scale * kappa * res.bound, objective)
    gap = relative_gap(objective, bound, problem.loss_scale())
    status, message = res.status, res.message
    if status == "optimal" and gap > gap_tol:
        status, message = "error", (f"on the original data the gap is {gap:.2e} > {gap_tol:g} "
                                    "(the normalized search had closed it: rounding decides "
                                    "on this instance)")
    res.status, res.message, res.objective, res.bound, res.gap = (status, message, objective,
                                                                  bound, gap)
    res.W = w.reshape(problem.p, problem.q)
    res.root_bound = scale * kappa * res.root_bound
    res.y = problem.support(w)
    res.extra.update(objective_scale=scale, weight_scale=c)
    return res
