"""`spruce ode`: phase portraits, basin maps, premature-pruning diagram, SGD check, conditions.

    spruce ode portrait   --model unit --ratio 20 --out figs/
    spruce ode basins     --slice unit|layer|layer_vw --n 200 --out figs/
    spruce ode premature  --out figs/ [--quick]
    spruce ode sgd        --out figs/ [--quick]
    spruce ode check      symbolic derivation + agreement table (no figures)
    spruce ode conditions --a 1 --w 0.05 --theta 0.5 --eta-w 0.1 --eta-theta 0.5
    spruce ode all        --out figs/ [--quick]   (everything above)
Only argparse and spruce.outputs (standard library only) are imported at module level; the
work is imported inside `run`.
"""

from __future__ import annotations

import argparse

from spruce.outputs import Field, fields_help

SUBCOMMANDS = ("portrait", "basins", "premature", "sgd", "check", "conditions", "all")

# the keys `spruce ode conditions` prints (spruce.dynamics.conditions.PruningConditions),
# shown in its --help and docs/cli.md; p is the structure's weight: w (unit), v·w (layer)
CONDITIONS_FIELDS: dict[str, Field] = {
    "kept_exists": Field("", "a kept state exists and is stable: the structure can pay for "
                             "itself once trained"),
    "safe": Field("", "no kept state: pruning is the only attractor, θ may go to 0 now"),
    "fate": Field("", "the ODE's certified outcome from (w, θ) at η_θ/η_w: kept, pruned, or "
                      "unknown (near the separatrix)"),
    "premature": Field("", "kept_exists but fate is not kept: it deserves to live and may "
                           "die at this ratio"),
    "max_ratio": Field("η_θ/η_w", "largest ratio certified to keep it from here (null: any "
                                  "ratio; 0: none)"),
    "warmup_steps": Field("steps", "steps of η_w with θ frozen for p to reach p_saddle, after "
                                   "which any ratio is safe (null: never)"),
    "ratio": Field("η_θ/η_w", "--eta-theta / --eta-w"),
    "p_saddle": Field("weight", "p at the saddle point (null without a kept state)"),
    "theta_saddle": Field("probability", "θ at the saddle point (null without a kept state)"),
}


def _model_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--a", type=float, default=1.0,
                   help="true contribution a of the structure (> 0; default 1.0)")
    p.add_argument("--gamma", type=float, default=0.2,
                   help="complexity cost γ per structure (> 0; default 0.2)")
    p.add_argument("--lam", type=float, default=0.1,
                   help="weight decay λ (>= 0; default 0.1)")
    p.add_argument("--ratio", type=float, default=20.0,
                   help="learning-rate ratio η_θ/η_w (> 0; default 20)")


