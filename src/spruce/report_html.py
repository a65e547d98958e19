"""The `spruce demo` report: findings in sentences, compact tables, captioned figures.

`write_report(out, sections, meta)` writes, in `out`:
  index.html     the findings (sentences filled from the numbers), then per section what was
                 run, compact tables (at most 8 columns, percentages, thousands separators,
                 units), captioned figures and links to the section's full data
  figures/       the PNG figures the page shows
  data/          each table of each section in full, as CSV and JSON, and each section's
                 whole result as JSON
  summary.json   every section's status, timing and result, plus the findings
Everything index.html refers to lies in `out`: the folder can be moved or zipped whole.
JSON is strict (spruce.outputs: null for non-finite values). A section that failed or is
missing is said so, in the findings and in its section; a result this module cannot
summarise still gets its data links.
"""

from __future__ import annotations

import html
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spruce.outputs import (
    MISSING,
    columns_of,
    count,
    number,
    percent,
    times,
    write_csv,
    write_json,
)

MAX_COLUMNS = 8
CPU_SPEEDUP_NOTE = (
    "A CPU speed-up below 1 is expected at this size: the small ResNet's time on a CPU goes to "
    "per-layer overheads, not to arithmetic, so the pruned network's fewer MACs do not pay for "
    "themselves (and the timing runs on a machine shared with other work). The GPU benchmark "
    "(benchmarks/bench_train.py) is the meaningful measure of speed; MACs and parameters are "
    "the exact measure of size.")


@dataclass
class Table:
    caption: str
    columns: list[str]
    rows: list[list[str]]
    note: str = ""
    detail_last: bool = False  # the last column holds long details: set in small type

    def __post_init__(self):
        if len(self.columns) > MAX_COLUMNS:
            raise ValueError(f"table {self.caption!r} has {len(self.columns)} columns "
                             f"(at most {MAX_COLUMNS})")


@dataclass
class View:
    """What the report says about one section."""

    intro: str = ""
    finding: str = ""
    tables: list[Table] = field(default_factory=list)
    figures: list[tuple[str, str]] = field(default_factory=list)  # (figure name, caption)
    notes: list[str] = field(default_factory=list)


def _esc(x: Any) -> str:
    return html.escape(str(x))


def _fin(x: Any) -> float | None:
    try:
        v = float(x)
    except (TypeError, ValueError):
        return None
    return v if v == v and abs(v) != float("inf") else None


def _pct_range(values: list[float], digits: int = 1) -> str:
    vals = [v for v in values if _fin(v) is not None]
    if not vals:
        return MISSING
    lo, hi = min(vals), max(vals)
    return percent(lo, digits) if percent(lo, digits) == percent(hi, digits) else \
        f"{percent(lo, digits)[:-2]}–{percent(hi, digits)}"


def _subopt(x: Any) -> str:
    v = _fin(x)
    return MISSING if v is None else percent(0.0 if abs(v) < 1e-9 else v)


# ---------------------------------------------------------------------------------- sections

def derivation_view(r: dict) -> View:
    checks = r.get("checks") or []
    failed = [c for c in checks if not c.get("passed")]
    errs = [e for e in (_fin(c.get("max_error")) for c in checks) if e is not None]
    v = View(intro=(
        "The SPR term z was derived with sympy in closed form, in its three regimes of the "
        "optimal y*, and checked: symbolically where an identity can be proved, and "
        "numerically on random samples against scipy's minimisation, the big-M and MIP "
        "penalties, and a convex hull computed independently."))
    if not checks:
        v.finding = "The derivation section returned no checks."
    elif failed:
        v.finding = (f"{len(failed)} of {len(checks)} checks of the SPR derivation failed: "
                     + "; ".join(str(c.get("name")) for c in failed[:3]) + ".")
    else:
        v.finding = (f"All {len(checks)} checks of the SPR derivation passed (largest "
                     f"numerical error {number(max(errs, default=0.0), 2)}).")
    v.tables.append(Table(
        "Checks of the derivation", ["check", "passed", "max error", "what was checked"],
        [[str(c.get("name", "")), "yes" if c.get("passed") else "NO",
          number(c.get("max_error"), 2), str(c.get("detail", ""))] for c in checks],
        detail_last=True))
    v.figures.append(("derivation_penalty_shapes.png", (
        "The penalty of a single weight w for two settings of (α, M): the L0/MIP penalty "
        "(black, with its jump at 0), its big-M relaxation (orange), SPR's z(w) (blue), "
        "group lasso (green, dashed) and the lower convex hull of the MIP penalty computed "
        "independently on a grid (red squares). SPR runs through the hull points: it is the "
        "convex envelope of the MIP penalty, and lies above the big-M relaxation.")))
    return v


