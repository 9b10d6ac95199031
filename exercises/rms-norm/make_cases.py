import numpy as np

rng = np.random.default_rng(11)
CASES = [
    {"name": "one row", "visible": True, "inputs": {"x": np.array([[3.0, 4.0]]), "weight": np.ones(2)}},
    {"name": "mean is not subtracted", "inputs": {"x": rng.normal(size=(3, 5)) + 10, "weight": rng.normal(size=5)}},
    {"name": "zero row", "inputs": {"x": np.zeros((1, 4)), "weight": np.ones(4)}},
    {"name": "3-d input, eps=1e-5", "inputs": {"x": rng.normal(size=(2, 4, 8)), "weight": rng.normal(size=8), "eps": 1e-5}},
]
