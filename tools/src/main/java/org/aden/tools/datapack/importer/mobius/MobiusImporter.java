package org.aden.tools.datapack.importer.mobius;

import java.util.List;
import org.aden.tools.datapack.importer.ImportContext;
import org.aden.tools.datapack.importer.PartConverter;

/** Converts an L2J Mobius {@code dist/game/data} folder, part by part, into our datapack. */
public final class MobiusImporter {
    private MobiusImporter() {}

    /** Every part, in the order they are converted (and listed in the report). */
    public static List<PartConverter> converters() {
        // skills first: items and NPCs leave out references to skills the source does not define
        return List.of(
                new SkillConverter(),
                new ItemConverter(),
                new ArmourSetConverter(),
                new NpcConverter(),
                new SpawnConverter(),
                new SkillTreeConverter(),
                new TrainerConverter(),
                new ClassConverter(),
                new ExperienceConverter(),
                new InitialEquipmentConverter(),
                new TeleportConverter(),
                new BuyListConverter(),
                new MultisellConverter(),
                new ZoneConverter(),
                new MapRegionConverter(),
                new DoorConverter(),
                new StaticObjectConverter());
    }

    public static void run(ImportContext ctx) {
        for (PartConverter c : converters()) {
            ctx.clean(c.part());
            c.convert(ctx);
        }
    }
}
