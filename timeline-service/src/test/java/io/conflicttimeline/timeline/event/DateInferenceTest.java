package io.conflicttimeline.timeline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateInferenceTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2025, 2, 12);

    @ParameterizedTest
    @CsvSource({
            // anchor,          event day,  event is a night, inferred document date
            "XXXX-WXX-3TMO,     2025-02-12, false, 2025-02-12",
            "XXXX-WXX-3,        2025-02-11, true,  2025-02-12",
            "XXXX-WXX-2TNI,     2025-02-12, false, 2025-02-12",
            "XXXX-XX-XXTNI,     2025-02-12, false, 2025-02-12",
            "XXXX-XX-XXTNI,     2025-02-11, true,  2025-02-12",
            "XXXX-02-12TMO,     2025-02-12, false, 2025-02-12",
    })
    void infersTheDocumentDateFromTheJoinedEventsDay(String anchor, LocalDate day, boolean night, LocalDate expected) {
        assertThat(DateInference.infer(anchor, day, night)).get()
                .extracting(DateInference.Inferred::documentDate).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "XXXX-WXX-5, 2025-02-12, false",   // a Friday cannot be that Wednesday
            "XXXX-02-10, 2025-02-12, false",
            "XXXX,       2025-02-12, false",   // no day to align
            "2024-02-12, 2025-02-12, false",   // absolute: nothing to infer
            "null,       2025-02-12, false",
    })
    void infersNothingFromAContradictingOrAbsoluteAnchor(String anchor, LocalDate day, boolean night) {
        assertThat(DateInference.infer(anchor, day, night)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "XXXX-WXX-2TNI, 2025-02-11TNI",   // "Tuesday night": the nearest Tuesday on or before
            "XXXX-WXX-3TMO, 2025-02-12TMO",
            "XXXX-WXX-5,    2025-02-07",      // tense unknown: the nearest past Friday
            "XXXX-XX-XXTNI, 2025-02-11TNI",   // "overnight": the night before
            "XXXX-02-11,    2025-02-11",
            "XXXX-02-10TEV, 2025-02-10TEV",
            "XXXX-WXX,      2025-W07",
    })
    void reResolvesRelativeValuesAgainstTheInferredDate(String value, String expected) {
        assertThat(DateInference.resolve(value, WEDNESDAY, null)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({
            // value,         direction, resolved against Wednesday 2025-02-12
            "XXXX-WXX-5,      future,    2025-02-14",     // "On Friday he will meet": the coming Friday
            "XXXX-WXX-3,      future,    2025-02-19",     // a future Wednesday is never the report's own day
            "XXXX-WXX-1TEV,   future,    2025-02-17TEV",
            "XXXX-WXX-5,      past,      2025-02-07",
            "XXXX-WXX-3TMO,   past,      2025-02-12TMO",  // the report's own "Wednesday morning"
            "XXXX-WXX-2TNI,   past,      2025-02-11TNI",
            "XXXX-01-10,      future,    2026-01-10",
            "XXXX-02-12,      future,    2025-02-12",
            "XXXX-03-01T10:00, past,     2024-03-01T10:00",
            "XXXX-02-11,      past,      2025-02-11",
            "XXXX-02-29,      past,      2024-02-29",
            "XXXX-XX-XXTNI,   past,      2025-02-11TNI",  // the distance is not in the value: the same rule
            "XXXX-WXX,        future,    2025-W07",
    })
    void reResolvesTowardTheDirectionTheTaggerRead(String value, String direction, String expected) {
        assertThat(DateInference.resolve(value, WEDNESDAY, direction)).contains(expected);
    }

    @Test
    void leavesAbsoluteAndUnplaceableValuesAlone() {
        assertThat(DateInference.resolve("2022-02", WEDNESDAY, "future")).isEmpty();
        assertThat(DateInference.resolve("XXXX", WEDNESDAY, "future")).isEmpty();
        assertThat(DateInference.resolve("XXXX-XX", WEDNESDAY, "future")).isEmpty();
        assertThat(DateInference.resolve("P6M", WEDNESDAY, "future")).isEmpty();
        assertThat(DateInference.resolve(null, WEDNESDAY, "future")).isEmpty();
    }
}
