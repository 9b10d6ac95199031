CASES = [
    {"name": "police killed the gunman", "visible": True, "inputs": {"candidate": "police kill the gunman".split(), "reference": "police killed the gunman".split()}},
    {"name": "order matters", "inputs": {"candidate": "the gunman kill police".split(), "reference": "police killed the gunman".split()}},
    {"name": "beta = 2 favours recall", "inputs": {"candidate": "a b c d e f".split(), "reference": "a x c y e".split(), "beta": 2.0}},
    {"name": "nothing in common", "inputs": {"candidate": ["x", "y"], "reference": ["a", "b"]}},
    {"name": "empty candidate", "inputs": {"candidate": [], "reference": ["a"]}},
]
