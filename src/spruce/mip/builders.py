"""Pruning MIPs from real small data (scikit-learn's 8×8 digits, offline) and torch models.

(a) `digits_regression`: a single-layer network (linear regression on one-hot targets, or
    softmax regression) where the MIP is the whole training problem. X = pixels/16
    (centred for the squared loss), W is 64×q, a group = the rows of one 4×4 (or 2×8 ...)
    pixel patch: pruning a group removes those input pixels.
(b) `layer_problem`: one layer of a trained network. X = the layer's inputs on the data,
    Y = its original outputs X·W₀ (pre-activation, bias removed), groups = input units
    (Linear) or input channels (Conv2d, unfolded to k×k patches):
        L(W) = ‖X W₀ − X W‖² / (2n)   — pruning keeps the layer's function close.
    `trained_mlp` / `trained_cnn` train the small digits nets used for (b) (seconds, CPU).
λ is set relative to L(0) (λ = lam_rel·L(0)) and M_j = M_scale·max|W₀| unless given.
"""

from __future__ import annotations

import numpy as np

from .problem import (
    MAX_ABS,
    MAX_BUDGET,
    MAX_SEED,
    GroupPruningProblem,
    _got,
    check_sizes,
    real,
    suggest_big_m,
    whole,
)

DIGITS = 1797  # samples in scikit-learn's digits
SIDE = 8  # its images are 8×8
MAX_HIDDEN = 1024  # units per hidden layer of `trained_mlp`
MAX_CHANNELS = 32  # channels of `trained_cnn` (its unfolded patches: 115,008 × 9c)
MAX_EPOCHS = 1000


def _pair(name: str, value, lo: int, hi: int, divides: int | None = None) -> tuple[int, int]:
    """(a, b) from a pair of whole numbers in [lo, hi] (dividing `divides` if given)."""
    ok = isinstance(value, (tuple, list)) and len(value) == 2 and all(
        isinstance(v, int) and not isinstance(v, bool) and lo <= v <= hi
        and (divides is None or divides % v == 0) for v in value)
    if not ok:
        if divides:
            ok_values = ", ".join(str(d) for d in range(lo, hi + 1) if divides % d == 0)
            need = f"whole numbers dividing {divides} ({ok_values})"
        else:
            need = f"whole numbers in [{lo}, {hi}]"
        raise ValueError(f"{name} must be AxB with A and B {need}, got {_got(value)}")
    return int(value[0]), int(value[1])


def _common(lam_rel, alpha, k, seed) -> tuple[float, float, int | None, int]:
    return (real("lam_rel", lam_rel, 0.0, MAX_ABS), real("alpha", alpha, 0.0, 1.0, True, True),
            None if k is None else whole("k", k, 0, MAX_BUDGET), whole("seed", seed, 0, MAX_SEED))


def load_digits_data(n: int | None = None, seed: int = 0,
                     classes: int = 10) -> tuple[np.ndarray, np.ndarray]:
    """(X in [0,1], labels) of scikit-learn's digits; a seeded subsample of n if given."""
    from sklearn.datasets import load_digits

    d = load_digits()
    X, lab = d.data / 16.0, d.target
    keep = lab < classes
    X, lab = X[keep], lab[keep]
    if n is not None:
        if not 0 < n <= len(X):
            raise ValueError(f"n must be in 1..{len(X)}, got {n}")
        idx = np.random.default_rng(seed).choice(len(X), size=n, replace=False)
        X, lab = X[idx], lab[idx]
    return X, lab


def patch_groups(patch: tuple[int, int], q: int, side: int = 8) -> tuple[list[np.ndarray],
                                                                          list[str]]:
    """Groups of W (side²×q, pixel-major) made of the pixels of each patch (ph×pw)."""
    ph, pw = patch
    if side % ph or side % pw:
        raise ValueError(f"patch {patch} must tile the {side}×{side} image")
    groups, names = [], []
    for r in range(0, side, ph):
        for c in range(0, side, pw):
            pix = [(r + a) * side + (c + b) for a in range(ph) for b in range(pw)]
            groups.append(np.array([p * q + k for p in pix for k in range(q)]))
            names.append(f"px[{r}:{r + ph},{c}:{c + pw}]")
    return groups, names


