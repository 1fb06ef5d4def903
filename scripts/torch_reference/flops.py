"""Matmul FLOPs of one training step of the benchmark Transformer.

This is the count the comparison prints as "useful GFLOP/s"; nmt's docs cite
it (docs/COMPARE_TORCH.md, "FLOP count"). Pure Python, no torch needed:

    python3 scripts/torch_reference/flops.py          # the per-token figures

What is counted: every matrix product of the forward pass, 2 FLOPs per
multiply-add, with the PADDED lengths the kernels really run on:
  per encoder layer  (x = B*S rows)
    fused QKV projection      2 * x * D * 3D
    scores q k^T              2 * B * S * S * D     (all heads together)
    weighted sum  w v         2 * B * S * S * D
    output projection         2 * x * D * D
    FFN                       2 * x * D * F  +  2 * x * F * D
  per decoder layer  (y = B*T rows)
    self-attention            as above with T: 2y*3D*D + 4*B*T*T*D + 2y*D*D
    cross-attention  q        2 * y * D * D
                     k|v      2 * x * D * 2D        (the source memory)
                     scores   2 * B * T * S * D,  weighted sum the same
                     output   2 * y * D * D
    FFN                       4 * y * D * F
  output projection           2 * y * D * V
Training = 3 x forward: the backward pass of C = A B computes dA = dC B^T and
dB = A^T dC, two products of the same size as the forward one.

Not counted: embedding lookups (gathers, no multiply-adds), softmax, layer
norm, dropout, the loss, Adam, and the causal mask's skipped half (the dense
kernels compute it anyway). The count is the same for nmt and PyTorch, so the
GFLOP/s figures compare like with like.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class TransformerShape:
    """The reference configuration of the benchmark (docs/COMPARE_TORCH.md)."""

    dim: int = 256  # D
    heads: int = 4  # H (does not change the count: heads split D)
    ffn: int = 1024  # F
    enc_layers: int = 3
    dec_layers: int = 3
    vocab: int = 8000  # V, target side (output projection)


def encoder_forward_flops(shape, batch, src_len):
    """Forward matmul FLOPs of the encoder for a padded [B, S] source."""
    d, f = shape.dim, shape.ffn
    x = batch * src_len
    per_layer = (2 * x * d * 3 * d  # fused QKV
                 + 4 * batch * src_len * src_len * d  # scores + weighted sum
                 + 2 * x * d * d  # output projection
                 + 4 * x * d * f)  # FFN
    return shape.enc_layers * per_layer


def decoder_forward_flops(shape, batch, src_len, tgt_len):
    """Forward matmul FLOPs of decoder + output layer for [B, T] given [B, S]."""
    d, f = shape.dim, shape.ffn
    x, y = batch * src_len, batch * tgt_len
    self_attn = 2 * y * d * 3 * d + 4 * batch * tgt_len * tgt_len * d + 2 * y * d * d
    cross_attn = (2 * y * d * d  # q
                  + 2 * x * d * 2 * d  # fused k|v of the memory
                  + 4 * batch * tgt_len * src_len * d  # scores + weighted sum
                  + 2 * y * d * d)  # output projection
    per_layer = self_attn + cross_attn + 4 * y * d * f
    return shape.dec_layers * per_layer + 2 * y * d * shape.vocab


def forward_flops(shape, batch, src_len, tgt_len):
    return (encoder_forward_flops(shape, batch, src_len)
            + decoder_forward_flops(shape, batch, src_len, tgt_len))


def train_step_flops(shape, batch, src_len, tgt_len):
    """Forward + backward matmul FLOPs of one step on a padded [B, S] x [B, T] batch."""
    return 3 * forward_flops(shape, batch, src_len, tgt_len)


def train_flops_per_target_token(shape, length):
    """Forward + backward FLOPs per target position when S = T = length."""
    return train_step_flops(shape, 1, length, length) / length


def main():
    shape = TransformerShape()
    for length in (20, 30, 31, 40):
        mflop = train_flops_per_target_token(shape, length) / 1e6
        print(f"S = T = {length:2d}: {mflop:.3f} MFLOP per target token (forward + backward)")


if __name__ == "__main__":
    main()
