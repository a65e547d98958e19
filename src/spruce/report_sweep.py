"""The report's view of the Pareto sweep (spruce.training.sweep): what it found, in words.

Finding, computed from the rows: for each method the smallest share of MACs it kept while
its test accuracy stayed within one point of the dense network's (the plain run before
pruning), SPR's first, then the method that went furthest.
"""

from __future__ import annotations

from spruce.outputs import number, percent
from spruce.report_html import Table, View

WITHIN = 0.01  # "within one point" of the dense network's test accuracy


def smallest_macs_within(rows: list[dict], dense: float) -> dict[str, dict]:
    """Per method, the row with the fewest MACs kept at accuracy ≥ dense − WITHIN."""
    best: dict[str, dict] = {}
    for r in rows:
        if r["method"] == "none" or r["accuracy"] < dense - WITHIN:
            continue
        if r["method"] not in best or r["macs_kept"] < best[r["method"]]["macs_kept"]:
            best[r["method"]] = r
    return best


def sweep_view(r: dict) -> View:
    rows = r.get("rows") or []
    st = r.get("settings") or {}
    per = {m: len(v) for m, v in (st.get("strengths") or {}).items()}
    n = max(per.values(), default=0)
    v = View(intro=(
        f"The small ResNet trained on digits with every method at {n} "
        f"strength{'s' if n != 1 else ''} each ({st.get('epochs')} epochs, then "
        f"{st.get('finetune_epochs')} of fine-tuning; pruned by the largest removal within "
        f"{number(st.get('tolerance'), 2)} point(s) of training accuracy, or by a fixed ratio "
        "for L1-filter), and a plain run pruned by the same rule."))
    base = next((x for x in rows if x["method"] == "none"), None)
    if not rows or base is None:
        v.finding = "The sweep returned no rows."
        return v
    dense = base["accuracy_trained"]
    best = smallest_macs_within(rows, dense)
    ranked = sorted(best.values(), key=lambda x: x["macs_kept"])
    spr = best.get("spr")
    spr_txt = (f"SPR kept {percent(spr['macs_kept'])} of the MACs at "
               f"{percent(spr['accuracy'])} (λ = {number(spr['strength'], 3)})" if spr else
               "no SPR run stayed within one point of it")
    lead = ranked[0] if ranked else None
    lead_txt = ("" if lead is None or lead["method"] == "spr" else
                f"; {lead['method']} went furthest: {percent(lead['macs_kept'])} at "
                f"{percent(lead['accuracy'])}")
    v.finding = (f"Within one point of the dense network's {percent(dense)} test accuracy, "
                 f"{spr_txt}{lead_txt}.")
    v.tables.append(Table(
        "Every run of the sweep", ["method", "strength", "test accuracy", "MACs kept",
                                   "parameters kept", "units kept"],
        [[x["method"], "–" if x["strength"] is None else number(x["strength"], 3),
          percent(x["accuracy"]), percent(x["macs_kept"]), percent(x["params_kept"]),
          percent(x["units_kept"])] for x in rows],
        note="strength: λ (spr, group-lasso, slimming), γ (bernoulli), the share removed "
             "per structure (l1-filter); none: plain training, pruned by the same rule."))
    v.figures.append(("sweep_pareto.png", (
        "Test accuracy after fine-tuning against the share of MACs kept, one curve per "
        "method (its strengths joined in order of MACs), the plain run as a square and the "
        "dense network's accuracy as the dotted line; the right panel zooms on the top 6 "
        "points of accuracy.")))
    return v
