// The option tables (lib/base/options.h) and the two configs built on them:
// values read back exactly, ranges and choices refused with the flag's name,
// texts written by the previous version (before the tables) read the same,
// the options changed on a resume, and the per-family layer defaults.
#include <catch2/catch.hpp>
#include <cmath>

#include "base/options.h"
#include "models/model_config.h"
#include "train/train_config.h"

using namespace nmt;

namespace {

// The train config text of a checkpoint written by nmt before the option
// tables (commit de1625b): bools as 0/1, floats with 9 digits.
const char* kOldTrainText =
    "train_src = train.en\ntrain_tgt = train.es\nvalid_src = \nvalid_tgt = \n"
    "model_path = m.nmt\nmax_line_bytes = 4096\nmax_tokens = 256\nstrict_data = 1\n"
    "spm_path = \nvocab_size = 100\njoint_vocab = 1\nspm_type = unigram\n"
    "character_coverage = 1\nspm_sample = 100000\nlr = 0.00300000003\nwarmup = 5\n"
    "schedule = inverse-sqrt\nlabel_smoothing = 0.100000001\nclip_norm = 1\nweight_decay = 0\n"
    "batch_tokens = 600\nmax_updates = 3\nmax_epochs = 0\nmax_time_s = 0\nvalid_every = 1000\n"
    "valid_max_sentences = 0\nvalid_metric = bleu\nearly_stopping = 0\nsave_every = 100\n"
    "log_every = 5\nseed = 1\n";

// Its model config (an RNN with --post-norm, which a Transformer field keeps).
const char* kOldModelText =
    "arch = rnn\nsrc_vocab = 100\ntgt_vocab = 100\nshared_vocab = true\n"
    "tied_embeddings = false\ndropout = 0.100000001\ndim = 8\nheads = 4\nenc_layers = 3\n"
    "dec_layers = 3\nffn = 1024\npre_norm = false\nattention = dot\nenc_hidden = 4\n"
    "dec_hidden = 8\nrnn_enc_layers = 1\nrnn_dec_layers = 1\ninput_feeding = true\n";

}  // namespace

TEST_CASE("numbers print in the fewest digits that read back exactly", "[options]") {
  CHECK(format_real(5e-4f) == "0.0005");
  CHECK(format_real(0.1f) == "0.1");
  CHECK(format_real(1.0f) == "1");
  CHECK(format_real(2700.0) == "2700");
  for (float v : {3e-3f, 0.123456789f, 1e-30f, 123456.7f})
    CHECK(std::strtof(format_real(v).c_str(), nullptr) == v);
  CHECK(std::strtod(format_real(0.1 + 0.2).c_str(), nullptr) == 0.1 + 0.2);
}

TEST_CASE("bad values are refused with the flag's name and the range", "[options]") {
  CHECK_THROWS_WITH(parse_int_option("--beam", "0", 1, 1000),
                    "--beam must be an integer from 1 to 1000, not '0'");
  CHECK_THROWS_WITH(parse_int_option("--warmup", "-1", 0, INT64_MAX),
                    "--warmup must be an integer that is not negative, not '-1'");
  CHECK_THROWS_AS(parse_int_option("--dim", "12x", 1, 100), OptionError);
  CHECK_THROWS_AS(parse_int_option("--dim", "", 1, 100), OptionError);
  CHECK_THROWS_AS(parse_int_option("--dim", "99999999999999999999999", 1, INT64_MAX), OptionError);
  // A negative seed: the bound is a 20-digit integer, not a 309-digit double.
  CHECK_THROWS_WITH(parse_uint_option("--seed", "-1"),
                    "--seed must be an integer from 0 to 18446744073709551615, not '-1'");
  const Bounds probability{0, 1, false, true};
  CHECK(parse_real_option("--dropout", "0.5", probability) == 0.5);
  CHECK_THROWS_WITH(parse_real_option("--dropout", "1", probability),
                    "--dropout must be a finite number in [0, 1), not '1'");
  CHECK_THROWS_AS(parse_real_option("--lr", "nan", {}), OptionError);
  CHECK_THROWS_AS(parse_real_option("--lr", "inf", {}), OptionError);
  CHECK_THROWS_WITH(parse_real_option("--lr", "-1", {0, INFINITY, true, false}),
                    "--lr must be a finite number in (0, inf), not '-1'");
}

