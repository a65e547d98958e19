"""Integrating the projected ODE: exactly (solve_ivp with face events) and in bulk (RK4).

`integrate_ivp` is the reference for one start: scipy.integrate.solve_ivp (DOP853) on
the free flow with terminal events at θ = 0 and θ = 1; on a face θ is pinned and a
second event watches the unprojected θ̇ = r·g(p) change sign, which releases it:

    free:     ẋ = f(x)                      until θ hits 0 or 1
    pinned:   ẋ = f(x) with θ̇ := 0          until g(p) turns inward, then free again

`integrate_grid` pushes a whole grid of starts at once through a projected fixed-step
RK4 (θ clipped to [0, 1] at every stage), retiring each point as soon as the face
dynamics seal its fate (Model.absorbed). Speed: a 200×200 unit-model map in about 1 s
on a 2-core CPU (numbers in benchmarks/bench_ode.py); its outcomes agree with
integrate_ivp on sampled points (tests/dynamics/test_integrate.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from scipy.integrate import solve_ivp

from spruce.dynamics.models import Model
from spruce.dynamics.theory import UNKNOWN


@dataclass
class Trajectory:
    """One solve_ivp trajectory: times t (N,), states x (N, dim), face events, outcome."""

    t: np.ndarray
    x: np.ndarray
    outcome: int
    events: list[tuple[float, str]] = field(default_factory=list)


def _g(model: Model, x: np.ndarray) -> float:
    return float(model.field(np.asarray(x, float))[..., -1])


def integrate_ivp(model: Model, x0, t_max: float = 200.0, rtol: float = 1e-9,
                  atol: float = 1e-11, max_segments: int = 100,
                  max_step: float = np.inf) -> Trajectory:
    """Projected flow from x0 by solve_ivp with events at the faces θ = 0 and θ = 1.

    max_step bounds solve_ivp's step (use it when the path will be interpolated).
    """
    x = np.array(x0, dtype=float)
    if x.shape != (model.dim,):
        raise ValueError(f"x0 must have {model.dim} entries for the {model.kind} model, "
                         f"got shape {x.shape}")
    if not 0.0 <= x[-1] <= 1.0:
        raise ValueError(f"theta0 must lie in [0, 1], got {x[-1]!r}")
    ts, xs, events = [np.array([0.0])], [x[None, :]], []
    t = 0.0

    def mode_of(state: np.ndarray) -> str:
        g = _g(model, state)
        if state[-1] <= 0.0 and g < 0:
            return "low"
        if state[-1] >= 1.0 and g > 0:
            return "high"
        return "free"

    def rhs_free(_t, y):
        return model.field(y)

    def rhs_pinned(_t, y):
        f = model.field(y)
        f[-1] = 0.0
        return f

    def hit_low(_t, y):
        return y[-1]

    def hit_high(_t, y):
        return y[-1] - 1.0

    def release(_t, y):
        return _g(model, y)

    hit_low.terminal = hit_high.terminal = release.terminal = True
    hit_low.direction, hit_high.direction = -1, 1

    for _ in range(max_segments):
        if t >= t_max:
            break
        mode = mode_of(x)
        if mode == "free":
            sol = solve_ivp(rhs_free, (t, t_max), x, method="DOP853", rtol=rtol, atol=atol,
                            events=(hit_low, hit_high), max_step=max_step)
        else:
            release.direction = 1 if mode == "low" else -1
            sol = solve_ivp(rhs_pinned, (t, t_max), x, method="DOP853", rtol=rtol, atol=atol,
                            events=(release,), max_step=max_step)
        ts.append(sol.t[1:])
        xs.append(sol.y.T[1:])
        t, x = float(sol.t[-1]), sol.y[:, -1].copy()
        if sol.status == 1:  # an event stopped it: snap θ onto the face it reached
            if mode == "free":
                x[-1] = 0.0 if sol.t_events[0].size else 1.0
                events.append((t, "theta=0" if x[-1] == 0.0 else "theta=1"))
            else:
                events.append((t, f"leave theta={int(x[-1])}"))
        elif sol.status < 0:
            raise RuntimeError(f"solve_ivp failed: {sol.message}")
    t_all, x_all = np.concatenate(ts), np.concatenate(xs)
    x_all[:, -1] = np.clip(x_all[:, -1], 0.0, 1.0)
    outcome = int(model.absorbed(x_all[-1]))
    return Trajectory(t=t_all, x=x_all, outcome=outcome, events=events)


@dataclass
class GridResult:
    """Outcome per start (KEPT=1, PRUNED=0, UNKNOWN=−1 if undecided at t_max), the time
    it was sealed (inf if never), the final states, the RK4 steps taken and the step(s)."""

    outcome: np.ndarray
    t_sealed: np.ndarray
    x_final: np.ndarray
    steps: int
    dt: np.ndarray


def default_dt(model: Model, prm: dict | None = None) -> np.ndarray:
    """RK4 step: θ moves ≤ 0.05 per step, weights ≤ 0.05 of their relaxation time, and
    dt·√r·a ≤ 0.2 (unit) or 0.1 (layer) for the w–θ coupling (eigenvalues ≲ √r·a)."""
    r = np.asarray(model._get("ratio", prm), dtype=float)
    a = np.asarray(model._get("a", prm), dtype=float)
    lam = np.asarray(model._get("lam", prm), dtype=float)
    g_max = np.asarray(model._get("gamma", prm), dtype=float) + a**2 / 2
    w_rate = (1.0 + lam) if model.kind == "unit" else (2 * a + lam)
    coupling = (0.2 if model.kind == "unit" else 0.1) / (a * np.sqrt(r))
    return np.minimum(np.minimum(np.minimum(0.05 / w_rate, 0.05), 0.05 / (r * g_max)),
                      coupling)


def _clip(x: np.ndarray) -> np.ndarray:
    np.clip(x[:, -1], 0.0, 1.0, out=x[:, -1])
    return x


def integrate_grid(model: Model, x0: np.ndarray, t_max: float = 400.0, dt=None,
                   ratios=None, params: dict | None = None, check_every: int = 10,
                   progress: bool = False) -> GridResult:
    """Projected RK4 on many starts x0 (shape (..., dim)) at once; see module docstring.

    params (optional) maps any of a, gamma, lam, ratio to arrays of shape x0.shape[:-1]
    (or broadcasting to it): each start gets its own model values; `ratios` is shorthand
    for params["ratio"]. Each start gets its own step dt (default: default_dt) and runs
    to its own τ = t_max.
    """
    x0 = np.asarray(x0, dtype=float)
    if x0.shape[-1] != model.dim:
        raise ValueError(f"x0 must end in a dimension of {model.dim} for the {model.kind} model, "
                         f"got shape {x0.shape}")
    if not t_max > 0:
        raise ValueError(f"t_max must be > 0, got {t_max!r}")
    shape = x0.shape[:-1]
    x = _clip(x0.reshape(-1, model.dim).copy())
    n = x.shape[0]
    prm = dict(params or {})
    if ratios is not None:
        prm["ratio"] = ratios
    unknown = set(prm) - {"a", "gamma", "lam", "ratio"}
    if unknown:
        raise ValueError(f"params may hold a, gamma, lam, ratio; got {sorted(unknown)}")
    prm = {k: np.broadcast_to(np.asarray(v, float), shape).reshape(-1).copy()
           for k, v in prm.items()}
    for k, low in (("a", 0.0), ("gamma", 0.0), ("ratio", 0.0)):
        if k in prm and not np.all(prm[k] > low):
            raise ValueError(f"params[{k!r}] must all be > {low}")
    if "lam" in prm and not np.all(prm["lam"] >= 0):
        raise ValueError("params['lam'] must all be >= 0")
    dt_all = default_dt(model, prm or None) if dt is None else np.asarray(dt, float)
    dt_all = np.broadcast_to(dt_all, (n,)).astype(float)
    if not np.all(dt_all > 0):
        raise ValueError(f"dt must be > 0, got {dt!r}")
    n_steps = np.ceil(t_max / dt_all)
    dt_all = t_max / n_steps  # land exactly on t_max
    outcome = np.full(n, UNKNOWN, dtype=np.int8)
    t_sealed = np.full(n, np.inf)
    x_final = x.copy()
    active = np.arange(n)
    h = dt_all[:, None].copy()
    pa = {k: v.copy() for k, v in prm.items()} or None
    bar = None
    total = int(n_steps.max())
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=total, desc=f"RK4 {model.kind} grid", unit="step", leave=False)
    ends = set(np.unique(n_steps).astype(int).tolist())  # steps at which some start ends
    step = 0
    for step in range(1, total + 1):
        k1 = model.projected(x, pa)
        k2 = model.projected(_clip(x + 0.5 * h * k1), pa)
        k3 = model.projected(_clip(x + 0.5 * h * k2), pa)
        k4 = model.projected(_clip(x + h * k3), pa)
        x = _clip(x + (h / 6.0) * (k1 + 2 * k2 + 2 * k3 + k4))
        if step % check_every == 0 or step == total or step in ends:
            sealed = model.absorbed(x, pa)
            done = sealed != UNKNOWN
            t_now = step * h[:, 0]
            out_of_time = step >= n_steps[active]
            idx = active[done]
            outcome[idx] = sealed[done]
            t_sealed[idx] = t_now[done]
            retire = done | out_of_time
            x_final[active[retire]] = x[retire]
            keep = ~retire
            active, x, h = active[keep], x[keep], h[keep]
            if pa is not None:
                pa = {k: v[keep] for k, v in pa.items()}
            if bar is not None:
                bar.update(check_every)
            if active.size == 0:
                break
    if bar is not None:
        bar.close()
    x_final[active] = x
    return GridResult(outcome=outcome.reshape(shape), t_sealed=t_sealed.reshape(shape),
                      x_final=x_final.reshape(*shape, model.dim), steps=step,
                      dt=dt_all.reshape(shape))


def separatrix(model: Model, t_back: float = 60.0, x_max: float = 3.0) -> list[np.ndarray]:
    """Stable manifold of the interior saddle, in (w, θ) (unit) or (s = v = w, θ) (layer).

    Integrates the reversed free flow (solve_ivp) from the saddle ± 1e-7 along the stable
    eigenvector of the 2-D field (the balanced plane for a layer) until it leaves
    0 ≤ x ≤ x_max, 0 ≤ θ ≤ 1. Returns the two branches as (N, 2) arrays; [] if no saddle.
    """
    p_s, th_s = model.saddle()
    if not (np.isfinite(p_s) and 0 < th_s < 1):
        return []

    def f2(_t, y):
        s, th = y
        if model.kind == "unit":
            return model.field(np.array([s, th]))
        return model.field(np.array([s, s, th]))[1:]

    x_s = p_s if model.kind == "unit" else np.sqrt(p_s)
    y_s = np.array([x_s, th_s])
    eps = 1e-7
    jac = np.column_stack([(np.asarray(f2(0, y_s + eps * e)) - np.asarray(f2(0, y_s - eps * e)))
                           / (2 * eps) for e in np.eye(2)])
    vals, vecs = np.linalg.eig(jac)
    stable = vecs[:, int(np.argmin(vals.real))].real

    def leave(_t, y):
        return min(y[0], x_max - y[0], y[1], 1.0 - y[1]) + 1e-9

    leave.terminal = True
    branches = []
    for sign in (1.0, -1.0):
        sol = solve_ivp(lambda t, y: -np.asarray(f2(t, y)), (0.0, t_back),
                        y_s + sign * 1e-7 * stable, events=leave, rtol=1e-9, atol=1e-12,
                        max_step=0.05)
        branches.append(sol.y.T)
    return branches
