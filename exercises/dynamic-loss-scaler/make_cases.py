CASES = [
    {"name": "an overflow then growth", "visible": True, "inputs": {"grads_finite": [False, True, True, True, True]}},
    {"name": "steady growth", "inputs": {"grads_finite": [True] * 7, "init_scale": 1024.0, "growth_interval": 2}},
    {"name": "repeated overflow", "inputs": {"grads_finite": [False, False, False, True], "init_scale": 8.0}},
    {"name": "overflow resets the run", "inputs": {"grads_finite": [True, True, False, True, True, True, True], "growth_factor": 4.0, "backoff_factor": 0.25}},
]
ATOL = 0
RTOL = 0
