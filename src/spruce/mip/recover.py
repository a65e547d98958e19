"""Recover the pruning MIP from the arrays of a model HiGHS has read (spruce.mip.mpsfile).

From the columns, rows, costs and Hessian: binaries y, weights w linked by ±w_i − M_j y_j ≤ 0
(→ groups and M_j), an optional budget Σ y ≤ k, free weights, fixed columns and the constant
(→ c₀), one cost c_y on every y (→ λ(1−α)). The ridge split and the equivalent squared loss
are derived in mpsfile's module docstring:
    δ = the largest ridge with Q − δD ⪰ 0 that keeps c in range and lets c₀ fit;  λα = δ/2;
    Q − δD = VΛVᵀ,  X̃ = √n [Λ_r^½ V_rᵀ; 0],  Ỹ = √n [−Λ_r^-½ V_rᵀ c; t],  ‖Ỹ‖²/(2n) = c₀.
Anything that is not this structure raises ModelFileError naming the file and what is missing.
`deadline` (spruce.mip.clock) is checked in the loops over rows and columns and before every
O(N³) step; past it, TimeLimitReached names the file and the stage.

meta["file_model"] (a FileObjective) keeps the file's own objective over the weights and
binaries: ½wᵀHw + cᵀw + c_yᵀy + c₀, evaluated directly from the file's numbers. When the
linear costs are large, the recovered least-squares form carries a constant far above the
file's objective (‖Ỹ‖²/(2n) ≈ ½cᵀ(Q − δD)⁺c: 2.8e12 for a cost of 1e6 on one weight, where
the file's objective is −3.4e6) and cancels to noise: `certify_file` therefore re-evaluates
every answer on the file's objective, turns the bound into the file's terms with a rounding
margin (FILE_ROUNDING of the magnitudes that cancel), and keeps "optimal" only if the gap on
the file's own scale is within the tolerance.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .clock import Deadline, check
from .problem import GroupPruningProblem

HIGHS_INF = 1e20  # HiGHS treats |value| ≥ 1e20 as infinite
MAX_DIM = 5000  # weights; the recovery is dense


FILE_ROUNDING = 64 * np.finfo(float).eps  # relative to |bound| + |offset|: see certify_file


@dataclass(frozen=True)
class FileObjective:
    """A model file's objective over the recovered problem's weights (flat, in the recovered
    order) and binaries (in group order): ½wᵀHw + cᵀw + c_yᵀy + c₀, with the file's own
    numbers (H includes the ridge, c₀ the constant columns), and the file's bounds on w."""

    H: np.ndarray
    c: np.ndarray
    cy: np.ndarray
    c0: float
    lower: np.ndarray
    upper: np.ndarray

    def value(self, w: np.ndarray, y: np.ndarray) -> float:
        """The file's objective at (w, y), its terms summed exactly (math.fsum)."""
        w = np.asarray(w, dtype=np.float64).reshape(-1)
        y = np.asarray(y, dtype=np.float64).reshape(-1)
        terms = np.concatenate([0.5 * w * (self.H @ w), self.c * w, self.cy * y, [self.c0]])
        return math.fsum(terms.tolist())


def certify_file(problem: GroupPruningProblem, res, gap_tol: float):
    """res (a MipResult of the problem recovered from a file) certified on the file's own
    objective; see the module docstring. Sets extra["file_objective"], ["file_bound"],
    ["file_gap"] and res.gap = the file's gap; "optimal" becomes "error" where that gap is
    above gap_tol, or where the bound exceeds the file objective at the returned point."""
    from .result import certified_bound, relative_gap

    model: FileObjective = problem.meta["file_model"]
    offset = float(problem.meta.get("objective_offset", 0.0))
    w = np.clip(np.asarray(res.W, dtype=np.float64).reshape(-1), model.lower, model.upper)
    y = problem.support(w)
    res.W, res.y, res.objective = w.reshape(problem.p, problem.q), y, problem.objective(w)
    f_obj = model.value(w, y)
    at0 = model.value(np.zeros_like(w), np.zeros_like(y))  # W = 0: feasible, the file's c₀
    unit = max(abs(at0), at0 - f_obj)  # the objective's own scale, from feasible points only

    def to_file(b: float) -> float:  # a valid bound of the recovered problem, in file terms
        if not np.isfinite(b):
            return -math.inf
        return b + offset - FILE_ROUNDING * (abs(b) + abs(offset) + unit)

    f_bound = to_file(res.bound)
    status, message = res.status, res.message
    if f_bound > f_obj + max(gap_tol, 1e-9) * max(abs(f_obj), 1e-8 * unit, 1e-300):
        good = min(to_file(certified_bound(problem, w)), f_obj)
        status = "error" if status == "optimal" else status
        message = (f"on the file's objective the bound {f_bound:.10g} exceeds the value "
                   f"{f_obj:.10g} of the returned point: not a valid bound; replaced by the "
                   f"certified {good:.10g}")
        f_bound = good
    f_bound = min(f_bound, f_obj)
    gap = relative_gap(f_obj, f_bound, unit)
    if status == "optimal" and gap > gap_tol:
        status = "error"
        message = (f"on the file's own objective the gap is {gap:.2e} > {gap_tol:g} "
                   f"(value {f_obj:.10g}, bound {f_bound:.10g}): the recovered least-squares "
                   f"form carries the constant {-offset:.4g}, whose rounding "
                   f"(~{FILE_ROUNDING * (abs(offset) + abs(res.bound)):.2g}) is too coarse "
                   "for this file's objective; the point and the bound are valid, "
                   "optimality is not certified")
    res.status, res.message, res.gap = status, message, gap
    res.extra.update(file_objective=float(f_obj), file_bound=float(f_bound), file_gap=float(gap))
    return res


