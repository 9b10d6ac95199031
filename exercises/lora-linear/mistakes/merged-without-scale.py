# Applies alpha / r in the forward pass but merges W + A B without it.
import numpy as np


def lora_linear(x, w, a, b, alpha):
    scale = alpha / a.shape[1]
    return {"output": x @ w + scale * (x @ a) @ b, "merged": w + a @ b}
