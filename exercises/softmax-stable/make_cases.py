import numpy as np

rng = np.random.default_rng(0)
CASES = [
    {"name": "one row", "visible": True, "inputs": {"x": np.array([1.0, 2.0, 3.0])}},
    {"name": "batch along the last axis", "visible": True, "inputs": {"x": rng.normal(size=(4, 6))}},
    {"name": "large logits do not overflow", "inputs": {"x": np.array([[1000.0, 1001.0, 1002.0], [-1000.0, -1000.0, -1000.0]])}},
    {"name": "axis=0", "inputs": {"x": rng.normal(size=(5, 3)), "axis": 0}},
    {"name": "masked entry (-inf)", "inputs": {"x": np.array([0.5, -np.inf, 1.5, 0.0])}},
    {"name": "3-d input", "inputs": {"x": rng.normal(size=(2, 3, 7)) * 10}},
]


def independent(fn):
    x = rng.normal(size=(3, 5))
    ref = np.exp(x) / np.exp(x).sum(-1, keepdims=True)
    assert np.allclose(fn(x), ref)
