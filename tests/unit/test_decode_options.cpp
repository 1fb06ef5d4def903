// The option tables of decoding (decode/decode_options.h) and alignment
// (align/align_options.h): each flag is declared once, the tools that share a
// flag share its row (range, type, message), and the string choices are enums
// whose unknown values are usage errors (OptionError) naming the valid ones.
#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "align/align_options.h"
#include "base/options.h"
#include "decode/decode_options.h"

using namespace nmt;

namespace {

template <class C>
Option<C> row(const OptionTable<C>& table, const std::string& flag) {
  return option_with_flag(table, flag);
}

// The message of the OptionError that setting `text` throws; "" if none.
template <class C>
std::string refusal(const OptionTable<C>& table, const std::string& flag, const std::string& text) {
  C config;
  try {
    row(table, flag).set(config, text);
  } catch (const OptionError& e) {
    return e.what();
  }
  return "";
}

template <class C>
void check_flags_unique(const OptionTable<C>& table) {
  std::set<std::string> seen;
  for (const Option<C>& o : table) {
    INFO(o.flag);
    CHECK(seen.insert(o.name()).second);
  }
}

}  // namespace

TEST_CASE("nmt-translate and nmt-align share the rows of their common flags", "[options]") {
  const OptionTable<DecodeConfig>& decode = decode_options();
  const OptionTable<AlignConfig>& align = align_options();
  check_flags_unique(decode);
  check_flags_unique(align);
  for (const std::string flag :
       {"--beam", "--length-penalty", "--max-length-ratio", "--batch", "--max-input-tokens"}) {
    INFO(flag);
    CHECK(row(decode, flag).type == row(align, flag).type);
    CHECK(refusal(decode, flag, "-1") == refusal(align, flag, "-1"));
    CHECK_FALSE(refusal(decode, flag, "-1").empty());
  }
  CHECK(refusal(decode, "--beam", "0") == "--beam must be an integer from 1 to 1000, not '0'");
  CHECK(refusal(decode, "--precision", "fp16") == refusal(align, "--precision", "fp16"));
  CHECK(refusal(align, "--precision", "fp16") == "--precision must be fp32 or int8, not 'fp16'");
  // The meaning differs (cut or refused), so the help does; the range does not.
  CHECK(row(decode, "--max-input-tokens").help != row(align, "--max-input-tokens").help);
}

TEST_CASE("the values a tool's rows write land in its config", "[options]") {
  DecodeConfig d;
  CHECK_FALSE(d.precision.has_value());
  CHECK(row(decode_options(), "--precision").get(d).empty());  // unset: the model file decides
  row(decode_options(), "--precision").set(d, "int8");
  REQUIRE(d.precision.has_value());
  CHECK(*d.precision == Precision::Int8);
  row(decode_options(), "--beam").set(d, "7");
  row(decode_options(), "--n-best").set(d, "3");
  row(decode_options(), "--batch").set(d, "9");
  row(decode_options(), "--alignment").set(d, "soft");
  CHECK(d.translate.search.beam == 7);
  CHECK(d.translate.search.n_best == 3);
  CHECK(d.translate.batch_size == 9);
  CHECK(d.alignment == AlignmentOutput::soft);

  AlignConfig a;
  row(align_options(), "--beam").set(a, "4");
  row(align_options(), "--max-input-tokens").set(a, "20");
  row(align_options(), "--format").set(a, "html");
  row(align_options(), "--method").set(a, "threshold:0.25");
  row(align_options(), "--head").set(a, "2");
  row(align_options(), "--precision").set(a, "int8");
  CHECK(a.decode.search.beam == 4);
  CHECK(a.decode.max_input_tokens == 20);
  CHECK(a.format == PictureFormat::html);
  CHECK(a.method.method == viz::AlignMethod::threshold);
  CHECK(a.method.threshold == Approx(0.25f));
  CHECK(a.head.mode == HeadMode::number);
  CHECK(a.head.number == 2);
  CHECK(a.precision == Precision::Int8);
  CHECK(row(align_options(), "--method").get(a) == "threshold:0.25");
  CHECK(row(align_options(), "--model").name() == "--model");
  CHECK(row(align_options(), "--model").flag == "-m,--model");
  CHECK_THROWS_AS(row(align_options(), "--n-best"), std::logic_error);  // nmt-align has none
}

TEST_CASE("unknown choices are usage errors naming the valid ones", "[options]") {
  CHECK(refusal(decode_options(), "--alignment", "fuzzy") ==
        "--alignment must be hard or soft, not 'fuzzy'");
  CHECK(refusal(align_options(), "--format", "gif") ==
        "--format must be svg, png or html, not 'gif'");
  CHECK(refusal(align_options(), "--method", "max") ==
        "--method must be argmax, shift or threshold:T (0 < T <= 1), not 'max'");
  CHECK(refusal(align_options(), "--method", "threshold:1.5") ==
        "--method must be argmax, shift or threshold:T (0 < T <= 1), not 'threshold:1.5'");
  CHECK(refusal(align_options(), "--head", "first") ==
        "--head must be a head number from 0, avg or best, not 'first'");
}
