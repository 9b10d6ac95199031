# Gates with sigmoid(x W_gate) (GLU) instead of SiLU(x W_gate) = g * sigmoid(g).
import numpy as np


def swiglu_ffn(x, w_gate, w_up, w_down):
    x = np.asarray(x, dtype=np.float64)
    g = x @ w_gate
    return (0.5 * (1.0 + np.tanh(0.5 * g)) * (x @ w_up)) @ w_down
