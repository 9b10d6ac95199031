import numpy as np

rng = np.random.default_rng(20)
CASES = [
    {"name": "one sample", "visible": True, "inputs": {"student_logits": np.array([[1.0, 2.0, 0.5]]), "teacher_logits": np.array([[2.0, 1.0, 0.1]]), "labels": np.array([0])}},
    {"name": "batch, T=4, alpha=0.9", "inputs": {"student_logits": rng.normal(size=(6, 5)), "teacher_logits": rng.normal(size=(6, 5)) * 2, "labels": rng.integers(0, 5, 6), "temperature": 4.0, "alpha": 0.9}},
    {"name": "student equals teacher: only the CE term remains", "inputs": {"student_logits": (z := rng.normal(size=(3, 4))), "teacher_logits": z, "labels": np.array([1, 0, 3]), "temperature": 3.0, "alpha": 0.7}},
    {"name": "alpha=1, large logits", "inputs": {"student_logits": rng.normal(size=(4, 3)) * 200, "teacher_logits": rng.normal(size=(4, 3)) * 200, "labels": np.array([0, 1, 2, 0]), "alpha": 1.0}},
]
