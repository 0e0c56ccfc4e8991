#pragma once

#include "app/store/searchcache.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QThread>

#include <atomic>

namespace brugboek::test {

// Holds the search cache's first `held` loads inside their read transaction,
// just after the search version was read, until released or cancelled: what
// a search meets while a load runs on its thread.
struct HeldLoad
{
    QSemaphore entered, released;
    std::atomic<int> held {1};
    std::atomic<bool> gaveUp {false}; // not released nor cancelled within 5 s
    std::atomic<bool> returned {false};

    void install(store::SearchCache &cache)
    {
        cache.setLoadHook([this](const std::atomic<bool> &cancelled) {
            if (held.fetch_sub(1) <= 0)
                return;
            entered.release();
            QElapsedTimer waited;
            waited.start();
            while (!released.tryAcquire(1, 1) && !cancelled.load()) {
                if (waited.elapsed() > 5000) {
                    gaveUp = true;
                    break;
                }
            }
            // A little longer: whoever cancelled it must wait for its end.
            if (cancelled.load())
                QThread::msleep(50);
            returned = true;
        });
    }
};

} // namespace brugboek::test
