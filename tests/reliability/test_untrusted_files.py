"""Files from strangers: a pickle that would run code is refused by every loader and runs
nothing; truncated or corrupt checkpoints, CIFAR batches and config files give one error
line naming the file (exit code 2, no traceback)."""

from __future__ import annotations

import io
import pickle
import shutil
import zipfile
from pathlib import Path

import pytest
import torch

from spruce.cli import main
from spruce.training.checkpoint import (
    build_model,
    load_checkpoint,
    model_payload,
    save_checkpoint,
)


def _one_line_error(capsys, rc: int, *needles: str) -> str:
    # progress lines the CLI logs before the work fails ("spruce: training ...") are not
    # part of the error: the error itself is one line
    err = "\n".join(line for line in capsys.readouterr().err.splitlines()
                    if not line.startswith("spruce: "))
    assert rc == 2, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    for n in needles:
        assert n in err, (n, err)
    return err


def test_the_crafted_checkpoint_really_runs_code_when_unpickled(evil):
    path, marker = evil  # proves the refusals below are meaningful
    torch.load(path, weights_only=False)
    assert marker.exists()


@pytest.mark.parametrize("loader", ["evaluate", "prune", "resume", "m-checkpoint"])
def test_every_loader_refuses_a_malicious_pickle(loader, evil, tiny, request, tmp_path,
                                                 capsys):
    path, marker = evil
    out = tmp_path / "out"
    if loader == "evaluate":
        rc = main(["evaluate", str(path), "--data", "digits", "--device", "cpu"])
    elif loader == "prune":
        rc = main(["prune", str(path), "--data", "digits", "--device", "cpu",
                   "--out", str(out)])
    elif loader == "resume":  # a real run whose checkpoint was then replaced
        out = request.getfixturevalue("tiny_run")
        shutil.copy(path, out / "checkpoint.pt")
        rc = main(["train", *tiny, "--out", str(out), "--resume"])
    else:
        rc = main(["train", *tiny, "--out", str(out), "--m-from", "checkpoint",
                   "--m-checkpoint", str(path)])
    where = out / "checkpoint.pt" if loader == "resume" else path
    _one_line_error(capsys, rc, str(where), "weights_only")
    assert not marker.exists()


