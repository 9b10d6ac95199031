import numpy as np

rng = np.random.default_rng(7)
def state(*shape, t=1, **kw):
    return {"param": rng.normal(size=shape), "grad": rng.normal(size=shape), "m": rng.normal(size=shape) * 0.1 * (t > 1),
            "v": np.abs(rng.normal(size=shape)) * 0.01 * (t > 1), "t": t, **kw}
CASES = [
    {"name": "first step", "visible": True, "inputs": state(3, t=1, lr=0.1)},
    {"name": "step 10 with state", "inputs": state(4, 3, t=10, lr=1e-3)},
    {"name": "custom betas", "inputs": state(5, t=3, lr=0.01, beta1=0.8, beta2=0.95)},
    {"name": "tiny gradients: eps is added outside the square root", "inputs": {**state(4, t=1, lr=0.1), "grad": np.array([1e-5, -2e-5, 5e-6, -1e-6])}},
    {"name": "zero gradient", "inputs": {**state(2, 2, t=5, lr=0.01), "grad": np.zeros((2, 2))}},
]


def independent(fn):
    # from a zero state at t = 1, m_hat = g and v_hat = g^2, so the step is lr * g / (|g| + eps)
    g = np.array([1e-5, -2e-5, 5e-6, -1e-6])
    p, _, _ = fn(np.zeros(4), g, np.zeros(4), np.zeros(4), 1, lr=0.1)
    assert np.allclose(p, -0.1 * g / (np.abs(g) + 1e-8), rtol=1e-12, atol=0)
