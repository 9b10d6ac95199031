import numpy as np

rng = np.random.default_rng(32)
CASES = [
    {"name": "repetition penalty on both signs", "visible": True, "inputs": {"logits": np.array([2.0, -1.0, 0.5, 3.0]), "generated": [0, 1, 1], "repetition_penalty": 2.0}},
    {"name": "frequency and presence", "inputs": {"logits": np.array([1.0, 1.0, 1.0]), "generated": [2, 2, 2, 0], "frequency_penalty": 0.5, "presence_penalty": 0.25}},
    {"name": "all three", "inputs": {"logits": rng.normal(size=10), "generated": [3, 3, 7, 1, 3], "repetition_penalty": 1.3, "frequency_penalty": 0.2, "presence_penalty": 0.1}},
    {"name": "nothing generated yet", "inputs": {"logits": rng.normal(size=5), "generated": [], "repetition_penalty": 1.5, "frequency_penalty": 1.0, "presence_penalty": 1.0}},
]
