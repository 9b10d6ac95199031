import numpy as np

rng = np.random.default_rng(9)
x = rng.normal(size=(4, 5))
CASES = [
    {"name": "p=0.5", "visible": True, "inputs": {"x": np.array([1.0, 2.0, 3.0, 4.0]), "p": 0.5, "u": np.array([0.1, 0.7, 0.5, 0.2])}},
    {"name": "p=0.1 on a matrix", "inputs": {"x": x, "p": 0.1, "u": rng.random(size=(4, 5))}},
    {"name": "inference is the identity", "visible": True, "inputs": {"x": x, "p": 0.3, "u": rng.random(size=(4, 5)), "training": False}},
    {"name": "p=1 drops everything", "inputs": {"x": x, "p": 1.0, "u": rng.random(size=(4, 5))}},
    {"name": "p=0 keeps everything", "inputs": {"x": x, "p": 0.0, "u": rng.random(size=(4, 5))}},
]
