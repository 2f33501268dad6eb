package io.conflicttimeline.ingest.cleaning;

import java.util.ArrayList;
import java.util.List;

/** Splits text into lines that remember their offsets, and trims the spaces Java's strip() does not know about. */
final class TextLines {

    /** One line of the raw text: [start, end) excludes the line terminator. */
    record Line(int index, int start, int end) {
    }

    private TextLines() {
    }

    static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new Line(lines.size(), start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
            i++;
        }
        lines.add(new Line(lines.size(), start, text.length()));
        return lines;
    }

    /** Whitespace including no-break and other Unicode spaces that scraped pages leave at line ends. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }
}
