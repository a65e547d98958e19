"""The instance library mip_models/: deterministic generation, files, certified optima.

For every instance spec in SPECS: the data as NAME.npz (X, Y, groups, λ, α, M, k: enough to
rebuild the GroupPruningProblem exactly), the big-M MIQP and the perspective MISOCP as
NAME.bigm.{mps,lp} and NAME.perspective.{mps,lp} (Pyomo export), and one catalog.json
entry: sizes, the certified optimum and bound of spruce's B&B, time, nodes, kept groups.
Regenerating is deterministic (seeded data, seeded training with one thread); times vary.

Every file is written to a temporary name and moved into place (os.replace), so a kill
never leaves a half-written file. Ctrl-C writes catalog.json with the instances finished so
far (merged with the entries already there, like a partial rebuild) and raises
CatalogInterrupted; an instance whose solve was interrupted gets no entry.
"""

from __future__ import annotations

import json
import os
import platform
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from .problem import GroupPruningProblem, synthetic

DEFAULT_DIR = Path(__file__).resolve().parents[3] / "mip_models"


def _digits(**kw):
    from .builders import digits_regression
    return digits_regression(**kw)


def _mlp(**kw):
    from .builders import mlp_layer_problem
    return mlp_layer_problem(**kw)


def _cnn(**kw):
    from .builders import cnn_layer_problem
    return cnn_layer_problem(**kw)


# name -> builder; ordered from seconds to about a minute for spruce's B&B on 2 CPU cores
SPECS: dict[str, Callable[[], GroupPruningProblem]] = {
    "syn_g8_s0": lambda: synthetic(n=40, groups=8, group_size=3, lam=0.1, seed=0),
    "syn_g8_s1": lambda: synthetic(n=40, groups=8, group_size=3, lam=0.1, seed=1),
    "syn_g10_q3": lambda: synthetic(n=50, groups=10, group_size=2, q=3, lam=0.1, seed=2),
    "syn_g15_s0": lambda: synthetic(n=60, groups=15, group_size=3, seed=0),
    "syn_g15_s1": lambda: synthetic(n=60, groups=15, group_size=3, seed=1),
    "syn_g15_k4": lambda: synthetic(n=60, groups=15, group_size=3, k=4, seed=3),
    "syn_g20_s0": lambda: synthetic(n=70, groups=20, group_size=3, seed=0),
    "syn_g25_s0": lambda: synthetic(n=80, groups=25, group_size=3, seed=0),
    "syn_g30_s0": lambda: synthetic(n=90, groups=30, group_size=3, seed=0),
    "syn_g40_s0": lambda: synthetic(n=100, groups=40, group_size=3, seed=0),
    "syn_g40_hard": lambda: synthetic(n=60, groups=40, group_size=3, seed=0),
    "digits_lin_2x4": lambda: _digits(n=150, patch=(2, 4), lam_rel=0.1, seed=0),
    "mlp_layer2_16x12": lambda: _mlp(n=300, hidden=(16, 12), lam_rel=0.04, seed=0),
    "cnn_conv2_c6": lambda: _cnn(n_patches=300, channels=6, lam_rel=0.05, seed=0),
}
LP_MAX_DIM = 100
FAST = ("syn_g8_s0", "syn_g8_s1", "syn_g10_q3", "syn_g15_s0", "syn_g15_k4", "mlp_layer2_16x12")


class CatalogInterrupted(KeyboardInterrupt):
    """Ctrl-C during build_catalog(), after catalog.json was written: .entries are the
    instances done, .missing the names not done, .total the number asked for."""

    def __init__(self, entries: list[dict], missing: list[str], total: int):
        super().__init__(f"catalog interrupted: {len(entries)} of {total} instances done")
        self.entries, self.missing, self.total = entries, missing, total


def check_names(names: list[str], option: str = "names") -> list[str]:
    """The names, duplicates dropped, order kept; ValueError naming the unknown ones."""
    unknown = [n for n in names if n not in SPECS]
    if unknown:
        raise ValueError(f"{option}: unknown instance names {unknown}; known: {list(SPECS)}")
    return list(dict.fromkeys(names))


def _tmp(path: Path) -> Path:
    """A sibling temporary name with the same suffix (writers pick the format from it)."""
    return path.with_name(f".tmp-{os.getpid()}-{path.name}")


def _atomic(path: Path, write: Callable[[Path], object]) -> Path:
    """write(temporary path), then os.replace onto path: readers see the old file or the
    new one, never half of one; the temporary file is removed if write fails."""
    tmp = _tmp(path)
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException:  # Ctrl-C included
        tmp.unlink(missing_ok=True)
        raise
    return path


