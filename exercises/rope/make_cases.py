import numpy as np

rng = np.random.default_rng(15)
CASES = [
    {"name": "d=4, positions 0..2", "visible": True, "inputs": {"x": np.ones((3, 4)), "positions": np.arange(3)}},
    {"name": "random, positions 0..7", "inputs": {"x": rng.normal(size=(8, 16)), "positions": np.arange(8)}},
    {"name": "decoding offset (positions 100..103)", "inputs": {"x": rng.normal(size=(4, 8)), "positions": np.arange(100, 104)}},
    {"name": "non-contiguous positions, base 500000", "inputs": {"x": rng.normal(size=(3, 8)), "positions": np.array([5, 0, 4096]), "base": 500000.0}},
]


def independent(fn):
    q = rng.normal(size=(1, 8)); k = rng.normal(size=(1, 8))
    a = fn(q, np.array([7]))[0] @ fn(k, np.array([3]))[0]
    b = fn(q, np.array([14]))[0] @ fn(k, np.array([10]))[0]
    assert np.isclose(a, b)
