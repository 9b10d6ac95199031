import numpy as np

rng = np.random.default_rng(25)
def case(n, scale=5.0, **kw):
    return {"policy_chosen_logps": -rng.random(n) * scale * 10, "policy_rejected_logps": -rng.random(n) * scale * 10,
            "ref_chosen_logps": -rng.random(n) * scale * 10, "ref_rejected_logps": -rng.random(n) * scale * 10, **kw}
CASES = [
    {"name": "policy equals reference: loss = log 2", "visible": True, "inputs": {"policy_chosen_logps": np.array([-10.0, -20.0]), "policy_rejected_logps": np.array([-12.0, -18.0]), "ref_chosen_logps": np.array([-10.0, -20.0]), "ref_rejected_logps": np.array([-12.0, -18.0])}},
    {"name": "batch of 6, beta 0.1", "inputs": case(6)},
    {"name": "beta 0.5", "visible": True, "inputs": case(4, beta=0.5)},
    {"name": "huge margins stay finite", "inputs": {"policy_chosen_logps": np.array([0.0, -20000.0]), "policy_rejected_logps": np.array([-20000.0, 0.0]), "ref_chosen_logps": np.zeros(2), "ref_rejected_logps": np.zeros(2)}},
]
