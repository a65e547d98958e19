"""Users' data files: --data npz:PATH and --data folder:PATH (spruce.training.files)."""

from __future__ import annotations

import argparse

import numpy as np
import pytest
import torch
from PIL import Image

from spruce.training import data as D
from spruce.training import files as F
from spruce.training.models import small_resnet


def _arrays(n_train=30, n_test=12, shape=(8, 8, 3), k=3, dtype=np.uint8, seed=0):
    """Random images (N, *shape) and labels cycling 0..k-1 in both splits."""
    rng = np.random.default_rng(seed)

    def images(n):
        if dtype == np.uint8:
            return rng.integers(0, 256, (n, *shape), dtype=np.uint8)
        return rng.normal(size=(n, *shape)).astype(dtype)

    return {"x_train": images(n_train), "y_train": np.arange(n_train) % k,
            "x_test": images(n_test), "y_test": np.arange(n_test) % k}


def _npz(tmp_path, name="d.npz", **arrays):
    path = tmp_path / name
    np.savez(path, **{**_arrays(), **arrays})
    return path


# ----------------------------------------------------------------------------- npz
def test_npz_nhwc_uint8_shapes_stats_labels(tmp_path):
    a = _arrays(shape=(16, 16, 3))
    ds = F.load_npz(_npz(tmp_path, **a))
    assert ds.x_train.shape == (30, 3, 16, 16) and ds.x_test.shape == (12, 3, 16, 16)
    assert ds.x_train.dtype == torch.uint8 and ds.y_train.dtype == torch.int64
    assert torch.equal(ds.x_train, torch.from_numpy(a["x_train"]).permute(0, 3, 1, 2))
    assert ds.y_train.tolist() == a["y_train"].tolist() and ds.num_classes == 3
    x = ds.x_train.numpy() / 255.0
    np.testing.assert_allclose(ds.mean, x.mean(axis=(0, 2, 3)), rtol=1e-10)
    np.testing.assert_allclose(ds.std, x.std(axis=(0, 2, 3)), rtol=1e-10)
    z = ds.normalize(ds.x_train)
    np.testing.assert_allclose(z.mean((0, 2, 3)), 0, atol=1e-5)
    np.testing.assert_allclose(z.std((0, 2, 3), unbiased=False), 1, atol=1e-5)
    assert ds.augment and ds.info["image_size"] == (16, 16)


@pytest.mark.parametrize("shape, chw", [
    ((3, 8, 8), (3, 8, 8)),        # NCHW kept
    ((8, 8, 3), (3, 8, 8)),        # NHWC: last dim 3, second dim 8
    ((16, 16, 1), (1, 16, 16)),    # NHWC, one channel
    ((8, 8, 4), (4, 8, 8)),        # NHWC, four channels
    ((8, 8), (1, 8, 8)),           # N×H×W: one channel
    ((3, 3, 3), (3, 3, 3)),        # ambiguous: read as NCHW
    ((4, 6, 1), (4, 6, 1)),        # second dim 4: NCHW (C=4, H=6, W=1)
])
def test_npz_layout_rule(tmp_path, shape, chw):
    a = _arrays(shape=shape)
    ds = F.load_npz(_npz(tmp_path, **a))
    assert ds.x_train.shape[1:] == chw
    x = a["x_train"]
    expect = x[:, None] if x.ndim == 3 else x if chw == shape else x.transpose(0, 3, 1, 2)
    assert np.array_equal(ds.x_train.numpy(), expect)


@pytest.mark.parametrize("shape, augment", [((16, 16, 3), True), ((8, 8, 3), False),
                                            ((16, 16, 1), False), ((16, 8, 3), False),
                                            ((32, 32, 4), False)])
def test_npz_augment_only_for_rgb_of_at_least_16(tmp_path, shape, augment):
    assert F.load_npz(_npz(tmp_path, **_arrays(shape=shape))).augment is augment


def test_npz_float_images_kept_as_float32(tmp_path):
    a = _arrays(shape=(3, 8, 8), dtype=np.float64)
    ds = F.load_npz(_npz(tmp_path, **a))
    assert ds.x_train.dtype == torch.float32 and ds.mean is None and ds.std is None
    assert torch.equal(ds.normalize(ds.x_test), torch.from_numpy(a["x_test"].astype(np.float32)))


