package io.conflicttimeline.nlp.entity;

/** A person or organization named in the text, with the role the text gives it (title or apposition) if any. */
public record EntityMention(int start, int end, String text, Actor actor, String role) {

    public boolean isPerson() {
        return actor.isPerson();
    }
}
