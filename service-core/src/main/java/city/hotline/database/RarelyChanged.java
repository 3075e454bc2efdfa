package city.hotline.database;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * A replica's own copy of data that changes a few times a year but is read for every event (the working calendar,
 * the deadline rules in force, which communities subscribed): read through its loader on first use, and again
 * once the copy is older than {@code rereadAfter}. A change made through this replica is seen at once: the code
 * that makes it calls {@link #changing()} in its transaction, and the copy is dropped when that transaction ends.
 * A change made through another replica is seen here within {@code rereadAfter}, the bound each user documents.
 *
 * <p>Chosen over an invalidation event or a version read per use: an event would need a new type on a shared topic
 * and a consumer in every replica for data changed a few times a year, and a version read is still a database
 * round trip per event; the calendar and the rules are set days ahead of the days they govern.
 */
public final class RarelyChanged<T> {

    private record Copy<T>(T value, long readAtNanos, long generation) {
    }

    private final Supplier<T> loader;
    private final long rereadAfterNanos;
    private final TransactionSynchronizationRegistry transactions;
    private final LongSupplier nanoTime;
    /** Moved on by every change of this replica: a copy read under an older generation is never served. */
    private final AtomicLong generation = new AtomicLong();
    private volatile Copy<T> copy;

    /** @param loader reads the data, in the caller's transaction if there is one */
    public RarelyChanged(Supplier<T> loader, Duration rereadAfter, TransactionSynchronizationRegistry transactions) {
        this(loader, rereadAfter, transactions, System::nanoTime);
    }

    RarelyChanged(Supplier<T> loader, Duration rereadAfter, TransactionSynchronizationRegistry transactions,
            LongSupplier nanoTime) {
        this.loader = loader;
        this.rereadAfterNanos = rereadAfter.toNanos();
        this.transactions = transactions;
        this.nanoTime = nanoTime;
    }

    /** The data as read at most {@code rereadAfter} ago, and after this replica's last change ended. */
    public T get() {
        Copy<T> current = copy;
        long now = nanoTime.getAsLong();
        long generationNow = generation.get();
        if (current != null && current.generation() == generationNow && now - current.readAtNanos() < rereadAfterNanos) {
            return current.value();
        }
        // Read under the generation of before the read: a change ending meanwhile makes this copy unusable.
        T value = loader.get();
        copy = new Copy<>(value, now, generationNow);
        return value;
    }

    /**
     * Tells that the caller's transaction changes the data: the copy is dropped when it ends, committed or rolled
     * back, so that no copy read before the change became visible outlives it. Needs a transaction.
     */
    public void changing() {
        TransactionEnds.afterEnd(transactions, generation::incrementAndGet);
    }
}
