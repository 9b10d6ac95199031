import numpy as np


def swiglu_ffn(x, w_gate, w_up, w_down):
    """LLaMA-style FFN: (silu(x @ w_gate) * (x @ w_up)) @ w_down. x (..., D) → (..., D)."""
    # TODO: your implementation
    raise NotImplementedError
