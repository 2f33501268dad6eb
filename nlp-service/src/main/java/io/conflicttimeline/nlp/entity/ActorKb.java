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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jboss.logging.Logger;

import io.conflicttimeline.nlp.place.Gazetteer;

/** The actor knowledge base, loaded once: exact-case names and aliases to actors, plus per-country armed forces and government. */
public final class ActorKb {

    private static final Logger LOG = Logger.getLogger(ActorKb.class);

    private final Map<String, Actor> byAlias = new HashMap<>();
    private final Map<String, Actor> forcesByCountry = new HashMap<>();
    private final Map<String, Actor> governmentByCountry = new HashMap<>();
    private int maxTokens = 1;

    public ActorKb(Collection<Actor> actors) {
        for (Actor a : actors) {
            index(a.name(), a);
            for (String alias : a.aliases()) {
                index(alias, a);
            }
            if (!a.isPerson() && a.country() != null) {
                String descr = (a.role() + " " + a.name()).toLowerCase(Locale.ROOT);
                if (descr.contains("armed forces") || descr.contains("military") || descr.contains("army")) {
                    forcesByCountry.putIfAbsent(a.country(), a);
                } else if (descr.contains("government")) {
                    governmentByCountry.putIfAbsent(a.country(), a);
                }
            }
        }
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
            maxTokens = Math.max(maxTokens, key.split(" ").length + 1);
        }
    }

    public Actor lookup(String surface) {
        return byAlias.get(Gazetteer.normalize(surface));
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
