package city.hotline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a step's calls became, as the report counts and words it. */
class ProgressTest {

    @Test
    void eachCallIsCountedOnceAsOpeningJoiningOrNeedingNoTicket() {
        PipelineTimes.Progress progress = new PipelineTimes.Progress(4_800, 3_000, 384, 1_416, 3_000, 2_990, 0);

        assertThat(progress.figures())
                .containsEntry("calls_stored", 4_800L)
                .containsEntry("calls_opening_a_ticket", 3_000L)
                .containsEntry("calls_joining_an_open_ticket", 384L)
                .containsEntry("calls_without_ticket", 1_416L)
                .containsEntry("share_opening_a_ticket", 0.625)
                .containsEntry("share_joining_an_open_ticket", 0.08)
                .containsEntry("share_without_ticket", 0.295)
                .containsEntry("tickets_opened", 3_000L);
        assertThat(progress.text()).isEqualTo("Calls stored 4800: 3000 opened a ticket (62.5 %), 384 joined an open one"
                + " (8.0 %), 1416 opened none (29.5 %); 3000 tickets opened, 3000 assigned, 2990 notified");
    }

    @Test
    void completeWhenEveryTicketTheCallsOpenedIsAssignedAndNotified() {
        assertThat(new PipelineTimes.Progress(100, 60, 8, 32, 60, 60, 0).complete()).isTrue();
        assertThat(new PipelineTimes.Progress(100, 60, 8, 32, 59, 60, 0).complete()).isFalse();
        assertThat(new PipelineTimes.Progress(100, 60, 8, 32, 60, 59, 0).complete()).isFalse();
        assertThat(new PipelineTimes.Progress(100, 60, 8, 32, 60, 60, 3).complete()).isFalse();
    }

    @Test
    void noCallsStoredIsNoShare() {
        assertThat(new PipelineTimes.Progress(0, 0, 0, 0, 0, 0, 0).figures()).containsEntry("share_opening_a_ticket", 0.0);
    }
}
