import numpy as np

rng = np.random.default_rng(11)
CASES = [
    {"name": "one row", "visible": True, "inputs": {"x": np.array([[3.0, 4.0]]), "weight": np.ones(2)}},
    {"name": "mean is not subtracted", "inputs": {"x": rng.normal(size=(3, 5)) + 10, "weight": rng.normal(size=5)}},
    {"name": "zero row", "inputs": {"x": np.zeros((1, 4)), "weight": np.ones(4)}},
    {"name": "tiny values: eps goes inside the square root", "inputs": {"x": 1e-3 * rng.normal(size=(2, 5)), "weight": np.ones(5)}},
    {"name": "3-d input, eps=1e-5", "inputs": {"x": rng.normal(size=(2, 4, 8)), "weight": rng.normal(size=8), "eps": 1e-5}},
]


def independent(fn):
    # mean square 2e-6 with eps 1e-6: x / sqrt(3e-6), worked by hand
    assert np.allclose(fn(np.array([[1e-3, -1e-3, 1e-3, -1e-3]]) * np.sqrt(2), np.ones(4)), np.array([[1, -1, 1, -1]]) * np.sqrt(2) * 1e-3 / np.sqrt(3e-6))
