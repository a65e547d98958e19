import math

import numpy as np
import torch

from spruce.training import data as D
from spruce.training.report import (
    JsonlLogger,
    format_table,
    jsonable,
    plot_accuracy_vs_macs,
    plot_kept_channels,
    read_jsonl,
)


def test_jsonl_logger_truncates_or_appends(tmp_path):
    p = tmp_path / "log.jsonl"
    log = JsonlLogger(p)
    log.write({"epoch": 0, "acc": torch.tensor(0.5)})
    log.write({"epoch": 1, "acc": np.float32(0.75)})
    JsonlLogger(p, resume=True).write({"epoch": 2})
    assert [r["epoch"] for r in read_jsonl(p)] == [0, 1, 2]
    assert read_jsonl(p)[1]["acc"] == 0.75
    JsonlLogger(p)  # a fresh (non-resumed) run starts a new log
    assert read_jsonl(p) == []


def test_jsonable_handles_scalars_and_non_finite():
    out = jsonable({"a": torch.tensor(3), "b": (1, 2), "c": math.inf, 4: np.int64(2)})
    assert out == {"a": 3, "b": [1, 2], "c": None, "4": 2}  # strict JSON: null


def test_plots_write_pngs(tmp_path):
    a = plot_kept_channels(tmp_path / "k.png", ["layer1.0.conv1", "layer1.1.conv1"], [8, 8], [3, 8])
    b = plot_accuracy_vs_macs(tmp_path / "a.png", [{"label": "x", "macs": 1e6, "accuracy": 0.9},
                                                   {"label": "y", "macs": 5e5, "accuracy": 0.8}])
    for p in (a, b):
        assert p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and p.stat().st_size > 2000


def test_format_table_aligns_columns():
    t = format_table([{"m": "spr", "acc": 0.97331}, {"m": "none", "acc": 1.0}], ["m", "acc"])
    lines = t.splitlines()
    assert lines[0].split() == ["m", "acc"] and "0.9733" in lines[1]
    assert len({line.index(line.split()[1]) for line in lines}) == 1


def test_download_fetches_checks_and_unpacks(tmp_path, monkeypatch):
    """--download with the network replaced by a local archive of fake batches."""
    import hashlib
    import io
    import pickle
    import tarfile

    buf, md5s = io.BytesIO(), {}
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        for f in D.CIFAR_FILES["cifar10"][3]:
            raw = pickle.dumps({b"data": np.zeros((4, 3072), np.uint8), b"labels": [0, 1, 2, 3]})
            md5s[f] = hashlib.md5(raw).hexdigest()
            info = tarfile.TarInfo(f"cifar-10-batches-py/{f}")
            info.size = len(raw)
            tar.addfile(info, io.BytesIO(raw))
    archive = buf.getvalue()
    folder, url, _, _ = D.CIFAR_FILES["cifar10"]
    monkeypatch.setitem(D.CIFAR_FILES, "cifar10",
                        (folder, url, hashlib.md5(archive).hexdigest(), md5s))
    calls = []

    def fake_fetch(u, dest):
        calls.append(u)
        open(dest, "wb").write(archive)

    monkeypatch.setattr(D.urllib.request, "urlretrieve", fake_fetch)
    ds = D.load_cifar(tmp_path, "cifar10", download=True)
    assert calls == [url] and ds.x_train.shape == (20, 3, 32, 32)
    assert D.load_cifar(tmp_path, "cifar10").y_test.tolist() == [0, 1, 2, 3]


def test_regimes_figure_stacks_the_counts_of_every_epoch():
    from spruce.training.report import regimes_figure

    history = [{"epoch": e, "method/groups": 10, "method/regime1": 6 - 2 * e,
                "method/regime2": 2 + e, "method/regime3": 2} for e in range(3)]
    ax = regimes_figure(history).axes[0]
    stacks = ax.collections
    assert len(stacks) == 4  # regimes 1, 2, 3 and exactly zero
    tops = [max(p.vertices[:, 1].max() for p in c.get_paths()) for c in stacks]
    assert tops == sorted(tops) and tops[-1] == 10  # stacked up to all the groups
    assert ax.get_ylim() == (0, 10) and ax.get_xlim() == (1, 3)
    assert "1: y* = 1" in ax.get_legend().get_texts()[0].get_text()
