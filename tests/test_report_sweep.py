"""The report's sweep section: its finding is computed from the rows, honestly."""

from spruce.report_sweep import smallest_macs_within, sweep_view

ROWS = [
    {"method": "none", "strength": None, "accuracy": 0.97, "accuracy_trained": 0.98,
     "macs_kept": 0.8, "params_kept": 0.9, "units_kept": 0.9},
    {"method": "spr", "strength": 10.0, "accuracy": 0.975, "macs_kept": 0.6,
     "params_kept": 0.3, "units_kept": 0.6},
    {"method": "spr", "strength": 100.0, "accuracy": 0.95, "macs_kept": 0.2,  # > 1 point off
     "params_kept": 0.1, "units_kept": 0.3},
    {"method": "bernoulli", "strength": 1.0, "accuracy": 0.972, "macs_kept": 0.3,
     "params_kept": 0.2, "units_kept": 0.9},
]
SETTINGS = {"epochs": 8, "finetune_epochs": 2, "tolerance": 1.0,
            "strengths": {"spr": [10.0, 100.0], "bernoulli": [1.0]}}


def test_smallest_macs_within_one_point_of_dense():
    best = smallest_macs_within(ROWS, 0.98)
    assert best["spr"]["strength"] == 10.0  # λ = 100 fell more than a point
    assert best["bernoulli"]["macs_kept"] == 0.3 and "none" not in best


def test_finding_names_spr_and_the_method_that_went_furthest():
    v = sweep_view({"rows": ROWS, "settings": SETTINGS})
    assert "SPR kept 60.0 % of the MACs" in v.finding
    assert "bernoulli went furthest: 30.0 %" in v.finding
    assert "2 strengths each" in v.intro and len(v.tables[0].rows) == 4
    assert sweep_view({"rows": [], "settings": {}}).finding == "The sweep returned no rows."
