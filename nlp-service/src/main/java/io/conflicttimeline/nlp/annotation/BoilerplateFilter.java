package io.conflicttimeline.nlp.annotation;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The minimal line filter behind {@code clean: true}: drops whole lines that are teasers ("Also read:", "Read more:"),
 * adverts, markdown images, credits and comment forms, and collapses the blank lines left behind. ingest-service
 * owns the full cleaner; this list is deliberately short and kept in this one place.
 */
public final class BoilerplateFilter {

    static final List<Pattern> DROPPED_LINES = List.of(
            Pattern.compile("^!\\[.*\\]\\(.*\\)$"),
            Pattern.compile("(?i)^advert(?:i)?se?ment$|^advertisment$"),
            Pattern.compile("(?i)^(?:also read|read more|read also|see also|related)\\s*:.*"),
            Pattern.compile("(?i)^leave a (?:reply|comment).*"),
            Pattern.compile("(?i)^your email address will not be published.*"),
            Pattern.compile("(?i)^required fields are marked.*"),
            Pattern.compile("(?i)^credited from\\s*:.*"),
            Pattern.compile("(?i)^(?:share this|sign up|subscribe)\\b.*"));

    public String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean lastBlank = true;
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (DROPPED_LINES.stream().anyMatch(p -> p.matcher(trimmed).matches())) {
                continue;
            }
            boolean blank = trimmed.isEmpty();
            if (blank && lastBlank) {
                continue;
            }
            out.append(line.stripTrailing()).append('\n');
            lastBlank = blank;
        }
        return out.toString().strip();
    }
}
