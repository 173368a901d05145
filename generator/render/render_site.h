// Model -> every file of the site: HTML pages, CSV/JSON downloads and
// assets. Files go to an OutputSink as soon as they are rendered, so the
// whole site is never held in memory. The sink decides where they land
// (publish/ writes them into a temporary directory that is only swapped in
// when everything succeeded), so a failed render never leaves half a site.
#pragma once

#include <functional>
#include <mutex>
#include <string>
#include <vector>

#include "model/model.h"
#include "render/templates.h"
#include "util/diagnostic.h"
#include "util/text_parts.h"

namespace openwijk {

struct OutputFile {
  std::string path;  // relative to the site root: "wijk/centrum/index.html"
  std::string content;
};

// Makes a file's text: hands it to `write` in parts, in order, and returns the
// rest, which follows them (the whole text when no part was handed over).
using PartMaker = std::function<std::string(const PartWriter& write)>;

// Receives the rendered files. Add is called from every render thread at
// once, so implementations must be thread-safe.
class OutputSink {
 public:
  virtual ~OutputSink() = default;
  virtual void Add(std::string path, std::string content) = 0;
  // A file that may be too large to hold whole (util/text_parts.h), as
  // `make` hands over its parts and then the rest. Calls `make` once, on the
  // calling thread, before it returns (or not at all when the path is
  // unsafe; a path another file has is found only after). This default
  // joins them and calls Add.
  virtual void AddInParts(std::string path, const PartMaker& make);
};

// Keeps every file in memory, for tests and small tools.
class CollectSink : public OutputSink {
 public:
  void Add(std::string path, std::string content) override;
  // The files sorted by path (call after rendering).
  std::vector<OutputFile>& Sorted();
  std::vector<OutputFile> files;

 private:
  std::mutex mu_;
};

// Renders the whole site into `out` on `threads` threads (at least 1). The
// output does not depend on the number of threads. Returns false after adding
// errors (for example a template that is missing); the sink may then have
// received part of the site and must be discarded. *thread_seconds, when
// given, receives the time the threads were busy, summed.
bool RenderSite(const Model& model, const TemplateSet& templates, OutputSink* out,
                Diagnostics* diags, int threads = 1, double* thread_seconds = nullptr);

// The same, collected in memory and sorted by path. Two files with the same
// path are an error.
bool RenderSite(const Model& model, const TemplateSet& templates, std::vector<OutputFile>* files,
                Diagnostics* diags);

}  // namespace openwijk
