#include "viz/curves_page.h"

#include <sstream>

#include "base/error.h"
#include "base/json.h"

namespace nmt::viz {
namespace {

const char* kCss = R"(
body { font: 14px system-ui, sans-serif; margin: 16px; color: #222; background: #fafafa; }
h1 { font-size: 20px; margin: 0 0 8px; }
#controls { margin: 8px 0 12px; }
#legend span { margin-right: 16px; white-space: nowrap; }
#legend i { display: inline-block; width: 14px; height: 4px; margin-right: 4px; vertical-align: middle; }
#charts { display: flex; flex-wrap: wrap; gap: 12px; }
.chart { background: #fff; border: 1px solid #ddd; border-radius: 4px; padding: 6px; }
.chart h2 { font-size: 14px; margin: 0 0 4px; }
.chart svg text { font-size: 10px; fill: #555; }
.empty { color: #999; font-style: italic; }
)";

// The lines as one JSON array, "</" broken so no line can end the <script>.
std::string json_array(const CurveRun& run) {
  std::string out = "[";
  std::istringstream in(run.json_lines);
  std::string line;
  size_t number = 0;
  bool first = true;
  while (std::getline(in, line)) {
    ++number;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (line.empty()) continue;
    NMT_CHECK(line.front() == '{' && line.back() == '}', run.name, ":", number,
              ": not a JSON object");
    for (size_t p = line.find("</"); p != std::string::npos; p = line.find("</", p + 3))
      line.replace(p, 2, "<\\/");
    out += (first ? "" : ",\n") + line;
    first = false;
  }
  return out + "]";
}

}  // namespace

std::string training_curves_html(const std::vector<CurveRun>& runs,
                                 const CurvesPageOptions& options) {
  std::string data = "{\"title\":" + json_string(options.title) + ",\"runs\":[";
  for (size_t i = 0; i < runs.size(); ++i)
    data += std::string(i ? ",\n" : "") + "{\"name\":" + json_string(runs[i].name) +
            ",\"events\":" + json_array(runs[i]) + "}";
  data += "]}";
  std::string page = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n";
  if (options.refresh_seconds > 0)
    page += "<meta http-equiv=\"refresh\" content=\"" + std::to_string(options.refresh_seconds) +
            "\">\n";
  page += "<title>nmt-curves: loading</title>\n<style>" + std::string(kCss) + "</style>\n";
  page += "</head><body>\n<h1 id=\"heading\"></h1>\n";
  page +=
      "<div id=\"controls\">x axis: <label><input type=\"radio\" name=\"x\" value=\"update\" "
      "checked> updates</label> <label><input type=\"radio\" name=\"x\" value=\"time_s\"> "
      "training time</label> <span id=\"legend\"></span></div>\n";
  page += "<div id=\"charts\"></div>\n";
  page += "<script id=\"nmt-data\" type=\"application/json\">" + data + "</script>\n";
  page += "<script>" + std::string(curves_js()) + "</script>\n</body></html>\n";
  return page;
}

}  // namespace nmt::viz
