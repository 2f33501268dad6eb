package io.conflicttimeline.nlp.place;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A yes/no question about a token's text, answered once per distinct text and remembered. "May a name start with
 * this token?" is asked for every capitalized token and costs a normalization, a loose key and several prefix-filter
 * probes and sorted-key searches (cache misses), while an article repeats its capitalized words ("Kyiv", "Russia",
 * "Zelensky") and the token strings are shared, their hash codes computed once. The answer is the question's, exactly.
 * Thread-safe; the memory is bounded (cleared when full).
 */
public final class TokenAnswers {

    private static final int MAX_REMEMBERED = 50_000;

    private final Predicate<String> question;
    private final Map<String, Boolean> answers = new ConcurrentHashMap<>();

    public TokenAnswers(Predicate<String> question) {
        this.question = question;
    }

    public boolean test(String token) {
        Boolean known = answers.get(token);
        if (known == null) {
            known = question.test(token);
            if (answers.size() >= MAX_REMEMBERED) {
                answers.clear();
            }
            answers.put(token, known);
        }
        return known;
    }
}