class ModelFileError(ValueError):
    """The file cannot be read as a pruning MIP; the message names the file and the reason."""


def _fail(path: Path, msg: str) -> ModelFileError:
    return ModelFileError(f"{path}: {msg}")


def _arrays(path: Path, h):
    """The model's arrays: bounds, costs, A (csr), symmetric Q (csc), integrality, names."""
    import highspy
    import scipy.sparse as sp

    model = h.getModel()
    lp, hess = model.lp_, model.hessian_
    if lp.sense_ != highspy.ObjSense.kMinimize:
        raise _fail(path, "maximises its objective; spruce reads minimisation models")
    nc, nr = lp.num_col_, lp.num_row_
    if nc == 0:
        raise _fail(path, "has no variables")
    am = lp.a_matrix_
    shape = (nr, nc)
    parts = (np.asarray(am.value_, float), np.asarray(am.index_, np.int64),
             np.asarray(am.start_, np.int64))
    if am.format_ == highspy.MatrixFormat.kRowwise:
        A = sp.csr_matrix(parts, shape=shape)
    else:
        A = sp.csc_matrix(parts, shape=shape).tocsr()
    A.eliminate_zeros()  # explicit zeros would fake entries (and a zero M)
    Q = sp.csc_matrix((nc, nc))
    if hess.dim_ > 0:
        T = sp.csc_matrix((np.asarray(hess.value_, float), np.asarray(hess.index_, np.int64),
                           np.asarray(hess.start_, np.int64)), shape=(hess.dim_, hess.dim_))
        if hess.format_ == highspy.HessianFormat.kTriangular:
            T = T + T.T - sp.diags(T.diagonal())
        Q = sp.block_diag([T, sp.csc_matrix((nc - hess.dim_, nc - hess.dim_))], format="csc") \
            if hess.dim_ < nc else T.tocsc()
        Q.eliminate_zeros()
    integ = list(lp.integrality_) or [highspy.HighsVarType.kContinuous] * nc
    cols = list(lp.col_names_) or [f"c{i}" for i in range(nc)]
    rows = list(lp.row_names_) or [f"r{i}" for i in range(nr)]
    return (np.asarray(lp.col_lower_, float), np.asarray(lp.col_upper_, float),
            np.asarray(lp.col_cost_, float), A, Q, integ, cols, rows,
            np.asarray(lp.row_lower_, float), np.asarray(lp.row_upper_, float),
            float(lp.offset_))


def _close(a: float, b: float, tol: float = 1e-9) -> bool:
    return abs(a - b) <= tol * max(1.0, abs(a), abs(b))


