// Layout ops (reshape, transpose, permute, slice, concat, split) and the
// embedding lookup. reshape is a view; the others copy into contiguous storage.
#include <cstring>

#include "autograd/node.h"
#include "autograd/ops.h"

namespace nmt {
namespace {

// out = in permuted (out dim i = in dim order[i]); add accumulates instead.
// Shapes are padded to rank 4 so one loop nest serves every rank.
void permute_kernel(const float* in, const Shape& in_shape, const std::vector<int>& order,
                    float* out, bool add) {
  const int rank = in_shape.rank();
  int64_t in_stride[Shape::kMaxRank];
  int64_t s = 1;
  for (int i = rank - 1; i >= 0; --i) {
    in_stride[i] = s;
    s *= in_shape[i];
  }
  int64_t od[4] = {1, 1, 1, 1}, st[4] = {0, 0, 0, 0};
  for (int i = 0; i < rank; ++i) {
    od[4 - rank + i] = in_shape[order[i]];
    st[4 - rank + i] = in_stride[order[i]];
  }
  const int64_t outer = od[0] * od[1];
  parallel_rows(outer, od[2] * od[3], [&](int64_t r) {
    const int64_t i0 = r / od[1], i1 = r % od[1];
    float* dst = out + r * od[2] * od[3];
    for (int64_t i2 = 0; i2 < od[2]; ++i2) {
      const float* src = in + i0 * st[0] + i1 * st[1] + i2 * st[2];
      float* d = dst + i2 * od[3];
      if (add)
        for (int64_t i3 = 0; i3 < od[3]; ++i3) d[i3] += src[i3 * st[3]];
      else
        for (int64_t i3 = 0; i3 < od[3]; ++i3) d[i3] = src[i3 * st[3]];
    }
  });
}

Var permute_op(const char* op, const Var& a, const std::vector<int>& order) {
  const Shape& in = a.shape();
  bool ok = static_cast<int>(order.size()) == in.rank();
  std::vector<int> inverse(order.size(), -1);
  for (size_t i = 0; ok && i < order.size(); ++i) {
    ok = order[i] >= 0 && order[i] < in.rank() && inverse[order[i]] < 0;
    if (ok) inverse[order[i]] = static_cast<int>(i);
  }
  NMT_CHECK(ok, op, ": order is not a permutation of the dimensions of ", in.to_string());
  Shape os = in;
  for (int i = 0; i < in.rank(); ++i) os[i] = in[order[i]];
  Tensor out = Tensor::empty(os);
  permute_kernel(a.value().data(), in, order, out.data(), false);
  if (!any_requires_grad(a)) return Var(out);
  return record(op, out, {a}, [inverse, os](Node& self) {
    Node& p = *self.parents[0];
    bool fresh = false;
    float* g = grad_target(p, &fresh);
    permute_kernel(self.grad.data(), os, inverse, g, !fresh);
  });
}

struct AxisSplit {
  int axis = 0;
  int64_t outer = 1, n = 1, inner = 1;
};

AxisSplit axis_split(const char* op, const Shape& s, int axis) {
  NMT_CHECK(axis >= -s.rank() && axis < s.rank(), op, ": axis ", axis, " out of range for shape ",
            s.to_string());
  AxisSplit v;
  v.axis = s.normalize(axis);
  for (int i = 0; i < v.axis; ++i) v.outer *= s[i];
  v.n = s[v.axis];
  for (int i = v.axis + 1; i < s.rank(); ++i) v.inner *= s[i];
  return v;
}

}  // namespace

Var reshape(const Var& a, const Shape& shape) {
  Tensor out = a.value().reshape(shape);  // throws naming both shapes
  if (!any_requires_grad(a)) return Var(out);
  // The gradient is only re-labelled, so the parent may adopt it without a copy.
  return record("reshape", out, {a},
                [](Node& self) { accumulate_tensor(*self.parents[0], self.grad, true); });
}

Var transpose(const Var& a, int dim0, int dim1) {
  const Shape& s = a.shape();
  NMT_CHECK(dim0 >= -s.rank() && dim0 < s.rank() && dim1 >= -s.rank() && dim1 < s.rank(),
            "transpose: dimensions ", dim0, " and ", dim1, " out of range for shape ",
            s.to_string());
  std::vector<int> order(s.rank());
  for (int i = 0; i < s.rank(); ++i) order[i] = i;
  std::swap(order[s.normalize(dim0)], order[s.normalize(dim1)]);
  return permute_op("transpose", a, order);
}

Var permute(const Var& a, const std::vector<int>& order) {
  return permute_op("permute", a, order);
}

Var slice(const Var& a, int axis, int64_t begin, int64_t end) {
  const AxisSplit v = axis_split("slice", a.shape(), axis);
  NMT_CHECK(begin >= 0 && begin <= end && end <= v.n, "slice: range [", begin, ", ", end,
            ") out of bounds for axis ", axis, " of shape ", a.shape().to_string());
  Shape os = a.shape();
  os[v.axis] = end - begin;
  Tensor out = Tensor::empty(os);
  const int64_t len = (end - begin) * v.inner;
  const float* pa = a.value().data() + begin * v.inner;
  float* po = out.data();
  parallel_rows(v.outer, len, [&](int64_t o) {
    if (len > 0) std::memcpy(po + o * len, pa + o * v.n * v.inner, sizeof(float) * len);
  });
  if (!any_requires_grad(a)) return Var(out);
  return record("slice", out, {a}, [v, begin, len](Node& self) {
    float* g = grad_zeroed(*self.parents[0]) + begin * v.inner;
    const float* src = self.grad.data();
    parallel_rows(v.outer, len, [&](int64_t o) {
      float* d = g + o * v.n * v.inner;
      const float* s = src + o * len;
      for (int64_t i = 0; i < len; ++i) d[i] += s[i];
    });
  });
}

Var concat(const std::vector<Var>& parts, int axis) {
  NMT_CHECK(!parts.empty(), "concat: no parts");
  const Shape& first = parts[0].shape();
  const AxisSplit v0 = axis_split("concat", first, axis);
  Shape os = first;
  os[v0.axis] = 0;
  for (const Var& p : parts) {
    bool ok = p.shape().rank() == first.rank();
    for (int i = 0; ok && i < first.rank(); ++i) ok = i == v0.axis || p.shape()[i] == first[i];
    NMT_CHECK_SHAPES(ok, "concat", "parts differ outside the concatenation axis", first, p.shape());
    os[v0.axis] += p.shape()[v0.axis];
  }
  Tensor out = Tensor::empty(os);
  const int64_t total = os[v0.axis] * v0.inner;
  std::vector<int64_t> offsets;  // start of each part inside an output row, in elements
  int64_t offset = 0;
  bool grad = grad_enabled();
  bool any = false;
  for (const Var& p : parts) {
    const int64_t len = p.shape()[v0.axis] * v0.inner;
    const float* src = p.value().data();
    float* dst = out.data() + offset;
    parallel_rows(v0.outer, len, [&](int64_t o) {
      if (len > 0) std::memcpy(dst + o * total, src + o * len, sizeof(float) * len);
    });
    offsets.push_back(offset);
    offset += len;
    any = any || p.requires_grad();
  }
  if (!grad || !any) return Var(out);
  const int64_t outer = v0.outer;
  return record("concat", out, parts, [offsets, outer, total](Node& self) {
    const float* g = self.grad.data();
    for (size_t k = 0; k < self.parents.size(); ++k) {
      Node& p = *self.parents[k];
      if (!p.requires_grad) continue;
      const int64_t len = p.value.numel() / outer;
      const float* src = g + offsets[k];
      bool fresh = false;
      float* d = grad_target(p, &fresh);
      parallel_rows(outer, len, [&](int64_t o) {
        if (fresh)
          for (int64_t i = 0; i < len; ++i) d[o * len + i] = src[o * total + i];
        else
          for (int64_t i = 0; i < len; ++i) d[o * len + i] += src[o * total + i];
      });
    }
  });
}

std::vector<Var> split(const Var& a, int axis, const std::vector<int64_t>& sizes) {
  const AxisSplit v = axis_split("split", a.shape(), axis);
  int64_t sum = 0;
  for (int64_t s : sizes) {
    NMT_CHECK(s >= 0, "split: negative size ", s);
    sum += s;
  }
  NMT_CHECK(sum == v.n, "split: sizes add up to ", sum, " but axis ", axis, " of shape ",
            a.shape().to_string(), " has ", v.n);
  std::vector<Var> parts;
  int64_t begin = 0;
  for (int64_t s : sizes) {
    parts.push_back(slice(a, axis, begin, begin + s));
    begin += s;
  }
  return parts;
}

Var embedding(const Var& table, const std::vector<int32_t>& ids) {
  const Shape& ts = table.shape();
  NMT_CHECK(ts.rank() == 2, "embedding: table must be [V, D], got ", ts.to_string());
  const int64_t vocab = ts[0], dim = ts[1], n = static_cast<int64_t>(ids.size());
  for (int64_t i = 0; i < n; ++i)
    NMT_CHECK(ids[i] >= 0 && ids[i] < vocab, "embedding: id ", ids[i], " at position ", i,
              " out of range for table ", ts.to_string());
  Tensor out = Tensor::empty(Shape{n, dim});
  const float* pt = table.value().data();
  float* po = out.data();
  parallel_rows(n, dim, [&](int64_t i) {
    std::memcpy(po + i * dim, pt + static_cast<int64_t>(ids[i]) * dim, sizeof(float) * dim);
  });
  if (!any_requires_grad(table)) return Var(out);
  return record("embedding", out, {table}, [ids, dim](Node& self) {
    float* g = grad_zeroed(*self.parents[0]);
    const float* src = self.grad.data();
    // Serial over ids: repeated ids add into the same row.
    for (size_t i = 0; i < ids.size(); ++i) {
      float* d = g + static_cast<int64_t>(ids[i]) * dim;
      const float* s = src + static_cast<int64_t>(i) * dim;
      for (int64_t j = 0; j < dim; ++j) d[j] += s[j];
    }
  });
}

}  // namespace nmt
