import numpy as np

rng = np.random.default_rng(28)
CASES = [
    {"name": "2:4 on one row", "visible": True, "inputs": {"w": np.array([[0.1, -0.9, 0.5, 0.2, 1.0, 0.0, -0.3, 0.4]]), "mode": "2:4"}},
    {"name": "magnitude 50%", "visible": True, "inputs": {"w": np.array([[0.1, -0.9], [0.5, 0.2]]), "mode": "magnitude"}},
    {"name": "magnitude 75% on 6×8", "inputs": {"w": rng.normal(size=(6, 8)), "mode": "magnitude", "sparsity": 0.75}},
    {"name": "2:4 on 4×16", "inputs": {"w": rng.normal(size=(4, 16)), "mode": "2:4"}},
    {"name": "ties", "inputs": {"w": np.array([[1.0, -1.0, 1.0, -1.0], [0.0, 0.0, 0.0, 0.0]]), "mode": "2:4"}},
    {"name": "magnitude ties prune the lower index", "inputs": {"w": np.array([0.5, -0.5, 0.5, 2.0, -0.5]), "mode": "magnitude", "sparsity": 0.4}},
]
ATOL = 0
RTOL = 0
