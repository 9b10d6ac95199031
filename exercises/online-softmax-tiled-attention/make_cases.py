import numpy as np

rng = np.random.default_rng(17)
def case(lq, lk, d, b, scale=1.0): return {"q": rng.normal(size=(lq, d)) * scale, "k": rng.normal(size=(lk, d)) * scale, "v": rng.normal(size=(lk, d)), "block_size": b}
CASES = [
    {"name": "4 keys in blocks of 2", "visible": True, "inputs": case(2, 4, 2, 2)},
    {"name": "uneven last block", "inputs": case(5, 11, 4, 4)},
    {"name": "block larger than the sequence", "inputs": case(3, 3, 4, 8)},
    {"name": "block size 1", "inputs": case(4, 6, 8, 1)},
    {"name": "large scores stay finite", "inputs": case(3, 9, 4, 3, scale=30.0)},
]


def independent(fn):
    p = case(4, 10, 4, 3)
    s = p["q"] @ p["k"].T / 2.0
    w = np.exp(s - s.max(1, keepdims=True)); w /= w.sum(1, keepdims=True)
    out, lse = fn(**p)
    assert np.allclose(out, w @ p["v"]) and np.allclose(lse, np.log(np.exp(s).sum(1)))
