#include "viz/report_page.h"

namespace nmt::viz {

const char* report_css() {
  return R"CSS(
body { margin: 0; font: 14px/1.4 "DejaVu Sans", system-ui, Helvetica, Arial, sans-serif;
       color: #1f2328; background: #f4f6f8; }
header { background: #08306b; color: #fff; padding: 10px 18px; display: flex;
         flex-wrap: wrap; align-items: center; gap: 10px 22px; }
header h1 { font-size: 17px; margin: 0 12px 0 0; font-weight: 600; }
header label { white-space: nowrap; }
header select, header button { font: inherit; padding: 2px 6px; border-radius: 4px;
         border: 1px solid #9ecae1; background: #fff; color: #08306b; }
header button { cursor: pointer; min-width: 28px; }
header input[type=range] { vertical-align: middle; width: 140px; }
#sent { max-width: 420px; }
main { display: flex; flex-wrap: wrap; gap: 16px; padding: 16px; align-items: flex-start; }
.card { background: #fff; border-radius: 8px; box-shadow: 0 1px 3px rgba(0,0,0,.12);
        padding: 12px 16px; }
#big { flex: 1 1 560px; min-width: 320px; }
#gridcard { flex: 1 1 360px; }
#bigtitle, #gridcard h2 { font-size: 15px; font-weight: 600; margin: 0 0 8px 0; }
.sentence { margin: 2px 0; }
.sentence b { display: inline-block; width: 62px; color: #57606a; font-weight: 600; }
.word { padding: 1px 2px; border-radius: 3px; cursor: default; }
.word.on { background: #ffe08a; }
#bigc { display: block; margin-top: 8px; }
#info { min-height: 2.8em; margin-top: 6px; color: #24292f; font-variant-numeric: tabular-nums; }
#aer { margin-top: 4px; font-weight: 600; color: #08306b; }
.key { margin-top: 8px; color: #57606a; font-size: 12.5px; display: flex; flex-wrap: wrap;
       gap: 4px 14px; align-items: center; }
.swatch { display: inline-block; width: 12px; height: 12px; vertical-align: -2px;
          margin-right: 4px; border-radius: 2px; }
.ramp { width: 120px; height: 12px; border: 1px solid #ccc;
        background: linear-gradient(to right, #f7fbff, #6baed6, #08306b); }
table.grid { border-collapse: separate; border-spacing: 6px; }
table.grid th { font-size: 12px; color: #57606a; font-weight: 600; }
table.grid td { padding: 0; }
table.grid canvas { display: block; border: 2px solid transparent; border-radius: 3px;
                    cursor: pointer; }
table.grid canvas:hover { border-color: #9ecae1; }
table.grid canvas.sel { border-color: #f16913; }
#error { background: #fde2e1; color: #82071e; padding: 8px 16px; }
)CSS";
}

}  // namespace nmt::viz
