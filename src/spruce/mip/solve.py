"""`solve`: the one entry point to spruce's exact MIP solvers, and its input validation.

    min_{W,y} L(W) + λ Σ_j [α‖W_j‖² + (1−α) y_j],  |W_i| ≤ M_j y_j (i ∈ j),  y ∈ {0,1}^G,  Σy ≤ k

`solve(problem, formulation, method, time_limit, gap_tol, check_big_m, **options)` checks
every argument once, in `_solve_iv` (as scipy.optimize.milp does with `_milp_iv`; every
error is a ValueError naming the parameter), then runs one engine:
    method "bnb"   spruce's branch-and-bound (spruce.mip.bnb; every loss: first-order
                   perspective or big-M nodes with certified dual bounds),
    method "oa"    outer approximation with a HiGHS MILP master (spruce.mip.oa; any loss),
    method "auto"  (default) "bnb" (for the logistic loss too: 10–280× faster than OA where
                   OA finished on the instances of docs/mip.md).
options: node_limit, node_solver ("auto" | "qp" | "fista"), max_rounds, stall, cut_tol,
progress, shift ("none" (default) | "root" | "block" | "tree": where the shifted perspective
of spruce.mip.shift bounds the nodes; "block": its block form at the root), branching
("fractional" | "pseudocost":
spruce.mip.branching) (bnb); max_iter, callback, debug_file (oa).

Every answer is certified on the original problem (result.certify, inside the engines); a
problem read from a model file also on the file's own objective (recover.certify_file: extra
holds file_objective, file_bound, file_gap, and gap is the file's), the engines measuring
their gaps relative to the file's objective (offset = meta["objective_offset"]). One meaning
of gap for every method: (objective − bound)/max(|objective|, 1e-8·L(0)) (result.relative_gap).
The clock starts when solve is called: time_limit covers the whole call.
Speed: the validation is O(1); the engines' speed is in their modules and
benchmarks/bench_mip.py.
"""

from __future__ import annotations

import math
import numbers
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .problem import GroupPruningProblem
    from .result import MipResult

FORMULATIONS = ("bigm", "perspective")
METHODS = ("auto", "bnb", "oa")
NODE_SOLVERS = ("auto", "qp", "fista")
SHIFTS = ("none", "root", "block", "tree")  # where the shifted perspective bounds (mip.shift)
BRANCHING = ("fractional", "pseudocost")  # spruce.mip.branching.RULES


class SolveInputError(ValueError):
    """An argument of `solve` is invalid; `param` names it."""

    def __init__(self, param: str, message: str):
        super().__init__(message)
        self.param = param


@dataclass(frozen=True)
class SolveInput:
    """solve's arguments after `_solve_iv`: method resolved ("auto" only without a problem),
    numbers as floats/ints, options those of the method."""

    formulation: str
    method: str
    time_limit: float
    gap_tol: float
    check_big_m: bool = True
    options: dict = field(default_factory=dict)
    offset: float = 0.0


