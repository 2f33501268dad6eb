package io.conflicttimeline.timeline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FigureReportTest {

    static FigureReport of(int value, String qualifier) {
        return new FigureReport(value, qualifier);
    }

    @Test
    void exactFiguresMustBeEqual() {
        assertThat(of(4, "exact").compatibleWith(of(4, "exact"))).isTrue();
        assertThat(of(4, "exact").compatibleWith(of(3, "exact"))).isFalse();
        assertThat(of(4, null).compatibleWith(of(4, "exact"))).as("no qualifier reads as exact").isTrue();
    }

    @Test
    void atLeastIsCompatibleWithValuesAtOrAboveIt() {
        assertThat(of(3, "at_least").compatibleWith(of(4, "exact"))).isTrue();
        assertThat(of(3, "at_least").compatibleWith(of(3, "exact"))).isTrue();
        assertThat(of(15, "at_least").compatibleWith(of(4, "exact"))).isFalse();
        assertThat(of(15, "at_least").compatibleWith(of(1, "at_least"))).isTrue();
        assertThat(of(5, "at_least").compatibleWith(of(3, "at_most"))).isFalse();
        assertThat(of(5, "at_most").compatibleWith(of(4, "exact"))).isTrue();
        assertThat(of(20, "about").compatibleWith(of(23, "exact"))).isTrue();
        assertThat(of(20, "about").compatibleWith(of(40, "exact"))).isFalse();
    }

    @Test
    void figuresOfTwoMentionsContradictWhenAnyPairContradicts() {
        MentionFigures seven = new MentionFigures(FigureReport.exact(1), FigureReport.exact(4), FigureReport.exact(7),
                FigureReport.exact(6), null, FigureReport.exact(71), null);
        MentionFigures atLeast = new MentionFigures(FigureReport.atLeast(1), FigureReport.atLeast(3), null, null, null,
                null, null);
        MentionFigures fourteen = new MentionFigures(null, FigureReport.atLeast(15), FigureReport.exact(14), null,
                FigureReport.exact(250), null, null);
        assertThat(EventResolver.figuresCompatible(seven, atLeast)).isTrue();
        assertThat(EventResolver.figuresCompatible(seven, MentionFigures.NONE)).isTrue();
        assertThat(EventResolver.figuresCompatible(seven, fourteen)).as("launched counts that differ contradict").isFalse();
    }

    @Test
    void rangeKeepsTheBoundsAndVotesForTheBestFigure() {
        FigureRange killed = FigureRange.of(Arrays.asList(FigureReport.exact(1), FigureReport.atLeast(1), null,
                FigureReport.exact(1)));
        assertThat(killed).isEqualTo(new FigureRange(1, 1, 1, false));
        FigureRange injured = FigureRange.of(Arrays.asList(FigureReport.exact(4), FigureReport.atLeast(3),
                FigureReport.atLeast(3)));
        assertThat(injured).isEqualTo(new FigureRange(3, 4, 4, false));
        FigureRange lowerBounds = FigureRange.of(Arrays.asList(FigureReport.atLeast(15), FigureReport.atLeast(12)));
        assertThat(lowerBounds).isEqualTo(new FigureRange(12, 15, 15, true));
        FigureRange disagreeing = FigureRange.of(Arrays.asList(of(20, "about"), FigureReport.exact(18),
                FigureReport.exact(22)));
        assertThat(disagreeing).as("a tie of exact figures goes to the larger, a revised count")
                .isEqualTo(new FigureRange(18, 22, 22, false));
        FigureRange majority = FigureRange.of(Arrays.asList(FigureReport.exact(3), FigureReport.exact(5),
                FigureReport.exact(3)));
        assertThat(majority).isEqualTo(new FigureRange(3, 3, 5, false));
        assertThat(FigureRange.of(Arrays.asList(null, null))).isNull();
    }
}