def mip_view(r: dict) -> View:
    rows = r.get("table") or []
    inst = r.get("instance") or {}
    groups = inst.get("groups") or (rows[0].get("groups") if rows else None)
    size = inst.get("group_size_min")
    size_txt = (f"{size} weights each" if size == inst.get("group_size_max") and size
                else "groups of several weights")
    v = View(intro=(
        f"One layer of a small MLP trained on digits (instance {_esc(inst.get('name', '?'))}, "
        f"training accuracy {percent(inst.get('train_accuracy'))}): {groups} groups of "
        f"{size_txt}, {count(inst.get('n'))} samples, {_esc(inst.get('loss', ''))} loss, "
        f"α = {number(inst.get('alpha'), 3)}. For each of {len(rows)} values of λ the exact "
        "MIP was solved by spruce's branch-and-bound and compared with the big-M and "
        "perspective (SPR) relaxations. Each relaxation's groups with y ≥ 0.5, and magnitude "
        "pruning keeping as many groups as the MIP, were re-fitted and scored against the "
        "MIP optimum."))
    certified = [x for x in rows if x.get("mip_opt") is not None]
    closed = [x.get("gap_closed") for x in certified]
    if not rows:
        v.finding = "The MIP section returned no rows."
    else:
        worst_spr = max((_fin(x.get("spr_threshold_subopt")) or 0.0 for x in rows), default=0)
        worst_bigm = max((_fin(x.get("bigm_threshold_subopt")) or 0.0 for x in rows), default=0)
        exact = all(_fin(x.get("spr_threshold_jaccard")) == 1.0 for x in rows)
        spr_txt = ("picked exactly the MIP's groups at every λ" if exact else
                   f"came within {_subopt(worst_spr)} of the optimum after re-fitting")
        v.finding = (
            f"On one layer of an MLP ({groups} groups, {len(rows)} values of λ), the "
            f"perspective (SPR) bound closed {_pct_range(closed)} of the root gap between the "
            "big-M bound and the certified MIP optimum, and keeping the groups the SPR "
            f"relaxation puts at y ≥ 0.5 {spr_txt}; rounding the big-M relaxation instead "
            f"was up to {_subopt(worst_bigm)} worse than the optimum.")
        if len(certified) < len(rows):
            v.finding += (f" For {len(rows) - len(certified)} of {len(rows)} values of λ the "
                          "MIP stopped before proving optimality: no gap is claimed there.")
    star = lambda x: "" if x.get("mip_opt") is not None else " *"  # noqa: E731
    v.tables.append(Table(
        "Bounds on the optimum", ["λ", "MIP optimum", "perspective bound", "big-M bound",
                                  "root gap closed", "groups kept by MIP", "B&B nodes"],
        [[number(x.get("lam"), 4), number(x.get("mip_value"), 5) + star(x),
          number(x.get("persp_bound"), 5), number(x.get("bigm_bound"), 5),
          percent(x.get("gap_closed")), f"{x.get('kept_mip')} of {x.get('groups', groups)}",
          count(x.get("mip_nodes"))] for x in rows],
        note=("Objective = loss + λ·penalty. Root gap closed = (perspective − big-M) / "
              "(MIP − big-M). * MIP stopped early: its incumbent, not an optimum.")))
    choices = [("spr_threshold", "SPR relaxation, y ≥ 0.5"),
               ("bigm_threshold", "big-M relaxation, y ≥ 0.5"),
               ("magnitude", "magnitude (largest ‖W_j‖)")]
    v.tables.append(Table(
        "Pruning choices, re-fitted: suboptimality (Jaccard similarity to the MIP's groups)",
        ["λ", *(label for _, label in choices)],
        [[number(x.get("lam"), 4), *(
            f"{_subopt(x.get(c + '_subopt'))} ({number(x.get(c + '_jaccard'), 2)})"
            for c, _ in choices)] for x in rows],
        note="Suboptimality = (objective − MIP optimum) / |MIP optimum|; 0 % is optimal."))
    v.figures.append(("mip_bounds_vs_lambda.png", (
        "Left: the exact MIP optimum (open circles) and the two lower bounds against λ; the "
        "perspective (SPR) bound lies on or just below the optimum, the big-M bound well "
        "below it. Right: the share of the root gap that the perspective bound closes (left "
        f"axis, %) and the number of groups the MIP keeps (right axis, of {groups}).")))
    return v