def _number(param: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise SolveInputError(param, f"{param} must be a number, got {value!r}")
    return float(value)


def _count(param: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < 1:
        raise SolveInputError(param, f"{param} must be an integer >= 1, got {value!r}")
    return int(value)


def _nonneg(param: str, value: Any) -> float:
    v = _number(param, value)
    if not (math.isfinite(v) and v >= 0):
        raise SolveInputError(param, f"{param} must be a finite number >= 0, got {value!r}")
    return v


def _positive(param: str, value: Any) -> float:
    v = _number(param, value)
    if not (math.isfinite(v) and v > 0):
        raise SolveInputError(param, f"{param} must be a finite number > 0, got {value!r}")
    return v


def _flag(param: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise SolveInputError(param, f"{param} must be True or False, got {value!r}")
    return value


def _node_solver(param: str, value: Any) -> str:
    if value not in NODE_SOLVERS:
        raise SolveInputError(param, f"{param} must be one of {NODE_SOLVERS}, got {value!r}")
    return value


def _shift(param: str, value: Any) -> str:
    if value not in SHIFTS:
        raise SolveInputError(param, f"{param} must be one of {SHIFTS}, got {value!r}")
    return value


def _branching(param: str, value: Any) -> str:
    if value not in BRANCHING:
        raise SolveInputError(param, f"{param} must be one of {BRANCHING}, got {value!r}")
    return value


def _callable(param: str, value: Any) -> Callable | None:
    if value is not None and not callable(value):
        raise SolveInputError(param, f"{param} must be a function or None, got {value!r}")
    return value


def _path(param: str, value: Any) -> str | None:
    if value is not None and not isinstance(value, str):
        raise SolveInputError(param, f"{param} must be a file name (str) or None, "
                                     f"got {value!r}")
    return value


OPTIONS: dict[str, dict[str, Callable[[str, Any], Any]]] = {
    "bnb": {"node_limit": _count, "node_solver": _node_solver, "max_rounds": _count,
            "stall": _nonneg, "cut_tol": _positive, "progress": _flag, "shift": _shift,
            "branching": _branching},
    "oa": {"max_iter": _count, "callback": _callable, "debug_file": _path},
}


def resolve_method(problem: GroupPruningProblem, method: str) -> str:
    """"auto" → "bnb" (every loss); other methods as given."""
    return "bnb" if method == "auto" else method


def _solve_iv(problem: GroupPruningProblem | None, formulation: str = "perspective",
              method: str = "auto", time_limit: float = 600.0, gap_tol: float = 1e-6,
              check_big_m: bool = True, options: dict | None = None,
              partial: bool = False) -> SolveInput:
    """Check every argument of `solve` (SolveInputError, a ValueError naming the parameter).
    partial=True with problem None checks what does not depend on the problem (the command
    line does, before it loads anything)."""
    from .problem import GroupPruningProblem

    if not (partial and problem is None) and not isinstance(problem, GroupPruningProblem):
        raise SolveInputError("problem", "problem must be a GroupPruningProblem, got "
                                         f"{type(problem).__name__}")
    if formulation not in FORMULATIONS:
        raise SolveInputError("formulation", f"formulation must be one of {FORMULATIONS}, "
                                             f"got {formulation!r}")
    if method not in METHODS:
        raise SolveInputError("method", f"method must be one of {METHODS}, got {method!r}")
    limit = _number("time_limit", time_limit)
    if not limit > 0:  # NaN too; +inf means no limit
        raise SolveInputError("time_limit", f"time_limit must be > 0 seconds, got {time_limit}")
    gap = _number("gap_tol", gap_tol)
    if not 0 <= gap < 1:  # NaN and ±inf too; a relative gap of 1 would call anything optimal
        raise SolveInputError("gap_tol", f"gap_tol must be a finite number in [0, 1) (a "
                                         f"relative gap), got {gap_tol!r}")
    check_big_m = _flag("check_big_m", check_big_m)
    offset = 0.0
    if problem is not None:
        method = resolve_method(problem, method)
        if "file_model" in (problem.meta or {}):
            offset = float(problem.meta.get("objective_offset", 0.0))
            if not math.isfinite(offset):
                raise SolveInputError("problem", "problem.meta['objective_offset'] must be "
                                                 f"finite, got {offset!r}")
    checked = {}
    known = OPTIONS.get(method, OPTIONS["bnb"] | OPTIONS["oa"])
    for name, value in (options or {}).items():
        if name not in known:
            other = [m for m, opts in OPTIONS.items() if name in opts]
            raise SolveInputError(name, f"{name} is an option of method={other[0]!r}, not of "
                                        f"method={method!r}" if other else
                                  f"unknown option {name!r} (options of method={method!r}: "
                                  f"{', '.join(known)})")
        checked[name] = known[name](name, value)
    if problem is not None and problem.loss != "squared":
        shifted = "the shifted perspective needs the squared loss's Hessian"
        for name, bad, why in (("node_solver", "qp", "HiGHS QPs need the squared loss"),
                               ("shift", "tree", shifted), ("shift", "block", shifted)):
            if checked.get(name) == bad:
                raise SolveInputError(name, f"{name}={bad!r} needs loss='squared' ({why}); "
                                            f"this problem has loss={problem.loss!r}")
    return SolveInput(formulation, method, limit, gap, check_big_m, checked, offset)


def solve(problem: GroupPruningProblem, formulation: str = "perspective", method: str = "auto",
          time_limit: float = 600.0, gap_tol: float = 1e-6, check_big_m: bool = True,
          **options: Any) -> MipResult:
    """Solve the pruning MIP to certified optimality (see the module docstring).

    A time or node limit returns the incumbent and the best bound with status "time_limit" /
    "node_limit", never "optimal"; Ctrl-C returns them with status "interrupted". With
    check_big_m, extra["M_binding_groups"] lists the groups where |W_i| = M_j at the answer
    (and a BigMBindingWarning is issued).
    """
    t0 = time.perf_counter()
    inp = _solve_iv(problem, formulation, method, time_limit, gap_tol, check_big_m, options)
    left = inp.time_limit - (time.perf_counter() - t0)
    if inp.method == "bnb":
        from .bnb import branch_and_bound

        res = branch_and_bound(problem, inp.formulation, gap_tol=inp.gap_tol, time_limit=left,
                               offset=inp.offset, **inp.options)
    else:
        from .oa import outer_approximation

        res = outer_approximation(problem, inp.formulation, gap_tol=inp.gap_tol,
                                  time_limit=left, offset=inp.offset, **inp.options)
    if "file_model" in (problem.meta or {}):
        from .recover import certify_file

        res = certify_file(problem, res, inp.gap_tol)
    if inp.check_big_m:
        res.extra["M_binding_groups"] = problem.check_binding(res.W.reshape(-1), res.y)
    res.time = time.perf_counter() - t0
    return res