def _out(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", default="dynamics_figures",
                   help="folder for the PNG files (created if missing; default dynamics_figures)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Register the `spruce ode` subcommands and their options."""
    sub = parser.add_subparsers(dest="ode_command", metavar="SUBCOMMAND")
    p = sub.add_parser("portrait", help="phase portrait with trajectories (PNG)")
    p.add_argument("--model", choices=("unit", "layer"), default="unit",
                   help="unit (w, θ) or layer in its balanced plane (v = w, θ); default unit")
    _model_options(p)
    _out(p)
    p = sub.add_parser("basins", help="basin map with the analytical edges overlaid (PNG)")
    p.add_argument("--slice", choices=("unit", "layer", "layer_vw"), default="unit",
                   help="unit (w0, θ0); layer balanced (s0 = v0 = w0, θ0); layer_vw (v0, w0) "
                        "at fixed --theta0; default unit")
    p.add_argument("--n", type=int, default=200, help="grid points per axis (default 200)")
    p.add_argument("--theta0", type=float, default=0.8,
                   help="θ0 of the layer_vw slice (in [0, 1]; default 0.8)")
    _model_options(p)
    _out(p)
    p = sub.add_parser("premature", help="critical ratio r* vs w0, θ0, γ, λ, a (PNG)")
    _model_options(p)
    p.add_argument("--quick", action="store_true", help="coarser sweeps (seconds, not a minute)")
    _out(p)
    p = sub.add_parser("sgd", help="SGD with sampled gates vs the ODE (PNG)")
    p.add_argument("--quick", action="store_true", help="two step sizes and 60 seeds only")
    _out(p)
    p = sub.add_parser("check", help="symbolic equilibria/stability and analysis-vs-basins table")
    p.add_argument("--n", type=int, default=200, help="grid points per axis (default 200)")
    _model_options(p)
    p = sub.add_parser(
        "conditions", help="pruning conditions of one structure (prints JSON)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=fields_help("JSON fields (strict JSON: null where a value is infinite or "
                           "undefined):", CONDITIONS_FIELDS))
    p.add_argument("--model", choices=("unit", "layer"), default="unit",
                   help="structure kind: unit or layer (default unit)")
    p.add_argument("--a", type=float, default=1.0, help="estimated contribution a (default 1.0)")
    p.add_argument("--w", type=float, default=0.05,
                   help="current weight w (layer: v = w; default 0.05)")
    p.add_argument("--theta", type=float, default=0.5, help="current gate θ in [0, 1] (0.5)")
    p.add_argument("--gamma", type=float, default=0.2, help="complexity cost γ (> 0; 0.2)")
    p.add_argument("--lam", type=float, default=0.1, help="weight decay λ (>= 0; 0.1)")
    p.add_argument("--eta-w", type=float, default=0.1, help="weight learning rate η_w (0.1)")
    p.add_argument("--eta-theta", type=float, default=0.5, help="gate learning rate η_θ (0.5)")
    p = sub.add_parser("all", help="every figure and the check table")
    p.add_argument("--quick", action="store_true", help="coarser grids and sweeps")
    _model_options(p)
    _out(p)


def _params(args) -> dict:
    return {"a": args.a, "gamma": args.gamma, "lam": args.lam, "ratio": args.ratio}


def _check(args) -> dict:
    import sympy as sp

    from spruce.dynamics import symbolic
    from spruce.dynamics.demo import basins_and_portraits

    u, lay = symbolic.unit_analysis(), symbolic.layer_analysis()
    print("unit  kept stable iff", sp.simplify(u["kept_margin"]), "> 0")
    print("layer kept stable iff", lay["kept_margin"], "> 0")
    print("unit  interior det  =", u["interior_det"][0], "(< 0: saddle)")
    print("energy identities residuals:", u["energy_rate_residual"],
          lay["energy_rate_residual"])
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        res = basins_and_portraits(tmp, n=args.n, params=_params(args), portraits=False)
    print(f"{'slice':10s} {'certified':>9s} {'band':>7s} {'agree':>8s} {'seconds':>8s}")
    for sl, r in res["basins"].items():
        print(f"{sl:10s} {r['certified']:9.2%} {r['band']:7.2%} {r['agree']:8.3%} "
              f"{r['seconds']:8.2f}")
    return res


# option: (allowed, test) checked before any work; every value must also be finite
# magnitudes are capped at 1e6: beyond, the scalar models overflow float64 in integration
_RULES = {"a": ("in (0, 1e6]", lambda v: 0 < v <= 1e6),
          "gamma": ("in (0, 1e6]", lambda v: 0 < v <= 1e6),
          "lam": ("in [0, 1e6]", lambda v: 0 <= v <= 1e6),
          "ratio": ("in (0, 1e6]", lambda v: 0 < v <= 1e6),
          "theta0": ("in [0, 1]", lambda v: 0 <= v <= 1),
          "w": ("in [-1e6, 1e6]", lambda v: abs(v) <= 1e6),
          "theta": ("in [0, 1]", lambda v: 0 <= v <= 1),
          "eta_w": ("in (0, 1e6]", lambda v: 0 < v <= 1e6),
          "eta_theta": ("in (0, 1e6]", lambda v: 0 < v <= 1e6),
          "n": ("in [2, 2000] (grid points per axis)", lambda v: 2 <= v <= 2000)}


def _validate(args) -> None:
    """Every numeric option in range, and --out not an existing file: errors name both."""
    import math
    from pathlib import Path

    for dest, (allowed, ok) in _RULES.items():
        v = getattr(args, dest, None)
        if v is not None and not (math.isfinite(v) and ok(v)):
            opt = "--" + dest.replace("_", "-")
            also = "" if allowed == "finite" else " and finite"
            raise ValueError(f"{opt} must be {allowed}{also}, got {v!r}")
    out = getattr(args, "out", None)
    if out is not None and Path(out).exists() and not Path(out).is_dir():
        raise ValueError(f"--out must be a folder, but {str(out)!r} is an existing file")


def run(args) -> int:
    """Run one `spruce ode` subcommand; returns the exit code."""
    from pathlib import Path

    from spruce.outputs import dumps

    cmd = getattr(args, "ode_command", None)
    if cmd is None:
        raise ValueError(f"spruce ode needs a subcommand, one of {', '.join(SUBCOMMANDS)}")
    if getattr(args, "n", 200) < 2:
        raise ValueError(f"--n must be >= 2, got {args.n}")
    _validate(args)
    if cmd == "conditions":
        from spruce.dynamics.conditions import pruning_conditions

        pc = pruning_conditions(args.a, args.w, args.theta, args.lam, args.gamma, args.eta_w,
                                args.eta_theta, kind=args.model)
        from spruce.dynamics.theory import KEPT, PRUNED

        out = pc.as_dict()
        out["fate"] = {KEPT: "kept", PRUNED: "pruned"}.get(int(out["fate"]), "unknown")
        print(dumps(out, indent=2))  # strict JSON: inf and NaN become null
        return 0
    if cmd == "check":
        _check(args)
        return 0
    from spruce.dynamics.models import Model

    if hasattr(args, "ratio"):
        Model("unit", args.a, args.gamma, args.lam, args.ratio)  # validates the options
    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    figures = []
    if cmd == "portrait":
        from spruce.dynamics import plots

        model = Model(args.model, args.a, args.gamma, args.lam, args.ratio)
        figures.append(plots.phase_portrait(
            model, out_dir / f"dynamics_portrait_{args.model}.png",
            x_max=1.5 if args.model == "unit" else 1.3))
    elif cmd == "basins":
        from spruce.dynamics.demo import basins_and_portraits

        if not 0 <= args.theta0 <= 1:
            raise ValueError(f"--theta0 must lie in [0, 1], got {args.theta0}")
        res = basins_and_portraits(out_dir, n=args.n, params=_params(args),
                                   slices=(args.slice,), theta0=args.theta0, portraits=False)
        print(dumps(res["basins"], indent=2))
        figures += res["figures"]
    elif cmd in ("premature", "sgd", "all"):
        from spruce.dynamics.demo import basins_and_portraits, premature_sweeps, sgd_check

        if cmd in ("premature", "all"):
            res = premature_sweeps(out_dir, quick=args.quick, params=_params(args))
            print(f"premature: r* inside the closed-form bracket for "
                  f"{res['inside_bracket']:.1%} of sweep points ({res['seconds']:.1f} s)")
            figures += res["figures"]
        if cmd in ("sgd", "all"):
            res = sgd_check(out_dir, quick=args.quick)
            for kind, r in res["sgd"].items():
                errs = ", ".join(f"{e:.3g}" for e in r["error"])
                print(f"sgd {kind}: errors [{errs}], slope {r['slope']:.2f}")
            figures += res["figures"]
        if cmd == "all":
            res = basins_and_portraits(out_dir, n=100 if args.quick else 200,
                                       params=_params(args))
            print(dumps(res["basins"], indent=2))
            figures += res["figures"]
    for f in figures:
        print(f"wrote {f}")
    return 0
