# Applies SiLU to the up projection instead of the gate projection.
import numpy as np


def swiglu_ffn(x, w_gate, w_up, w_down):
    x = np.asarray(x, dtype=np.float64)
    u = x @ w_up
    return (u * 0.5 * (1.0 + np.tanh(0.5 * u)) * (x @ w_gate)) @ w_down
