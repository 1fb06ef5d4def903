"""Self-checks of the reference models (seconds; run before trusting a benchmark).

    /usr/bin/python3 scripts/torch_reference/check.py

1. Incremental decoding (KV cache) gives the same log-probabilities as the
   full teacher-forced forward pass on the same prefix.
2. Beam search with beam 1 returns the greedy output; with beam 4 its best
   hypothesis scores at least as high as greedy's under the full model.
3. The padded RNN batch gives a row the same logits as that row alone
   (packing and masking hide the padding), and training steps lower the loss
   of both models on one repeated batch.
Exits 1 with a message on the first failure.
"""

import os
import sys

import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from torch_reference.rnn import RnnTranslator  # noqa: E402
from torch_reference.search import beam_search, greedy_search  # noqa: E402
from torch_reference.transformer import Transformer  # noqa: E402

BOS, EOS, VOCAB = 2, 3, 50


def check(condition, message):
    if not condition:
        sys.exit(f"FAIL: {message}")
    print(f"ok: {message}")


def sequence_logprob(model, src, tokens):
    """Sum of log p(tokens) under teacher forcing, per row."""
    tgt_in = torch.cat([torch.full((src.shape[0], 1), BOS), tokens[:, :-1]], dim=1)
    logp = torch.log_softmax(model(src, tgt_in), dim=-1)
    return logp.gather(2, tokens[:, :, None]).squeeze(2).sum(1)


def check_transformer_decoding():
    torch.manual_seed(0)
    model = Transformer(vocab=VOCAB, dim=32, heads=4, enc_layers=2, dec_layers=2, ffn=64).eval()
    src = torch.randint(4, VOCAB, (3, 7))
    src[:, -1] = EOS
    src[0, 4:] = 0  # one padded row
    src[0, 3] = EOS
    steps = 6
    with torch.inference_mode():
        greedy = greedy_search(model, src, steps, BOS)
        tgt_in = torch.cat([torch.full((3, 1), BOS), greedy[:, :-1]], dim=1)
        full = torch.log_softmax(model(src, tgt_in), dim=-1)
        memory, mask = model.encode(src)
        states = model.start_decoding(memory, steps)
        worst = 0.0
        for t in range(steps):
            step = model.decode_step(states, tgt_in[:, t], t, mask)
            worst = max(worst, (step - full[:, t]).abs().max().item())
        check(worst < 1e-4, f"KV-cache step log-probs match the full forward (max diff {worst:.2e})")
        check(torch.equal(greedy, full.argmax(-1)), "greedy tokens are the argmax of the full forward")
        check(torch.equal(beam_search(model, src, steps, BOS, 1), greedy), "beam 1 equals greedy")
        beam = beam_search(model, src, steps, BOS, 4)
        gain = sequence_logprob(model, src, beam) - sequence_logprob(model, src, greedy)
        check(bool((gain > -1e-4).all()), "beam 4 scores at least as high as greedy")


def check_rnn_padding():
    torch.manual_seed(0)
    model = RnnTranslator(vocab=VOCAB, emb=16, enc_hidden=8, dec_hidden=16).eval()
    src = torch.tensor([[5, 6, 7, EOS, 0, 0], [8, 9, 10, 11, 12, EOS]])
    tgt_in = torch.tensor([[BOS, 5, 6], [BOS, 7, 8]])
    with torch.no_grad():
        both = model(src, tgt_in)
        alone = model(src[:1, :4], tgt_in[:1])
    diff = (both[0] - alone[0]).abs().max().item()
    check(diff < 1e-5, f"RNN padding does not change a row's logits (max diff {diff:.2e})")


def check_learning(model):
    torch.manual_seed(0)
    src = torch.randint(4, VOCAB, (4, 8))
    tgt = torch.randint(4, VOCAB, (4, 6))
    tgt_in = torch.cat([torch.full((4, 1), BOS), tgt[:, :-1]], dim=1)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2, betas=(0.9, 0.98), eps=1e-9)
    losses = []
    for _ in range(40):
        optimizer.zero_grad()
        loss = F.cross_entropy(model(src, tgt_in).reshape(-1, VOCAB), tgt.reshape(-1),
                               ignore_index=0, label_smoothing=0.1)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    check(losses[-1] < 0.5 * losses[0],
          f"{type(model).__name__} memorises a batch (loss {losses[0]:.2f} -> {losses[-1]:.2f})")


def main():
    torch.set_num_threads(1)
    check_transformer_decoding()
    check_rnn_padding()
    check_learning(Transformer(vocab=VOCAB, dim=32, heads=4, enc_layers=1, dec_layers=1, ffn=64,
                               dropout=0.0))
    check_learning(RnnTranslator(vocab=VOCAB, emb=16, enc_hidden=16, dec_hidden=32, dropout=0.0))


if __name__ == "__main__":
    main()