def _epochs(row: dict) -> str:
    e, ft = row.get("epochs"), row.get("finetune_epochs")
    return MISSING if e is None else f"{e} + {ft or 0}"


def pruning_view(r: dict) -> View:
    rows = r.get("rows") or []
    by = {x.get("method"): x for x in rows}
    dense, spr, bern = by.get("dense"), by.get("spr"), by.get("bernoulli")
    ref = next(iter(rows), {})
    e_spr = _epochs(spr or by.get("none") or {})
    blocks = f"{bern['blocks_total']} residual blocks, " if bern and bern.get("blocks_total") \
        else ""
    v = View(intro=(
        f"A small ResNet ({blocks}{count(ref.get('params_dense'))} parameters, "
        f"{count(ref.get('macs_dense'))} MACs per 8×8 image) trained from scratch on "
        "scikit-learn's digits, on the CPU. <b>dense</b>: no penalty, nothing pruned; "
        "<b>none</b>: no penalty, then magnitude pruning that keeps the training accuracy "
        "within 1 point; <b>spr</b>: the SPR penalty during training, then the same rule; "
        f"each {e_spr} epochs (training + fine-tuning). <b>bernoulli</b>: Bernoulli gates "
        "trained with the network, structures cut out as their gate closes, then fine-tuned "
        f"({_epochs(bern or {})} epochs: the gates need more epochs to decide)."))
    if isinstance(r.get("bernoulli"), str):
        v.notes.append(f"Bernoulli pruning: {r['bernoulli']}.")
    sentences = []
    if spr:
        removed = (spr.get("channels_total") or 0) - (spr.get("channels_kept") or 0)
        saved = 1 - spr["macs"] / spr["macs_dense"] if spr.get("macs_dense") else None
        base = (f"against {percent(dense['accuracy'])} for the dense network trained for the "
                f"same {_epochs(dense)} epochs" if dense else "")
        sentences.append(
            f"SPR removed {count(removed)} of {count(spr.get('channels_total'))} prunable "
            f"channels of the small ResNet, saving {percent(saved)} of its MACs, at "
            f"{percent(spr.get('accuracy'))} test accuracy{', ' + base if base else ''}.")
    if bern:
        saved = 1 - bern["macs"] / bern["macs_dense"] if bern.get("macs_dense") else None
        removed = (bern.get("channels_total") or 0) - (bern.get("channels_kept") or 0)
        sentences.append(
            f"Bernoulli pruning ({_epochs(bern)} epochs) removed {count(removed)} units "
            + (f"and {bern['blocks_removed']} of {bern.get('blocks_total')} residual branches "
               if bern.get("blocks_removed") else "(no whole residual branch) ")
            + f"while training, saving {percent(saved)} of the MACs, at "
            f"{percent(bern.get('accuracy'))}.")
    v.finding = " ".join(sentences) or "The pruning section returned no rows."
    table = []
    for x in rows:
        saved = 1 - x["macs"] / x["macs_dense"] if x.get("macs_dense") else None
        kept = f"{count(x.get('channels_kept'))} of {count(x.get('channels_total'))}"
        if x.get("blocks_total"):
            kept += f"; {x.get('blocks_removed')} of {x['blocks_total']} blocks removed"
        table.append([str(x.get("method")), _epochs(x), percent(x.get("accuracy")), kept,
                      count(x.get("params")), count(x.get("macs")), percent(saved),
                      times(x.get("speedup")) if x.get("method") != "dense" else "reference"])
    v.tables.append(Table(
        "Final networks", ["method", "epochs (train + fine-tune)", "test accuracy",
                           "channels kept", "parameters", "MACs per image",
                           "MACs saved", "CPU speed-up"], table,
        note="Test accuracy on the held-out digits. Channels: those the method's pruner can "
             "remove (Bernoulli gates the same structures). MACs saved: against the dense "
             "network. Speed-up: pruned ÷ dense images per second at inference on this CPU."))
    if any((_fin(x.get("speedup")) or 1.0) < 1 for x in rows if x.get("method") != "dense"):
        v.notes.append(CPU_SPEEDUP_NOTE)
    method_txt = {"none": "magnitude pruning after plain training",
                  "spr": "SPR training and pruning", "dense": "the dense reference"}
    figs = [("pruning_methods_accuracy_vs_macs.png", (
        "Test accuracy against MACs per image of each method's final network: dense, none "
        f"and spr after the same {e_spr} epochs, bernoulli after {_epochs(bern or {})}. "
        "Further left is cheaper, higher is more accurate.")),
        ("pruning_bernoulli_macs.png", (
            "Bernoulli training gets cheaper as it prunes: MACs per image of the network "
            "after each epoch's removals (solid), their expectation under the gate "
            "probabilities θ (dashed), the target (dash-dot) and the final network (star), "
            "against the dense network (dotted). The "
            "claim rests on MACs; wall-clock epoch times measured on a shared machine are in "
            "the data (pruning_bernoulli_per_epoch) but not drawn.")),
        ("pruning_bernoulli_structures.png", (
            "Bernoulli training: units still in the network (top) and residual branches "
            "removed (bottom) after each epoch; the last point is the network after the "
            "final rounding that sends every θ to 0 or 1.")),
        ("pruning_bernoulli_theta.png", (
            "Bernoulli training: the probability θ that each gate is on, per epoch. Thick "
            "lines are the gates of whole residual branches, thin lines the units (coloured "
            "by the branch they sit in); a unit or branch whose θ reaches 0 is cut out at "
            "the end of that epoch. In the second half of training a pull sends every θ to "
            "0 or 1, so that the final rounding has nothing left to move."))]
    figs.append(("pruning_spr_regimes.png", (
        "What SPR does during training: after each epoch, how many groups sit in each regime "
        "of the SPR term: y* = 1 (grey: the plain ridge, no push towards zero), the group "
        "lasso (green), the ‖W‖∞/M branch (blue) or exactly zero (red).")))
    for m in ("spr", "none"):
        figs += [(f"pruning_{m}_kept_channels.png", (
            f"Channels kept (green) in each prunable structure by {method_txt[m]}, against "
            "the channels before pruning (grey); a structure is named by its convolution, "
            "with L2.0 short for layer2.0.conv1.")),
                 (f"pruning_{m}_accuracy_vs_macs.png", (
                     f"The {m} run ({method_txt[m]}): test accuracy after training, after "
                     "pruning and after fine-tuning, against MACs per image; what pruning "
                     "cost and what the fine-tuning epoch recovered."))]
    v.figures += figs
    return v


