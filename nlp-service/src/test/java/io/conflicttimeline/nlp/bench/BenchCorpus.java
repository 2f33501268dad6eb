package io.conflicttimeline.nlp.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.conflicttimeline.nlp.SharedData;

/**
 * The texts the benchmarks measure: the repository's seeds (folder {@code seeds/} above the working directory, or
 * {@code -Dct.seeds=<dir>}) and, when the shared data is present, the Guardian/NYT 2022 news read at run time.
 */
final class BenchCorpus {

    /** A text and its publication date (null when unknown). */
    record Text(String text, String date) {
    }

    private static final String NEWS = "news/guardian-nyt-2022.jsonl";

    private BenchCorpus() {
    }

    /** The seed articles as shipped (not cleaned); fails when none are found, since then nothing would be measured. */
    static List<Text> seeds() {
        Path dir = Optional.ofNullable(System.getProperty("ct.seeds")).map(Path::of).orElseGet(BenchCorpus::seedsAbove);
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IllegalStateException("no seeds found: run from the repository (or set -Dct.seeds=<dir>)");
        }
        List<Text> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                seeds.add(new Text(Files.readString(p, StandardCharsets.UTF_8), null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return seeds;
    }

    /** The shared news texts with their dates, or none (after printing why) when the shared data is absent. */
    static List<Text> news(String caller) {
        Path file = SharedData.resolve(NEWS, caller).orElse(null);
        if (file == null) {
            return List.of();
        }
        ObjectMapper mapper = new ObjectMapper();
        List<Text> news = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = mapper.readTree(line);
                if (n.hasNonNull("text")) {
                    news.add(new Text(n.get("text").asText(), n.hasNonNull("date") ? n.get("date").asText() : null));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return news;
    }

    private static Path seedsAbove() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("seeds");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
