# Scales the low-rank update by alpha instead of alpha / r.
import numpy as np


def lora_linear(x, w, a, b, alpha):
    return {"output": x @ w + alpha * (x @ a) @ b, "merged": w + alpha * a @ b}
