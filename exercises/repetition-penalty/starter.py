import numpy as np


def apply_penalties(logits, generated, repetition_penalty=1.0, frequency_penalty=0.0, presence_penalty=0.0):
    """Penalise the logits (V,) of tokens already in generated (list of ids): CTRL repetition penalty, then OpenAI-style frequency and presence penalties."""
    # TODO: your implementation
    raise NotImplementedError
