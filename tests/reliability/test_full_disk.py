"""A full disk while spruce writes: every writer of a run folder (checkpoints, the safetensors
export, summary.json, run.json, the JSONL log) fails with one line naming the file it was
writing, leaves no temporary file and keeps the previous version of the file, byte for byte.

The disk is made full in two ways: the kernel's own ENOSPC (the temporary file's descriptor
swapped for one on /dev/full, so the real torch.save / write / flush path meets the error),
and a torch.save that writes half its bytes and then raises OSError(ENOSPC) inside a real
`spruce train` run.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
import torch

from spruce import outputs
from spruce.cli import main
from spruce.outputs import WriteError, write_json
from spruce.safetensors_io import save_safetensors
from spruce.training.checkpoint import load_checkpoint, save_checkpoint
from spruce.training.report import JsonlLogger
from spruce.training.rundir import LOCK, MANIFEST, claim

from .test_untrusted_files import _one_line_error

FULL = os.strerror(errno.ENOSPC)  # "No space left on device"
needs_dev_full = pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")


def _temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*.tmp"))


@pytest.fixture()
def full_disk(monkeypatch):
    """Temporary files are still created next to their target, but their bytes go to
    /dev/full: every write or flush fails with the kernel's ENOSPC."""
    real = outputs.create_temp

    def on_full_disk(path: Path):
        fd, tmp = real(path)
        os.close(fd)
        return os.open("/dev/full", os.O_WRONLY), tmp

    monkeypatch.setattr(outputs, "create_temp", on_full_disk)


def _write_checkpoint(path: Path, value: float) -> None:
    save_checkpoint(path, {"v": torch.full((1000,), value)})


def _write_safetensors(path: Path, value: float) -> None:
    save_safetensors(path, {"w": torch.full((1000,), value)})


def _write_summary(path: Path, value: float) -> None:
    write_json(path, {"acc_final": value, "rows": list(range(1000))})


@needs_dev_full
@pytest.mark.parametrize("name,write", [("checkpoint.pt", _write_checkpoint),
                                        ("pruned.safetensors", _write_safetensors),
                                        ("summary.json", _write_summary)])
def test_a_full_disk_keeps_the_previous_file_and_names_the_target(name, write, tmp_path,
                                                                  request):
    path = tmp_path / name
    write(path, 1.0)
    before = path.read_bytes()
    request.getfixturevalue("full_disk")
    with pytest.raises(WriteError) as err:
        write(path, 2.0)
    assert err.value.errno == errno.ENOSPC
    assert str(err.value) == f"cannot write {path}: {FULL}"
    assert path.read_bytes() == before and _temporaries(tmp_path) == []


@needs_dev_full
def test_a_full_disk_while_claiming_a_folder_leaves_it_free(tmp_path, full_disk):
    out = tmp_path / "run"
    with pytest.raises(WriteError, match=f"cannot write {out / MANIFEST}: {FULL}"):
        with claim(out, "train", {"epochs": 1}, resume=False):
            pass
    assert sorted(p.name for p in out.iterdir()) == []  # no run.json, no lock, no .tmp
    assert not (out / LOCK).exists()


@needs_dev_full
def test_writers_in_place_name_the_device(tmp_path):
    # a device is written in place (never replaced): /dev/full itself
    with pytest.raises(WriteError, match=f"cannot write /dev/full: {FULL}"):
        write_json("/dev/full", {"x": list(range(10_000))})
    with pytest.raises(WriteError, match=f"cannot write /dev/full: {FULL}"):
        JsonlLogger("/dev/full", resume=True).write({"epoch": 0, "train_loss": 1.5})


def test_full_disk_during_a_training_checkpoint_is_one_line(tiny, tmp_path, monkeypatch,
                                                            capsys):
    """`spruce train`: the epoch-2 checkpoint write runs out of space half way."""
    out = tmp_path / "out"
    real_save, calls, seen = torch.save, [0], {}

    def save(obj, f, *args, **kwargs):
        calls[0] += 1
        if calls[0] == 2 and hasattr(f, "write"):
            seen["before"] = (out / "checkpoint.pt").read_bytes()
            f.write(b"PK\x03\x04" + bytes(1000))  # a partial archive in the temporary file
            seen["partial"] = _temporaries(out)
            raise OSError(errno.ENOSPC, FULL)
        return real_save(obj, f, *args, **kwargs)

    monkeypatch.setattr(torch, "save", save)
    rc = main(["train", *tiny, "--out", str(out)])
    _one_line_error(capsys, rc, f"cannot write {out / 'checkpoint.pt'}: {FULL}")
    assert len(seen["partial"]) == 1  # the bytes did go to a temporary file ...
    assert _temporaries(out) == []  # ... which is gone
    assert (out / "checkpoint.pt").read_bytes() == seen["before"]
    assert load_checkpoint(out / "checkpoint.pt")["epoch"] == 0  # epoch 1's, whole
    assert not (out / "pruned.pt").exists() and not (out / "summary.json").exists()
