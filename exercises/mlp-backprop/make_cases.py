import numpy as np

rng = np.random.default_rng(6)
def params(n, d, h, k):
    return {"x": rng.normal(size=(n, d)), "w1": rng.normal(size=(d, h)) * 0.5, "b1": rng.normal(size=h) * 0.1,
            "w2": rng.normal(size=(h, k)) * 0.5, "b2": rng.normal(size=k) * 0.1, "y": rng.normal(size=(n, k))}
CASES = [
    {"name": "N=2, D=3, H=4, K=1", "visible": True, "inputs": params(2, 3, 4, 1)},
    {"name": "N=8, D=5, H=6, K=3", "inputs": params(8, 5, 6, 3)},
    {"name": "N=1", "inputs": params(1, 4, 3, 2)},
    {"name": "wide hidden layer", "inputs": params(4, 3, 16, 2)},
]


def independent(fn):
    p = params(3, 4, 5, 2)
    g = fn(**p)
    for name in ("w1", "b1", "w2", "b2"):
        num = np.zeros_like(p[name])
        for i in np.ndindex(p[name].shape):
            for sign in (1, -1):
                q = {k: v.copy() for k, v in p.items()}
                q[name][i] += sign * 1e-6
                num[i] += sign * fn(**q)["loss"] / 2e-6
        assert np.allclose(num, g["d" + name], atol=1e-6), name
