import numpy as np

rng = np.random.default_rng(10)
CASES = [
    {"name": "one row", "visible": True, "inputs": {"x": np.array([[1.0, 2.0, 3.0, 4.0]]), "gamma": np.ones(4), "beta": np.zeros(4)}},
    {"name": "learned scale and shift", "inputs": {"x": rng.normal(size=(3, 6)) * 5 + 2, "gamma": rng.normal(size=6), "beta": rng.normal(size=6)}},
    {"name": "constant row", "visible": True, "inputs": {"x": np.full((2, 3), 7.0), "gamma": np.ones(3), "beta": np.array([0.5, -0.5, 0.0])}},
    {"name": "tiny variance: eps goes inside the square root", "inputs": {"x": 1.0 + 1e-3 * rng.normal(size=(2, 5)), "gamma": np.ones(5), "beta": np.zeros(5)}},
    {"name": "3-d input, eps=1e-6", "inputs": {"x": rng.normal(size=(2, 3, 8)), "gamma": rng.normal(size=8), "beta": rng.normal(size=8), "eps": 1e-6}},
]


def independent(fn):
    # with var ≈ 1e-6 < eps the output is far from ±1: (x - mu) / sqrt(var + eps), checked by hand on one row
    x = np.array([[1.0, 1.002]])
    assert np.allclose(fn(x, np.ones(2), np.zeros(2)), [[-0.001 / np.sqrt(1e-6 + 1e-5), 0.001 / np.sqrt(1e-6 + 1e-5)]])
    try:
        import torch
    except ImportError:
        return
    x = rng.normal(size=(3, 6)); g = rng.normal(size=6); b = rng.normal(size=6)
    ref = torch.nn.functional.layer_norm(torch.tensor(x), (6,), torch.tensor(g), torch.tensor(b), 1e-5).numpy()
    assert np.allclose(fn(x, g, b), ref)
