"""Every JSON output described field by field in docs/cli.md: each command runs on a tiny
input, and the top-level keys it writes are exactly the documented ones (a key documented as
present only sometimes may be absent). The descriptions reach docs/cli.md through the
commands' --help (tests/test_cli.py checks that file against `--write-docs`)."""

from __future__ import annotations

import json

import pytest
import torch

from spruce import cli
from spruce.dynamics.cli import CONDITIONS_FIELDS
from spruce.mip.cli import SOLVE_FIELDS
from spruce.outputs import Field
from spruce.training.checkpoint import build_model, model_payload, save_checkpoint
from spruce.training.fields import EVALUATE_FIELDS, SUMMARY_FIELDS


def _same_keys(emitted: dict, fields: dict[str, Field]) -> None:
    undocumented = sorted(set(emitted) - set(fields))
    missing = sorted(k for k, f in fields.items() if not f.only and k not in emitted)
    assert not undocumented, f"written but not documented: {undocumented}"
    assert not missing, f"documented as always present but not written: {missing}"


def _help(*command: str) -> str:
    """`spruce COMMAND... --help` as docs/cli.md shows it."""
    parser = cli.build_parser(command[0])
    return dict(cli._walk(parser, "spruce"))[" ".join(["spruce", *command])].format_help()


def _run_json(capsys, *argv: str) -> dict:
    assert cli.main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("command,fields", [(("mip", "solve"), SOLVE_FIELDS),
                                            (("evaluate",), EVALUATE_FIELDS),
                                            (("ode", "conditions"), CONDITIONS_FIELDS),
                                            (("train",), SUMMARY_FIELDS)])
def test_every_field_is_in_the_commands_help(command, fields):
    text = _help(*command)
    for name, f in fields.items():
        assert f"\n  {name} " in text or f"\n  {name}\n" in text, name
        assert f.meaning.split()[0] in text, name
        assert f.only == "" or f"(only {f.only.split()[0]}" in text, name


def test_mip_solve_json(capsys):
    out = _run_json(capsys, "mip", "solve", "synthetic:n=12,groups=3", "--time-limit", "60")
    _same_keys(out, SOLVE_FIELDS)
    assert out["status"] == "optimal" and 0 <= out["gap"] <= 1e-6
    weights = _run_json(capsys, "mip", "solve", "synthetic:n=12,groups=3", "--time-limit",
                        "60", "--with-weights")
    _same_keys(weights, SOLVE_FIELDS)
    assert "W" in weights and "W" not in out  # an optional key, there only when asked for


@pytest.mark.parametrize("model", ["unit", "layer"])
def test_ode_conditions_json(model, capsys):
    out = _run_json(capsys, "ode", "conditions", "--model", model)
    _same_keys(out, CONDITIONS_FIELDS)
    assert out["fate"] in ("kept", "pruned", "unknown")


def test_evaluate_json(tmp_path, capsys):
    torch.manual_seed(0)
    arch = {"name": "small", "num_classes": 10, "in_channels": 1, "image_size": [8, 8]}
    path = save_checkpoint(tmp_path / "m.pt", model_payload(build_model("small", 10, 1), arch))
    out = _run_json(capsys, "evaluate", str(path), "--data", "digits", "--device", "cpu",
                    "--batch", "8", "--iters", "1")
    _same_keys(out, EVALUATE_FIELDS)
    assert 0 <= out["test_acc"] <= 1 and list(out["images_per_s"]) == ["8"]


@pytest.mark.parametrize("rule", ["structured", "target"])
def test_train_summary_json(rule, tmp_path):
    out = tmp_path / "run"
    extra = ["--target-macs", "0.7"] if rule == "target" else []
    assert cli.main(["train", "--data", "digits", "--model", "small", "--epochs", "1",
                     "--finetune-epochs", "1", "--max-steps", "2", "--device", "cpu",
                     "--no-progress", "--speed-batch", "8", "--prune-samples", "100",
                     "--out", str(out), *extra]) == 0
    summary = json.loads((out / "summary.json").read_text())
    _same_keys(summary, SUMMARY_FIELDS)
    assert (summary["rules"] == {}) == (rule == "target")  # documented: {} for a target
