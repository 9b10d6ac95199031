import numpy as np

rng = np.random.default_rng(5)
def w(*s): return rng.normal(size=s) / np.sqrt(s[0])
CASES = [
    {"name": "D=2, H=3", "visible": True, "inputs": {"x": np.array([[1.0, -1.0]]), "w_gate": np.array([[1.0, 0.0, 2.0], [0.0, 1.0, 1.0]]), "w_up": np.ones((2, 3)), "w_down": np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])}},
    {"name": "sequence of 5 tokens", "inputs": {"x": rng.normal(size=(5, 8)), "w_gate": w(8, 12), "w_up": w(8, 12), "w_down": w(12, 8)}},
    {"name": "batch × sequence", "inputs": {"x": rng.normal(size=(2, 3, 4)), "w_gate": w(4, 6), "w_up": w(4, 6), "w_down": w(6, 4)}},
    {"name": "large pre-activations", "inputs": {"x": rng.normal(size=(3, 4)) * 100, "w_gate": w(4, 6), "w_up": w(4, 6), "w_down": w(6, 4)}},
    {"name": "pre-activations of ±1000 (exp overflows)", "inputs": {"x": np.array([[1000.0, -1000.0]]), "w_gate": np.array([[1.0, 0.0, 0.5], [0.0, 1.0, 0.0]]), "w_up": np.array([[1e-3, 1e-3, 1e-3], [0.0, 0.0, 0.0]]), "w_down": np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])}},
]


def independent(fn):
    # gate pre-activations (1000, -1000, 500): SiLU gives (1000, 0, 500); x W_u = 1 per unit; W_d sums to (1500, 500)
    got = fn(np.array([[1000.0, -1000.0]]), np.array([[1.0, 0.0, 0.5], [0.0, 1.0, 0.0]]), np.array([[1e-3, 1e-3, 1e-3], [0.0, 0.0, 0.0]]), np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]))
    assert np.allclose(got, [[1500.0, 500.0]])
