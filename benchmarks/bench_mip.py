"""Benchmark: time to certified optimality and root gaps on the mip_models/ catalog.

Solvers: spruce B&B with perspective nodes, spruce B&B with big-M nodes, the outer
approximation (HiGHS MILP master, perspective cuts), SCIP (PySCIPOpt, big-M MIQP and
perspective MISOCP, residual form exported on the fly) and Gurobi (the catalog's .mps,
pip size-limited license, where the instance fits: ≤ 2000 variables and constraints).
All single-threaded; relative gap 1e-6 for spruce, 1e-9 with feasibility 1e-9 for the
peers; a time limit per run.

    root gap closed = (perspective root bound − big-M root bound) / (optimum − big-M root)

Usage:  python benchmarks/bench_mip.py [--only NAME ...] [--time-limit 60] [--json out.json]
        [--skip oa scip gurobi]

Every solver answers a MipResult (spruce.mip.solve, spruce.mip.peers); gaps are relative to
max(|objective|, 1e-8·L(0)) for all of them.

Results on a 2-core CPU, no GPU (2026-11-21, time limit 60 s; "—": not run / too large):
see the table printed by the script; the latest run is quoted in docs/mip.md.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(names: list[str] | None, time_limit: float, skip: set[str]) -> list[dict]:
    from spruce.mip import peers, solve
    from spruce.mip.catalog import DEFAULT_DIR, load_instance, read_catalog

    rows = []
    have = set(peers.available())
    for entry in read_catalog(DEFAULT_DIR):
        name = entry["name"]
        if names and name not in names:
            continue
        pb = load_instance(DEFAULT_DIR / entry["data"])
        row = {"name": name, "G": pb.num_groups, "dim": pb.dim, "k": pb.k}
        t = time.perf_counter()
        persp = solve(pb, "perspective", time_limit=time_limit, check_big_m=False)
        row["persp"] = _res(persp)
        bigm = solve(pb, "bigm", time_limit=time_limit, check_big_m=False)
        row["bigm"] = _res(bigm)
        opt = persp.objective if persp.success else min(persp.objective, bigm.objective)
        row["opt"] = opt
        gap_bigm = opt - bigm.root_bound
        row["root_gap_closed"] = ((persp.root_bound - bigm.root_bound) / gap_bigm
                                  if gap_bigm > 1e-9 * abs(opt) else float("nan"))
        if "oa" not in skip and pb.num_groups <= 20:
            row["oa"] = _res(solve(pb, "perspective", method="oa", time_limit=time_limit,
                                   check_big_m=False))
        for peer in ("scip", "gurobi"):
            if peer in skip or peer not in have:
                continue
            for form in ("bigm", "perspective"):
                # Gurobi reads the catalog file (Gram form); SCIP gets the residual form,
                # exported on the fly, on which it is much faster (see spruce.mip.peers)
                f = DEFAULT_DIR / entry["files"][f"{form}.mps"] if peer == "gurobi" else None
                r = peers.summary(peers.PEERS[peer](pb, form, time_limit, path=f), opt)
                r.pop("y", None)
                row[f"{peer}_{form}"] = r
        row["wall"] = time.perf_counter() - t
        rows.append(row)
        print(_line(row), flush=True)
    return rows


def _res(r) -> dict:
    """A spruce MipResult as a row cell (nodes: B&B nodes, rounds: OA master rounds)."""
    return {"status": r.status, "objective": r.objective, "time": r.time, "nodes": r.nodes,
            "rounds": r.rounds, "root_bound": r.root_bound, "gap": r.gap}


HEAD = (f"{'instance':>18} {'G':>3} {'dim':>4} | {'persp s':>8} {'nodes':>5} | {'bigM s':>8} "
        f"{'nodes':>6} | {'closed':>6} | {'OA s':>7} | {'SCIP bM':>8} {'SCIP ps':>8} | "
        f"{'GRB bM':>7} {'GRB ps':>7} | {'max|Δ|':>7}")


def _t(r: dict | None) -> str:
    if r is None or r["status"] == "too_large":
        return "—"
    if r["status"] != "optimal":
        return ">" + f"{r['time']:.0f}" if r["status"] == "time_limit" else r["status"][:7]
    return f"{r['time']:.3f}"


def _line(row: dict) -> str:
    diffs = [abs(row[k]["rel_diff"]) for k in row if k.startswith(("scip", "gurobi"))
             and row[k]["status"] == "optimal"]
    return (f"{row['name']:>18} {row['G']:>3} {row['dim']:>4} | {_t(row['persp']):>8} "
            f"{row['persp']['nodes']:>5} | {_t(row['bigm']):>8} {row['bigm']['nodes']:>6} | "
            f"{100 * row['root_gap_closed']:5.1f}% | {_t(row.get('oa')):>7} | "
            f"{_t(row.get('scip_bigm')):>8} {_t(row.get('scip_perspective')):>8} | "
            f"{_t(row.get('gurobi_bigm')):>7} {_t(row.get('gurobi_perspective')):>7} | "
            f"{max(diffs) if diffs else float('nan'):7.1e}")


def summary(rows: list[dict]) -> str:
    def med(key):
        vals = [r[key]["time"] for r in rows if key in r and r[key]["status"] == "optimal"]
        return statistics.median(vals) if vals else float("nan")

    closed = [r["root_gap_closed"] for r in rows if r["root_gap_closed"] == r["root_gap_closed"]]
    best = [min(r["persp"]["time"], r["bigm"]["time"]) for r in rows]
    scip = [min(r[k]["time"] for k in ("scip_bigm", "scip_perspective") if k in r)
            for r in rows if "scip_bigm" in r]
    grb = [min(r[k]["time"] for k in ("gurobi_bigm", "gurobi_perspective")
               if k in r and r[k]["status"] == "optimal")
           for r in rows if r.get("gurobi_bigm", {}).get("status") == "optimal"]
    lines = [f"mean root gap closed by the perspective bound: "
             f"{100 * statistics.mean(closed):.1f}% over {len(closed)} instances",
             f"median time: spruce persp {med('persp'):.3f} s, spruce big-M {med('bigm'):.3f} s,"
             f" spruce best {statistics.median(best):.3f} s"]
    if scip:
        lines.append(f"median time SCIP (best formulation) {statistics.median(scip):.3f} s")
    if grb:
        lines.append(f"median time Gurobi (best formulation, instances that fit) "
                     f"{statistics.median(grb):.3f} s")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="+", default=None, help="catalog instance names")
    ap.add_argument("--time-limit", type=float, default=60.0, help="seconds per solver run")
    ap.add_argument("--skip", nargs="*", default=[], choices=("oa", "scip", "gurobi"),
                    help="solvers to leave out")
    ap.add_argument("--json", default=None, help="write all rows here")
    args = ap.parse_args(argv)
    print(HEAD)
    print("-" * len(HEAD))
    rows = run(args.only, args.time_limit, set(args.skip))
    print(summary(rows))
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1, default=float))
    return 0


if __name__ == "__main__":
    sys.exit(main())
