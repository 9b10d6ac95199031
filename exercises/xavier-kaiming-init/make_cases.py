import math

def check(fi, fo, var, uniform):
    c = {"property": "moments", "shape": [fi, fo], "mean": 0.0, "meanAtol": 0.05 * math.sqrt(var), "std": math.sqrt(var), "stdRtol": 0.03}
    if uniform:
        c["maxAbs"] = math.sqrt(3 * var)
    return c

CASES = [
    {"name": "xavier_uniform 256×128", "visible": True, "inputs": {"fan_in": 256, "fan_out": 128, "scheme": "xavier_uniform"}, "check": check(256, 128, 2 / 384, True)},
    {"name": "xavier_normal 200×300", "inputs": {"fan_in": 200, "fan_out": 300, "scheme": "xavier_normal", "seed": 1}, "check": check(200, 300, 2 / 500, False)},
    {"name": "kaiming_uniform 512×64", "inputs": {"fan_in": 512, "fan_out": 64, "scheme": "kaiming_uniform", "seed": 2}, "check": check(512, 64, 2 / 512, True)},
    {"name": "kaiming_normal 64×512 (fan_in matters, not fan_out)", "visible": True, "inputs": {"fan_in": 64, "fan_out": 512, "scheme": "kaiming_normal", "seed": 3}, "check": check(64, 512, 2 / 64, False)},
]
