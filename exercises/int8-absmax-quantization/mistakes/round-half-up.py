# Rounds with floor(x + 0.5) instead of round-half-to-even.
import numpy as np


def quantize_int8_per_channel(w):
    w = np.asarray(w, dtype=np.float64)
    scale = np.abs(w).max(axis=1) / 127.0
    scale = np.where(scale == 0, 1.0, scale)
    q = np.clip(np.floor(w / scale[:, None] + 0.5), -127, 127).astype(np.int8)
    return {"q": q, "scale": scale, "dequantized": q * scale[:, None]}
