import numpy as np

rng = np.random.default_rng(12)
CASES = [
    {"name": "two tokens, no mask", "visible": True, "inputs": {"q": np.array([[1.0, 0.0], [0.0, 1.0]]), "k": np.array([[1.0, 0.0], [0.0, 1.0]]), "v": np.array([[1.0, 2.0], [3.0, 4.0]])}},
    {"name": "causal", "visible": True, "inputs": {"q": rng.normal(size=(4, 8)), "k": rng.normal(size=(4, 8)), "v": rng.normal(size=(4, 3)), "causal": True}},
    {"name": "padding mask (batch)", "inputs": {"q": rng.normal(size=(2, 3, 4)), "k": rng.normal(size=(2, 5, 4)), "v": rng.normal(size=(2, 5, 6)), "mask": np.array([[[True, True, True, False, False]], [[True, True, True, True, True]]])}},
    {"name": "causal and padding together", "inputs": {"q": rng.normal(size=(1, 2, 4, 4)), "k": rng.normal(size=(1, 2, 4, 4)), "v": rng.normal(size=(1, 2, 4, 4)), "causal": True, "mask": np.array([False, True, True, True])}},
    {"name": "large scores", "inputs": {"q": rng.normal(size=(3, 4)) * 100, "k": rng.normal(size=(3, 4)) * 100, "v": rng.normal(size=(3, 2))}},
]


def independent(fn):
    try:
        import torch
    except ImportError:
        return
    q, k, v = (rng.normal(size=(2, 5, 8)) for _ in range(3))
    s = torch.tensor(q) @ torch.tensor(k).transpose(-1, -2) / np.sqrt(8) + torch.triu(torch.full((5, 5), -float('inf'), dtype=torch.float64), 1)
    ref = (torch.softmax(s, -1) @ torch.tensor(v)).numpy()
    assert np.allclose(fn(q, k, v, causal=True), ref)
