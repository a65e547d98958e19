"""Benchmark: spruce's best formulation against Gurobi and SCIP on the mip_models/ catalog.

Per instance: the root gap closed by the plain perspective (the default solve's root), by
the shifted perspective of spruce.mip.shift (`solve(..., shift="root")` stopped at its root,
its root work timed) and, on budget instances, by the block shift (`shift="block"`); then
the time and nodes to certified optimality of spruce (perspective B&B, defaults), Gurobi
(gurobipy, the catalog's big-M and perspective .mps, the faster of the two; pip's
size-limited license refuses the larger models: "too large") and SCIP (PySCIPOpt, big-M,
residual form exported on the fly, its faster formulation on the catalog). Every solver
single-threaded, relative gap 1e-6 (the peers' feasibility tolerance 1e-9), a time limit per
run; peers that are not installed are skipped (`pip install spruce[peers]`).

    root gap closed = (root bound − big-M root bound) / (optimum − big-M root bound)

(the big-M root bound: spruce's big-M B&B stopped after its root, certified like every bound).

Usage:  python benchmarks/bench_mip.py [--only NAME ...] [--time-limit 60] [--json out.json]
        [--skip scip gurobi]
        python benchmarks/bench_mip.py --logistic [--time-limit 60]
        python benchmarks/bench_mip.py --branching [--only NAME ...] [--time-limit 60]

--logistic: the logistic loss (no file form, so no peers): spruce's branch-and-bound with
perspective and big-M first-order nodes against its two oracles, outer approximation
(method="oa") and enumeration (spruce.mip.bruteforce.logistic_optimum, up to 8 groups).
--branching: spruce's default solve per catalog instance with each branching rule of
spruce.mip.branching (most fractional, pseudo-costs), run back to back in
rotating order (the machine's load is shared fairly), nodes and time of each, and the median times.

Every solver answers a MipResult (spruce.mip.solve, spruce.mip.peers); gaps are relative to
max(|objective|, 1e-8·L(0)) for all of them. The latest table is quoted in docs/mip.md.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import statistics
import sys
import time
import warnings
from pathlib import Path

GAP = 1e-6
CORRELATED = "syn_c"  # the catalog's correlated-feature instances start with this


def run(names: list[str] | None, time_limit: float, skip: set[str]) -> list[dict]:
    from spruce.mip import peers, solve
    from spruce.mip.catalog import DEFAULT_DIR, load_instance, read_catalog

    rows = []
    have = set(peers.available()) - skip
    for entry in read_catalog(DEFAULT_DIR):
        name = entry["name"]
        if names and name not in names:
            continue
        pb = load_instance(DEFAULT_DIR / entry["data"])
        row = {"name": name, "G": pb.num_groups, "dim": pb.dim, "k": pb.k}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # BigMBindingWarning is not the benchmark's topic
            bigm_root = solve(pb, "bigm", node_limit=1, time_limit=time_limit).root_bound
            plain_root = solve(pb, "perspective", node_limit=1, shift="none",
                               time_limit=time_limit).root_bound
            t = time.perf_counter()
            shifted = solve(pb, "perspective", node_limit=1, shift="root", time_limit=time_limit)
            row["shift_time"] = time.perf_counter() - t
            block_root = solve(pb, "perspective", node_limit=1, shift="block",
                               time_limit=time_limit).root_bound if pb.k is not None \
                else math.nan
            res = solve(pb, "perspective", time_limit=time_limit, gap_tol=GAP)
        row["spruce"] = _cell(res)
        for peer in ("gurobi", "scip"):
            if peer in have:
                row[peer] = _peer(peers, peer, pb, entry, time_limit)
        row["opt"] = _optimum(row, entry)
        gap = row["opt"] - bigm_root
        ok = gap > 1e-9 * abs(row["opt"])
        row["bigm_root"], row["plain_root"] = bigm_root, plain_root
        row["root"], row["block_root"] = shifted.root_bound, block_root
        for key, bound in (("closed_plain", plain_root), ("closed", shifted.root_bound),
                           ("closed_block", block_root)):
            row[key] = (bound - bigm_root) / gap if ok and math.isfinite(bound) else math.nan
        rows.append(row)
        print(_line(row), flush=True)
    return rows


def _cell(r) -> dict:
    return {"status": r.status, "objective": r.objective, "bound": r.bound, "time": r.time,
            "nodes": r.nodes, "formulation": r.formulation}


def _peer(peers, peer: str, pb, entry: dict, time_limit: float) -> dict:
    """The peer's faster certified formulation (Gurobi: both catalog files; SCIP: big-M in
    the residual form, on which it is 2–10× faster than with the Gram form)."""
    from spruce.mip.catalog import DEFAULT_DIR

    forms = ("bigm", "perspective") if peer == "gurobi" else ("bigm",)
    cells = []
    for form in forms:
        f = DEFAULT_DIR / entry["files"][f"{form}.mps"] if peer == "gurobi" else None
        cells.append(_cell(peers.PEERS[peer](pb, form, time_limit, path=f, gap_tol=GAP)))
    done = [c for c in cells if c["status"] == "optimal"]
    if done:
        return min(done, key=lambda c: c["time"])
    tried = [c for c in cells if c["status"] != "too_large"]
    return tried[0] if tried else cells[0]


def _optimum(row: dict, entry: dict) -> float:
    """spruce's certified optimum; else the best certified peer's; else the catalog's."""
    for key in ("spruce", "gurobi", "scip"):
        if row.get(key, {}).get("status") == "optimal":
            return row[key]["objective"]
    return entry["optimum"]


