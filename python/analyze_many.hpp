// AnalyzeMany: analyze() over many sources on the pipeline's ordered parallel map (run_ordered, the
// batch driver of the command line), the reports handed out one at a time in input order.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "engine.hpp"
#include "pipeline/batch.hpp"

namespace zz::python {

class AnalyzeMany {
 public:
  /// Starts `jobs` worker threads (0: one per core) at once; `engine` must outlive this.
  AnalyzeMany(Engine& engine, std::vector<Source> sources, AnalyzeRequest request, unsigned jobs);
  /// Stops the workers (documents not yet started are dropped) and waits for them.
  ~AnalyzeMany();
  AnalyzeMany(const AnalyzeMany&) = delete;
  AnalyzeMany& operator=(const AnalyzeMany&) = delete;

  /// The next document's outcome (its JSON text, or the error that stopped it) in input order;
  /// nullopt after the last. Blocks until it is ready. Rethrows what stopped the whole run.
  std::optional<pipeline::Outcome> next();

 private:
  void run(unsigned jobs);

  Engine& engine_;
  std::vector<Source> sources_;
  AnalyzeRequest request_;
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
