# In the row split, adds the full bias on every rank before the all-reduce, so the bias is counted world_size times.
import numpy as np


def tensor_parallel_linear(x, w, b, world_size, mode):
    if mode == "column":
        c = w.shape[1] // world_size
        partials = [x @ w[:, r * c:(r + 1) * c] + b[r * c:(r + 1) * c] for r in range(world_size)]
        return {"partials": partials, "output": np.concatenate(partials, axis=1)}
    c = w.shape[0] // world_size
    partials = [x[:, r * c:(r + 1) * c] @ w[r * c:(r + 1) * c, :] + b for r in range(world_size)]
    return {"partials": partials, "output": np.sum(partials, axis=0)}
