# Sums the micro-batch mean gradients without dividing by the number of micro-batches.
import numpy as np


def accumulated_gradient(x, y, w, micro_batch_size):
    grad = np.zeros_like(w, dtype=np.float64)
    for start in range(0, x.shape[0], micro_batch_size):
        xb, yb = x[start:start + micro_batch_size], y[start:start + micro_batch_size]
        grad += 2.0 / len(yb) * xb.T @ (xb @ w - yb)
    return grad