def dynamics_view(r: dict) -> View:
    try:
        from spruce.dynamics.demo import DEFAULT as prm
    except ImportError:  # pragma: no cover - the section would not have run
        prm = {}
    agr = r.get("agreement") or {}
    n = agr.get("n")
    params = ", ".join(f"{k} = {prm[k]:g}" for k in ("a", "gamma", "lam") if k in prm)
    params = params.replace("gamma", "γ").replace("lam", "λ")
    ratio = f", η_θ/η_w = {prm['ratio']:g}" if "ratio" in prm else ""
    v = View(intro=(
        f"The unit model of Bernoulli pruning dynamics ({params}{ratio}) integrated "
        f"numerically from each start (w0, θ0) of a {n}×{n} grid, and each fate (kept or "
        "pruned) compared with what the closed-form analysis certifies; plus the closed-form "
        "bracket of the critical step-size ratio η_θ/η_w for a unit and a layer."))
    if agr:
        dis = agr.get("disagree")
        dis_txt = ("no cell disagrees" if dis == 0 else
                   f"{count(dis)} cell{'' if dis == 1 else 's'} disagree{'s' if dis == 1 else ''}")
        v.finding = (
            "In the unit model of the training dynamics the analysis certified the fate "
            f"(kept or pruned) of {percent(agr.get('certified'))} of a {n}×{n} grid of starts, "
            f"and numerical integration agrees on {percent(agr.get('agree'), 2)} of the "
            f"certified cells compared ({dis_txt}); the remaining {percent(agr.get('band'))} "
            "is the narrow band where the analysis makes no claim.")
    else:
        v.finding = "The dynamics section returned no agreement figures."
    v.tables.append(Table(
        "Analysis vs integration", ["slice", "grid", "certified by analysis",
                                    "band (undecided)", "agreement", "cells that disagree"],
        [[str(x.get("slice")), str(x.get("grid")), percent(x.get("certified")),
          percent(x.get("band")), percent(x.get("agreement"), 2), count(x.get("disagree"))]
         for x in r.get("rows") or []],
        note="certified: share of the grid whose fate the analysis proves; agreement: share "
             "of certified cells (away from the edges by one cell) where integration "
             "reaches the same fate."))
    crit = r.get("critical_ratio") or []
    has_num = any("r_numeric" in x for x in crit)
    v.tables.append(Table(
        "Critical step-size ratio r* = η_θ/η_w",
        ["structure", "w0", "θ0", "r* at least", "r* at most",
         *(["r* numerical"] if has_num else [])],
        [[str(x.get("structure")), number(x.get("w0"), 3), number(x.get("theta0"), 3),
          number(x.get("r_low"), 4), number(x.get("r_up"), 4),
          *([number(x.get("r_numeric"), 4)] if has_num else [])] for x in crit],
        note="With η_θ/η_w above r*, a structure started at (w0, θ0) that the slow dynamics "
             "would keep is pruned prematurely; the closed form brackets r*."))
    v.figures += [
        ("dynamics_basins_unit.png", (
            "Basins of attraction of the unit model over starting points (w0, θ0): fills are "
            "the fates found by integration (green kept, red pruned), black lines the "
            "certified analytical edges (kept above the solid line, pruned below the dashed "
            "one), hatching the band the analysis leaves undecided, × the saddle.")),
        ("dynamics_portrait_unit.png", (
            "Phase portrait of the unit model in (w, θ): streamlines of the field, the "
            "nullclines, the stable states (pruned ●, kept ★), the saddle (×), and "
            "trajectories from a few starts coloured by their fate; the separatrix (purple) "
            "divides the basins."))]
    return v


