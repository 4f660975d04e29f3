// A congratulation at some levels, with a small gift: change REWARDS to change the levels, items and counts.
// The page it shows links to scripts/bypass/tips.groovy ("bypass -h tips"), a link tied to no NPC.
import org.aden.game.script.api.EventScript
import org.aden.game.script.api.PlayerEvent

// level reached -> [item id, count]; 1061 is the Greater Healing Potion
Map<Integer, List<Long>> REWARDS = [
        5 : [1061L, 2L],
        10: [1061L, 3L],
        15: [1061L, 4L],
        20: [1061L, 5L],
]

new EventScript() {
    void onLevelUp(PlayerEvent e, int level) {
        List<Long> gift = REWARDS[level]
        if (gift == null) return
        int item = gift[0] as int
        long count = gift[1]
        e.items().give(item, count)
        // the line stays in the system window even when a quest's page replaces this one (a quest reward's level)
        e.dialogue().tell("Level ${level}: you receive ${e.items().name(item)} x${count}.".toString())
        e.dialogue().showPage('level-up.htm', [level: level, count: count, item: e.items().name(item)])
    }
}
