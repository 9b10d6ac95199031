import numpy as np

rng = np.random.default_rng(3)
q = rng.normal(size=(6, 16))
CASES = [
    {"name": "2 pairs", "visible": True, "inputs": {"queries": np.array([[1.0, 0.0], [0.0, 1.0]]), "keys": np.array([[1.0, 0.1], [0.2, 1.0]]), "temperature": 0.5}},
    {"name": "random batch", "inputs": {"queries": q, "keys": rng.normal(size=(6, 16))}},
    {"name": "keys close to queries", "visible": True, "inputs": {"queries": q, "keys": q + 0.05 * rng.normal(size=q.shape), "temperature": 0.1}},
    {"name": "unnormalised inputs (scale must not matter)", "inputs": {"queries": q * 30.0, "keys": q * 0.01 + 0.01 * rng.normal(size=q.shape)}},
    {"name": "tiny temperature", "inputs": {"queries": q, "keys": rng.normal(size=(6, 16)), "temperature": 0.001}},
    {"name": "tiny temperature with matching keys: logits near 1000 must not overflow", "inputs": {"queries": q, "keys": q + 0.05 * rng.normal(size=q.shape), "temperature": 0.001}},
]