def _sweep_view(r: dict) -> View:
    from spruce.report_sweep import sweep_view

    return sweep_view(r)


VIEWS = {"derivation": derivation_view, "mip": mip_view, "pruning": pruning_view,
         "dynamics": dynamics_view, "sweep": _sweep_view}


def build_view(sec: dict) -> View:
    """The section's View; a failed/missing section or an unexpected result says so."""
    title, status = sec.get("title", sec["key"]), sec.get("status")
    if status != "ok":
        what = {"not built yet": "is not built yet", "interrupted": "was interrupted"}.get(
            status, "failed")
        return View(finding=f"The section “{title}” {what}: its results are missing.")
    try:
        return VIEWS[sec["key"]](sec.get("result") or {})
    except Exception as exc:  # an unexpected result must not cost the rest of the report
        return View(finding=f"The section “{title}” ran, but its result could not be "
                            f"summarised ({type(exc).__name__}: {exc}); see its data.")


# ---------------------------------------------------------------------------------- files

def figure_name(out: Path, key: str, src: Path) -> str:
    """A unique name under figures/: the path below `out` joined by "_", without repeating
    the section's prefix (derivation/derivation_x.png -> derivation_x.png)."""
    try:
        parts = list(src.resolve().relative_to(out.resolve()).parts)
    except ValueError:
        parts = [key, src.name]
    if len(parts) > 1 and parts[1].startswith(parts[0] + "_"):
        parts = parts[1:]
    return "_".join(parts)


