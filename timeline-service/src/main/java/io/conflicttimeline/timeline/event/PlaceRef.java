package io.conflicttimeline.timeline.event;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * A resolved place as the nlp-service reports it, reduced to what grouping and display need. Stored as JSON (the
 * parts of a place), hence registered for reflection.
 */
@RegisterForReflection
public record PlaceRef(String name, String kind, String country, String admin1, String admin2, Double lat, Double lon,
                       String gazetteerId, Long geonameId, String precision) {

    /** Kinds from the most to the least specific. */
    private static final List<String> KINDS = List.of("district", "city", "admin2", "admin1", "region", "country");

    /** Lower is more specific; unknown kinds rank as the least specific. */
    public int rank() {
        int index = kind == null ? -1 : KINDS.indexOf(kind);
        return index < 0 ? KINDS.size() : index;
    }

    public boolean samePlace(PlaceRef other) {
        if (gazetteerId != null && other.gazetteerId != null) {
            return gazetteerId.equals(other.gazetteerId);
        }
        return eq(name, other.name) && eq(kind, other.kind) && eq(country, other.country);
    }

    /**
     * Whether {@code inner} lies inside this place by the admin hierarchy the gazetteer reports: a country contains
     * everything in it, an admin1 its admin2s, cities and districts, an admin2 its cities and districts, a city the
     * districts of its admin1 (within 30 km when both have coordinates, because the hierarchy alone does not say
     * which city of the admin1 a district belongs to).
     */
    public boolean contains(PlaceRef inner) {
        if (inner.rank() >= rank()) {
            return false;
        }
        if (country != null && inner.country != null && !country.equalsIgnoreCase(inner.country)) {
            return false;
        }
        return switch (kind == null ? "" : kind) {
            case "country" -> inner.country != null && inner.country.equalsIgnoreCase(country);
            case "admin1" -> eq(inner.admin1, name) || (admin1 != null && eq(inner.admin1, admin1));
            case "admin2" -> eq(inner.admin2, name) || (admin2 != null && eq(inner.admin2, admin2));
            case "city" -> "district".equals(inner.kind) && admin1 != null && eq(inner.admin1, admin1)
                    && (inner.admin2 == null || admin2 == null || eq(inner.admin2, admin2) || eq(inner.admin2, name))
                    && withinKm(inner, 30);
            default -> false;
        };
    }

    /** The named places that lie inside this one, each once, in the order given. */
    public List<PlaceRef> partsAmong(List<PlaceRef> named) {
        List<PlaceRef> parts = new java.util.ArrayList<>();
        for (PlaceRef p : named) {
            if (p != null && contains(p) && parts.stream().noneMatch(p::samePlace)) {
                parts.add(p);
            }
        }
        return parts;
    }

    private boolean withinKm(PlaceRef other, double km) {
        if (lat == null || lon == null || other.lat == null || other.lon == null) {
            return true;
        }
        double dLat = Math.toRadians(other.lat - lat);
        double dLon = Math.toRadians(other.lon - lon);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371 * Math.asin(Math.sqrt(a)) <= km;
    }

    private static boolean eq(String a, String b) {
        return a != null && a.equalsIgnoreCase(b);
    }
}
