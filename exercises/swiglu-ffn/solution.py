import numpy as np


def swiglu_ffn(x, w_gate, w_up, w_down):
    x = np.asarray(x, dtype=np.float64)
    g = x @ w_gate
    silu = g * 0.5 * (1.0 + np.tanh(0.5 * g))  # sigmoid(g) = (1 + tanh(g/2)) / 2, stable everywhere
    return (silu * (x @ w_up)) @ w_down
