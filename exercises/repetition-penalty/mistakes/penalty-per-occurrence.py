# Applies the repetition penalty once per occurrence (penalty ** count) instead of once per seen token.
import numpy as np


def apply_penalties(logits, generated, repetition_penalty=1.0, frequency_penalty=0.0, presence_penalty=0.0):
    out = np.array(logits, dtype=np.float64)
    counts = np.bincount(np.asarray(generated, dtype=np.int64), minlength=len(out))[: len(out)]
    factor = float(repetition_penalty) ** counts
    out = np.where(out > 0, out / factor, out * factor)
    return out - frequency_penalty * counts - presence_penalty * (counts > 0)