@pytest.mark.parametrize("damage", ["truncated", "empty", "garbage", "directory", "not-spruce"])
@pytest.mark.parametrize("command", ["evaluate", "prune"])
def test_damaged_checkpoints_give_one_line(damage, command, good_checkpoint, tmp_path, capsys):
    path = tmp_path / "bad.pt"
    data = good_checkpoint.read_bytes()
    if damage == "truncated":
        path.write_bytes(data[: len(data) // 3])
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "garbage":
        path.write_bytes(bytes(range(256)) * 40)
    elif damage == "directory":
        path.mkdir()
    else:
        torch.save({"weights": torch.zeros(3)}, path)
    rc = main([command, str(path), "--data", "digits", "--device", "cpu",
               *(["--out", str(tmp_path / "o")] if command == "prune" else [])])
    needle = "not written by spruce train" if damage == "not-spruce" else str(path)
    _one_line_error(capsys, rc, needle)


def test_resume_from_a_checkpoint_that_is_not_a_training_checkpoint(good_checkpoint, tiny,
                                                                   tiny_run, capsys):
    out = tiny_run
    shutil.copy(good_checkpoint, out / "checkpoint.pt")  # a model-only file (like pruned.pt)
    rc = main(["train", *tiny, "--out", str(out), "--resume"])
    _one_line_error(capsys, rc, "--resume", str(out / "checkpoint.pt"), "optimizer")


def test_resume_refuses_a_scheduler_entry_that_does_not_fit(tiny, tiny_run, capsys):
    out = tiny_run
    ck = torch.load(out / "checkpoint.pt", weights_only=True)
    ck["scheduler"]["last_epoch"] = 10**9  # the lr of another epoch than the one resumed
    save_checkpoint(out / "checkpoint.pt", ck)
    rc = main(["train", *tiny, "--out", str(out), "--resume"])
    _one_line_error(capsys, rc, "--resume", str(out / "checkpoint.pt"), "'scheduler'")


@pytest.mark.parametrize("damage", ["truncated", "crafted"])
def test_corrupt_or_crafted_cifar_batch_is_named_and_never_unpickled(damage, payload_cls,
                                                                     tmp_path, capsys):
    folder = tmp_path / "cifar-10-batches-py"
    folder.mkdir()
    marker = tmp_path / "PWNED"
    for name in ("data_batch_1", "data_batch_2", "data_batch_3", "data_batch_4",
                 "data_batch_5", "test_batch"):
        if damage == "crafted":
            blob = pickle.dumps({b"data": payload_cls(f"touch {marker}"), b"labels": [0]})
        else:
            blob = pickle.dumps({b"data": b"\0" * 3072, b"labels": [1]})[:40]
        (folder / name).write_bytes(blob)
    rc = main(["train", "--data", "cifar10", "--data-dir", str(tmp_path), "--epochs", "1",
               "--no-progress", "--device", "cpu", "--out", str(tmp_path / "o")])
    _one_line_error(capsys, rc, str(folder / "data_batch_1"), "corrupt")
    assert not marker.exists()


@pytest.mark.parametrize("name,text,needle", [
    ("c.json", '{"epochs": 3,', "not valid JSON"),
    ("c.json", "[1, 2]", "table/object"),
    ("c.json", "", "not valid JSON"),
    ("c.toml", "epochs = = 3", "not valid TOML"),
    ("c.toml", 'momentum = "three"', "'three' is not a valid float"),
    ("c.json", '{"m-warmup-epochs": 2.5}', "is not a valid int"),
    ("c.json", '{"method": "magic"}', "allowed values"),
    ("c.json", '{"milestones": 0.5}', "non-empty list"),
    ("c.json", '{"compile": "yes"}', "true or false"),
    ("c.json", '{"lr": {"a": 1}}', "is not a float"),
    ("c.json", '{"epochz": 1}', "unknown option"),
])
def test_malformed_config_files(name, text, needle, tiny, tmp_path, capsys):
    cfg = tmp_path / name
    cfg.write_text(text)
    rc = main(["train", *tiny, "--out", str(tmp_path / "o"), "--config", str(cfg)])
    _one_line_error(capsys, rc, str(cfg), needle)
    assert not (tmp_path / "o" / "checkpoint.pt").exists()  # refused before any work


def test_config_values_are_converted_like_the_command_line(tmp_path):
    import argparse

    from spruce.training import cli

    parser = argparse.ArgumentParser()
    cli.add_arguments(parser)
    cfg = tmp_path / "c.toml"
    cfg.write_text('epochs = 4\nlr = 1\nout = "x/y"\nmilestones = [0.25, 1]\nresume = true\n')
    args = cli.apply_config(parser.parse_args(["--config", str(cfg)]))
    assert (args.epochs, args.lr, args.milestones, args.resume) == (4, 1.0, [0.25, 1.0], True)
    assert isinstance(args.lr, float) and str(args.out) == "x/y"


def _crafted(good: Path, tmp_path: Path, change) -> Path:
    ck = torch.load(good, weights_only=True)
    change(ck)
    path = tmp_path / "crafted.pt"
    torch.save(ck, path)
    return path


def _set_arch(key, value):
    return lambda ck: ck["arch"].__setitem__(key, value)


def _widen(ck):
    w = ck["model"]["layer1.0.conv1.weight"]
    ck["model"]["layer1.0.conv1.weight"] = torch.cat([w, w])


def _nan(ck):
    for k, v in ck["model"].items():
        if v.is_floating_point():
            ck["model"][k] = torch.full_like(v, float("nan"))


@pytest.mark.parametrize("change,needle", [
    (_set_arch("num_classes", 10**12), "num_classes"),  # a 1 KB file asking for 128 TB
    (_set_arch("num_classes", -1), "num_classes"),
    (_set_arch("num_classes", "ten"), "num_classes"),
    (_set_arch("in_channels", 0), "in_channels"),
    (_set_arch("image_size", [10**9, 10**9]), "image_size"),
    (_set_arch("image_size", "big"), "image_size"),
    (_set_arch("name", "resnet9000"), "resnet9000"),
    (_widen, "'layer1.0.conv1.weight' has shape"),
    (lambda ck: ck["model"].pop("linear.bias"), "'linear.bias' is missing"),
    (lambda ck: ck["model"].__setitem__("extra.weight", torch.zeros(2)), "'extra.weight'"),
    (lambda ck: ck["model"].__setitem__("linear.bias", 3), "not a tensor"),
    (_nan, "NaN"),
])
def test_crafted_checkpoints_are_refused_in_one_line(change, needle, good_checkpoint,
                                                     tmp_path, capsys):
    path = _crafted(good_checkpoint, tmp_path, change)
    rc = main(["evaluate", str(path), "--data", "digits", "--device", "cpu"])
    _one_line_error(capsys, rc, str(path), needle)


def test_fewer_classes_than_the_data_is_refused(good_checkpoint, tmp_path, capsys):
    path = _crafted(good_checkpoint, tmp_path, _set_arch("num_classes", 3))
    ck = torch.load(path, weights_only=True)
    ck["model"]["linear.weight"] = ck["model"]["linear.weight"][:3]
    ck["model"]["linear.bias"] = ck["model"]["linear.bias"][:3]
    torch.save(ck, path)
    rc = main(["evaluate", str(path), "--data", "digits", "--device", "cpu"])
    _one_line_error(capsys, rc, "3 classes", "10")


def test_m_checkpoint_of_another_architecture_is_refused(tiny, tmp_path, capsys):
    other = tmp_path / "other.pt"
    arch = {"name": "resnet20", "num_classes": 10, "in_channels": 1, "image_size": [8, 8]}
    save_checkpoint(other, model_payload(build_model("resnet20", 10, 1), arch))
    rc = main(["train", *tiny, "--out", str(tmp_path / "o"), "--m-from", "checkpoint",
               "--m-checkpoint", str(other)])
    _one_line_error(capsys, rc, "reference", "same architecture")


def _repacked(source: Path | bytes, path: Path) -> Path:
    """A torch file's zip members re-packed with deflate, which torch.load reads too."""
    with zipfile.ZipFile(source if isinstance(source, Path) else io.BytesIO(source)) as src, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info))
    return path


