# Decays to 0 with min_lr added on top: min_lr + 0.5 * max_lr * (1 + cos), so it starts above max_lr.
import numpy as np


def learning_rate(steps, max_lr, min_lr, warmup_steps, total_steps):
    s = np.asarray(steps, dtype=np.float64)
    warm = max_lr * s / max(warmup_steps, 1)
    progress = np.clip((s - warmup_steps) / max(total_steps - warmup_steps, 1), 0.0, 1.0)
    cosine = min_lr + 0.5 * max_lr * (1.0 + np.cos(np.pi * progress))
    return np.where(s < warmup_steps, warm, cosine)
