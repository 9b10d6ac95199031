import numpy as np


def accumulated_gradient(x, y, w, micro_batch_size):
    n = x.shape[0]
    grad = np.zeros_like(w, dtype=np.float64)
    for start in range(0, n, micro_batch_size):
        xb, yb = x[start:start + micro_batch_size], y[start:start + micro_batch_size]
        g = 2.0 / len(yb) * xb.T @ (xb @ w - yb)
        grad += g * len(yb) / n
    return grad
