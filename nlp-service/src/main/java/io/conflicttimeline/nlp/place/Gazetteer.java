package io.conflicttimeline.nlp.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;

/**
 * The place table, loaded once: exact-case names and aliases to candidates (one HashMap lookup per token window),
 * demonyms to countries, capitals by country.
 */
public final class Gazetteer {

    private static final Logger LOG = Logger.getLogger(Gazetteer.class);
    private static final String[] ADMIN_SUFFIXES = { " Oblast", " oblast", " Region", " region", " Province", " province",
            " Krai", " Republic", " District", " district", " Raion", " raion" };

    private final Map<String, List<GazetteerEntry>> byName = new HashMap<>();
    private final Map<String, List<GazetteerEntry>> byStem = new HashMap<>();
    /** Names by {@link #looseKey}: the fallback for spellings the table does not list (Hlukhov, Popasnaia, Yagodnoye). */
    private final Map<String, List<GazetteerEntry>> byLooseKey = new HashMap<>();
    private final Map<String, GazetteerEntry> admin1ByName = new HashMap<>();
    private final Map<String, GazetteerEntry> countryByDemonym = new HashMap<>();
    private final Map<String, GazetteerEntry> countryByCode = new HashMap<>();
    private final Map<String, GazetteerEntry> capitalByCountry = new HashMap<>();
    private int maxTokens = 1;
    private int size;
    private final KeyPrefixes namePrefixes;
    private final KeyPrefixes stemPrefixes;
    private final KeyPrefixes loosePrefixes;
    /** {@link #mayStartName} of single words (the first token of every window), remembered. */
    private final TokenAnswers wordsStartingNames = new TokenAnswers(this::mayStartWindow);

    public Gazetteer(Collection<GazetteerEntry> entries) {
        for (GazetteerEntry e : entries) {
            add(e);
        }
        namePrefixes = new KeyPrefixes(byName.keySet());
        stemPrefixes = new KeyPrefixes(byStem.keySet());
        loosePrefixes = new KeyPrefixes(byLooseKey.keySet());
    }

    /**
     * False when no text window that starts with this word (its text up to the next token) can be found by
     * {@link #lookup}, {@link #lookupStem} or {@link #lookupLoose}, also after dropping a final period: every such
     * window's key starts with the word's key. A loose key may differ in its last letter once more text follows (a
     * soft vowel or a digraph joins it), so only the rest must start a loose key. Non-ASCII words are always let
     * through (lower-casing them need not keep prefixes).
     */
    public boolean mayStartName(String word) {
        // a window of several words is mostly asked once, a single word again and again
        return word.indexOf(' ') < 0 ? wordsStartingNames.test(word) : mayStartWindow(word);
    }

    private boolean mayStartWindow(String word) {
        return mayStart(word) || word.length() > 1 && word.endsWith(".") && mayStart(word.substring(0, word.length() - 1));
    }

