package io.conflicttimeline.timeline.event;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/** Keyset position in the timeline order (date ascending, undated last, then id), opaque to clients. */
public record TimelineCursor(LocalDate dateFrom, UUID id) {

    private static final String VERSION = "v1";

    public String encode() {
        String raw = VERSION + "|" + (dateFrom == null ? "" : dateFrom.toString()) + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when the text is not a cursor this service issued */
    public static TimelineCursor decode(String text) {
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cursor is not base64url", e);
        }
        String[] parts = raw.split("\\|", -1);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new IllegalArgumentException("cursor was not issued by this service");
        }
        try {
            LocalDate date = parts[1].isEmpty() ? null : LocalDate.parse(parts[1]);
            return new TimelineCursor(date, UUID.fromString(parts[2]));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cursor was not issued by this service", e);
        }
    }
}
