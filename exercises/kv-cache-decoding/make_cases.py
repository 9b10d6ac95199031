import numpy as np

rng = np.random.default_rng(16)
def case(T, D, d): return {"x": rng.normal(size=(T, D)), "w_q": rng.normal(size=(D, d)) / np.sqrt(D), "w_k": rng.normal(size=(D, d)) / np.sqrt(D), "w_v": rng.normal(size=(D, d)) / np.sqrt(D)}
CASES = [
    {"name": "3 tokens", "visible": True, "inputs": case(3, 4, 2)},
    {"name": "8 tokens", "inputs": case(8, 8, 4)},
    {"name": "1 token", "inputs": case(1, 4, 4)},
    {"name": "16 tokens", "inputs": case(16, 6, 3)},
]


def independent(fn):
    p = case(6, 4, 3)
    q, k, v = p["x"] @ p["w_q"], p["x"] @ p["w_k"], p["x"] @ p["w_v"]
    s = q @ k.T / np.sqrt(3) + np.triu(np.full((6, 6), -np.inf), 1)
    w = np.exp(s - s.max(1, keepdims=True)); w /= w.sum(1, keepdims=True)
    assert np.allclose(fn(**p)[0], w @ v)
