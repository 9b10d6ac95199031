import numpy as np

rng = np.random.default_rng(5)
def w(*s): return rng.normal(size=s) / np.sqrt(s[0])
CASES = [
    {"name": "D=2, H=3", "visible": True, "inputs": {"x": np.array([[1.0, -1.0]]), "w_gate": np.array([[1.0, 0.0, 2.0], [0.0, 1.0, 1.0]]), "w_up": np.ones((2, 3)), "w_down": np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])}},
    {"name": "sequence of 5 tokens", "inputs": {"x": rng.normal(size=(5, 8)), "w_gate": w(8, 12), "w_up": w(8, 12), "w_down": w(12, 8)}},
    {"name": "batch × sequence", "inputs": {"x": rng.normal(size=(2, 3, 4)), "w_gate": w(4, 6), "w_up": w(4, 6), "w_down": w(6, 4)}},
    {"name": "large pre-activations", "inputs": {"x": rng.normal(size=(3, 4)) * 100, "w_gate": w(4, 6), "w_up": w(4, 6), "w_down": w(6, 4)}},
]