def save_instance(problem: GroupPruningProblem, path: str | Path) -> Path:
    """Write the problem data to an .npz (groups as one index array plus offsets); atomic."""
    sizes = np.array([g.size for g in problem.groups])

    def write(tmp: Path) -> None:
        with open(tmp, "wb") as fh:  # a file object: numpy would append .npz to a bare name
            np.savez_compressed(fh, X=problem.X, Y=problem.Y,
                                groups=np.concatenate(problem.groups), group_sizes=sizes,
                                lam=problem.lam, alpha=problem.alpha, M=problem.M,
                                k=-1 if problem.k is None else problem.k, loss=problem.loss,
                                name=problem.name)

    return _atomic(Path(path), write)


def load_instance(path: str | Path) -> GroupPruningProblem:
    """Rebuild a GroupPruningProblem from an .npz written by save_instance."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"no instance file {str(path)!r}")
    z = np.load(path, allow_pickle=False)
    cuts = np.cumsum(z["group_sizes"])[:-1]
    k = int(z["k"])
    return GroupPruningProblem(z["X"], z["Y"], list(np.split(z["groups"], cuts)),
                               lam=float(z["lam"]), alpha=float(z["alpha"]), M=z["M"],
                               k=None if k < 0 else k, loss=str(z["loss"]), name=str(z["name"]))


def build_catalog(out_dir: str | Path = DEFAULT_DIR, names: list[str] | None = None,
                  time_limit: float = 300.0, formats: tuple[str, ...] = (".mps", ".lp"),
                  progress: bool = True) -> list[dict]:
    """Generate the instances, export both formulations, certify optima; write catalog.json.

    Ctrl-C: catalog.json gets the instances finished so far, then CatalogInterrupted."""
    from tqdm import tqdm

    from .pyomo_models import export
    from .solve import solve

    names = list(SPECS) if names is None else check_names(names)  # before creating out_dir
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    entries: list[dict] = []
    try:
        for name in tqdm(names, desc="catalog", disable=not progress):
            pb = SPECS[name]().with_params(name=name)
            save_instance(pb, out / f"{name}.npz")
            files = {}
            for form in ("bigm", "perspective"):
                for ext in formats:
                    if ext == ".lp" and pb.dim > LP_MAX_DIM:
                        continue  # the readable .lp only where it stays readable (and small)
                    f = _atomic(out / f"{name}.{form}{ext}",
                                lambda tmp, pb=pb, form=form: export(pb, form, tmp))
                    files[f"{form}{ext}"] = f.name
            res = solve(pb, "perspective", time_limit=time_limit)
            if res.status == "interrupted":  # the B&B took the Ctrl-C: no certified entry
                raise KeyboardInterrupt
            entries.append(_entry(pb, name, files, res))
    except KeyboardInterrupt:
        _write_catalog(out, names, entries, complete=False)
        done = {e["name"] for e in entries}
        raise CatalogInterrupted(entries, [n for n in names if n not in done],
                                 len(names)) from None
    _write_catalog(out, names, entries, complete=names == list(SPECS))
    return entries


def _entry(pb: GroupPruningProblem, name: str, files: dict, res) -> dict:
    return {**pb.describe(), "name": name, "dim": pb.dim, "files": files,
            "data": f"{name}.npz", "status": res.status,
            "optimum": res.objective, "bound": res.bound, "gap": res.gap,
            "solver": "spruce B&B (perspective nodes, first-order + dual bound"
                      + (", budget by Lagrangian bisection)" if pb.k is not None else ")"),
            "time_s": round(res.time, 4), "nodes": res.nodes,
            "kept": res.kept, "root_bound": res.root_bound}


def _write_catalog(out: Path, names: list[str], entries: list[dict], complete: bool) -> None:
    """catalog.json: the new entries; unless a complete rebuild, plus the existing entries
    of the other names, in SPECS order. Written to a temporary file, then os.replace."""
    meta = {"generated": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime()),
            "machine": f"{platform.machine()} {platform.processor() or ''}".strip(),
            "gap_tol": 1e-6, "instances": entries}
    existing = out / "catalog.json"
    if not complete and existing.exists():  # a partial rebuild keeps the other entries
        done = {e["name"] for e in entries}
        old = json.loads(existing.read_text())["instances"]
        keep = [e for e in old if e["name"] not in done]
        meta["instances"] = sorted(keep + entries, key=lambda e: list(SPECS).index(e["name"])
                                   if e["name"] in SPECS else 999)
    text = json.dumps(meta, indent=1)
    _atomic(existing, lambda tmp: tmp.write_text(text))


def read_catalog(out_dir: str | Path = DEFAULT_DIR) -> list[dict]:
    f = Path(out_dir) / "catalog.json"
    if not f.exists():
        raise FileNotFoundError(f"no catalog at {str(f)!r}; run `spruce mip catalog`")
    return json.loads(f.read_text())["instances"]
