// Training curves as one self-contained HTML page (no network, no files
// beside it): charts of training loss, dev loss, BLEU, chrF, learning rate,
// gradient norm and tokens/s against updates or training time, one line per
// run, for one training (nmt-train refreshes MODEL.curves.html at each
// validation) or several to compare (nmt-curves). The data are the JSON
// lines nmt-train writes beside the model (MODEL.log.jsonl, train/training_log.h),
// embedded as they are; the page's script draws SVG charts from them.
// The page marks document.title "nmt-curves: ready (R runs, P points)", or
// "nmt-curves: error ..." when the data cannot be read; with #selftest in the
// address it checks its own charts and controls and appends " selftest ok"
// (tests/cli/test_curves_browser.sh runs it in headless Chromium).
// Not here: writing the JSON lines (lib/train), reading files (the callers).
#pragma once

#include <string>
#include <vector>

namespace nmt::viz {

struct CurveRun {
  std::string name;        // shown in the legend (a file name)
  std::string json_lines;  // the run's log: one JSON object per line
};

struct CurvesPageOptions {
  std::string title = "Training curves";
  int refresh_seconds = 0;  // > 0: the page reloads itself (a training in progress)
};

// Throws nmt::Error "NAME:LINE: not a JSON object" on a non-empty line that
// is not {...} (so a broken file is named here, not by a blank page).
std::string training_curves_html(const std::vector<CurveRun>& runs,
                                 const CurvesPageOptions& options = CurvesPageOptions());

const char* curves_js();  // the page's script (curves_script.cpp)

}  // namespace nmt::viz
