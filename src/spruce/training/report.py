"""Logs, summaries and figures of a training/pruning run.

- JsonlLogger: one JSON object per line per epoch (appends when a run resumes).
- write_summary: the final JSON (settings, accuracy and size before/after, speed-up).
- plot_kept_channels: bars of original vs kept channels per structure (PNG).
- plot_accuracy_vs_macs: test accuracy against MACs for several runs/stages (PNG).
Figures use matplotlib's Agg backend (no display needed).
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any


class JsonlLogger:
    """Appends one JSON line per record to `path` (no-op when path is None)."""

    def __init__(self, path: str | Path | None, resume: bool = False):
        self.path = Path(path) if path else None
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if not resume:
                self.path.write_text("")

    def write(self, row: dict[str, Any]) -> None:
        if self.path is None:
            return
        with open(self.path, "a") as f:
            f.write(json.dumps(jsonable(row)) + "\n")


def read_jsonl(path: str | Path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text().splitlines() if line.strip()]


def jsonable(x: Any) -> Any:
    """Numbers, strings, lists and dicts only (numpy/torch scalars unwrapped)."""
    if isinstance(x, dict):
        return {str(k): jsonable(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [jsonable(v) for v in x]
    if isinstance(x, float) and not math.isfinite(x):
        return str(x)
    if hasattr(x, "item") and callable(x.item):  # numpy / torch scalars
        return x.item()
    if isinstance(x, Path):
        return str(x)
    return x


def write_summary(path: str | Path, summary: dict[str, Any]) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(jsonable(summary), indent=2) + "\n")
    return path


def _pyplot():
    # no matplotlib.use("Agg") here: switching backends in a library breaks inline plots in
    # notebooks; without a display matplotlib picks Agg by itself
    import matplotlib.pyplot as plt

    return plt


def _save(plt, fig, path: str | Path) -> Path:
    """Lay out, write the PNG (creating its folder) and free the figure."""
    fig.tight_layout()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def plot_kept_channels(path: str | Path, names: list[str], total: list[int], kept: list[int],
                       title: str = "channels kept per structure") -> Path:
    """Bar chart: grey = channels before pruning, green = channels kept."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(max(6.0, 0.28 * len(names) + 2), 3.6))
    xs = range(len(names))
    ax.bar(xs, total, color="#cccccc", label="before")
    ax.bar(xs, kept, color="#2a9d5c", label="kept")
    ax.set_xticks(list(xs))
    ax.set_xticklabels([n.replace(".conv1", "").replace("layer", "L") for n in names],
                       rotation=90, fontsize=7)
    ax.set_ylabel("channels")
    ax.set_title(f"{title}: {sum(kept)}/{sum(total)}")
    ax.legend(fontsize=8)
    return _save(plt, fig, path)


def plot_accuracy_vs_macs(path: str | Path, points: list[dict[str, Any]],
                          title: str = "accuracy vs MACs") -> Path:
    """Scatter of points {"label", "macs", "accuracy"} (accuracy in [0, 1])."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(5.5, 4.0))
    merged: dict[tuple[float, float], list[str]] = {}  # one label for coinciding points
    for p in points:
        key = (round(p["macs"] / 1e6, 6), round(100 * p["accuracy"], 6))
        merged.setdefault(key, []).append(str(p["label"]))
    for (x, y), labels in merged.items():
        ax.scatter(x, y, s=40)
        ax.annotate(" / ".join(labels), (x, y), fontsize=8, xytext=(4, 4),
                    textcoords="offset points")
    ax.set_xlabel("MMACs per image")
    ax.set_ylabel("test accuracy (%)")
    ax.set_title(title)
    ax.grid(alpha=0.3)
    return _save(plt, fig, path)


def format_table(rows: list[dict[str, Any]], columns: list[str]) -> str:
    """A plain-text table (for the terminal and the docs)."""
    def fmt(v: Any) -> str:
        if isinstance(v, float):
            return f"{v:.4g}"
        return str(v)

    cells = [[fmt(r.get(c, "")) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) if cells else len(c)
              for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)) for row in cells]
    return "\n".join(lines)


def print_summary(summary: dict[str, Any]) -> None:
    """A few human lines about a finished pipeline run."""
    s = summary
    print(f"{s['model']} / {s['settings'].get('method')} on {s['data']} ({s['device']})")
    print(f"  accuracy: trained {100 * s['acc_trained']:.2f}%  pruned {100 * s['acc_pruned']:.2f}%"
          f"  fine-tuned {100 * s['acc_final']:.2f}%")
    print(f"  channels kept {s['channels_kept']}/{s['channels_total']}  params "
          f"{s['params_dense']:,} -> {s['params_pruned']:,}  MACs {s['macs_dense']:,} -> "
          f"{s['macs_pruned']:,} ({s['macs_dense'] / max(s['macs_pruned'], 1):.2f}x fewer)")
    print(f"  inference at batch {s['speed_batch']}: {s['images_per_s_dense']:.0f} -> "
          f"{s['images_per_s_pruned']:.0f} images/s ({s['speedup']:.2f}x)")
    for f in s.get("figures", []):
        print(f"  figure: {f}")
