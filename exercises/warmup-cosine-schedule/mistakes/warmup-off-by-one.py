# Warms up with (step + 1) / warmup_steps, so step 0 already has a non-zero learning rate.
import numpy as np


def learning_rate(steps, max_lr, min_lr, warmup_steps, total_steps):
    s = np.asarray(steps, dtype=np.float64)
    warm = max_lr * (s + 1) / max(warmup_steps, 1)
    progress = np.clip((s - warmup_steps) / max(total_steps - warmup_steps, 1), 0.0, 1.0)
    cosine = min_lr + 0.5 * (max_lr - min_lr) * (1.0 + np.cos(np.pi * progress))
    return np.where(s < warmup_steps, warm, cosine)