def _t(c: dict | None) -> str:
    if c is None:
        return "—"
    if c["status"] == "too_large":
        return "too large"
    if c["status"] != "optimal":
        return f">{c['time']:.0f}" if c["status"] == "time_limit" else c["status"][:9]
    return f"{c['time']:.3f} ({c['nodes']})"


def _pct(x: float) -> str:
    return "n/a" if x != x else f"{100 * x:.1f}%"


HEAD = (f"{'instance':>18} {'G':>3} {'dim':>4} | {'closed: plain → shifted':>23} | "
        f"{'spruce s (nodes)':>17} | {'Gurobi s (nodes)':>17} | {'SCIP s (nodes)':>15} | "
        f"{'max|Δobj|':>9}")


def _line(row: dict) -> str:
    objs = [row[k]["objective"] for k in ("spruce", "gurobi", "scip")
            if row.get(k, {}).get("status") == "optimal"]
    diff = (max(objs) - min(objs)) / max(abs(min(objs)), 1e-12) if len(objs) > 1 else math.nan
    closed = f"{_pct(row['closed_plain'])} → {_pct(row['closed'])}"
    if row["closed_block"] == row["closed_block"]:
        closed += f" (block {_pct(row['closed_block'])})"
    return (f"{row['name']:>18} {row['G']:>3} {row['dim']:>4} | {closed:>23} | "
            f"{_t(row['spruce']):>17} | {_t(row.get('gurobi')):>17} | "
            f"{_t(row.get('scip')):>15} | {diff:9.1e}")


def _time(c: dict, limit: float) -> float:
    """A run's time for the medians: a run that did not certify counts as the time limit."""
    return c["time"] if c["status"] == "optimal" else limit


def summary(rows: list[dict], limit: float) -> str:
    def mean(key, keep=lambda r: True):
        vals = [r[key] for r in rows if keep(r) and r[key] == r[key]]
        return (f"{100 * statistics.mean(vals):.1f}%" if vals else "n/a") + f" ({len(vals)})"

    corr = lambda r: r["name"].startswith(CORRELATED)  # noqa: E731
    budget = lambda r: r["k"] is not None  # noqa: E731
    lines = [f"mean root gap closed, plain perspective (the default solve's root) → shifted "
             f"root (shift='root'): all {mean('closed_plain')} → {mean('closed')}; correlated "
             f"{mean('closed_plain', corr)} → {mean('closed', corr)}; budget "
             f"{mean('closed_plain', budget)} → {mean('closed', budget)}, block shift "
             f"{mean('closed_block', budget)}",
             "median root work of shift='root' (node_limit=1 solve): "
             f"{statistics.median(r['shift_time'] for r in rows):.3f} s"]
    for peer in ("gurobi", "scip"):
        both = [r for r in rows if peer in r and r[peer]["status"] != "too_large"]
        if not both:
            continue
        ours = statistics.median(_time(r["spruce"], limit) for r in both)
        theirs = statistics.median(_time(r[peer], limit) for r in both)
        lines.append(f"median time over the {len(both)} instances {peer} ran: spruce "
                     f"{ours:.3f} s, {peer} {theirs:.3f} s ({theirs / ours:.2f}× spruce's)")
        if peer == "gurobi" and len(both) < len(rows):
            lines.append(f"  ({len(rows) - len(both)} instances too large for Gurobi's "
                         "size-limited license)")
    return "\n".join(lines)


LOGISTIC = ["synthetic:n=60,groups=8,group_size=2,q=3,lam=0.05,seed=0,loss=logistic",
            "synthetic:n=60,groups=8,group_size=2,q=2,lam=0.03,k=3,seed=1,loss=logistic",
            "digits:n=60,patch=4x4,loss=logistic,classes=3",
            "digits:n=200,patch=2x4,loss=logistic,classes=4",
            "synthetic:n=100,groups=15,group_size=3,q=3,lam=0.03,seed=0,loss=logistic",
            "synthetic:n=150,groups=20,group_size=2,q=2,lam=0.02,seed=0,loss=logistic",
            "digits:n=200,patch=2x2,loss=logistic,classes=3",
            "synthetic:n=150,groups=30,group_size=3,q=3,corr=0.5,lam=0.02,seed=0,loss=logistic"]


