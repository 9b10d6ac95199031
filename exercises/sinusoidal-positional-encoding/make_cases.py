CASES = [
    {"name": "4 positions, d=4", "visible": True, "inputs": {"seq_len": 4, "d_model": 4}},
    {"name": "16 positions, d=8", "inputs": {"seq_len": 16, "d_model": 8}},
    {"name": "one position", "inputs": {"seq_len": 1, "d_model": 6}},
    {"name": "custom base", "inputs": {"seq_len": 10, "d_model": 4, "base": 100.0}},
]
