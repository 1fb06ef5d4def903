"""The reference RNN translator of the benchmark (Bahdanau/Luong style).

  encoder  emb(x) [B, S, E] -> dropout -> 1-layer bidirectional nn.LSTM,
           He per direction, run on a packed sequence so the backward
           direction starts at each sentence's real end            [B, S, 2He]
  bridge   summary = [h_fwd(last real); h_bwd(first)] -> h0 = tanh(W_h s),
           c0 = W_c s                                                [B, Hd]
  decoder  nn.LSTMCell looped over t, input feeding:
           x_t = [emb(y_{t-1}); a_{t-1}]  (a_0 = 0)                 [B, E + Hd]
           s_t = LSTMCell(x_t)                                      [B, Hd]
           attention with the current state (Luong's flow), additive by
           default: e = v^T tanh(W q s_t + U k h_j), U k h_j once per
           batch; dot: e = s_t . h_j; general: e = s_t . (W h_j)   [B, S]
           c_t = softmax(e) H_enc                                   [B, 2He]
           (attention none: c_t = summary, the same at every step)
           a_t = tanh(W_c [s_t; c_t])                               [B, Hd]
  output   dropout, then one Linear(Hd, V) over all steps at once   [B, T, V]
This is the structure of nmt's RnnTranslator (attention size = Hd, the query
projection without bias, the key projection with bias).
Not here: batches and timing (bench.py).
"""

import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence


class AdditiveAttention(nn.Module):
    def __init__(self, query_dim, key_dim, attn_dim):
        super().__init__()
        self.query_proj = nn.Linear(query_dim, attn_dim, bias=False)
        self.key_proj = nn.Linear(key_dim, attn_dim)
        self.v = nn.Linear(attn_dim, 1, bias=False)

    def forward(self, query, keys_projected, values, mask):
        """query [B, Dq], keys_projected [B, S, A], values [B, S, Dv], mask [B, S]."""
        hidden = torch.tanh(keys_projected + self.query_proj(query)[:, None, :])
        scores = self.v(hidden).squeeze(-1) + mask  # [B, S]
        weights = torch.softmax(scores, dim=-1)
        return torch.bmm(weights[:, None, :], values).squeeze(1)  # [B, Dv]


class DotAttention(nn.Module):
    """Luong's dot (no key projection) or general (key_proj, no bias)."""

    def __init__(self, query_dim, key_dim, general):
        super().__init__()
        self.key_proj = nn.Linear(key_dim, query_dim, bias=False) if general else nn.Identity()

    def scores(self, query, keys_projected):
        return torch.bmm(keys_projected, query[:, :, None]).squeeze(-1)  # [B, S]

    def forward(self, query, keys_projected, values, mask):
        weights = torch.softmax(self.scores(query, keys_projected) + mask, dim=-1)
        return torch.bmm(weights[:, None, :], values).squeeze(1)


def make_attention(kind, query_dim, key_dim):
    if kind == "additive":
        return AdditiveAttention(query_dim, key_dim, query_dim)
    if kind in ("dot", "general"):
        return DotAttention(query_dim, key_dim, general=kind == "general")
    if kind == "none":
        return None
    raise ValueError("unknown attention %r" % kind)


class RnnTranslator(nn.Module):
    def __init__(self, vocab=8000, emb=256, enc_hidden=256, dec_hidden=512, dropout=0.1,
                 pad_id=0, attention="additive"):
        super().__init__()
        self.pad_id, self.dec_hidden = pad_id, dec_hidden
        self.src_embed = nn.Embedding(vocab, emb, padding_idx=pad_id)
        self.tgt_embed = nn.Embedding(vocab, emb, padding_idx=pad_id)
        self.encoder = nn.LSTM(emb, enc_hidden, batch_first=True, bidirectional=True)
        self.bridge_h = nn.Linear(2 * enc_hidden, dec_hidden)
        self.bridge_c = nn.Linear(2 * enc_hidden, dec_hidden)
        self.decoder = nn.LSTMCell(emb + dec_hidden, dec_hidden)
        self.attention = make_attention(attention, dec_hidden, 2 * enc_hidden)
        self.combine = nn.Linear(dec_hidden + 2 * enc_hidden, dec_hidden)
        self.output = nn.Linear(dec_hidden, vocab)
        self.dropout = nn.Dropout(dropout)

    def encode(self, src):
        lengths = (src != self.pad_id).sum(1)
        x = self.dropout(self.src_embed(src))
        packed = pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
        out, (h_n, _) = self.encoder(packed)
        out, _ = pad_packed_sequence(out, batch_first=True, total_length=src.shape[1])
        summary = torch.cat([h_n[0], h_n[1]], dim=-1)  # fwd at last real, bwd at first
        mask = torch.zeros(src.shape).masked_fill(src == self.pad_id, float("-inf"))
        return out, summary, mask

    def forward(self, src, tgt_in):
        """src [B, S], tgt_in [B, T] -> logits [B, T, V]."""
        enc, summary, mask = self.encode(src)
        keys = self.attention.key_proj(enc) if self.attention else None  # once per batch
        h, c = torch.tanh(self.bridge_h(summary)), self.bridge_c(summary)
        feed = enc.new_zeros(src.shape[0], self.dec_hidden)
        emb = self.dropout(self.tgt_embed(tgt_in))  # [B, T, E]
        outputs = []
        for t in range(tgt_in.shape[1]):
            h, c = self.decoder(torch.cat([emb[:, t], feed], dim=-1), (h, c))
            context = self.attention(h, keys, enc, mask) if self.attention else summary
            feed = torch.tanh(self.combine(torch.cat([h, context], dim=-1)))
            outputs.append(feed)
        return self.output(self.dropout(torch.stack(outputs, dim=1)))
