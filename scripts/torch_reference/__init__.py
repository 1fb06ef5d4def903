"""PyTorch reference implementations of nmt's benchmark models (see docs/COMPARE_TORCH.md)."""
