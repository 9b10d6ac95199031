import numpy as np

rng = np.random.default_rng(1)
CASES = [
    {"name": "one row", "visible": True, "inputs": {"x": np.array([1.0, 2.0, 3.0])}},
    {"name": "batch", "inputs": {"x": rng.normal(size=(3, 8))}},
    {"name": "far-apart logits stay finite", "visible": True, "inputs": {"x": np.array([0.0, 1000.0])}},
    {"name": "axis=0", "inputs": {"x": rng.normal(size=(4, 2)) * 50, "axis": 0}},
    {"name": "all equal", "inputs": {"x": np.zeros((2, 4))}},
]


def independent(fn):
    x = rng.normal(size=(3, 5))
    assert np.allclose(fn(x), np.log(np.exp(x) / np.exp(x).sum(-1, keepdims=True)))
