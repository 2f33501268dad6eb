package io.conflicttimeline.nlp.event;

/** ACLED event type and sub-type (plus the Statements family), and which figures an event of the type can own. */
public enum EventType {
    SHELLING("Explosions/Remote violence", "Shelling/artillery/missile attack", true),
    AIR_STRIKE("Explosions/Remote violence", "Air/drone strike", true),
    REMOTE_EXPLOSIVE("Explosions/Remote violence", "Remote explosive/landmine/IED", true),
    CHEMICAL_WEAPON("Explosions/Remote violence", "Chemical weapon", true),
    ARMED_CLASH("Battles", "Armed clash", true),
    /** Territory taken back by the state's own forces ("liberated", "recaptured", Ukrainian forces "took control of"). */
    GOVERNMENT_REGAINS("Battles", "Government regains territory", true),
    /** Territory taken by forces fighting the state (ACLED codes a foreign army's gains this way too). */
    NON_STATE_OVERTAKES("Battles", "Non-state actor overtakes territory", true),
    /** Shootings, stabbings, executions and other direct attacks by people on people (ACLED "Violence against civilians"). */
    CIVILIAN_ATTACK("Violence against civilians", "Attack", true),
    ABDUCTION("Violence against civilians", "Abduction/forced disappearance", false),
    SEXUAL_VIOLENCE("Violence against civilians", "Sexual violence", true),
    DISRUPTED_WEAPONS("Strategic developments", "Disrupted weapons use", true),
    AGREEMENT("Strategic developments", "Agreement", false),
    ARRESTS("Strategic developments", "Arrests", false),
    CHANGE_TO_GROUP("Strategic developments", "Change to group/activity", false),
    LOOTING("Strategic developments", "Looting/property destruction", false),
    TERRITORY_TRANSFER("Strategic developments", "Non-violent transfer of territory", false),
    /** ACLED's residual strategic development: evacuations, membership applications, assassination attempts. */
    OTHER_DEVELOPMENT("Strategic developments", "Other", false),
    PROTEST("Protests", "Peaceful protest", false),
    /** Owns casualty figures: the people hurt when protesters are dispersed are its toll. */
    PROTEST_WITH_INTERVENTION("Protests", "Protest with intervention", true),
    RIOT("Riots", "Violent demonstration", false),
    // The Statements/Diplomacy family, each mapped to its PLOVER category: MAKE STATEMENT (also DEMAND, ACCUSE),
    // PROPOSE, REJECT, CONSULT, AID and SANCTION.
    STATEMENT("Statements", "Statement", false),
    PROPOSAL("Statements", "Proposal", false),
    REJECTION("Statements", "Rejection", false),
    MEETING("Statements", "Meeting", false),
    AID("Statements", "Aid", false),
    SANCTION("Statements", "Sanction", false);

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

    /** Explosions/Remote violence: the attacker is usually out of sight, so it is inferred from the article. */
    public boolean attack() {
        return this == SHELLING || this == AIR_STRIKE || this == REMOTE_EXPLOSIVE || this == CHEMICAL_WEAPON;
    }

    public boolean statement() {
        return type.equals("Statements");
    }
}