def run_logistic(time_limit: float) -> list[dict]:
    """--logistic (see the module docstring): a row per instance of LOGISTIC."""
    from spruce.mip import solve
    from spruce.mip.bruteforce import logistic_optimum
    from spruce.mip.cli import parse_spec

    rows = []
    print(f"{'instance':>58} {'G':>3} {'dim':>4} | {'B&B persp. s (nodes)':>20} | "
          f"{'B&B big-M s (nodes)':>19} | {'OA s (rounds)':>14} | {'enum. s':>7} | "
          f"{'Δ enum.':>8} | {'Δ OA':>8}")
    for spec in LOGISTIC:
        fn, kw = parse_spec(spec)
        pb = fn(**kw)
        row = {"name": spec.replace(",loss=logistic", ""), "G": pb.num_groups, "dim": pb.dim}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for form in ("perspective", "bigm"):
                row[form] = _cell(solve(pb, form, method="bnb", time_limit=time_limit,
                                        gap_tol=GAP))
            oa = solve(pb, "perspective", method="oa", time_limit=time_limit, gap_tol=GAP)
        row["oa"] = dict(_cell(oa), nodes=oa.rounds)
        t = time.perf_counter()
        small = pb.num_groups <= 8 and pb.dim <= 200  # 2^G projected-Newton solves
        row["enum"] = logistic_optimum(pb) if small else math.nan
        row["enum_time"] = time.perf_counter() - t if small else math.nan
        best = row["perspective"]["objective"]
        d_enum = abs(row["enum"] - best) / abs(best)
        d_oa = abs(row["oa"]["objective"] - best) / abs(best) \
            if row["oa"]["status"] == "optimal" else math.nan
        print(f"{row['name']:>58} {row['G']:>3} {row['dim']:>4} | "
              f"{_t(row['perspective']):>20} | {_t(row['bigm']):>19} | {_t(row['oa']):>14} | "
              f"{row['enum_time']:7.2f} | {d_enum:8.1e} | {d_oa:8.1e}", flush=True)
        rows.append(row)
    return rows


def run_branching(names: list[str] | None, time_limit: float) -> list[dict]:
    """--branching (see the module docstring): a row per catalog instance."""
    from spruce.mip import solve
    from spruce.mip.branching import RULES
    from spruce.mip.catalog import DEFAULT_DIR, load_instance, read_catalog

    rows = []
    print(f"{'instance':>18} | " + " | ".join(f"{r + ' s (nodes)':>24}" for r in RULES))
    for i, entry in enumerate(read_catalog(DEFAULT_DIR)):
        if names and entry["name"] not in names:
            continue
        pb = load_instance(DEFAULT_DIR / entry["data"])
        row = {"name": entry["name"]}
        for rule in RULES[i % len(RULES):] + RULES[:i % len(RULES)]:  # rotating order
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                row[rule] = _cell(solve(pb, time_limit=time_limit, gap_tol=GAP,
                                        branching=rule))
        print(f"{row['name']:>18} | " + " | ".join(f"{_t(row[r]):>24}" for r in RULES),
              flush=True)
        rows.append(row)
    for rule in RULES:
        med = statistics.median(_time(r[rule], time_limit) for r in rows)
        nodes = statistics.median(r[rule]["nodes"] for r in rows)
        print(f"{rule}: median time {med:.3f} s, median nodes {nodes:g}")
    return rows


def machine() -> str:
    """Where and when: the table's header line in docs/mip.md."""
    load = os.getloadavg() if hasattr(os, "getloadavg") else (math.nan,) * 3
    return (f"{time.strftime('%Y-%m-%d')}, {platform.machine()} with {os.cpu_count()} cores, "
            f"1 thread per solver, load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="+", default=None, help="catalog instance names")
    ap.add_argument("--time-limit", type=float, default=60.0, help="seconds per solver run")
    ap.add_argument("--skip", nargs="*", default=[], choices=("scip", "gurobi"),
                    help="peers to leave out")
    ap.add_argument("--json", default=None, help="write all rows here")
    ap.add_argument("--logistic", action="store_true",
                    help="the logistic-loss table instead of the catalog's")
    ap.add_argument("--branching", action="store_true",
                    help="compare the branching rules on the catalog instead")
    args = ap.parse_args(argv)
    print(machine())
    if args.logistic or args.branching:
        rows = (run_logistic(args.time_limit) if args.logistic else
                run_branching(args.only, args.time_limit))
        print(machine())
        if args.json:
            Path(args.json).write_text(json.dumps(rows, indent=1, default=float))
        return 0
    print(HEAD)
    print("-" * len(HEAD))
    rows = run(args.only, args.time_limit, set(args.skip))
    print(summary(rows, args.time_limit))
    print(machine())  # the load during the run, too
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1, default=float))
    return 0


if __name__ == "__main__":
    sys.exit(main())
