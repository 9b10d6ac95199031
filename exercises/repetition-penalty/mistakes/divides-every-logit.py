# Divides every seen logit by the penalty, which makes negative logits larger (more likely) instead of smaller.
import numpy as np


def apply_penalties(logits, generated, repetition_penalty=1.0, frequency_penalty=0.0, presence_penalty=0.0):
    out = np.array(logits, dtype=np.float64)
    counts = np.bincount(np.asarray(generated, dtype=np.int64), minlength=len(out))[: len(out)]
    seen = counts > 0
    out[seen] = out[seen] / repetition_penalty
    return out - frequency_penalty * counts - presence_penalty * seen
