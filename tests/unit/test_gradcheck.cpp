// Finite-difference gradient checks for every op in autograd/ops.h, from ONE
// table: each entry builds small random inputs and a scalar loss. Adding an op
// means adding a line here; the last test fails if an op in ops.h has none.
// The harness (central differences, the weighing of outputs) is
// tests/support/gradcheck.h.
#include <catch2/catch.hpp>
#include <cmath>
#include <fstream>
#include <functional>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "autograd/ops.h"
#include "autograd/step_linear.h"
#include "support/gradcheck.h"

using namespace nmt;
using namespace nmt_test;

namespace {

// add/sub/mul/div over same shape, a suffix, a middle-less suffix and one element.
void add_binary_entries(std::vector<Entry>& table, const std::string& name,
                        Var (*op)(const Var&, const Var&)) {
  const std::vector<std::pair<std::string, Shape>> b_shapes = {
      {"same", Shape{2, 3, 4}}, {"suffix2", Shape{3, 4}}, {"suffix1", Shape{4}}, {"one", Shape{1}}};
  for (const auto& [variant, bs] : b_shapes) {
    const Shape b_shape = bs;
    table.push_back({name + "/" + variant, [op, b_shape](Rng& rng) {
                       return binary_case(param(rng, {2, 3, 4}), away_from_zero(rng, b_shape), op);
                     }});
  }
}

void add_matmul_entries(std::vector<Entry>& table) {
  for (int t = 0; t < 4; ++t) {
    const bool ta = t & 1, tb = t & 2;
    const std::string flags = std::string(ta ? "T" : "N") + (tb ? "T" : "N");
    auto a_shape = [ta](std::vector<int64_t> lead, int64_t m, int64_t k) {
      Shape s;
      if (lead.empty())
        s = ta ? Shape{k, m} : Shape{m, k};
      else
        s = ta ? Shape{lead[0], k, m} : Shape{lead[0], m, k};
      return s;
    };
    auto b_shape = [tb](std::vector<int64_t> lead, int64_t k, int64_t n) {
      if (lead.empty()) return tb ? Shape{n, k} : Shape{k, n};
      return tb ? Shape{lead[0], n, k} : Shape{lead[0], k, n};
    };
    auto f = [ta, tb](const Var& a, const Var& b) { return matmul(a, b, ta, tb); };
    table.push_back({"matmul/2d_" + flags, [=](Rng& rng) {
                       return binary_case(param(rng, a_shape({}, 3, 4)),
                                          param(rng, b_shape({}, 4, 5)), f);
                     }});
    table.push_back({"matmul/batched_" + flags, [=](Rng& rng) {
                       return binary_case(param(rng, a_shape({2}, 3, 4)),
                                          param(rng, b_shape({2}, 4, 2)), f);
                     }});
    table.push_back({"matmul/shared_b_" + flags, [=](Rng& rng) {
                       return binary_case(param(rng, a_shape({3}, 2, 4)),
                                          param(rng, b_shape({}, 4, 3)), f);
                     }});
  }
  table.push_back({"matmul/rank4", [](Rng& rng) {
                     return binary_case(
                         param(rng, {2, 2, 3, 4}), param(rng, {2, 2, 3, 4}),
                         [](const Var& a, const Var& b) { return matmul(a, b, false, true); });
                   }});
}

void add_reduce_entries(std::vector<Entry>& table) {
  for (int axis : {0, 1, -1}) {
    for (bool keep : {false, true}) {
      const std::string v = "axis" + std::to_string(axis) + (keep ? "_keep" : "");
      table.push_back({"sum/" + v, [=](Rng& rng) {
                         return unary_case(param(rng, {2, 3, 4}),
                                           [=](const Var& x) { return sum(x, axis, keep); });
                       }});
      table.push_back({"mean/" + v, [=](Rng& rng) {
                         return unary_case(param(rng, {2, 3, 4}),
                                           [=](const Var& x) { return mean(x, axis, keep); });
                       }});
    }
  }
  table.push_back({"sum/vector", [](Rng& rng) {
                     return unary_case(param(rng, {5}), [](const Var& x) { return sum(x, 0); });
                   }});
  table.push_back({"sum_all", [](Rng& rng) {
                     return unary_case(param(rng, {3, 4}),
                                       [](const Var& x) { return scale(sum_all(x), 0.7f); });
                   }});
  table.push_back({"mean_all", [](Rng& rng) {
                     return unary_case(param(rng, {3, 4}),
                                       [](const Var& x) { return scale(mean_all(x), 1.3f); });
                   }});
}

void add_layout_entries(std::vector<Entry>& table) {
  table.push_back({"reshape", [](Rng& rng) {
                     // Shape's initializer list rejects -1, so set the inferred dimension after.
                     Shape target{3, 1, 2};
                     target[1] = -1;
                     return unary_case(param(rng, {2, 6}),
                                       [target](const Var& x) { return reshape(x, target); });
                   }});
  table.push_back(
      {"transpose", [](Rng& rng) {
         return unary_case(param(rng, {2, 3, 4}), [](const Var& x) { return transpose(x, 0, 2); });
       }});
  table.push_back({"permute", [](Rng& rng) {
                     return unary_case(param(rng, {2, 3, 4, 2}), [](const Var& x) {
                       return permute(x, {2, 0, 3, 1});
                     });
                   }});
  table.push_back(
      {"slice", [](Rng& rng) {
         return unary_case(param(rng, {2, 5, 3}), [](const Var& x) { return slice(x, 1, 1, 4); });
       }});
  table.push_back(
      {"concat", [](Rng& rng) {
         Var a = param(rng, {2, 2, 3}), b = param(rng, {2, 1, 3}), c = param(rng, {2, 3, 3});
         return GradCase{{a, b, c}, [=] { return weigh(concat({a, b, c}, 1)); }};
       }});
  table.push_back({"split", [](Rng& rng) {
                     Var x = param(rng, {3, 6});
                     return GradCase{{x}, [=] {
                                       auto parts = split(x, -1, {1, 3, 2});
                                       return add(add(weigh(parts[0], 1), weigh(parts[1], 2)),
                                                  weigh(parts[2], 3));
                                     }};
                   }});
  table.push_back(
      {"embedding/repeated_ids", [](Rng& rng) {
         Var t = param(rng, {5, 3});
         return unary_case(t, [](const Var& x) { return embedding(x, {1, 4, 1, 0, 1}); });
       }});
}

void add_nn_entries(std::vector<Entry>& table) {
  table.push_back({"softmax", [](Rng& rng) {
                     return unary_case(param(rng, {3, 5}, -2, 2), softmax);
                   }});
  table.push_back({"log_softmax", [](Rng& rng) {
                     return unary_case(param(rng, {3, 5}, -2, 2), log_softmax);
                   }});
  // x-hat recovered from the output (every |gamma| large enough).
  table.push_back(
      {"layer_norm/from_output", [](Rng& rng) {
         Var x = param(rng, {2, 3, 5}, -2, 2), g = away_from_zero(rng, {5}), b = param(rng, {5});
         return GradCase{{x, g, b}, [=] { return weigh(layer_norm(x, g, b)); }};
       }});
  // One gamma near zero: the input is kept instead.
  table.push_back(
      {"layer_norm/small_gamma", [](Rng& rng) {
         Var x = param(rng, {3, 5}, -2, 2), g = param(rng, {5}, 0.5f, 1.5f), b = param(rng, {5});
         g.mutable_value().at(2) = 1e-4f;
         return GradCase{{x, g, b}, [=] { return weigh(layer_norm(x, g, b)); }};
       }});
  table.push_back({"masked_fill", [](Rng& rng) {
                     Tensor mask = Tensor::from_vector({2, 3}, {0, 1, 0, 1, 0, 0});
                     return unary_case(param(rng, {2, 2, 3}), [mask](const Var& x) {
                       return masked_fill(x, mask, -3.0f);
                     });
                   }});
  table.push_back({"dropout", [](Rng& rng) {
                     return unary_case(param(rng, {4, 5}), [](const Var& x) {
                       Rng fixed(42);  // re-seeded on every call: the same mask each time
                       return dropout(x, 0.4f, fixed);
                     });
                   }});
  // Odd sizes: the mask pairs elements (one hash per two), the last is alone.
  table.push_back({"dropout/odd_large", [](Rng& rng) {
                     return unary_case(param(rng, {3, 1367}), [](const Var& x) {
                       Rng fixed(43);
                       return dropout(x, 0.3f, fixed);
                     });
                   }});
  table.push_back({"relu_dropout", [](Rng& rng) {
                     return unary_case(away_from_zero(rng, {5, 7}), [](const Var& x) {
                       Rng fixed(44);
                       return relu_dropout(x, 0.4f, fixed);
                     });
                   }});
  table.push_back({"relu_dropout/p0", [](Rng& rng) {
                     return unary_case(away_from_zero(rng, {3, 4}), [](const Var& x) {
                       Rng fixed(45);
                       return relu_dropout(x, 0.0f, fixed);
                     });
                   }});
  table.push_back(
      {"scaled_masked_softmax/causal", [](Rng& rng) {
         Tensor mask = Tensor::from_vector({3, 3}, {0, -1e9f, -1e9f, 0, 0, -1e9f, 0, 0, 0});
         return unary_case(param(rng, {2, 2, 3, 3}, -2, 2),
                           [mask](const Var& x) { return scaled_masked_softmax(x, 0.5f, mask); });
       }});
  table.push_back({"scaled_masked_softmax/key_padding", [](Rng& rng) {
                     // [B, 1, 1, S] on [B, H, T, S]: per-item padding shared by heads and rows.
                     Tensor mask = Tensor::from_vector({2, 1, 1, 3}, {0, 0, -1e9f, 0, -1e9f, 0});
                     return unary_case(param(rng, {2, 2, 2, 3}, -2, 2), [mask](const Var& x) {
                       return scaled_masked_softmax(x, 0.8f, mask);
                     });
                   }});
  table.push_back({"scaled_masked_softmax/no_mask", [](Rng& rng) {
                     return unary_case(param(rng, {2, 4}, -2, 2), [](const Var& x) {
                       return scaled_masked_softmax(x, 1.7f, Tensor());
                     });
                   }});
  // q[H, B, T, dk], k[H, B, S, dk], v[H, B, S, dv], as MultiHeadAttention lays them out.
  auto attention_case = [](Rng& rng, Shape qs, Shape ks, Shape vs, Tensor mask, float p,
                           uint64_t dropout_seed) {
    Var q = param(rng, qs), k = param(rng, ks), v = param(rng, vs);
    return GradCase{{q, k, v}, [=] {
                      Rng fixed(dropout_seed);  // the same mask on every call
                      return weigh(dot_product_attention(q, k, v, 0.7f, mask, p, fixed));
                    }};
  };
  table.push_back(
      {"dot_product_attention/causal_dropout", [=](Rng& rng) {
         Tensor causal = Tensor::from_vector({3, 3}, {0, -1e9f, -1e9f, 0, 0, -1e9f, 0, 0, 0});
         return attention_case(rng, {2, 2, 3, 4}, {2, 2, 3, 4}, {2, 2, 3, 5}, causal, 0.3f, 46);
       }});
  table.push_back(
      {"dot_product_attention/key_padding", [=](Rng& rng) {
         // [B, 1, S] on scores [H, B, T, S]: one padded key in the second item.
         Tensor pad = Tensor::from_vector({2, 1, 3}, {0, 0, 0, 0, 0, -1e9f});
         return attention_case(rng, {2, 2, 2, 4}, {2, 2, 3, 4}, {2, 2, 3, 3}, pad, 0.0f, 47);
       }});
  table.push_back(
      {"dot_product_attention/no_mask", [=](Rng& rng) {
         return attention_case(rng, {3, 2, 4}, {3, 5, 4}, {3, 5, 2}, Tensor(), 0.5f, 48);
       }});
  table.push_back({"cross_entropy/smoothing_pad", [](Rng& rng) {
                     return unary_case(param(rng, {5, 4}, -2, 2), [](const Var& x) {
                       return cross_entropy(x, {2, 0, 3, 0, 1}, 0.1f, /*pad_id=*/0).loss;
                     });
                   }});
  table.push_back({"cross_entropy/plain", [](Rng& rng) {
                     return unary_case(param(rng, {3, 6}, -2, 2), [](const Var& x) {
                       return cross_entropy(x, {5, 0, 2}).loss;
                     });
                   }});
  // Blocks of 2 rows over 7 rows (2 of them pad): several blocks, a short last one.
  table.push_back({"projected_cross_entropy/linear_bias_pad_blocks", [](Rng& rng) {
                     Var h = param(rng, {7, 3}), w = param(rng, {3, 5}), b = param(rng, {5});
                     return GradCase{
                         {h, w, b}, [=] {
                           // weigh: an upstream gradient other than 1
                           return weigh(projected_cross_entropy(h, {w, false, b},
                                                                {2, 0, 4, 1, 0, 3, 1}, 0.1f, 0, 2)
                                            .loss);
                         }};
                   }});
  table.push_back({"projected_cross_entropy/tied_no_bias", [](Rng& rng) {
                     Var h = param(rng, {4, 3}), e = param(rng, {6, 3});
                     return GradCase{
                         {h, e}, [=] {
                           return projected_cross_entropy(h, {e, true, Var()}, {5, 0, 2, 3}).loss;
                         }};
                   }});
  table.push_back({"project/linear", [](Rng& rng) {
                     Var x = param(rng, {2, 3, 4}), w = param(rng, {4, 5}), b = param(rng, {5});
                     return GradCase{{x, w, b}, [=] { return weigh(project(x, {w, false, b})); }};
                   }});
  table.push_back({"project/tied_bias", [](Rng& rng) {
                     Var x = param(rng, {3, 4}), e = param(rng, {5, 4}), b = param(rng, {5});
                     return GradCase{{x, e, b}, [=] { return weigh(project(x, {e, true, b})); }};
                   }});
  table.push_back({"additive_scores", [](Rng& rng) {
                     Var k = param(rng, {3, 2, 4}), q = param(rng, {2, 4}), v = param(rng, {4, 1});
                     return GradCase{{k, q, v}, [=] { return weigh(additive_scores(k, q, v)); }};
                   }});
  // Large pre-activations (tanh saturates) and a v of rank 1.
  table.push_back(
      {"additive_scores/saturated", [](Rng& rng) {
         Var k = param(rng, {2, 3, 5}, -4, 4), q = param(rng, {3, 5}, -4, 4), v = param(rng, {5});
         return GradCase{{k, q, v}, [=] { return weigh(additive_scores(k, q, v)); }};
       }});
  table.push_back({"lstm_cell", [](Rng& rng) {
                     Var gates = param(rng, {2, 12}, -2, 2), c = param(rng, {2, 3});
                     return GradCase{{gates, c}, [=] {
                                       LstmState s = lstm_cell(gates, c);
                                       return add(weigh(s.h, 1), weigh(s.c, 2));
                                     }};
                   }});
}

std::vector<Entry> make_table() {
  std::vector<Entry> table;
  add_binary_entries(table, "add", add);
  add_binary_entries(table, "sub", sub);
  add_binary_entries(table, "mul", mul);
  add_binary_entries(table, "div", div);
  table.push_back(
      {"scale", [](Rng& rng) {
         return unary_case(param(rng, {3, 4}), [](const Var& x) { return scale(x, -2.5f); });
       }});
  table.push_back({"add_scalar", [](Rng& rng) {
                     return unary_case(param(rng, {3, 4}),
                                       [](const Var& x) { return mul(add_scalar(x, 0.5f), x); });
                   }});
  table.push_back({"neg", [](Rng& rng) { return unary_case(param(rng, {3, 4}), neg); }});
  table.push_back({"tanh", [](Rng& rng) {
                     return unary_case(param(rng, {3, 4}, -2, 2), nmt::tanh);
                   }});
  table.push_back({"sigmoid", [](Rng& rng) {
                     return unary_case(param(rng, {3, 4}, -3, 3), sigmoid);
                   }});
  table.push_back({"relu", [](Rng& rng) { return unary_case(away_from_zero(rng, {3, 4}), relu); }});
  table.push_back({"exp", [](Rng& rng) { return unary_case(param(rng, {3, 4}), nmt::exp); }});
  table.push_back({"log", [](Rng& rng) {
                     return unary_case(param(rng, {3, 4}, 0.5f, 2.0f), nmt::log);
                   }});
  add_matmul_entries(table);
  table.push_back({"linear/bias", [](Rng& rng) {
                     Var x = param(rng, {2, 3, 4}), w = param(rng, {4, 5}), b = param(rng, {5});
                     return GradCase{{x, w, b}, [=] { return weigh(linear(x, w, b)); }};
                   }});
  table.push_back({"linear/no_bias", [](Rng& rng) {
                     Var x = param(rng, {3, 4}), w = param(rng, {4, 2});
                     return GradCase{{x, w}, [=] { return weigh(linear(x, w, Var())); }};
                   }});
  // Packed per-step products (not in ops.h: autograd/step_linear.h). The pack
  // is a snapshot, so it is made inside the loss, after each perturbation;
  // 70 outputs cross a 64-column group; x used twice accumulates gradients.
  table.push_back(
      {"step_linear/bias", [](Rng& rng) {
         Var x = param(rng, {2, 3, 4}), w = param(rng, {4, 70}), b = param(rng, {70});
         return GradCase{{x, w, b}, [=] { return weigh(step_linear(x, StepWeight::pack(w), b)); }};
       }});
  table.push_back({"step_linear/twice", [](Rng& rng) {
                     Var x = param(rng, {3, 5}), w = param(rng, {5, 3});
                     return GradCase{{x, w}, [=] {
                                       const StepWeight sw = StepWeight::pack(w);
                                       Var once = step_linear(x, sw, Var());
                                       return add(weigh(once, 1),
                                                  weigh(step_linear(x, sw, Var()), 2));
                                     }};
                   }});
  add_reduce_entries(table);
  add_layout_entries(table);
  add_nn_entries(table);
  return table;
}

}  // namespace

