"""`spruce derive`: print the sympy derivation of the SPR term step by step, then its checks.

Steps print as pretty unicode text (sympy.pretty) or, with --latex, as LaTeX display math;
each check prints PASS/FAIL with what it compared and the largest error. Exit code 0 when
every check passes, 1 when one fails. Derivation and checks take about 2 s after imports on
a shared 2-core CPU with the default 20,000 samples (imports: ~2 s sympy, ~4 s torch).
"""

from __future__ import annotations

import argparse
import textwrap


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--latex", action="store_true",
                        help="print every step as LaTeX instead of pretty text")
    parser.add_argument("--samples", type=int, default=20000, metavar="N",
                        help="random and boundary samples for the numeric checks "
                             "(>= 100; default: %(default)s)")
    parser.add_argument("--seed", type=int, default=0,
                        help="seed of the random samples and cuts (default: %(default)s)")
    parser.add_argument("--grid", type=int, default=2001, metavar="N",
                        help="grid points on [-M, M] for the convex-envelope check (4) "
                             "(>= 11; default: %(default)s)")
    parser.add_argument("--no-checks", action="store_true",
                        help="print the derivation only, run no checks")
    parser.add_argument("--figure", metavar="PNG", default=None,
                        help="also write the 1-D penalty shapes (MIP, big-M, SPR, group lasso, "
                             "convex envelope) to this PNG file")


def _validate(args: argparse.Namespace) -> None:
    if not 100 <= args.samples <= 10_000_000:
        raise ValueError(f"--samples must be in [100, 10,000,000] (every kind of sample "
                         f"needs a place; the checks hold all samples in memory), got "
                         f"{args.samples}")
    if not 11 <= args.grid <= 1_000_000:
        raise ValueError(f"--grid must be in [11, 1,000,000] points, got {args.grid}")
    if args.figure is not None and not str(args.figure).lower().endswith(".png"):
        raise ValueError(f"--figure must name a .png file, got {args.figure!r}")


def format_steps(d, latex: bool = False) -> str:
    """All steps of a Derivation as text: title, expression, explanation."""
    from spruce.derivation.symbolic import render_step

    blocks = []
    for k, step in enumerate(d.steps, start=1):
        body = render_step(step, d.sym, latex=latex)
        if latex:
            body = "\\[\n" + body + "\n\\]"
        text = textwrap.fill(step.text, width=88, initial_indent="  ", subsequent_indent="  ")
        blocks.append(f"Step {k}. {step.title}\n{body}\n{text}")
    return "\n\n".join(blocks)


def format_checks(checks) -> str:
    """One PASS/FAIL line per check, its detail wrapped below."""
    lines = []
    for c in checks:
        lines.append(f"{'PASS' if c.passed else 'FAIL'}  {c.name}  [max error {c.max_error:.1e}]")
        lines.append(textwrap.fill(c.detail, width=96, initial_indent="      ",
                                   subsequent_indent="      "))
    failed = sum(not c.passed for c in checks)
    lines.append(f"{len(checks) - failed}/{len(checks)} checks passed"
                 + (f", {failed} FAILED." if failed else "."))
    return "\n".join(lines)


def run(args: argparse.Namespace, derivation=None) -> int:
    """Print the derivation and its checks; `derivation` overrides the built one (tests)."""
    _validate(args)
    from spruce.derivation.symbolic import build_derivation

    d = build_derivation() if derivation is None else derivation
    print("The SPR term, derived with sympy from the group MIP (β = 1 − α)\n")
    print(format_steps(d, latex=args.latex))
    if args.figure is not None:
        from spruce.derivation.demo import plot_penalty_shapes

        print(f"\nwrote {plot_penalty_shapes(args.figure)}")
    if args.no_checks:
        return 0
    from spruce.derivation.checks import run_checks  # imports torch (via penalties): only here

    print(f"\nChecks ({args.samples} samples, seed {args.seed}, {args.grid}-point grid):")
    checks = run_checks(d, samples=args.samples, seed=args.seed, grid=args.grid)
    print(format_checks(checks))
    return 0 if all(c.passed for c in checks) else 1