def digits_regression(n: int = 200, patch: tuple[int, int] = (4, 4), classes: int = 10,
                      loss: str = "squared", lam_rel: float = 0.02, alpha: float = 0.5,
                      M: float | None = None, k: int | None = None,
                      seed: int = 0) -> GroupPruningProblem:
    """(a): single-layer digits classifier; groups = pixel patches (see module docstring).
    The arguments are checked before the data is loaded."""
    n = whole("n", n, 1, DIGITS)
    patch = _pair("patch", patch, 1, SIDE, divides=SIDE)
    classes = whole("classes", classes, 2, 10)
    if loss not in ("squared", "logistic"):
        raise ValueError(f"loss must be 'squared' or 'logistic', got {loss!r}")
    lam_rel, alpha, k, seed = _common(lam_rel, alpha, k, seed)
    M = None if M is None else real("M", M, 0.0, MAX_ABS, lo_open=True)
    X, lab = load_digits_data(n, seed, classes)
    q = int(lab.max()) + 1
    groups, names = patch_groups(patch, q)
    if loss == "squared":
        Y = np.eye(q)[lab]
        X, Y = X - X.mean(0), Y - Y.mean(0)
        L0 = float((Y ** 2).sum() / (2 * len(X)))
    elif loss == "logistic":
        X = np.hstack([X, np.ones((len(X), 1))])  # the intercept row is free (ungrouped)
        Y = lab
        L0 = float(np.log(q))
    else:
        raise ValueError(f"loss must be 'squared' or 'logistic', got {loss!r}")
    pb = GroupPruningProblem(X, Y, groups, lam=lam_rel * L0, alpha=alpha, M=1.0, k=k,
                             loss=loss, group_names=names,
                             name=f"digits_{loss}_n{n}_p{patch[0]}x{patch[1]}_s{seed}",
                             meta={"kind": "digits_regression", "seed": seed, "n": n,
                                   "patch": list(patch), "lam_rel": lam_rel})
    if M is None:
        M = suggest_big_m(pb, 2.0) if loss == "squared" else 10.0
    return pb.with_params(M=M)


def layer_problem(X_in: np.ndarray, W0: np.ndarray, groups: list[np.ndarray] | None = None,
                  lam_rel: float = 0.02, alpha: float = 0.5, M_scale: float = 1.5,
                  k: int | None = None, name: str = "layer",
                  group_names: list[str] | None = None) -> GroupPruningProblem:
    """(b): reconstruct X_in·W0 (W0 is p×q, inputs × outputs) with W; groups default to rows."""
    X_in = np.asarray(X_in, dtype=np.float64)
    W0 = np.asarray(W0, dtype=np.float64)
    if X_in.shape[1] != W0.shape[0]:
        raise ValueError(f"X_in has {X_in.shape[1]} columns but W0 has {W0.shape[0]} rows")
    p, q = W0.shape
    Y = X_in @ W0
    if groups is None:
        groups = [np.arange(r * q, (r + 1) * q) for r in range(p)]
    L0 = float((Y ** 2).sum() / (2 * len(X_in)))
    M = M_scale * float(np.abs(W0).max())
    return GroupPruningProblem(X_in, Y, groups, lam=lam_rel * L0, alpha=alpha, M=M, k=k,
                               name=name, group_names=group_names,
                               meta={"kind": "layer", "lam_rel": lam_rel, "M_scale": M_scale,
                                     "W0": W0.tolist()})


def _train(model, X, lab, epochs: int, seed: int):
    import torch

    torch.manual_seed(seed)
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    Xt = torch.as_tensor(X, dtype=torch.float32)
    yt = torch.as_tensor(lab, dtype=torch.long)
    g = torch.Generator().manual_seed(seed)
    for _ in range(epochs):
        for idx in torch.randperm(len(Xt), generator=g).split(64):
            opt.zero_grad()
            torch.nn.functional.cross_entropy(model(Xt[idx]), yt[idx]).backward()
            opt.step()
    with torch.no_grad():
        acc = float((model(Xt).argmax(1) == yt).float().mean())
    return model, acc


def trained_mlp(hidden: tuple[int, int] = (16, 12), epochs: int = 30, seed: int = 0):
    """A 64-h1-h2-10 ReLU MLP trained on digits (a few seconds on CPU); returns (net, acc)."""
    import torch

    torch.manual_seed(seed)
    X, lab = load_digits_data()
    h1, h2 = hidden
    net = torch.nn.Sequential(torch.nn.Linear(64, h1), torch.nn.ReLU(), torch.nn.Linear(h1, h2),
                              torch.nn.ReLU(), torch.nn.Linear(h2, 10))
    return _train(net, X, lab, epochs, seed)


