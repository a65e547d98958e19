"""Shared pieces of the reliability tests: a tiny valid checkpoint and a malicious one."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
import torch

from spruce.training.checkpoint import build_model, model_payload, save_checkpoint

TINY = ["--data", "digits", "--model", "small", "--epochs", "2", "--max-steps", "3",
        "--batch-size", "32", "--finetune-epochs", "0", "--prune-samples", "200",
        "--speed-batch", "8", "--no-progress", "--device", "cpu"]


class Payload:
    """Unpickling this object runs `os.system(command)`: what an attacker would ship."""

    def __init__(self, command: str):
        self.command = command

    def __reduce__(self):
        return os.system, (self.command,)


def malicious_checkpoint(path: Path, marker: Path) -> Path:
    """A checkpoint-shaped file whose unpickling creates `marker` (and would do anything)."""
    torch.manual_seed(0)
    payload = model_payload(build_model("small", 10, 1), {"name": "small", "num_classes": 10,
                                                          "in_channels": 1,
                                                          "image_size": [8, 8]})
    payload.update({"epoch": 0, "hook": Payload(f"touch {marker}")})
    torch.save(payload, path)
    return path


@pytest.fixture(scope="session")
def tiny() -> list[str]:
    """Options of a `spruce train` run that takes about a second on a CPU."""
    return list(TINY)


@pytest.fixture(scope="session")
def finished_tiny_run(tmp_path_factory) -> Path:
    """The folder of one finished `spruce train` run with TINY options, made once."""
    from spruce.cli import main

    out = tmp_path_factory.mktemp("tiny") / "out"
    assert main(["train", *TINY, "--out", str(out)]) == 0
    return out


@pytest.fixture()
def tiny_run(finished_tiny_run, tmp_path, capsys) -> Path:
    """A copy of `finished_tiny_run` in this test's folder, to damage and resume."""
    out = shutil.copytree(finished_tiny_run, tmp_path / "out")
    capsys.readouterr()
    return out


@pytest.fixture(scope="session")
def payload_cls():
    return Payload


@pytest.fixture()
def evil(tmp_path):
    """(checkpoint path, marker path) of a malicious checkpoint; marker must stay absent."""
    marker = tmp_path / "PWNED"
    return malicious_checkpoint(tmp_path / "evil.pt", marker), marker


@pytest.fixture(scope="module")
def good_checkpoint(tmp_path_factory) -> Path:
    torch.manual_seed(0)
    path = tmp_path_factory.mktemp("good") / "model.pt"
    arch = {"name": "small", "num_classes": 10, "in_channels": 1, "image_size": [8, 8]}
    return save_checkpoint(path, model_payload(build_model("small", 10, 1), arch))
