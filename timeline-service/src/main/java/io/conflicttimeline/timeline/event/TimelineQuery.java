package io.conflicttimeline.timeline.event;

import java.time.LocalDate;

/** Validated filters and page position of GET /timeline (and its exports). */
public record TimelineQuery(LocalDate from, LocalDate to, String type, String place, String actor, int limit,
                            TimelineCursor cursor, String q, String subType, BoundingBox bbox, Integer minKilled) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public TimelineQuery(LocalDate from, LocalDate to, String type, String place, String actor, int limit,
                         TimelineCursor cursor) {
        this(from, to, type, place, actor, limit, cursor, null, null, null, null);
    }

    /** {@code bbox=minLon,minLat,maxLon,maxLat} in WGS 84 degrees. */
    public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {

        /** Parses and checks the four numbers; the message says what is wrong. */
        public static BoundingBox parse(String value) {
            String[] parts = value.split(",");
            if (parts.length != 4) {
                throw new IllegalArgumentException("needs four comma-separated numbers minLon,minLat,maxLon,maxLat");
            }
            double[] n = new double[4];
            for (int i = 0; i < 4; i++) {
                try {
                    n[i] = Double.parseDouble(parts[i].trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + parts[i].trim() + "' is not a number");
                }
                if (!Double.isFinite(n[i])) {
                    throw new IllegalArgumentException("'" + parts[i].trim() + "' is not a finite number");
                }
            }
            if (n[0] < -180 || n[2] > 180 || n[1] < -90 || n[3] > 90) {
                throw new IllegalArgumentException("longitudes must be within -180..180 and latitudes within -90..90");
            }
            if (n[0] > n[2] || n[1] > n[3]) {
                throw new IllegalArgumentException("minLon must not exceed maxLon nor minLat maxLat");
            }
            return new BoundingBox(n[0], n[1], n[2], n[3]);
        }
    }
}
