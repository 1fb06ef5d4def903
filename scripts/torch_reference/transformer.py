"""The reference Transformer of the benchmark, written with torch.nn pieces.

  encoder  emb(x) * sqrt(D) + sinusoid -> dropout -> L pre-norm layers
           [x + drop(MHA(LN x)); x + drop(FFN(LN x))] -> final LN    [B, S, D]
  decoder  the same with causal self-attention, cross-attention to the
           encoder output and a final LN, then Linear(D, V)           [B, T, V]
Separate (untied) source embedding, target embedding and output projection.
Attention is our own MultiHeadAttention (not nn.MultiheadAttention) because
incremental decoding needs a key/value cache nn.MultiheadAttention lacks:
self-attention has one fused [D, 3D] projection, cross-attention a [D, D]
query and a fused [D, 2D] key|value projection (the layout nmt uses).
Dropout (0.1) sits where nmt has it: embeddings, attention weights, the FFN
activation and every sublayer output.

Incremental decoding (decode_step): each decoder layer keeps a preallocated
self-attention cache [N, H, T_max, dk] for keys and values, writes step t's
key/value into slot t and attends over slots 0..t; cross-attention keys and
values are projected once per batch (start_decoding). Beam search reorders
the self-attention caches with index_select; cross-attention K/V need no
reordering because beams never leave their sentence.
Dimensions: B batch, S source, T target, D model, H heads, V vocabulary,
N decoding rows (B, or B * beam).
Not here: search (search.py), batches and timing (bench.py).
"""

import math

import torch
import torch.nn.functional as F
from torch import nn


def sinusoid_table(max_len, dim):
    """[max_len, D]: sin on even, cos on odd features (Vaswani et al. 2017)."""
    position = torch.arange(max_len, dtype=torch.float32).unsqueeze(1)
    rate = torch.exp(torch.arange(0, dim, 2, dtype=torch.float32) * (-math.log(10000.0) / dim))
    table = torch.zeros(max_len, dim)
    table[:, 0::2] = torch.sin(position * rate)
    table[:, 1::2] = torch.cos(position * rate)
    return table


class MultiHeadAttention(nn.Module):
    def __init__(self, dim, heads, dropout, cross):
        super().__init__()
        self.heads, self.dk = heads, dim // heads
        self.cross = cross
        if cross:
            self.q_proj = nn.Linear(dim, dim)
            self.kv_proj = nn.Linear(dim, 2 * dim)
        else:
            self.qkv_proj = nn.Linear(dim, 3 * dim)
        self.out_proj = nn.Linear(dim, dim)
        self.dropout = nn.Dropout(dropout)

    def split(self, x, parts):
        """[B, L, parts*D] -> `parts` tensors [B, H, L, dk]."""
        b, length, _ = x.shape
        x = x.view(b, length, parts, self.heads, self.dk).permute(2, 0, 3, 1, 4)
        return x.unbind(0)

    def attend(self, q, k, v, mask):
        """q [B, H, Lq, dk], k/v [B, H, Lk, dk], additive mask broadcast to [B, H, Lq, Lk]."""
        scores = torch.matmul(q, k.transpose(-2, -1)) * (1.0 / math.sqrt(self.dk))
        if mask is not None:
            scores = scores + mask
        weights = self.dropout(torch.softmax(scores, dim=-1))
        context = torch.matmul(weights, v)  # [B, H, Lq, dk]
        b, _, lq, _ = context.shape
        return self.out_proj(context.transpose(1, 2).reshape(b, lq, -1))

    def forward(self, x, memory, mask):
        if self.cross:
            (q,) = self.split(self.q_proj(x), 1)
            k, v = self.split(self.kv_proj(memory), 2)
        else:
            q, k, v = self.split(self.qkv_proj(x), 3)
        return self.attend(q, k, v, mask)

    # ---- incremental decoding ----
    def project_memory(self, memory):
        """Cross-attention keys and values, once per batch: 2 x [N, H, S, dk]."""
        return self.split(self.kv_proj(memory), 2)

    def cross_step(self, x, kv, mask):
        (q,) = self.split(self.q_proj(x), 1)
        return self.attend(q, kv[0], kv[1], mask)

    def self_step(self, x, cache, t):
        """x [N, 1, D]; cache = (keys, values) [N, H, T_max, dk], filled up to t-1."""
        q, k, v = self.split(self.qkv_proj(x), 3)
        cache[0][:, :, t:t + 1] = k
        cache[1][:, :, t:t + 1] = v
        return self.attend(q, cache[0][:, :, :t + 1], cache[1][:, :, :t + 1], None)


class FeedForward(nn.Module):
    def __init__(self, dim, hidden, dropout):
        super().__init__()
        self.linear1 = nn.Linear(dim, hidden)
        self.linear2 = nn.Linear(hidden, dim)
        self.dropout = nn.Dropout(dropout)

    def forward(self, x):
        return self.linear2(self.dropout(F.relu(self.linear1(x))))


