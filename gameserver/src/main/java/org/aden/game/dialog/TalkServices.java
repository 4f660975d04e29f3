package org.aden.game.dialog;

import org.aden.game.classchange.ClassChanging;
import org.aden.game.item.ItemLedger;
import org.aden.game.learn.SkillLearning;
import org.aden.game.move.Teleports;
import org.aden.game.quest.QuestServices;
import org.aden.game.script.ScriptHost;
import org.aden.game.shop.Exchanges;
import org.aden.game.shop.Shops;
import org.aden.game.teleport.Destinations;
import org.aden.game.warehouse.Warehouses;
import org.aden.game.world.World;

/**
 * What talking to NPCs uses: the scripts, the world, items, teleports, shops, multisells, the warehouse, quests and
 * the trainers' skill learning, the village masters' class changes and the scripts' named timers.
 */
public record TalkServices(
        World world,
        ScriptHost scripts,
        ItemLedger ledger,
        Destinations destinations,
        Teleports teleports,
        Shops shops,
        Exchanges exchanges,
        Warehouses warehouses,
        QuestServices quests,
        SkillLearning learning,
        ClassChanging classChanging,
        ScriptTimers timers) {
    /** With timers of their own (one set per world). */
    public TalkServices(
            World world,
            ScriptHost scripts,
            ItemLedger ledger,
            Destinations destinations,
            Teleports teleports,
            Shops shops,
            Exchanges exchanges,
            Warehouses warehouses,
            QuestServices quests,
            SkillLearning learning,
            ClassChanging classChanging) {
        this(
                world,
                scripts,
                ledger,
                destinations,
                teleports,
                shops,
                exchanges,
                warehouses,
                quests,
                learning,
                classChanging,
                new ScriptTimers(world));
    }

    /** The same services with another teleport list (a datapack reload). */
    public TalkServices withDestinations(Destinations fresh) {
        return new TalkServices(
                world,
                scripts,
                ledger,
                fresh,
                teleports,
                shops,
                exchanges,
                warehouses,
                quests,
                learning,
                classChanging,
                timers);
    }

    /** Without class changes (null: village masters cannot change classes). */
    public TalkServices(
            World world,
            ScriptHost scripts,
            ItemLedger ledger,
            Destinations destinations,
            Teleports teleports,
            Shops shops,
            Exchanges exchanges,
            Warehouses warehouses,
            QuestServices quests,
            SkillLearning learning) {
        this(world, scripts, ledger, destinations, teleports, shops, exchanges, warehouses, quests, learning, null);
    }

    /** Without skill learning (null: trainers' windows do not open). */
    public TalkServices(
            World world,
            ScriptHost scripts,
            ItemLedger ledger,
            Destinations destinations,
            Teleports teleports,
            Shops shops,
            Exchanges exchanges,
            Warehouses warehouses,
            QuestServices quests) {
        this(world, scripts, ledger, destinations, teleports, shops, exchanges, warehouses, quests, null);
    }

    /** Without quest persistence: dialog tests that run no quest. */
    public TalkServices(
            World world,
            ScriptHost scripts,
            ItemLedger ledger,
            Destinations destinations,
            Teleports teleports,
            Shops shops,
            Exchanges exchanges,
            Warehouses warehouses) {
        this(
                world,
                scripts,
                ledger,
                destinations,
                teleports,
                shops,
                exchanges,
                warehouses,
                QuestServices.unsaved(),
                null);
    }
}
