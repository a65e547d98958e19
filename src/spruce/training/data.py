"""Datasets for training: scikit-learn digits (offline), CIFAR-10/100, CIFAR-shaped synthetic,
and users' own files (`--data npz:PATH`, `--data folder:PATH`, read by training/files.py).

Every dataset is a `Dataset`: whole tensors (images N×C×H×W, labels N int64), kept on the
training device. `DeviceLoader` cuts shuffled batches from them and augments on the device
(pad-4 random crop + horizontal flip, vectorized over the batch), so a GPU epoch needs no
DataLoader workers and no host copies. Images stored as uint8 are normalized per batch:
    x = (u8 / 255 − mean_c) / std_c .
Batch order and augmentation come from a generator seeded by (seed, epoch, rank), so a
resumed run sees exactly the batches the uninterrupted run would have seen.

CIFAR comes from the python-format batch files users download (cifar-10-batches-py/,
cifar-100-python/), each checked against its published md5; a missing or corrupt file is
named in the error. `download=True` fetches and unpacks the official archive.
`--data` names: DATASETS, or a DATA_PREFIXES prefix and a path (relative to the working
directory, `~` expanded): npz:PATH is a .npz with x_train, y_train, x_test, y_test (NCHW or
NHWC, uint8 or float), folder:PATH holds train/<class>/*.png and test/<class>/... images.
Speed: one batch of 128 CIFAR images (gather, normalize, crop, flip) takes about 10 ms on
one CPU core (the augmentation alone 4.5 ms); on a GPU it is a handful of kernels (not
yet timed: benchmarks/bench_train.py).
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import tarfile
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from torch import Tensor

CIFAR_MEAN = {"cifar10": (0.4914, 0.4822, 0.4465), "cifar100": (0.5071, 0.4865, 0.4409)}
CIFAR_STD = {"cifar10": (0.2470, 0.2435, 0.2616), "cifar100": (0.2673, 0.2564, 0.2762)}

# (folder inside the archive, archive url, archive md5, {file: md5})
CIFAR_FILES = {
    "cifar10": ("cifar-10-batches-py", "https://www.cs.toronto.edu/~kriz/cifar-10-python.tar.gz",
                "c58f30108f718f92721af3b95e74349a",
                {"data_batch_1": "c99cafc152244af753f735de768cd75f",
                 "data_batch_2": "d4bba439e000b95fd0a9bffe97cbabec",
                 "data_batch_3": "54ebc095f3ab1f0389bbae665268c751",
                 "data_batch_4": "634d18415352ddfa80567beed471001a",
                 "data_batch_5": "482c414d41f54cd18b22e5b47cb7c3cb",
                 "test_batch": "40351d587109b95175f43aff81a1287e"}),
    "cifar100": ("cifar-100-python", "https://www.cs.toronto.edu/~kriz/cifar-100-python.tar.gz",
                 "eb9058c3a382ffc7106e4002c42a8d85",
                 {"train": "16019d7e3df5f24257cddd939b257f8d",
                  "test": "f0ef6b0ae62326f3e7ffe666ba6a2b31"}),
}
# built-in --data names; DATA_PREFIXES + a path name users' files (spruce.training.files)
DATASETS = ("digits", "cifar10", "cifar100", "synthetic")
DATA_PREFIXES = ("npz:", "folder:")


@dataclass
class Dataset:
    """Whole train/test tensors plus how to turn a stored batch into a network input."""

    name: str
    x_train: Tensor
    y_train: Tensor
    x_test: Tensor
    y_test: Tensor
    num_classes: int
    mean: tuple[float, ...] | None = None  # per channel, for uint8 images
    std: tuple[float, ...] | None = None
    augment: bool = False  # pad-4 crop + flip (CIFAR-style) on training batches

    @property
    def info(self) -> dict:
        """What a PruningMethod's setup() gets: shapes and sizes."""
        c, h, w = self.x_train.shape[1:]
        return {"name": self.name, "num_classes": self.num_classes, "in_channels": int(c),
                "image_size": (int(h), int(w)), "num_train": len(self.y_train),
                "num_test": len(self.y_test)}

    def to(self, device: torch.device | str) -> Dataset:
        """The same dataset with all tensors on `device` (one copy, done once)."""
        return Dataset(self.name, self.x_train.to(device), self.y_train.to(device),
                       self.x_test.to(device), self.y_test.to(device), self.num_classes,
                       self.mean, self.std, self.augment)

    def normalize(self, x: Tensor) -> Tensor:
        """Stored batch -> float32 network input ((u8/255 − mean)/std for uint8 images)."""
        if x.dtype != torch.uint8:
            return x.float()
        # constants cached per device: building them each batch would copy host -> device
        cache = self.__dict__.setdefault("_norm_cache", {})
        if x.device not in cache:
            cache[x.device] = (torch.tensor(self.mean, device=x.device).view(1, -1, 1, 1),
                               1.0 / torch.tensor(self.std, device=x.device).view(1, -1, 1, 1))
        mean, inv_std = cache[x.device]
        return (x.float().div_(255.0) - mean) * inv_std


