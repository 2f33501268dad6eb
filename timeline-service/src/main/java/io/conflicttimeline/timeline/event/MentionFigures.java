package io.conflicttimeline.timeline.event;

import java.util.LinkedHashMap;
import java.util.Map;

/** The specific figures of one event mention, each null when the article does not report it. */
public record MentionFigures(FigureReport killed, FigureReport injured, FigureReport missilesLaunched,
                             FigureReport missilesIntercepted, FigureReport dronesLaunched,
                             FigureReport dronesIntercepted, FigureReport prisonersExchanged) {

    public static final MentionFigures NONE = new MentionFigures(null, null, null, null, null, null, null);

    /** Figures by a stable key, in a fixed order. */
    public Map<String, FigureReport> byKey() {
        Map<String, FigureReport> map = new LinkedHashMap<>();
        map.put("killed", killed);
        map.put("injured", injured);
        map.put("missiles.launched", missilesLaunched);
        map.put("missiles.intercepted", missilesIntercepted);
        map.put("drones.launched", dronesLaunched);
        map.put("drones.intercepted", dronesIntercepted);
        map.put("prisoners.exchanged", prisonersExchanged);
        return map;
    }
}