def _bomb(good: Path, path: Path, pads: list[int]) -> Path:
    """`good` plus zero tensors of these many bytes, deflated (about 1000× smaller): a file
    that torch.load would inflate to their full size."""
    ck = torch.load(good, weights_only=True)
    ck["pad"] = [torch.zeros(n // 4) for n in pads]
    buf = io.BytesIO()
    torch.save(ck, buf)
    return _repacked(buf.getvalue(), path)


def _declared(path: Path) -> int:
    with zipfile.ZipFile(path) as z:
        return sum(m.file_size for m in z.infolist())


@pytest.fixture(scope="module")
def bomb(good_checkpoint, tmp_path_factory) -> Path:
    """A checkpoint of about 220 KB whose members decompress to more than 50 MB."""
    path = _bomb(good_checkpoint, tmp_path_factory.mktemp("bomb") / "bomb.pt", [50_000_000])
    assert path.stat().st_size < 250_000 and _declared(path) > 50_000_000
    return path


def test_the_bomb_really_inflates_when_loaded(bomb, monkeypatch):
    from spruce.training import checkpoint

    monkeypatch.setattr(checkpoint, "check_zip_sizes", lambda path: None)
    pad = load_checkpoint(bomb)["pad"][0]  # proves the refusals below are meaningful
    assert pad.numel() * pad.element_size() == 50_000_000


@pytest.fixture()
def torch_load_calls(monkeypatch) -> list:
    """The paths torch.load was asked to read (it still reads them)."""
    calls, real = [], torch.load

    def load(f, *args, **kwargs):
        calls.append(f)
        return real(f, *args, **kwargs)

    monkeypatch.setattr(torch, "load", load)
    return calls


@pytest.mark.parametrize("pads,needle", [
    ([50_000_000], "would decompress to"),  # 50 MB: above the total bound
    ([8 << 20], "zip member 'archive/data/"),  # 8 MiB: under it, but one absurd member
    ([900 << 10] * 20, "would decompress to"),  # 20 × 0.9 MiB: no member is absurd
])
def test_decompression_bombs_are_refused_before_torch_reads_them(pads, needle, good_checkpoint,
                                                                 tmp_path, torch_load_calls):
    path = _bomb(good_checkpoint, tmp_path / "bomb.pt", pads)
    torch_load_calls.clear()  # _bomb read the good checkpoint
    with pytest.raises(ValueError) as err:
        load_checkpoint(path)
    text = str(err.value)
    assert str(path) in text and needle in text and "decompression bomb" in text
    assert "\n" not in text and torch_load_calls == []


def test_genuine_checkpoints_pass_the_zip_bounds(good_checkpoint, tmp_path, torch_load_calls):
    deflated = _repacked(good_checkpoint, tmp_path / "deflated.pt")
    assert deflated.stat().st_size < good_checkpoint.stat().st_size  # really compressed
    plain, packed = load_checkpoint(good_checkpoint), load_checkpoint(deflated)
    assert torch_load_calls == [good_checkpoint, deflated]
    assert plain["model"].keys() == packed["model"].keys()
    assert all(torch.equal(plain["model"][k], packed["model"][k]) for k in plain["model"])


def test_a_resnet110_training_checkpoint_passes_the_zip_bounds(tmp_path):
    """The largest CIFAR model, with SGD momentum for every weight: 14 MB in ~1,000 members,
    stored uncompressed by torch.save, so its members declare less than the file holds."""
    from spruce.training.checkpoint import check_zip_sizes
    from spruce.training.methods import PruningMethod
    from spruce.training.trainer import TrainConfig, make_optimizer

    torch.manual_seed(0)
    model = build_model("resnet110")
    opt = make_optimizer(model, PruningMethod(), TrainConfig(), 0.1)
    model(torch.randn(2, 3, 32, 32)).sum().backward()
    opt.step()
    path = save_checkpoint(tmp_path / "r110.pt", {
        **model_payload(model, {"name": "resnet110"}), "optimizer": opt.state_dict()})
    with zipfile.ZipFile(path) as z:
        assert {m.compress_type for m in z.infolist()} == {zipfile.ZIP_STORED}
    assert 10_000_000 < _declared(path) <= path.stat().st_size
    check_zip_sizes(path)  # passes


@pytest.mark.parametrize("command", ["evaluate", "prune"])
def test_a_decompression_bomb_gives_one_line(command, bomb, tmp_path, capsys):
    out = tmp_path / "o"
    rc = main([command, str(bomb), "--data", "digits", "--device", "cpu",
               *(["--out", str(out)] if command == "prune" else [])])
    _one_line_error(capsys, rc, str(bomb), "decompression bomb")
    assert not out.exists()  # refused before the output folder was claimed
