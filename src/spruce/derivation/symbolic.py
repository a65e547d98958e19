"""The SPR term derived with sympy: from the group MIP to a three-case closed form.

For one group W (n entries) with indicator y, 0 < α < 1, β := 1 − α > 0, M > 0:

    MIP          min  α‖W‖₂² + β·y      s.t. −M·y ≤ w_i ≤ M·y,  y ∈ {0, 1}
    perspective  g(y) = α‖W‖₂²/y + β·y  (0/0 := 0), relaxed to y ∈ [‖W‖∞/M, 1]
    stationary   g'(y) = β − α‖W‖₂²/y² = 0   ⇒   y = r‖W‖₂,   r = √(α/β)
    projection   y* = min(1, max(‖W‖∞/M, r‖W‖₂))      (g is convex: g'' = 2α‖W‖₂²/y³ > 0)
    z(W) = g(y*) = α‖W‖₂² + β                  if max(‖W‖∞/M, r‖W‖₂) ≥ 1
                   2√(αβ)·‖W‖₂                 elif ‖W‖∞/M ≤ r‖W‖₂
                   α·M‖W‖₂²/‖W‖∞ + β‖W‖∞/M     otherwise           (z(0) = 0)

Every case expression is computed by sympy (solve, subs, simplify), not typed in; the
conditions come from which branch of min/max is active. `build_derivation()` returns the
ordered steps and the results; `spruce.derivation.checks` verifies them. Building takes
about 0.5 s on a shared 2-core CPU (measured under load 4; cached after the first call).
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass, field

import sympy as sp
from sympy.printing.pretty.pretty import PrettyPrinter
from sympy.printing.pretty.stringpict import prettyForm


@dataclass(frozen=True)
class Symbols:
    """The sympy symbols of the derivation (all positive: W ≠ 0 is the generic case)."""

    W2: sp.Symbol = sp.Symbol("‖W‖₂", positive=True)
    Winf: sp.Symbol = sp.Symbol("‖W‖∞", positive=True)
    alpha: sp.Symbol = sp.Symbol("alpha", positive=True)
    beta: sp.Symbol = sp.Symbol("beta", positive=True)  # β = 1 − α
    M: sp.Symbol = sp.Symbol("M", positive=True)
    y: sp.Symbol = sp.Symbol("y", positive=True)
    lam: sp.Symbol = sp.Symbol("lambda", positive=True)
    Wbar2: sp.Symbol = sp.Symbol("‖W̄‖₂", positive=True)
    dot: sp.Symbol = sp.Symbol("W̄ᵀW", real=True)

    def latex_names(self) -> dict[sp.Symbol, str]:
        """LaTeX spellings of the symbols whose names are unicode."""
        return {self.W2: r"\|W\|_2", self.Winf: r"\|W\|_\infty",
                self.Wbar2: r"\|\bar W\|_2", self.dot: r"\bar W^\top W"}


@dataclass(frozen=True)
class Step:
    """One step of the derivation: a title, a sympy expression, what it says."""

    title: str
    expr: sp.Basic
    text: str
    conditions: tuple[sp.Basic, ...] = ()
    label: str = "s.t."  # how the conditions are introduced when printed


@dataclass(frozen=True)
class Case:
    """One regime of the closed form: where it applies, the optimal y and z = g(y)."""

    regime: int
    condition: sp.Basic
    y: sp.Expr
    z: sp.Expr


@dataclass(frozen=True)
class CheckResult:
    """Outcome of one check: passed or not, what was compared, the largest error seen."""

    name: str
    passed: bool
    detail: str
    max_error: float


@dataclass(frozen=True)
class Derivation:
    """Steps and results of the derivation (in α and β = 1 − α), plus check results."""

    sym: Symbols
    steps: tuple[Step, ...]
    perspective: sp.Expr  # g(y)
    stationary: sp.Expr  # argmin of g over y > 0
    y_star: sp.Expr  # min(1, max(‖W‖∞/M, stationary))
    cases: tuple[Case, Case, Case]
    bigm: sp.Expr  # α‖W‖₂² + β‖W‖∞/M
    mip: sp.Expr  # α‖W‖₂² + β (W ≠ 0)
    cut: sp.Expr  # perspective cut at W̄ (scaled by λ)
    checks: tuple[CheckResult, ...] = field(default=())

    @property
    def all_passed(self) -> bool:
        return bool(self.checks) and all(c.passed for c in self.checks)

    def in_alpha(self, expr: sp.Basic) -> sp.Basic:
        """`expr` with β replaced by 1 − α (the form in symbols ‖W‖₂, ‖W‖∞, α, M)."""
        return expr.subs(self.sym.beta, 1 - self.sym.alpha)

    def closed_form(self) -> sp.Piecewise:
        """z(W) as one Piecewise in ‖W‖₂, ‖W‖∞, α, M (valid for W ≠ 0; z(0) = 0)."""
        pieces = [(c.z, c.condition) for c in self.cases[:-1]] + [(self.cases[-1].z, True)]
        return self.in_alpha(sp.Piecewise(*pieces))

    def with_case(self, regime: int, z: sp.Expr | None = None,
                  y: sp.Expr | None = None) -> Derivation:
        """A copy with the z (and/or y) of one regime replaced: to show that checks can fail."""
        cases = tuple(dataclasses.replace(c, z=c.z if z is None else sp.sympify(z),
                                          y=c.y if y is None else sp.sympify(y))
                      if c.regime == regime else c for c in self.cases)
        if len(cases) != 3 or all(c.regime != regime for c in self.cases):
            raise ValueError(f"regime must be 1, 2 or 3, got {regime!r}")
        return dataclasses.replace(self, cases=cases, checks=())

    def with_cut(self, cut: sp.Expr) -> Derivation:
        """A copy with another perspective-cut expression (same symbols)."""
        return dataclasses.replace(self, cut=sp.sympify(cut), checks=())


def _display_minmax(expr: sp.Basic) -> sp.Basic:
    """Min/Max as plain functions min/max: sympy's pretty printer shows Min/Max as str."""
    mn, mx = sp.Function("min"), sp.Function("max")
    return expr.replace(sp.Min, lambda *a: mn(*a)).replace(sp.Max, lambda *a: mx(*a))


