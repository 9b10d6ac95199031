# Keeps the beam_width best candidates first and only then moves the finished ones out, so eos hypotheses use up beam slots.
import numpy as np


def beam_search(log_probs, bos, eos, beam_width, max_len):
    log_probs = np.asarray(log_probs, dtype=np.float64)
    V = log_probs.shape[0]
    alive = [((), 0.0)]
    finished = []
    for _ in range(max_len):
        candidates = []
        for seq, score in alive:
            last = seq[-1] if seq else bos
            for tok in range(V):
                candidates.append((seq + (tok,), score + log_probs[last, tok]))
        candidates.sort(key=lambda c: (-c[1], c[0]))
        top = candidates[:beam_width]
        finished += [c for c in top if c[0][-1] == eos]
        alive = [c for c in top if c[0][-1] != eos]
        if not alive:
            break
    best = min(finished + alive, key=lambda c: (-c[1], c[0]))
    return {"tokens": list(best[0]), "score": float(best[1])}
