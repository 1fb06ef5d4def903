#include "viz/heatmap_png.h"

#include <cairo.h>
#include <librsvg/rsvg.h>

#include <cmath>
#include <memory>

#include "base/error.h"
#include "viz/heatmap_svg.h"

namespace nmt::viz {
namespace {

constexpr double kScale = 2.0;   // PNG pixels per SVG pixel
constexpr int kMaxSide = 32767;  // cairo's image surface limit

struct GObjectUnref {
  void operator()(RsvgHandle* h) const { g_object_unref(h); }
};
struct SurfaceDestroy {
  void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
struct CairoDestroy {
  void operator()(cairo_t* c) const { cairo_destroy(c); }
};

std::string take_message(GError* error, const char* fallback) {
  std::string message = error != nullptr && error->message != nullptr ? error->message : fallback;
  if (error != nullptr) g_error_free(error);
  return message;
}

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

std::string svg_to_png(const std::string& svg, double scale) {
  GError* error = nullptr;
  std::unique_ptr<RsvgHandle, GObjectUnref> handle(
      rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(svg.data()), svg.size(), &error));
  if (!handle) throw Error("cannot read the SVG: " + take_message(error, "librsvg failed"));
  double width = 0, height = 0;
  if (!rsvg_handle_get_intrinsic_size_in_pixels(handle.get(), &width, &height))
    throw Error("cannot draw the SVG: it has no size in pixels");
  const double w = std::ceil(width * scale), h = std::ceil(height * scale);
  NMT_CHECK(w >= 1 && h >= 1 && w <= kMaxSide && h <= kMaxSide,
            "cannot draw a picture of " + std::to_string(static_cast<long long>(w)) + "x" +
                std::to_string(static_cast<long long>(h)) +
                " pixels as PNG (at most 32767 a side): use the SVG");
  std::unique_ptr<cairo_surface_t, SurfaceDestroy> surface(
      cairo_image_surface_create(CAIRO_FORMAT_RGB24, static_cast<int>(w), static_cast<int>(h)));
  std::unique_ptr<cairo_t, CairoDestroy> cr(cairo_create(surface.get()));
  cairo_set_source_rgb(cr.get(), 1, 1, 1);
  cairo_paint(cr.get());
  cairo_scale(cr.get(), scale, scale);
  const RsvgRectangle viewport{0, 0, width, height};
  if (!rsvg_handle_render_document(handle.get(), cr.get(), &viewport, &error))
    throw Error("cannot draw the SVG: " + take_message(error, "librsvg failed"));
  cairo_surface_flush(surface.get());
  std::string png;
  const cairo_status_t status =
      cairo_surface_write_to_png_stream(surface.get(), append_bytes, &png);
  if (status != CAIRO_STATUS_SUCCESS)
    throw Error(std::string("cannot encode the PNG: ") + cairo_status_to_string(status));
  return png;
}

std::string heatmap_png(const Heatmap& map) {
  return svg_to_png(heatmap_svg(map), kScale);  // heatmap_svg checks the map
}

}  // namespace nmt::viz
