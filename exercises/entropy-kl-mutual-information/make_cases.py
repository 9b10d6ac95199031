import numpy as np

rng = np.random.default_rng(18)
r = rng.random((4, 4)); r /= r.sum()
CASES = [
    {"name": "independent fair coins", "visible": True, "inputs": {"p_xy": np.full((2, 2), 0.25)}},
    {"name": "perfectly correlated", "inputs": {"p_xy": np.array([[0.5, 0.0], [0.0, 0.5]])}},
    {"name": "random 4×4", "inputs": {"p_xy": r}},
    {"name": "KL is infinite when p_Y misses a value of p_X", "visible": True, "inputs": {"p_xy": np.array([[0.3, 0.0, 0.0], [0.3, 0.0, 0.0], [0.2, 0.2, 0.0]])}},
    {"name": "skewed", "inputs": {"p_xy": np.array([[0.7, 0.1], [0.15, 0.05]])}},
]


def independent(fn):
    p = r
    px, py = p.sum(1), p.sum(0)
    mi = (p * np.log(p / np.outer(px, py))).sum()
    assert np.isclose(fn(p)["mutual_information"], mi)