TEST_CASE("every op's gradient matches central differences", "[gradcheck]") {
  const std::vector<Entry> table = make_table();
  for (const Entry& entry : table) {
    for (uint64_t seed : {1u, 2u}) {
      const Mismatch m = check_entry(entry, seed);
      INFO(entry.name << " seed " << seed << ": " << m.where << " numeric " << m.numeric
                      << " analytic " << m.analytic);
      CHECK(m.where.empty());
    }
  }
  CHECK(live_tape_nodes() == 0);
}

TEST_CASE("gradcheck catches a wrong gradient", "[gradcheck]") {
  // The harness itself must be able to fail: a loss whose recorded gradient is
  // deliberately wrong (x * stop_gradient-like constant copy of x) must mismatch.
  Entry wrong{"wrong", [](Rng& rng) {
                Var x = param(rng, {3}, 0.5f, 1.5f);
                return GradCase{{x}, [x] { return weigh(mul(x, Var(x.value().clone()))); }};
              }};
  CHECK_FALSE(check_entry(wrong, 1).where.empty());
}

TEST_CASE("every op declared in ops.h has a gradcheck entry", "[gradcheck]") {
  std::ifstream in(std::string(NMT_SOURCE_DIR) + "/lib/autograd/ops.h");
  REQUIRE(in.good());
  // A declaration: return type, name, '(' at the start of a line.
  const std::regex decl(R"(^([A-Za-z_][\w:<>]*)\s+([a-z_][a-z0-9_]*)\()");
  std::set<std::string> declared;
  std::string line;
  while (std::getline(in, line)) {
    std::smatch m;
    if (std::regex_search(line, m, decl)) declared.insert(m[2]);
  }
  REQUIRE(declared.size() >= 30);  // the parse found the API, not nothing
  std::set<std::string> covered;
  for (const Entry& e : make_table()) covered.insert(e.name.substr(0, e.name.find('/')));
  for (const std::string& op : declared) {
    INFO("op without a gradcheck entry: " << op);
    CHECK(covered.count(op) == 1);
  }
}
