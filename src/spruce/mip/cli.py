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

Before any work, too, the output paths (spruce.mip.paths): `--json` and `--plot` must name a
file in an existing folder that can be written to (no folder is created for them), `--plot`
with an extension matplotlib writes; `catalog --out` is created if missing (not its parent),
and a catalog.json already there must be a catalog (it is never overwritten otherwise).
Results are written atomically; a write that still fails (a full disk) is one line (exit 2)
and the result is printed on stdout instead, so that it is not lost.

Instance specs are parsed strictly: each key has one type (whole numbers as digits only:
n=2.5 and n=1e11 are refused, not rounded), and the builders check every value and the
sizes (spruce.mip.problem.check_sizes) before they build anything. Names read from files are
printed with control characters escaped (spruce.mip.paths.terminal_safe).
"""

from __future__ import annotations

import argparse
import inspect
import math
import re
import sys
import time
from pathlib import Path

from spruce.outputs import Field, dumps, fields_help

from .paths import OutputError, terminal_safe
from .solve import FORMULATIONS, METHODS, SHIFTS

KINDS = ("synthetic", "digits", "mlp", "cnn")

# the keys of `spruce mip solve`'s JSON (MipResult.to_dict plus what _solve adds), shown in
# its --help and docs/cli.md; "loss units": those of the instance's objective L(W) + penalty
SOLVE_FIELDS: dict[str, Field] = {
    "status": Field("", "optimal, time_limit, node_limit, iteration_limit, interrupted, "
                        "infeasible or error; only optimal claims gap ≤ --gap"),
    "message": Field("", "the solver's account of how it ended"),
    "objective": Field("loss units", "L(W) + λ Σ_j [α‖W_j‖² + (1−α) y_j] of the returned W, "
                                     "recomputed on the original data; null without one"),
    "bound": Field("loss units", "certified lower bound on the optimal objective"),
    "gap": Field("relative", "(objective − bound) / max(|objective|, 1e-8·L(0)), L(0) the "
                             "loss at W = 0; ≥ 0"),
    "y": Field("0/1 per group", "1: the group is kept, 0: pruned (all its weights zero)"),
    "nodes": Field("count", "branch-and-bound nodes explored"),
    "rounds": Field("count", "outer-approximation master rounds"),
    "qp_solves": Field("count", "node relaxations solved"),
    "cuts": Field("count", "outer-approximation cuts added"),
    "time": Field("s", "solve time (loading excluded)"),
    "method": Field("", "bnb or oa (--method auto resolved)"),
    "formulation": Field("", "bigm or perspective: the node relaxation"),
    "root_bound": Field("loss units", "bound of the root relaxation; null if none was solved"),
    "extra": Field("", "solver diagnostics, e.g. node_solver, qp_failures, objective_scale, "
                       "M_binding_groups (groups whose weights reach M)"),
    "kept": Field("group indices", "the groups with y = 1, from 0"),
    "success": Field("", "true if status is optimal"),
    "load_time": Field("s", "reading or building the instance"),
    "instance": Field("", "name, loss, n, p, q, groups, group_size_min, group_size_max, lam, "
                          "alpha, M_min, M_max, k"),
    "warnings": Field("", "warnings raised while solving (also printed on stderr)"),
    "W": Field("p×q matrix", "the weights", only="with --with-weights"),
    "file_objective": Field("file's units", "the objective on a model file's own terms",
                            only="for a .mps/.lp file whose constant a squared loss cannot "
                                 "hold"),
    "file_bound": Field("file's units", "the bound on a model file's own terms",
                        only="with file_objective"),
    "peer": Field("", "the peer's answer: solver, status, message, objective, bound, gap, "
                      "time, nodes, y, rel_diff (its objective vs spruce's, relative)",
                  only="with --peer, unless interrupted"),
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="mip_command", metavar="ACTION")
    s = sub.add_parser("solve", help="solve one instance exactly (JSON result)",
                       description="Solve a pruning MIP to certified optimality.",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       epilog=fields_help("JSON fields (strict JSON: null where a value is "
                                          "not finite):", SOLVE_FIELDS))
    s.add_argument("instance", help="instance .npz, .mps/.lp model file (big-M form; "
                                    "perspective files need their sibling NAME.npz), catalog "
                                    "name, or spec like 'synthetic:n=60,groups=15' (kinds: "
                                    + ", ".join(KINDS) + ")")
    s.add_argument("--formulation", choices=FORMULATIONS, default="perspective",
                   help="node relaxation (default: perspective)")
    s.add_argument("--method", choices=METHODS, default="auto",
                   help="bnb: spruce branch-and-bound; oa: MILP outer approximation; auto "
                        "(default): bnb")
    s.add_argument("--time-limit", type=float, default=600.0,
                   help="seconds for the whole command, loading included; on expiry the "
                        "incumbent and bound are returned (default 600)")
    s.add_argument("--gap", type=float, default=1e-6, help="relative gap tolerance (1e-6)")
    s.add_argument("--shift", choices=SHIFTS, default=None,
                   help="bnb, perspective: the shifted perspective's stronger bound: none "
                        "(default: fastest), root (the root bound raised, ~0.1-1 s more), "
                        "block (row groups: the strongest root, >= 3 s), tree (every node)")
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


def _builders() -> dict:
    from . import builders
    from .problem import synthetic

    return {"synthetic": synthetic, "digits": builders.digits_regression,
            "mlp": builders.mlp_layer_problem, "cnn": builders.cnn_layer_problem}


# keys whose default is None: their type
_NONE_DEFAULTS = {"M": "number", "k": "int"}
_INT = re.compile(r"[+-]?[0-9]{1,30}")
_PAIR = re.compile(r"([0-9]{1,30})x([0-9]{1,30})")


def spec_keys(fn) -> dict[str, str]:
    """key -> "int" | "number" | "pair" | "str" for a builder, from its signature's
    defaults."""
    types = {}
    for name, prm in inspect.signature(fn).parameters.items():
        d = prm.default
        types[name] = (_NONE_DEFAULTS.get(name, "str") if d is None else
                       "int" if isinstance(d, int) and not isinstance(d, bool) else
                       "number" if isinstance(d, float) else
                       "pair" if isinstance(d, tuple) else "str")
    return types


def _parse_value(kind: str, value: str):
    """A spec value as its key's type; text that is not of that type is passed on as it is,
    for the builder to refuse with the allowed range (never rounded: '2.5' is not an int)."""
    if kind == "int" and _INT.fullmatch(value):
        return int(value)
    if kind == "pair" and _PAIR.fullmatch(value):
        return tuple(int(x) for x in _PAIR.fullmatch(value).groups())
    if kind == "number":
        try:
            return float(value)
        except ValueError:
            return value
    return value


def parse_spec(spec: str):
    """(builder, keyword arguments) of a 'kind:key=value,...' spec; ValueError naming the
    spec and the key for anything else."""
    from .catalog import SPECS

    kind, _, rest = spec.partition(":")
    if kind not in KINDS:
        raise ValueError(f"instance {spec!r}: not an .npz, a catalog name ({', '.join(SPECS)}) "
                         f"or a spec KIND:key=value,... with KIND in {KINDS}")
    fn = _builders()[kind]
    types = spec_keys(fn)
    kw = {}
    for item in filter(None, rest.split(",")):
        key, eq, val = item.partition("=")
        key, val = key.strip(), val.strip()
        if not eq or not key:
            raise ValueError(f"instance spec {spec!r}: item {item!r} must be key=value")
        if key not in types:
            raise ValueError(f"instance spec {spec!r}: unknown key {key!r} (keys of {kind}: "
                             f"{', '.join(types)})")
        if key in kw:
            raise ValueError(f"instance spec {spec!r}: key {key!r} given twice")
        kw[key] = _parse_value(types[key], val)
    return fn, kw


def load(spec: str, deadline=None):
    """An instance from a .npz path, an .mps/.lp model file (spruce.mip.mpsfile), a catalog
    name, or a 'kind:key=value,...' spec. A path with another extension is refused by name.
    A model file is read with `deadline` (spruce.mip.clock.Deadline) checked. The name of
    the instance is made safe to print (control characters escaped)."""
    pb = _load(spec, deadline)
    pb.name = terminal_safe(pb.name)
    return pb


def _load(spec: str, deadline=None):
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
    fn, kw = parse_spec(spec)
    try:
        return fn(**kw)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"instance spec {spec!r}: {exc}") from None


def _solve(args, start: float) -> int:
    import warnings

    from .clock import Deadline, run_within
    from .solve import SolveInputError, resolve_method, solve

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
        options = {} if args.shift is None else {"shift": args.shift}
        try:
            res = solve(pb, args.formulation, method=method, time_limit=left,
                        gap_tol=args.gap, **options)
        except SolveInputError as exc:  # a check that needed the instance (e.g. its loss)
            raise ValueError(f"{FLAGS.get(exc.param, exc.param)}: {exc}") from None
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
    text = dumps(out, indent=1)
    if args.json:
        from .paths import write_text

        try:
            write_text(args.json, text + "\n", "--json")
        except OutputError as exc:  # e.g. a full disk: the result goes to stdout instead
            print(text, flush=True)
            raise OutputError(f"{exc}; the result is printed on stdout instead") from None
        print(f"{res!r}\nwritten to {terminal_safe(args.json)}")
    else:
        print(text)
    if res.status == "interrupted":
        print(f"interrupted: partial result (incumbent and bound) "
              f"{'written to ' + args.json if args.json else 'printed above'}", file=sys.stderr)
        return 130
    return 0 if res.status in ("optimal", "time_limit", "node_limit") else 1


def _compare(args) -> int:
    import numpy as np

    from .compare import SweepInterrupted, format_table, sweep

    pb = load(args.instance)
    if args.lambdas:
        lams = args.lambdas  # checked before loading (_check_outputs)
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
    print(format_table(rows), flush=True)
    failed = _write_compare(args, rows, pb.name)
    if stopped is not None:
        cut = [r for r in rows if r["mip_status"] == "interrupted"]
        note = (f"interrupted: {len(rows)} of {len(lams)} λ done"
                + (f" (the MIP of λ={cut[-1]['lam']:.4g} was interrupted: its row holds the "
                   "incumbent, marked *, not an optimum)" if cut else ""))
        if failed:
            raise OutputError(f"{failed}; {note}")
        print(note + (f"; rows written to {terminal_safe(args.json)}" if args.json else ""),
              file=sys.stderr)
        return 130
    if failed:
        raise OutputError(failed)
    return 0


def _write_compare(args, rows: list[dict], title: str) -> str:
    """The plot and the JSON rows of `compare`, each written atomically; what failed, as one
    line ("" if nothing did). JSON rows that cannot be written are printed on stdout."""
    from .compare import plot_bounds
    from .paths import write_output, write_text

    failed = []
    if args.plot and rows:
        fmt = Path(args.plot).suffix.lstrip(".").lower()
        try:
            fig = plot_bounds(rows, None, title=title)
            path = write_output(args.plot, lambda tmp: fig.savefig(tmp, dpi=120, format=fmt),
                                "--plot")
            print(f"plot: {terminal_safe(path)}")
        except OutputError as exc:
            failed.append(str(exc))
    if args.json:
        text = dumps(rows, indent=1)
        try:
            write_text(args.json, text + "\n", "--json")
            print(f"rows: {terminal_safe(args.json)}")
        except OutputError as exc:  # the rows go to stdout instead
            print(text)
            failed.append(f"{exc}; the rows are printed on stdout instead")
    return "; ".join(failed)


def _catalog(args) -> int:
    from .catalog import DEFAULT_DIR, SPECS, CatalogInterrupted, build_catalog

    if args.list:
        print("\n".join(SPECS))
        return 0
    from spruce.outputs import format_table

    out = Path(args.out) if args.out is not None else DEFAULT_DIR  # checked before
    stopped = None
    try:
        entries = build_catalog(out, args.only, time_limit=args.time_limit)
    except CatalogInterrupted as exc:
        entries, stopped = exc.entries, exc
    if entries:
        print(format_table(entries, ["name", "status", "optimum", "gap", "time_s", "nodes"],
                           formats={"optimum": ".10g", "gap": ".1e", "time_s": ".2f"}))
    where = terminal_safe(out / "catalog.json")
    print(f"catalog: {where}")
    if stopped is not None:
        print(f"interrupted: {len(entries)} of {stopped.total} instances done and written to "
              f"{where} (its other entries kept); not done: "
              f"{', '.join(stopped.missing)}", file=sys.stderr)
        return 130
    return 0


FLAGS = {"time_limit": "--time-limit", "gap_tol": "--gap", "formulation": "--formulation",
         "method": "--method", "shift": "--shift"}


def _check_options(args) -> None:
    """The options of every action, by solve's one input validation, before any instance is
    loaded or built; the message names the flag and the parameter."""
    from .solve import SolveInputError, _solve_iv

    try:
        shift = getattr(args, "shift", None)
        _solve_iv(None, getattr(args, "formulation", "perspective"),
                  getattr(args, "method", "auto"), getattr(args, "time_limit", 600.0),
                  getattr(args, "gap", 1e-6),
                  options=None if shift is None else {"shift": shift}, partial=True)
    except SolveInputError as exc:
        raise ValueError(f"{FLAGS.get(exc.param, exc.param)}: {exc}") from None


def _check_outputs(args) -> None:
    """Every output path (and compare's --lambdas), before anything is loaded or solved."""
    from .paths import check_output_file, plot_formats

    cmd = args.mip_command
    if cmd in ("solve", "compare") and args.json:
        check_output_file(args.json, "--json")
    if cmd == "compare":
        bad = [v for v in args.lambdas or [] if not (math.isfinite(v) and v >= 0)]
        if bad:
            raise ValueError(f"--lambdas must be finite and >= 0, got {bad[0]!r}")
        if args.plot:
            check_output_file(args.plot, "--plot", plot_formats())
    if cmd == "catalog" and not args.list:
        from .catalog import DEFAULT_DIR, check_names, check_out

        if args.only:
            check_names(args.only, option="--only")  # before --out is created
        check_out(Path(args.out) if args.out is not None else DEFAULT_DIR, "--out")


def run(args) -> int:
    start = time.perf_counter()  # --time-limit of `solve` covers everything from here
    _check_options(args)
    if args.mip_command in ("solve", "compare", "catalog"):
        _check_outputs(args)
    if args.mip_command == "solve":
        return _solve(args, start)
    if args.mip_command == "compare":
        return _compare(args)
    if args.mip_command == "catalog":
        return _catalog(args)
    raise ValueError("spruce mip needs an action: solve, compare or catalog "
                     "(see spruce mip --help)")
