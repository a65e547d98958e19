"""The checks (0)-(5) of the SPR derivation: symbolic where sympy can, else on samples.

    (0) y* minimizes g(y) = α‖W‖²/y + βy over [‖W‖∞/M, 1] (KKT identities; bounded 1-D solve)
    (1) the derived z and y* equal spruce.penalties.spr_penalty / spr_indicator in each
        regime; regime 2 is 2√(αβ)‖W‖₂ exactly
    (2) continuity of z and y* across the boundaries 1|2, 2|3, 1|3 (substitution; samples)
    (3) α‖W‖² + β‖W‖∞/M ≤ z ≤ α‖W‖² + β·[W ≠ 0] for ‖W‖∞ ≤ M (certificates; samples)
    (4) n_j = 1: z = the lower convex hull of α w² + β·[w ≠ 0] on [−M, M] (grid)
    (5) perspective cuts are valid lower bounds of λ·g(y), tight at (W̄, 1)
        (λg − cut = λα‖W − W̄y‖²/y symbolically; random points)

Every check reads the `Derivation` it is given, so a wrong closed form or cut fails.
All checks with 20,000 samples and a 2,001-point grid take about 1.3 s (shared 2-core CPU,
after imports).
"""

from __future__ import annotations

import numpy as np
import sympy as sp
from scipy.optimize import minimize_scalar

from spruce import penalties
from spruce.derivation.numeric import ClosedForm, envelope_on_grid
from spruce.derivation.samples import Samples, make_samples
from spruce.derivation.symbolic import CheckResult, Derivation

RTOL = 1e-10  # float64 agreement of two formulas for the same number
ENVELOPE_SETTINGS = ((0.5, 1.0), (0.1, 1.0), (0.9, 0.5), (0.01, 3.0), (0.3, 0.2), (0.7, 5.0))


def _is_zero(expr: sp.Basic) -> bool:
    return sp.simplify(expr) == 0


def _symbolic(name: str, identities: dict[str, sp.Basic], why: str) -> CheckResult:
    """Pass iff every expression simplifies to 0; the detail names the ones that do not."""
    bad = [label for label, e in identities.items() if not _is_zero(e)]
    detail = why if not bad else "does not simplify to 0: " + "; ".join(bad)
    return CheckResult(name, not bad, detail, 0.0 if not bad else float("nan"))