def test_npz_num_classes_from_both_splits_and_constant_channel(tmp_path):
    a = _arrays(k=4)
    a["y_test"] = np.zeros(12, dtype=np.uint8)  # any integer dtype
    a["x_train"][..., 1] = 7  # a constant channel: std 1, not 0
    ds = F.load_npz(_npz(tmp_path, **a))
    assert ds.num_classes == 4 and ds.y_test.dtype == torch.int64
    assert ds.std[1] == 1.0 and ds.mean[1] == pytest.approx(7 / 255)
    assert torch.isfinite(ds.normalize(ds.x_train)).all()


def test_npz_file_errors(tmp_path):
    with pytest.raises(FileNotFoundError, match="no such file"):
        F.load_npz(tmp_path / "absent.npz")
    text = tmp_path / "text.npz"
    text.write_text("x_train,y_train\n1,2\n")
    with pytest.raises(ValueError, match=r"text.npz is not an .npz \(zip\) file") as err:
        F.load_npz(text)
    assert "allow_pickle" not in str(err.value)
    np.save(tmp_path / "one.npy", np.zeros(3))
    with pytest.raises(ValueError, match="single-array .npy") as err:
        F.load_npz(tmp_path / "one.npy")
    assert "allow_pickle" not in str(err.value)
    good = _npz(tmp_path).read_bytes()
    (tmp_path / "cut.npz").write_bytes(good[: len(good) // 2] + good[-200:])
    with pytest.raises(ValueError, match="cut.npz is corrupt"):
        F.load_npz(tmp_path / "cut.npz")
    with pytest.raises(ValueError, match="is a folder; npz: needs an .npz file"):
        F.load_npz(tmp_path)


def test_npz_missing_key_names_it_and_lists_keys(tmp_path):
    a = _arrays()
    a["labels_test"] = a.pop("y_test")
    path = tmp_path / "k.npz"
    np.savez(path, **a)
    with pytest.raises(ValueError, match=r"no array 'y_test' \(it holds \['labels_test', "
                                         r"'x_test', 'x_train', 'y_train'\]\)"):
        F.load_npz(path)


def test_npz_bad_member_named(tmp_path):
    import zipfile

    path = tmp_path / "z.npz"
    with zipfile.ZipFile(path, "w") as z:
        for k in F.NPZ_KEYS:
            z.writestr(f"{k}.npy", b"not an npy file")
    with pytest.raises(ValueError, match="z.npz: x_train cannot be read"):
        F.load_npz(path)


def test_npz_object_array_refused_without_pickle(tmp_path):
    ragged = np.array([np.zeros((8, 8)), np.zeros((9, 9))], dtype=object)
    with pytest.raises(ValueError, match="x_train is an object array") as err:
        F.load_npz(_npz(tmp_path, x_train=ragged))
    assert "allow_pickle" not in str(err.value)


@pytest.mark.parametrize("change, match", [
    ({"y_train": np.arange(29) % 3}, "y_train has 29 labels but x_train has 30 images"),
    ({"x_test": np.zeros((12, 8, 9, 3), np.uint8)},
     r"x_train images are 3×8×8 \(C×H×W\) but x_test images are 3×8×9"),
    ({"y_train": (np.arange(30) % 3).astype(float)}, "y_train has dtype float64: labels must be"),
    ({"y_test": np.arange(12) % 3 - 1}, "y_test has a negative label"),
    ({"y_train": np.arange(30) % 3 * 2, "y_test": np.arange(12) % 3 * 2},
     r"class 1 has no training example \(labels run 0..4; empty: 1, 3\)"),
    ({"y_test": np.full(12, 3)}, "class 3 has no training example"),
    ({"y_train": np.zeros(30, int), "y_test": np.zeros(12, int)}, "need at least 2 classes"),
    ({"x_train": np.zeros((30, 1, 3, 8, 8), np.uint8)}, "images must be 3-D"),
    ({"x_train": np.zeros(30, np.uint8)}, "images must be 3-D"),
    ({"y_train": (np.arange(30) % 3)[:, None]}, r"labels must be 1-D, shape \(N,\)"),
    ({"x_train": np.zeros((30, 8, 8, 3), np.int16)}, "x_train has dtype int16; images must be"),
    ({"x_test": np.zeros((12, 8, 8, 3), np.float32)}, "both splits must be uint8 or both float"),
    ({"x_train": np.zeros((0, 8, 8, 3), np.uint8), "y_train": np.zeros(0, int)},
     "x_train holds no images"),
])
def test_npz_content_errors(tmp_path, change, match):
    with pytest.raises(ValueError, match=match) as err:
        F.load_npz(_npz(tmp_path, **change))
    assert "d.npz" in str(err.value)


@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
def test_npz_non_finite_float_images(tmp_path, bad):
    a = _arrays(dtype=np.float32)
    a["x_test"][3, 1, 2, 0] = bad
    with pytest.raises(ValueError, match="x_test has NaN or Inf values"):
        F.load_npz(_npz(tmp_path, **a))


# ----------------------------------------------------------------------------- folder
def _folder(root, classes=("cat", "dog", "owl"), n=(5, 2), size=(8, 8), mode="RGB", seed=0):
    """root/train/<class>/i.png and root/test/<class>/i.png, random pixels; returns the pixels."""
    rng = np.random.default_rng(seed)
    pixels = {"train": [], "test": []}
    for split, count in zip(("train", "test"), n):
        for c in classes:
            (root / split / c).mkdir(parents=True, exist_ok=True)
            for i in range(count):
                shape = (size[1], size[0]) + ((3,) if mode == "RGB" else ())
                arr = rng.integers(0, 256, shape, dtype=np.uint8)
                Image.fromarray(arr, mode).save(root / split / c / f"{i}.png")
                pixels[split].append(arr)
    return pixels


def test_folder_rgb_shapes_pixels_stats(tmp_path):
    px = _folder(tmp_path, size=(16, 12))
    (tmp_path / "train" / "cat" / ".DS_Store").write_bytes(b"junk")  # hidden: skipped
    (tmp_path / "train" / "cat" / "notes.txt").write_text("not an image")  # skipped
    (tmp_path / "train" / ".hidden").mkdir()  # hidden class folder: skipped
    ds = F.load_image_folder(tmp_path)
    assert ds.x_train.shape == (15, 3, 12, 16) and ds.x_test.shape == (6, 3, 12, 16)
    assert ds.x_train.dtype == torch.uint8 and ds.num_classes == 3
    assert ds.y_train.tolist() == [0] * 5 + [1] * 5 + [2] * 5
    assert ds.y_test.tolist() == [0, 0, 1, 1, 2, 2]
    assert np.array_equal(ds.x_train.numpy(), np.stack(px["train"]).transpose(0, 3, 1, 2))
    x = ds.x_train.numpy() / 255.0
    np.testing.assert_allclose(ds.mean, x.mean(axis=(0, 2, 3)), rtol=1e-10)
    np.testing.assert_allclose(ds.std, x.std(axis=(0, 2, 3)), rtol=1e-10)
    assert not ds.augment  # 12 rows < 16


def test_folder_grayscale_and_mixed_and_other_formats(tmp_path):
    px = _folder(tmp_path / "g", mode="L", size=(16, 16))
    ds = F.load_image_folder(tmp_path / "g")
    assert ds.x_train.shape == (15, 1, 16, 16) and len(ds.mean) == 1 and not ds.augment
    assert np.array_equal(ds.x_test.numpy()[:, 0], np.stack(px["test"]))
    # one RGB image makes the whole folder RGB; gray images become R = G = B
    _folder(tmp_path / "m", mode="L", size=(16, 16))
    rgb = np.full((16, 16, 3), (10, 20, 30), np.uint8)
    Image.fromarray(rgb).save(tmp_path / "m" / "test" / "owl" / "z.bmp")
    Image.fromarray(rgb).save(tmp_path / "m" / "train" / "owl" / "z.JPG")
    Image.fromarray(rgb[..., 0]).save(tmp_path / "m" / "train" / "dog" / "z.gif")
    ds = F.load_image_folder(tmp_path / "m")
    assert ds.x_train.shape == (17, 3, 16, 16) and ds.x_test.shape == (7, 3, 16, 16) and ds.augment
    assert torch.equal(ds.x_train[0, 0], ds.x_train[0, 2])
    assert ds.x_test[-1, :, 0, 0].tolist() == [10, 20, 30]


def test_folder_errors(tmp_path):
    with pytest.raises(FileNotFoundError, match="no such folder"):
        F.load_image_folder(tmp_path / "absent")
    (tmp_path / "train").mkdir()
    with pytest.raises(ValueError, match="no class folders in"):
        F.load_image_folder(tmp_path)
    (tmp_path / "train" / "a").mkdir()
    with pytest.raises(ValueError, match=r"class folder .*train/a holds no images"):
        F.load_image_folder(tmp_path)
    _folder(tmp_path, classes=("a", "b"))
    (tmp_path / "test").rename(tmp_path / "test_")
    with pytest.raises(FileNotFoundError, match="has no test/ folder"):
        F.load_image_folder(tmp_path)
    (tmp_path / "test_").rename(tmp_path / "test")
    assert F.load_image_folder(tmp_path).num_classes == 2
    (tmp_path / "test" / "c").mkdir()
    Image.new("RGB", (8, 8)).save(tmp_path / "test" / "c" / "x.png")
    with pytest.raises(ValueError, match="test/ has class folder 'c' that train/ lacks"):
        F.load_image_folder(tmp_path)
    (tmp_path / "test" / "c" / "x.png").rename(tmp_path / "x.png")
    (tmp_path / "test" / "c").rmdir()
    (tmp_path / "test" / "b" / "0.png").rename(tmp_path / "test" / "b0.png")
    (tmp_path / "test" / "b" / "1.png").unlink()
    with pytest.raises(ValueError, match=r"class folder .*test/b holds no images"):
        F.load_image_folder(tmp_path)
    (tmp_path / "test" / "b").rmdir()
    with pytest.raises(ValueError, match="test/ has no class folder 'b'"):
        F.load_image_folder(tmp_path)


def test_folder_bad_images(tmp_path):
    _folder(tmp_path)
    Image.new("RGB", (9, 8)).save(tmp_path / "test" / "dog" / "big.png")
    with pytest.raises(ValueError, match=r"test/dog/big.png is 9×8 pixels but .*train/cat/0.png "
                                         r"is 8×8; images must share one size"):
        F.load_image_folder(tmp_path)
    (tmp_path / "test" / "dog" / "big.png").unlink()
    (tmp_path / "train" / "owl" / "bad.jpg").write_bytes(b"\xff\xd8 not really a jpeg")
    with pytest.raises(ValueError, match=r"cannot read image .*train/owl/bad.jpg"):
        F.load_image_folder(tmp_path)
    good = (tmp_path / "train" / "cat" / "1.png").read_bytes()
    (tmp_path / "train" / "owl" / "bad.jpg").write_bytes(good[:60])  # truncated png
    with pytest.raises(ValueError, match=r"cannot read image .*train/owl/bad.jpg"):
        F.load_image_folder(tmp_path)


def test_folder_single_class(tmp_path):
    _folder(tmp_path, classes=("only",))
    with pytest.raises(ValueError, match=r"only one class folder \('only'\); need at least 2"):
        F.load_image_folder(tmp_path)


# ----------------------------------------------------------------------------- --data names
def test_get_dataset_with_prefixes_relative_and_home(tmp_path, monkeypatch):
    _npz(tmp_path, **_arrays(shape=(3, 8, 8)))
    _folder(tmp_path / "imgs")
    monkeypatch.chdir(tmp_path)
    ds = D.get_dataset("npz:d.npz")
    assert ds.x_train.shape == (30, 3, 8, 8) and ds.name.startswith("npz:")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert D.get_dataset("folder:~/imgs").x_train.shape == (15, 3, 8, 8)
    with pytest.raises(FileNotFoundError, match="no such file"):
        D.get_dataset("npz:absent.npz")


def test_check_data_name():
    for ok in (*D.DATASETS, "npz:a.npz", "folder:/x/y", "npz:~/d.npz"):
        assert D.check_data_name(ok) == ok
    for bad in ("mnist", "npz:", "folder: ", "npz", "NPZ:a.npz", "csv:a.csv", ""):
        with pytest.raises(ValueError, match=r"data must be one of .* or npz:PATH / "
                                             r"folder:PATH, got"):
            D.check_data_name(bad)
    with pytest.raises(ValueError, match="data must be one of"):
        D.get_dataset("npz:")


def test_check_data_name_as_argparse_type(capsys):
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=D.check_data_name, default="digits")
    assert parser.parse_args(["--data", "folder:imgs"]).data == "folder:imgs"
    with pytest.raises(SystemExit):
        parser.parse_args(["--data", "mnist"])
    assert "argument --data: data must be one of digits" in capsys.readouterr().err


# ----------------------------------------------------------------------------- training
@pytest.mark.parametrize("source", ["npz", "folder"])
def test_small_resnet_trains_on_user_data(tmp_path, source):
    torch.manual_seed(0)
    if source == "npz":
        ds = D.get_dataset(f"npz:{_npz(tmp_path, **_arrays(shape=(16, 16, 3)))}")
    else:
        _folder(tmp_path, mode="L", size=(12, 12))
        ds = D.get_dataset(f"folder:{tmp_path}")
    info = ds.info
    model = small_resnet(info["num_classes"], info["in_channels"])
    out = model(ds.normalize(ds.x_train[:4]))
    assert out.shape == (4, ds.num_classes) and torch.isfinite(out).all()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for x, y in D.DeviceLoader(ds, 8, train=True, seed=1):
        loss = torch.nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        assert torch.isfinite(loss)
