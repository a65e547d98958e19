"""One table from the JSON files benchmarks/gpu_check.sh writes (penalty, API, training, sweep).

    python benchmarks/gpu_summary.py DIR      # DIR holds penalty.json, api.json, train.json,
                                              # bernoulli.json and sweep/pareto.json
Prints what each goal asks and what was measured, one line each.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def _load(path: Path) -> dict:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return {}


def rows(folder: Path) -> list[tuple[str, str, str]]:
    pen, api, train, bern = (_load(folder / f"{n}.json")
                             for n in ("penalty", "api", "train", "bernoulli"))
    sweep = _load(folder / "sweep" / "pareto.json")
    out = []
    ms = pen.get("ms", {})
    if ms:
        out.append(("SPR penalty fwd+bwd, ResNet-56 groups", "< 1 ms, >= 10x the loop",
                    f"{ms.get('spruce', float('nan')):.3f} ms, "
                    f"{ms.get('loop', float('nan')) / ms.get('spruce', float('nan')):.1f}x"))
    for r in api.get("rows", []):
        out.append((f"penalty in a user loop, {r['model']}", "small vs a step",
                    f"+{100 * (r['ratio'] - 1):.1f}% of {r['plain_ms']:.1f} ms; prune "
                    f"{r['prune_s']:.2f} s"))
    if train:
        out.append(("SPR overhead over plain (spruce loop)", "<= 3%",
                    f"{100 * train.get('spr_overhead', float('nan')):.1f}%"))
        out.append(("spruce SPR vs reference loop", ">= 3x",
                    f"{train.get('spr_vs_reference', float('nan')):.2f}x"))
        out.append((f"SPR epoch, ResNet-{train.get('depth', 56)} CIFAR-shaped",
                    "<= 3 s (H100, ResNet-56)",
                    f"{train.get('epoch_s', float('nan')):.2f} s for "
                    f"{train.get('epoch_images') or 'a few batches of'} images"))
    if bern:
        out.append((f"Bernoulli gates per step, ResNet-{bern['depth']} batch {bern['batch']}",
                    "small vs a step", f"{100 * bern['overhead']:+.1f}% of "
                                       f"{bern['plain_ms']:.1f} ms ({bern['device']})"))
    for r in sweep.get("rows", []):
        out.append((f"sweep {r['method']} {r.get('strength') or ''}".rstrip(), "Pareto point",
                    f"acc {100 * r['accuracy']:.1f}%, MACs kept {100 * r['macs_kept']:.1f}%"))
    return out


def main(argv: list[str] | None = None) -> int:
    folder = Path((argv or sys.argv[1:] or ["."])[0])
    table = rows(folder)
    width = max((len(a) for a, _, _ in table), default=10)
    print(f"{'measure'.ljust(width)}  {'goal':24s}  measured")
    for a, b, c in table:
        print(f"{a.ljust(width)}  {b:24s}  {c}")
    return 0 if table else 1


if __name__ == "__main__":
    raise SystemExit(main())
