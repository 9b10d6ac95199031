import numpy as np

rng = np.random.default_rng(26)
def case(T, done_at=(), **kw):
    d = np.zeros(T); d[list(done_at)] = 1
    lo = -rng.random(T)
    return {"rewards": rng.normal(size=T), "values": rng.normal(size=T + 1), "dones": d, "logp_new": lo + rng.normal(size=T) * 0.3, "logp_old": lo, **kw}
CASES = [
    {"name": "3 steps, no episode end", "visible": True, "inputs": {"rewards": np.array([1.0, 0.0, 1.0]), "values": np.array([0.5, 0.4, 0.3, 0.2]), "dones": np.zeros(3), "logp_new": np.log(np.array([0.5, 0.3, 0.6])), "logp_old": np.log(np.array([0.4, 0.4, 0.4]))}},
    {"name": "episode ends in the middle", "inputs": case(8, done_at=(3,))},
    {"name": "ends at the last step", "inputs": case(5, done_at=(4,), gamma=0.9, lam=0.8)},
    {"name": "big ratios are clipped", "inputs": {**case(6), "logp_new": np.zeros(6), "logp_old": np.full(6, -2.0), "clip_eps": 0.1}},
    {"name": "lam = 1 is Monte Carlo minus V", "inputs": case(6, lam=1.0)},
]
