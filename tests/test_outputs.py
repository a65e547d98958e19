"""spruce.outputs: strict JSON, CSV, the one text-table formatter and the report's numbers."""

from __future__ import annotations

import csv
import dataclasses
import json
import math
from pathlib import Path

import numpy as np
import pytest
import torch

from spruce import outputs
from spruce.outputs import count, format_table, jsonable, number, percent, times


def test_jsonable_is_strict_json():
    @dataclasses.dataclass
    class P:
        x: float
        where: Path

    x = {"a": np.float32(0.5), "b": np.arange(3), "c": torch.tensor([1.0, math.nan]),
         "d": (math.inf, -math.inf, np.float64("nan")), 4: np.int64(2), "p": Path("/x/y"),
         "e": P(math.nan, Path("z")), "s": {1}, "t": True, "n": None}
    out = jsonable(x)
    assert out == {"a": 0.5, "b": [0, 1, 2], "c": [1.0, None], "d": [None, None, None],
                   "4": 2, "p": "/x/y", "e": {"x": None, "where": "z"}, "s": [1], "t": True,
                   "n": None}
    text = outputs.dumps(x)
    assert "NaN" not in text and "Infinity" not in text
    assert json.loads(text) == out


def test_training_report_keeps_the_same_helpers():
    from spruce.training import report

    assert report.jsonable is jsonable and report.format_table is format_table


def test_write_json_and_csv(tmp_path):
    rows = [{"method": "spr", "acc": 0.97, "kept": [1, 2]}, {"method": "none", "x": math.nan}]
    p = outputs.write_json(tmp_path / "d" / "r.json", rows)
    assert json.loads(p.read_text())[1]["x"] is None
    c = outputs.write_csv(tmp_path / "d" / "r.csv", rows)
    with open(c, newline="") as f:
        got = list(csv.DictReader(f))
    assert list(got[0]) == ["method", "acc", "kept", "x"]
    assert got[0]["kept"] == "[1, 2]" and got[1]["x"] == "" and got[0]["acc"] == "0.97"


def test_format_table():
    t = format_table([{"m": "spr", "acc": 0.97331, "n": 43490},
                      {"m": "none", "acc": 1.0, "n": None}], ["m", "acc", "n"])
    lines = t.splitlines()
    assert lines[0].split() == ["m", "acc", "n"] and "0.9733" in lines[1] and "1" in lines[2]
    assert len({line.index(line.split()[1]) for line in lines}) == 1  # aligned
    ruled = format_table([{"a": "x" * 50, "b": 0.5}], formats={"b": percent}, rule=True,
                         max_width=10)
    head, rule, row = ruled.splitlines()
    assert set(rule) == {"-"} and "xxxxxxxxx…" in row and "50.0 %" in row
    assert format_table([{"a": 3.14159}], formats={"a": ".2f"}).splitlines()[1] == "3.14"


@pytest.mark.parametrize(("fn", "value", "text"), [
    (count, 43490, "43,490"), (count, 418634.0, "418,634"), (count, None, "–"),
    (percent, 0.97333, "97.3 %"), (percent, 0.0123, "1.2 %"), (percent, math.nan, "–"),
    (number, 9.17593, "9.176"), (number, 12345.678, "12,346"), (number, 2.6e-05, "2.6e-05"),
    (number, 0.0, "0"), (number, 0.5707, "0.5707"), (number, math.inf, "–"),
    (times, 0.6563, "0.66×"), (times, "x", "–")])
def test_number_formats(fn, value, text):
    assert fn(value) == text
