package city.hotline.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.junit.jupiter.api.Test;

class RarelyChangedTest {

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger stored = new AtomicInteger(1);
    private final AtomicInteger reads = new AtomicInteger();
    private final Transaction transaction = new Transaction();
    private final RarelyChanged<Integer> data = new RarelyChanged<>(() -> {
        reads.incrementAndGet();
        return stored.get();
    }, Duration.ofSeconds(5), transaction, nanos::get);

    @Test
    void readOnceThenServedUntilItsBoundThenReadAgain() {
        assertThat(data.get()).isEqualTo(1);
        stored.set(2); // as another replica would
        nanos.addAndGet(Duration.ofMillis(4_999).toNanos());
        assertThat(data.get()).isEqualTo(1);
        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(data.get()).isEqualTo(2);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aChangeOfThisReplicaIsSeenAsSoonAsItsTransactionEnds() {
        assertThat(data.get()).isEqualTo(1);
        data.changing();
        stored.set(2);
        assertThat(data.get()).as("not committed yet").isEqualTo(1);
        transaction.end(Status.STATUS_COMMITTED);
        assertThat(data.get()).isEqualTo(2);
    }

    @Test
    void aCopyReadWhileAChangeEndedIsNotServed() {
        RarelyChanged<Integer> slow = new RarelyChanged<>(() -> {
            int value = stored.get();
            // The change commits after this read saw the old value and before the copy is kept.
            transaction.end(Status.STATUS_COMMITTED);
            stored.set(2);
            return value;
        }, Duration.ofSeconds(5), transaction, nanos::get);
        slow.changing();
        assertThat(slow.get()).isEqualTo(1);
        assertThat(slow.get()).isEqualTo(2);
    }

    @Test
    void aRolledBackChangeDropsTheCopyToo() {
        assertThat(data.get()).isEqualTo(1);
        data.changing();
        transaction.end(Status.STATUS_ROLLEDBACK);
        data.get();
        assertThat(reads).hasValue(2);
    }

    /**
     * The synchronisations registered in one transaction, run when the test ends it. The registry's members that
     * RarelyChanged does not use refuse to work, so that a test fails if it comes to depend on them unseen.
     */
    private static final class Transaction implements TransactionSynchronizationRegistry {

        private final List<Synchronization> synchronizations = new ArrayList<>();

        void end(int status) {
            List<Synchronization> ending = new ArrayList<>(synchronizations);
            synchronizations.clear();
            ending.forEach(synchronization -> synchronization.afterCompletion(status));
        }

        @Override
        public void registerInterposedSynchronization(Synchronization synchronization) {
            synchronizations.add(synchronization);
        }

        @Override
        public Object getTransactionKey() {
            return this;
        }

        @Override
        public void putResource(Object key, Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object getResource(Object key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getTransactionStatus() {
            return Status.STATUS_ACTIVE;
        }

        @Override
        public void setRollbackOnly() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }
}