def _data_tables(result: dict) -> dict[str, list[dict]]:
    return {k: v for k, v in result.items()
            if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)}


def write_data(out: Path, sec: dict) -> list[str]:
    """data/{key}_{table}.csv and .json per table, data/{key}.json for the whole result;
    returns the paths relative to `out`."""
    key, result = sec["key"], sec.get("result") or {}
    links = []
    for name, rows in _data_tables(result).items():
        for ext, writer in (("csv", lambda p, r: write_csv(p, r, columns_of(r))),
                            ("json", write_json)):
            writer(out / "data" / f"{key}_{name}.{ext}", rows)
            links.append(f"data/{key}_{name}.{ext}")
    write_json(out / "data" / f"{key}.json", result)
    return links + [f"data/{key}.json"]


# ---------------------------------------------------------------------------------- HTML

STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:1160px;
margin:0 auto;padding:1.5em 2em;color:#222;line-height:1.45}
h1{margin-bottom:.2em}h2{margin-top:2em;border-bottom:1px solid #ccc;padding-bottom:.2em}
.meta{color:#666;font-size:.9em}.findings{font-size:1.05em;background:#f4f8f4;
border-left:4px solid #2a9d5c;padding:.6em 1em .6em 2em;margin:0}.findings li{margin:.3em 0}
table{border-collapse:collapse;margin:.4em 0 .2em;font-size:.9em;max-width:100%}
caption{text-align:left;font-weight:600;padding:.3em 0}
td,th{border:1px solid #ccc;padding:3px 8px;vertical-align:top}th{background:#f0f0f0}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.text{text-align:left;overflow-wrap:break-word}td.small{font-size:.85em;color:#555}
.tnote{font-size:.85em;color:#555;margin:.1em 0 1em}
.note{background:#fff8e5;border-left:4px solid #e0a800;padding:.4em .8em}
.figs{display:flex;flex-wrap:wrap;gap:1.2em}
figure{margin:0;flex:1 1 540px;max-width:100%}figure img{width:100%;height:auto;
border:1px solid #eee}figcaption{font-size:.88em;color:#444}
pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#fbeaea;padding:.5em}
.data{font-size:.9em}.ok{color:#2a7d3c}.bad{color:#b3261e}
"""


def _table_html(t: Table) -> str:
    head = "".join(f"<th>{_esc(c)}</th>" for c in t.columns)
    body = []
    for row in t.rows:
        cells = []
        for i, c in enumerate(row):
            numeric = c[:1].isdigit() or c[:1] in "−-+–" or c.endswith(("%", "×"))
            cls = "text small" if t.detail_last and i == len(row) - 1 else (
                "num" if numeric and len(c) < 24 else "text")
            cells.append(f'<td class="{cls}">{_esc(c)}</td>')
        body.append("<tr>" + "".join(cells) + "</tr>")
    note = f'<p class="tnote">{_esc(t.note)}</p>' if t.note else ""
    return (f"<table><caption>{_esc(t.caption)}</caption><tr>{head}</tr>{''.join(body)}"
            f"</table>{note}")


def findings(views: dict[str, View], sections: list[dict]) -> list[str]:
    """The report's opening: one sentence group per section, in the report's order."""
    return [views[s["key"]].finding for s in sections if views[s["key"]].finding]


def render_html(out: Path, sections: list[dict], meta: dict, views: dict[str, View],
                data_links: dict[str, list[str]]) -> str:
    mode = "quick settings" if meta.get("quick") else "full settings"
    parts = ["<h1>spruce demo report</h1>",
             f'<p class="meta">seed {_esc(meta.get("seed"))} · {mode} · Python '
             f'{_esc(meta.get("python", "?"))} · {number(meta.get("seconds"), 3)} s on the '
             'CPU · everything as JSON: <a href="summary.json">summary.json</a></p>',
             '<h2 id="findings">What was found</h2><ul class="findings">'
             + "".join(f"<li>{_esc(f)}</li>" for f in findings(views, sections)) + "</ul>",
             "<p>Sections: " + " · ".join(
                 f'<a href="#{_esc(s["key"])}">{_esc(s["title"])}</a> '
                 f'(<span class="{"ok" if s["status"] == "ok" else "bad"}">'
                 f'{_esc(s["status"])}</span>, {s["seconds"]:.1f} s)' for s in sections)
             + "</p>"]
    for sec in sections:
        v = views[sec["key"]]
        parts.append(f'<h2 id="{_esc(sec["key"])}">{_esc(sec["title"])}</h2>')
        if sec["status"] != "ok":
            parts.append(f"<p>{_esc(v.finding)}</p>")
        if sec.get("message"):
            parts.append(f"<pre>{_esc(sec['message'])}</pre>")
        if v.intro:
            parts.append(f"<p>{v.intro}</p>")  # built from escaped values and fixed markup
        parts += [_table_html(t) for t in v.tables]
        parts += [f'<p class="note">{_esc(n)}</p>' for n in v.notes]
        if v.figures:
            parts.append('<div class="figs">' + "".join(
                f'<figure><img src="figures/{_esc(name)}" alt="{_esc(cap)}">'
                f"<figcaption>{_esc(cap)}</figcaption></figure>" for name, cap in v.figures)
                + "</div>")
        if data_links.get(sec["key"]):
            parts.append('<p class="data">Full data: ' + " · ".join(
                f'<a href="{_esc(p)}">{_esc(Path(p).name)}</a>'
                for p in data_links[sec["key"]]) + "</p>")
    return ("<!doctype html><html lang='en'><head><meta charset='utf-8'>"
            "<meta name='viewport' content='width=device-width, initial-scale=1'>"
            f"<title>spruce demo report</title><style>{STYLE}</style></head><body>"
            + "\n".join(parts) + "</body></html>\n")


def _clear_previous(out: Path) -> None:
    """Remove what an earlier report wrote in figures/ and data/ (and nothing else there),
    so that the page never shows a figure of an older run."""
    keys = ("derivation", "mip", "pruning", "dynamics", "sweep")
    for sub, pattern in (("figures", "*.png"), ("data", "*.*")):
        (out / sub).mkdir(parents=True, exist_ok=True)
        for f in (out / sub).glob(pattern):
            if f.is_file() and (sub == "figures" or (
                    f.suffix in (".csv", ".json") and f.name.startswith(keys))):
                f.unlink()


def write_report(out: Path, sections: list[dict], meta: dict) -> tuple[Path, dict[str, View]]:
    """index.html, figures/, data/ and summary.json in `out` (module docstring); returns
    the page's path and the views (for the terminal summary)."""
    out = Path(out)
    _clear_previous(out)
    views, links = {}, {}
    for sec in sections:
        views[sec["key"]] = v = build_view(sec)
        result = sec.get("result") or {}
        copied = []
        for fig in result.get("figures", []):
            src = Path(fig)
            if src.is_file():
                copied.append(figure_name(out, sec["key"], src))
                shutil.copyfile(src, out / "figures" / copied[-1])
        captions = dict(v.figures)
        v.figures = [(n, c) for n, c in v.figures if n in copied] + [
            (n, f"Figure of the {sec['key']} section ({Path(n).stem.replace('_', ' ')}).")
            for n in copied if n not in captions]  # a figure with no sentence yet
        if result:
            links[sec["key"]] = write_data(out, sec)
    index = out / "index.html"
    index.write_text(render_html(out, sections, meta, views, links), encoding="utf-8")
    write_json(out / "summary.json", {"meta": meta, "findings": findings(views, sections),
                                      "sections": sections})
    return index, views
