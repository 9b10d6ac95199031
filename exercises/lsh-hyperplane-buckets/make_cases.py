import numpy as np

rng = np.random.default_rng(19)
planes = rng.normal(size=(6, 8))
base = rng.normal(size=(1, 8))
CASES = [
    {"name": "2-d, two planes", "visible": True, "inputs": {"x": np.array([[1.0, 1.0], [-1.0, 1.0], [-1.0, -1.0], [1.0, -1.0]]), "planes": np.array([[1.0, 0.0], [0.0, 1.0]])}},
    {"name": "random vectors, 6 planes", "inputs": {"x": rng.normal(size=(10, 8)), "planes": planes}},
    {"name": "near-duplicates share a bucket", "inputs": {"x": np.concatenate([base, base * 3.0, base + 1e-6]), "planes": planes}},
    {"name": "a point on a hyperplane counts as 1", "inputs": {"x": np.array([[0.0, 1.0]]), "planes": np.array([[1.0, 0.0], [0.0, -1.0]])}},
]
ATOL = 0
RTOL = 0