def mlp_layer_problem(n: int = 300, hidden: tuple[int, int] = (16, 12), epochs: int = 30,
                      lam_rel: float = 0.02, alpha: float = 0.5, M_scale: float = 1.5,
                      k: int | None = None, seed: int = 0) -> GroupPruningProblem:
    """(b) for the MLP's second Linear layer: groups = its h1 input units (hidden neurons).
    The arguments are checked before the network is trained."""
    import torch

    n = whole("n", n, 1, DIGITS)
    hidden = _pair("hidden", hidden, 1, MAX_HIDDEN)
    epochs = whole("epochs", epochs, 0, MAX_EPOCHS)
    lam_rel, alpha, k, seed = _common(lam_rel, alpha, k, seed)
    M_scale = real("M_scale", M_scale, 0.0, MAX_ABS, lo_open=True)
    check_sizes(n, hidden[0], hidden[1])

    net, acc = trained_mlp(hidden, epochs, seed)
    X, _ = load_digits_data(n, seed)
    with torch.no_grad():
        A = net[1](net[0](torch.as_tensor(X, dtype=torch.float32))).double().numpy()
    W0 = net[2].weight.detach().double().numpy().T  # (h1 inputs) × (h2 outputs)
    pb = layer_problem(A, W0, lam_rel=lam_rel, alpha=alpha, M_scale=M_scale, k=k,
                       name=f"mlp{hidden[0]}x{hidden[1]}_layer2_n{n}_s{seed}",
                       group_names=[f"unit{u}" for u in range(hidden[0])])
    pb.meta.update(kind="mlp_layer", train_accuracy=acc, seed=seed)
    return pb


def trained_cnn(channels: int = 6, epochs: int = 15, seed: int = 0):
    """conv(1→c,3×3) ReLU conv(c→c,3×3) ReLU, global pool, linear: digits 8×8; (net, acc)."""
    import torch

    torch.manual_seed(seed)
    X, lab = load_digits_data()
    c = channels
    net = torch.nn.Sequential(torch.nn.Unflatten(1, (1, 8, 8)),
                              torch.nn.Conv2d(1, c, 3, padding=1), torch.nn.ReLU(),
                              torch.nn.Conv2d(c, c, 3, padding=1), torch.nn.ReLU(),
                              torch.nn.AdaptiveAvgPool2d(1), torch.nn.Flatten(),
                              torch.nn.Linear(c, 10))
    return _train(net, X, lab, epochs, seed)


def cnn_layer_problem(n_patches: int = 400, channels: int = 6, epochs: int = 15,
                      lam_rel: float = 0.02, alpha: float = 0.5, M_scale: float = 1.5,
                      k: int | None = None, seed: int = 0) -> GroupPruningProblem:
    """(b) for the second conv: rows of X are unfolded 3×3 patches of its c input channels,
    W is (c·9)×c, a group = one input channel (9 rows of W). The arguments are checked
    before the network is trained."""
    import torch

    n_patches = whole("n_patches", n_patches, 1, DIGITS * SIDE * SIDE)
    channels = whole("channels", channels, 1, MAX_CHANNELS)
    epochs = whole("epochs", epochs, 0, MAX_EPOCHS)
    lam_rel, alpha, k, seed = _common(lam_rel, alpha, k, seed)
    M_scale = real("M_scale", M_scale, 0.0, MAX_ABS, lo_open=True)
    check_sizes(n_patches, 9 * channels, channels)

    net, acc = trained_cnn(channels, epochs, seed)
    X, _ = load_digits_data(None, seed)
    with torch.no_grad():
        A = net[2](net[1](net[0](torch.as_tensor(X, dtype=torch.float32))))  # (N, c, 8, 8)
        cols = torch.nn.functional.unfold(A, 3, padding=1)  # (N, c·9, 64)
    P = cols.permute(0, 2, 1).reshape(-1, channels * 9).double().numpy()
    rng = np.random.default_rng(seed)
    P = P[rng.choice(len(P), size=min(n_patches, len(P)), replace=False)]
    W0 = net[3].weight.detach().double().numpy().reshape(channels, channels * 9).T
    q = channels
    groups = [np.array([(ch * 9 + t) * q + o for t in range(9) for o in range(q)])
              for ch in range(channels)]
    pb = layer_problem(P, W0, groups, lam_rel=lam_rel, alpha=alpha, M_scale=M_scale, k=k,
                       name=f"cnn{channels}_conv2_n{n_patches}_s{seed}",
                       group_names=[f"channel{ch}" for ch in range(channels)])
    pb.meta.update(kind="cnn_layer", train_accuracy=acc, seed=seed)
    return pb
