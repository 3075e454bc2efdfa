package city.hotline.intake.repository;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import city.hotline.intake.service.DurationHistogram;

/** A group's histograms, as PostgreSQL writes its rows' arrays one after the other, added up. */
class StatisticsQueriesTest {

    @Test
    void eachRowsBucketsArePairedWithItsTicketsAndRowsAddUp() {
        // Row 1: 4 tickets in bucket 3, 1 in bucket 70; row 2: none; row 3: 5 in bucket 70, 10 in 200.
        DurationHistogram merged = StatisticsQueries.histogram("{3,70}{4,1}{}{}{70,200}{5,10}");
        DurationHistogram expected = new DurationHistogram();
        expected.add(3, 4);
        expected.add(70, 6);
        expected.add(200, 10);
        assertThat(merged.p90UpperBoundMinutes()).isEqualTo(expected.p90UpperBoundMinutes())
                .isEqualTo((double) DurationHistogram.upperBoundMinutes(200));
        assertThat(StatisticsQueries.histogram("{3}{18}").p90UpperBoundMinutes()).isEqualTo(3.0);
    }

    @Test
    void aGroupWithoutTicketsHasNoP90() {
        assertThat(StatisticsQueries.histogram("{}{}{}{}").p90UpperBoundMinutes()).isNull();
        assertThat(StatisticsQueries.histogram(null).p90UpperBoundMinutes()).isNull();
    }
}
