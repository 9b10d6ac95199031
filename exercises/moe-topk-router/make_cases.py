import numpy as np

rng = np.random.default_rng(21)
CASES = [
    {"name": "3 tokens, 4 experts, top-2", "visible": True, "inputs": {"x": np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]), "w_gate": np.array([[2.0, 1.0, 0.0, -1.0], [0.0, 1.0, 2.0, 0.5]]), "k": 2}},
    {"name": "16 tokens, 8 experts, top-2", "inputs": {"x": rng.normal(size=(16, 6)), "w_gate": rng.normal(size=(6, 8)), "k": 2}},
    {"name": "top-1 (Switch)", "inputs": {"x": rng.normal(size=(10, 4)), "w_gate": rng.normal(size=(4, 4)), "k": 1}},
    {"name": "uniform router: ties broken by index, loss = 1", "inputs": {"x": rng.normal(size=(5, 3)), "w_gate": np.zeros((3, 4)), "k": 2}},
]
