// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <functional>
#include <QtGlobal>

namespace dpo {

// How far a long job (an import, a feed file) has come and whether the officer asked it to stop.
// The job's thread writes it and the window's reads it (a timer polls): atomics, no signals, so
// that a job reporting every thousand lines never floods the window's event queue.
class JobProgress
{
public:
    enum class Stage
    {
        Starting,
        Checking,  // reading the file, nothing written
        Writing,   // inside the transaction; a cancel rolls it back
        Finishing, // the last rows, indexes, audit entry and commit: no longer cancellable
    };

    // A new stage of `total` units (bytes of the file); 0 when unknown.
    void begin(Stage stage, qint64 total = 0);
    // `done` units of the stage so far. Throws dpo::Error (Cancelled) when a cancel was asked
    // for and the stage can still stop: the transaction on the stack rolls back, nothing stays.
    void advance(qint64 done);
    void cancel() { m_cancel.store(true); }
    // Called on the job's thread at each report, before the cancel is looked at: a command line
    // that prints how far it is, a test that cancels at a chosen point. Set before the job starts.
    using Observer = std::function<void(Stage stage, qint64 done, qint64 total)>;
    void observe(Observer observer) { m_observer = std::move(observer); }

    bool cancelRequested() const { return m_cancel.load(); }
    Stage stage() const { return Stage(m_stage.load()); }
    qint64 done() const { return m_done.load(); }
    qint64 total() const { return m_total.load(); }

    // How often a job reports how far it is: every this many lines (or rows).
    static constexpr int kLinesPerReport = 1000;

private:
    std::atomic<int> m_stage{int(Stage::Starting)};
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    std::atomic<bool> m_cancel{false};
    Observer m_observer;
};

} // namespace dpo
