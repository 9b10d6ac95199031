import numpy as np

rng = np.random.default_rng(33)
CASES = [
    {"name": "uniform model over 4 tokens", "visible": True, "inputs": {"logits": np.zeros((3, 4)), "targets": np.array([0, 1, 2])}},
    {"name": "random logits", "inputs": {"logits": rng.normal(size=(8, 6)), "targets": rng.integers(0, 6, 8)}},
    {"name": "mask out padding", "visible": True, "inputs": {"logits": rng.normal(size=(5, 4)), "targets": np.array([1, 2, 3, 0, 0]), "mask": np.array([1, 1, 1, 0, 0])}},
    {"name": "confident large logits", "inputs": {"logits": np.array([[500.0, 0.0], [0.0, 500.0]]), "targets": np.array([0, 1])}},
]