def _rel(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.abs(a - b) / np.maximum(np.maximum(np.abs(a), np.abs(b)), 1e-300)


def _by_alpha(fn, S: Samples) -> np.ndarray:
    """fn(sq, inf, alpha, M) over samples, one call per distinct α (penalties take scalar α)."""
    out = np.empty(len(S))
    for a in np.unique(S.alpha):
        m = S.alpha == a
        out[m] = fn(S.sq[m], S.inf[m], float(a), S.M[m])
    return out


def _max(x: np.ndarray) -> float:
    return float(x.max()) if x.size else 0.0


# --------------------------------------------------------------------------- (0) and (1)
def check_minimizer(d: Derivation, S: Samples, n_solve: int = 300) -> list[CheckResult]:
    s = d.sym
    g1 = sp.diff(d.perspective, s.y)
    y1, y2, y3 = (c.y for c in d.cases)
    stat, low = d.stationary, s.Winf / s.M
    ids = {f"z{c.regime} = g(y{c.regime})": c.z - d.perspective.subs(s.y, c.y) for c in d.cases}
    ids.update({
        "g'(y2) = 0": g1.subs(s.y, y2),
        "g'(y1) = β(1 − y_stat²)": g1.subs(s.y, y1) - s.beta * (1 - stat**2),
        "g'(y3) = β(1 − (y_stat/y3)²)": g1.subs(s.y, y3) - s.beta * (1 - (stat / low) ** 2)})
    out = [_symbolic("(0) y* minimizes g over [‖W‖∞/M, 1] (KKT, symbolic)", ids,
                     "z_k = g(y_k); g'(y_stat) = 0; g'(1) ≤ 0 where y_stat ≥ 1 and g'(‖W‖∞/M) > 0 "
                     "where ‖W‖∞/M > y_stat, so with g convex each y_k is the minimizer")]
    cf = ClosedForm(d)
    F = S.subset(S.feasible & (S.sq > 0))
    pick = np.linspace(0, len(F) - 1, min(n_solve, len(F))).astype(int)
    z, _, _ = cf(np.sqrt(F.sq[pick]), F.inf[pick], F.alpha[pick], F.M[pick])
    worst = 0.0
    for j, zj in zip(pick, z, strict=True):
        a, sq, lo = F.alpha[j], F.sq[j], F.inf[j] / F.M[j]

        def g(yy: float, a: float = a, sq: float = sq) -> float:
            return a * sq / yy + (1 - a) * yy

        best = min(g(1.0), g(lo), minimize_scalar(g, bounds=(lo, 1.0), method="bounded",
                                                  options={"xatol": 1e-12}).fun)
        # the solver's value is ≥ the true minimum: z must not exceed it, nor be far below
        worst = max(worst, (zj - best) / best, (best - zj) / best - 1e-7)
    out.append(CheckResult("(0) z = numerical min of g over [‖W‖∞/M, 1]", worst <= RTOL,
                           f"{len(pick)} samples, scipy bounded minimize_scalar; worst excess "
                           f"{worst:.2e} (z may sit ≤ 1e-7 below the solver)", worst))
    return out


def check_penalties(d: Derivation, S: Samples, rtol: float = RTOL) -> list[CheckResult]:
    """(1): derived z, y* vs spruce.penalties on every regime, and regime 2 symbolically."""
    s = d.sym
    out = [_symbolic("(1) regime 2: z = 2√(α(1−α))·‖W‖₂ exactly (symbolic)",
                     {"z2 − 2√(αβ)‖W‖₂": d.cases[1].z - 2 * sp.sqrt(s.alpha * s.beta) * s.W2},
                     "g(√(α/β)‖W‖₂) = α‖W‖₂/√(α/β) + β√(α/β)‖W‖₂ = 2√(αβ)‖W‖₂")]
    z, y, reg = ClosedForm(d)(np.sqrt(S.sq), S.inf, S.alpha, S.M)
    zp = _by_alpha(penalties.spr_penalty, S)
    yp = _by_alpha(penalties.spr_indicator, S)
    ez, ey = _rel(z, zp), _rel(y, yp)
    names = {1: "regime 1 (y* = 1)", 2: "regime 2 (y* = √(α/β)‖W‖₂)", 3: "regime 3 (y* = ‖W‖∞/M)"}
    for k, label in names.items():
        m = reg == k
        err = max(_max(ez[m]), _max(ey[m]))
        sizes = ",".join(str(n) for n in np.unique(S.size[m]))
        out.append(CheckResult(
            f"(1) {label}: derived z, y* = penalties.spr_penalty, spr_indicator",
            bool(m.sum() > 0 and err <= rtol),
            f"{int(m.sum())} samples, group sizes {sizes}; max relative error {err:.2e} "
            f"(tolerance {rtol:.0e})", err))
    m = reg == 0
    err = max(_max(np.abs(zp[m])), _max(np.abs(z[m])), _max(np.abs(yp[m])))
    out.append(CheckResult("(1) W = 0: z = y* = 0 in both", bool(m.sum() > 0 and err == 0.0),
                           f"{int(m.sum())} samples; max |value| {err:.1e}", err))
    return out


# --------------------------------------------------------------------------- (2) continuity
def check_continuity(d: Derivation, S: Samples, delta: float = 1e-5) -> list[CheckResult]:
    s = d.sym
    c1, c2, c3 = d.cases
    W2_b = sp.solve(sp.Eq(d.stationary, 1), s.W2)[0]  # boundary 1|2: y_stat = 1
    Winf_b = sp.solve(sp.Eq(s.Winf / s.M, d.stationary), s.Winf)[0]  # 2|3: ‖W‖∞/M = y_stat
    ids = {}
    for label, (ca, cb), var, val in (("1|2", (c1, c2), s.W2, W2_b),
                                      ("2|3", (c2, c3), s.Winf, Winf_b),
                                      ("1|3", (c1, c3), s.Winf, s.M)):
        ids[f"z{ca.regime} − z{cb.regime} at {label}"] = (ca.z - cb.z).subs(var, val)
        ids[f"y{ca.regime} − y{cb.regime} at {label}"] = (ca.y - cb.y).subs(var, val)
    out = [_symbolic("(2) continuity at 1|2 (‖W‖₂ = √(β/α)), 2|3 (‖W‖∞ = M√(α/β)‖W‖₂), "
                     "1|3 (‖W‖∞ = M) (symbolic)", ids,
                     "both adjacent case formulas of z and y* agree after substituting each "
                     "boundary")]
    grads = {}
    for label, (ca, cb), var, val in (("1|2", (c1, c2), s.W2, W2_b),
                                      ("2|3", (c2, c3), s.Winf, Winf_b)):
        for wrt in (s.W2, s.Winf):
            grads[f"∂(z{ca.regime} − z{cb.regime})/∂{wrt.name} at {label}"] = sp.diff(
                ca.z - cb.z, wrt).subs(var, val)
    out.append(_symbolic("(2) ∂z/∂‖W‖₂ and ∂z/∂‖W‖∞ are continuous across 1|2 and 2|3 "
                         "(symbolic)", grads,
                         "z is C¹ in (‖W‖₂, ‖W‖∞) there; at 1|3 (‖W‖∞ = M, the edge of the box) "
                         "∂z/∂‖W‖∞ jumps by (β − α‖W‖₂²)/M ≥ 0"))
    cf = ClosedForm(d)
    worst_pair, worst_jump, count = 0.0, 0.0, 0
    for kind, (ka, kb), move in (("b12", (1, 2), "t"), ("b23", (2, 3), "M"),
                                 ("b13", (1, 3), "t")):
        B = S.subset(S.kind == kind)
        count += len(B)
        W2, args = np.sqrt(B.sq), (B.inf, B.alpha, B.M)
        pair = _rel(cf.z[ka - 1](W2, *args), cf.z[kb - 1](W2, *args))
        worst_pair = max(worst_pair, _max(pair))

        def z_at(e: float, B: Samples = B, move: str = move) -> np.ndarray:
            if move == "t":  # W → (1+e)W
                return cf(np.sqrt(B.sq) * (1 + e), B.inf * (1 + e), B.alpha, B.M)[0]
            return cf(np.sqrt(B.sq), B.inf, B.alpha, B.M * (1 + e))[0]

        f = {k: z_at(k * delta) for k in (-2, -1, 0, 1, 2)}
        # piecewise-smooth: f(+1) − f(−1) ≈ slope left + slope right, up to O(δ²)
        jump = np.abs((f[1] - f[-1]) - (f[-1] - f[-2]) - (f[2] - f[1]))
        worst_jump = max(worst_jump, _max(jump / np.maximum(np.abs(f[0]), 1e-300)))
    ok = count > 0 and worst_pair <= RTOL and worst_jump <= 1e-7
    out.append(CheckResult(
        "(2) continuity on boundary samples (numeric)", bool(ok),
        f"{count} samples on 1|2, 2|3, 1|3: adjacent formulas differ by ≤ {worst_pair:.2e} "
        f"(relative); jump across ±{delta:g} ≤ {worst_jump:.2e} of z (tolerance 1e-7)",
        max(worst_pair, worst_jump)))
    return out


# --------------------------------------------------------------------------- (3) bounds
def check_bounds(d: Derivation, S: Samples) -> list[CheckResult]:
    s = d.sym
    a, b, W2, low = s.alpha, s.beta, s.W2, s.Winf / s.M
    lower = {f"z{c.regime} − bigM − [α‖W‖²(1−y)/y + β(y − ‖W‖∞/M)]":
             c.z - d.bigm - (a * W2**2 * (1 - c.y) / c.y + b * (c.y - low)) for c in d.cases}
    c1, c2, c3 = d.cases
    upper = {"MIP − z1": d.mip - c1.z,
             "MIP − z2 − (√α‖W‖₂ − √β)²": d.mip - c2.z - (sp.sqrt(a) * W2 - sp.sqrt(b)) ** 2,
             "MIP − z3 − (1 − l)(β − α‖W‖²/l), l = ‖W‖∞/M":
             d.mip - c3.z - (1 - low) * (b - a * W2**2 / low)}
    out = [_symbolic("(3) z ≥ big-M bound α‖W‖² + β‖W‖∞/M (symbolic certificate)", lower,
                     "z − bigM = α‖W‖²(1−y*)/y* + β(y* − ‖W‖∞/M), both terms ≥ 0 since "
                     "y* ∈ [‖W‖∞/M, 1]"),
           _symbolic("(3) z ≤ MIP penalty α‖W‖² + β (symbolic certificate)", upper,
                     "regime 1: equal; regime 2: a square; regime 3: (1 − l) ≥ 0 and "
                     "β − α‖W‖²/l ≥ 0 because y_stat² < y_stat < l there")]
    F = S.subset(S.feasible)
    z, _, _ = ClosedForm(d)(np.sqrt(F.sq), F.inf, F.alpha, F.M)
    bigm = _by_alpha(penalties.bigm_penalty, F)
    mip = _by_alpha(lambda sq, inf, al, M: penalties.mip_penalty(sq, inf, al), F)
    scale = np.maximum(np.abs(mip), 1e-300)
    v_low, v_up = (bigm - z) / scale, (z - mip) / scale
    strict = int(np.sum((z - bigm) / scale > 1e-9))
    for name, v, extra in (("z ≥ penalties.bigm_penalty", v_low,
                            f"; strictly above on {strict}"),
                           ("z ≤ penalties.mip_penalty", v_up, "")):
        worst = max(_max(v), 0.0)
        out.append(CheckResult(f"(3) {name} on samples with ‖W‖∞ ≤ M", bool(worst <= RTOL),
                               f"{len(F)} samples{extra}; worst violation {worst:.2e} "
                               f"(relative to the MIP value)", worst))
    return out


# --------------------------------------------------------------------------- (4) envelope
def envelope_grid(alpha: float, M: float, grid: int, lam: float = 1.0):
    """Grid on [−M, M] (w = 0 included), f = λ(αw² + (1−α)[w≠0]) and its lower hull."""
    n = grid if grid % 2 else grid + 1  # odd: the middle point is w = 0 exactly
    w = np.linspace(-M, M, n)
    w[n // 2] = 0.0
    f = lam * (alpha * w**2 + (1.0 - alpha) * (w != 0))
    return w, f, envelope_on_grid(w, f)


def check_envelope(d: Derivation, grid: int = 2001, lam: float = 1.7,
                   settings=ENVELOPE_SETTINGS) -> list[CheckResult]:
    """(4): for one weight, λz(w) vs the lower convex hull of λ(αw² + β[w≠0]) on a grid."""
    cf = ClosedForm(d)
    worst, worst_pen, lines = 0.0, 0.0, []
    ok = True
    for alpha, M in settings:
        w, _, env = envelope_grid(alpha, M, grid, lam)
        z = lam * cf(np.abs(w), np.abs(w), alpha, M)[0]
        zp = lam * penalties.spr_penalty(w**2, np.abs(w), alpha, M)
        h = w[1] - w[0]
        tol = lam * (alpha * h * h + 1e-12 * (1 + alpha * M * M))  # hull of a grid: O(h²)
        err, err_p = float(np.max(np.abs(z - env))), float(np.max(np.abs(zp - env)))
        ok &= err <= tol and err_p <= tol
        worst, worst_pen = max(worst, err), max(worst_pen, err_p)
        lines.append(f"α={alpha:g},M={M:g}: {err:.1e} (tol {tol:.1e})")
    return [CheckResult(
        "(4) n_j = 1: λz = lower convex hull of λ(αw² + β[w≠0]) on [−M, M]", bool(ok),
        f"λ = {lam:g}, {grid}-point grids; max |derived − hull| per setting: " + "; ".join(lines)
        + f"; spruce.penalties.spr_penalty max {worst_pen:.1e}", max(worst, worst_pen))]


# --------------------------------------------------------------------------- (5) cuts
def check_cuts(d: Derivation, seed: int = 0, n_cuts: int = 400,
               n_points: int = 50) -> list[CheckResult]:
    s = d.sym
    lam_g = s.lam * d.perspective
    gap = s.lam * s.alpha * (s.W2**2 - 2 * s.y * s.dot + s.y**2 * s.Wbar2**2) / s.y
    k = 3  # the norm expansion with explicit components
    w = sp.symbols(f"w1:{k + 1}", real=True)
    wb = sp.symbols(f"wbar1:{k + 1}", real=True)
    expansion = (sum((wi - wbi * s.y) ** 2 for wi, wbi in zip(w, wb, strict=True))
                 - (sum(wi**2 for wi in w) - 2 * s.y * sum(wi * wbi for wi, wbi in zip(w, wb,
                                                                                     strict=True))
                    + s.y**2 * sum(wbi**2 for wbi in wb)))
    design = s.lam * s.beta * s.y + s.lam * s.alpha * (2 * s.dot - s.Wbar2**2 * s.y)
    tight = (lam_g - d.cut).subs({s.W2: s.Wbar2, s.dot: s.Wbar2**2, s.y: 1})
    out = [_symbolic("(5) λg(y) − cut = λα‖W − W̄y‖²/y and tight at (W̄, 1) (symbolic)",
                     {"λg − cut − λα(‖W‖² − 2y W̄ᵀW + y²‖W̄‖²)/y": lam_g - d.cut - gap,
                      "‖W − W̄y‖² expanded (3 components)": expansion,
                      "cut − [λ(1−α)y + λα(2W̄ᵀW − ‖W̄‖²y)] (closed form)": d.cut - design,
                      "λg − cut at W = W̄, y = 1": tight},
                     "the gap is ‖W − W̄y‖² ≥ 0 divided by y > 0, times λα > 0; it vanishes "
                     "at (W̄, 1)")]
    rng = np.random.default_rng(seed + 5)
    args_g, args_c = (s.lam, s.alpha, s.y, s.W2), (s.lam, s.alpha, s.y, s.dot, s.Wbar2)
    G = sp.lambdify(args_g, d.in_alpha(lam_g), "numpy")
    C = sp.lambdify(args_c, d.in_alpha(d.cut), "numpy")
    worst_valid, worst_tight = 0.0, 0.0
    for n in (1, 3, 10, 50):
        Wb = rng.standard_normal((n_cuts, 1, n)) * 10.0 ** rng.uniform(-2, 1, (n_cuts, 1, 1))
        lam = rng.uniform(0.05, 2.5, (n_cuts, 1))
        alpha = rng.uniform(0.01, 0.99, (n_cuts, 1))
        y = 10.0 ** -rng.uniform(0, 6, (n_cuts, n_points))
        y[:, 0] = 1.0
        W = rng.standard_normal((n_cuts, n_points, n)) * 10.0 ** rng.uniform(-2, 1, (n_cuts,
                                                                                    n_points, 1))
        W[:, 1] = Wb[:, 0] * y[:, 1:2]  # a point on the ray W = W̄y, where the cut is exact
        dot = np.einsum("cpn,cqn->cp", W, Wb)
        wb2 = np.linalg.norm(Wb, axis=2)
        pv, cv = G(lam, alpha, y, np.linalg.norm(W, axis=2)), C(lam, alpha, y, dot, wb2)
        scale = np.maximum(np.maximum(np.abs(pv), np.abs(cv)), 1e-300)
        worst_valid = max(worst_valid, _max((cv - pv) / scale))
        p1 = G(lam, alpha, 1.0, wb2)
        c1 = C(lam, alpha, 1.0, wb2**2, wb2)
        worst_tight = max(worst_tight, _max(np.abs(p1 - c1) / np.maximum(np.abs(p1), 1e-300)))
    total = 4 * n_cuts * n_points
    out.append(CheckResult("(5) perspective cuts ≤ λg(y) at random (W, y), y ∈ (0, 1]",
                           bool(worst_valid <= RTOL),
                           f"{4 * n_cuts} cuts at random W̄ (sizes 1, 3, 10, 50) × {n_points} "
                           f"points = {total}; worst relative excess {worst_valid:.2e}",
                           max(worst_valid, 0.0)))
    out.append(CheckResult("(5) every cut is tight at its point (W̄, y = 1)",
                           bool(worst_tight <= RTOL),
                           f"{4 * n_cuts} cuts; max relative gap {worst_tight:.2e}", worst_tight))
    return out


def run_checks(d: Derivation, samples: int = 20000, seed: int = 0,
               grid: int = 2001) -> tuple[CheckResult, ...]:
    """All checks of `d` in order, on `samples` random/boundary samples drawn with `seed`."""
    if samples < 100:
        raise ValueError(f"samples must be >= 100 (every kind of sample needs a place), "
                         f"got {samples}")
    if grid < 11:
        raise ValueError(f"grid must be >= 11 points, got {grid}")
    S = make_samples(samples, seed)
    return tuple(check_minimizer(d, S) + check_penalties(d, S) + check_continuity(d, S)
                 + check_bounds(d, S) + check_envelope(d, grid) + check_cuts(d, seed))


def derive(samples: int = 20000, seed: int = 0, grid: int = 2001) -> Derivation:
    """Build the derivation and run all its checks: the steps with `.checks` filled in."""
    import dataclasses

    from spruce.derivation.symbolic import build_derivation

    d = build_derivation()
    return dataclasses.replace(d, checks=run_checks(d, samples, seed, grid))
