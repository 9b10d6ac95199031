import numpy as np

rng = np.random.default_rng(29)
def case(n, i, o, r, alpha, zero_b=False):
    return {"x": rng.normal(size=(n, i)), "w": rng.normal(size=(i, o)), "a": rng.normal(size=(i, r)) * 0.1,
            "b": np.zeros((r, o)) if zero_b else rng.normal(size=(r, o)) * 0.1, "alpha": alpha}
CASES = [
    {"name": "rank 1", "visible": True, "inputs": case(2, 3, 2, 1, 2.0)},
    {"name": "b = 0 at init: output is the base layer", "inputs": case(3, 4, 4, 2, 16.0, zero_b=True)},
    {"name": "rank 4, alpha 8", "inputs": case(5, 8, 6, 4, 8.0)},
    {"name": "alpha = r (scale 1)", "inputs": case(2, 6, 3, 3, 3.0)},
]
