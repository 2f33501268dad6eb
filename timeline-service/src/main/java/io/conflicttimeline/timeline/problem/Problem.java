package io.conflicttimeline.timeline.problem;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** An RFC 9457 problem detail, served as {@code application/problem+json}. */
@RegisterForReflection
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
