package io.conflicttimeline.nlp.entity;

import java.util.List;

/** One actor of the knowledge base: a person or organization with its stable id and aliases. */
public record Actor(String entityId, String name, String kind, String role, String country, List<String> aliases) {

    public boolean isPerson() {
        return "PERSON".equals(kind);
    }
}
