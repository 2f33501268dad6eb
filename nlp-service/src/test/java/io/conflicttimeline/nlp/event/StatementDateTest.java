package io.conflicttimeline.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.conflicttimeline.nlp.TestPipeline;
import io.conflicttimeline.nlp.messaging.ArticleAnnotated;
import io.conflicttimeline.nlp.messaging.ArticleAnnotated.Event;

/** A statement is dated by the expression governing its own report, not by the story's main event. */
class StatementDateTest {

    private static ArticleAnnotated annotate(String text) {
        return TestPipeline.annotateWithFixtures(text, "2025-02-12");
    }

    private static Event statementOf(ArticleAnnotated a, String party) {
        return a.events().stream().filter(e -> e.type().equals("Statements"))
                .filter(e -> e.actors().stream().anyMatch(x -> x.name().equals(party))).findFirst().orElseThrow();
    }

    @Test
    void aLaterSentenceThatDatesTheInterviewDatesTheStatement() {
        ArticleAnnotated a = annotate("Volodymyr Zelensky said in a radio interview that Ukraine was ready for talks.\n"
                + "A drone attack hit Kharkiv early on Wednesday, injuring five people.\n"
                + "He added in the same interview, which was broadcast on Monday, that air defence was the priority.");
        Event attack = a.events().stream().filter(e -> e.type().equals("Explosions/Remote violence")).findFirst().orElseThrow();
        Event statement = statementOf(a, "Volodymyr Zelensky");
        assertThat(attack.date().value()).startsWith("2025-02-12");
        assertThat(statement.date().value()).isEqualTo("2025-02-10");
        assertThat(statement.date().timexId()).isNotNull();
    }

    @Test
    void aStatementTheTextNeverDatesStillTakesTheMainEventsTimeFrame() {
        ArticleAnnotated a = annotate("A drone attack hit Kharkiv early on Wednesday, injuring five people.\n"
                + "Volodymyr Zelensky announced that air defence around the city would be strengthened.");
        Event attack = a.events().get(0);
        assertThat(statementOf(a, "Volodymyr Zelensky").date()).isEqualTo(attack.date());
    }
}
