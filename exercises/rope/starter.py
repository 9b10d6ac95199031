import numpy as np


def apply_rope(x, positions, base=10000.0):
    """Rotate x (L, d) by position, pairing dimension i with i + d/2 (the LLaMA/GPT-NeoX 'rotate_half' layout)."""
    # TODO: your implementation
    raise NotImplementedError
