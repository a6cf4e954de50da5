// run_ordered(): worker threads take tasks from a queue and park outcomes in a ring of window
// slots; the calling thread refills the queue and emits the slots in order.
#include "batch.hpp"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace zz::pipeline {
namespace {

Outcome run_task(const Task& task) {
  Outcome outcome;
  try {
    outcome.output = task();
  } catch (const Error& e) {
    outcome.error = e;
  } catch (const std::exception& e) {
    outcome.error = Error(ErrorKind::internal, e.what());
  }
  return outcome;
}

void run_inline(const NextTask& next, const EmitOutcome& emit) {
  std::size_t index = 0;
  while (std::optional<Task> task = next()) {
    Outcome outcome = run_task(*task);
    emit(index++, outcome);
  }
}

/// The state shared by the calling thread and the workers, guarded by `mutex`.
class Pool {
 public:
  Pool(unsigned jobs, std::size_t window) : slots_(window) {
    workers_.reserve(jobs);
    for (unsigned i = 0; i < jobs; ++i) workers_.emplace_back([this] { work(); });
  }

  ~Pool() {
    {
      std::lock_guard lock(mutex_);
      stop_ = true;
    }
    work_ready_.notify_all();
    for (std::thread& worker : workers_) worker.join();
  }

  Pool(const Pool&) = delete;
  Pool& operator=(const Pool&) = delete;

  void submit(std::size_t index, Task task) {
    {
      std::lock_guard lock(mutex_);
      queue_.emplace_back(index, std::move(task));
    }
    work_ready_.notify_one();
  }

  /// Waits for the outcome of task `index` and takes it out of its slot.
  Outcome take(std::size_t index) {
    std::unique_lock lock(mutex_);
    std::optional<Outcome>& slot = slots_[index % slots_.size()];
    outcome_ready_.wait(lock, [&] { return slot.has_value(); });
    Outcome outcome = std::move(*slot);
    slot.reset();
    return outcome;
  }

 private:
  void work() {
    for (;;) {
      std::pair<std::size_t, Task> job;
      {
        std::unique_lock lock(mutex_);
        work_ready_.wait(lock, [&] { return stop_ || !queue_.empty(); });
        if (stop_) return;
        job = std::move(queue_.front());
        queue_.pop_front();
      }
      Outcome outcome = run_task(job.second);
      job.second = nullptr;  // release what the task holds before waiting for the next one
      {
        std::lock_guard lock(mutex_);
        slots_[job.first % slots_.size()] = std::move(outcome);
      }
      // notify_all: the calling thread waits for one particular slot.
      outcome_ready_.notify_all();
    }
  }

  std::mutex mutex_;
  std::condition_variable work_ready_;
  std::condition_variable outcome_ready_;
  std::deque<std::pair<std::size_t, Task>> queue_;
  std::vector<std::optional<Outcome>> slots_;  // outcome of task i in slot i % window
  bool stop_ = false;
  std::vector<std::thread> workers_;  // last: started after the state they use exists
};

}  // namespace

void run_ordered(const NextTask& next, const EmitOutcome& emit, const BatchOptions& options) {
  if (options.jobs <= 1) {
    run_inline(next, emit);
    return;
  }
  std::size_t window = options.window > 0 ? options.window : std::size_t{8} * options.jobs;
  Pool pool(options.jobs, window);
  std::size_t issued = 0;
  bool exhausted = false;
  for (std::size_t emitted = 0;; ++emitted) {
    // Keep the window full: tasks issued but not yet emitted never exceed it, so a slot is free.
    while (!exhausted && issued - emitted < window) {
      std::optional<Task> task = next();
      if (!task) {
        exhausted = true;
      } else {
        pool.submit(issued++, std::move(*task));
      }
    }
    if (emitted == issued) return;
    Outcome outcome = pool.take(emitted);
    emit(emitted, outcome);
  }
}

unsigned default_jobs() noexcept {
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : n;
}

}  // namespace zz::pipeline
