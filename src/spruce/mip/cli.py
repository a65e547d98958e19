"""`spruce mip`: solve an instance exactly, compare relaxations, regenerate the catalog.

    spruce mip solve FILE_OR_SPEC [--formulation bigm|perspective] [--method auto|bnb|oa]
                     [--time-limit S] [--gap G] [--json OUT]
    spruce mip compare [FILE_OR_SPEC] [--lambdas ...] [--plot PNG] [--json OUT]
    spruce mip catalog [--out DIR] [--only NAME ...] [--time-limit S]

FILE_OR_SPEC is an instance .npz (mip_models/NAME.npz), a big-M .mps/.lp model file (read back
into a pruning problem by spruce.mip.mpsfile), a catalog name (syn_g15_s0), or a
spec "synthetic:n=60,groups=15,group_size=3,seed=0" / "digits:patch=2x4,lam_rel=0.1" /
"mlp:hidden=16x12" / "cnn:channels=6" with keyword overrides.

`solve`'s --time-limit covers the whole command: the clock starts when the command runs,
loading (reading and recovering a model file, building an instance) counts, and the solve
gets what is left (spruce.mip.clock). A limit that passes while loading ends the command
with a one-line error (exit 2: there is no incumbent yet). The options are checked first, by
spruce.mip.solve's input validation, before anything is loaded or built.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from .solve import FORMULATIONS, METHODS

KINDS = ("synthetic", "digits", "mlp", "cnn")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="mip_command", metavar="ACTION")
    s = sub.add_parser("solve", help="solve one instance exactly (JSON result)",
                       description="Solve a pruning MIP to certified optimality.")
    s.add_argument("instance", help="instance .npz, .mps/.lp model file (big-M form; "
                                    "perspective files need their sibling NAME.npz), catalog "
                                    "name, or spec like 'synthetic:n=60,groups=15' (kinds: "
                                    + ", ".join(KINDS) + ")")
    s.add_argument("--formulation", choices=FORMULATIONS, default="perspective",
                   help="node relaxation (default: perspective)")
    s.add_argument("--method", choices=METHODS, default="auto",
                   help="bnb: spruce branch-and-bound; oa: MILP outer approximation; auto "
                        "(default): bnb for the squared loss, oa otherwise")
    s.add_argument("--time-limit", type=float, default=600.0,
                   help="seconds for the whole command, loading included; on expiry the "
                        "incumbent and bound are returned (default 600)")
    s.add_argument("--gap", type=float, default=1e-6, help="relative gap tolerance (1e-6)")
    s.add_argument("--peer", choices=("scip", "gurobi"), default=None,
                   help="also solve with this peer and report the agreement")
    s.add_argument("--json", default=None, help="write the result JSON here (default stdout)")
    s.add_argument("--with-weights", action="store_true", help="include W in the JSON output")

    c = sub.add_parser("compare", help="MIP optimum vs big-M and perspective bounds, a table",
                       description="Compare the exact MIP with its relaxations and with "
                                   "threshold/magnitude pruning, over a range of λ.")
    c.add_argument("instance", nargs="?", default="mlp:",
                   help="instance (as for solve); default: a layer of an MLP trained on digits")
    c.add_argument("--lambdas", type=float, nargs="+", default=None,
                   help="absolute λ values (default: 6 values relative to the loss of W = 0)")
    c.add_argument("--time-limit", type=float, default=120.0, help="seconds per MIP (120)")
    c.add_argument("--plot", default="mip_bounds_vs_lambda.png",
                   help="PNG of the bounds vs λ ('' for none)")
    c.add_argument("--json", default=None, help="also write the rows as JSON here")

    g = sub.add_parser("catalog", help="regenerate mip_models/ (files, certified optima)",
                       description="Regenerate the instance library deterministically.")
    g.add_argument("--out", default=None, help="directory (default: the repo's mip_models/)")
    g.add_argument("--only", nargs="+", default=None, help="only these instance names")
    g.add_argument("--time-limit", type=float, default=300.0, help="seconds per instance")
    g.add_argument("--list", action="store_true", help="list the instance names and exit")


def _parse_value(v: str):
    if "x" in v and all(p.isdigit() for p in v.split("x")):
        return tuple(int(p) for p in v.split("x"))
    for cast in (int, float):
        try:
            return cast(v)
        except ValueError:
            pass
    return v


def load(spec: str, deadline=None):
    """An instance from a .npz path, an .mps/.lp model file (spruce.mip.mpsfile), a catalog
    name, or a 'kind:key=value,...' spec. A path with another extension is refused by name.
    A model file is read with `deadline` (spruce.mip.clock.Deadline) checked."""
    from .catalog import DEFAULT_DIR, SPECS, load_instance

    if spec.endswith(".npz"):
        return load_instance(spec)
    looks_like_file = ":" not in spec and ("/" in spec or "." in Path(spec).name
                                           or Path(spec).exists())
    if looks_like_file and spec not in SPECS:
        from .mpsfile import read_model_file

        # reads .mps/.lp(.gz); refuses anything else by name
        return read_model_file(spec, deadline=deadline)
    if spec in SPECS:
        f = DEFAULT_DIR / f"{spec}.npz"
        return load_instance(f) if f.exists() else SPECS[spec]().with_params(name=spec)
    kind, _, rest = spec.partition(":")
    if kind not in KINDS:
        raise ValueError(f"instance {spec!r}: not an .npz, a catalog name ({', '.join(SPECS)}) "
                         f"or a spec KIND:key=value,... with KIND in {KINDS}")
    kw = {}
    for item in filter(None, rest.split(",")):
        key, eq, val = item.partition("=")
        if not eq:
            raise ValueError(f"instance spec item {item!r} must be key=value")
        kw[key.strip()] = _parse_value(val.strip())
    from . import builders
    from .problem import synthetic

    fn = {"synthetic": synthetic, "digits": builders.digits_regression,
          "mlp": builders.mlp_layer_problem, "cnn": builders.cnn_layer_problem}[kind]
    try:
        return fn(**kw)
    except TypeError as exc:
        raise ValueError(f"instance spec {spec!r}: {exc}") from None


def _solve(args, start: float) -> int:
    import warnings

    from .clock import Deadline, run_within
    from .solve import resolve_method, solve

    clock = Deadline.after(args.time_limit, start)
    pb = run_within(clock, lambda: load(args.instance, clock),
                    f"while loading {args.instance}: nothing was solved")
    load_time = clock.elapsed()
    left = clock.left()
    if not left > 0:
        raise clock.reached(f"loading {args.instance} ({load_time:.2f} s): nothing was solved")
    method = resolve_method(pb, args.method)
    print(f"solving {pb.name} ({pb.num_groups} groups) by {method}/{args.formulation}, "
          f"time limit {args.time_limit:g} s ({left:.3g} s left after loading); Ctrl-C stops "
          "and keeps the incumbent", file=sys.stderr, flush=True)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        res = solve(pb, args.formulation, method=method, time_limit=left, gap_tol=args.gap)
    out = res.to_dict()
    out["load_time"] = load_time
    if not args.with_weights:
        out.pop("W")
    out["instance"] = pb.describe()
    offset = float(pb.meta.get("objective_offset", 0.0)) if pb.meta else 0.0
    # a model file whose constant a squared loss cannot hold: report in the file's terms too,
    # evaluated on the file's own objective (spruce.mip.recover.certify_file)
    if abs(offset) > 1e-12 * max(1.0, abs(res.objective)) and "file_objective" in res.extra:
        fb = res.extra["file_bound"]
        out["file_objective"] = res.extra["file_objective"]
        out["file_bound"] = fb if fb is not None and abs(fb) < float("inf") else None
    out["warnings"] = [str(w.message) for w in caught]
    for w in caught:
        print(f"warning: {w.message}", file=sys.stderr)
    if args.peer and res.status != "interrupted":  # Ctrl-C: write what we have, no peer run
        from .peers import PEERS, summary

        # the peer is a second opinion with a time limit of its own
        out["peer"] = summary(PEERS[args.peer](pb, args.formulation, args.time_limit),
                              res.objective)
    text = json.dumps(out, indent=1)
    if args.json:
        Path(args.json).write_text(text)
        print(f"{res!r}\nwritten to {args.json}")
    else:
        print(text)
    if res.status == "interrupted":
        print(f"interrupted: partial result (incumbent and bound) "
              f"{'written to ' + args.json if args.json else 'printed above'}", file=sys.stderr)
        return 130
    return 0 if res.status in ("optimal", "time_limit", "node_limit") else 1


def _compare(args) -> int:
    import numpy as np

    from .compare import SweepInterrupted, format_table, plot_bounds, sweep

    pb = load(args.instance)
    if args.lambdas:
        lams = args.lambdas
        if any(v < 0 for v in lams):
            raise ValueError(f"--lambdas must be >= 0, got {lams}")
    else:
        L0 = pb.loss_value(np.zeros(pb.dim))
        lams = [r * L0 for r in (0.0025, 0.005, 0.01, 0.02, 0.04, 0.08)]
    stopped = None
    try:
        rows = sweep(pb, lams, time_limit=args.time_limit, progress=True)
    except SweepInterrupted as exc:  # Ctrl-C: keep and show the rows done
        rows, stopped = exc.rows, exc
    print(f"instance {pb.name}: n={pb.n} p={pb.p} q={pb.q} groups={pb.num_groups} "
          f"alpha={pb.alpha}")
    print(format_table(rows))
    if args.plot and rows:
        print(f"plot: {plot_bounds(rows, args.plot, title=pb.name)}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1))
        print(f"rows: {args.json}")
    if stopped is not None:
        cut = [r for r in rows if r["mip_status"] == "interrupted"]
        print(f"interrupted: {len(rows)} of {len(lams)} λ done"
              + (f" (the MIP of λ={cut[-1]['lam']:.4g} was interrupted: its row holds the "
                 "incumbent, marked *, not an optimum)" if cut else "")
              + (f"; rows written to {args.json}" if args.json else ""), file=sys.stderr)
        return 130
    return 0


def _catalog(args) -> int:
    from .catalog import DEFAULT_DIR, SPECS, CatalogInterrupted, build_catalog, check_names

    if args.list:
        print("\n".join(SPECS))
        return 0
    if args.only:
        check_names(args.only, option="--only")  # before --out is created
    out = Path(args.out) if args.out else DEFAULT_DIR
    stopped = None
    try:
        entries = build_catalog(out, args.only, time_limit=args.time_limit)
    except CatalogInterrupted as exc:
        entries, stopped = exc.entries, exc
    for e in entries:
        print(f"{e['name']:>20} {e['status']:>10} opt={e['optimum']:.10g} gap={e['gap']:.1e} "
              f"{e['time_s']:.2f}s nodes={e['nodes']}")
    print(f"catalog: {out / 'catalog.json'}")
    if stopped is not None:
        print(f"interrupted: {len(entries)} of {stopped.total} instances done and written to "
              f"{out / 'catalog.json'} (its other entries kept); not done: "
              f"{', '.join(stopped.missing)}", file=sys.stderr)
        return 130
    return 0


FLAGS = {"time_limit": "--time-limit", "gap_tol": "--gap", "formulation": "--formulation",
         "method": "--method"}


def _check_options(args) -> None:
    """The options of every action, by solve's one input validation, before any instance is
    loaded or built; the message names the flag and the parameter."""
    from .solve import SolveInputError, _solve_iv

    try:
        _solve_iv(None, getattr(args, "formulation", "perspective"),
                  getattr(args, "method", "auto"), getattr(args, "time_limit", 600.0),
                  getattr(args, "gap", 1e-6), partial=True)
    except SolveInputError as exc:
        raise ValueError(f"{FLAGS.get(exc.param, exc.param)}: {exc}") from None


def run(args) -> int:
    start = time.perf_counter()  # --time-limit of `solve` covers everything from here
    _check_options(args)
    if args.mip_command == "solve":
        return _solve(args, start)
    if args.mip_command == "compare":
        return _compare(args)
    if args.mip_command == "catalog":
        return _catalog(args)
    raise ValueError("spruce mip needs an action: solve, compare or catalog "
                     "(see spruce mip --help)")
