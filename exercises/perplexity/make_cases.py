import numpy as np

rng = np.random.default_rng(33)
CASES = [
    {"name": "uniform model over 4 tokens", "visible": True, "inputs": {"logits": np.zeros((3, 4)), "targets": np.array([0, 1, 2])}},
    {"name": "random logits", "inputs": {"logits": rng.normal(size=(8, 6)), "targets": rng.integers(0, 6, 8)}},
    {"name": "mask out padding", "visible": True, "inputs": {"logits": rng.normal(size=(5, 4)), "targets": np.array([1, 2, 3, 0, 0]), "mask": np.array([1, 1, 1, 0, 0])}},
    {"name": "confident large logits", "inputs": {"logits": np.array([[500.0, 0.0], [0.0, 500.0]]), "targets": np.array([0, 1])}},
    {"name": "logits near 1000: exp overflows without the max shift", "inputs": {"logits": np.array([[1000.0, 999.0, 0.0], [0.0, 1000.0, 998.0]]), "targets": np.array([1, 2])}},
]


def independent(fn):
    # NLLs 1 + log(1 + e^-1) and 2 + log(1 + e^-2), worked by hand (e^-999 and e^-1000 vanish)
    got = fn(np.array([[1000.0, 999.0, 0.0], [0.0, 1000.0, 998.0]]), np.array([1, 2]))
    assert np.isclose(got, np.exp((1 + np.log1p(np.exp(-1)) + 2 + np.log1p(np.exp(-2))) / 2))
