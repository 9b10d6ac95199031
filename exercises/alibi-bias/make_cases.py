CASES = [
    {"name": "2 heads, 3 tokens", "visible": True, "inputs": {"num_heads": 2, "seq_len": 3}},
    {"name": "8 heads, 5 tokens", "inputs": {"num_heads": 8, "seq_len": 5}},
    {"name": "1 token", "inputs": {"num_heads": 4, "seq_len": 1}},
    {"name": "16 heads", "inputs": {"num_heads": 16, "seq_len": 4}},
]
