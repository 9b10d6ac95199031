# Computes x - log(sum(exp(x))) without subtracting the max first, so large logits overflow.
import numpy as np


def log_softmax(x, axis=-1):
    x = np.asarray(x, dtype=np.float64)
    with np.errstate(over="ignore"):
        return x - np.log(np.sum(np.exp(x), axis=axis, keepdims=True))
