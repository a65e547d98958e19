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

Before any work, build_catalog (and `spruce mip catalog`) checks the output folder (created
if missing, its parent must exist; spruce.mip.paths.check_output_dir) and the catalog.json
already there: one that is not the JSON of a catalog ({"instances": [{"name": ...}, ...]})
is refused, naming the file and what is wrong, and never overwritten (its entries would be
lost). Instance files are read by spruce.mip.npzfile, which checks them (untrusted input).
"""

from __future__ import annotations

import json
import os
import platform
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from spruce.outputs import dumps

from .paths import check_output_dir, show, tmp_sibling, write_text
from .problem import GroupPruningProblem, synthetic

MAX_CATALOG_BYTES = 64 * 2**20  # a catalog.json larger than this is refused unread

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
    # correlated features (Σ_ab = corr^|a−b|, groups of 3 neighbours): the loss couples the
    # groups, where the perspective relaxation is weakest (issue #15)
    "syn_c30_r05": lambda: synthetic(n=100, groups=30, group_size=3, corr=0.5, seed=0),
    "syn_c30_r08": lambda: synthetic(n=120, groups=30, group_size=3, corr=0.8, seed=5),
    "syn_c40_r07": lambda: synthetic(n=150, groups=40, group_size=3, corr=0.7, seed=1),
    "syn_c50_r06": lambda: synthetic(n=200, groups=50, group_size=3, corr=0.6, seed=3),
    "syn_c60_r05": lambda: synthetic(n=200, groups=60, group_size=3, corr=0.5, seed=4),
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


def _atomic(path: Path, write: Callable[[Path], object]) -> Path:
    """write(temporary path), then os.replace onto path: readers see the old file or the
    new one, never half of one; the temporary file is removed if write fails."""
    tmp = tmp_sibling(path)
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
    """Rebuild a GroupPruningProblem from an .npz written by save_instance; every part of the
    file is checked first (spruce.mip.npzfile.read_instance: one-line ValueErrors naming the
    file, FileNotFoundError if it is missing)."""
    from .npzfile import read_instance

    return read_instance(path)


def _json_kind(x) -> str:
    kinds = ((bool, "true/false"), (dict, "an object"), (list, "a list"), (str, "a string"),
             ((int, float), "a number"))
    return next((word for t, word in kinds if isinstance(x, t)), "null")


def read_catalog_file(path: str | Path) -> dict:
    """The content of a catalog.json, checked: a JSON object whose "instances" is a list of
    objects, each with a string "name". ValueError naming the file and what is wrong."""
    f = Path(path)

    def fail(why: str) -> ValueError:
        return ValueError(f"catalog {show(f)}: {why}; it is left as it is (fix or remove it)")

    if f.is_dir():
        raise fail("is a folder, not a file")
    try:
        size = f.stat().st_size
        if size > MAX_CATALOG_BYTES:
            raise fail(f"is {size:,} bytes, more than a catalog can be "
                       f"({MAX_CATALOG_BYTES:,})")
        meta = json.loads(f.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise fail("is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise fail(f"is not valid JSON ({exc})") from None
    except RecursionError:
        raise fail("is not valid JSON (nested too deeply)") from None
    if not isinstance(meta, dict):
        raise fail(f"must hold a JSON object, holds {_json_kind(meta)}")
    if "instances" not in meta:
        raise fail('has no "instances" (the list of entries)')
    inst = meta["instances"]
    if not isinstance(inst, list):
        raise fail(f'"instances" must be a list, is {_json_kind(inst)}')
    for i, e in enumerate(inst):
        if not isinstance(e, dict) or not isinstance(e.get("name"), str):
            raise fail(f'"instances"[{i}] must be an object with a string "name"')
    return meta


def check_out(out_dir: str | Path, option: str = "out_dir") -> Path:
    """The catalog's output folder, checked before any work: a writable folder (or one that
    can be created), and its catalog.json, if any, a catalog (read_catalog_file)."""
    out = check_output_dir(out_dir, option)
    existing = out / "catalog.json"
    if existing.exists() or existing.is_symlink():
        read_catalog_file(existing)
    return out


def build_catalog(out_dir: str | Path = DEFAULT_DIR, names: list[str] | None = None,
                  time_limit: float = 300.0, formats: tuple[str, ...] = (".mps", ".lp"),
                  progress: bool = True) -> list[dict]:
    """Generate the instances, export both formulations, certify optima; write catalog.json.

    Ctrl-C: catalog.json gets the instances finished so far, then CatalogInterrupted."""
    from tqdm import tqdm

    from .pyomo_models import export
    from .solve import solve

    names = list(SPECS) if names is None else check_names(names)  # before creating out_dir
    out = check_out(out_dir)  # before any work: a malformed catalog.json is never replaced
    out.mkdir(exist_ok=True)
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
    old = read_catalog_file(existing)["instances"] if existing.exists() else []  # checked
    if not complete and old:  # a partial rebuild keeps the other entries
        done = {e["name"] for e in entries}
        keep = [e for e in old if e["name"] not in done]
        meta["instances"] = sorted(keep + entries, key=lambda e: list(SPECS).index(e["name"])
                                   if e["name"] in SPECS else 999)
    write_text(existing, dumps(meta, indent=1), "catalog")


def read_catalog(out_dir: str | Path = DEFAULT_DIR) -> list[dict]:
    """The entries of out_dir/catalog.json (checked by read_catalog_file)."""
    f = Path(out_dir) / "catalog.json"
    if not f.exists():
        raise FileNotFoundError(f"no catalog at {show(f)}; run `spruce mip catalog`")
    return read_catalog_file(f)["instances"]
