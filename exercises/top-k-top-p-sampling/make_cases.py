import numpy as np

rng = np.random.default_rng(30)
logits = rng.normal(size=(6, 10)) * 2
u = rng.random(6)
CASES = [
    {"name": "plain sampling by inverse CDF", "visible": True, "inputs": {"logits": np.log(np.array([[0.5, 0.3, 0.2], [0.5, 0.3, 0.2], [0.5, 0.3, 0.2]])), "u": np.array([0.1, 0.6, 0.95])}},
    {"name": "top-k = 2", "visible": True, "inputs": {"logits": np.log(np.array([[0.5, 0.3, 0.2], [0.5, 0.3, 0.2]])), "u": np.array([0.3, 0.95]), "top_k": 2}},
    {"name": "top-p = 0.75 keeps the first two", "inputs": {"logits": np.log(np.array([[0.5, 0.3, 0.2], [0.2, 0.5, 0.3]])), "u": np.array([0.99, 0.7]), "top_p": 0.75}},
    {"name": "random logits, T=0.7, k=5, p=0.9", "inputs": {"logits": logits, "u": u, "temperature": 0.7, "top_k": 5, "top_p": 0.9}},
    {"name": "tiny temperature is greedy", "inputs": {"logits": logits, "u": u, "temperature": 1e-3}},
    {"name": "high temperature, top-p only", "inputs": {"logits": logits, "u": u, "temperature": 2.0, "top_p": 0.5}},
]
ATOL = 0
RTOL = 0