class EncoderLayer(nn.Module):
    def __init__(self, dim, heads, ffn, dropout):
        super().__init__()
        self.norm1, self.norm2 = nn.LayerNorm(dim), nn.LayerNorm(dim)
        self.attn = MultiHeadAttention(dim, heads, dropout, cross=False)
        self.ffn = FeedForward(dim, ffn, dropout)
        self.dropout = nn.Dropout(dropout)

    def forward(self, x, mask):
        x = x + self.dropout(self.attn(self.norm1(x), None, mask))
        return x + self.dropout(self.ffn(self.norm2(x)))


class DecoderLayer(nn.Module):
    def __init__(self, dim, heads, ffn, dropout):
        super().__init__()
        self.norm1, self.norm2, self.norm3 = (nn.LayerNorm(dim) for _ in range(3))
        self.self_attn = MultiHeadAttention(dim, heads, dropout, cross=False)
        self.cross_attn = MultiHeadAttention(dim, heads, dropout, cross=True)
        self.ffn = FeedForward(dim, ffn, dropout)
        self.dropout = nn.Dropout(dropout)

    def forward(self, y, memory, self_mask, cross_mask):
        y = y + self.dropout(self.self_attn(self.norm1(y), None, self_mask))
        y = y + self.dropout(self.cross_attn(self.norm2(y), memory, cross_mask))
        return y + self.dropout(self.ffn(self.norm3(y)))

    def step(self, y, state, t, cross_mask):
        y = y + self.self_attn.self_step(self.norm1(y), state["self"], t)
        y = y + self.cross_attn.cross_step(self.norm2(y), state["cross"], cross_mask)
        return y + self.ffn(self.norm3(y))


class Transformer(nn.Module):
    def __init__(self, vocab=8000, dim=256, heads=4, enc_layers=3, dec_layers=3, ffn=1024,
                 dropout=0.1, max_len=512, pad_id=0):
        super().__init__()
        self.dim, self.heads, self.pad_id = dim, heads, pad_id
        self.src_embed = nn.Embedding(vocab, dim, padding_idx=pad_id)
        self.tgt_embed = nn.Embedding(vocab, dim, padding_idx=pad_id)
        self.register_buffer("positions", sinusoid_table(max_len, dim), persistent=False)
        self.encoder = nn.ModuleList(EncoderLayer(dim, heads, ffn, dropout)
                                     for _ in range(enc_layers))
        self.decoder = nn.ModuleList(DecoderLayer(dim, heads, ffn, dropout)
                                     for _ in range(dec_layers))
        self.enc_norm, self.dec_norm = nn.LayerNorm(dim), nn.LayerNorm(dim)
        self.output = nn.Linear(dim, vocab)
        self.dropout = nn.Dropout(dropout)

    def embed(self, table, ids, offset=0):
        x = table(ids) * math.sqrt(self.dim)
        return self.dropout(x + self.positions[offset:offset + ids.shape[1]])

    def padding_mask(self, src):
        """[B, 1, 1, S]: -inf on source padding, added to every head's scores."""
        return torch.zeros(src.shape, dtype=torch.float32).masked_fill(
            src == self.pad_id, float("-inf"))[:, None, None, :]

    def encode(self, src):
        mask = self.padding_mask(src)
        x = self.embed(self.src_embed, src)
        for layer in self.encoder:
            x = layer(x, mask)
        return self.enc_norm(x), mask

    def forward(self, src, tgt_in):
        """src [B, S], tgt_in [B, T] -> logits [B, T, V]."""
        memory, cross_mask = self.encode(src)
        t = tgt_in.shape[1]
        causal = torch.full((t, t), float("-inf")).triu(1)
        y = self.embed(self.tgt_embed, tgt_in)
        for layer in self.decoder:
            y = layer(y, memory, causal, cross_mask)
        return self.output(self.dec_norm(y))

    # ---- incremental decoding (eval mode, no dropout) ----
    def start_decoding(self, memory, max_steps, beam=1):
        """Per layer: cross K/V of memory [B, S, D] and an empty self-attention cache.

        The cross K/V are projected once per sentence and then repeated for
        the `beam` rows of each sentence (N = B * beam, sentence-major).
        """
        n = memory.shape[0] * beam
        dk = self.dim // self.heads
        states = []
        for layer in self.decoder:
            cache = (memory.new_empty(n, self.heads, max_steps, dk),
                     memory.new_empty(n, self.heads, max_steps, dk))
            kv = layer.cross_attn.project_memory(memory)
            if beam > 1:
                kv = tuple(x.repeat_interleave(beam, dim=0) for x in kv)
            states.append({"self": cache, "cross": kv})
        return states

    def decode_step(self, states, last_tokens, t, cross_mask):
        """last_tokens [N] at position t -> log-probs [N, V]; fills the caches at t."""
        y = self.embed(self.tgt_embed, last_tokens[:, None], offset=t)
        for layer, state in zip(self.decoder, states):
            y = layer.step(y, state, t, cross_mask)
        return torch.log_softmax(self.output(self.dec_norm(y[:, 0])), dim=-1)

    @staticmethod
    def reorder(states, rows):
        """Beam search: row j of the self-attention caches becomes old row rows[j]."""
        for state in states:
            state["self"] = tuple(c.index_select(0, rows) for c in state["self"])
