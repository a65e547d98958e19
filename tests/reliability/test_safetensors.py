"""Model export as safetensors (spruce.safetensors_io over the `safetensors`
package): round trip of every dtype, files the package reads and the format's header rule,
shared/non-contiguous tensors, atomic writes (no symlink followed, no temporary file left),
`spruce evaluate` on an export, and malformed files refused with one line naming the file."""

from __future__ import annotations

import json
import os
import struct

import pytest
import torch
from safetensors import safe_open
from safetensors.torch import load_file, save_file

from spruce import outputs, safetensors_io
from spruce.cli import main
from spruce.safetensors_io import (
    export_model,
    load_safetensors,
    read_model_file,
    save_safetensors,
)
from spruce.training.checkpoint import build_model, load_checkpoint, load_model


def _tensors():
    g = torch.Generator().manual_seed(0)
    return {"w": torch.randn(3, 4, generator=g), "half": torch.randn(5, generator=g).half(),
            "bf": torch.randn(2, 2, generator=g).bfloat16(), "i": torch.arange(7),
            "i32": torch.arange(-3, 3, dtype=torch.int32).reshape(2, 3),
            "i16": torch.tensor([-7, 300], dtype=torch.int16),
            "i8": torch.tensor([-128, 5, 127], dtype=torch.int8),
            "mask": torch.tensor([True, False, True]), "empty": torch.zeros(0, 3),
            "scalar": torch.tensor(2.5, dtype=torch.float64), "u8": torch.arange(9).byte()}


def _assert_same(back: dict, t: dict) -> None:
    assert back.keys() == t.keys()
    for k in t:
        assert back[k].dtype == t[k].dtype and torch.equal(back[k], t[k]), k


def _leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_round_trip_every_dtype(tmp_path):
    t = _tensors()
    path = save_safetensors(tmp_path / "a.safetensors", t, {"who": "spruce"})
    back, meta = load_safetensors(path)
    assert meta == {"who": "spruce"}
    _assert_same(back, t)
    assert _leftovers(tmp_path) == []


def test_loaded_tensors_do_not_depend_on_the_file(tmp_path):
    path = save_safetensors(tmp_path / "a.safetensors", {"w": torch.arange(64.0)})
    back, _ = load_safetensors(path)
    size = path.stat().st_size
    with open(path, "r+b") as fh:  # overwrite the data area in place (not via os.replace)
        fh.seek(size - 256)
        fh.write(b"\0" * 256)
    assert torch.equal(back["w"], torch.arange(64.0))
    back["w"] += 1  # writable, ordinary tensors


def test_files_follow_the_published_format(tmp_path):
    """The package reads what we write; the header obeys the format's rules."""
    t = {"b": torch.tensor([1.0, 2.0]), "a": torch.tensor([[3]], dtype=torch.int32),
         "h": torch.tensor([1.5], dtype=torch.float16)}
    path = save_safetensors(tmp_path / "x.safetensors", t, {"k": "v"})
    with safe_open(str(path), framework="pt") as f:
        assert f.metadata() == {"k": "v"} and sorted(f.keys()) == ["a", "b", "h"]
        _assert_same({k: f.get_tensor(k) for k in f.keys()}, t)
    data = path.read_bytes()
    (n,) = struct.unpack("<Q", data[:8])
    assert 8 + n <= len(data) and (8 + n) % 8 == 0  # the data area starts 8-byte aligned
    header = json.loads(data[8:8 + n])
    assert header.pop("__metadata__") == {"k": "v"}
    body = data[8 + n:]
    spans = sorted(tuple(e["data_offsets"]) for e in header.values())
    assert spans[0][0] == 0 and spans[-1][1] == len(body)  # covers the data area exactly
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))
    assert header["a"]["dtype"] == "I32" and header["a"]["shape"] == [1, 1]
    assert header["b"]["dtype"] == "F32" and header["b"]["shape"] == [2]
    assert header["h"]["dtype"] == "F16" and header["h"]["shape"] == [1]
    begin, end = header["a"]["data_offsets"]
    assert body[begin:end] == struct.pack("<i", 3)
    begin, end = header["b"]["data_offsets"]
    assert body[begin:end] == struct.pack("<2f", 1.0, 2.0)


def test_interop_with_the_safetensors_package(tmp_path):
    t = _tensors()
    ours = save_safetensors(tmp_path / "ours.safetensors", t)
    _assert_same(load_file(str(ours)), t)
    save_file(t, str(tmp_path / "theirs.safetensors"), metadata={"m": "1"})
    back, meta = load_safetensors(tmp_path / "theirs.safetensors")
    assert meta == {"m": "1"}
    _assert_same(back, t)


