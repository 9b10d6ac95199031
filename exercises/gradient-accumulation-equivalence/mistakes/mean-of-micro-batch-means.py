# Averages the micro-batch mean gradients equally, which is wrong when the last micro-batch is smaller.
import numpy as np


def accumulated_gradient(x, y, w, micro_batch_size):
    grads = []
    for start in range(0, x.shape[0], micro_batch_size):
        xb, yb = x[start:start + micro_batch_size], y[start:start + micro_batch_size]
        grads.append(2.0 / len(yb) * xb.T @ (xb @ w - yb))
    return np.mean(grads, axis=0)
