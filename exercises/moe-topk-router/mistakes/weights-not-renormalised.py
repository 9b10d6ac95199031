# Returns the raw softmax probabilities of the chosen experts without renormalising them over the top-k.
import numpy as np


def route_tokens(x, w_gate, k):
    logits = x @ w_gate
    probs = np.exp(logits - logits.max(axis=1, keepdims=True))
    probs /= probs.sum(axis=1, keepdims=True)
    n, e = probs.shape
    idx = np.argsort(-probs, axis=1, kind='stable')[:, :k]
    weights = np.take_along_axis(probs, idx, axis=1)
    f = np.bincount(idx.ravel(), minlength=e) / (n * k)
    return {"expert_indices": idx, "expert_weights": weights, "aux_loss": float(e * np.sum(f * probs.mean(axis=0)))}