# ----------------------------------------------------------------------------- digits
def load_digits(seed: int = 0, test_fraction: float = 0.25
                ) -> tuple[tuple[Tensor, Tensor], tuple[Tensor, Tensor]]:
    """scikit-learn's 8×8 digits (1,797 images, 10 classes, installed with the package).

    Returns ((x_train, y_train), (x_test, y_test)); x is (N, 1, 8, 8) float32 standardized
    with the training split's mean and std, y is int64. The split is stratified by `seed`.
    """
    if not 0.0 < test_fraction < 1.0:
        raise ValueError(f"test_fraction must be in (0, 1), got {test_fraction!r}")
    from sklearn.datasets import load_digits as _sk_digits
    from sklearn.model_selection import train_test_split

    bunch = _sk_digits()
    x = bunch.images.astype(np.float32)[:, None]  # pixel values 0..16
    y = bunch.target.astype(np.int64)
    x_tr, x_te, y_tr, y_te = train_test_split(x, y, test_size=test_fraction, random_state=seed,
                                              stratify=y)
    mean, std = float(x_tr.mean()), float(x_tr.std())
    x_tr, x_te = (x_tr - mean) / std, (x_te - mean) / std
    return ((torch.from_numpy(x_tr), torch.from_numpy(y_tr)),
            (torch.from_numpy(x_te), torch.from_numpy(y_te)))


def digits_dataset(seed: int = 0, test_fraction: float = 0.25) -> Dataset:
    (xtr, ytr), (xte, yte) = load_digits(seed, test_fraction)
    return Dataset("digits", xtr, ytr, xte, yte, 10)


# ----------------------------------------------------------------------------- CIFAR
def _md5(path: Path) -> str:
    h = hashlib.md5()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _find_cifar_folder(data_dir: Path, name: str) -> Path:
    folder = CIFAR_FILES[name][0]
    for cand in (data_dir / folder, data_dir):
        if all((cand / f).exists() for f in CIFAR_FILES[name][3]):
            return cand
    return data_dir / folder


def download_cifar(data_dir: str | Path, name: str = "cifar10") -> Path:
    """Fetch the official archive into `data_dir`, check its md5 and unpack it."""
    if name not in CIFAR_FILES:
        raise ValueError(f"data must be one of {tuple(CIFAR_FILES)} to download, got {name!r}")
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    _, url, md5, _ = CIFAR_FILES[name]
    archive = data_dir / url.rsplit("/", 1)[1]
    if not archive.exists() or _md5(archive) != md5:
        tmp = archive.with_suffix(".part")
        try:
            urllib.request.urlretrieve(url, tmp)  # noqa: S310 - fixed https URL
        except OSError as exc:
            raise FileNotFoundError(f"download: could not fetch {url} ({exc}); download it by "
                                    f"hand and unpack it into data_dir {data_dir}") from None
        tmp.replace(archive)
        if _md5(archive) != md5:
            raise ValueError(f"download: {archive} has md5 {_md5(archive)}, expected {md5}")
    with tarfile.open(archive, "r:gz") as tar:
        tar.extractall(data_dir, filter="data")
    return data_dir / CIFAR_FILES[name][0]


