"""Greedy and beam search over the reference Transformer's incremental decoder.

Both produce exactly `steps` tokens per sentence (EOS is not special): the
benchmark measures a fixed amount of decoding work, not translation quality.
Beam search is batched over sentences x beams (N = B * K rows, sentence-major)
and keeps the K best prefixes of each sentence by summed log-probability.
Run inside torch.inference_mode() with the model in eval mode.
Not here: the model (transformer.py), timing (bench.py).
"""

import torch


def greedy_search(model, src, steps, bos_id):
    """src [B, S] -> tokens [B, steps]."""
    memory, mask = model.encode(src)
    states = model.start_decoding(memory, steps)
    tokens = torch.full((src.shape[0],), bos_id, dtype=torch.long)
    out = []
    for t in range(steps):
        tokens = model.decode_step(states, tokens, t, mask).argmax(-1)
        out.append(tokens)
    return torch.stack(out, dim=1)


def beam_search(model, src, steps, bos_id, beam):
    """src [B, S] -> the best of `beam` hypotheses per sentence, tokens [B, steps]."""
    batch = src.shape[0]
    memory, mask = model.encode(src)  # the encoder runs once per sentence
    states = model.start_decoding(memory, steps, beam)
    mask = mask.repeat_interleave(beam, dim=0)  # [N, 1, 1, S]
    tokens = torch.full((batch * beam,), bos_id, dtype=torch.long)
    # Only the first beam of each sentence is alive at the start.
    scores = torch.full((batch, beam), float("-inf"))
    scores[:, 0] = 0.0
    row_base = (torch.arange(batch) * beam)[:, None]  # [B, 1]
    history = torch.empty(batch * beam, 0, dtype=torch.long)
    for t in range(steps):
        logp = model.decode_step(states, tokens, t, mask)  # [N, V]
        vocab = logp.shape[1]
        total = (scores.view(-1, 1) + logp).view(batch, beam * vocab)
        scores, flat = total.topk(beam, dim=1)  # [B, K]
        rows = (row_base + torch.div(flat, vocab, rounding_mode="floor")).view(-1)  # [N]
        tokens = (flat % vocab).view(-1)
        model.reorder(states, rows)
        history = torch.cat([history.index_select(0, rows), tokens[:, None]], dim=1)
    best = scores.argmax(dim=1) + row_base.view(-1)
    return history.index_select(0, best)
