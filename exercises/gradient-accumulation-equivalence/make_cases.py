import numpy as np

rng = np.random.default_rng(23)
def case(n, d, mb): return {"x": rng.normal(size=(n, d)), "y": rng.normal(size=n), "w": rng.normal(size=d), "micro_batch_size": mb}
CASES = [
    {"name": "4 samples in 2 micro-batches", "visible": True, "inputs": case(4, 2, 2)},
    {"name": "uneven last micro-batch (10 = 4+4+2)", "visible": True, "inputs": case(10, 3, 4)},
    {"name": "micro-batch of 1", "inputs": case(5, 3, 1)},
    {"name": "one micro-batch holds everything", "inputs": case(6, 4, 16)},
    {"name": "7 = 3+3+1", "inputs": case(7, 5, 3)},
]


def independent(fn):
    p = case(10, 3, 4)
    full = 2 / 10 * p["x"].T @ (p["x"] @ p["w"] - p["y"])
    assert np.allclose(fn(**p), full)
