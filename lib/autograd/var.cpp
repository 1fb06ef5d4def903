// Var accessors, the tape's bookkeeping (record, gradient buffers, live node
// count) and backward(): topological sort, reverse sweep, release.
#include "autograd/var.h"

#include <atomic>
#include <cstring>

#include "autograd/node.h"

namespace nmt {
namespace {

std::atomic<int64_t> g_live_nodes{0};
std::atomic<uint64_t> g_visit_epoch{0};
thread_local bool g_grad_enabled = true;
thread_local GemmPrecision g_weight_gemm_precision = GemmPrecision::Fp32;

Node& checked(const std::shared_ptr<Node>& node, const char* what) {
  NMT_CHECK(node != nullptr, "Var::", what, ": the Var is undefined");
  return *node;
}

// Parents before children, counting only nodes that take part in the gradient.
std::vector<std::shared_ptr<Node>> topological_order(const std::shared_ptr<Node>& root) {
  const uint64_t mark = ++g_visit_epoch;
  std::vector<std::shared_ptr<Node>> order;
  // Iterative DFS: (node, index of the next parent to visit).
  std::vector<std::pair<Node*, size_t>> stack;
  std::vector<std::shared_ptr<Node>> owners;  // keeps stack entries alive
  root->visit_mark = mark;
  stack.emplace_back(root.get(), 0);
  owners.push_back(root);
  while (!stack.empty()) {
    auto& [node, next] = stack.back();
    if (next < node->parents.size()) {
      const std::shared_ptr<Node>& parent = node->parents[next++];
      if (parent->requires_grad && parent->visit_mark != mark) {
        parent->visit_mark = mark;
        stack.emplace_back(parent.get(), 0);
        owners.push_back(parent);
      }
      continue;
    }
    order.push_back(std::move(owners.back()));
    owners.pop_back();
    stack.pop_back();
  }
  return order;
}

}  // namespace

// ---- Node ----

Node::~Node() {
  if (backward) --g_live_nodes;
  std::vector<std::shared_ptr<Node>> pending = std::move(parents);
  while (!pending.empty()) {
    std::shared_ptr<Node> p = std::move(pending.back());
    pending.pop_back();
    if (p.use_count() == 1) {
      for (auto& q : p->parents) pending.push_back(std::move(q));
      p->parents.clear();
    }
  }
}

void Node::release() {
  if (backward) --g_live_nodes;
  backward = nullptr;
  parents.clear();
  grad = Tensor();
}

Var record(const char* op, Tensor value, std::vector<Var> parents, Node::BackwardFn backward) {
  auto node = std::make_shared<Node>();
  node->value = std::move(value);
  node->op = op;
  node->requires_grad = true;
  node->parents.reserve(parents.size());
  for (Var& p : parents) node->parents.push_back(p.node_ptr());
  node->backward = std::move(backward);
  ++g_live_nodes;
  return Var(std::move(node));
}

float* grad_target(Node& parent, bool* fresh) {
  *fresh = !parent.grad.defined();
  if (*fresh) parent.grad = Tensor::empty(parent.value.shape());
  return parent.grad.data();
}

float* grad_zeroed(Node& parent) {
  if (!parent.grad.defined()) parent.grad = Tensor::zeros(parent.value.shape());
  return parent.grad.data();
}

bool take_grad_in_place(Node& self) {
  Node& parent = *self.parents[0];
  if (parent.grad.defined() || !self.grad.sole_owner() || self.grad.numel() != parent.value.numel())
    return false;
  parent.grad = self.grad.reshape(parent.value.shape());
  self.grad = Tensor();
  return true;
}

void accumulate_tensor(Node& parent, const Tensor& g, bool may_take) {
  if (!parent.grad.defined() && may_take) {
    parent.grad = g.reshape(parent.value.shape());
    return;
  }
  const float* src = g.data();
  accumulate_each(parent, [src](int64_t i) { return src[i]; });
}

// ---- Var ----

Var::Var(Tensor value, bool requires_grad) : node_(std::make_shared<Node>()) {
  node_->value = std::move(value);
  node_->requires_grad = requires_grad;
  attach();
}

Var::Var(std::shared_ptr<Node> node) : node_(std::move(node)) {
  attach();
}
Var::Var(const Var& other) : node_(other.node_) {
  attach();
}
Var::Var(Var&& other) noexcept : node_(std::move(other.node_)) {}
Var& Var::operator=(const Var& other) {
  if (node_ != other.node_) {
    detach();
    node_ = other.node_;
    attach();
  }
  return *this;
}
Var& Var::operator=(Var&& other) noexcept {
  if (this != &other) {
    detach();
    node_ = std::move(other.node_);
  }
  return *this;
}
Var::~Var() {
  detach();
}

void Var::attach() {
  if (node_) node_->handles.fetch_add(1, std::memory_order_relaxed);
}

void Var::detach() {
  if (!node_) return;
  // Only a node still on the tape drops its value: leaves and values that
  // survived backward belong to whoever made them.
  if (node_->handles.fetch_sub(1, std::memory_order_acq_rel) == 1 && node_->backward)
    node_->value.release_storage();
  node_.reset();
}

const Tensor& Var::value() const {
  return checked(node_, "value").value;
}
Tensor& Var::mutable_value() {
  return checked(node_, "mutable_value").value;
}
bool Var::requires_grad() const {
  return checked(node_, "requires_grad").requires_grad;
}
const Tensor& Var::grad() const {
  return checked(node_, "grad").grad;
}
Tensor& Var::mutable_grad() {
  return checked(node_, "mutable_grad").grad;
}
void Var::zero_grad() {
  checked(node_, "zero_grad").grad = Tensor();
}

// ---- backward ----

void backward(const Var& loss) {
  NMT_CHECK(loss.defined(), "backward: the loss is undefined");
  NMT_CHECK(loss.value().numel() == 1, "backward: the loss must have one element, got shape ",
            loss.shape().to_string());
  NMT_CHECK(loss.requires_grad(),
            "backward: the loss does not depend on anything that requires a gradient");
  std::vector<std::shared_ptr<Node>> order = topological_order(loss.node_ptr());
  Node& root = *loss.node();
  accumulate_tensor(root, Tensor::full(root.value.shape(), 1.0f), true);
  // Children come before parents, so once a node has pushed its gradient back
  // nothing needs it again: free its gradient, its closure's tensors and (when
  // no Var outside holds it) its value at once, instead of after the whole
  // pass. This keeps peak memory near the forward pass's own. Leaves keep
  // their gradients.
  for (auto it = order.rbegin(); it != order.rend(); ++it) {
    Node& node = **it;
    if (node.backward && node.grad.defined()) node.backward(node);
    if (node.backward || !node.parents.empty()) node.release();
    it->reset();
  }
}

// ---- grad mode ----

NoGradGuard::NoGradGuard() : previous_(g_grad_enabled) {
  g_grad_enabled = false;
}
NoGradGuard::~NoGradGuard() {
  g_grad_enabled = previous_;
}
bool grad_enabled() {
  return g_grad_enabled;
}

WeightGemmPrecision::WeightGemmPrecision(GemmPrecision precision)
    : previous_(g_weight_gemm_precision) {
  g_weight_gemm_precision = precision;
}
WeightGemmPrecision::~WeightGemmPrecision() {
  g_weight_gemm_precision = previous_;
}
GemmPrecision weight_gemm_precision() {
  return g_weight_gemm_precision;
}

int64_t live_tape_nodes() {
  return g_live_nodes.load();
}

}  // namespace nmt