def test_shared_and_non_contiguous_tensors_are_saved_as_copies(tmp_path):
    base = torch.arange(12.0)
    tied = torch.randn(3, 4)
    t = {"base": base, "slice": base[2:5], "strided": base.view(3, 4).t(),
         "every_other": base[::2], "tied_a": tied, "tied_b": tied,
         "grad": torch.ones(2, requires_grad=True) * 2}
    expected = {k: v.detach().clone() for k, v in t.items()}
    path = save_safetensors(tmp_path / "s.safetensors", t)
    back, _ = load_safetensors(path)
    _assert_same(back, expected)
    assert torch.equal(base, torch.arange(12.0))  # the caller's tensors are left alone
    ptrs = [v.untyped_storage().data_ptr() for v in back.values()]
    assert len(set(ptrs)) == len(ptrs)  # and what comes back shares nothing


def test_unsupported_values_are_refused_without_leftovers(tmp_path):
    for bad in ({"c": torch.zeros(2, dtype=torch.complex128)}, {"x": 3}, {1: torch.zeros(1)}):
        with pytest.raises(ValueError) as err:
            save_safetensors(tmp_path / "u.safetensors", bad)
        assert "\n" not in str(err.value)
    assert list(tmp_path.iterdir()) == []


def test_failed_save_keeps_the_previous_file_and_removes_the_temporary(tmp_path, monkeypatch):
    path = save_safetensors(tmp_path / "m.safetensors", {"w": torch.ones(3)})
    before = path.read_bytes()

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(safetensors_io.os, "fsync", boom)
    with pytest.raises(OSError, match="disk full"):
        save_safetensors(path, {"w": torch.zeros(3)})
    monkeypatch.undo()
    assert path.read_bytes() == before and _leftovers(tmp_path) == []
    folder = tmp_path / "dir.safetensors"  # os.replace onto a non-empty directory fails
    folder.mkdir()
    (folder / "keep").write_text("x")
    with pytest.raises(OSError):
        save_safetensors(folder, {"w": torch.ones(1)})
    assert _leftovers(tmp_path) == [] and (folder / "keep").read_text() == "x"


def test_temporary_names_are_unique_hidden_and_in_the_same_folder(tmp_path):
    path = tmp_path / "m.safetensors"
    names = {outputs._temp_name(path) for _ in range(50)}
    assert len(names) == 50
    for tmp in names:
        assert tmp.parent == tmp_path and tmp.name.startswith(".m.safetensors.")
        assert tmp.name.endswith(".tmp") and f".{os.getpid()}." in tmp.name


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_a_symlink_planted_at_the_temporary_name_is_not_followed(tmp_path, monkeypatch):
    target = tmp_path / "victim.txt"
    target.write_bytes(b"precious")
    planted = tmp_path / ".m.safetensors.planted.tmp"
    planted.symlink_to(target)
    names = iter([planted, planted, tmp_path / ".m.safetensors.fresh.tmp"])
    monkeypatch.setattr(outputs, "_temp_name", lambda path: next(names))
    path = save_safetensors(tmp_path / "m.safetensors", {"w": torch.ones(2)})
    assert target.read_bytes() == b"precious" and planted.is_symlink()
    assert torch.equal(load_safetensors(path)[0]["w"], torch.ones(2))
    assert not (tmp_path / ".m.safetensors.fresh.tmp").exists()
    # every name taken: refused, the planted link and its target untouched
    monkeypatch.setattr(outputs, "_temp_name", lambda path: planted)
    with pytest.raises(FileExistsError):
        save_safetensors(tmp_path / "n.safetensors", {"w": torch.ones(2)})
    assert target.read_bytes() == b"precious" and planted.is_symlink()
    assert not (tmp_path / "n.safetensors").exists()


def test_exported_model_evaluates_like_the_checkpoint(tmp_path, capsys):
    torch.manual_seed(0)
    model = build_model("small", 10, 1).eval()
    arch = {"name": "small", "num_classes": 10, "in_channels": 1, "image_size": [8, 8]}
    path = export_model(tmp_path / "m.safetensors", model.state_dict(), arch)
    ckpt = load_checkpoint(path)
    assert ckpt.keys() == {"format", "arch", "model"} and ckpt["arch"] == arch
    again = load_model(ckpt).eval()
    x = torch.randn(4, 1, 8, 8)
    assert torch.equal(again(x), model(x))
    assert main(["evaluate", str(path), "--data", "digits", "--device", "cpu", "--batch", "8",
                 "--iters", "1"]) == 0
    assert '"test_acc"' in capsys.readouterr().out


def test_a_pruning_plan_in_the_metadata_is_ignored(tmp_path):
    arch = {"name": "small", "num_classes": 10, "in_channels": 1}
    state = {"w": torch.ones(2)}
    path = save_safetensors(tmp_path / "p.safetensors", state,
                            {"spruce_arch": json.dumps(arch), "spruce_plan": "{not json"})
    ckpt = read_model_file(path)
    assert ckpt["arch"] == arch and ckpt.keys() == {"format", "arch", "model"}
    only_plan = save_safetensors(tmp_path / "q.safetensors", state, {"spruce_plan": "{}"})
    with pytest.raises(ValueError, match="load_pruned") as err:
        read_model_file(only_plan)
    assert str(only_plan) in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize("arch", [None, "{", "[" * 100000])
