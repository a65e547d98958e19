"""Random and boundary test points for the SPR checks: float64 vectors W with α and M.

Each sample is W = t·u/‖u‖₂ for a direction u (Gaussian, one nonzero entry, equal
magnitudes, or one spike over small noise) of size n ∈ SIZES, so ‖W‖₂ = t and
‖W‖∞ = q·t with q = ‖u‖∞/‖u‖₂ ∈ [1/√n, 1]. With r = √(α/(1−α)), M and t are then
drawn so that the point lands where its kind says:

    r1   regime 1, inside:   M = (q/r)·U(1.2, 10),  r·t ∈ (1, M·r/q)
    r2   regime 2, inside:   M = (q/r)·U(1.05, 20), r·t = 10^−U(0, 6)
    r3   regime 3, inside:   M = (q/r)·U(0.05, 0.95), q·t/M = 10^−U(0, 6)
    b12  boundary 1|2:       r·t = 1               (with M > q/r)
    b23  boundary 2|3:       M = q/r               (‖W‖∞/M = r‖W‖₂ for every t)
    b13  boundary 1|3:       q·t = M               (‖W‖∞ = M, with M < q/r)
    b123 the corner:         M = q/r and r·t = 1
    zero W = 0
    out  outside the box:    ‖W‖∞ > M  (the MIP is infeasible there; z is still defined)

20,000 samples take about 50 ms on a shared 2-core CPU.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

SIZES = (1, 2, 3, 5, 16, 64)
KINDS = ("r1", "r2", "r3", "b12", "b23", "b13", "b123", "zero", "out")
_WEIGHTS = np.array([0.2, 0.22, 0.22, 0.08, 0.08, 0.08, 0.04, 0.02, 0.06])
FIXED_ALPHAS = (1e-4, 0.01, 0.1, 0.25, 0.5, 0.6, 0.75, 0.9, 0.99)


@dataclass(frozen=True)
class Samples:
    """Per-sample norms of W (‖W‖₂², ‖W‖∞), α, M and how the sample was made."""

    sq: np.ndarray
    inf: np.ndarray
    alpha: np.ndarray
    M: np.ndarray
    size: np.ndarray
    kind: np.ndarray  # one of KINDS
    t: np.ndarray  # ‖W‖₂ as drawn
    q: np.ndarray  # ‖u‖∞/‖u‖₂ of the direction

    def __len__(self) -> int:
        return len(self.sq)

    @property
    def feasible(self) -> np.ndarray:
        """‖W‖∞ ≤ M: the points where the MIP (and so checks (3)) make sense."""
        return self.inf <= self.M

    def subset(self, mask: np.ndarray) -> Samples:
        return Samples(*(getattr(self, f)[mask] for f in self.__dataclass_fields__))


def _directions(rng: np.random.Generator, count: int, n: int) -> np.ndarray:
    """`count` nonzero directions of length n, a quarter of each type."""
    kind = rng.integers(0, 4, count)
    u = rng.standard_normal((count, n))
    rows = np.arange(count)
    pos = rng.integers(0, n, count)
    sign = rng.choice([-1.0, 1.0], count)
    single = kind == 1
    u[single] = 0.0
    u[single, pos[single]] = sign[single]
    equal = kind == 2
    u[equal] = rng.choice([-1.0, 1.0], (int(equal.sum()), n))
    spike = kind == 3
    u[spike] *= 0.1
    u[rows[spike], pos[spike]] = sign[spike]
    return u


def make_samples(count: int = 20000, seed: int = 0, sizes: tuple[int, ...] = SIZES,
                 n_random_alphas: int = 8) -> Samples:
    """`count` samples (every kind present when count ≥ 100), reproducible from `seed`.

    α takes FIXED_ALPHAS plus `n_random_alphas` values drawn from U(0.01, 0.99): few
    distinct values, because spruce.penalties takes α as a scalar.
    """
    if count < 100:
        raise ValueError(f"count must be >= 100 so that every kind of sample appears, got {count}")
    rng = np.random.default_rng(seed)
    alphas = np.concatenate([FIXED_ALPHAS, rng.uniform(0.01, 0.99, n_random_alphas)])
    # every kind at least once, the rest drawn with _WEIGHTS
    kind = np.concatenate([np.arange(len(KINDS)),
                           rng.choice(len(KINDS), count - len(KINDS), p=_WEIGHTS)])
    size = rng.choice(np.asarray(sizes), count)
    alpha = rng.choice(alphas, count)
    r = np.sqrt(alpha / (1.0 - alpha))

    blocks: list[tuple[np.ndarray, np.ndarray]] = []  # (sample indices, unit directions)
    q = np.empty(count)
    for n in np.unique(size):
        idx = np.flatnonzero(size == n)
        u = _directions(rng, len(idx), int(n))
        u /= np.linalg.norm(u, axis=1, keepdims=True)
        q[idx] = np.abs(u).max(1)
        blocks.append((idx, u))

    U = rng.uniform
    decades = rng.uniform(0.001, 6.0, count)
    knee = q / r  # M at which regimes 2 and 3 meet
    M = np.empty(count)
    t = np.empty(count)
    name = np.asarray(KINDS)[kind]
    for k, label in enumerate(KINDS):
        m = kind == k
        c = int(m.sum())
        if c == 0:
            continue
        kn, rr, qq = knee[m], r[m], q[m]
        if label == "r1":
            M[m] = kn * U(1.2, 10.0, c)
            t[m] = U(1.0, M[m] * rr / qq, c) / rr
        elif label == "r2":
            M[m] = kn * U(1.05, 20.0, c)
            t[m] = 10.0 ** -decades[m] / rr
        elif label == "r3":
            M[m] = kn * U(0.05, 0.95, c)
            t[m] = 10.0 ** -decades[m] * M[m] / qq
        elif label == "b12":
            M[m] = kn * U(1.2, 10.0, c)
            t[m] = 1.0 / rr
        elif label == "b23":
            M[m] = kn
            t[m] = 10.0 ** -(decades[m] * 4 / 6) / rr
        elif label == "b13":
            M[m] = kn * U(0.05, 0.95, c)
            t[m] = M[m] / qq
        elif label == "b123":
            M[m] = kn
            t[m] = 1.0 / rr
        elif label == "zero":
            M[m] = 10.0 ** U(-2.0, 2.0, c)
            t[m] = 0.0
        else:  # "out"
            M[m] = kn * U(0.05, 10.0, c)
            t[m] = U(1.05, 3.0, c) * M[m] / qq
    sq = np.empty(count)
    inf = np.empty(count)
    for idx, u in blocks:  # the norms of the actual float64 vectors W
        W = t[idx, None] * u
        sq[idx] = np.einsum("ij,ij->i", W, W)
        inf[idx] = np.abs(W).max(1)
    on_box = np.isin(name, ("b13", "b123"))
    M[on_box] = inf[on_box]  # ‖W‖∞ = M exactly in float64, not just up to rounding
    return Samples(sq=sq, inf=inf, alpha=alpha, M=M, size=size, kind=name, t=t, q=q)
