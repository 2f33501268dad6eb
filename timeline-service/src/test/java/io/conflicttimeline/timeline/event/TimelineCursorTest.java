package io.conflicttimeline.timeline.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimelineCursorTest {

    @Test
    void roundTripsDatedAndUndatedPositions() {
        TimelineCursor dated = new TimelineCursor(LocalDate.of(2025, 2, 12), UUID.randomUUID());
        TimelineCursor undated = new TimelineCursor(null, UUID.randomUUID());
        assertThat(TimelineCursor.decode(dated.encode())).isEqualTo(dated);
        assertThat(TimelineCursor.decode(undated.encode())).isEqualTo(undated);
        assertThat(dated.encode()).doesNotContain("2025").matches("[A-Za-z0-9_-]+");
    }

    @Test
    void rejectsWhatItDidNotIssue() {
        assertThatIllegalArgumentException().isThrownBy(() -> TimelineCursor.decode("%%%"));
        assertThatIllegalArgumentException().isThrownBy(() -> TimelineCursor.decode("aGVsbG8"));
        assertThatIllegalArgumentException().isThrownBy(() -> TimelineCursor.decode(
                java.util.Base64.getUrlEncoder().encodeToString("v1|2025-02-30|x".getBytes())));
    }
}
