import numpy as np

rng = np.random.default_rng(2)
CASES = [
    {"name": "two samples", "visible": True, "inputs": {"logits": np.array([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]]), "targets": np.array([0, 2])}},
    {"name": "batch of 8, 5 classes", "inputs": {"logits": rng.normal(size=(8, 5)), "targets": rng.integers(0, 5, size=8)}},
    {"name": "huge logits", "inputs": {"logits": np.array([[1000.0, 0.0], [0.0, 1000.0]]), "targets": np.array([1, 1])}},
    {"name": "ignore_index rows are skipped", "visible": True, "inputs": {"logits": rng.normal(size=(4, 3)), "targets": np.array([1, -100, 2, -100])}},
    {"name": "every row ignored", "inputs": {"logits": rng.normal(size=(2, 3)), "targets": np.array([-1, -1]), "ignore_index": -1}},
]


def independent(fn):
    z = rng.normal(size=(6, 4)); t = rng.integers(0, 4, 6)
    p = np.exp(z) / np.exp(z).sum(1, keepdims=True)
    assert np.isclose(fn(z, t), -np.log(p[np.arange(6), t]).mean())
