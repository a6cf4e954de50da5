// ManyDocuments: one function over many sources on the pipeline's ordered parallel map
// (run_ordered, the batch driver of the command line), the outputs handed out one at a time in
// input order: analyze_many(), panel() and trend().
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "engine.hpp"
#include "pipeline/batch.hpp"

namespace zz::python {

/// What one document becomes (a report, rows); runs on worker threads, so it must only read shared
/// state; throws zz::Error for a document that fails.
using Render = std::function<std::string(const Source&)>;

class ManyDocuments {
 public:
  /// Starts `jobs` worker threads (0: one per core) at once.
  ManyDocuments(std::vector<Source> sources, Render render, unsigned jobs);
  /// Stops the workers (documents not yet started are dropped) and waits for them.
  ~ManyDocuments();
  ManyDocuments(const ManyDocuments&) = delete;
  ManyDocuments& operator=(const ManyDocuments&) = delete;

  /// The next document's outcome (its output, or the error that stopped it) in input order;
  /// nullopt after the last. Blocks until it is ready. Rethrows what stopped the whole run.
  std::optional<pipeline::Outcome> next();

 private:
  void run(unsigned jobs);

  std::vector<Source> sources_;
  Render render_;
  std::size_t limit_;  // outcomes waiting for next() at most: memory stays bounded
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<pipeline::Outcome> ready_;
  bool finished_ = false;
  bool cancelled_ = false;
  std::exception_ptr failure_;
  std::thread runner_;
};

}  // namespace zz::python
