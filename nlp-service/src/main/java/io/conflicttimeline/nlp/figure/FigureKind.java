package io.conflicttimeline.nlp.figure;

/** What a reported figure counts. */
public enum FigureKind {
    KILLED,
    INJURED,
    MISSILES_LAUNCHED,
    MISSILES_INTERCEPTED,
    DRONES_LAUNCHED,
    DRONES_INTERCEPTED,
    PRISONERS_EXCHANGED
}
