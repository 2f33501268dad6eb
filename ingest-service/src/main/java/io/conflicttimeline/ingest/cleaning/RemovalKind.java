package io.conflicttimeline.ingest.cleaning;

import com.fasterxml.jackson.annotation.JsonValue;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Why a piece of the raw text is not part of the article. */
@RegisterForReflection
public enum RemovalKind {
    HEADLINE("headline"),
    BYLINE("byline"),
    OUTLET("outlet"),
    CREDIT("credit"),
    ADVERTISEMENT("advertisement"),
    TEASER("teaser"),
    COMMENT_FORM("comment-form"),
    IMAGE("image"),
    CAPTION("caption");

    private final String label;

    RemovalKind(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
