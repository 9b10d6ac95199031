import numpy as np

rng = np.random.default_rng(22)
def case(n, i, o, ws, mode): return {"x": rng.normal(size=(n, i)), "w": rng.normal(size=(i, o)), "b": rng.normal(size=o), "world_size": ws, "mode": mode}
CASES = [
    {"name": "column split over 2 ranks", "visible": True, "inputs": case(2, 3, 4, 2, "column")},
    {"name": "row split over 2 ranks", "visible": True, "inputs": case(2, 4, 3, 2, "row")},
    {"name": "column split over 4 ranks", "inputs": case(5, 6, 8, 4, "column")},
    {"name": "row split over 4 ranks", "inputs": case(5, 8, 6, 4, "row")},
    {"name": "one rank is the plain layer", "inputs": case(3, 4, 4, 1, "row")},
]


def independent(fn):
    p = case(3, 8, 4, 4, "row")
    assert np.allclose(fn(**p)["output"], p["x"] @ p["w"] + p["b"])
