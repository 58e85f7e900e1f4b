package dev.vccexchange.camel.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * For testing: a virtual-time {@link ScheduledExecutorService}. Nothing runs until the test calls
 * {@link #advance(Duration)} or {@link #runDue()}; tasks then run on the test thread in due order.
 * {@link #nanoTime()} is the clock to hand to the code under test.
 */
public final class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService {

    private final PriorityQueue<Task<?>> queue = new PriorityQueue<>();
    private long now;
    private long seq;
    private boolean shutdown;

    public synchronized long nanoTime() {
        return now;
    }

    /** Runs every task due within {@code d}, moving the clock to each task's due time, then to now + d. */
    public void advance(Duration d) {
        long target;
        synchronized (this) {
            target = now + d.toNanos();
        }
        while (true) {
            Task<?> t;
            synchronized (this) {
                t = queue.peek();
                if (t == null || t.due > target) {
                    now = target;
                    return;
                }
                queue.poll();
                now = Math.max(now, t.due);
            }
            t.run();
        }
    }

    public void runDue() {
        advance(Duration.ZERO);
    }

    /** Tasks scheduled and neither run nor cancelled. */
    public synchronized int pending() {
        return (int) queue.stream().filter(t -> !t.isCancelled()).count();
    }

    @Override
    public synchronized ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return schedule(() -> {
            command.run();
            return null;
        }, delay, unit);
    }

    @Override
    public synchronized <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        if (shutdown) {
            throw new java.util.concurrent.RejectedExecutionException("shut down");
        }
        Task<V> t = new Task<>(callable, now + unit.toNanos(Math.max(0, delay)), seq++);
        queue.add(t);
        return t;
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay,
            TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void execute(Runnable command) {
        schedule(command, 0, TimeUnit.NANOSECONDS);
    }

    @Override
    public synchronized void shutdown() {
        shutdown = true;
    }

    @Override
    public synchronized List<Runnable> shutdownNow() {
        shutdown = true;
        List<Runnable> left = new ArrayList<>(queue);
        queue.clear();
        return left;
    }

    @Override
    public synchronized boolean isShutdown() {
        return shutdown;
    }

    @Override
    public synchronized boolean isTerminated() {
        return shutdown && queue.isEmpty();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return isTerminated();
    }

    private final class Task<V> implements ScheduledFuture<V>, Runnable {
        final Callable<V> callable;
        final long due;
        final long order;
        boolean cancelled;
        boolean done;
        V result;

        Task(Callable<V> callable, long due, long order) {
            this.callable = callable;
            this.due = due;
            this.order = order;
        }

        @Override
        public void run() {
            synchronized (ManualScheduler.this) {
                if (cancelled || done) {
                    return;
                }
                done = true;
            }
            try {
                result = callable.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(due - nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed o) {
            Task<?> t = (Task<?>) o;
            return due != t.due ? Long.compare(due, t.due) : Long.compare(order, t.order);
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            synchronized (ManualScheduler.this) {
                if (done) {
                    return false;
                }
                cancelled = true;
                queue.remove(this);
                return true;
            }
        }

        @Override
        public boolean isCancelled() {
            synchronized (ManualScheduler.this) {
                return cancelled;
            }
        }

        @Override
        public boolean isDone() {
            synchronized (ManualScheduler.this) {
                return done || cancelled;
            }
        }

        @Override
        public V get() {
            return result;
        }

        @Override
        public V get(long timeout, TimeUnit unit) {
            return result;
        }
    }
}
