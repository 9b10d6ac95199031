import numpy as np

rng = np.random.default_rng(27)
w = rng.normal(size=(4, 8))
w[2, 5] = 40.0
CASES = [
    {"name": "2×3", "visible": True, "inputs": {"w": np.array([[0.5, -1.0, 0.25], [2.0, 0.0, -0.01]])}},
    {"name": "an outlier only affects its row", "inputs": {"w": w}},
    {"name": "all-zero row", "inputs": {"w": np.array([[0.0, 0.0], [1.0, -3.0]])}},
    {"name": "ties round half to even", "inputs": {"w": np.array([[127.0, 0.5, 1.5, 2.5, -2.5]])}},
]
ATOL = 1e-12
