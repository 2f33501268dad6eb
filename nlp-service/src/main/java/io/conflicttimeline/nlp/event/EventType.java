package io.conflicttimeline.nlp.event;

/** ACLED event type and sub-type (plus the Statements family), and which figures an event of the type can own. */
public enum EventType {
    SHELLING("Explosions/Remote violence", "Shelling/artillery/missile attack", true),
    AIR_STRIKE("Explosions/Remote violence", "Air/drone strike", true),
    ARMED_CLASH("Battles", "Armed clash", true),
    /** Shootings, stabbings and other attacks by people on people (ACLED "Violence against civilians"). */
    ATTACK("Violence against civilians", "Attack", true),
    DISRUPTED_WEAPONS("Strategic developments", "Disrupted weapons use", true),
    AGREEMENT("Strategic developments", "Agreement", false),
    ARRESTS("Strategic developments", "Arrests", false),
    PROTEST("Protests", "Peaceful protest", false),
    STATEMENT("Statements", "Statement", false),
    PROPOSAL("Statements", "Proposal", false),
    REJECTION("Statements", "Rejection", false),
    MEETING("Statements", "Meeting", false);

    private final String type;
    private final String subType;
    private final boolean violent;

    EventType(String type, String subType, boolean violent) {
        this.type = type;
        this.subType = subType;
        this.violent = violent;
    }

    public String type() {
        return type;
    }

    public String subType() {
        return subType;
    }

    /** Attacks and clashes own casualty and weapon figures. */
    public boolean violent() {
        return violent;
    }

    public boolean attack() {
        return this == SHELLING || this == AIR_STRIKE;
    }

    public boolean statement() {
        return type.equals("Statements");
    }
}