def recover(path: Path, h, share: float, name: str,
            deadline: Deadline | None = None) -> GroupPruningProblem:
    """The GroupPruningProblem in the model `h` (a highspy.Highs that has read `path`)."""
    import highspy

    what = f"while reading {path} (recovering the pruning structure): nothing was solved"
    lb, ub, cost, A, Q, integ, cols, rows, rlo, rup, c0 = _arrays(path, h)
    check(deadline, what)
    nc = len(cost)
    for what, vals in (("a constraint coefficient", A.data), ("an objective coefficient", cost),
                       ("a quadratic objective coefficient", Q.data),
                       ("the objective constant", np.array([c0]))):
        bad = ~np.isfinite(vals) | (np.abs(vals) >= HIGHS_INF)
        if bad.any():
            raise _fail(path, f"{what} is {float(vals[bad][0])!r}: not finite or too large "
                              f"(|v| ≥ {HIGHS_INF:g})")
    binary = np.zeros(nc, bool)
    for i, t in enumerate(integ):
        if t == highspy.HighsVarType.kContinuous:
            continue
        if t == highspy.HighsVarType.kInteger and lb[i] == 0 and ub[i] == 1:
            binary[i] = True
        elif t == highspy.HighsVarType.kInteger:
            raise _fail(path, f"integer variable {cols[i]} has bounds [{lb[i]:g}, {ub[i]:g}]: "
                              "spruce reads binary indicators y ∈ {0,1} only")
        else:
            raise _fail(path, f"variable {cols[i]} is {str(t).split('.')[-1]}: spruce reads "
                              "continuous weights and binary indicators only")
    if not binary.any():
        raise _fail(path, "has no binary variables: not a pruning MIP (needs indicators "
                          "y_j ∈ {0,1} linked to weights by ±w − M·y ≤ 0)")
    in_rows = A.getnnz(axis=0)
    fixed = {int(i): float(lb[i]) for i in np.flatnonzero(~binary & (lb == ub))}
    used = np.zeros(len(rows), bool)
    for r in range(len(rows)):
        if r % 1024 == 0:
            check(deadline, what)
        idx, val = A.indices[A.indptr[r]:A.indptr[r + 1]], A.data[A.indptr[r]:A.indptr[r + 1]]
        if len(idx) == 1 and not binary[idx[0]] and rlo[r] == rup[r] and in_rows[idx[0]] == 1 \
                and val[0] != 0 and int(idx[0]) not in fixed:
            c = int(idx[0])
            fixed[c] = float(rlo[r] / val[0])
            used[r] = True
            if not lb[c] <= fixed[c] <= ub[c]:
                raise _fail(path, f"row {rows[r]} fixes {cols[c]} = {fixed[c]:g} outside its "
                                  f"bounds [{lb[c]:g}, {ub[c]:g}]: infeasible")
    Qn = Q.getnnz(axis=0)
    for c in fixed:
        if Qn[c]:
            raise _fail(path, f"the constant column {cols[c]} has a quadratic objective term")
    link: dict[tuple[int, int], tuple[int, float]] = {}
    budget = None
    for r in np.flatnonzero(~used):
        if r % 1024 == 0:
            check(deadline, what)
        idx, val = A.indices[A.indptr[r]:A.indptr[r + 1]], A.data[A.indptr[r]:A.indptr[r + 1]]
        lo, up = rlo[r], rup[r]
        if len(idx) == 0:
            if lo > 0 or up < 0:
                raise _fail(path, f"row {rows[r]} is empty and infeasible")
            continue
        hit = [int(c) for c in idx if int(c) in fixed]
        if hit:
            raise _fail(path, f"row {rows[r]} uses the fixed column {cols[hit[0]]}: spruce "
                              "reads only linking rows ±w − M·y ≤ 0 and a budget Σy ≤ k")
        if binary[idx].all():
            if budget is not None:
                raise _fail(path, f"rows {rows[budget[0]]} and {rows[r]} both constrain only "
                                  "binaries: spruce reads at most one budget row Σy ≤ k")
            if not np.allclose(val, val[0], rtol=1e-12, atol=0) or set(idx) != \
                    set(np.flatnonzero(binary)):
                raise _fail(path, f"row {rows[r]} is not a budget Σ_j y_j ≤ k over all "
                                  "binaries with equal coefficients")
            a = float(val[0])
            lo, up = (lo / a, up / a) if a > 0 else (up / a, lo / a)
            if lo > 1e-9 or not np.isfinite(up):
                raise _fail(path, f"row {rows[r]} asks Σy in [{lo:g}, {up:g}]: spruce reads "
                                  "only an upper budget Σy ≤ k")
            budget = (int(r), max(0, math.floor(up + 1e-9)))
            continue
        if len(idx) != 2 or binary[idx].sum() != 1:
            raise _fail(path, f"row {rows[r]} ({len(idx)} entries, {int(binary[idx].sum())} "
                              "binary) is neither a linking row ±w − M·y ≤ 0 nor a budget "
                              "Σy ≤ k: spruce reads only the pruning MIP's rows")
        (wi, a), (yi, cy) = sorted(zip(idx.tolist(), val.tolist()), key=lambda t: binary[t[0]])
        if up == 0 and lo == -np.inf:
            pass
        elif lo == 0 and up == np.inf:
            a, cy = -a, -cy
        else:
            raise _fail(path, f"row {rows[r]} links {cols[wi]} and {cols[yi]} but its bounds "
                              f"[{lo:g}, {up:g}] are not those of ±w − M·y ≤ 0")
        if cy >= 0:
            raise _fail(path, f"row {rows[r]} links {cols[wi]} and {cols[yi]} with M ≤ 0")
        side = 1 if a > 0 else -1
        if (wi, side) in link:
            raise _fail(path, f"{cols[wi]} has two {'upper' if side > 0 else 'lower'} links")
        link[(wi, side)] = (yi, -cy / abs(a))
    const = np.zeros(nc, bool)
    const[list(fixed)] = True
    wcols, ycols = np.flatnonzero(~binary & ~const), np.flatnonzero(binary)
    notw = binary | const
    if Q[:, notw].nnz or Q[notw, :].nnz:
        raise _fail(path, "the objective has a quadratic term in a binary or constant column")
    ypos = {int(c): j for j, c in enumerate(ycols)}
    members: list[list[int]] = [[] for _ in ycols]
    bigm: list[list[float]] = [[] for _ in ycols]
    for k_, c in enumerate(wcols):
        upl, lol = link.get((int(c), 1)), link.get((int(c), -1))
        if upl is None and lol is None:
            if lb[c] != -np.inf or ub[c] != np.inf:
                raise _fail(path, f"{cols[c]} is in no group but has bounds [{lb[c]:g}, "
                                  f"{ub[c]:g}]: spruce's ungrouped weights are free")
            continue
        if upl is None or lol is None or upl[0] != lol[0] or not _close(upl[1], lol[1]):
            raise _fail(path, f"{cols[c]} is not linked as −M·y ≤ w ≤ M·y to one binary with "
                              "one M (both rows are needed)")
        if lb[c] > -upl[1] * (1 - 1e-9) or ub[c] < upl[1] * (1 - 1e-9):
            raise _fail(path, f"{cols[c]} has bounds [{lb[c]:g}, {ub[c]:g}] tighter than its "
                              f"link M = {upl[1]:g}")
        members[ypos[upl[0]]].append(k_)
        bigm[ypos[upl[0]]].append(upl[1])
    for j, c in enumerate(ycols):
        if not members[j]:
            raise _fail(path, f"binary {cols[c]} is linked to no weight")
        if not all(_close(m, bigm[j][0]) for m in bigm[j]):
            raise _fail(path, f"the weights of {cols[c]} have different M "
                              f"({min(bigm[j]):g} .. {max(bigm[j]):g}): spruce uses one M per "
                              "group")
    cy = cost[ycols]
    if not np.allclose(cy, cy[0], rtol=1e-9, atol=0) or cy[0] <= 0:
        raise _fail(path, f"the binaries' costs ({cy.min():g} .. {cy.max():g}) are not one "
                          "positive value λ(1−α): spruce's model charges every group alike")
    c0 = c0 + sum(cost[c] * v for c, v in fixed.items())
    if len(wcols) > MAX_DIM:
        raise _fail(path, f"has {len(wcols)} weights; spruce recovers the loss densely "
                          f"(O(N²) memory, O(N³) time) and reads at most {MAX_DIM}")
    check(deadline, what)
    H = Q[wcols][:, wcols].toarray()
    grouped = np.zeros(len(wcols), bool)
    grouped[[i for g in members for i in g]] = True
    Xt, Yt, d, dmax, rest = _as_squared_loss(path, H, -cost[wcols], grouped, c0, share,
                                             deadline)
    lam = d / 2 + float(cy[0])
    model = FileObjective(H=H, c=cost[wcols].copy(), cy=cost[ycols].copy(), c0=float(c0),
                          lower=lb[wcols].copy(), upper=ub[wcols].copy())
    meta = {"source_file": str(path), "route": "recovered", "objective_offset": rest,
            "file_constant": c0, "delta_max": dmax, "delta": d, "file_model": model,
            "weight_columns": [cols[c] for c in wcols],
            "constant_columns": {cols[c]: v for c, v in fixed.items()}}
    try:
        return GroupPruningProblem(Xt, Yt, [np.array(g) for g in members], lam=lam,
                                   alpha=(d / 2) / lam, M=np.array([m[0] for m in bigm]),
                                   k=None if budget is None else budget[1], name=name,
                                   group_names=[cols[c] for c in ycols], meta=meta)
    except ValueError as exc:  # e.g. an M that overflows: still one line naming the file
        raise _fail(path, f"the recovered problem is invalid: {exc}") from None


