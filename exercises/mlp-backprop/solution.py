import numpy as np


def mlp_forward_backward(x, w1, b1, w2, b2, y):
    h = x @ w1 + b1
    a = np.maximum(h, 0.0)
    out = a @ w2 + b2
    diff = out - y
    loss = float(np.mean(diff**2))
    d_out = 2.0 * diff / diff.size
    dw2 = a.T @ d_out
    db2 = d_out.sum(axis=0)
    da = d_out @ w2.T
    dh = da * (h > 0)
    dw1 = x.T @ dh
    db1 = dh.sum(axis=0)
    return {"loss": loss, "dw1": dw1, "db1": db1, "dw2": dw2, "db2": db2}