TEST_CASE("TrainConfig: text round trip, enums, and the checks of its table", "[options]") {
  TrainConfig c;
  c.train_src = "a b.txt";
  c.lr = 3e-3f;
  c.spm_type = SubwordType::Bpe;
  c.valid_metric = ValidMetric::Chrf;
  c.schedule = LrScheduleKind::WarmupConstant;
  c.joint_vocab = false;
  c.max_time_s = 2700;
  c.seed = 18446744073709551615ull;
  const TrainConfig back = TrainConfig::from_text(c.to_text());
  CHECK(back.to_text() == c.to_text());
  CHECK(back.spm_type == SubwordType::Bpe);
  CHECK(back.valid_metric == ValidMetric::Chrf);
  CHECK(back.train_src == "a b.txt");
  CHECK(back.seed == c.seed);
  CHECK(changed_options(c, back, false).empty());

  TrainConfig bad = c;
  bad.train_tgt = bad.model_path = "x";
  bad.lr = -1;
  CHECK_THROWS_AS(bad.validate(), OptionError);
  bad.lr = 1e-3f;
  bad.valid_src = "dev.en";
  CHECK_THROWS_WITH(bad.validate(), Catch::Contains("--valid-src and --valid-tgt go together"));
  CHECK_THROWS_WITH(TrainConfig::from_text("valid_metric = bleurt\n"),
                    Catch::Contains("train config: bad value 'bleurt' for valid_metric"));
}

TEST_CASE("a checkpoint text of the previous version reads the same", "[options]") {
  const TrainConfig old = TrainConfig::from_text(kOldTrainText);
  CHECK(old.strict_data);
  CHECK(old.joint_vocab);
  CHECK(old.lr == 3e-3f);
  CHECK(old.label_smoothing == 0.1f);
  CHECK(old.batch_tokens == 600);
  CHECK(old.valid_metric == ValidMetric::Bleu);
  // Read again from today's text: nothing reported as changed.
  CHECK(changed_options(old, TrainConfig::from_text(old.to_text()), false).empty());
  TrainConfig resumed = old;
  resumed.max_updates = 6;
  resumed.vocab_size = 200;
  CHECK(changed_options(old, resumed, false) ==
        std::vector<std::string>{"vocab_size: 100 -> 200", "max_updates: 3 -> 6"});
  CHECK(changed_options(old, resumed, true) == std::vector<std::string>{"vocab_size: 100 -> 200"});

  const ModelConfig model = ModelConfig::from_text(kOldModelText);
  CHECK(model.arch == Arch::Rnn);
  CHECK(model.attention == AttentionType::Dot);
  CHECK_FALSE(model.pre_norm);
  CHECK(model.dropout == 0.1f);
  CHECK(
      option_differences(model_options(), model, ModelConfig::from_text(model.to_text())).empty());
}

TEST_CASE("ModelConfig: strict text, the family's layers, checks before any data", "[options]") {
  CHECK_THROWS_WITH(ModelConfig::from_text("arch = rnn\nwidth = 3\n"),
                    Catch::Contains("unknown key 'width'"));
  CHECK_THROWS_WITH(ModelConfig::from_text("arch = cnn\n"),
                    Catch::Contains("arch must be transformer or rnn"));

  ModelConfig rnn;
  rnn.arch = Arch::Rnn;
  rnn.set_layers(0, 0);
  CHECK(rnn.encoder_layers() == ModelConfig::kRnnLayers);
  CHECK(rnn.enc_layers == ModelConfig::kTransformerLayers);  // the other family's is untouched
  rnn.set_layers(2, 0);
  CHECK(rnn.rnn_enc_layers == 2);
  CHECK(rnn.decoder_layers() == 1);
  ModelConfig transformer;
  transformer.set_layers(0, 4);
  CHECK(transformer.enc_layers == 3);
  CHECK(transformer.dec_layers == 4);

  // validate_options needs no vocabulary: it runs before SentencePiece.
  ModelConfig c;
  c.dim = 30;
  CHECK_THROWS_WITH(c.validate_options(), "--dim 30 must be a multiple of --heads 4");
  c = ModelConfig();
  c.arch = Arch::Rnn;
  c.attention = AttentionType::Dot;
  c.dec_hidden = c.enc_hidden;
  CHECK_THROWS_WITH(c.validate_options(), Catch::Contains("--attention dot needs --dec-hidden"));
  c.dec_hidden = 2 * c.enc_hidden;
  CHECK_NOTHROW(c.validate_options());
  c.dropout = 1.5f;
  CHECK_THROWS_AS(c.validate_options(), OptionError);
}

TEST_CASE("TrainConfig warns when the warm-up outlasts the training", "[options]") {
  TrainConfig c;
  c.max_updates = 100;
  c.warmup = 4000;
  REQUIRE(c.warnings().size() == 1);
  CHECK(c.warnings()[0].find("--warmup 4000 exceeds --max-updates 100") == 0);
  c.schedule = LrScheduleKind::Constant;  // no warm-up to miss
  CHECK(c.warnings().empty());
  c.schedule = LrScheduleKind::InverseSqrt;
  c.max_updates = 0;
  CHECK(c.warnings().empty());
}