def _regimes(low: sp.Expr, stat: sp.Expr) -> tuple[sp.Basic, sp.Basic]:
    """Conditions of regimes 1 and 2 for y* = min(1, max(low, stat)) (regime 3 = the rest).

    Regime 1: the upper bound 1 is active  ⇔ max(low, stat) ≥ 1  ⇔ low ≥ 1 or stat ≥ 1.
    Regime 2: the stationary point is interior (not regime 1) and low ≤ stat.
    """
    return sp.Or(low >= 1, stat >= 1), low <= stat


@functools.lru_cache(maxsize=1)
def build_derivation() -> Derivation:
    """Run the derivation with sympy and return its ordered steps and results."""
    s = Symbols()
    a, b, M, y, W2, Winf, lam = s.alpha, s.beta, s.M, s.y, s.W2, s.Winf, s.lam
    i, n = sp.symbols("i n", integer=True, positive=True)
    w_i = sp.Symbol("w_i", real=True)
    steps: list[Step] = []

    mip_objective = a * sp.Sum(w_i**2, (i, 1, n)) + b * y
    steps.append(Step(
        "Group MIP", mip_objective,
        "Per-group part of the pruning MIP, with β = 1 − α > 0 and M > 0. y = 0 forces "
        "W = 0 (the group is pruned); y = 1 pays the fixed cost β.",
        (sp.And(-M * y <= w_i, w_i <= M * y), sp.Contains(y, sp.FiniteSet(0, 1)))))
    mip = a * W2**2 + b
    w2_any = sp.Symbol(W2.name, nonnegative=True)  # W = 0 allowed here, so not positive
    steps.append(Step(
        "MIP penalty of a fixed W (y eliminated)", sp.Eq(sp.Symbol("z_MIP"), sp.Piecewise(
            (mip.subs(W2, w2_any), sp.Ne(w2_any, 0)), (0, True))),
        "W ≠ 0 needs y = 1; W = 0 takes y = 0. Discontinuous at W = 0: its convex envelope "
        "is what a relaxation can reach at best."))
    bigm_obj = a * W2**2 + b * y
    bigm = bigm_obj.subs(y, Winf / M)
    steps.append(Step(
        "Big-M relaxation", sp.Eq(sp.Symbol("z_bigM"), bigm),
        "Relax y to [0, 1]: the constraints say y ≥ ‖W‖∞/M and the objective grows with y, "
        "so y = ‖W‖∞/M at the optimum.", (sp.Le(Winf / M, y), sp.Le(y, 1))))
    g = a * W2**2 / y + b * y
    steps.append(Step(
        "Perspective reformulation", sp.Eq(sp.Symbol("g(y)"), g),
        "Divide the convex part by y (0/0 := 0). For y in {0, 1} nothing changes; the relaxed "
        "set is the convex hull of the disjunction [y = 1, |w_i| ≤ M] ∨ [y = 0, W = 0].",
        (sp.Le(Winf / M, y), sp.Le(y, 1))))
    g1, g2 = sp.diff(g, y), sp.diff(g, y, 2)
    steps.append(Step(
        "Convexity in y", sp.Eq(sp.Symbol("g''(y)"), g2),
        "Positive for y > 0, so g is strictly convex and its minimum over an interval is the "
        "projection of its stationary point onto the interval."))
    roots = sp.solve(sp.Eq(g1, 0), y)
    if len(roots) != 1:
        raise RuntimeError(f"expected one positive stationary point, sympy found {roots}")
    stat = roots[0]
    steps.append(Step(
        "Stationary point", sp.Eq(y, stat),
        "The one positive root of g'(y) = 0 (sympy.solve).", (sp.Eq(g1, 0),), "from"))
    low = Winf / M
    y_star = sp.Min(1, sp.Max(low, stat))
    steps.append(Step(
        "Projection onto [‖W‖∞/M, 1]", sp.Eq(sp.Symbol("y*"), y_star),
        "The optimal relaxed indicator; the interval is non-empty whenever ‖W‖∞ ≤ M."))
    cond1, cond2 = _regimes(low, stat)
    cases = []
    for k, (ys, cond, name, note) in enumerate((
            (sp.Integer(1), cond1, "1", "the upper bound y = 1 is active"),
            (stat, cond2, "√(α/β)·‖W‖₂", "the stationary point lies in the interval"),
            (low, sp.true, "‖W‖∞/M", "the lower bound y = ‖W‖∞/M is active")), start=1):
        zk = sp.simplify(g.subs(y, ys))
        cases.append(Case(k, cond, ys, zk))
        steps.append(Step(f"Case {k}: y* = {name}", sp.Eq(sp.Symbol("z"), zk),
                          f"Where {note}" + (" (earlier cases excluded)." if k > 1 else "."),
                          () if cond is sp.true else (cond,), "if"))
    pieces = [(c.z, c.condition) for c in cases[:-1]] + [(cases[-1].z, True)]
    steps.append(Step(
        "Closed form of the SPR term", sp.Eq(sp.Symbol("z(W)"), sp.Piecewise(*pieces)),
        "The three cases in one expression (β = 1 − α; z(0) = 0 by 0/0 := 0)."))

    # Perspective cut (Frangioni & Gentile 2006) at W̄ for f = λα‖·‖², fixed cost c = λβ:
    #   v ≥ (c + f(W̄))·y + ∇f(W̄)ᵀ(W − W̄y), with ∇f(W̄)ᵀW = 2λα·W̄ᵀW and ∇f(W̄)ᵀW̄ = 2λα‖W̄‖².
    fbar, c = lam * a * s.Wbar2**2, lam * b
    cut = sp.expand((c + fbar) * y + 2 * lam * a * s.dot - 2 * lam * a * s.Wbar2**2 * y)
    steps.append(Step(
        "Perspective cut at a point W̄", sp.Ge(sp.Symbol("v"), sp.collect(cut, lam)),
        "Linear in (W, y): a lower bound of λ·g(y) because λ·g(y) − cut = "
        "λα‖W − W̄y‖²/y ≥ 0, with equality at (W̄, 1)."))
    return Derivation(sym=s, steps=tuple(steps), perspective=g, stationary=stat, y_star=y_star,
                      cases=tuple(cases), bigm=bigm, mip=mip, cut=cut)


def render_step(step: Step, sym: Symbols, latex: bool = False) -> str:
    """A step's expression (and side conditions) as pretty unicode text or LaTeX."""
    if latex:
        by_name = {s.name: tex for s, tex in sym.latex_names().items()}
        found = set(step.expr.free_symbols).union(*(c.free_symbols for c in step.conditions))
        names = {s: by_name[s.name] for s in found if s.name in by_name}  # any assumptions
        body = sp.latex(step.expr, symbol_names=names)
        conds = [sp.latex(c, symbol_names=names) for c in step.conditions]
        if not conds:
            return body
        return body + r" \quad \text{" + step.label + r"}\; " + r",\; ".join(conds)
    printer = PrettyPrinter({"use_unicode": True})
    text = printer.doprint(_display_minmax(step.expr))
    pad = " " * (len(step.label) + 3)
    for k, cond in enumerate(step.conditions):
        form = printer._print(_display_minmax(cond))  # a prettyForm: keeps its baseline
        head = f"  {step.label} " if k == 0 else pad
        text += "\n" + prettyForm(*form.left(head)).render(wrap_line=False)
    return text
