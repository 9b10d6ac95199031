import numpy as np

rng = np.random.default_rng(4)
CASES = [
    {"name": "a few points, exact", "visible": True, "inputs": {"x": np.array([-3.0, -1.0, 0.0, 1.0, 3.0])}},
    {"name": "a few points, tanh", "visible": True, "inputs": {"x": np.array([-3.0, -1.0, 0.0, 1.0, 3.0]), "approximate": "tanh"}},
    {"name": "matrix, exact", "inputs": {"x": rng.normal(size=(4, 5)) * 3}},
    {"name": "matrix, tanh", "inputs": {"x": rng.normal(size=(4, 5)) * 3, "approximate": "tanh"}},
    {"name": "exact and tanh differ here", "inputs": {"x": np.array([-2.5, -1.7, 2.2])}, "atol": 1e-9, "rtol": 1e-9},
]


def independent(fn):
    try:
        import torch
    except ImportError:
        return
    x = rng.normal(size=50) * 3
    assert np.allclose(fn(x), torch.nn.functional.gelu(torch.tensor(x)).numpy())
    assert np.allclose(fn(x, 'tanh'), torch.nn.functional.gelu(torch.tensor(x), approximate='tanh').numpy())
