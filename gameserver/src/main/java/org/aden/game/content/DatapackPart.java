package org.aden.game.content;

/** The parts of the datapack in load order (a part only refers to parts before it), each a folder and a schema. */
public enum DatapackPart {
    CHARS("chars"),
    CLASSES("classes"),
    EXPERIENCE("experience"),
    ITEMS("items"),
    SKILLS("skills"),
    ARMOUR_SETS("armour-sets"),
    NPCS("npcs"),
    SPAWNS("spawns"),
    SKILL_TREES("skill-trees"),
    CLASS_CHANGES("class-changes"),
    TRAINERS("trainers"),
    INITIAL_EQUIPMENT("initial-equipment"),
    TELEPORTS("teleports"),
    BUYLISTS("buylists"),
    MULTISELLS("multisells"),
    ZONES("zones"),
    MAP_REGIONS("map-regions"),
    DOORS("doors"),
    STATIC_OBJECTS("static-objects");

    private final String folder;

    DatapackPart(String folder) {
        this.folder = folder;
    }

    /** The folder under the datapack root, also the name a host types ({@code //reload datapack npcs}). */
    public String folder() {
        return folder;
    }

    public String schema() {
        return folder + ".xsd";
    }

    public static DatapackPart byFolder(String folder) {
        for (DatapackPart p : values()) {
            if (p.folder.equals(folder)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no datapack part " + folder);
    }
}