def load_cifar(data_dir: str | Path, name: str = "cifar10", download: bool = False,
               check_md5: bool = True) -> Dataset:
    """CIFAR-10/100 from the python-format batches in `data_dir` (uint8 tensors).

    Looks in data_dir/cifar-10-batches-py (or cifar-100-python) and in data_dir itself.
    Raises FileNotFoundError naming the first missing file, ValueError for a bad md5.
    """
    if name not in CIFAR_FILES:
        raise ValueError(f"CIFAR name must be one of {tuple(CIFAR_FILES)}, got {name!r}")
    data_dir = Path(data_dir)
    folder = _find_cifar_folder(data_dir, name)
    files = CIFAR_FILES[name][3]
    missing = [f for f in files if not (folder / f).exists()]
    if missing and download:
        folder = download_cifar(data_dir, name)
        missing = [f for f in files if not (folder / f).exists()]
    if missing:
        raise FileNotFoundError(f"data_dir {data_dir}: {name} file {folder / missing[0]} is "
                                f"missing ({len(missing)} of {len(files)} missing); get "
                                f"{CIFAR_FILES[name][1]} and unpack it there (or download it)")
    xs, ys = {"train": [], "test": []}, {"train": [], "test": []}
    for f, md5 in files.items():
        path = folder / f
        if check_md5 and _md5(path) != md5:
            raise ValueError(f"data_dir: {path} is corrupt (md5 {_md5(path)}, expected {md5}); "
                             f"download it again")
        with open(path, "rb") as fh:
            batch = pickle.load(fh, encoding="bytes")  # noqa: S301 - md5-verified official file
        split = "test" if f.startswith("test") else "train"
        xs[split].append(np.asarray(batch[b"data"], dtype=np.uint8).reshape(-1, 3, 32, 32))
        ys[split].append(np.asarray(batch[b"labels" if name == "cifar10" else b"fine_labels"]))
    t = {s: (torch.from_numpy(np.concatenate(xs[s])),
             torch.from_numpy(np.concatenate(ys[s]).astype(np.int64))) for s in xs}
    return Dataset(name, *t["train"], *t["test"], 10 if name == "cifar10" else 100,
                   CIFAR_MEAN[name], CIFAR_STD[name], augment=True)


def synthetic_cifar(n_train: int = 5000, n_test: int = 1000, num_classes: int = 10,
                    seed: int = 0, image_size: int = 32) -> Dataset:
    """CIFAR-shaped uint8 images: a random smooth template per class plus noise (learnable)."""
    if n_train < 1 or n_test < 1 or num_classes < 2:
        raise ValueError(f"synthetic data needs n_train, n_test >= 1 and num_classes >= 2, got "
                         f"{n_train}, {n_test}, {num_classes}")
    g = torch.Generator().manual_seed(seed)
    coarse = torch.rand(num_classes, 3, 4, 4, generator=g)
    templates = torch.nn.functional.interpolate(coarse, size=image_size, mode="bilinear",
                                                align_corners=False)

    def make(n: int) -> tuple[Tensor, Tensor]:
        y = torch.randint(0, num_classes, (n,), generator=g)
        x = templates[y] * 160 + torch.rand(n, 3, image_size, image_size, generator=g) * 95
        return x.clamp(0, 255).to(torch.uint8), y

    (xtr, ytr), (xte, yte) = make(n_train), make(n_test)
    return Dataset("synthetic", xtr, ytr, xte, yte, num_classes, (0.5, 0.5, 0.5),
                   (0.25, 0.25, 0.25), augment=True)


class DataNameError(ValueError, argparse.ArgumentTypeError):
    """A bad --data value (an ArgumentTypeError too, so argparse prints the message)."""


def check_data_name(name: str) -> str:
    """`name` unchanged if it is a valid --data value (nothing is loaded); argparse `type=`."""
    if name in DATASETS:
        return name
    for prefix in DATA_PREFIXES:
        if name.startswith(prefix) and name[len(prefix):].strip():
            return name
    raise DataNameError(f"data must be one of {', '.join(DATASETS)} or npz:PATH / "
                        f"folder:PATH, got {name!r}")


