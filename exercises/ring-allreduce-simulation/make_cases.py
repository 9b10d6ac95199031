import numpy as np

rng = np.random.default_rng(24)
CASES = [
    {"name": "3 ranks, 6 elements", "visible": True, "inputs": {"buffers": np.arange(18, dtype=np.float64).reshape(3, 6)}},
    {"name": "4 ranks, 10 elements (uneven chunks)", "inputs": {"buffers": rng.normal(size=(4, 10))}},
    {"name": "2 ranks", "inputs": {"buffers": rng.normal(size=(2, 5))}},
    {"name": "8 ranks, 64 elements", "inputs": {"buffers": rng.normal(size=(8, 64))}},
    {"name": "1 rank: nothing to send", "inputs": {"buffers": rng.normal(size=(1, 4))}},
]


def independent(fn):
    b = rng.normal(size=(5, 13))
    out = fn(b)
    assert np.allclose(out["result"], np.tile(b.sum(0), (5, 1))) and out["steps"] == 8
