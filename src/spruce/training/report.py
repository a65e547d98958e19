"""Logs, summaries and figures of a training/pruning run.

- JsonlLogger: one JSON object per line per epoch (appends when a run resumes).
- write_summary: the final JSON (settings, accuracy and size before/after, speed-up).
- plot_kept_channels: bars of original vs kept channels per structure (PNG).
- plot_accuracy_vs_macs: test accuracy against MACs for several runs/stages (PNG).
Each plot_* writes a PNG and returns its path; the *_figure function of the same name
returns the matplotlib Figure instead (no pyplot state, no display needed).
JSON goes through spruce.outputs (strict: null for non-finite values); `jsonable` and
`format_table` here are spruce.outputs' own, kept importable from this module.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from spruce.outputs import (
    WriteError,
    count,
    dumps,
    format_table,
    jsonable,
    percent,
    save_figure,
    write_json,
)

__all__ = ["JsonlLogger", "read_jsonl", "jsonable", "format_table", "write_summary",
           "plot_kept_channels", "kept_channels_figure", "plot_accuracy_vs_macs",
           "accuracy_vs_macs_figure", "print_summary"]


class JsonlLogger:
    """Appends one JSON line per record to `path` (no-op when path is None); a failed write
    (a full disk) is a WriteError naming the file."""

    def __init__(self, path: str | Path | None, resume: bool = False):
        self.path = Path(path) if path else None
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if not resume:
                self._put("", "w")

    def write(self, row: dict[str, Any]) -> None:
        if self.path is not None:
            self._put(dumps(row) + "\n", "a")

    def _put(self, text: str, mode: str) -> None:
        try:
            with open(self.path, mode) as f:
                f.write(text)
        except OSError as exc:
            raise WriteError(self.path, exc) from exc


def read_jsonl(path: str | Path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text().splitlines() if line.strip()]


def write_summary(path: str | Path, summary: dict[str, Any]) -> Path:
    return write_json(path, summary)


def _figure(width: float, height: float):
    from matplotlib.figure import Figure  # Agg canvas, no pyplot state (safe in notebooks)

    return Figure(figsize=(width, height), layout="constrained")


def kept_channels_figure(names: list[str], total: list[int], kept: list[int],
                         title: str = "channels kept per structure"):
    """Bar chart: grey = channels before pruning, green = channels kept (a Figure)."""
    fig = _figure(max(6.0, 0.28 * len(names) + 2), 3.6)
    ax = fig.subplots()
    xs = list(range(len(names)))
    ax.bar(xs, total, color="#cccccc", label="before pruning")
    ax.bar(xs, kept, color="#2a9d5c", label="kept")
    ax.set_xticks(xs)
    ax.set_xticklabels([n.replace(".conv1", "").replace("layer", "L") for n in names],
                       rotation=90, fontsize=7)
    ax.set_xlabel("prunable structure")
    ax.set_ylabel("channels")
    ax.set_ylim(0, max([*total, *kept, 1]) * 1.08)
    ax.set_title(f"{title}: {sum(kept):,} of {sum(total):,} kept", fontsize=10)
    ax.legend(fontsize=8)
    return fig


def plot_kept_channels(path: str | Path, names: list[str], total: list[int], kept: list[int],
                       title: str = "channels kept per structure") -> Path:
    """PNG of kept_channels_figure; returns its path."""
    return save_figure(kept_channels_figure(names, total, kept, title), path, dpi=110)


def accuracy_vs_macs_figure(points: list[dict[str, Any]], title: str = "accuracy vs MACs"):
    """Test accuracy (%) against MMACs per image for points {"label", "macs", "accuracy"}
    (accuracy in [0, 1]), each a marker named in the legend (coinciding points share one).
    The x axis starts at 0 so that MAC savings show in proportion; the y axis spans at
    least 2 percentage points."""
    fig = _figure(6.0, 4.0)
    ax = fig.subplots()
    merged: dict[tuple[float, float], list[str]] = {}  # one label for coinciding points
    for p in points:
        key = (round(p["macs"] / 1e6, 6), round(100 * p["accuracy"], 6))
        merged.setdefault(key, []).append(str(p["label"]))
    markers = "osD^vP*X"
    for i, ((x, y), labels) in enumerate(merged.items()):  # the legend names each point
        ax.plot([x], [y], markers[i % len(markers)], color=f"C{i % 10}", ms=8,
                label=" / ".join(labels))
    xs = [k[0] for k in merged] or [1.0]
    ys = [k[1] for k in merged] or [50.0]
    ax.set_xlim(0, max(xs) * 1.25)
    mid, half = (max(ys) + min(ys)) / 2, max((max(ys) - min(ys)) / 2 * 1.3, 1.0)
    lo = min(max(mid - half, 0.0), 100.0 - 2 * half)  # inside [0, 100] where it fits
    ax.set_ylim(lo, lo + 2 * half)
    ax.set_xlabel("MMACs per image (multiply-accumulates, millions)")
    ax.set_ylabel("test accuracy (%)")
    ax.set_title(title, fontsize=10)
    ax.grid(alpha=0.3)
    if merged:
        ax.legend(fontsize=8, loc="best")
    return fig


def plot_accuracy_vs_macs(path: str | Path, points: list[dict[str, Any]],
                          title: str = "accuracy vs MACs") -> Path:
    """PNG of accuracy_vs_macs_figure; returns its path."""
    return save_figure(accuracy_vs_macs_figure(points, title), path, dpi=110)


CPU_SPEEDUP_NOTE = ("a speed-up below 1 on a CPU is expected for a network this small: its "
                    "time goes to per-layer overheads, so fewer MACs do not pay for themselves; "
                    "the GPU benchmark (benchmarks/bench_train.py) is the meaningful measure")


def regimes_figure(history: list[dict[str, Any]], title: str = "SPR regimes per epoch"):
    """How many SPR groups sit in each regime of z after every epoch (stacked areas).

    Regime 1 (y* = 1): the plain ridge α‖W‖² + (1 − α), no push towards zero; regime 2: the
    group lasso 2√(α(1−α))‖W‖₂; regime 3: the ‖W‖∞/M branch; 0: the group is exactly zero.
    """
    epochs = [r["epoch"] + 1 for r in history]
    counts = {k: [r.get(f"method/regime{k}", 0) for r in history] for k in (1, 2, 3)}
    total = [r.get("method/groups", 0) for r in history]
    zero = [t - sum(counts[k][i] for k in (1, 2, 3)) for i, t in enumerate(total)]
    fig = _figure(7.2, 3.6)
    ax = fig.subplots()
    ax.stackplot(epochs, counts[1], counts[2], counts[3], zero,
                 labels=["1: y* = 1 (ridge, no push to zero)", "2: group lasso",
                         "3: ‖W‖∞/M branch", "exactly zero"],
                 colors=["#b0b0b0", "#2a9d5c", "#4c78a8", "#c8553d"], alpha=0.85)
    from matplotlib.ticker import MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("epoch")
    ax.set_ylabel("SPR groups")
    ax.set_xlim(min(epochs, default=1), max(epochs, default=1))
    ax.set_ylim(0, max(total, default=1))
    ax.set_title(title, fontsize=10)
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    return fig


def plot_regimes(path: str | Path, history: list[dict[str, Any]], title: str) -> Path:
    """PNG of regimes_figure; returns its path."""
    return save_figure(regimes_figure(history, title), path, dpi=110)


def print_summary(summary: dict[str, Any]) -> None:
    """A few human lines about a finished pipeline run."""
    s = summary
    print(f"{s['model']} / {s['settings'].get('method')} on {s['data']} ({s['device']})")
    print(f"  accuracy: trained {percent(s['acc_trained'], 2)}  pruned "
          f"{percent(s['acc_pruned'], 2)}  fine-tuned {percent(s['acc_final'], 2)}")
    print(f"  channels kept {count(s['channels_kept'])} of {count(s['channels_total'])}  "
          f"params {count(s['params_dense'])} -> {count(s['params_pruned'])}  MACs "
          f"{count(s['macs_dense'])} -> {count(s['macs_pruned'])} "
          f"({s['macs_dense'] / max(s['macs_pruned'], 1):.2f}x fewer)")
    print(f"  inference at batch {s['speed_batch']}: {s['images_per_s_dense']:,.0f} -> "
          f"{s['images_per_s_pruned']:,.0f} images/s ({s['speedup']:.2f}x)")
    if s["speedup"] < 1 and str(s.get("device", "")).startswith("cpu"):
        print(f"  note: {CPU_SPEEDUP_NOTE}")
    for f in s.get("figures", []):
        print(f"  figure: {f}")