    private boolean mayStart(String word) {
        String key = normalize(word);
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) >= 0x80) {
                return true;
            }
        }
        if (namePrefixes.anyStartsWith(key) || stemPrefixes.anyStartsWith(key)) {
            return true;
        }
        String loose = looseKey(key);
        return loosePrefixes.anyStartsWith(loose.substring(0, Math.max(0, loose.length() - 1)));
    }

    /** Reads the TSV from the classpath; a missing resource gives an empty gazetteer and a warning. */
    public static Gazetteer load(String resource) {
        InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
        }
        if (in == null) {
            LOG.warnf("gazetteer resource %s not found: no places will be recognized", resource);
            return new Gazetteer(List.of());
        }
        List<GazetteerEntry> entries = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = r.readLine();
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 10) {
                    continue;
                }
                entries.add(new GazetteerEntry(f[0], f[1], f[2], f[3], blank(f[4]), blank(f[5]), number(f[6]), number(f[7]),
                        f[8].isBlank() ? 0 : Integer.parseInt(f[8].trim()),
                        f[9].isBlank() ? null : Long.valueOf(f[9].trim()),
                        list(f.length > 10 ? f[10] : ""), list(f.length > 11 ? f[11] : "")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + resource, e);
        }
        Gazetteer g = new Gazetteer(entries);
        LOG.infof("gazetteer %s: %d places, %d names", resource, g.size, g.byName.size());
        return g;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Double number(String s) {
        return s == null || s.isBlank() ? null : Double.valueOf(s.trim());
    }

    private static List<String> list(String s) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(4);
        int from = 0;
        while (from <= s.length()) {
            int bar = s.indexOf('|', from);
            int to = bar < 0 ? s.length() : bar;
            String item = s.substring(from, to).trim();
            if (!item.isEmpty()) {
                out.add(item);
            }
            from = to + 1;
        }
        // unmodifiable, and null-tolerant in contains() as callers expect (List.copyOf would throw)
        return java.util.Collections.unmodifiableList(out);
    }

    private void add(GazetteerEntry e) {
        size++;
        index(e.name(), e);
        for (String alias : e.aliases()) {
            index(alias, e);
        }
        if (!e.kind().equals("country") && !e.kind().equals("city")) {
            // "Sumy Oblast" is also reachable as "Sumy" + "region" through the stem.
            for (String suffix : ADMIN_SUFFIXES) {
                if (e.name().endsWith(suffix)) {
                    String stem = normalize(e.name().substring(0, e.name().length() - suffix.length()));
                    byStem.computeIfAbsent(stem, k -> new ArrayList<>(1)).add(e);
                }
            }
        }
        if (e.kind().equals("admin1")) {
            admin1ByName.putIfAbsent(e.name(), e);
        }
        if (e.kind().equals("country")) {
            countryByCode.put(e.country(), e);
            for (String d : e.demonyms()) {
                countryByDemonym.put(d, e);
            }
        } else if (e.kind().equals("city") && e.rank() == 85) {
            capitalByCountry.putIfAbsent(e.country(), e);
        }
    }

    private void index(String name, GazetteerEntry e) {
        String key = normalize(name);
        if (key.isEmpty() || !Character.isUpperCase(key.charAt(0))) {
            return;
        }
        addOnce(byName.computeIfAbsent(key, k -> new ArrayList<>(1)), e);
        if (!e.kind().equals("country")) {
            addOnce(byLooseKey.computeIfAbsent(looseKey(key), k -> new ArrayList<>(1)), e);
        }
        int tokens = 1;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) == ' ') {
                tokens++;
            }
        }
        maxTokens = Math.max(maxTokens, tokens);
    }

    /**
     * An entry's names are indexed one after the other, so a repeat (alias equal to the name) can only be the last
     * element: an identity check of the tail instead of {@code contains}, whose record equality made loading quadratic
     * in the number of namesakes (hundreds of Ivanivkas).
     */
    private static void addOnce(List<GazetteerEntry> list, GazetteerEntry e) {
        if (list.isEmpty() || list.get(list.size() - 1) != e) {
            list.add(e);
        }
    }

    /** Folds typographic apostrophes and dashes and collapses whitespace, so text windows match table names. */
    public static String normalize(String s) {
        if (isNormal(s)) {
            return s; // table names and most text windows: no copy
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(switch (c) {
                case '\u2019', '\u2018', '\u02bc' -> '\'';
                case '\u2013', '\u2014', '\u2011' -> '-';
                default -> c;
            });
        }
        return b.toString();
    }

    /**
     * A spelling-insensitive key for Ukrainian and Russian names in Latin letters: the national, BGN/PCGN, scholarly and
     * Russian-based romanizations differ in soft vowels (ye/ie/e, ya/ia, yi/i/y), g/h, apostrophes, doubled consonants
     * and adjective endings (-skyi/-skiy/-sky, -ske/-skoye, -a/-aya), and Russian has o where Ukrainian has i
     * (Hlukhiv/Glukhov, Stepnohirsk/Stepnogorsk). Folding all of these maps each variant to the same key; collisions are
     * left to ranking and context.
     */
    public static String looseKey(String name) {
        StringBuilder b = new StringBuilder(name.length());
        String s = name.toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char n = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            switch (c) {
                case '\'', '\u2019', '\u02bc', '`', '\u2018' -> {
                    continue;
                }
                case '-', ' ' -> c = ' ';
                case 'k' -> {
                    if (n == 'h') {
                        c = 'x';
                        i++;
                    }
                }
                case 'z', 'c', 's' -> {
                    if (n == 'h') {
                        c = c == 'z' ? '\u017e' : c == 'c' ? '\u010d' : '\u0161';
                        i++;
                    }
                }
                case 't' -> {
                    if (n == 's' || n == 'z') {
                        c = 'c';
                        i++;
                    }
                }
                case 'g' -> c = 'h';
                case 'y', 'j', 'o' -> c = 'i';
                case 'w' -> c = 'v';
                default -> {
                }
            }
            int len = b.length();
            if (len > 0 && b.charAt(len - 1) == 'i' && (c == 'e' || c == 'a' || c == 'u')) {
                b.setLength(--len); // soft vowels: ye/ie -> e, ya/ia -> a, yu/iu -> u (and -oye, -aya endings)
            }
            if (len > 0 && b.charAt(len - 1) == c) {
                continue; // doubled letters: Zaporizhzhia/Zaporizhia, Odessa/Odesa, -skyi/-ski
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Candidates by {@link #looseKey}: for spellings not in the table; callers must ask for more evidence than for exact names. */
    public List<GazetteerEntry> lookupLoose(String name) {
        return byLooseKey.getOrDefault(looseKey(normalize(name)), List.of());
    }

    /** The admin1 area of this name ("Kharkiv Oblast"), or null. */
    public GazetteerEntry admin1(String name) {
        return name == null ? null : admin1ByName.get(name);
    }

    private static boolean isNormal(String s) {
        if (s.isEmpty() || s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ') {
            return s.isEmpty();
        }
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' && prev == ' ' || c != ' ' && Character.isWhitespace(c) || c == '\u2019' || c == '\u2018' || c == '\u02bc'
                    || c == '\u2013' || c == '\u2014' || c == '\u2011') {
                return false;
            }
            prev = c;
        }
        return true;
    }

    public List<GazetteerEntry> lookup(String name) {
        return byName.getOrDefault(normalize(name), List.of());
    }

    /** Admin areas by their name without "Oblast"/"Region"/…: only meaningful before a cue such as "region" or "regional". */
    public List<GazetteerEntry> lookupStem(String name) {
        return byStem.getOrDefault(normalize(name), List.of());
    }

    public GazetteerEntry countryByDemonym(String demonym) {
        return countryByDemonym.get(demonym);
    }

    public GazetteerEntry country(String code) {
        return code == null ? null : countryByCode.get(code);
    }

    public GazetteerEntry capitalOf(String country) {
        return country == null ? null : capitalByCountry.get(country);
    }

    public int maxTokens() {
        return maxTokens;
    }

    public int size() {
        return size;
    }
}
