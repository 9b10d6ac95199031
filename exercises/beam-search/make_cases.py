import numpy as np

rng = np.random.default_rng(31)
def lm(V, sharp=1.0):
    z = rng.normal(size=(V, V)) * sharp
    return z - np.log(np.exp(z).sum(1, keepdims=True))
greedy_trap = np.log(np.array([
    # tokens: 0 = bos, 1 = eos, 2 = "a", 3 = "b"
    [1e-9, 1e-9, 0.6, 0.4],
    [0.25, 0.25, 0.25, 0.25],
    [1e-9, 0.3, 0.35, 0.35],
    [1e-9, 0.9, 0.05, 0.05],
]))
greedy_trap -= np.log(np.exp(greedy_trap).sum(1, keepdims=True))
CASES = [
    {"name": "beam 2 beats greedy", "visible": True, "inputs": {"log_probs": greedy_trap, "bos": 0, "eos": 1, "beam_width": 2, "max_len": 3}},
    {"name": "beam 1 is greedy", "inputs": {"log_probs": greedy_trap, "bos": 0, "eos": 1, "beam_width": 1, "max_len": 3}},
    {"name": "random model, beam 3", "inputs": {"log_probs": lm(6, 2.0), "bos": 0, "eos": 1, "beam_width": 3, "max_len": 5}},
    {"name": "random model, beam 4, longer", "inputs": {"log_probs": lm(5, 1.5), "bos": 0, "eos": 4, "beam_width": 4, "max_len": 6}},
    {"name": "max_len 1", "inputs": {"log_probs": lm(4), "bos": 0, "eos": 1, "beam_width": 2, "max_len": 1}},
]
