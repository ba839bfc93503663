package dev.mtqa.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Output order and content do not depend on the number of worker threads. */
class JobsDeterminismTest {

    @Test
    void oneAndFourJobsGiveIdenticalJsonOnTheSeeds() {
        CommandRun one = CommandRun.of("check", "--format", "json", "--no-report", "--jobs", "1", "seeds");
        CommandRun four = CommandRun.of("check", "--format", "json", "--no-report", "--jobs", "4", "seeds");
        assertThat(one.err()).isEmpty();
        assertThat(one.out()).contains("\"findings\"");
        assertThat(four.out()).isEqualTo(one.out());
        assertThat(four.exitCode()).isEqualTo(one.exitCode());
    }
}
