import hashlib
import pickle

import numpy as np
import pytest
import torch

from spruce.training import data as D


def test_load_digits_shapes_and_standardization():
    (xtr, ytr), (xte, yte) = D.load_digits(seed=1, test_fraction=0.25)
    assert xtr.shape[1:] == (1, 8, 8) and xtr.dtype == torch.float32
    assert ytr.dtype == torch.int64 and len(xtr) + len(xte) == 1797
    assert abs(len(xte) - 0.25 * 1797) <= 1
    assert abs(float(xtr.mean())) < 1e-4 and abs(float(xtr.std()) - 1) < 1e-3
    # stratified: every class in both splits
    assert set(ytr.tolist()) == set(range(10)) == set(yte.tolist())
    with pytest.raises(ValueError, match="test_fraction"):
        D.load_digits(test_fraction=1.5)


def test_digits_split_depends_on_seed():
    (a, _), _ = D.load_digits(seed=0)
    (b, _), _ = D.load_digits(seed=1)
    assert not torch.equal(a, b)


def test_synthetic_is_cifar_shaped_and_learnable_signal():
    ds = D.synthetic_cifar(200, 50, num_classes=4, seed=3)
    assert ds.x_train.shape == (200, 3, 32, 32) and ds.x_train.dtype == torch.uint8
    x = ds.normalize(ds.x_train).flatten(1)
    # class means differ more than the within-class noise would explain
    means = torch.stack([x[ds.y_train == c].mean(0) for c in range(4)])
    assert float(torch.cdist(means, means).max()) > 5.0
    with pytest.raises(ValueError, match="num_classes"):
        D.synthetic_cifar(10, 10, num_classes=1)


def test_augment_batch_is_a_shifted_window_or_its_mirror():
    x = torch.randn(64, 2, 6, 5)
    g = torch.Generator().manual_seed(0)
    y = D.augment_batch(x, pad=2, generator=g)
    xp = torch.nn.functional.pad(x, (2, 2, 2, 2))
    for i in range(64):
        windows = [xp[i, :, a:a + 6, b:b + 5] for a in range(5) for b in range(5)]
        windows += [w.flip(-1) for w in windows]
        assert any(torch.equal(y[i], w) for w in windows)
    # both flips and several offsets occur
    assert len({tuple(y[i].flatten()[:3].tolist()) for i in range(64)}) > 10


def test_device_loader_covers_each_index_once_and_is_reproducible(digits):
    loader = D.DeviceLoader(digits, 100, train=True, seed=5)
    loader.set_epoch(2)
    ys = torch.cat([y for _, y in loader])
    assert len(ys) == len(digits.y_train) and len(loader) == -(-len(digits.y_train) // 100)
    assert torch.equal(ys.sort().values, digits.y_train.sort().values)
    again = torch.cat([y for _, y in loader])
    assert torch.equal(ys, again)
    loader.set_epoch(3)
    assert not torch.equal(ys, torch.cat([y for _, y in loader]))


def test_device_loader_shards_disjoint_across_ranks(digits):
    idx = [D.DeviceLoader(digits, 64, seed=0, rank=r, world_size=2)._indices() for r in (0, 1)]
    assert len(idx[0]) == len(idx[1])
    assert not set(idx[0].tolist()) & set(idx[1].tolist())


def _write_fake_cifar(folder, name="cifar10", n=20):
    folder.mkdir(parents=True)
    rng = np.random.default_rng(0)
    md5s = {}
    for f in D.CIFAR_FILES[name][3]:
        key = b"labels" if name == "cifar10" else b"fine_labels"
        batch = {b"data": rng.integers(0, 256, (n, 3072), dtype=np.uint8),
                 key: rng.integers(0, 10, n).tolist()}
        (folder / f).write_bytes(pickle.dumps(batch))
        md5s[f] = hashlib.md5((folder / f).read_bytes()).hexdigest()
    return md5s


def test_cifar_missing_corrupt_and_valid(tmp_path, monkeypatch):
    with pytest.raises(FileNotFoundError, match="data_batch_1"):
        D.load_cifar(tmp_path, "cifar10")
    md5s = _write_fake_cifar(tmp_path / "cifar-10-batches-py")
    with pytest.raises(ValueError, match="corrupt"):  # official md5s do not match fakes
        D.load_cifar(tmp_path, "cifar10")
    folder, url, amd5, _ = D.CIFAR_FILES["cifar10"]
    monkeypatch.setitem(D.CIFAR_FILES, "cifar10", (folder, url, amd5, md5s))
    ds = D.load_cifar(tmp_path, "cifar10")
    assert ds.x_train.shape == (100, 3, 32, 32) and ds.x_test.shape == (20, 3, 32, 32)
    assert ds.augment and ds.num_classes == 10
    (tmp_path / folder / "test_batch").unlink()
    with pytest.raises(FileNotFoundError, match="test_batch"):
        D.load_cifar(tmp_path, "cifar10")


def test_get_dataset_errors():
    with pytest.raises(ValueError, match="data_dir"):
        D.get_dataset("cifar10", None)
    with pytest.raises(ValueError, match="data must be one of"):
        D.get_dataset("mnist")


def test_cifar100_files_pixel_layout_and_fine_labels(tmp_path, monkeypatch):
    """The python-format rows are R(32×32), G, B planes, row-major; CIFAR-100 reads fine_labels."""
    folder = tmp_path / "cifar-100-python"
    folder.mkdir()
    plane = np.arange(1024).reshape(32, 32) % 251
    md5s = {}
    for f, n in (("train", 6), ("test", 3)):
        rows = np.stack([np.concatenate([(plane + 7 * c + k) % 256 for c in range(3)])
                         for k in range(n)]).astype(np.uint8)
        batch = {b"data": rows, b"fine_labels": [99 - k for k in range(n)],
                 b"coarse_labels": [k % 20 for k in range(n)]}
        (folder / f).write_bytes(pickle.dumps(batch))
        md5s[f] = hashlib.md5((folder / f).read_bytes()).hexdigest()
    name, url, amd5, _ = D.CIFAR_FILES["cifar100"]
    monkeypatch.setitem(D.CIFAR_FILES, "cifar100", (name, url, amd5, md5s))
    ds = D.get_dataset("cifar100", tmp_path)
    assert ds.num_classes == 100 and ds.x_train.dtype == torch.uint8
    assert ds.x_train.shape == (6, 3, 32, 32) and ds.x_test.shape == (3, 3, 32, 32)
    assert ds.y_train.tolist() == [99, 98, 97, 96, 95, 94]  # fine, not coarse, labels
    for k, c, i, j in ((0, 0, 0, 1), (5, 2, 31, 30), (2, 1, 17, 4)):
        assert int(ds.x_train[k, c, i, j]) == (int(plane[i, j]) + 7 * c + k) % 256
    assert ds.mean == D.CIFAR_MEAN["cifar100"] and ds.augment
