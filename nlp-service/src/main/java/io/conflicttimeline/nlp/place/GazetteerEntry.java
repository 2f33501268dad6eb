package io.conflicttimeline.nlp.place;

import java.util.List;

/** One gazetteer row: a country, admin area, settlement or district with its coordinates and importance rank. */
public record GazetteerEntry(String id, String name, String kind, String country, String admin1, String admin2,
        Double lat, Double lon, int rank, Long geonameId, List<String> aliases, List<String> demonyms) {

    /** UCDP-style precision of a mention resolved to this entry. */
    public String precision() {
        return switch (kind) {
            case "city" -> "settlement";
            case "district", "admin2", "admin1", "country", "region" -> kind;
            default -> "settlement";
        };
    }

    /** Specificity for choosing the governing place: district > settlement > admin2 > admin1 > country > region. */
    public int specificity() {
        return switch (kind) {
            case "district" -> 5;
            case "city" -> 4;
            case "admin2" -> 3;
            case "admin1" -> 2;
            case "country" -> 1;
            default -> 0;
        };
    }

    public String gazetteerId() {
        if (geonameId != null) {
            return "geonames:" + geonameId;
        }
        return id.indexOf(':') >= 0 ? id : "gazetteer:" + id;
    }

    /** True when this entry lies inside the other one (same country and matching admin names). */
    public boolean within(GazetteerEntry other) {
        if (other == this || !country.equals(other.country)) {
            return other == this;
        }
        return switch (other.kind) {
            case "country" -> true;
            case "admin1" -> other.name.equals(admin1) || admin1 != null && other.aliases.contains(admin1); // immutable lists reject contains(null)
            case "admin2" -> other.name.equals(admin2);
            case "city" -> kind.equals("district") && (other.name.equals(admin2) || other.name.equals(admin1)
                    || other.admin1 != null && other.admin1.equals(admin1));
            default -> false;
        };
    }
}
