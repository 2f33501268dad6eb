package io.conflicttimeline.nlp.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;

import io.conflicttimeline.nlp.place.Gazetteer;
import io.conflicttimeline.nlp.place.KeyPrefixes;
import io.conflicttimeline.nlp.place.TokenAnswers;

/** The actor knowledge base, loaded once: exact-case names and aliases to actors, plus per-country armed forces and government. */
public final class ActorKb {

    private static final Logger LOG = Logger.getLogger(ActorKb.class);
    /** Where a KB role separates its offices: "A; B", "A, later B", "A, and B". */
    private static final Pattern ROLE_PARTS = Pattern.compile(";|,\\s*later\\s+|,\\s+and\\s+");
    private static final Pattern DATED = Pattern.compile(".*\\(\\d{4}.*");
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)");
    /**
     * A role's offices as {@link #heldOffice} compares them (years in parentheses dropped, lower case), by role: asked
     * for every person mention and office word, and a KB role is a fixed string (bounded by the KB's size).
     */
    private static final Map<String, List<String>> HELD_OFFICES = new ConcurrentHashMap<>();

    private final Map<String, Actor> byAlias = new HashMap<>();
    /** Names of two or more words by lower case: house styles write "Russia's defence ministry", "the UN security council". */
    private final Map<String, Actor> byLowerAlias = new HashMap<>();
    private final Set<String> personFirstNames = new HashSet<>();
    private final Map<String, Actor> forcesByCountry = new HashMap<>();
    private final Map<String, Actor> governmentByCountry = new HashMap<>();
    private final Map<String, Actor> securityCouncilByCountry = new HashMap<>();
    /** Current offices ("president of ukraine", "kremlin spokesman") to the one person holding them; null when shared. */
    private final Map<String, Actor> holderByRole = new HashMap<>();
    private int maxTokens = 1;
    private final KeyPrefixes aliasPrefixes;
    private final KeyPrefixes lowerAliasPrefixes;
    /** {@link #mayStartName} of single words (the first token of every window), remembered. */
    private final TokenAnswers wordsStartingNames = new TokenAnswers(this::mayStartWindow);

    public ActorKb(Collection<Actor> actors) {
        for (Actor a : actors) {
            index(a.name(), a);
            for (String alias : a.aliases()) {
                index(alias, a);
            }
            if (!a.isPerson() && a.country() != null) {
                String descr = (a.role() + " " + a.name()).toLowerCase(Locale.ROOT);
                if (descr.contains("security council")) {
                    securityCouncilByCountry.putIfAbsent(a.country(), a);
                } else if (descr.contains("armed forces") || descr.contains("military") || descr.contains("army")) {
                    forcesByCountry.putIfAbsent(a.country(), a);
                } else if (descr.contains("government")) {
                    governmentByCountry.putIfAbsent(a.country(), a);
                }
            }
            if (a.isPerson()) {
                String[] words = a.name().split(" ");
                if (words.length >= 2 && !NOT_GIVEN_NAMES.contains(words[0]) && !words[0].equals(words[0].toUpperCase(Locale.ROOT))) {
                    personFirstNames.add(words[0]);
                }
                for (String office : currentOffices(a.role())) {
                    String key = office.toLowerCase(Locale.ROOT);
                    // two holders of one office (a KB slip or a shared title) resolve to nobody rather than to a guess
                    holderByRole.merge(key, a, (x, y) -> x == y ? x : NOBODY);
                }
            }
        }
        aliasPrefixes = new KeyPrefixes(byAlias.keySet());
        lowerAliasPrefixes = new KeyPrefixes(byLowerAlias.keySet());
    }

    /** First words of KB names that are titles, not given names ("Pope Francis"). */
    private static final Set<String> NOT_GIVEN_NAMES = Set.of("Pope", "King", "Queen", "Prince", "Princess",
            "Sheikh", "Patriarch", "President", "General", "Emperor", "Ayatollah", "Metropolitan", "Saint", "St.");

    private static final Actor NOBODY = new Actor("", "", "PERSON", null, null, List.of());

    /**
     * The offices a KB role names, without former ones: "Governor of Zaporizhzhia Oblast; Mayor of Melitopol" gives two,
     * "Prime Minister of Ukraine (2020-2025), later Minister of Defence" gives "Minister of Defence" only.
     */
    static List<String> currentOffices(String role) {
        if (role == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : ROLE_PARTS.split(role)) {
            String p = part.strip();
            if (p.isEmpty() || DATED.matcher(p).matches() || p.contains("died ")) {
                continue;
            }
            out.add(p);
        }
        return out;
    }

    /** True when the person holds or held the office ("Chancellor of Germany" for Scholz, whose KB role carries years). */
    public static boolean heldOffice(Actor a, String office) {
        if (a.role() == null) {
            return false;
        }
        String wanted = Gazetteer.normalize(office).toLowerCase(Locale.ROOT);
        return heldOffices(a.role()).contains(wanted);
    }

    private static List<String> heldOffices(String role) {
        List<String> offices = HELD_OFFICES.get(role);
        if (offices == null) {
            List<String> parts = new ArrayList<>();
            for (String part : ROLE_PARTS.split(role)) {
                parts.add(PARENTHESES.matcher(part).replaceAll("").strip().toLowerCase(Locale.ROOT));
            }
            offices = List.copyOf(parts);
            if (HELD_OFFICES.size() < 10_000) {
                HELD_OFFICES.put(role, offices);
            }
        }
        return offices;
    }

    /** The person holding the office named by the text ("President of Ukraine", "Kremlin spokesman"), else null. */
    public Actor holderOf(String office) {
        Actor a = holderByRole.get(Gazetteer.normalize(office).toLowerCase(Locale.ROOT));
        return a == NOBODY ? null : a;
    }

    /**
     * The KB's wording of a role the text gives a known person ("Kyiv mayor" -> "Mayor of Kyiv"): the office of the
     * person that shares the text's title word, else the person's first current office, else null.
     */
    public static String normalizedRole(Actor a, String raw) {
        List<String> offices = currentOffices(a.role());
        if (offices.isEmpty()) {
            return null;
        }
        String lower = raw == null ? "" : raw.toLowerCase(Locale.ROOT);
        for (String o : offices) {
            for (String w : o.toLowerCase(Locale.ROOT).split("[^a-z-]+")) {
                if (EntityRecognizer.TITLES.contains(w) && lower.contains(w)) {
                    return o;
                }
            }
        }
        return offices.get(0);
    }

    /** The country's security council ("Russia's Security Council"), or a local stand-in. */
    public Actor securityCouncil(String country, String countryName) {
        Actor a = securityCouncilByCountry.get(country);
        if (a != null || country == null) {
            return a;
        }
        String name = "Security Council of " + (countryName == null ? country : countryName);
        return new Actor("local:" + EntityRecognizer.slug(name), name, "ORGANIZATION", null, country, List.of());
    }

    /** Reads the TSV from the classpath ('#' lines are comments); a missing resource gives an empty KB and a warning. */
    public static ActorKb load(String resource) {
        InputStream in = ActorKb.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
        }
        if (in == null) {
            LOG.warnf("actor KB resource %s not found: only title-cued people will be recognized", resource);
            return new ActorKb(List.of());
        }
        List<Actor> actors = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("entityId\t")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 5) {
                    continue;
                }
                List<String> aliases = f.length > 5 && !f[5].isBlank()
                        ? Arrays.stream(f[5].split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList()
                        : List.of();
                actors.add(new Actor(f[0].trim(), f[1].trim(), f[2].trim().toUpperCase(Locale.ROOT), blank(f[3]), blank(f[4]), aliases));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read actor KB " + resource, e);
        }
        LOG.infof("actor KB %s: %d actors", resource, actors.size());
        return new ActorKb(actors);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private void index(String alias, Actor a) {
        String key = Gazetteer.normalize(alias);
        if (!key.isEmpty()) {
            byAlias.putIfAbsent(key, a);
            if (key.indexOf(' ') > 0 && !key.startsWith("the ") && !key.startsWith("The ")) {
                byLowerAlias.putIfAbsent(key.toLowerCase(Locale.ROOT), a);
            }
            maxTokens = Math.max(maxTokens, key.split(" ").length + 1);
        }
    }

    public Actor lookup(String surface) {
        String key = Gazetteer.normalize(surface);
        Actor a = byAlias.get(key);
        if (a == null && hasLowerCaseWord(key)) {
            a = byLowerAlias.get(key.toLowerCase(Locale.ROOT));
        }
        if (a == null && key.endsWith("s'") && key.length() > 3) {
            a = lookup(key.substring(0, key.length() - 1)); // "United Nations'": the tokenizer keeps the possessive on the word
        }
        return a;
    }

    /**
     * False when no text window that starts with this token can be found by {@link #lookup}: a window's key starts
     * with the token's normalized form, so some alias (or lower-cased alias) must start with it too. Tokens with
     * non-ASCII characters are always let through (lower-casing them need not keep prefixes).
     */
    public boolean mayStartName(String token) {
        // a window of several words is mostly asked once, a single word again and again
        return token.indexOf(' ') < 0 ? wordsStartingNames.test(token) : mayStartWindow(token);
    }

    private boolean mayStartWindow(String token) {
        String t = Gazetteer.normalize(token);
        if (!isAscii(t)) {
            return true;
        }
        // "Nations'": lookup also tries the key without the possessive apostrophe
        return startsAlias(t) || t.endsWith("'") && startsAlias(t.substring(0, t.length() - 1));
    }

    private boolean startsAlias(String prefix) {
        return aliasPrefixes.anyStartsWith(prefix) || lowerAliasPrefixes.anyStartsWith(prefix.toLowerCase(Locale.ROOT));
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** A word after the first starts in lower case: the only surfaces the lower-case index can add (a hot path). */
    private static boolean hasLowerCaseWord(String key) {
        for (int i = key.indexOf(' '); i >= 0 && i + 1 < key.length(); i = key.indexOf(' ', i + 1)) {
            if (Character.isLowerCase(key.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** First names of the KB's people: evidence that an unknown "Yulia X" is a person too. */
    public Set<String> personFirstNames() {
        return Collections.unmodifiableSet(personFirstNames);
    }

    public int maxTokens() {
        return maxTokens;
    }

    /** The country's armed forces (attacker of a strike), or a local stand-in named from the demonym. */
    public Actor forces(String country, String demonym) {
        Actor a = forcesByCountry.get(country);
        if (a != null || country == null) {
            return a;
        }
        String name = (demonym == null ? country : demonym) + " Armed Forces";
        return new Actor("local:" + EntityRecognizer.slug(name), name, "ORGANIZATION", null, country, List.of());
    }

    /** The country's government (party to statements and agreements), or a local stand-in. */
    public Actor government(String country, String countryName) {
        Actor a = governmentByCountry.get(country);
        if (a != null || country == null) {
            return a;
        }
        String name = "Government of " + (countryName == null ? country : countryName);
        return new Actor("local:" + EntityRecognizer.slug(name), name, "ORGANIZATION", null, country, List.of());
    }
}
