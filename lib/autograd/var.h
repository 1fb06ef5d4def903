// Var: a value on the define-by-run tape. An op on Vars computes its result
// at once and, when gradients are wanted, records a node holding its parents
// and how to push its gradient back to them. backward(loss) walks the nodes in
// reverse order, accumulating (+=) into each parent's grad, then releases the
// graph so intermediate tensors return to the pool.
// Layers use Vars and the free functions of ops.h; they never see nodes.
#pragma once

#include <memory>

#include "tensor/gemm.h"
#include "tensor/tensor.h"

namespace nmt {

struct Node;  // defined in autograd/node.h, seen only by op implementations

// Every Var counts itself on its node. When the last Var of a recorded
// (non-leaf) node goes away, the node drops its value and keeps only the
// shape: backward closures hold exactly the tensors they need, so forward
// activations that no gradient reads (a linear layer's output before ReLU,
// the logits once the loss has them) return to the pool during the forward
// pass instead of living until backward.
class Var {
 public:
  Var() = default;
  Var(const Var& other);
  Var(Var&& other) noexcept;
  Var& operator=(const Var& other);
  Var& operator=(Var&& other) noexcept;
  ~Var();
  // A leaf. requires_grad=true makes it a trainable parameter whose grad is
  // filled by backward(); false makes it a constant input.
  explicit Var(Tensor value, bool requires_grad = false);

  bool defined() const { return node_ != nullptr; }
  const Tensor& value() const;
  Tensor& mutable_value();  // in-place updates (optimizers, loading)
  const Shape& shape() const { return value().shape(); }
  int64_t dim(int i) const { return value().dim(i); }
  bool requires_grad() const;

  // The accumulated gradient; undefined until backward() reached this Var
  // (mutable_grad() does not allocate one; check defined()).
  const Tensor& grad() const;
  Tensor& mutable_grad();
  void zero_grad();  // drops the gradient (the next backward starts from zero)

  Node* node() const { return node_.get(); }
  explicit Var(std::shared_ptr<Node> node);
  const std::shared_ptr<Node>& node_ptr() const { return node_; }

 private:
  void attach();  // counts this Var on node_ (if any)
  void detach();  // uncounts it; drops a recorded node's value at zero

  std::shared_ptr<Node> node_;
};

// Backpropagate from a scalar (numel 1) loss with seed gradient 1, then free
// the graph behind it. Leaves keep their accumulated gradients; intermediate
// Vars keep their values but lose their gradients and links, so a graph can be
// backpropagated once. Throws nmt::Error if the loss needs no gradient.
void backward(const Var& loss);

// While a NoGradGuard lives, ops record nothing (inference: no tape, no
// retained activations). Guards nest.
class NoGradGuard {
 public:
  NoGradGuard();
  ~NoGradGuard();
  NoGradGuard(const NoGradGuard&) = delete;
  NoGradGuard& operator=(const NoGradGuard&) = delete;

 private:
  bool previous_;
};
bool grad_enabled();

// Mixed precision: while a WeightGemmPrecision guard lives, the products of
// activations with weights (linear, matmul with a rank-2 right operand,
// the output layer of projected_cross_entropy) and their backward products
// run at that GemmPrecision (tensor/gemm.h: bf16 operands, float32 sums).
// Batched products of two activations (attention scores and context) and all
// other ops stay float32, as do the weights, their gradients and the
// optimizer. An op's backward uses the precision its forward ran with.
// Guards nest; the default is fp32.
class WeightGemmPrecision {
 public:
  explicit WeightGemmPrecision(GemmPrecision precision);
  ~WeightGemmPrecision();
  WeightGemmPrecision(const WeightGemmPrecision&) = delete;
  WeightGemmPrecision& operator=(const WeightGemmPrecision&) = delete;

 private:
  GemmPrecision previous_;
};
GemmPrecision weight_gemm_precision();

// Number of live tape nodes with a backward function (for leak tests).
int64_t live_tape_nodes();

}  // namespace nmt
