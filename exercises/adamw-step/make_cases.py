import numpy as np

rng = np.random.default_rng(8)
def state(*shape, t=1, **kw):
    return {"param": rng.normal(size=shape), "grad": rng.normal(size=shape), "m": rng.normal(size=shape) * 0.1 * (t > 1),
            "v": np.abs(rng.normal(size=shape)) * 0.01 * (t > 1), "t": t, **kw}
CASES = [
    {"name": "first step", "visible": True, "inputs": state(3, t=1, lr=0.1, weight_decay=0.1)},
    {"name": "step 10 with state", "inputs": state(4, 3, t=10, lr=1e-3, weight_decay=0.1)},
    {"name": "custom betas", "inputs": state(5, t=3, lr=0.01, beta1=0.8, beta2=0.95, weight_decay=0.1)},
    {"name": "zero gradient", "inputs": {**state(2, 2, t=5, lr=0.01, weight_decay=0.1), "grad": np.zeros((2, 2))}},
]