def get_dataset(name: str, data_dir: str | Path | None = None, download: bool = False,
                seed: int = 0, synthetic_size: int = 5000) -> Dataset:
    """A dataset by its --data name: digits, cifar10, cifar100, synthetic, npz:PATH or
    folder:PATH (users' files; PATH relative to the working directory, `~` expanded)."""
    check_data_name(name)
    if name == "digits":
        return digits_dataset(seed)
    if name == "synthetic":
        return synthetic_cifar(synthetic_size, max(synthetic_size // 5, 1), seed=seed)
    if name in CIFAR_FILES:
        if data_dir is None:
            raise ValueError(f"data {name} needs data_dir DIR (the folder holding "
                             f"{CIFAR_FILES[name][0]}/)")
        return load_cifar(data_dir, name, download)
    from spruce.training import files

    kind, path = name.split(":", 1)
    loader = files.load_npz if kind == "npz" else files.load_image_folder
    return loader(Path(path).expanduser())


# ----------------------------------------------------------------------------- batches
def augment_batch(x: Tensor, pad: int = 4, generator: torch.Generator | None = None) -> Tensor:
    """Random pad-`pad` crop (zero padding) and horizontal flip, per image, on x's device."""
    n, c, h, w = x.shape
    xp = torch.nn.functional.pad(x, (pad, pad, pad, pad))
    dy = torch.randint(0, 2 * pad + 1, (n,), device=x.device, generator=generator)
    dx = torch.randint(0, 2 * pad + 1, (n,), device=x.device, generator=generator)
    ar_h, ar_w = torch.arange(h, device=x.device), torch.arange(w, device=x.device)
    flip = torch.rand(n, device=x.device, generator=generator) < 0.5
    rows = (dy[:, None] + ar_h)[:, None, :, None]
    # a flipped image reads its crop's columns right to left
    cols = dx[:, None] + torch.where(flip[:, None], w - 1 - ar_w, ar_w)
    cols = cols[:, None, None, :]
    idx_n = torch.arange(n, device=x.device)[:, None, None, None]
    idx_c = torch.arange(c, device=x.device)[None, :, None, None]
    return xp[idx_n, idx_c, rows, cols]


class DeviceLoader:
    """Shuffled (optionally augmented) batches cut from device-resident tensors.

    With `world_size` > 1 each rank takes every world_size-th index of the shared
    permutation (the permutation is cut to a multiple of world_size so ranks step together).
    """

    def __init__(self, data: Dataset, batch_size: int, train: bool = True, seed: int = 0,
                 rank: int = 0, world_size: int = 1, drop_last: bool = False):
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")
        self.data, self.batch_size, self.train = data, batch_size, train
        self.seed, self.rank, self.world_size, self.drop_last = seed, rank, world_size, drop_last
        self.epoch = 0

    def set_epoch(self, epoch: int) -> None:
        self.epoch = epoch

    def _indices(self) -> Tensor:
        y = self.data.y_train if self.train else self.data.y_test
        n = len(y)
        if not self.train:
            idx = torch.arange(n, device=y.device)
        else:
            g = torch.Generator(device="cpu").manual_seed(self.seed * 1_000_003 + self.epoch)
            idx = torch.randperm(n, generator=g).to(y.device)
        n_use = n - n % self.world_size
        return idx[:n_use][self.rank::self.world_size]

    def __len__(self) -> int:
        n = len(self.data.y_train if self.train else self.data.y_test) // self.world_size
        return n // self.batch_size if self.drop_last else -(-n // self.batch_size)

    def __iter__(self) -> Iterator[tuple[Tensor, Tensor]]:
        x_all = self.data.x_train if self.train else self.data.x_test
        y_all = self.data.y_train if self.train else self.data.y_test
        idx = self._indices()
        gen = None
        if self.train and self.data.augment:
            gen = torch.Generator(device=x_all.device)
            gen.manual_seed(self.seed * 7_919 + self.epoch * 31 + self.rank + 1)
        for b in range(len(self)):
            sel = idx[b * self.batch_size:(b + 1) * self.batch_size]
            x = self.data.normalize(x_all[sel])
            if gen is not None:
                x = augment_batch(x, 4, gen)
            yield x, y_all[sel]


class MovedBatches:
    """A user's iterable of (inputs, targets) batches (e.g. a DataLoader), moved to `device`.

    `set_epoch` reaches a DistributedSampler (or any sampler with set_epoch) so that each
    epoch shuffles differently and ranks agree; `len` is the loader's, when it has one.
    """

    def __init__(self, batches, device: torch.device | str):
        if isinstance(batches, (Tensor, str, bytes)) or not hasattr(batches, "__iter__"):
            raise TypeError(f"data must be a spruce Dataset or an iterable of (inputs, "
                            f"targets) batches, got {type(batches).__name__}")
        self.batches, self.device = batches, torch.device(device)

    def set_epoch(self, epoch: int) -> None:
        sampler = getattr(self.batches, "sampler", None)
        if hasattr(sampler, "set_epoch"):
            sampler.set_epoch(epoch)

    def __len__(self) -> int:
        return len(self.batches)

    def __iter__(self) -> Iterator[tuple[Tensor, Tensor]]:
        for batch in self.batches:
            if not isinstance(batch, (tuple, list)) or len(batch) < 2:
                raise ValueError(f"data must yield (inputs, targets) batches, got "
                                 f"{type(batch).__name__}")
            yield (batch[0].to(self.device, non_blocking=True),
                   batch[1].to(self.device, non_blocking=True))
