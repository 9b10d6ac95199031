import numpy as np

CASES = [
    {"name": "warmup 2, total 6", "visible": True, "inputs": {"steps": np.arange(8), "max_lr": 1.0, "min_lr": 0.1, "warmup_steps": 2, "total_steps": 6}},
    {"name": "typical run", "inputs": {"steps": np.array([0, 50, 100, 500, 1000, 5000, 9999, 10000, 12000]), "max_lr": 3e-4, "min_lr": 3e-5, "warmup_steps": 100, "total_steps": 10000}, "atol": 1e-12},
    {"name": "no warmup", "inputs": {"steps": np.arange(0, 11), "max_lr": 0.01, "min_lr": 0.0, "warmup_steps": 0, "total_steps": 10}, "atol": 1e-12},
    {"name": "past the end stays at min_lr", "inputs": {"steps": np.array([20, 50]), "max_lr": 1.0, "min_lr": 0.2, "warmup_steps": 5, "total_steps": 15}},
]
