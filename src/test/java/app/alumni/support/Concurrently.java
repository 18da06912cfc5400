package app.alumni.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Runs calls at the same time, as racing clients would: every call waits at a start line until all threads are
 * ready, so the server sees them together. Results come back in the order of the calls.
 */
public final class Concurrently {

    private Concurrently() {
    }

    /** {@code times} calls of {@code call} (given each call's index) on {@code threads} threads at once. */
    public static <T> List<T> run(int threads, int times, IntFunction<T> call) throws Exception {
        List<Callable<T>> calls = new ArrayList<>(times);
        for (int i = 0; i < times; i++) {
            int n = i;
            calls.add(() -> call.apply(n));
        }
        return run(threads, calls);
    }

    /** The calls on {@code threads} threads at once. */
    public static <T> List<T> run(int threads, List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(Math.min(threads, calls.size()));
        try {
            List<Callable<T>> gated = calls.stream().<Callable<T>>map(c -> () -> {
                start.countDown();
                start.await();
                return c.call();
            }).toList();
            List<T> results = new ArrayList<>(calls.size());
            for (Future<T> f : pool.invokeAll(gated)) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