def _as_squared_loss(path: Path, H: np.ndarray, b: np.ndarray, grouped: np.ndarray, c0: float,
                     share: float, deadline: Deadline | None = None):
    """(X̃, Ỹ, δ, δ_max, rest): ½wᵀHw − bᵀw + c₀ = ‖Ỹ − X̃w‖²/(2n) + δ/2‖w_G‖² + rest."""
    from scipy.linalg import LinAlgError, cho_factor, cho_solve

    what = f"while reading {path} (recovering its loss, O(N³) for N = {H.shape[0]} weights)" \
           ": nothing was solved"

    s = max(1.0, float(np.abs(H).max())) if H.size else 1.0
    if not H.size or not np.abs(H[np.ix_(grouped, grouped)]).max() > 0:
        raise _fail(path, "the objective has no quadratic term in the grouped weights: "
                          "spruce's model has a convex quadratic loss plus a ridge")
    check(deadline, what)
    ev, U = np.linalg.eigh(H)
    check(deadline, what)
    if ev[0] < -1e-9 * s:
        raise _fail(path, f"the objective is not convex in the weights (its Hessian has the "
                          f"eigenvalue {ev[0]:.3g})")
    G, F = grouped, ~grouped
    S = H[np.ix_(G, G)]
    if F.any():  # the Schur complement over the free entries: Q − δD ⪰ 0 iff S − δI ⪰ 0
        S = S - H[np.ix_(G, F)] @ np.linalg.pinv(H[np.ix_(F, F)], rcond=1e-12,
                                                 hermitian=True) @ H[np.ix_(F, G)]
    check(deadline, what)
    dmax = float(np.linalg.eigvalsh(S)[0])
    check(deadline, what)
    if dmax <= 1e-9 * s:
        raise _fail(path, f"the Hessian is singular on the grouped weights (largest ridge δ "
                          f"with Q − δD ⪰ 0 is {dmax:.3g}): spruce's model needs a ridge "
                          "λα‖W_j‖² > 0 inside the quadratic")
    U0 = U[:, ev > 1e-10 * s]  # range(Q − δD) = range(Q) for 0 ≤ δ < δ_max
    b0 = U0.T @ b
    if np.linalg.norm(b - U0 @ b0) > 1e-8 * (np.linalg.norm(b) + s):
        raise _fail(path, "the objective is unbounded below: its linear costs on the free "
                          "weights are not in the range of the Hessian")
    E, DU = np.diag(ev[ev > 1e-10 * s]), U0[G].T @ U0[G]

    def need(d: float) -> float:  # ½ bᵀ(Q − δD)⁺b for δ < δ_max, by Cholesky on range(Q)
        check(deadline, what)
        try:
            return 0.5 * float(b0 @ cho_solve(cho_factor(E - d * DU), b0))
        except LinAlgError:
            return math.inf

    def factor(d: float):
        check(deadline, what)
        lam, V = np.linalg.eigh(H - d * np.diag(G.astype(float)))
        keep = lam > 1e-10 * s
        z = V[:, keep].T @ b
        ok = np.linalg.norm(b - V[:, keep] @ z) <= 1e-8 * (np.linalg.norm(b) + s)
        return 0.5 * float(np.sum(z ** 2 / lam[keep])), lam[keep], V[:, keep], z, ok

    top = factor(dmax)
    if top[4] and top[0] <= c0:  # the whole ridge: costs in range and the constant fits
        d = dmax
    elif need(1e-6 * dmax) <= c0:  # the largest δ that fits, by bisection (need increases)
        lo, hi = 1e-6 * dmax, dmax
        for _ in range(50):
            mid = 0.5 * (lo + hi)
            lo, hi = (mid, hi) if need(mid) <= c0 else (lo, mid)
        d = lo
    else:  # no split fits the constant: the rest goes to the offset
        d = share * dmax
    _, lam, V, z, _ = top if d == dmax else factor(d)
    r = lam.size
    n = r + 1
    Xt = np.zeros((n, H.shape[0]))
    Xt[:r] = math.sqrt(n) * np.sqrt(lam)[:, None] * V.T
    Yt = np.zeros(n)
    Yt[:r] = math.sqrt(n) * z / np.sqrt(lam)
    Yt[r] = math.sqrt(max(0.0, 2 * n * c0 - float(Yt[:r] @ Yt[:r])))
    return Xt, Yt, d, dmax, c0 - float(Yt @ Yt) / (2 * n)