def test_missing_or_bad_arch_metadata_is_refused(arch, tmp_path):
    meta = {} if arch is None else {"spruce_arch": arch}
    path = save_safetensors(tmp_path / "a.safetensors", {"w": torch.ones(1)}, meta)
    with pytest.raises(ValueError, match="no spruce_arch metadata") as err:
        read_model_file(path)
    assert str(path) in str(err.value) and "\n" not in str(err.value)


def test_a_missing_file_is_file_not_found(tmp_path):
    with pytest.raises(FileNotFoundError, match="does not exist"):
        load_safetensors(tmp_path / "nope.safetensors")


def _corrupt(tmp_path, how: str):
    good = save_safetensors(tmp_path / "g.safetensors", {"w": torch.ones(4)},
                            {"spruce_arch": "{}"}).read_bytes()
    (n,) = struct.unpack("<Q", good[:8])
    header = json.loads(good[8:8 + n])
    body = good[8 + n:]

    def raw(text: bytes, length: int | None = None) -> bytes:
        return struct.pack("<Q", len(text) if length is None else length) + text + body

    if how == "truncated-data":
        return good[: len(good) - 3]
    if how == "short":
        return good[:5]
    if how == "empty":
        return b""
    if how == "cut-in-header":
        return good[:8 + n // 2]
    if how == "huge-header":
        return struct.pack("<Q", 2**62) + good[8:]
    if how == "header-2**63":
        return struct.pack("<Q", 2**63) + good[8:]
    if how == "header-max-u64":
        return struct.pack("<Q", 2**64 - 1) + good[8:]
    if how == "header-past-the-file":
        return struct.pack("<Q", len(good)) + good[8:]
    if how == "not-json":
        return good[:8] + b"{" * n + body
    if how == "not-utf8":
        return raw(b'{"\xff": 1}')
    if how == "nested-json":
        return raw(b"[" * 100000)
    if how == "nested-objects":
        return raw(b'{"a":' * 100000)
    if how == "json-list":
        return raw(b"[1, 2]")
    if how == "json-string":
        return raw(b'"hello"')
    if how == "bad-dtype":
        header["w"]["dtype"] = "OBJ"
    if how == "offsets-out":
        header["w"]["data_offsets"] = [0, 1600]
    if how == "shape-mismatch":
        header["w"]["shape"] = [5]
    if how == "negative":
        header["w"]["shape"] = [-4]
    if how == "overlap":
        header["v"] = dict(header["w"])
    if how == "entry-not-object":
        header["v"] = 5
    if how == "metadata-not-strings":
        header["__metadata__"] = {"spruce_arch": {"name": "small"}}
    if how == "trailing":
        return good + b"\0" * 4
    return raw(json.dumps(header).encode())


HOWS = ["truncated-data", "short", "empty", "cut-in-header", "huge-header", "header-2**63",
        "header-max-u64", "header-past-the-file", "not-json", "not-utf8", "nested-json",
        "nested-objects", "json-list", "json-string", "bad-dtype", "offsets-out",
        "shape-mismatch", "negative", "overlap", "entry-not-object", "metadata-not-strings",
        "trailing", "directory"]


@pytest.mark.parametrize("how", HOWS)
def test_malformed_files_are_refused_naming_the_file(how, tmp_path, capsys):
    path = tmp_path / "bad.safetensors"
    if how == "directory":
        path.mkdir()
    else:
        path.write_bytes(_corrupt(tmp_path, how))
    with pytest.raises(ValueError) as err:
        load_safetensors(path)
    message = str(err.value)
    assert message.startswith(f"{path} is not a valid safetensors file: ")
    assert "\n" not in message
    assert main(["evaluate", str(path), "--data", "digits", "--device", "cpu"]) == 2
    err_text = capsys.readouterr().err
    assert str(path) in err_text and "Traceback" not in err_text
    assert len(err_text.strip().splitlines()) == 1


def test_prune_safetensors_export_equals_the_checkpoint(good_checkpoint, tmp_path):
    out = tmp_path / "p"
    assert main(["prune", str(good_checkpoint), "--data", "digits", "--device", "cpu",
                 "--score", "l1", "--prune-ratio", "0.5", "--out", str(out),
                 "--safetensors", "--no-progress"]) == 0
    pt = load_checkpoint(out / "pruned.pt")
    st = load_checkpoint(out / "pruned.safetensors")
    assert st["arch"] == pt["arch"] and st["model"].keys() == pt["model"].keys()
    assert all(torch.equal(st["model"][k], pt["model"][k]) for k in pt["model"])
    assert sum(v.numel() for v in st["model"].values()) < \
        sum(v.numel() for v in build_model("small", 10, 1).state_dict().values())
