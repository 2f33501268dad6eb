package io.conflicttimeline.timeline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimexDateTest {

    @Test
    void parsesPartialValues() {
        assertThat(TimexDate.parse("2025-02-12").fullDate()).isEqualTo(LocalDate.of(2025, 2, 12));
        TimexDate yearless = TimexDate.parse("XXXX-02-12");
        assertThat(yearless.year()).isNull();
        assertThat(yearless.month()).isEqualTo(2);
        assertThat(yearless.day()).isEqualTo(12);
        TimexDate wednesdayMorning = TimexDate.parse("XXXX-WXX-3TMO");
        assertThat(wednesdayMorning.weekday()).isEqualTo(3);
        assertThat(wednesdayMorning.week()).isNull();
        assertThat(wednesdayMorning.partOfDay()).isEqualTo("MO");
        assertThat(TimexDate.parse("2025-02-12TNI").isNight()).isTrue();
        assertThat(TimexDate.parse("2025-02-12T03:40").partOfDay()).isEqualTo("NI");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "null", "''", "XXXX-XX-XXTNI", "XXXX-XX-XX", "PAST_REF", "P6M", "XXXX"})
    void valuesWithoutAnyKnownDateField(String value) {
        assertThat(TimexDate.parse(value).hasKnownDateField()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "2025-02-12, 2025-02-12",
            "2025-02-12, XXXX-02-12",
            "2025-02-12, XXXX-WXX-3",
            "2025-02-12, XXXX-WXX-3TMO",
            "2025-02-12TNI, XXXX-WXX-3TMO",
            "XXXX-02-12, XXXX-WXX-3TMO",
            "2025-02-12, 2025-02",
            "2025-02-12, 2025",
            "2025-02-12, 2025-W07",
            "2025-02-12, 2025-W07-3",
            "2025-02-12, 2025-Q1",
            "2025-02-12, 2025-WI",
            "2025-02-12, XXXX-XX-XXTNI",
            "2025-02-11TNI, 2025-02-12",
            "XXXX-WXX-2TNI, 2025-02-12TMO",
            "2024-12-30, 2025-W01",
            "2025-02-12TMO, 2025-02-12TNI"})
    void compatible(String a, String b) {
        assertThat(TimexDate.parse(a).compatibleWith(TimexDate.parse(b))).as(a + " ~ " + b).isTrue();
        assertThat(TimexDate.parse(b).compatibleWith(TimexDate.parse(a))).as(b + " ~ " + a).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "2025-02-12, 2025-02-13",
            "2025-02-12, XXXX-02-13",
            "2025-02-12, XXXX-WXX-4",
            "2025-02-12, 2024",
            "2025-02-12, 2025-03",
            "2025-02-12, 2025-W08",
            "2025-02-12, 2025-Q2",
            "XXXX-02-12, XXXX-03-12",
            "XXXX-WXX-3, XXXX-WXX-5",
            "2025-02-12TMO, 2025-02-12TEV",
            "2025-05-23, 2025-02-12"})
    void incompatible(String a, String b) {
        assertThat(TimexDate.parse(a).compatibleWith(TimexDate.parse(b))).as(a + " !~ " + b).isFalse();
        assertThat(TimexDate.parse(b).compatibleWith(TimexDate.parse(a))).as(b + " !~ " + a).isFalse();
    }

    @Test
    void rangeCoversTheValueAndANightsEarlyHours() {
        assertThat(TimexDate.parse("2025-02-12").range()).containsExactly(LocalDate.of(2025, 2, 12), LocalDate.of(2025, 2, 12));
        assertThat(TimexDate.parse("2025-02-11TNI").range()).containsExactly(LocalDate.of(2025, 2, 11), LocalDate.of(2025, 2, 12));
        assertThat(TimexDate.parse("2025-02").range()).containsExactly(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28));
        assertThat(TimexDate.parse("2025-W07").range()).containsExactly(LocalDate.of(2025, 2, 10), LocalDate.of(2025, 2, 16));
        assertThat(TimexDate.parse("XXXX-02-12").range()).isNull();
        assertThat(TimexDate.parse(null).range()).isNull();
    }
}
