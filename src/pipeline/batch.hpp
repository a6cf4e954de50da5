// run_ordered(): an ordered parallel map for batch runs. Documents are analysed on N worker threads
// while results come out in input order, so the output is byte-identical for any N; at most a
// fixed window of documents is in flight, so memory does not grow with the archive.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>

#include "zzreport/text/error.hpp"

namespace zz::pipeline {

/// What one task produced: its output, or the error that stopped it.
struct Outcome {
  std::string output;  ///< empty when `error` is set
  std::optional<Error>
      error;  ///< a zz::Error as thrown; other exceptions become ErrorKind::internal
};

/// The work for one document, run on a worker thread; throws on failure.
using Task = std::function<std::string()>;

/// Called on the calling thread for the next task; nullopt at the end of the input.
using NextTask = std::function<std::optional<Task>()>;

/// Called on the calling thread with each task's outcome, in the order next() gave the tasks.
using EmitOutcome = std::function<void(std::size_t index, Outcome& outcome)>;

struct BatchOptions {
  unsigned jobs = 1;  ///< worker threads; 1 runs everything on the calling thread
  std::size_t window =
      0;  ///< tasks in flight at most (queued, running or waiting to be emitted); 0: 8 × jobs
};

/// Runs the tasks next() yields and emits their outcomes in order. A failing task becomes an
/// Outcome with an error and the others go on. An exception from next() or emit() stops the
/// workers and propagates.
void run_ordered(const NextTask& next, const EmitOutcome& emit, const BatchOptions& options);

/// The number of hardware threads (at least 1): the default of --jobs.
unsigned default_jobs() noexcept;

}  // namespace zz::pipeline
