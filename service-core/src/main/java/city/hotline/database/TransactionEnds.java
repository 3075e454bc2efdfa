package city.hotline.database;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Work that must follow the end of the caller's transaction: waking a poller to read rows only once they are
 * visible, or dropping a copy read before a change became visible. The caller must run in a transaction.
 */
public final class TransactionEnds {

    private TransactionEnds() {
    }

    /** Runs {@code action} once the transaction has committed, and not at all if it rolls back. */
    public static void afterCommit(TransactionSynchronizationRegistry transactions, Runnable action) {
        register(transactions, action, true);
    }

    /** Runs {@code action} once the transaction has ended, committed or rolled back. */
    public static void afterEnd(TransactionSynchronizationRegistry transactions, Runnable action) {
        register(transactions, action, false);
    }

    private static void register(TransactionSynchronizationRegistry transactions, Runnable action,
            boolean onlyIfCommitted) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (!onlyIfCommitted || status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }
}
