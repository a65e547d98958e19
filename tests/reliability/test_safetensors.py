"""Model export as safetensors (spruce's own pickle-free writer/reader): round trip, the
format's byte layout, `spruce evaluate` on an export, and malformed files refused."""

from __future__ import annotations

import json
import struct

import pytest
import torch

from spruce.cli import main
from spruce.training.checkpoint import build_model, load_checkpoint, load_model
from spruce.training.safetensors_io import export_model, load_safetensors, save_safetensors


def _tensors():
    g = torch.Generator().manual_seed(0)
    return {"w": torch.randn(3, 4, generator=g), "half": torch.randn(5, generator=g).half(),
            "bf": torch.randn(2, 2, generator=g).bfloat16(), "i": torch.arange(7),
            "mask": torch.tensor([True, False, True]), "empty": torch.zeros(0, 3),
            "scalar": torch.tensor(2.5, dtype=torch.float64), "u8": torch.arange(9).byte()}


def test_round_trip_every_dtype(tmp_path):
    t = _tensors()
    path = save_safetensors(tmp_path / "a.safetensors", t, {"who": "spruce"})
    back, meta = load_safetensors(path)
    assert meta == {"who": "spruce"} and back.keys() == t.keys()
    for k in t:
        assert back[k].dtype == t[k].dtype and torch.equal(back[k], t[k]), k


def test_byte_layout_is_the_published_format(tmp_path):
    t = {"b": torch.tensor([1.0, 2.0]), "a": torch.tensor([[3]], dtype=torch.int32)}
    data = save_safetensors(tmp_path / "x.safetensors", t).read_bytes()
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + n])
    assert header["a"] == {"dtype": "I32", "shape": [1, 1], "data_offsets": [0, 4]}
    assert header["b"] == {"dtype": "F32", "shape": [2], "data_offsets": [4, 12]}
    assert data[8 + n:] == struct.pack("<i", 3) + struct.pack("<2f", 1.0, 2.0)
    assert (8 + n) % 8 == 0


def test_interop_with_the_safetensors_package(tmp_path):
    st = pytest.importorskip("safetensors.torch")
    t = {k: v for k, v in _tensors().items()}
    ours = save_safetensors(tmp_path / "ours.safetensors", t)
    theirs = st.load_file(str(ours))
    assert all(torch.equal(theirs[k], t[k]) for k in t)
    st.save_file(t, str(tmp_path / "theirs.safetensors"))
    back, _ = load_safetensors(tmp_path / "theirs.safetensors")
    assert all(torch.equal(back[k], t[k]) for k in t)


def test_exported_model_evaluates_like_the_checkpoint(tmp_path, capsys):
    torch.manual_seed(0)
    model = build_model("small", 10, 1).eval()
    arch = {"name": "small", "num_classes": 10, "in_channels": 1, "image_size": [8, 8]}
    path = export_model(tmp_path / "m.safetensors", model.state_dict(), arch)
    again = load_model(load_checkpoint(path)).eval()
    x = torch.randn(4, 1, 8, 8)
    assert torch.equal(again(x), model(x))
    assert main(["evaluate", str(path), "--data", "digits", "--device", "cpu", "--batch", "8",
                 "--iters", "1"]) == 0
    assert '"test_acc"' in capsys.readouterr().out


def _corrupt(tmp_path, how: str):
    good = save_safetensors(tmp_path / "g.safetensors", {"w": torch.ones(4)},
                            {"spruce_arch": "{}"}).read_bytes()
    (n,) = struct.unpack("<Q", good[:8])
    header = json.loads(good[8:8 + n])
    if how == "truncated":
        return good[: len(good) - 3]
    if how == "short":
        return good[:5]
    if how == "huge-header":
        return struct.pack("<Q", 2**62) + good[8:]
    if how == "not-json":
        return good[:8] + b"{" * n + good[8 + n:]
    if how == "bad-dtype":
        header["w"]["dtype"] = "OBJ"
    if how == "offsets-out":
        header["w"]["data_offsets"] = [0, 1600]
    if how == "shape-mismatch":
        header["w"]["shape"] = [5]
    if how == "negative":
        header["w"]["shape"] = [-4]
    if how == "trailing":
        return good + b"\0" * 4
    text = json.dumps(header).encode()
    return struct.pack("<Q", len(text)) + text + good[8 + n:]


HOWS = ["truncated", "short", "huge-header", "not-json", "bad-dtype", "offsets-out",
        "shape-mismatch", "negative", "trailing"]


@pytest.mark.parametrize("how", HOWS)
def test_malformed_files_are_refused_naming_the_file(how, tmp_path, capsys):
    path = tmp_path / "bad.safetensors"
    path.write_bytes(_corrupt(tmp_path, how))
    with pytest.raises(ValueError, match="is malformed"):
        load_safetensors(path)
    assert main(["evaluate", str(path), "--data", "digits", "--device", "cpu"]) == 2
    err = capsys.readouterr().err
    assert str(path) in err and "Traceback" not in err


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
